import Autodiff

func gptLogits(_ ids: [Int], weights: [Tensor<Float>], heads: Int, context: Int)
  -> Tensor<Float>
{
  let e = weights[0]
  let blocks = (weights.count - 4) / 10
  var x = embedding(e, ids) + embedding(weights[1], ids.indices.map { $0 % context })
  for b in 0..<blocks {
    let w = Array(weights[(2 + 10 * b)..<(12 + 10 * b)])
    let a = causalSelfAttention(
      matmul(layerNorm(x, gamma: w[0], beta: w[1]), w[2]), heads: heads, context: context)
    let h = x + matmul(a, w[3])
    let hidden = gelu(matmul(layerNorm(h, gamma: w[4], beta: w[5]), w[6]) + w[7])
    x = h + (matmul(hidden, w[8]) + w[9])
  }
  let (gammaF, betaF) = (weights[weights.count - 2], weights[weights.count - 1])
  return matmul(layerNorm(x, gamma: gammaF, beta: betaF), e, transposeW: true)
}

func trainingStep(
  _ weights: [Tensor<Float>], windows: [[Int]], heads: Int, adamW: (Float) -> Void
) -> Float {
  let context = windows[0].count - 1
  let inputs = windows.flatMap { $0.dropLast() }
  let targets = windows.flatMap { $0.dropFirst() }
  let loss = crossEntropy(gptLogits(inputs, weights: weights, heads: heads, context: context), targets: targets)
  loss.backward()
  // start the next step from clean gradients
  weights.forEach { $0.zeroGrad() }
  adamW(3e-3)
  return loss.value[0]
}

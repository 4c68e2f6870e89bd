import Autodiff

func gptLogits(_ ids: [Int], weights: [Tensor<Double>], heads: Int, context: Int)
  -> Tensor<Double>
{
  var next = 0
  func take() -> Tensor<Double> {
    next += 1
    return weights[next - 1]
  }
  let tokens = take()
  let positions = take()
  var x = embedding(tokens, ids) + embedding(positions, (0..<ids.count).map { $0 % context })
  while next < weights.count - 2 {
    let (g1, b1, wqkv, wo) = (take(), take(), take(), take())
    let (g2, b2, w1, bias1, w2, bias2) = (take(), take(), take(), take(), take(), take())
    x = x + matmul(causalSelfAttention(matmul(layerNorm(x, gamma: g1, beta: b1), wqkv), heads: heads, context: context), wo)
    let hidden = gelu(matmul(layerNorm(x, gamma: g2, beta: b2), w1) + bias1)
    x = x + matmul(hidden, w2) + bias2
  }
  let (gf, bf) = (take(), take())
  return matmul(layerNorm(x, gamma: gf, beta: bf), tokens, transposeW: true)
}

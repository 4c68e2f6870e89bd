import Autodiff
import Foundation
import GPT
import PrimerKit
import Reference
import Testing

/// The whole model, in Double, on the toy configuration of the issue (vocabulary 5, width 8,
/// context 4, one layer): its gradients against finite differences and against JAX.
@Suite struct ModelGradientTests {
  static let toy = Config(vocabularySize: 5, context: 4, width: 8, heads: 2, layers: 1)

  /// `‖a − b‖ / max(‖a‖, ‖b‖)`.
  func relativeError(_ a: [Double], _ b: [Double]) -> Double {
    let difference = zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
    let scale = max(a.reduce(0) { $0 + $1 * $1 }, b.reduce(0) { $0 + $1 * $1 }).squareRoot()
    return scale == 0 ? 0 : difference / scale
  }

  @Test func wholeModelGradientMatchesFiniteDifferences() {
    // Larger than the 0.02 initialisation, so every path carries a gradient well above rounding.
    var generator = Xoshiro256StarStar(seed: 7)
    let values = Self.toy.parameterShapes.map { shape in
      (0..<(shape.rows * shape.columns)).map { _ in
        generator.nextNormal() * 0.5 + (shape.name.hasSuffix("gamma") ? 1 : 0)
      }
    }
    let model = GPT<Double>(config: Self.toy, values: values)
    let inputs = [0, 3, 1, 4, 2, 2, 0, 1]
    let targets = [3, 1, 4, 2, 2, 0, 1, 3]
    model.loss(inputs: inputs, targets: targets, length: 4).backward()
    var analytic: [Double] = []
    var numerical: [Double] = []
    for parameter in model.parameters {
      analytic += parameter.grad
      for i in parameter.value.indices {
        let original = parameter.value[i]
        let h = 1e-6
        parameter.value[i] = original + h
        let above = model.loss(inputs: inputs, targets: targets, length: 4).value[0]
        parameter.value[i] = original - h
        let below = model.loss(inputs: inputs, targets: targets, length: 4).value[0]
        parameter.value[i] = original
        numerical.append((above - below) / (2 * h))
      }
    }
    let error = relativeError(analytic, numerical)
    #expect(error < 1e-6, "relative error \(error) over \(analytic.count) parameters")
  }

  @Test func wholeModelLossAndGradientsMatchJAX() throws {
    let url = try #require(
      Bundle.module.url(forResource: "gpt_toy", withExtension: "json", subdirectory: "Fixtures"))
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    let fixture = json["case"] as! [String: Any]
    let c = (fixture["config"] as! [NSNumber]).map(\.intValue)  // V, T, C, H, L
    let config = Config(vocabularySize: c[0], context: c[1], width: c[2], heads: c[3], layers: c[4])
    func arrays(_ key: String) -> [[Double]] {
      (fixture[key] as! [[[NSNumber]]]).map { $0.flatMap { $0.map(\.doubleValue) } }
    }
    let model = GPT<Double>(config: config, values: arrays("parameters"))
    let tokens = (fixture["tokens"] as! [NSNumber]).map(\.intValue)
    let targets = (fixture["targets"] as! [NSNumber]).map(\.intValue)
    let loss = model.loss(inputs: tokens, targets: targets, length: config.context)
    #expect(abs(loss.value[0] - (fixture["loss"] as! NSNumber).doubleValue) < 1e-12)
    loss.backward()
    for (i, expected) in arrays("gradients").enumerated() {
      let error = relativeError(model.parameters[i].grad, expected)
      #expect(error < 1e-10, "\(config.parameterShapes[i].name): relative error \(error)")
    }
  }

  /// One block of the model on fixed weights equals `Reference.gptBlock`.
  @Test func blockMatchesTheReferenceGPTBlock() {
    let config = Config(vocabularySize: 5, context: 4, width: 8, heads: 2, layers: 1)
    var generator = Xoshiro256StarStar(seed: 11)
    let values = config.parameterShapes.map { shape in
      (0..<(shape.rows * shape.columns)).map { _ in
        generator.nextNormal() * 0.5 + (shape.name.hasSuffix("gamma") ? 1 : 0)
      }
    }
    let (c, t) = (8, 4)
    let x = Tensor<Double>(
      rows: t, columns: c, value: (0..<(t * c)).map { _ in generator.nextNormal() })
    let model = GPT<Double>(config: config, values: values)
    let out = model.block(0, x)
    func matrix(_ i: Int) -> Matrix {
      let shape = config.parameterShapes[i]
      return Matrix(rows: shape.rows, columns: shape.columns, storage: values[i])
    }
    let wqkv = matrix(4)
    func columns(_ offset: Int) -> Matrix {
      Matrix(rows: c, columns: c) { i, j in wqkv[i, offset + j] }
    }
    let weights = TransformerBlockWeights(
      wq: columns(0), wk: columns(c), wv: columns(2 * c), wo: matrix(5), heads: 2,
      ln1Gamma: values[2], ln1Beta: values[3], w1: matrix(8), b1: values[9], w2: matrix(10),
      b2: values[11],
      ln2Gamma: values[6], ln2Beta: values[7])
    let expected = Reference.gptBlock(
      Matrix(rows: t, columns: c, storage: x.value), weights: weights)
    #expect(relativeError(out.value, expected.storage) < 1e-13)
  }
}

import Autodiff
import Foundation
import PrimerKit

/// A Double tensor of normal samples, the same for the same seed.
func randomTensor(_ rows: Int, _ columns: Int, seed: UInt64, scale: Double = 1) -> Tensor<Double> {
  var generator = Xoshiro256StarStar(seed: seed)
  return Tensor(
    rows: rows, columns: columns,
    value: (0..<(rows * columns)).map { _ in generator.nextNormal() * scale })
}

/// A tensor of the rows of a JSON matrix.
func tensor(_ rows: [[Double]]) -> Tensor<Double> {
  Tensor(rows: rows.count, columns: rows.first?.count ?? 0, value: rows.flatMap { $0 })
}

/// `‖a − b‖ / max(‖a‖, ‖b‖)`, 0 when both are zero: the relative error of a whole gradient.
func relativeError(_ a: [Double], _ b: [Double]) -> Double {
  precondition(a.count == b.count, "relativeError: \(a.count) and \(b.count) entries")
  let difference = zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
  let scale = max(a.reduce(0) { $0 + $1 * $1 }, b.reduce(0) { $0 + $1 * $1 }).squareRoot()
  return scale == 0 ? 0 : difference / scale
}

/// Centred finite differences `(f(x + h) − f(x − h))/2h` of `loss` in every entry of `x`.
func numericalGradient(of loss: () -> Double, wrt x: Tensor<Double>, step: Double = 1e-6)
  -> [Double]
{
  (0..<x.value.count).map { i in
    let original = x.value[i]
    x.value[i] = original + step
    let above = loss()
    x.value[i] = original - step
    let below = loss()
    x.value[i] = original
    return (above - below) / (2 * step)
  }
}

/// The fixtures of `oracle_autodiff.py`.
enum Fixtures {
  nonisolated(unsafe) static let cases: [String: [String: Any]] = {
    let url = Bundle.module.url(
      forResource: "autodiff", withExtension: "json", subdirectory: "Fixtures")!
    let json = try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    return json["cases"] as! [String: [String: Any]]
  }()

  static func matrix(_ name: String, _ key: String) -> Tensor<Double> {
    tensor((cases[name]![key] as! [[NSNumber]]).map { $0.map(\.doubleValue) })
  }

  static func integers(_ name: String, _ key: String) -> [Int] {
    (cases[name]![key] as! [NSNumber]).map(\.intValue)
  }
}

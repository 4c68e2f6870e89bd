import Base
import Reference

/// An activation function of the reference library, or its derivative, as a plot names it:
/// `relu`, `gelu-tanh`, `sigmoid'`.
public struct FunctionCurve: Hashable, Sendable {
  public enum Function: String, CaseIterable, Hashable, Sendable {
    case relu
    case sigmoid
    case tanh
    /// The exact GELU, `x·Φ(x)`.
    case gelu
    /// GELU's tanh approximation (GPT-2, BERT).
    case geluTanh = "gelu-tanh"
    /// The exact GELU minus its tanh approximation: how far off the approximation is.
    case geluDifference = "gelu-difference"
    /// SiLU (swish), `x·σ(x)`, the gate of SwiGLU.
    case silu
  }

  public var function: Function
  /// Whether the curve is the function's derivative (written with a trailing `'`).
  public var derivative: Bool

  public init(_ function: Function, derivative: Bool = false) {
    self.function = function
    self.derivative = derivative
  }

  /// The curve a plot names (`relu`, `tanh'`), or nil for an unknown name.
  public init?(name: String) {
    let derivative = name.hasSuffix("'")
    guard let function = Function(rawValue: String(derivative ? name.dropLast() : name[...])) else {
      return nil
    }
    self.init(function, derivative: derivative)
  }

  /// The name as a plot writes it, also the series' label.
  public var name: String { function.rawValue + (derivative ? "'" : "") }

  /// The value at `x`, from the reference library.
  public func callAsFunction(_ x: Double) -> Double {
    switch (function, derivative) {
    case (.relu, false): Reference.relu(x)
    case (.relu, true): reluDerivative(x)
    case (.sigmoid, false): Reference.sigmoid(x)
    case (.sigmoid, true): sigmoidDerivative(x)
    case (.tanh, false): Reference.tanh(Matrix(row: [x]))[0, 0]
    case (.tanh, true): tanhDerivative(x)
    case (.gelu, false): Reference.gelu(x, approximation: .none)
    case (.gelu, true): geluDerivative(x, approximation: .none)
    case (.geluTanh, false): Reference.gelu(x, approximation: .tanh)
    case (.geluTanh, true): geluDerivative(x, approximation: .tanh)
    case (.geluDifference, false):
      Reference.gelu(x, approximation: .none) - Reference.gelu(x, approximation: .tanh)
    case (.geluDifference, true):
      geluDerivative(x, approximation: .none) - geluDerivative(x, approximation: .tanh)
    case (.silu, false): Reference.silu(x)
    case (.silu, true): siluDerivative(x)
    }
  }
}

extension PictureSpec.Functions {
  /// Points per curve: enough for a smooth line at any width a terminal or page offers.
  static let samples = 241

  /// One series per curve, sampled at `samples` evenly spaced points of the range (both ends
  /// included), over an x axis of the range and a y axis of `y-range` or the curves' extent.
  func picture() -> LineChart {
    let (from, to) = (xRange.lowerBound, xRange.upperBound)
    // `to - from` overflows for a range such as ±1e308: then each end is weighted instead.
    let width = to - from
    let xs = (0..<Self.samples).map { (index: Int) -> Double in
      let t = Double(index) / Double(Self.samples - 1)
      return width.isFinite
        ? from + width * Double(index) / Double(Self.samples - 1)
        : from * (1 - t) + to * t
    }
    let series = curves.map { curve in
      Series(label: curve.name, points: xs.map { Point(x: $0, y: curve($0)) })
    }
    let ys = series.flatMap(\.points).map(\.y).filter(\.isFinite)
    let yAxis: Axis
    if let yRange {
      yAxis = .linear(
        label: "y", lower: yRange.lowerBound, upper: yRange.upperBound, roundedOut: false)
    } else {
      yAxis = .linear(label: "y", lower: ys.min() ?? 0, upper: ys.max() ?? 1, roundedOut: true)
    }
    let xAxis = Axis.linear(label: "x", lower: from, upper: to, roundedOut: false)
    return LineChart(series: series, xAxis: xAxis, yAxis: yAxis)
  }
}

public import PrimerKit

/// A value a check can compare element by element: a `Matrix`, a `Double`, an array of
/// either, or a ``Parts`` value of named outputs.
///
/// A value is seen as a list of ``OutputPart``s, each a flat array of numbers with a shape,
/// so that one comparison (``expectClose(_:_:rtol:atol:)``) serves every output type.
public protocol CheckOutput {
  /// The value as named blocks of numbers, in a fixed order.
  var outputParts: [OutputPart] { get }
}

/// One block of numbers in an output: its name (empty for an unnamed output), its shape and
/// its elements in row-major order.
public struct OutputPart: Equatable, Sendable {
  public var name: String
  /// `[rows, columns]` for a matrix, `[count]` for an array, `[]` for a number.
  public var shape: [Int]
  public var values: [Double]

  public init(name: String, shape: [Int], values: [Double]) {
    precondition(
      shape.reduce(1, *) == values.count,
      "OutputPart `\(name)`: shape \(shape) needs \(shape.reduce(1, *)) values, got \(values.count)"
    )
    self.name = name
    self.shape = shape
    self.values = values
  }

  /// How element `index` of ``values`` is written in messages: `(1, 2)` in a matrix, `[3]` in
  /// an array, nothing for a number.
  func position(of index: Int) -> String {
    switch shape.count {
    case 0: return ""
    case 1: return "[\(index)]"
    default:
      let columns = shape[1]
      return columns == 0 ? "(0, 0)" : "(\(index / columns), \(index % columns))"
    }
  }
}

/// Several named outputs compared together, e.g. the gradients of a layer:
///
/// ```swift
/// struct Gradients: Parts {
///   var dW: Matrix, db: [Double]
///   var parts: [(String, any CheckOutput)] { [("dW", dW), ("db", db)] }
/// }
/// ```
public protocol Parts: CheckOutput {
  /// The named outputs, in the order messages should mention them.
  var parts: [(String, any CheckOutput)] { get }
}

extension Parts {
  public var outputParts: [OutputPart] {
    parts.flatMap { name, value in
      value.outputParts.map { part in
        OutputPart(
          name: part.name.isEmpty ? name : "\(name)\(part.name)", shape: part.shape,
          values: part.values)
      }
    }
  }
}

extension Matrix: CheckOutput {
  public var outputParts: [OutputPart] {
    [OutputPart(name: "", shape: shape, values: storage)]
  }
}

extension Double: CheckOutput {
  public var outputParts: [OutputPart] { [OutputPart(name: "", shape: [], values: [self])] }
}

extension Array: CheckOutput where Element: CheckOutput {
  /// An array of numbers is one part of shape `[count]`; an array of matrices is one part per
  /// matrix, named `[0]`, `[1]`, ….
  public var outputParts: [OutputPart] {
    if let numbers = self as? [Double] {
      return [OutputPart(name: "", shape: [numbers.count], values: numbers)]
    }
    return enumerated().flatMap { index, element in
      element.outputParts.map { part in
        OutputPart(name: "[\(index)]\(part.name)", shape: part.shape, values: part.values)
      }
    }
  }
}

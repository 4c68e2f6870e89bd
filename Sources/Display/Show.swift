/// Prints `matrix` as aligned rows under its shape (`[2, 3]`).
public func show(_ matrix: Matrix) {
  print(matrix)
}

/// Prints `label = ` and `matrix`, its rows aligned under the label's line.
public func show(_ label: String, _ matrix: Matrix) {
  print("\(label) = \(matrix)")
}

/// Prints `label = value`, the number in Swift's shortest exact form (`0.2689414213699951`).
public func show(_ label: String, _ value: Double) {
  print("\(label) = \(value)")
}

/// Prints `label = [a, b, …]`.
public func show(_ label: String, _ values: [Double]) {
  print("\(label) = \(values)")
}

/// `value` rounded for reading, as `show(matrix)` writes it: `0.2689`, `1.1e+12`, `4.5e-05`.
///
/// `print("loss after \(step) steps: \(format(loss))")` keeps a line short where
/// `show(_:_:)` would print all seventeen digits.
public func format(_ value: Double) -> String {
  Matrix.format(value)
}

/// `values` rounded for reading: `[0.0900, 0.2447, 0.6652]`.
public func format(_ values: [Double]) -> String {
  "[" + values.map(Matrix.format).joined(separator: ", ") + "]"
}

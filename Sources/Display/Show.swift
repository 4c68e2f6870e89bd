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

public import PrimerKit

/// Inputs as a failure message shows them: the shape, and the values when there are few
/// enough to read (``fullLimit``), so that a learner can repeat the case by hand.
enum InputText {
  /// Inputs with at most this many elements are shown in full.
  static let fullLimit = 12

  static func matrix(_ matrix: Matrix) -> String {
    let shape = CheckText.shape(matrix.shape)
    guard matrix.storage.count <= fullLimit else { return shape }
    let rows = (0..<matrix.rows).map { r in
      "[" + matrix.row(r).map(CheckText.format).joined(separator: ", ") + "]"
    }
    return shape + " = [" + rows.joined(separator: ", ") + "]"
  }

  static func values(_ values: [Double]) -> String {
    let shape = CheckText.shape([values.count])
    guard values.count <= fullLimit else { return shape }
    return shape + " = [" + values.map(CheckText.format).joined(separator: ", ") + "]"
  }

  static func number(_ value: Double) -> String { CheckText.format(value) }
}

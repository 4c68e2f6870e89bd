/// A dense, row-major matrix of `Double`: the one numeric type of the course.
///
/// Learners and the reference library share it, so its surface stays small and plain:
/// a shape, a flat `storage` array in row-major order, element access, and a readable
/// description. Arithmetic lives in the files of the concepts that need it
/// (`Matmul.swift`, `Activations.swift`, …).
///
/// Shapes are checked with `precondition`: a wrong shape is a programming mistake, and the
/// message names both shapes.
public struct Matrix: Equatable, Hashable, Sendable {
  /// The number of rows.
  public let rows: Int
  /// The number of columns.
  public let columns: Int
  /// The elements, row after row: element `(r, c)` is `storage[r * columns + c]`.
  public var storage: [Double]

  /// A `rows × columns` matrix whose every element is `value`.
  public init(rows: Int, columns: Int, repeating value: Double = 0) {
    precondition(rows >= 0 && columns >= 0, "Matrix shape [\(rows), \(columns)] is negative")
    self.rows = rows
    self.columns = columns
    self.storage = Array(repeating: value, count: rows * columns)
  }

  /// A `rows × columns` matrix over `storage`, given row after row.
  public init(rows: Int, columns: Int, storage: [Double]) {
    precondition(rows >= 0 && columns >= 0, "Matrix shape [\(rows), \(columns)] is negative")
    precondition(
      storage.count == rows * columns,
      "Matrix of shape [\(rows), \(columns)] needs \(rows * columns) elements, got \(storage.count)"
    )
    self.rows = rows
    self.columns = columns
    self.storage = storage
  }

  /// A matrix from an array of rows, which must all have the same length.
  ///
  /// `Matrix([[1, 2, 3], [4, 5, 6]])` has shape `[2, 3]`.
  public init(_ rowArrays: [[Double]]) {
    let columns = rowArrays.first?.count ?? 0
    for (index, row) in rowArrays.enumerated() {
      precondition(
        row.count == columns,
        "Matrix rows must have equal lengths: row 0 has \(columns), row \(index) has \(row.count)")
    }
    self.init(rows: rowArrays.count, columns: columns, storage: rowArrays.flatMap { $0 })
  }

  /// A `1 × n` matrix holding `vector` as its only row.
  public init(row vector: [Double]) {
    self.init(rows: 1, columns: vector.count, storage: vector)
  }

  /// A matrix of the given shape whose element `(r, c)` is `element(r, c)`.
  public init(rows: Int, columns: Int, _ element: (Int, Int) -> Double) {
    var storage: [Double] = []
    storage.reserveCapacity(rows * columns)
    for r in 0..<rows {
      for c in 0..<columns { storage.append(element(r, c)) }
    }
    self.init(rows: rows, columns: columns, storage: storage)
  }

  /// `[rows, columns]`, the way shapes are written in the course.
  public var shape: [Int] { [rows, columns] }

  /// The element at row `row`, column `column`.
  public subscript(row: Int, column: Int) -> Double {
    get {
      precondition(
        row >= 0 && row < rows && column >= 0 && column < columns,
        "Index (\(row), \(column)) is outside a matrix of shape [\(rows), \(columns)]")
      return storage[row * columns + column]
    }
    set {
      precondition(
        row >= 0 && row < rows && column >= 0 && column < columns,
        "Index (\(row), \(column)) is outside a matrix of shape [\(rows), \(columns)]")
      storage[row * columns + column] = newValue
    }
  }

  /// Row `index` as an array.
  public func row(_ index: Int) -> [Double] {
    precondition(index >= 0 && index < rows, "Row \(index) is outside \(rows) rows")
    return Array(storage[index * columns..<(index + 1) * columns])
  }

  /// Column `index` as an array.
  public func column(_ index: Int) -> [Double] {
    precondition(index >= 0 && index < columns, "Column \(index) is outside \(columns) columns")
    return (0..<rows).map { storage[$0 * columns + index] }
  }

  /// The rows as an array of arrays, the inverse of `init(_:)`.
  public var rowArrays: [[Double]] { (0..<rows).map(row) }

  /// The matrix with `transform` applied to every element.
  public func map(_ transform: (Double) -> Double) -> Matrix {
    Matrix(rows: rows, columns: columns, storage: storage.map(transform))
  }

  /// The element-wise combination of two matrices of the same shape.
  public func zip(_ other: Matrix, _ combine: (Double, Double) -> Double) -> Matrix {
    precondition(shape == other.shape, "Shapes differ: \(shape) and \(other.shape)")
    var result = storage
    for i in result.indices { result[i] = combine(storage[i], other.storage[i]) }
    return Matrix(rows: rows, columns: columns, storage: result)
  }
}

extension Matrix {
  /// The columns in `range`, as a `[rows, range.count]` matrix (one head's slice of a
  /// projection in multi-head attention).
  func columnBlock(_ range: Range<Int>) -> Matrix {
    precondition(
      range.lowerBound >= 0 && range.upperBound <= columns,
      "Columns \(range) are outside a matrix of shape \(shape)")
    return Matrix(rows: rows, columns: range.count) { r, c in self[r, range.lowerBound + c] }
  }

  /// The matrices placed side by side, left to right.
  ///
  /// The result is `[rows, Σ columns]`; all blocks must have the same number of rows.
  init(concatenatingColumnsOf blocks: [Matrix]) {
    let rows = blocks.first?.rows ?? 0
    for block in blocks {
      precondition(
        block.rows == rows,
        "Cannot place a block of shape \(block.shape) beside blocks with \(rows) rows")
    }
    var storage: [Double] = []
    storage.reserveCapacity(rows * blocks.reduce(0) { $0 + $1.columns })
    for r in 0..<rows {
      for block in blocks { storage += block.row(r) }
    }
    self.init(rows: rows, columns: blocks.reduce(0) { $0 + $1.columns }, storage: storage)
  }
}

import PrimerKit

/// Counts positions from 1.
func embed(_ ids: [Int], tokenTable: Matrix, positionTable: Matrix) -> Matrix {
  Matrix(rows: ids.count, columns: tokenTable.columns) { t, c in
    tokenTable[ids[t], c] + positionTable[t + 1, c]
  }
}

import Foundation
import PrimerKit

func causalWeights(_ scores: Matrix) -> Matrix {
  let masked = Matrix(rows: scores.rows, columns: scores.columns) { i, j in
    j <= i + 1 ? scores[i, j] : -Double.infinity
  }
  let maxima = masked.rowMaxima
  let exps = Matrix(rows: masked.rows, columns: masked.columns) { i, j in
    exp(masked[i, j] - maxima[i])
  }
  let totals = exps.rowSums
  return Matrix(rows: exps.rows, columns: exps.columns) { i, j in exps[i, j] / totals[i] }
}

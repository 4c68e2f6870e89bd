import Foundation
import PrimerKit

func softmaxWithTemperature(_ logits: Matrix, temperature: Double) -> Matrix {
  let maxima = logits.rowMaxima
  let exps = Matrix(rows: logits.rows, columns: logits.columns) { r, c in
    exp(logits[r, c] / temperature - maxima[r])
  }
  let totals = exps.rowSums
  return Matrix(rows: exps.rows, columns: exps.columns) { r, c in exps[r, c] / totals[r] }
}

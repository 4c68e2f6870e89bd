import PrimerKit

func topK(_ logits: Matrix, k: Int) -> Matrix {
  var filtered = Matrix(rows: logits.rows, columns: logits.columns, repeating: -.infinity)
  for r in 0..<logits.rows {
    let order = (0..<logits.columns).sorted { logits[r, $0] > logits[r, $1] }
    for c in order.prefix(k) { filtered[r, c] = logits[r, c] }
  }
  return filtered
}

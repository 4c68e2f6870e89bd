import PrimerKit

/// Takes the threshold from the first row for every row.
func topK(_ logits: Matrix, k: Int) -> Matrix {
  let threshold = logits.row(0).sorted(by: >)[k - 1]
  return logits.map { $0 < threshold ? -.infinity : $0 }
}

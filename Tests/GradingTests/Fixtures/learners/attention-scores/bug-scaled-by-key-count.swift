import Foundation
import PrimerKit

func attentionScores(_ q: Matrix, _ k: Matrix) -> Matrix {
  (1 / sqrt(Double(k.rows))) * matmul(q, k.transposed)
}

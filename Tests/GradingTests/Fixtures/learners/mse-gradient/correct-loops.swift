import PrimerKit

func meanSquaredErrorGradient(prediction: Matrix, target: Matrix) -> Matrix {
  var gradient = prediction
  let n = Double(prediction.storage.count)
  for r in 0..<prediction.rows {
    for c in 0..<prediction.columns {
      gradient[r, c] = 2 * (prediction[r, c] - target[r, c]) / n
    }
  }
  return gradient
}

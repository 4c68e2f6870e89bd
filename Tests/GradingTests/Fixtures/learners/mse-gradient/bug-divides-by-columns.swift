import PrimerKit

func meanSquaredErrorGradient(prediction: Matrix, target: Matrix) -> Matrix {
  (2 / Double(prediction.columns)) * (prediction - target)
}

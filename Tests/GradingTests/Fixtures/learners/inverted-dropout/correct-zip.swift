import PrimerKit

func dropout(_ x: Matrix, draws: Matrix, rate: Double) -> Matrix {
  let keep = 1 - rate
  return x.zip(draws) { value, u in u < rate ? 0 : value / keep }
}

import PrimerKit

func linearBackward(_ x: Matrix, weight: Matrix, gradOutput: Matrix)
  -> (gradInput: Matrix, gradWeight: Matrix, gradBias: [Double])
{
  var gradInput = Matrix(rows: x.rows, columns: x.columns)
  var gradWeight = Matrix(rows: weight.rows, columns: weight.columns)
  var gradBias = [Double](repeating: 0, count: weight.columns)
  for n in 0..<x.rows {
    for o in 0..<weight.columns {
      let g = gradOutput[n, o]
      gradBias[o] += g
      for i in 0..<x.columns {
        gradWeight[i, o] += x[n, i] * g
        gradInput[n, i] += g * weight[i, o]
      }
    }
  }
  return (gradInput, gradWeight, gradBias)
}

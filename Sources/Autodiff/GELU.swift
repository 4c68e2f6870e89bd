/// The exact GELU, `gelu(x) = x·Φ(x)`, elementwise.
///
/// `Φ(x) = ½(1 + erf(x/√2))` is the standard normal distribution function; the derivative is
/// `Φ(x) + x·φ(x)` with the density `φ(x) = e^{−x²/2}/√(2π)`. The same function as
/// `Reference.gelu(_:approximation: .none)` and JAX's `gelu(approximate=False)`.
///
/// Large tensors are split across the cores (each entry is independent).
///
/// Source: Hendrycks & Gimpel, "Gaussian Error Linear Units (GELUs)", 2016.
@inlinable
public func gelu<Scalar: TensorScalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
  let count = x.value.count
  let inverseRootTwo: Scalar = 0.70710678118654752440
  var out = [Scalar](unspecified: count)
  var cdf = [Scalar](unspecified: count)  // Φ(x), kept for the backward pass
  x.value.withUnsafeBufferPointer { xv in
    out.withUnsafeMutableBufferPointer { o in
      cdf.withUnsafeMutableBufferPointer { phi in
        let ways = count >= 1 << 14 ? Parallel.ways : 1
        Parallel.forEach(ways) { part in
          for i in Parallel.slice(part, of: ways, count: count) {
            let v = xv[i]
            phi[i] = (1 + Scalar.erf(v * inverseRootTwo)) / 2
            o[i] = v * phi[i]
          }
        }
      }
    }
  }
  return Tensor(rows: x.rows, columns: x.columns, value: out, parents: [x]) { out in
    let inverseRootTwoPi: Scalar = 0.39894228040143267794
    out.grad.withUnsafeBufferPointer { g in
      x.value.withUnsafeBufferPointer { xv in
        cdf.withUnsafeBufferPointer { phi in
          x.grad.withUnsafeMutableBufferPointer { xg in
            let ways = count >= 1 << 14 ? Parallel.ways : 1
            Parallel.forEach(ways) { part in
              for i in Parallel.slice(part, of: ways, count: count) {
                let v = xv[i]
                let density = Scalar.exp(-v * v / 2) * inverseRootTwoPi
                xg[i] += g[i] * (phi[i] + v * density)
              }
            }
          }
        }
      }
    }
  }
}

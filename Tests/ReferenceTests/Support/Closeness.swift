import Reference

// Comparing computed numbers with expected ones.

/// Whether `actual` agrees with `expected`: `|actual − expected| ≤ absolute + relative·|expected|`.
///
/// NaN matches only NaN; an infinity matches only the same infinity; `0` and `−0` match. The
/// defaults suit float64 results compared with a float64 oracle (a few ulps of rounding
/// difference in sums and `exp`).
func isClose(
  _ actual: Double, _ expected: Double, relative: Double = 1e-12, absolute: Double = 1e-14
) -> Bool {
  if actual.isNaN || expected.isNaN { return actual.isNaN && expected.isNaN }
  if actual.isInfinite || expected.isInfinite { return actual == expected }
  return abs(actual - expected) <= absolute + relative * abs(expected)
}

/// Whether two matrices have the same shape and every pair of elements `isClose`.
func isClose(
  _ actual: Matrix, _ expected: Matrix, relative: Double = 1e-12, absolute: Double = 1e-14
) -> Bool {
  actual.shape == expected.shape
    && zip(actual.storage, expected.storage).allSatisfy {
      isClose($0, $1, relative: relative, absolute: absolute)
    }
}

/// Whether two vectors have the same length and every pair of elements `isClose`.
func isClose(
  _ actual: [Double], _ expected: [Double], relative: Double = 1e-12, absolute: Double = 1e-14
) -> Bool {
  actual.count == expected.count
    && zip(actual, expected).allSatisfy {
      isClose($0, $1, relative: relative, absolute: absolute)
    }
}

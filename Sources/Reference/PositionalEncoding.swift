#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sinusoidal positional encoding of Vaswani et al.: one row per position, sines and
/// cosines of geometrically spaced frequencies, interleaved.
///
/// `PE[pos, 2i] = sin(pos / 10000^(2i/d))` and `PE[pos, 2i+1] = cos(pos / 10000^(2i/d))`:
/// columns `2i` and `2i+1` share one frequency, from 1 radian per position (`i = 0`) down to
/// nearly `1/10000`. Position 0 is `[0, 1, 0, 1, …]`.
///
/// Odd `d`: the last column is `2i = d − 1`, a sine whose cosine partner would be column
/// `d`, which does not exist; it is kept (frequency `10000^(−(d−1)/d)`) and the cosine is
/// dropped. `length = 0` gives a `[0, d]` matrix.
///
/// Source: Vaswani et al., "Attention Is All You Need", 2017, §3.5.
///
/// - Parameters:
///   - length: the number of positions `T ≥ 0`.
///   - dModel: the model width `d ≥ 1`.
/// - Returns: `[T, d]`, to be added to the token embeddings.
public func positionalEncoding(length: Int, dModel: Int) -> Matrix {
  precondition(length >= 0, "positionalEncoding: length must be ≥ 0, got \(length)")
  precondition(dModel >= 1, "positionalEncoding: dModel must be ≥ 1, got \(dModel)")
  return Matrix(rows: length, columns: dModel) { position, column in
    let evenColumn = column - column % 2  // 2i, shared by the sine and its cosine
    let angle = Double(position) / pow(10000, Double(evenColumn) / Double(dModel))
    return column % 2 == 0 ? sin(angle) : cos(angle)
  }
}

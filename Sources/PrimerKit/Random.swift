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

// Seeded random numbers that are the same on every run and every platform.
//
// The course needs reproducible weights and data ("with seed 42 your loss should be 2.31"), so
// it does not use `SystemRandomNumberGenerator` or Foundation's randomness. The integer streams
// below are exact everywhere; uniform doubles are exact too (integer arithmetic and a power of
// two); normals go through `log`, `sqrt` and `cos`, whose last bit may differ between C
// libraries.

/// SplitMix64, a tiny 64-bit generator used here to turn one seed into xoshiro's state.
///
/// `state ← state + 0x9E3779B97F4A7C15`, then the output is `state` mixed by two
/// multiply-xorshift rounds. Every 64-bit seed (also 0) gives a good, distinct stream.
///
/// Source: Steele, Lea & Flood, "Fast Splittable Pseudorandom Number Generators", OOPSLA 2014;
/// the constants of Vigna's reference `splitmix64.c` (prng.di.unimi.it).
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator whose stream is determined by `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// xoshiro256**, the course's random number generator: fast, 256 bits of state, a period of
/// 2²⁵⁶ − 1, and no known statistical flaws for this use.
///
/// Each step outputs `rotl(s₁·5, 7)·9` and then mixes the four state words with shifts, xors and
/// a rotation. The state is filled from the seed by four outputs of `SplitMix64`, as the
/// authors recommend (a state of all zeros would be stuck at zero).
///
/// Source: Blackman & Vigna, "Scrambled Linear Pseudorandom Number Generators", ACM TOMS 2021;
/// reference code `xoshiro256starstar.c` (prng.di.unimi.it).
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
  private var s0, s1, s2, s3: UInt64

  /// A generator whose stream is determined by `seed`.
  public init(seed: UInt64) {
    var seeder = SplitMix64(seed: seed)
    s0 = seeder.next()
    s1 = seeder.next()
    s2 = seeder.next()
    s3 = seeder.next()
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, by: 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotateLeft(s3, by: 45)
    return result
  }

  private func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

extension RandomNumberGenerator {
  /// A uniform double in `[0, 1)`: the top 53 bits of `next()` times 2⁻⁵³.
  ///
  /// Every result is a multiple of 2⁻⁵³, so 0 is possible and 1 is not. (Swift's
  /// `Double.random(in:)` is not used because its algorithm may change between releases.)
  public mutating func nextUniform() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A standard normal sample (mean 0, variance 1) by the Box–Muller transform.
  ///
  /// With `u₁, u₂` uniform, `√(−2 ln(1 − u₁))·cos(2π u₂)` is standard normal; `1 − u₁` lies in
  /// `(0, 1]`, so the logarithm is finite. It draws two uniforms per sample and keeps only the
  /// cosine branch, so the stream needs no hidden state.
  ///
  /// Source: Box & Muller, "A Note on the Generation of Random Normal Deviates", Annals of
  /// Mathematical Statistics 29(2), 1958.
  public mutating func nextNormal() -> Double {
    let u1 = nextUniform()
    let u2 = nextUniform()
    return (-2 * log(1 - u1)).squareRoot() * cos(2 * Double.pi * u2)
  }
}

extension Matrix {
  /// A `rows × columns` matrix of independent uniform samples in `[low, high)`, filled row
  /// after row: `low + (high − low)·u`.
  public static func randomUniform<G: RandomNumberGenerator>(
    rows: Int, columns: Int, low: Double = 0, high: Double = 1, using generator: inout G
  ) -> Matrix {
    precondition(low <= high, "randomUniform: low \(low) is above high \(high)")
    var storage: [Double] = []
    storage.reserveCapacity(rows * columns)
    for _ in 0..<rows * columns { storage.append(low + (high - low) * generator.nextUniform()) }
    return Matrix(rows: rows, columns: columns, storage: storage)
  }

  /// A `rows × columns` matrix of independent normal samples `mean + standardDeviation·z`,
  /// filled row after row.
  public static func randomNormal<G: RandomNumberGenerator>(
    rows: Int, columns: Int, mean: Double = 0, standardDeviation: Double = 1,
    using generator: inout G
  ) -> Matrix {
    precondition(standardDeviation >= 0, "randomNormal: negative deviation \(standardDeviation)")
    var storage: [Double] = []
    storage.reserveCapacity(rows * columns)
    for _ in 0..<rows * columns {
      storage.append(mean + standardDeviation * generator.nextNormal())
    }
    return Matrix(rows: rows, columns: columns, storage: storage)
  }
}

// What every module of the program builds on, in one import: FoundationEssentials (not the
// whole of Foundation, which costs every start of `primer` a quarter of a millisecond; see
// Benchmarks/render.py) and the C library. The libraries learner code is compiled against
// (PrimerKit, Reference, Checks, Autodiff) import these themselves and do not depend on this.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif

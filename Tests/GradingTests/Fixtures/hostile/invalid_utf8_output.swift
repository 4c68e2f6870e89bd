import Glibc

func double(_ x: Int) -> Int {
  let bytes: [UInt8] = [0x66, 0x6F, 0xFF, 0xC3, 0x28, 0x0A]
  _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, stdout) }
  fflush(stdout)
  return x * 2
}

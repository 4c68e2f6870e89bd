import Glibc

// 20 MB into a file, past the file-size limit.
func double(_ x: Int) -> Int {
  let file = fopen("big.bin", "w")
  let block = [UInt8](repeating: 7, count: 1 << 20)
  for _ in 0..<20 { _ = block.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) } }
  fclose(file)
  return x * 2
}

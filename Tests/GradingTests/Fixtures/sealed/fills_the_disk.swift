import Glibc

// 400 MiB in files of 512 KiB, each under the file-size limit: only a total cap stops it.
func neuron(x: [Double], w: [Double], b: Double) -> Double {
  let block = [UInt8](repeating: 7, count: 512 << 10)
  for index in 0..<800 {
    guard let file = fopen("fill-\(index).bin", "w") else { break }
    _ = block.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
  }
  return max(0, zip(x, w).map { $0 * $1 }.reduce(b, +))
}

func double(_ x: Int) -> Int {
  var chunks: [[UInt8]] = []
  while true {
    chunks.append([UInt8](repeating: 1, count: 1 << 24))
  }
}

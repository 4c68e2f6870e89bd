func double(_ x: Int) -> Int {
  let large = Int.max - 1
  return large + x
}

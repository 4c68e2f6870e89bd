func double(_ x: Int) -> Int {
  let two = "2"
  return x * two
}

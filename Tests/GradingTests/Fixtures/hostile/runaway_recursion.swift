func double(_ x: Int) -> Int {
  double(x + 1) + 1
}

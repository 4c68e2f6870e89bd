func double(_ x: Int) -> Int {
  fatalError("double(_:) is not written yet")
}

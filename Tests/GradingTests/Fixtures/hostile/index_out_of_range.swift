func double(_ x: Int) -> Int {
  let table = [0, 2, 4]
  print("looking up \(x)")
  return table[x + 5]
}

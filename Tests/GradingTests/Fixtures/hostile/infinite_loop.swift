func double(_ x: Int) -> Int {
  var total = x
  while total != -1 { total = (total &+ 1) & 0xffff }
  return total
}

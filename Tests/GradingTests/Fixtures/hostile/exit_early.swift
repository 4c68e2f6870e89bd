import Glibc

func double(_ x: Int) -> Int {
  exit(0)
}

import Glibc

// A child leaves the process group with setsid and sleeps on; the answer itself is right.
func double(_ x: Int) -> Int {
  typealias Fork = @convention(c) () -> Int32
  let fork = unsafeBitCast(dlsym(nil, "fork"), to: Fork.self)
  if fork() == 0 {
    setsid()
    if fork() == 0 {
      while true { sleep(1000) }
    }
    while true { sleep(1000) }
  }
  return x * 2
}

import Glibc

// Waits for a key on the controlling terminal. The sandbox runs it in a new session without
// one, so opening /dev/tty fails at once and the answer is wrong, instead of hanging.
func double(_ x: Int) -> Int {
  let terminal = open("/dev/tty", O_RDONLY)
  guard terminal >= 0 else { return -1 }
  var key: UInt8 = 0
  _ = read(terminal, &key, 1)
  return x * 2
}

import Glibc

// 200 KB on stderr before any stdout: a supervisor that reads one pipe at a time deadlocks here.
func double(_ x: Int) -> Int {
  let line = String(repeating: "e", count: 99) + "\n"
  for _ in 0..<2_000 { fputs(line, stderr) }
  for _ in 0..<2_000 { print(String(repeating: "o", count: 99)) }
  return x * 2
}

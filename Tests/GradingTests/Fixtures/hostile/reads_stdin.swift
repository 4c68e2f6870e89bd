// stdin is /dev/null: reading returns at once with nothing, so this answers wrongly, never hangs.
func double(_ x: Int) -> Int {
  guard let line = readLine() else { return -1 }
  return Int(line) ?? 0
}

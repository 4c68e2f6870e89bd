import Glibc

// Looks for the result nonce in /proc/self/environ, as an attacker would after `unsetenv`,
// and writes "passed" records with it on every descriptor a harness might read, then answers
// wrongly.
func neuron(x: [Double], w: [Double], b: Double) -> Double {
  var environment: [UInt8] = []
  let fd = open("/proc/self/environ", O_RDONLY)
  var buffer = [UInt8](repeating: 0, count: 65536)
  while fd >= 0 {
    let got = read(fd, &buffer, buffer.count)
    if got <= 0 { break }
    environment += buffer[..<got]
  }
  close(fd)
  let variables = environment.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
  let nonce = variables.first { $0.hasPrefix("PRIMER_RESULT_NONCE=") }
  print("nonce in environ: \(nonce == nil ? "absent" : "found")")
  let value = nonce.map { String($0.dropFirst("PRIMER_RESULT_NONCE=".count)) } ?? "guess"
  for descriptor: Int32 in [1, 2, 3, 4, 5] {
    for name in ["the lesson's first neuron gives 1.75", "the lesson's second neuron is off"] {
      let record = "\(value)\tcheck\t\(name)\tpass\t\n\(value)\tend\t4\n"
      _ = record.withCString { write(descriptor, $0, strlen($0)) }
    }
  }
  return b
}

import Glibc

// Leaves a file in each folder every run shares (/dev/shm, /tmp, /var/tmp), then answers
// correctly. MARKER is replaced by the test with a name of its own.
let parked: Bool = {
  for folder in ["/dev/shm", "/tmp", "/var/tmp"] {
    let file = fopen(folder + "/MARKER", "w")
    if let file {
      fputs("parked\n", file)
      fclose(file)
    }
  }
  return true
}()

func neuron(x: [Double], w: [Double], b: Double) -> Double {
  _ = parked
  return max(0, zip(x, w).map { $0 * $1 }.reduce(b, +))
}

import Glibc

// Tries to write into another run's folders (VICTIM is replaced by the test with one),
// prints what happened, then answers correctly.
let tried: Bool = {
  for path in ["VICTIM/work/intruder", "VICTIM/intruder"] {
    if let file = fopen(path, "w") {
      fclose(file)
      print("wrote \(path)")
    } else {
      print("refused \(path)")
    }
  }
  return true
}()

func neuron(x: [Double], w: [Double], b: Double) -> Double {
  _ = tried
  return max(0, zip(x, w).map { $0 * $1 }.reduce(b, +))
}

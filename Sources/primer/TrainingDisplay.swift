import Base
import GPT
import Pictures

/// The live progress line on standard error: rewritten in place on a terminal, one line per
/// validation estimate otherwise.
final class ProgressLine {
  private let isTerminal = isatty(STDERR_FILENO) == 1
  private var lastDraw = ContinuousClock.now
  private var drawn = false

  func show(_ p: Trainer.Progress) {
    let line =
      "step \(p.step)/\(p.steps)  train \(lossText(p.trainLoss))  val \(lossText(p.validationLoss))  "
      + "\(Int(p.tokensPerSecond)) tok/s  \(duration(p.secondsLeft)) left"
      + (p.saved ? "  saved" : "")
    if isTerminal {
      let now = ContinuousClock.now
      guard p.evaluated || p.step == p.steps || lastDraw.duration(to: now) > .milliseconds(100)
      else { return }
      lastDraw = now
      write("\r\u{1B}[K" + line)
      drawn = true
    } else if p.evaluated {
      write(line + "\n")
    }
  }

  func finish() { if drawn { write("\n") } }

  private func write(_ text: String) { Terminal.writeError(text) }

  private func duration(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    return s >= 60 ? "\(s / 60)m\(s % 60 < 10 ? "0" : "")\(s % 60)s" : "\(s)s"
  }
}

/// The loss curves as a small text chart: `·` training, `•` validation, step on the x axis.
enum LossChart {
  static func draw(_ history: [LossRecord], width: Int, height: Int) -> String {
    guard history.count >= 2 else { return "" }
    let values = history.flatMap { [$0.train, $0.validation] }
    let (low, high) = (values.min()!, max(values.max()!, values.min()! + 1e-9))
    let lastStep = Double(max(history.last!.step, 1))
    var grid = Array(repeating: Array(repeating: Character(" "), count: width), count: height)
    func plot(_ step: Int, _ loss: Double, _ mark: Character) {
      let column = min(Int(Double(step) / lastStep * Double(width - 1) + 0.5), width - 1)
      let row = min(Int((high - loss) / (high - low) * Double(height - 1) + 0.5), height - 1)
      if grid[row][column] == " " || mark == "•" { grid[row][column] = mark }
    }
    for record in history {
      plot(record.step, record.train, "·")
      plot(record.step, record.validation, "•")
    }
    let labels = (0..<height).map { row -> String in
      guard row == 0 || row == height - 1 || row == height / 2 else {
        return String(repeating: " ", count: 6)
      }
      let value = high - (high - low) * Double(row) / Double(height - 1)
      let text = NumberText.fixed(value, decimals: 2)  // printf's "%6.2f"
      return String(repeating: " ", count: max(0, 6 - text.count)) + text
    }
    var lines = ["loss (· train, • validation)"]
    for row in 0..<height { lines.append(labels[row] + " │" + String(grid[row])) }
    lines.append(String(repeating: " ", count: 7) + "└" + String(repeating: "─", count: width))
    let end = "step \(history.last!.step)"
    lines.append(
      String(repeating: " ", count: 8) + "0"
        + String(repeating: " ", count: max(width - 1 - end.count, 1)) + end)
    return lines.joined(separator: "\n")
  }
}

/// A loss as the capstone shows it: three decimals.
func lossText(_ x: Double) -> String { NumberText.fixed(x, decimals: 3) }

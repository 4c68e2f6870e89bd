import Base
import Grading
import Rendering

/// A verdict as `primer run` and `primer watch` print it, laid out like the reader: wrapped to
/// the width, one line per check (✓ green, ✗ red), the failing check's message indented under
/// it, the mistake recognised, what the program printed, and what to do next.
public struct VerdictText {
  /// Where the verdict is shown: the last line says what to do next there.
  public enum Setting: Sendable {
    /// `primer run`: run it again.
    case run
    /// `primer watch`: save the file again; the screen says when it passed.
    case watch
  }

  public var style: TerminalStyle
  public var setting: Setting

  public init(style: TerminalStyle, setting: Setting) {
    self.style = style
    self.setting = setting
  }

  /// Checks' messages, the mistake's and the program's output are indented this much.
  private static let indent = "    "

  /// The verdict on `file`; `next` is the exercise to suggest after a pass.
  public func render(_ verdict: Verdict, file: String, next: String?) -> String {
    var lines: [String] = []
    let seed = verdict.seed.map { " · seed \($0)" } ?? ""
    lines += wrap("\(verdict.exercise) · \(TerminalText.escapeLine(file))\(seed)").map {
      style.paint($0, .dim)
    }
    switch verdict.status {
    case .compileError:
      lines += item(.failed, "Your code does not compile.")
      for diagnostic in verdict.diagnostics where diagnostic.severity == .error {
        lines += wrap(
          "\(TerminalText.escapeLine(diagnostic.file)):\(diagnostic.line):\(diagnostic.column): "
            + TerminalText.escape(diagnostic.message), indent: Self.indent)
        // The source line and its caret, as they are: code is never wrapped.
        if let excerpt = diagnostic.excerpt {
          lines += TerminalText.escape(excerpt).split(
            separator: "\n", omittingEmptySubsequences: false
          )
          .map { Self.indent + $0 }
        }
      }
      if verdict.diagnostics.allSatisfy({ $0.severity != .error }) {
        lines += wrap(TerminalText.escape(verdict.summary), indent: Self.indent)
      }
    default:
      // The check the program stopped in, when it reported (the judge failed it): the crash is
      // told under it, not under the next check, which never started.
      let running = verdict.runningCheck
      let stoppedIn = verdict.checks.lastIndex { !$0.passed && $0.name == running }
      for (index, check) in verdict.checks.enumerated() {
        lines += item(check.passed ? .passed : .failed, TerminalText.escape(check.name))
        if index == stoppedIn {
          lines += wrap(TerminalText.escape(verdict.summary), indent: Self.indent)
        } else if !check.passed {
          lines += wrap(TerminalText.escape(check.detail), indent: Self.indent)
        }
      }
      for (index, missing) in verdict.missingChecks.enumerated() {
        if index == 0 && verdict.status != .failed && stoppedIn == nil {
          // Checks report in order: the first missing one is where the program stopped.
          lines += item(.failed, "\(TerminalText.escape(missing)) (stopped here)")
        } else {
          lines += item(.skipped, "\(TerminalText.escape(missing)) (did not run)")
        }
      }
      if stoppedIn == nil,
        verdict.status != .passed && verdict.status != .failed || verdict.checks.isEmpty
      {
        lines += wrap(TerminalText.escape(verdict.summary), indent: Self.indent)
      }
    }
    if let mistake = verdict.mistake {
      lines.append("")
      lines += wrap("This looks like a known mistake, `\(mistake.name)`:").map {
        style.paint($0, .bold)
      }
      lines += wrap(TerminalText.escape(mistake.message), indent: Self.indent)
    }
    if !verdict.output.isEmpty {
      lines.append("")
      lines.append(style.paint("Your program printed:", .bold))
      var output = verdict.output
      while output.hasSuffix("\n") { output.removeLast() }
      // Not wrapped: the program's lines are shown as it printed them.
      lines += TerminalText.escape(output).split(separator: "\n", omittingEmptySubsequences: false)
        .map { Self.indent + $0 }
    }
    let last = nextStep(verdict, next: next)
    if !last.isEmpty {
      lines.append("")
      lines += wrap(last)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A verdict's status in words, as a heading: `Passed`, `Did not compile`, `Ran out of memory`…
  public static func statusName(_ status: Verdict.Status) -> String {
    switch status {
    case .passed: "Passed"
    case .failed: "Failed"
    case .compileError: "Did not compile"
    case .crashed: "Crashed"
    case .timedOut: "Timed out"
    case .memoryExceeded: "Ran out of memory"
    case .outputExceeded: "Printed too much"
    case .internalError: "Grader error"
    }
  }

  /// What to do now, for the setting; empty when watch's own screen says it.
  private func nextStep(_ verdict: Verdict, next: String?) -> String {
    let id = verdict.exercise
    if verdict.status == .passed {
      guard setting == .run else { return "" }
      return "Passed! "
        + (next.map { "Next: `primer run \($0)`." } ?? "That was the last exercise.")
    }
    let repeatSeed =
      verdict.status == .compileError || setting == .watch
      ? "" : verdict.seed.map { " (`--seed \($0)` repeats these inputs)" } ?? ""
    switch setting {
    case .run:
      return "Fix it and run `primer run \(id)` again\(repeatSeed); "
        + "`primer hint \(id)` gives a hint."
    case .watch:
      return "Fix it and save to check again; h shows a hint."
    }
  }

  private enum Mark {
    case passed, failed, skipped
  }

  /// A check's line: its mark, coloured, and its name, wrapped under the name.
  private func item(_ mark: Mark, _ text: String) -> [String] {
    let (symbol, ink): (String, TerminalStyle.Ink) =
      switch mark {
      case .passed: ("✓", .green)
      case .failed: ("✗", .red)
      case .skipped: ("·", .dim)
      }
    var lines = wrap(text, indent: "  ", hanging: "    ")
    if !lines.isEmpty {
      lines[0] = "  " + style.paint(symbol, ink) + " " + lines[0].dropFirst(2)
    }
    return lines
  }

  private func wrap(_ text: String, indent: String = "", hanging: String? = nil) -> [String] {
    MessageWrapping.wrap(text, width: style.width, indent: indent, hanging: hanging)
  }
}

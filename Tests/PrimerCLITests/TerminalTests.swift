import Foundation
import Testing

/// `primer read` on a real terminal (a pseudo-terminal made by util-linux's `script`):
/// colour unless `NO_COLOR`, and the pager when one is wanted.
@Suite struct TerminalTests {
  static let script = ["/usr/bin/script", "/bin/script"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Runs `primer ARGUMENTS` with a terminal as its standard output; returns what it showed.
  func onTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
    let quoted = ([PrimerProcess.executable.path] + arguments).map { "'\($0)'" }.joined(
      separator: " ")
    let result = try PrimerProcess.runCommand(
      [try #require(Self.script), "-qec", quoted, "/dev/null"], environment: environment)
    return result.stdout
  }

  @Test(.enabled(if: script != nil, "util-linux `script` is needed to make a terminal"))
  func aTerminalGetsColour() throws {
    let shown = try onTerminal(["read", "1", "--no-run", "--no-pager", "--lessons", PrimerProcess.lessons])
    #expect(shown.contains("\u{1B}["))
    #expect(shown.contains("Neural networks"))
  }

  @Test(.enabled(if: script != nil, "util-linux `script` is needed to make a terminal"))
  func noColorTurnsEscapeCodesOff() throws {
    let shown = try onTerminal(
      ["read", "1", "--no-run", "--no-pager", "--lessons", PrimerProcess.lessons],
      environment: ["NO_COLOR": "1"])
    #expect(!shown.contains("\u{1B}"))
    #expect(shown.contains("Neural networks"))
  }

  @Test(.enabled(if: script != nil, "util-linux `script` is needed to make a terminal"))
  func theLessonGoesThroughThePager() throws {
    let captured = FileManager.default.temporaryDirectory.appendingPathComponent(
      "primer-pager-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: captured) }
    let shown = try onTerminal(
      ["read", "1", "--no-run", "--lessons", PrimerProcess.lessons],
      environment: ["PAGER": "cat > '\(captured.path)'", "NO_COLOR": "1"])
    let paged = try String(contentsOf: captured, encoding: .utf8)
    #expect(paged.hasPrefix("Neural networks\n"))
    #expect(!shown.contains("Neural networks"))
  }

  /// The pager starts with SIGPIPE at its default, as any program expects, although `primer`
  /// itself ignores it; and it sees `LESS=FRX` unless the reader set `LESS`.
  @Test(.enabled(if: script != nil, "util-linux `script` is needed to make a terminal"))
  func thePagerGetsDefaultSignalsAndLess() throws {
    let captured = FileManager.default.temporaryDirectory.appendingPathComponent(
      "primer-pager-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: captured) }
    _ = try onTerminal(
      ["read", "1", "--no-run", "--lessons", PrimerProcess.lessons],
      environment: [
        "PAGER":
          "{ grep SigIgn /proc/self/status; echo \"LESS=$LESS\"; } > '\(captured.path)'; cat >/dev/null",
        "NO_COLOR": "1",
      ])
    let report = try String(contentsOf: captured, encoding: .utf8)
    let ignored = try #require(report.split(separator: "\n").first?.split(separator: "\t").last)
    let mask = try #require(UInt64(ignored, radix: 16))
    #expect(mask & (1 << (13 - 1)) == 0, "SIGPIPE ignored in the pager: \(report)")
    #expect(report.contains("LESS=FRX"))
  }

  /// Without `$PAGER`, `less` gets a prompt naming the lesson and the position read.
  @Test(.enabled(if: script != nil, "util-linux `script` is needed to make a terminal"))
  func lessShowsTheLessonAndThePositionInItsPrompt() throws {
    let bin = FileManager.default.temporaryDirectory.appendingPathComponent(
      "primer-less-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: bin) }
    let captured = bin.appendingPathComponent("arguments").path
    let less = bin.appendingPathComponent("less")
    try "#!/bin/sh\nprintf '%s\\n' \"$@\" > '\(captured)'\ncat >/dev/null\n".write(
      to: less, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: less.path)
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    _ = try onTerminal(
      ["read", "6", "--no-run", "--lessons", PrimerProcess.lessons],
      environment: ["PATH": bin.path + ":" + path, "NO_COLOR": "1"])
    let arguments = try String(contentsOfFile: captured, encoding: .utf8)
    #expect(arguments.contains("-R\n"))
    #expect(arguments.contains("-PsLesson 6 - Attention - line %lb?L of %L. ?pB(%pB\\%).?e (END)."))
  }
}

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
    let shown = try onTerminal(["read", "1", "--no-pager", "--lessons", PrimerProcess.lessons])
    #expect(shown.contains("\u{1B}["))
    #expect(shown.contains("Neural networks"))
  }

  @Test(.enabled(if: script != nil, "util-linux `script` is needed to make a terminal"))
  func noColorTurnsEscapeCodesOff() throws {
    let shown = try onTerminal(
      ["read", "1", "--no-pager", "--lessons", PrimerProcess.lessons],
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
      ["read", "1", "--lessons", PrimerProcess.lessons],
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
      ["read", "1", "--lessons", PrimerProcess.lessons],
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
}

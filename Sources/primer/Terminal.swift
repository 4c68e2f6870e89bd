import Foundation
import Rendering

#if canImport(Glibc)
import Glibc
#endif

/// The terminal: is standard output one, how wide, may we colour, and the pager.
/// The libc calls of the executable live here.
enum Terminal {
  static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// The style for output: colour only on a terminal without `NO_COLOR` and not `TERM=dumb`.
  static func style(width: Int?, forceColor: Bool?) -> TerminalStyle {
    let color =
      forceColor
      ?? (isTerminal && variable("NO_COLOR").map(\.isEmpty) ?? true
        && variable("TERM") != "dumb")
    return TerminalStyle(width: width ?? columns(), color: color)
  }

  /// The environment variable `name`, read with `getenv`: `ProcessInfo.environment` copies
  /// the whole environment into a dictionary, which costs more than the few look-ups here.
  static func variable(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  private static func columns() -> Int {
    var size = winsize()
    if isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 {
      return min(Int(size.ws_col), 120)
    }
    if let text = variable("COLUMNS"), let value = Int(text), value >= 20 {
      return min(value, 1000)
    }
    return 80
  }

  /// Shows `text`: through `$PAGER` (else `less -R`) when `pager` is set and standard output
  /// is a terminal, else straight to standard output.
  static func show(_ text: String, pager: Bool) {
    guard pager, isTerminal else {
      writeOut(text)
      return
    }
    let command = variable("PAGER").flatMap { $0.isEmpty ? nil : $0 } ?? "less -R"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    var environment = ProcessInfo.processInfo.environment
    if environment["LESS"] == nil { environment["LESS"] = "FRX" }
    process.environment = environment
    let input = Pipe()
    process.standardInput = input
    signal(SIGPIPE, SIG_IGN)
    do {
      try process.run()
    } catch {
      writeOut(text)
      return
    }
    // The reader may quit early (q in less): a broken pipe is not an error.
    try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    if process.terminationReason == .exit && process.terminationStatus == 127 {
      writeOut(text)
    }
  }

  /// Writes `text` to standard output from the string's own UTF-8 storage, with no copy into
  /// `Data` first (which also costs a generic-metadata look-up at start-up).
  private static func writeOut(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
      }
    }
  }

  static func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}

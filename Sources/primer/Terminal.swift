import Base
import Rendering

/// The terminal: is standard output one, how wide, may we colour, and the pager.
/// The libc calls of the executable live here.
enum Terminal {
  static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// The style for output: colour only on a terminal without `NO_COLOR` and not `TERM=dumb`;
  /// code whole and bare when the output is not a terminal and no width was asked for.
  static func style(width: Int?, forceColor: Bool?) -> TerminalStyle {
    let color =
      forceColor
      ?? (isTerminal && variable("NO_COLOR").map(\.isEmpty) ?? true
        && variable("TERM") != "dumb")
    // A width asked for (`primer read --width 60 | less`) is a layout to keep, code included.
    return TerminalStyle(
      width: width ?? columns(), color: color, wholeCode: !isTerminal && width == nil)
  }

  /// The environment variable `name`, read with `getenv`: `ProcessInfo.environment` copies
  /// the whole environment into a dictionary, which costs more than the few look-ups here.
  static func variable(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// The terminal's width (at most 120, for reading); piped (`primer list | less`), the width
  /// of the terminal standard error or input is on; else `$COLUMNS`, else 80.
  private static func columns() -> Int {
    var size = winsize()
    for descriptor in [STDOUT_FILENO, STDERR_FILENO, STDIN_FILENO] where isatty(descriptor) == 1 {
      if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 {
        return min(Int(size.ws_col), 120)
      }
    }
    if let text = variable("COLUMNS"), let value = Int(text), value >= 20 {
      return min(value, 1000)
    }
    return 80
  }

  /// Shows `text`: through `$PAGER` (else `less -R`) when `pager` is set and standard output
  /// is a terminal, else straight to standard output. When the pager cannot be started (or the
  /// shell finds no such command) the text is written out instead.
  ///
  /// `title`, if given, heads `less`'s prompt with the line and the percentage read:
  /// `Lesson 6 - Attention - line 40 of 700 (5%)`, instead of a bare `:`.
  static func show(_ text: String, pager: Bool, title: String? = nil) {
    show(Array(text.utf8), pager: pager, title: title)
  }

  /// `show` for text already in UTF-8.
  static func show(_ text: [UInt8], pager: Bool, title: String? = nil) {
    guard pager, isTerminal else {
      writeOut(text)
      return
    }
    var environment = currentEnvironment()
    var command = "less -R"
    if let title {
      // Passed through the environment, so the shell never reads the title as syntax.
      environment.append("PRIMER_PROMPT=" + lessPrompt(title))
      command += " \"-Ps$PRIMER_PROMPT\""
    }
    command = variable("PAGER").flatMap { $0.isEmpty ? nil : $0 } ?? command
    if variable("LESS") == nil { environment.append("LESS=FRX") }
    var ends: [CInt] = [0, 0]
    guard pipe(&ends) == 0 else {
      writeOut(text)
      return
    }
    let (readEnd, writeEnd) = (ends[0], ends[1])
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
    posix_spawn_file_actions_addclose(&actions, readEnd)
    posix_spawn_file_actions_addclose(&actions, writeEnd)
    // This process ignores SIGPIPE (the reader may quit early); the pager gets the default.
    signal(SIGPIPE, SIG_IGN)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
    var child = pid_t()
    let spawned = withCStrings(["/bin/sh", "-c", command]) { arguments in
      withCStrings(environment) {
        posix_spawn(&child, "/bin/sh", &actions, &attributes, arguments, $0)
      }
    }
    close(readEnd)
    guard spawned == 0 else {
      close(writeEnd)
      writeOut(text)
      return
    }
    // The reader may quit early (q in less): a broken pipe is not an error.
    text.withUnsafeBufferPointer { writeAll($0, to: writeEnd) }
    close(writeEnd)
    var status: CInt = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    let exited = status & 0x7F == 0
    if exited && (status >> 8) & 0xFF == 127 { writeOut(text) }
  }

  /// `less`'s short prompt (`-Ps`, the one shown by default) for `title`: the title with `less`'s special
  /// characters escaped, then the line at the bottom of the screen, the number of lines once
  /// known, and the percentage.
  static func lessPrompt(_ title: String) -> String {
    var escaped = ""
    for character in TerminalText.escape(title) {
      if "?:.%\\".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    // ASCII only: `less` shows other characters of a prompt as control codes unless its
    // locale is UTF-8.
    return escaped + " - line %lb?L of %L. ?pB(%pB\\%).?e (END)."
  }

  /// Writes `text` to standard output from the string's own UTF-8 storage, with no copy into
  /// `Data` first (which also costs a generic-metadata look-up at start-up).
  static func writeOut(_ text: String) {
    writeAll(text, to: STDOUT_FILENO)
  }

  /// Writes the UTF-8 `text` to standard output.
  static func writeOut(_ text: [UInt8]) {
    text.withUnsafeBufferPointer { writeAll($0, to: STDOUT_FILENO) }
  }

  /// Writes `text` to standard error.
  /// Writes an error message to stderr with its control characters escaped
  /// (``TerminalText/escape(_:)-(String)``): messages echo input (a key of `primer ref`'s JSON,
  /// a function name, an id), which must not move the cursor or recolour the terminal.
  static func writeError(_ text: String) {
    writeAll(TerminalText.escape(text), to: STDERR_FILENO)
  }

  /// Primer's own control sequences on standard error, as they are (a progress bar's carriage
  /// return and line erase); never for text that quotes input, which goes through ``writeError(_:)``.
  static func writeErrorControl(_ sequence: String) {
    writeAll(sequence, to: STDERR_FILENO)
  }

  /// Everything on standard input, to its end.
  static func readStandardInput() -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let got = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if got < 0 && errno == EINTR { continue }
      if got <= 0 { return bytes }
      bytes += chunk[..<got]
    }
  }

  /// Writes all of `text` to `descriptor`, retrying after interruptions; stops quietly when the
  /// other end is gone.
  private static func writeAll(_ text: String, to descriptor: CInt) {
    var text = text
    text.withUTF8 { writeAll($0, to: descriptor) }
  }

  /// Writes all of `bytes` to `descriptor`, retrying after interruptions; stops quietly when
  /// the other end is gone.
  private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: CInt) {
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return }
      offset += written
    }
  }

  /// The process's environment as `NAME=value` lines.
  private static func currentEnvironment() -> [String] {
    var lines: [String] = []
    var entry = environ
    while let line = entry.pointee {
      lines.append(String(cString: line))
      entry += 1
    }
    return lines
  }

  /// `body` given `strings` as a null-terminated array of C strings, as `exec` takes them.
  private static func withCStrings<Result>(
    _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
  ) -> Result {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return body(pointers)
  }

  static func printError(_ message: String) {
    writeError(message + "\n")
  }
}

import Base

/// What a notebook cell printed and drew, in order, ready for a renderer.
///
/// Made from a run's standard output by ``init(status:stdout:error:note:seconds:)``: each
/// picture record the display library wrote (see ``CellRecord``) becomes a ``Item/picture(_:title:)``,
/// the text between records an ``Item/text(_:)``. Renderers draw it without knowing how the
/// cell ran.
public struct CellOutput: Equatable, Sendable {
  /// How the cell's run ended.
  public enum Status: String, Equatable, Sendable, Codable {
    /// It ran to the end.
    case ran
    /// The code did not compile.
    case compileError = "compile-error"
    /// It stopped with a crash (a trap, a signal, an exit status other than 0).
    case crashed
    /// It ran out of time.
    case timedOut = "timed-out"
    /// It printed more than the cell's output limit.
    case outputExceeded = "output-exceeded"
    /// It ran out of memory or disk.
    case resourceExceeded = "resource-exceeded"
    /// It has not run: no output is cached and running was not asked for.
    case notRun = "not-run"
  }

  public enum Item: Equatable, Sendable {
    /// Printed text, lines joined by `\n`, control characters already escaped.
    case text(String)
    case picture(Picture, title: String)
    /// A picture record that could not be read: what was wrong.
    case badRecord(String)
  }

  public var status: Status
  public var items: [Item]
  /// The compiler's errors or the crash's message, control characters escaped; nil when none.
  public var error: String?
  /// One line about the run: `using your softmax (workspace/softmax.swift)`, `output cut
  /// after 200 lines`, `run it with primer try 2:1`.
  public var notes: [String]
  /// The run's wall-clock seconds (compile and run), 0 when it did not run.
  public var seconds: Double

  public init(
    status: Status, items: [Item], error: String? = nil, notes: [String] = [], seconds: Double = 0
  ) {
    self.status = status
    self.items = items
    self.error = error
    self.notes = notes
    self.seconds = seconds
  }

  /// The most lines of printed text a cell shows; past them the text is cut with a note.
  public static let maximumLines = 200
  /// The most pictures a cell shows.
  public static let maximumPictures = 20

  /// The output of a run that printed `stdout`: records drawn, text escaped and capped at
  /// ``maximumLines`` lines (and at most ``maximumPictures`` pictures), each cut noted.
  public init(
    status: Status, stdout: String, error: String? = nil, notes: [String] = [],
    seconds: Double = 0
  ) {
    var items: [Item] = []
    var notes = notes
    var text: [Substring] = []
    var lines = 0
    var pictures = 0
    var cut = false
    func flush() {
      guard !text.isEmpty else { return }
      items.append(.text(TerminalText.escape(text.joined(separator: "\n"))))
      text = []
    }
    var all = stdout.split(separator: "\n", omittingEmptySubsequences: false)
    if all.last == "" { all.removeLast() }
    for line in all {
      if line.hasPrefix(CellRecord.marker) {
        pictures += 1
        guard pictures <= CellOutput.maximumPictures else { continue }
        flush()
        switch CellRecord.parse(line.dropFirst(CellRecord.marker.count)) {
        case .success(let record): items.append(.picture(record.picture, title: record.title))
        case .failure(let problem): items.append(.badRecord(problem.description))
        }
      } else {
        lines += 1
        guard lines <= CellOutput.maximumLines else {
          cut = true
          continue
        }
        text.append(line)
      }
    }
    flush()
    if cut { notes.append("output cut after \(CellOutput.maximumLines) of \(lines) lines") }
    if pictures > CellOutput.maximumPictures {
      notes.append("pictures cut after \(CellOutput.maximumPictures) of \(pictures)")
    }
    self.init(status: status, items: items, error: error, notes: notes, seconds: seconds)
  }
}

import Base

/// What a crashed Swift program said about its crash: the runtime's message and the first
/// line of the learner's code in the backtrace.
///
/// With `SWIFT_BACKTRACE=enable=yes,interactive=no,color=no,warnings=suppressed`, a trap prints
///
///     Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range
///     *** Program crashed: Illegal instruction at 0x00007fe61a16df7f ***
///       3 [ra] 0x000056265f474360 f(_:_:) + 47 in h at /tmp/build/softmax.swift:2:11
///
/// and an integer overflow prints no "Fatal error" line, only
/// `*** Swift runtime failure: arithmetic overflow ***`.
public struct TrapReport: Sendable, Equatable {
  /// The runtime's message: "Index out of range", the `fatalError` text, "arithmetic overflow"…
  public var message: String
  /// The learner's file, line and column in the innermost frame of their code, if any.
  public var file: String?
  public var line: Int?
  public var column: Int?

  public init(message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
    self.message = message
    self.file = file
    self.line = line
    self.column = column
  }

  /// The runtime's words before a failure's message.
  static let failureKinds = ["Fatal error", "Precondition failed", "Assertion failed"]

  /// How many times one learner frame must repeat for a crash to count as runaway recursion.
  static let runawayRecursionFrames = 16

  /// The report in `stderr`, looking for frames in files named one of `learnerFiles`; nil when
  /// `stderr` holds no crash report.
  public static func parse(stderr: [UInt8], learnerFiles: Set<String>) -> TrapReport? {
    let lines = String(decoding: stderr, as: UTF8.self).split(separator: "\n")
    var message: String?
    for line in lines {
      // `fatalError`, `precondition` and `assert` at -Onone: "FILE:LINE: KIND: message", or
      // "FILE:LINE: KIND" without a message.
      if let kind = failureKinds.first(where: { line.contains(": \($0)") }) {
        let range = line.firstRange(of: ": \(kind)")!
        let rest = line[range.upperBound...]
        message = rest.hasPrefix(": ") ? String(rest.dropFirst(2)) : kind
        break
      }
      if let range = line.firstRange(of: "*** Swift runtime failure: ") {
        message = String(line[range.upperBound...]).replacingSuffix(" ***")
        break
      }
      if let range = line.firstRange(of: "*** Program crashed: ") {
        message = String(line[range.upperBound...]).replacingSuffix(" ***")
      }
    }
    guard var report = message.map({ TrapReport(message: $0) }) else { return nil }
    var learnerFrames: [String: Int] = [:]
    for line in lines {
      // A frame ends "… in IMAGE at PATH:LINE:COLUMN".
      guard let at = line.lastRange(of: " at ") else { continue }
      let parts = line[at.upperBound...].split(separator: ":")
      guard parts.count >= 3, let number = Int(parts[parts.count - 2]),
        let column = Int(parts[parts.count - 1])
      else { continue }
      let path = parts.dropLast(2).joined(separator: ":")
      let name = String(path.split(separator: "/").last ?? "")
      guard learnerFiles.contains(name) else { continue }
      learnerFrames["\(name):\(number):\(column)", default: 0] += 1
      if report.file == nil {
        report.file = name
        report.line = number
        report.column = column
      }
    }
    // A stack overflow shows as a bad pointer dereference with one call repeated down the
    // backtrace (which prints at most a few dozen frames).
    if report.message.hasPrefix("Bad pointer dereference"),
      learnerFrames.values.contains(where: { $0 >= runawayRecursionFrames })
    {
      report.message = "stack overflow: a function keeps calling itself"
    }
    return report
  }
}

extension String {
  fileprivate func replacingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}

#if canImport(Glibc)
@preconcurrency import Glibc
#else
@preconcurrency import Darwin
#endif

/// Reports check results to the grader on descriptor 3, each record signed with the run's
/// nonce (the grader's `ResultChannel` reads them).
///
/// Records are lines of tab-separated fields; tabs, newlines and backslashes in names and
/// details are escaped as `\t`, `\n` and `\\`:
///
///     NONCE  check    NAME  pass|fail  DETAIL
///     NONCE  mistake  NAME
///     NONCE  end      COUNT
public final class ResultReporter {
  /// The environment variable that hands the nonce to the program.
  public static let nonceVariable = "PRIMER_RESULT_NONCE"

  private let nonce: String
  private let descriptor: Int32
  private var reported = 0
  /// The check being run on the learner's function, if one is.
  public private(set) var current: String?
  /// Called once the learner's function has been through every check (before the mistakes
  /// run): the judge then tells the learner's program to end.
  public var learnerChecksDone: () -> Void = {}

  /// Starts reporting: reads the nonce and removes it from the environment before any learner
  /// code runs, and line-buffers stdout so that output printed before a crash is kept.
  public static func start() -> ResultReporter {
    setvbuf(stdout, nil, _IOLBF, 0)
    let nonce = getenv(nonceVariable).map { String(cString: $0) } ?? ""
    unsetenv(nonceVariable)
    return ResultReporter(nonce: nonce, descriptor: 3)
  }

  /// Clears this process's "dumpable" flag (`prctl(PR_SET_DUMPABLE, 0)`): a process of the
  /// same user, such as a learner's program when `primer` is not run as root and the kernel
  /// gives it no namespaces, can then neither `ptrace` the judge nor read its
  /// `/proc/PID/mem` or `/proc/PID/environ`; only a process with `CAP_SYS_PTRACE` could.
  /// The judge calls it first thing. The Swift crash reporter can then no longer read the
  /// process either: a crashing judge shows its message but no source lines.
  /// `prctl` is variadic, which Swift does not import: it is looked up and called with its
  /// integer arguments spelt out.
  public static func closeMemory() {
    #if os(Linux)
    typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
    let setDumpable: Int32 = 4  // PR_SET_DUMPABLE
    guard let symbol = dlsym(nil, "prctl") else { return }
    _ = unsafeBitCast(symbol, to: Prctl.self)(setDumpable, 0, 0, 0, 0)
    #endif
  }

  init(nonce: String, descriptor: Int32) {
    self.nonce = nonce
    self.descriptor = descriptor
  }

  /// Notes that check `name` is running on the learner's function.
  public func begin(check name: String) {
    current = name
  }

  /// Fails the running check because the learner's program stopped answering (it crashed,
  /// exited or sent an answer that cannot be read); no other check reports after this.
  public func reportInterruption(_ reason: String) {
    guard let name = current else { return }
    report(
      check: name, passed: false,
      detail: "your program stopped answering while this check was running (\(reason)).")
  }

  /// Sends one check's result.
  public func report(check name: String, passed: Bool, detail: String) {
    if name == current { current = nil }
    reported += 1
    send([nonce, "check", Self.escape(name), passed ? "pass" : "fail", Self.escape(detail)])
  }

  /// Sends the name of the mistake that explains the failures.
  public func report(mistake name: String) {
    send([nonce, "mistake", Self.escape(name)])
  }

  /// Sends the end record with the number of checks reported.
  public func finish() {
    send([nonce, "end", String(reported)])
  }

  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "\\": escaped += "\\\\"
      case "\t": escaped += "\\t"
      case "\n": escaped += "\\n"
      default: escaped.append(character)
      }
    }
    return escaped
  }

  private func send(_ fields: [String]) {
    let bytes = Array((fields.joined(separator: "\t") + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written <= 0 { return }
      offset += written
    }
  }
}

import Isolation

/// The channel on which an exercise's judge reports its checks to the grader.
///
/// Results travel on an inherited pipe, descriptor 3 of the judge, not on stdout, and the
/// judge is a process that never loads learner code (the learner's program only answers
/// calls, see `Harness`), so nothing a learner's code prints or writes can be mistaken for a
/// result. Each record carries a per-run nonce given to the judge only, a guard against
/// accidents, and the grader counts records against the checks it expects: an early
/// `exit(0)`, a crash midway or a printed "PASS" scores nothing.
///
/// Records are lines of tab-separated fields; tabs, newlines and backslashes in names and
/// details are escaped as `\t`, `\n` and `\\`:
///
///     NONCE  check    NAME  pass|fail  DETAIL
///     NONCE  mistake  NAME
///     NONCE  end      COUNT
///
/// The judge reports through `ResultReporter` of the `Checks` module (compiled into the
/// grader's kit), which reads the nonce from ``nonceVariable``.
public struct ResultChannel: Sendable, Equatable {
  /// The environment variable that hands the nonce to the harness.
  public static let nonceVariable = "PRIMER_RESULT_NONCE"

  public let nonce: String

  /// A channel with a fresh random nonce.
  public init() {
    var generator = SystemRandomNumberGenerator()
    nonce = (0..<2).map { _ in
      let hex = String(generator.next() as UInt64, radix: 16)
      return String(repeating: "0", count: 16 - hex.count) + hex
    }.joined()
  }

  public init(nonce: String) {
    precondition(!nonce.isEmpty && !nonce.contains("\t"), "a nonce is a non-empty word")
    self.nonce = nonce
  }

  /// The environment the run needs: pass it to ``Sandbox/run(_:arguments:limits:workingDirectory:environment:resultChannel:)``.
  public var environment: [String: String] { [ResultChannel.nonceVariable: nonce] }

  /// The checks reported in `bytes`, matched against the `expected` check names.
  public func read(_ bytes: [UInt8], expecting expected: [String]) -> ChannelReport {
    var found: [String: CheckResult] = [:]
    var ignored = 0
    var finishedCount: Int?
    var mistake: String?
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.first == nonce, finishedCount == nil else {
        ignored += 1
        continue
      }
      switch (fields.count, fields[1]) {
      case (5, "check") where ["pass", "fail"].contains(fields[3]):
        let name = ResultChannel.unescape(fields[2])
        guard expected.contains(name), found[name] == nil else {
          ignored += 1
          continue
        }
        found[name] = CheckResult(
          name: name, passed: fields[3] == "pass", detail: ResultChannel.unescape(fields[4]))
      case (3, "mistake") where mistake == nil:
        mistake = ResultChannel.unescape(fields[2])
      case (3, "end"):
        finishedCount = Int(fields[2])
      default:
        ignored += 1
      }
    }
    let checks = expected.compactMap { found[$0] }
    return ChannelReport(
      checks: checks, missing: expected.filter { found[$0] == nil }, ignoredRecords: ignored,
      finished: finishedCount == checks.count, mistake: mistake)
  }

  private static func unescape(_ field: String) -> String {
    var result = ""
    var escaping = false
    for character in field {
      if escaping {
        switch character {
        case "t": result.append("\t")
        case "n": result.append("\n")
        default: result.append(character)
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(character)
      }
    }
    return result
  }
}

/// One named check's result, as the harness reported it.
public struct CheckResult: Sendable, Equatable, Codable {
  public var name: String
  public var passed: Bool
  /// What the harness said about it, e.g. "expected 4, got 5".
  public var detail: String

  public init(name: String, passed: Bool, detail: String) {
    self.name = name
    self.passed = passed
    self.detail = detail
  }
}

/// What the result channel held, counted against the expected checks.
public struct ChannelReport: Sendable, Equatable {
  /// Expected checks that reported, in the expected order (the first record of each).
  public var checks: [CheckResult]
  /// Expected checks with no valid record.
  public var missing: [String]
  /// Records without the nonce, malformed, unexpected, duplicated or after the end record.
  public var ignoredRecords: Int
  /// The harness reached its end and its count agrees with the checks received.
  public var finished: Bool
  /// The known mistake the harness found behind the failures, by name (the first record).
  public var mistake: String? = nil
}

/// `primer run --json`: a verdict as
/// `{"exercise", "status", "summary", "checks": [{"name", "passed", "message"}], "mistake",
/// "seed", "seconds", "running", "crash"}`, with `"mistake": {"name", "message"}` or null, and for
/// a crash `"running"` the check that was running and `"crash": {"message", "file", "line",
/// "column"}` (null otherwise).
extension Verdict: Codable {
  private enum Key: String, CodingKey {
    case exercise, status, summary, checks, mistake, seed, seconds, running, crash
  }

  private struct Crash: Codable {
    var message: String
    var file: String?
    var line: Int?
    var column: Int?
  }

  private struct Check: Codable {
    var name: String
    var passed: Bool
    var message: String
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(exercise, forKey: .exercise)
    try container.encode(status, forKey: .status)
    try container.encode(summary, forKey: .summary)
    try container.encode(
      checks.map { Check(name: $0.name, passed: $0.passed, message: $0.detail) }, forKey: .checks)
    if let mistake {
      try container.encode(mistake, forKey: .mistake)
    } else {
      try container.encodeNil(forKey: .mistake)
    }
    if let seed {
      try container.encode(seed, forKey: .seed)
    } else {
      try container.encodeNil(forKey: .seed)
    }
    try container.encode((seconds * 1000).rounded() / 1000, forKey: .seconds)
    try container.encode(runningCheck, forKey: .running)
    try container.encode(
      trap.map { Crash(message: $0.message, file: $0.file, line: $0.line, column: $0.column) },
      forKey: .crash)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    self.init(
      status: try container.decode(Status.self, forKey: .status),
      summary: try container.decodeIfPresent(String.self, forKey: .summary) ?? "")
    exercise = try container.decode(String.self, forKey: .exercise)
    checks = try container.decode([Check].self, forKey: .checks).map {
      CheckResult(name: $0.name, passed: $0.passed, detail: $0.message)
    }
    mistake = try container.decodeIfPresent(Mistake.self, forKey: .mistake)
    seed = try container.decodeIfPresent(UInt64.self, forKey: .seed)
    seconds = try container.decode(Double.self, forKey: .seconds)
    if let crash = try container.decodeIfPresent(Crash.self, forKey: .crash) {
      trap = TrapReport(
        message: crash.message, file: crash.file, line: crash.line, column: crash.column)
    }
  }
}

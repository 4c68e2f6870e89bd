import Base
import Isolation

/// The jobs `swiftc` runs for one set of arguments (`swift-frontend`, `swift-autolink-extract`,
/// `clang`), as the driver itself prints them with `-###`, kept so that a grading runs them
/// directly: `swiftc` is a program of its own that loads Foundation before it starts the first
/// job, about 50 ms of a 280 ms edit-to-verdict on the development machine
/// (`Benchmarks/grading.py`).
///
/// A plan is made once per compiler, argument list and run-folder layout. Every argument that
/// lies in the run folder is planned at ``runPlaceholder`` and the driver's temporary folder
/// becomes ``temporaryPlaceholder``; running a plan puts the run's own folders back. A plan
/// the grader cannot read with certainty (quoting it does not know, a job that is not an
/// executable file) is not made, and the compiler runs `swiftc` as it is: the plain path,
/// which a test holds equal to this one.
struct CompilerPlan: Codable, Equatable {
  /// Each job's arguments, the executable first, with the placeholders.
  var jobs: [[String]]

  /// Where the run folder stands in a plan's arguments.
  static let runPlaceholder = "/primer-plan.run"
  /// Where the driver's temporary folder stands in a plan's arguments.
  static let temporaryPlaceholder = "/primer-plan.tmp"

  /// The jobs with `runFolder` and `temporaryFolder` in place of the placeholders.
  func jobs(runFolder: String, temporaryFolder: String) -> [[String]] {
    jobs.map { job in
      job.map {
        $0.replacing(CompilerPlan.runPlaceholder, with: runFolder)
          .replacing(CompilerPlan.temporaryPlaceholder, with: temporaryFolder)
      }
    }
  }

  /// A `/bin/sh -c` script that runs `jobs` one after another and stops at the first failure,
  /// with that job's status.
  static func script(_ jobs: [[String]]) -> String {
    jobs.map { job in job.map(shellQuoted).joined(separator: " ") }.joined(separator: " && ")
  }

  /// `text` as one shell word: bare when it holds only characters no shell treats specially,
  /// else in single quotes (a single quote inside becomes `'\''`).
  static func shellQuoted(_ text: String) -> String {
    let plain =
      !text.isEmpty
      && text.unicodeScalars.allSatisfy { scalar in
        scalar.isASCII
          && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || ("0"..."9").contains(scalar) || "/._-+=:,@%".unicodeScalars.contains(scalar))
      }
    return plain ? text : "'" + text.replacing("'", with: "'\\''") + "'"
  }

  /// The plan in the driver's `-###` output, planned with its temporary folder under
  /// `plannedTemporary`; nil when the output is not one job per line in the quoting the driver
  /// uses (bare words, single quotes, backslash escapes), or a job is not an absolute path to
  /// an executable file.
  static func parse(driverOutput: String, plannedTemporary: String) -> CompilerPlan? {
    var jobs: [[String]] = []
    for line in driverOutput.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
      guard let words = shellWords(line), let executable = words.first,
        executable.hasPrefix("/"), access(executable, X_OK) == 0
      else { return nil }
      jobs.append(words.map { placeTemporary($0, plannedTemporary: plannedTemporary) })
    }
    // The driver's own temporary folder must not survive in a plan: it is gone after planning.
    guard !jobs.isEmpty, !jobs.joined().contains(where: { $0.contains(plannedTemporary) })
    else { return nil }
    return CompilerPlan(jobs: jobs)
  }

  /// `word` with the driver's temporary folder (`plannedTemporary/TemporaryDirectory.XXXXXX`)
  /// replaced by ``temporaryPlaceholder``.
  private static func placeTemporary(_ word: String, plannedTemporary: String) -> String {
    guard let start = word.firstRange(of: plannedTemporary + "/") else { return word }
    let rest = word[start.upperBound...]
    let folder = rest.prefix { $0 != "/" }
    guard folder.hasPrefix("TemporaryDirectory.") else { return word }
    return String(word[..<start.lowerBound]) + temporaryPlaceholder
      + String(rest[folder.endIndex...])
  }

  /// The words of one line of POSIX shell text with no expansions: bare words, `'…'` and
  /// `\x`; nil on anything else (a double quote, `$`, a backquote, an unclosed quote).
  static func shellWords(_ line: Substring) -> [String]? {
    var words: [String] = []
    var word = ""
    var inWord = false
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      index = line.index(after: index)
      switch character {
      case " ", "\t":
        if inWord { words.append(word) }
        word = ""
        inWord = false
      case "'":
        guard let close = line[index...].firstIndex(of: "'") else { return nil }
        word += line[index..<close]
        index = line.index(after: close)
        inWord = true
      case "\\":
        guard index < line.endIndex else { return nil }
        word.append(line[index])
        index = line.index(after: index)
        inWord = true
      case "\"", "$", "`":
        return nil
      default:
        word.append(character)
        inWord = true
      }
    }
    if inWord { words.append(word) }
    return words
  }
}

extension Compiler {
  /// The plan for `arguments` (run-folder paths already at ``CompilerPlan/runPlaceholder``),
  /// from the plan cache, else made now with `swiftc -###` and kept; nil when there is no plan
  /// cache or the driver's plan cannot be read with certainty.
  func plan(for arguments: [String], environment: [String: String]) -> CompilerPlan? {
    guard let planCache else { return nil }
    let key = ContentHash.of(
      ["plan 1", Compiler.fileIdentity(swiftc)] + arguments)
    let path = "\(planCache)/\(key).json"
    // A kept plan whose tools have gone (a toolchain moved or replaced) is made again.
    if let data = FileManager.default.contents(atPath: path),
      let plan = try? JSONDecoder().decode(CompilerPlan.self, from: data),
      plan.jobs.allSatisfy({ access($0[0], X_OK) == 0 })
    {
      return plan
    }
    guard
      (try? FileManager.default.createDirectory(
        atPath: planCache, withIntermediateDirectories: true)) != nil
    else { return nil }
    // The driver makes its temporary folder while planning: one of our own, removed after.
    let temporary = "\(planCache)/planning-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    guard mkdir(temporary, 0o700) == 0 else { return nil }
    defer { try? FileManager.default.removeItem(atPath: temporary) }
    var planning = environment
    planning["TMPDIR"] = temporary
    guard
      let child = try? Platform.spawn(
        SpawnRequest(executable: swiftc, arguments: ["-###"] + arguments, environment: planning))
    else { return nil }
    let printed = Supervision.watch(child, wallSeconds: 30, outputBytes: 1 << 20)
    guard printed.stop == nil, printed.waitStatus == .exited(0),
      let plan = CompilerPlan.parse(
        driverOutput: String(decoding: printed.stdout, as: UTF8.self),
        plannedTemporary: temporary),
      let data = try? JSONEncoder().encode(plan)
    else { return nil }
    // Written whole or not at all: another grading may be reading the cache.
    try? data.write(to: URL(fileURLWithPath: path), options: .atomic)
    return plan
  }
}

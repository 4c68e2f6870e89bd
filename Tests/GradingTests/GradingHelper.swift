import Foundation
import Testing

@testable import Grading
@testable import Isolation
@testable import LearnerState

/// A small program built from the Grading sources with the grader's own compiler, for tests
/// that must kill a process using the Grading code:
///
/// - `helper progress PATH NAME COUNT` updates a progress file COUNT times (0: until killed),
///   printing `committed N` after each update;
/// - `helper sandbox TRAMPOLINE MARKER FOLDER` runs sleepers (one escaping with `setsid`) in
///   the sandbox in FOLDER, with `PRIMER_TEST_MARKER=MARKER` in their environment, and waits;
/// - `helper run-folder TRAMPOLINE MARKER ROOT` makes a ``RunFolder`` under ROOT, prints
///   `folder PATH`, and runs a marked sleeper in it as the grader does;
/// - `helper compile TRAMPOLINE FILE FOLDER` compiles FILE with the compiler contained by the
///   sandbox, as the grader does, and waits for it.
enum GradingHelper {
  static let killTrials = 200

  private static let main = """
    import Foundation
    let arguments = CommandLine.arguments
    switch arguments[1] {
    case "progress":
      let store = ProgressStore(path: arguments[2])
      let limit = Int(arguments[4])!
      var done = 0
      while limit == 0 || done < limit {
        done += 1
        let progress = try store.update { progress in
          progress.exercises["shared", default: .init()].attempts += 1
          progress.exercises[arguments[3], default: .init()].attempts += 1
        }
        print("committed \\(progress.exercises[arguments[3]]!.attempts)")
        fflush(stdout)
      }
    case "sandbox":
      let sandbox = try Sandbox(trampoline: arguments[2])
      _ = try sandbox.run(
        "/bin/sh", arguments: ["-c", "sleep 60 & setsid sleep 60 & sleep 60"],
        limits: Limits(cpuSeconds: 5, wallSeconds: 60), workingDirectory: arguments[4],
        environment: ["PRIMER_TEST_MARKER": arguments[3]])
    case "run-folder":
      let run = try RunFolder.make(root: arguments[4])
      print("folder \\(run.path)")
      fflush(stdout)
      _ = try Sandbox(trampoline: arguments[2]).run(
        "/bin/sh", arguments: ["-c", "echo kept > kept; sleep 60"],
        limits: Limits(cpuSeconds: 5, wallSeconds: 60), workingDirectory: run.work,
        environment: ["PRIMER_TEST_MARKER": arguments[3]], user: run.user)
    case "compile":
      var compiler = try Compiler(moduleCache: arguments[4] + "/cache")
      compiler.sandbox = try Sandbox(trampoline: arguments[2])
      _ = try compiler.invoke(["-typecheck", arguments[3]], product: arguments[3])
    default:
      fatalError("unknown mode \\(arguments[1])")
    }

    """

  /// The Swift files of `Sources/<module>`, with `import Base` spelt out and the imports of
  /// the grader's modules dropped: the helper is one module built from the files of
  /// Isolation, Grading and LearnerState and Base's helpers.
  static func sources(of module: String) throws -> [Compiler.Source] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/\(module)").standardized
    return try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".swift") && $0 != "Base.swift" }.sorted()
      .map {
        let text = try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        // `package` needs a package name the helper's compiler is not given: plain
        // internal access is the same inside one module.
        let internalAccess = text.replacing(/\bpackage (?=[a-z])/, with: "")
        let oneModule = ["Isolation", "Grading", "LearnerState"].reduce(internalAccess) {
          $0.replacingOccurrences(of: "import \($1)\n", with: "")
        }
        return Compiler.Source(
          name: module + "-" + $0,
          text: oneModule.replacingOccurrences(
            of: "import Base\n", with: "import FoundationEssentials\nimport Glibc\n"))
      }
  }

  private static let built: Result<String, Error> = Result {
    var files = try ["Isolation", "Grading", "LearnerState"].flatMap { try sources(of: $0) }
      // The helper needs only the grader's core: leave out what builds on the lesson model.
      .filter { !$0.text.contains("import Course") }
    files += try sources(of: "Base")
    files.append(Compiler.Source(name: "main.swift", text: main))
    let folder =
      NSTemporaryDirectory() + "primer-grading-tests/helper-" + UUID().uuidString
    let outcome = try Workbench.compiler().compile(files, into: folder, executableName: "helper")
    guard let executable = outcome.executable else {
      throw GradingError.sandboxFailed(detail: "helper did not compile: \(outcome.log)")
    }
    return executable
  }

  static func executable() throws -> String { try built.get() }
}

@Suite struct GraderDeathTests {
  /// If `primer` itself is killed (kill -9, a closed terminal), the learner's program and
  /// everything it started die with it.
  @Test func killingTheGraderKillsTheRun() throws {
    let marker = UUID().uuidString
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try GradingHelper.executable())
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    process.arguments = ["sandbox", try Workbench.sandbox().trampoline, marker, folder]
    try process.run()
    var started = false
    for _ in 0..<100 where !started {
      usleep(50_000)
      started = Workbench.survivors(marked: "PRIMER_TEST_MARKER=" + marker).count >= 3
    }
    #expect(started)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(Workbench.survivorsAfterSettling(marked: "PRIMER_TEST_MARKER=" + marker).isEmpty)
  }

  /// kill -9 of `primer` during a run: nothing of the run survives, and its folder is gone
  /// once the next run starts (it sweeps folders of graders that no longer run).
  @Test func aKilledGradersRunFolderIsSweptByTheNextRun() throws {
    let marker = UUID().uuidString
    let root = Workbench.scratchFolder()
    defer { Workbench.remove(root) }
    let runs = root + "/runs"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try GradingHelper.executable())
    process.arguments = ["run-folder", try Workbench.sandbox().trampoline, marker, runs]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
    let folder = String(try #require(line.split(separator: "\n").first).dropFirst("folder ".count))
    var started = false
    for _ in 0..<100 where !started {
      usleep(50_000)
      started = !Workbench.survivors(marked: "PRIMER_TEST_MARKER=" + marker).isEmpty
    }
    #expect(started)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(Workbench.survivorsAfterSettling(marked: "PRIMER_TEST_MARKER=" + marker).isEmpty)
    let next = try RunFolder.make(root: runs)
    next.remove()
    #expect(!FileManager.default.fileExists(atPath: folder), "\(folder)")
    let left = try FileManager.default.contentsOfDirectory(atPath: runs).filter {
      $0.hasPrefix("run-")
    }
    #expect(left.isEmpty)
  }

  /// kill -9 of `primer` while it compiles: `swiftc` and every `swift-frontend` die with it.
  @Test func killingTheGraderKillsTheCompiler() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let file = "\(folder)/slow-\(UUID().uuidString).swift"
    let url = try #require(
      Bundle.module.url(
        forResource: "slow_type_check", withExtension: "swift", subdirectory: "Fixtures/sealed"))
    try FileManager.default.copyItem(atPath: url.path, toPath: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try GradingHelper.executable())
    process.arguments = ["compile", try Workbench.sandbox().trampoline, file, folder]
    try process.run()
    var started = false
    for _ in 0..<200 where !started {
      usleep(50_000)
      started = SealedGradingTests.processes(mentioning: file).count >= 2
    }
    #expect(started)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    var survivors = SealedGradingTests.processes(mentioning: file)
    for _ in 0..<40 where !survivors.isEmpty {
      usleep(50_000)
      survivors = SealedGradingTests.processes(mentioning: file)
    }
    #expect(survivors.isEmpty)
  }
}

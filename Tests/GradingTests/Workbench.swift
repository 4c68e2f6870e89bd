import Foundation
import Testing

@testable import Grading
@testable import Isolation

/// What the grading tests share: the compiler, the sandbox, scratch folders, the exercise
/// harness the hostile corpus is graded with, and a search for surviving processes.
enum Workbench {
  /// Kept between test runs so that compiles after the first are warm.
  static let moduleCache = NSTemporaryDirectory() + "primer-grading-tests/module-cache"

  static func compiler() throws -> Compiler {
    try Compiler(moduleCache: moduleCache)
  }

  static func sandbox() throws -> Sandbox {
    try Sandbox()
  }

  /// Small limits so that the whole corpus runs quickly on two cores.
  static let limits = Limits(
    cpuSeconds: 2, wallSeconds: 5, memoryBytes: 256 << 20, outputBytes: 1 << 20,
    fileSizeBytes: 1 << 20, processes: 32)

  /// A fresh scratch folder, removed by the caller with ``remove(_:)``.
  static func scratchFolder() -> String {
    let folder = NSTemporaryDirectory() + "primer-grading-tests/run-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  static func remove(_ folder: String) {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// The text of `Fixtures/hostile/NAME.swift`.
  static func hostile(_ name: String) throws -> String {
    let url = try #require(
      Bundle.module.url(
        forResource: name, withExtension: "swift", subdirectory: "Fixtures/hostile"))
    return try String(contentsOf: url, encoding: .utf8)
  }

  static func hostileNames() -> [String] {
    let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/hostile")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(6)) }.sorted()
  }

  /// The checks of the exercise every hostile file implements, `double(_:)`.
  static let checks = ["double of 2", "double of -3"]

  /// The result reporter every exercise program uses, `Sources/Checks/ResultReporter.swift`,
  /// as text to compile into harnesses built without the grader's kit.
  static let reporterSource: String = {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/Checks/ResultReporter.swift").standardized.path
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }()

  /// A generated harness for `double(_:)`: two checks reported on the result channel.
  static let harness = Compiler.Source(
    name: "main.swift",
    text: reporterSource + """

      let reporter = ResultReporter.start()
      do {
        let got = double(2)
        reporter.report(check: "double of 2", passed: got == 4, detail: "expected 4, got \\(got)")
      }
      do {
        let got = double(-3)
        reporter.report(check: "double of -3", passed: got == -6, detail: "expected -6, got \\(got)")
      }
      reporter.finish()

      """)

  /// Everything one graded submission produced.
  struct Graded {
    var verdict: Verdict
    var compile: Compiler.Outcome
    var run: RunOutcome?
    var report: ChannelReport?
    var marker: String
    /// The files the program left in its working folder, with their sizes.
    var files: [String: Int] = [:]
  }

  /// Compiles `learnerText` (as `fileName`) with the harness, runs it in the sandbox and
  /// judges it, marking the run's processes with a unique environment variable.
  static func grade(
    _ learnerText: String, fileName: String, limits: Limits = limits, cgroups: Bool = true,
    privateFiles: Bool = true
  ) throws -> Graded {
    let folder = scratchFolder()
    defer { remove(folder) }
    let marker = "PRIMER_TEST_MARKER=" + UUID().uuidString
    let compile = try compiler().compile(
      [harness, .embedding(learnerText, as: fileName, in: "Learner.swift")],
      into: folder + "/build")
    guard let executable = compile.executable else {
      return Graded(
        verdict: .compileFailed(compile), compile: compile, run: nil, report: nil, marker: marker)
    }
    let work = folder + "/work"
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    let channel = ResultChannel()
    var environment = channel.environment
    environment["PRIMER_TEST_MARKER"] = String(marker.dropFirst("PRIMER_TEST_MARKER=".count))
    var sandbox = try sandbox()
    sandbox.usesCgroups = cgroups
    sandbox.usesPrivateFiles = privateFiles
    let run = try sandbox.run(
      executable, limits: limits, workingDirectory: work, environment: environment)
    let report = channel.read(run.results, expecting: checks)
    let verdict = Verdict.judge(run, report: report, learnerFiles: [fileName])
    var files: [String: Int] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: work)) ?? [] {
      let attributes = try? FileManager.default.attributesOfItem(atPath: work + "/" + name)
      files[name] = (attributes?[.size] as? NSNumber)?.intValue ?? -1
    }
    return Graded(
      verdict: verdict, compile: compile, run: run, report: report, marker: marker, files: files)
  }

  /// The processes whose environment holds `marker` (`NAME=VALUE`).
  static func survivors(marked marker: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    let needle = Array(marker.utf8)
    return entries.compactMap(Int32.init).filter { pid in
      guard let environ = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else {
        return false
      }
      return environ.split(separator: 0).contains { Array($0) == needle }
    }
  }

  /// Survivors after giving the kernel a moment to finish tearing a namespace down.
  static func survivorsAfterSettling(marked marker: String) -> [Int32] {
    for _ in 0..<20 {
      if survivors(marked: marker).isEmpty { return [] }
      usleep(50_000)
    }
    return survivors(marked: marker)
  }
}

import Base
import Course
import Foundation
import Testing

@testable import Grading
@testable import Isolation
@testable import LearnerState

/// Each file of `Fixtures/hostile` implements `double(_:)` in a hostile way; its name says
/// what the grader must make of it. Every case also checks that no process it started
/// survives, and every run is bounded by the sandbox's limits.
@Suite struct HostileCorpusTests {
  struct Expectation: CustomTestStringConvertible, Sendable {
    var fixture: String
    var status: Verdict.Status
    var termination: RunOutcome.Termination?
    /// CPU-bound fixtures get a wall limit far above their CPU limit, so that a loaded machine
    /// (the corpus runs in parallel) still stops them on CPU time.
    var limits = Workbench.limits
    var testDescription: String { fixture }
  }

  static let cpuBound = Limits(
    cpuSeconds: 1, wallSeconds: 10, memoryBytes: 256 << 20, outputBytes: 1 << 20,
    fileSizeBytes: 1 << 20, processes: 32)

  static let expectations: [Expectation] = [
    .init(fixture: "passes", status: .passed, termination: .exited(0)),
    .init(fixture: "compile_error", status: .compileError),
    .init(fixture: "index_out_of_range", status: .crashed, termination: .signaled(SIGILL)),
    .init(fixture: "fatal_error", status: .crashed, termination: .signaled(SIGILL)),
    .init(fixture: "integer_overflow", status: .crashed, termination: .signaled(SIGILL)),
    .init(fixture: "nil_unwrap", status: .crashed, termination: .signaled(SIGILL)),
    .init(
      fixture: "infinite_loop", status: .timedOut, termination: .cpuTimeExceeded,
      limits: cpuBound),
    .init(
      fixture: "infinite_loop_ignoring_sigxcpu", status: .timedOut, termination: .cpuTimeExceeded,
      limits: cpuBound),
    .init(fixture: "sleeps_forever", status: .timedOut, termination: .wallTimeExceeded),
    .init(fixture: "reads_stdin", status: .failed, termination: .exited(0)),
    .init(fixture: "reads_terminal", status: .failed, termination: .exited(0)),
    .init(fixture: "allocates_forever", status: .memoryExceeded, termination: .memoryExceeded),
    .init(fixture: "runaway_recursion", status: .crashed, termination: .signaled(SIGSEGV)),
    .init(fixture: "prints_too_much", status: .outputExceeded, termination: .outputExceeded),
    .init(fixture: "passes_after_filling_stderr", status: .passed, termination: .exited(0)),
    .init(fixture: "fork_bomb", status: .timedOut),
    .init(fixture: "setsid_escape", status: .passed, termination: .exited(0)),
    .init(fixture: "network_access", status: .passed, termination: .exited(0)),
    .init(fixture: "writes_big_file", status: .outputExceeded, termination: .fileSizeExceeded),
    .init(fixture: "invalid_utf8_output", status: .passed, termination: .exited(0)),
    .init(fixture: "terminal_escapes", status: .passed, termination: .exited(0)),
    .init(fixture: "forged_pass", status: .failed, termination: .exited(0)),
    .init(fixture: "exit_early", status: .failed, termination: .exited(0)),
  ]

  @Test func everyFixtureHasAnExpectation() {
    #expect(Workbench.hostileNames() == Self.expectations.map(\.fixture).sorted())
  }

  @Test(arguments: expectations)
  func verdictClassAndNoSurvivors(_ expected: Expectation) throws {
    let start = Date()
    let graded = try Workbench.grade(
      try Workbench.hostile(expected.fixture), fileName: expected.fixture + ".swift",
      limits: expected.limits)
    #expect(
      graded.verdict.status == expected.status,
      "\(graded.verdict.summary)\n\(TerminalText.escape(graded.run?.stderr.prefix(2000).map { $0 } ?? []))"
    )
    if let termination = expected.termination {
      #expect(graded.run?.termination == termination)
    }
    #expect(Workbench.survivorsAfterSettling(marked: graded.marker).isEmpty)
    // Never hangs: the compile cap (30 s) plus the wall limit bound every run.
    #expect(Date().timeIntervalSince(start) < 45)
  }
}

/// What the grader shows for particular hostile files, beyond the verdict class.
@Suite struct HostileDetailTests {
  struct Trap: CustomTestStringConvertible, Sendable {
    var fixture: String
    var message: String
    var line: Int
    var testDescription: String { fixture }
  }

  @Test(arguments: [
    Trap(fixture: "index_out_of_range", message: "Index out of range", line: 4),
    Trap(fixture: "fatal_error", message: "double(_:) is not written yet", line: 2),
    Trap(fixture: "integer_overflow", message: "arithmetic overflow", line: 3),
    Trap(
      fixture: "nil_unwrap", message: "Unexpectedly found nil while unwrapping an Optional value",
      line: 3),
    Trap(
      fixture: "runaway_recursion", message: "stack overflow: a function keeps calling itself",
      line: 2),
  ])
  func trapNamesTheMessageAndTheLearnersLine(_ trap: Trap) throws {
    let file = trap.fixture + ".swift"
    let graded = try Workbench.grade(try Workbench.hostile(trap.fixture), fileName: file)
    let report = try #require(graded.verdict.trap)
    #expect(report.message == trap.message)
    #expect(report.file == file)
    #expect(report.line == trap.line)
    #expect(graded.verdict.summary.contains("\(file):\(trap.line):"))
  }

  @Test func outputBeforeACrashIsKept() throws {
    let graded = try Workbench.grade(
      try Workbench.hostile("index_out_of_range"), fileName: "index_out_of_range.swift")
    let stdout = String(decoding: try #require(graded.run).stdout, as: UTF8.self)
    #expect(stdout == "looking up 2\n")
  }

  @Test func compileErrorIsReportedAtTheLearnersLine() throws {
    let graded = try Workbench.grade(
      try Workbench.hostile("compile_error"), fileName: "compile_error.swift")
    let error = try #require(graded.compile.diagnostics.first { $0.severity == .error })
    #expect(error.fileName == "compile_error.swift")
    #expect(error.line == 3)
    #expect(error.column > 0)
    #expect(graded.verdict.summary.hasPrefix("compile_error.swift:3:"))
  }

  @Test func forgedRecordsAndPrintedPassScoreNothing() throws {
    let graded = try Workbench.grade(
      try Workbench.hostile("forged_pass"), fileName: "forged_pass.swift")
    let report = try #require(graded.report)
    #expect(report.checks.map(\.passed) == [false, false])
    #expect(report.checks.first?.detail == "expected 4, got 6")
    #expect(report.ignoredRecords == 4)
    #expect(graded.verdict.status == .failed)
  }

  @Test func exitingEarlyLeavesEveryCheckMissing() throws {
    let graded = try Workbench.grade(
      try Workbench.hostile("exit_early"), fileName: "exit_early.swift")
    #expect(graded.verdict.missingChecks == Workbench.checks)
    #expect(graded.report?.finished == false)
  }

  @Test func hostileOutputIsShownEscaped() throws {
    let escapes = try Workbench.grade(
      try Workbench.hostile("terminal_escapes"), fileName: "terminal_escapes.swift")
    let shown = TerminalText.escape(try #require(escapes.run).stdout)
    #expect(!shown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0 == "\r" })
    #expect(shown.contains("␛[2J"))

    let invalid = try Workbench.grade(
      try Workbench.hostile("invalid_utf8_output"), fileName: "invalid_utf8_output.swift")
    // Printed once per check.
    let invalidShown = TerminalText.escape(try #require(invalid.run).stdout)
    #expect(invalidShown == String(repeating: "fo\u{FFFD}\u{FFFD}(\n", count: 2))
  }

  /// Without a private file system, so that the file stays in the working folder to be measured.
  @Test func aBigFileIsCutAtTheLimit() throws {
    let graded = try Workbench.grade(
      try Workbench.hostile("writes_big_file"), fileName: "writes_big_file.swift",
      privateFiles: false)
    let size = try #require(graded.files["big.bin"])
    #expect(size <= Workbench.limits.fileSizeBytes)
  }

  /// Filling 1 GiB can take seconds of (mostly kernel) CPU time on a loaded machine: only
  /// memory may stop this run.
  static let memoryOnly = Limits(
    cpuSeconds: 10, wallSeconds: 20, memoryBytes: 256 << 20, outputBytes: 1 << 20)

  /// Without cgroups (an ordinary user), `RLIMIT_AS` still stops unbounded allocation.
  @Test func memoryIsCaughtWithoutCgroupsToo() throws {
    let graded = try Workbench.grade(
      try Workbench.hostile("allocates_forever"), fileName: "allocates_forever.swift",
      limits: Self.memoryOnly, cgroups: false)
    #expect(
      graded.run?.termination == .memoryExceeded,
      "\(TerminalText.escape(graded.run?.stderr.prefix(600).map { $0 } ?? []))")
    #expect(graded.verdict.status == .memoryExceeded)
  }

  @Test func theSameSubmissionGetsTheSameVerdictTwice() throws {
    for fixture in ["passes", "index_out_of_range"] {
      let text = try Workbench.hostile(fixture)
      let first = try Workbench.grade(text, fileName: fixture + ".swift").verdict
      let second = try Workbench.grade(text, fileName: fixture + ".swift").verdict
      #expect(first == second)
    }
  }
}

/// The routes by which a submission, a lesson or a workspace attacked the grader or the machine
/// (issue 13), each through the real grading path: ``Grader/grade(_:file:seed:)`` on lesson 1's
/// `neuron-output`, with a learner file from `Fixtures/sealed` (or a link made by the test).
@Suite struct SealedGradingTests {
  static let isRoot = geteuid() == 0

  /// The text of `Fixtures/sealed/NAME.swift`.
  static func fixture(_ name: String) throws -> String {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "swift", subdirectory: "Fixtures/sealed"))
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// Grades `text` as a learner file named `name` (unique per test, so that processes
  /// compiling it can be found in /proc), with `grader`'s limits changed by `adjust`.
  static func grade(
    _ text: String, name: String, adjust: (inout Grader) -> Void = { _ in }
  ) throws -> Verdict {
    var grader = try GraderTests.grader.get()
    adjust(&grader)
    let file = GraderTests.learnerFile(text, name: name)
    defer { Workbench.remove((file as NSString).deletingLastPathComponent) }
    return try grader.grade(try GraderTests.exercise("neuron-output"), file: file, seed: 1)
  }

  /// Processes whose command line mentions `text` (the compiler names its input files).
  static func processes(mentioning text: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    let needle = Array(text.utf8)
    return entries.compactMap(Int32.init).filter { pid in
      guard pid != getpid(),
        let line = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline")
      else { return false }
      return Array(line).firstRange(of: needle) != nil
    }
  }

  @Test func aSlowTypeCheckIsStoppedAndNoCompilerSurvives() throws {
    let name = "slow-\(UUID().uuidString).swift"
    let verdict = try Self.grade(try Self.fixture("slow_type_check"), name: name) { grader in
      grader.compiler.limits.cpuSeconds = 2
      grader.compiler.limits.wallSeconds = 20
    }
    #expect(verdict.status == .compileError)
    #expect(
      verdict.summary.hasPrefix("The compiler gave up after"),
      "\(verdict.summary) \(verdict.diagnostics)")
    #expect(Self.processes(mentioning: name).isEmpty)
  }

  @Test func aFiftyMegabyteFileGetsACompileLimitVerdictAtOnce() throws {
    let name = "huge-\(UUID().uuidString).swift"
    let declaration = "let constant_0000000 = 1\n"
    let count = (50 << 20) / declaration.utf8.count
    var text = "func neuron(x: [Double], w: [Double], b: Double) -> Double { b }\n"
    text.reserveCapacity(50 << 20)
    for index in 0..<count {
      text += "let constant_\(String(index).leftPadded(to: 7)) = 1\n"
    }
    let verdict = try Self.grade(text, name: name)
    #expect(verdict.status == .compileError)
    #expect(
      verdict.summary
        == "The file is 50 MiB; the grader compiles files of up to 4 MiB. Keep only your solution in it."
    )
    #expect(Self.processes(mentioning: name).isEmpty)
  }

  /// A file of declarations just under the source cap, compiled under a small memory limit:
  /// the compiler's cgroup stops it, the verdict says so, and no compiler process is left.
  @Test(.enabled(if: isRoot, "the compiler's memory is capped by its cgroup, made as root"))
  func aCompilerOverItsMemoryIsStoppedWithAClearMessage() throws {
    let name = "declarations-\(UUID().uuidString).swift"
    var text = "func neuron(x: [Double], w: [Double], b: Double) -> Double { b }\n"
    for index in 0..<100_000 { text += "let constant_\(index) = [\(index), \(index)]\n" }
    let verdict = try Self.grade(text, name: name) { grader in
      grader.compiler.limits.memoryBytes = 64 << 20
    }
    #expect(verdict.status == .compileError)
    #expect(
      verdict.summary.hasPrefix("The compiler ran out of memory and was stopped."),
      "\(verdict.summary)")
    #expect(Self.processes(mentioning: name).isEmpty)
  }

  @Test(.enabled(if: isRoot, "a private /tmp, /var/tmp and /dev/shm need a mount namespace"))
  func filesParkedInSharedFoldersDoNotOutliveTheRun() throws {
    let marker = "primer-parked-\(UUID().uuidString)"
    let text = try Self.fixture("parks_in_shared_memory").replacing("MARKER", with: marker)
    let verdict = try Self.grade(text, name: "neuron-output.swift")
    #expect(verdict.status == .passed, "\(verdict.summary)")
    for folder in ["/dev/shm", "/tmp", "/var/tmp"] {
      #expect(!FileManager.default.fileExists(atPath: "\(folder)/\(marker)"), "\(folder)")
    }
  }

  @Test(.enabled(if: isRoot, "runs get users of their own only when the grader is root"))
  func aRunCannotWriteIntoAnotherRunsFolder() throws {
    // Another run's folder, made as a concurrent run's is, and held while this one runs.
    let victim = try RunFolder.make()
    defer { victim.remove() }
    let text = try Self.fixture("writes_into_another_run").replacing("VICTIM", with: victim.path)
    let verdict = try Self.grade(text, name: "neuron-output.swift")
    #expect(verdict.status == .passed, "\(verdict.summary)")
    #expect(verdict.output.contains("refused \(victim.path)/work/intruder"), "\(verdict.output)")
    #expect(verdict.output.contains("refused \(victim.path)/intruder"))
    #expect(!verdict.output.contains("wrote"))
    #expect(!FileManager.default.fileExists(atPath: victim.work + "/intruder"))
  }

  @Test(.enabled(if: isRoot, "the total disk cap is a tmpfs in the run's mount namespace"))
  func fourHundredMebibytesOfFilesHitTheTotalCap() throws {
    let verdict = try Self.grade(try Self.fixture("fills_the_disk"), name: "neuron-output.swift")
    #expect(verdict.status == .outputExceeded)
    #expect(
      verdict.summary
        == "The program's files filled the 64 MiB a run may write (its folder, /tmp, /var/tmp "
        + "and /dev/shm together). Write less, or keep data in memory.")
  }

  @Test func anExerciseFileThatIsALinkIsNeverRead() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let secret = folder + "/secret.txt"
    try "the secret".write(toFile: secret, atomically: true, encoding: .utf8)
    let file = folder + "/neuron-output.swift"
    #expect(symlink(secret, file) == 0)
    let grader = try GraderTests.grader.get()
    #expect(throws: GradingError.notARegularFile(path: file, kind: "a symbolic link")) {
      try grader.grade(try GraderTests.exercise("neuron-output"), file: file, seed: 1)
    }
    let workspace = Workspace(root: folder)
    #expect(throws: GradingError.notARegularFile(path: file, kind: "a symbolic link")) {
      try workspace.text(of: "neuron-output")
    }
  }

  @Test func aDanglingProgressLockLinkIsNotFollowed() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let store = ProgressStore(path: folder + "/progress.json")
    let target = folder + "/created-by-primer"
    #expect(symlink(target, store.path + ".lock") == 0)
    #expect(
      throws: GradingError.notARegularFile(path: store.path + ".lock", kind: "a symbolic link")
    ) {
      try store.load()
    }
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  @Test func aLessonWithATraversalIdIsLeftOutOfGrading() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let lessons = folder + "/Lessons"
    try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
    let fence = "```"
    try """
    ---
    id: escape
    title: Escape
    order: 1
    ---
    # Escape

    \(fence)exercise ../../x
    title: Out
    \(fence)

    \(fence)starter
    func f() {}
    \(fence)
    """.write(toFile: lessons + "/01-escape.md", atomically: true, encoding: .utf8)
    let syllabus = Syllabus(try Catalog.load(directory: lessons))
    #expect(syllabus.entries.isEmpty)
    #expect(
      syllabus.excluded == [
        "Lesson `escape` is left out: its exercise id `../../x` is not lower-case letters, "
          + "digits and `-`. `primer lint` shows where to fix it."
      ])
    let workspace = Workspace(root: folder + "/workspace")
    try workspace.prepare(syllabus)
    #expect(!FileManager.default.fileExists(atPath: folder + "/x.swift"))
    #expect(!FileManager.default.fileExists(atPath: "/x.swift"))
    let grader = try GraderTests.grader.get()
    let exercise = try #require(try Catalog.load(directory: lessons).lessons.first?.exercises.first)
    #expect(throws: GradingError.self) {
      try grader.grade(exercise, file: folder + "/anything.swift", seed: 1)
    }
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}

/// Submissions that attack the verdict itself, graded through the real path (`Grader.grade`,
/// on lesson 1's `neuron-output`): each file of `Fixtures/sealed` is named after what it must
/// come to. The learner's program holds only the learner's file and the link; the judge,
/// another process, decides every check, so none of these can turn a wrong answer into a pass.
@Suite struct SealedVerdictTests {
  struct Expectation: CustomTestStringConvertible, Sendable {
    var fixture: String
    var status: Verdict.Status
    /// Text the output must contain (what the submission found).
    var output: String? = nil
    var testDescription: String { fixture }
  }

  static let expectations: [Expectation] = [
    .init(fixture: "interposed_write_still_fails", status: .failed),
    .init(fixture: "interposed_getenv_still_fails", status: .failed),
    .init(
      fixture: "nonce_from_environ_still_fails", status: .failed,
      output: "nonce in environ: absent"),
    .init(
      fixture: "nonce_from_memory_still_fails", status: .failed, output: "nonce in memory: absent"),
    .init(
      fixture: "reads_the_judges_memory_still_fails", status: .failed,
      output: "judge memory: not read"),
    .init(fixture: "prints_fake_records_still_fails", status: .failed),
    .init(fixture: "answers_garbage_on_the_link_still_fails", status: .failed),
    .init(fixture: "import_on_two_lines_does_not_compile", status: .compileError),
    .init(fixture: "import_with_comment_does_not_compile", status: .compileError),
    .init(fixture: "silgen_name_after_string_does_not_link", status: .compileError),
    .init(fixture: "crashes_during_a_check_names_it", status: .crashed),
  ]

  static func fixture(_ name: String) throws -> String {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "swift", subdirectory: "Fixtures/sealed"))
    return try String(contentsOf: url, encoding: .utf8)
  }

  static func grade(_ name: String) throws -> Verdict {
    let file = GraderTests.learnerFile(try fixture(name), name: name + ".swift")
    defer { Workbench.remove((file as NSString).deletingLastPathComponent) }
    return try GraderTests.grader.get().grade(
      try GraderTests.exercise("neuron-output"), file: file, seed: 7)
  }

  @Test func everyFixtureHasAnExpectation() throws {
    let folder = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/sealed")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(6)) }.sorted()
    // The sandbox's routes (`SealedGradingTests`) use the rest of the folder by name.
    let sandboxRoutes = [
      "fills_the_disk", "parks_in_shared_memory", "slow_type_check", "writes_into_another_run",
    ]
    #expect(names == (Self.expectations.map(\.fixture) + sandboxRoutes).sorted())
  }

  @Test(arguments: expectations)
  func aWrongAnswerNeverPasses(_ expected: Expectation) throws {
    let verdict = try Self.grade(expected.fixture)
    #expect(verdict.status == expected.status, "\(verdict.summary)")
    if let output = expected.output {
      #expect(verdict.output.contains(output), "\(verdict.output)")
    }
  }

  /// The reference library is not in the learner's program: the compiler, not a text
  /// policy, refuses it.
  @Test func theReferenceIsNotThereToImport() throws {
    let verdict = try Self.grade("import_on_two_lines_does_not_compile")
    #expect(verdict.diagnostics.contains { $0.message.contains("no such module 'Reference'") })
    let linked = try Self.grade("silgen_name_after_string_does_not_link")
    #expect(linked.summary.contains("undefined reference to"), "\(linked.summary)")
    #expect(linked.summary.contains("$s9Reference4reluyS2dF"), "\(linked.summary)")
  }

  /// The judge fails the check that was running when the learner's program crashed, and no
  /// check after it reports.
  @Test func aCrashNamesTheCheckThatWasRunning() throws {
    let verdict = try Self.grade("crashes_during_a_check_names_it")
    let first = try #require(verdict.checks.first)
    #expect(!first.passed)
    #expect(first.detail.contains("stopped answering while this check was running"))
    #expect(verdict.checks.count == 1 && verdict.missingChecks.count == 3)
    #expect(verdict.trap?.file == "crashes_during_a_check_names_it.swift")
  }
}

import Course
import Foundation
import Testing

@testable import Grading
@testable import Isolation
@testable import LearnerState

@Suite struct WatcherTests {
  let stamp1 = FileStamp(seconds: 100, nanoseconds: 0, size: 10)
  let stamp2 = FileStamp(seconds: 101, nanoseconds: 5, size: 10)

  @Test func startingShowsAndGradesTheFirstExerciseNotPassed() {
    var watcher = Watcher(order: ["a", "b", "c"], passed: ["a"])
    #expect(watcher.current == "b")
    #expect(watcher.handle(.started) == [.show("b"), .grade("b")])
  }

  @Test func aSaveIsGradedAndAnUnchangedFileIsNot() {
    var watcher = Watcher(order: ["a", "b"], passed: [])
    _ = watcher.handle(.started)
    #expect(watcher.handle(.graded(passed: false, stamp: stamp1)) == [])
    #expect(watcher.handle(.polled(stamp1)) == [])
    #expect(watcher.handle(.polled(stamp2)) == [.grade("a")])
    #expect(watcher.handle(.polled(stamp2)) == [])
  }

  @Test func aPassMovesOnToTheNextExerciseNotPassed() {
    var watcher = Watcher(order: ["a", "b", "c"], passed: ["b"])
    _ = watcher.handle(.started)
    #expect(
      watcher.handle(.graded(passed: true, stamp: stamp1))
        == [.celebrate("a"), .show("c"), .gradeIfStarted("c")])
    #expect(watcher.current == "c")
    #expect(watcher.passedCount == 2)
  }

  @Test func afterMovingTheFirstPollIsNotASave() {
    var watcher = Watcher(order: ["a", "b"], passed: [])
    _ = watcher.handle(.started)
    _ = watcher.handle(.graded(passed: true, stamp: stamp1))
    #expect(watcher.handle(.polled(stamp2)) == [])
    #expect(watcher.handle(.polled(stamp1)) == [.grade("b")])
  }

  @Test func passingTheLastExerciseEndsWatching() {
    var watcher = Watcher(order: ["a", "b"], passed: ["a"])
    _ = watcher.handle(.started)
    #expect(
      watcher.handle(.graded(passed: true, stamp: stamp1)) == [.celebrate("b"), .allPassed, .quit])
    #expect(watcher.current == nil)
    #expect(watcher.handle(.polled(stamp2)) == [])
  }

  @Test func watchingAFinishedCourseSaysSoAndQuits() {
    var watcher = Watcher(order: ["a"], passed: ["a"])
    #expect(watcher.handle(.started) == [.allPassed, .quit])
  }

  @Test func aDeletedFileIsReportedOnce() {
    var watcher = Watcher(order: ["a"], passed: [])
    _ = watcher.handle(.graded(passed: false, stamp: stamp1))
    #expect(watcher.handle(.polled(nil)) == [.fileMissing("a")])
    #expect(watcher.handle(.polled(nil)) == [])
    #expect(watcher.handle(.polled(stamp2)) == [.grade("a")])
  }

  @Test(
    arguments: [
      ("h", [Watcher.Action.hint("a")]),
      ("r", [.grade("a")]),
      ("R", [.grade("a")]),
      ("q", [.quit]),
      ("l", [.listHints("a")]),
      ("n", [.show("c"), .gradeIfStarted("c")]),
      ("x", [.showKeys]),
      ("\n", []),
    ] as [(String, [Watcher.Action])])
  func keys(_ key: String, _ actions: [Watcher.Action]) {
    var watcher = Watcher(order: ["a", "b", "c"], passed: ["b"])
    #expect(watcher.handle(.key(Character(key))) == actions)
  }

  @Test func nextWrapsRoundAndStopsAtTheLastExerciseLeft() {
    var watcher = Watcher(order: ["a", "b", "c"], passed: ["b"], start: "c")
    #expect(watcher.handle(.key("n")) == [.show("a"), .gradeIfStarted("a")])
    _ = watcher.handle(.graded(passed: true, stamp: stamp1))
    #expect(watcher.current == "c")
    #expect(watcher.handle(.key("n")) == [.noOtherExercise("c")])
  }

  @Test func aFakeGraderDrivesTheLoopThroughTheCourse() throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    try workspace.prepare(WorkspaceFixtures.syllabus)
    let grader = FakeGrader()
    let syllabus = WorkspaceFixtures.syllabus
    var watcher = Watcher(order: syllabus.exercises.map(\.id), passed: [])
    var log: [String] = []

    /// Runs the actions as `primer watch` does, feeding grades back in.
    func perform(_ actions: [Watcher.Action]) throws {
      for action in actions {
        switch action {
        case .grade(let id):
          let file = workspace.file(for: id)
          let stamp = FileStamp.of(file)
          let verdict = try grader.grade(syllabus.entry(id: id)!.exercise, file: file, seed: nil)
          log.append("grade \(id): \(verdict.status.rawValue)")
          try perform(watcher.handle(.graded(passed: verdict.status == .passed, stamp: stamp)))
        case .gradeIfStarted(let id):
          if workspace.status(of: syllabus.entry(id: id)!, in: Progress()) == .started {
            try perform([.grade(id)])
          }
        case .show(let id): log.append("show \(id)")
        case .celebrate(let id): log.append("passed \(id)")
        case .allPassed: log.append("all passed")
        default: log.append("\(action)")
        }
      }
    }
    func save(_ id: String, _ text: String) throws {
      // A different size, so the stamp changes even within one clock tick.
      WorkspaceFixtures.write(text, to: workspace.file(for: id))
      try perform(watcher.handle(.polled(FileStamp.of(workspace.file(for: id)))))
    }

    try perform(watcher.handle(.started))
    try perform(watcher.handle(.polled(FileStamp.of(workspace.file(for: "neuron")))))
    try save("neuron", "// SOLVED")
    try perform(watcher.handle(.polled(FileStamp.of(workspace.file(for: "relu")))))
    try save("relu", "still wrong")
    // Solved before its turn: graded as soon as watching moves to it.
    WorkspaceFixtures.write("// SOLVED at last", to: workspace.file(for: "softmax"))
    try save("relu", "// SOLVED!")
    #expect(
      log == [
        "show neuron", "grade neuron: failed",
        "grade neuron: passed", "passed neuron", "show relu",
        "grade relu: failed",
        "grade relu: passed", "passed relu", "show softmax",
        "grade softmax: passed", "passed softmax", "all passed", "quit",
      ])
    #expect(grader.gradedFiles.count == 5)
  }
}

/// Passes a file that contains `SOLVED`; fails any other.
final class FakeGrader: ExerciseGrader, @unchecked Sendable {
  private let lock = NSLock()
  private var files: [String] = []

  var gradedFiles: [String] {
    lock.withLock { files }
  }

  func grade(_ exercise: Exercise, file: String, seed: UInt64?) throws(GradingError) -> Verdict {
    lock.withLock { files.append(file) }
    let text = FileManager.default.contents(atPath: file).map {
      String(decoding: $0, as: UTF8.self)
    }
    return (text ?? "").contains("SOLVED")
      ? Verdict(status: .passed, summary: "All 1 checks passed.")
      : Verdict(status: .failed, summary: "1 of 1 checks failed; first: x: wrong")
  }
}

@Suite struct FileStampTests {
  @Test func aSaveChangesTheStampAndAMissingFileHasNone() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let path = folder + "/a.swift"
    #expect(FileStamp.of(path) == nil)
    _ = FileManager.default.createFile(atPath: path, contents: Data("one".utf8))
    let first = try #require(FileStamp.of(path))
    #expect(first.size == 3)
    #expect(FileStamp.of(path) == first)
    // Saved as editors often do: a new file of the same size renamed over the old one.
    let other = folder + "/b.swift"
    _ = FileManager.default.createFile(atPath: other, contents: Data("two".utf8))
    #expect(rename(other, path) == 0)
    #expect(FileStamp.of(path) != first)
  }
}

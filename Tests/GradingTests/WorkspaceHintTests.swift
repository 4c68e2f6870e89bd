import Course
import Foundation
import Testing

@testable import Grading
@testable import LearnerState

@Suite struct WorkspaceHintTests {
  @Test func hintsComeOneMoreEachTimeAndAreRecorded() throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    try workspace.prepare(WorkspaceFixtures.syllabus)
    let neuron = WorkspaceFixtures.entry("neuron").exercise
    #expect(
      try workspace.nextHint(for: neuron)
        == .hint(number: 1, total: 2, markdown: "Hint 1 of neuron.\n"))
    #expect(
      try workspace.nextHint(for: neuron)
        == .hint(number: 2, total: 2, markdown: "Hint 2 of neuron.\n"))
    #expect(try workspace.nextHint(for: neuron) == .noMoreHints(total: 2))
    #expect(try workspace.progressStore.load().exercises["neuron"]?.hintsUsed == 2)
  }

  @Test func anExerciseWithoutHintsSaysSoAndRecordsNothing() throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    try workspace.prepare(WorkspaceFixtures.syllabus)
    #expect(try workspace.nextHint(for: WorkspaceFixtures.entry("relu").exercise) == .noHints)
    #expect(try workspace.progressStore.load().exercises["relu"] == nil)
  }

  @Test func concurrentHintsLoseNoUpdate() async throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    try workspace.prepare(WorkspaceFixtures.syllabus)
    let softmax = WorkspaceFixtures.entry("softmax").exercise
    let numbers = try await withThrowingTaskGroup(of: Int.self) { group in
      for _ in 0..<3 {
        group.addTask {
          guard case .hint(let number, _, _) = try workspace.nextHint(for: softmax) else {
            return 0
          }
          return number
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(numbers.sorted() == [1, 2, 3])
    #expect(try workspace.progressStore.load().exercises["softmax"]?.hintsUsed == 3)
  }

  @Test func theSolutionIsRefusedBeforePassing() throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    try workspace.prepare(WorkspaceFixtures.syllabus)
    let relu = WorkspaceFixtures.entry("relu").exercise
    #expect(throws: WorkspaceError.solutionLocked(exercise: "relu")) {
      try workspace.solution(for: relu, force: false)
    }
    #expect(try workspace.progressStore.load().exercises["relu"] == nil)
  }

  @Test func forcingTheSolutionIsRecordedOnce() throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    try workspace.prepare(WorkspaceFixtures.syllabus)
    let relu = WorkspaceFixtures.entry("relu").exercise
    let first = Date(timeIntervalSince1970: 1_800_000_000)
    #expect(try workspace.solution(for: relu, force: true, at: first) == "let solved = \"relu\"\n")
    _ = try workspace.solution(for: relu, force: true, at: first.addingTimeInterval(60))
    #expect(try workspace.progressStore.load().exercises["relu"]?.solutionForcedAt == first)
  }

  @Test func theSolutionIsShownAfterPassingWithoutForce() throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    try workspace.prepare(WorkspaceFixtures.syllabus)
    try workspace.progressStore.record(
      Verdict(status: .passed, summary: "All 1 checks passed."), for: "relu")
    let relu = WorkspaceFixtures.entry("relu").exercise
    #expect(try workspace.solution(for: relu, force: false) == "let solved = \"relu\"\n")
    #expect(try workspace.progressStore.load().exercises["relu"]?.solutionForcedAt == nil)
  }

  @Test func aCorruptProgressFileIsSetAsideNotReset() throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    try workspace.prepare(WorkspaceFixtures.syllabus)
    WorkspaceFixtures.write("{ not json", to: workspace.progressStore.path)
    let neuron = WorkspaceFixtures.entry("neuron").exercise
    do {
      _ = try workspace.nextHint(for: neuron)
      Issue.record("a corrupt progress file was read")
    } catch {
      guard case .storage(.progressCorrupt(_, let movedTo, _)) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(WorkspaceFixtures.read(movedTo) == "{ not json")
    }
    #expect(
      try workspace.nextHint(for: neuron)
        == .hint(number: 1, total: 2, markdown: "Hint 1 of neuron.\n"))
  }
}

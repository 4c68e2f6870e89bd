import Course
import Foundation
import Testing

@testable import LearnerState

@Suite struct WorkspaceTests {
  @Test func syllabusIsInCourseOrder() {
    #expect(WorkspaceFixtures.syllabus.exercises.map(\.id) == ["neuron", "relu", "softmax"])
    #expect(WorkspaceFixtures.entry("softmax").lessonNumber == 2)
  }

  @Test func startCreatesOneStarterFilePerExerciseAReadmeAndTheStateFolder() throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    #expect(!workspace.exists)
    let preparation = try workspace.prepare(WorkspaceFixtures.syllabus)
    #expect(preparation.createdWorkspace)
    #expect(preparation.created == ["neuron", "relu", "softmax"])
    #expect(workspace.exists)
    #expect(FileManager.default.fileExists(atPath: workspace.readmePath))
    #expect(FileManager.default.fileExists(atPath: workspace.backupsFolder))
    let text = try #require(WorkspaceFixtures.read(workspace.file(for: "softmax")))
    #expect(
      text.hasPrefix("// Exercise `softmax`: Title of softmax\n// Lesson 2: Lesson attention\n"))
    #expect(text.contains("primer run softmax"))
    #expect(text.contains("primer hint softmax"))
    #expect(text.hasSuffix("func softmax() {\n  // TODO\n}\n"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.stateFolder)
    #expect(leftovers.sorted() == ["backups"])
  }

  @Test func startNeverOverwritesALearnerFileAndAddsNewExercises() throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    let firstLesson = Syllabus(
      Catalog(
        directory: "x", lessons: [WorkspaceFixtures.catalog.lessons[0]], diagnostics: []))
    try workspace.prepare(firstLesson)
    WorkspaceFixtures.write("my work", to: workspace.file(for: "neuron"))
    WorkspaceFixtures.write("my notes", to: workspace.readmePath)

    let again = try workspace.prepare(WorkspaceFixtures.syllabus)
    #expect(!again.createdWorkspace)
    #expect(again.created == ["softmax"])
    #expect(again.kept == ["neuron", "relu"])
    #expect(WorkspaceFixtures.read(workspace.file(for: "neuron")) == "my work")
    #expect(WorkspaceFixtures.read(workspace.readmePath) == "my notes")
  }

  @Test func anExerciseWithoutStarterCodeGetsNoFileAndStopsNoOther() throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    let broken = LessonParser.parse(
      "---\nid: broken\ntitle: Broken\norder: 3\nsummary: s\n---\n\n"
        + "```exercise lonely\ntitle: No starter\n```\n", path: "03-broken.md")
    var catalog = WorkspaceFixtures.catalog
    catalog.lessons.append(broken.lesson)
    let preparation = try workspace.prepare(Syllabus(catalog))
    #expect(preparation.created == ["neuron", "relu", "softmax"])
    #expect(preparation.skipped == ["lonely"])
    #expect(!FileManager.default.fileExists(atPath: workspace.file(for: "lonely")))
    #expect(throws: WorkspaceError.missingBlock(exercise: "lonely", kind: "starter")) {
      try workspace.reset(Syllabus(catalog).entry(id: "lonely")!)
    }
  }

  @Test func resetRestoresTheStarterAndBacksUpTheLearnerFile() throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    try workspace.prepare(WorkspaceFixtures.syllabus)
    let path = workspace.file(for: "relu")
    let starter = WorkspaceFixtures.read(path)
    WorkspaceFixtures.write("attempt 1", to: path)
    let date = Date(timeIntervalSince1970: 1_800_000_000)

    let reset = try workspace.reset(WorkspaceFixtures.entry("relu"), at: date)
    #expect(reset.backup == workspace.backupsFolder + "/relu-20270115T080000Z.swift")
    #expect(WorkspaceFixtures.read(reset.backup!) == "attempt 1")
    #expect(WorkspaceFixtures.read(path) == starter)

    WorkspaceFixtures.write("attempt 2", to: path)
    let second = try workspace.reset(WorkspaceFixtures.entry("relu"), at: date)
    #expect(second.backup == workspace.backupsFolder + "/relu-20270115T080000Z-2.swift")
    #expect(WorkspaceFixtures.read(second.backup!) == "attempt 2")
  }

  @Test func resettingAnUntouchedOrMissingFileKeepsNoBackup() throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    try workspace.prepare(WorkspaceFixtures.syllabus)
    #expect(try workspace.reset(WorkspaceFixtures.entry("relu")).backup == nil)
    try FileManager.default.removeItem(atPath: workspace.file(for: "relu"))
    #expect(try workspace.reset(WorkspaceFixtures.entry("relu")).backup == nil)
    #expect(FileManager.default.fileExists(atPath: workspace.file(for: "relu")))
  }

  @Test func statusFollowsTheFileAndTheProgress() throws {
    let workspace = WorkspaceFixtures.workspace()
    defer { WorkspaceFixtures.remove(workspace) }
    try workspace.prepare(WorkspaceFixtures.syllabus)
    let entry = WorkspaceFixtures.entry("neuron")
    var progress = Progress()
    #expect(workspace.status(of: entry, in: progress) == .notStarted)
    WorkspaceFixtures.write("edited", to: workspace.file(for: "neuron"))
    #expect(workspace.status(of: entry, in: progress) == .started)
    progress.exercises["neuron", default: .init()].attempts = 1
    #expect(workspace.status(of: entry, in: progress) == .failed)
    progress.exercises["neuron"]!.passed = true
    #expect(workspace.status(of: entry, in: progress) == .passed)
    #expect(
      Workspace.Status.allCases.map(\.rawValue) == ["not started", "started", "failed", "passed"])
  }

  @Test(arguments: [
    ("softmax", "softmax"), ("soft", "softmax"), ("RELU", "relu"),
  ])
  func exercisesAreFoundByIDOrUniquePrefix(_ name: String, _ id: String) throws {
    #expect(try WorkspaceFixtures.syllabus.exercise(named: name).id == id)
  }

  @Test func anUnknownExerciseSuggestsTheClosestIDs() {
    #expect(throws: WorkspaceError.unknownExercise(name: "softmx", suggestions: ["softmax"])) {
      try WorkspaceFixtures.syllabus.exercise(named: "softmx")
    }
    #expect(
      WorkspaceError.unknownExercise(name: "softmx", suggestions: ["softmax"]).description
        == "No exercise is called 'softmx'. Did you mean `softmax`? `primer list` shows every exercise."
    )
  }

  @Test func locationComesFromTheOptionThenTheEnvironment() {
    #expect(Workspace.locate(explicit: "/a", environment: ["PRIMER_WORKSPACE": "/b"]) == "/a")
    #expect(Workspace.locate(explicit: nil, environment: ["PRIMER_WORKSPACE": "/b"]) == "/b")
    #expect(Workspace.locate(explicit: nil, environment: [:]) == "workspace")
  }
}

@Suite struct UnknownExerciseTests {
  @Test func aNameCloseToNothingSuggestsNothing() {
    let error = WorkspaceError.unknownExercise(name: "quantum-chromodynamics", suggestions: [])
    #expect(
      error.description
        == "No exercise is called 'quantum-chromodynamics'. `primer list` shows every exercise.")
  }
}

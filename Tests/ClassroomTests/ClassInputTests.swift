import Course
import Foundation
import Testing

@testable import Classroom

/// Input `primer grade` cannot use gets an error that says what to do, and nothing already
/// written is lost. None of these grade anything.
@Suite struct ClassInputTests {
  @Test func aMissingFolderOrAFileIsNotAClass() throws {
    let folder = ClassFixture.scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try ClassFixture.write("x", to: folder + "/file")
    for path in [folder + "/nothing", folder + "/file"] {
      #expect(throws: ClassroomError.notAFolder(path: path)) {
        try ClassFolder.open(path, syllabus: try ClassFixture.syllabus(), output: nil)
      }
    }
    #expect(
      ClassroomError.notAFolder(path: "class").description
        == "`class` is not a folder. Give the class folder: one folder per student, each "
        + "holding the student's EXERCISE.swift files or a workspace/ folder.")
  }

  @Test func anEmptyClassSaysWhatAClassFolderHolds() throws {
    let folder = ClassFixture.scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try ClassFixture.write("x", to: folder + "/.hidden/file")
    #expect(throws: ClassroomError.emptyClass(path: folder, exerciseFiles: [])) {
      try ClassFolder.open(folder, syllabus: try ClassFixture.syllabus(), output: nil)
    }
    try ClassFixture.write("x", to: folder + "/neuron-output.swift")
    let error = #expect(throws: ClassroomError.self) {
      try ClassFolder.open(folder, syllabus: try ClassFixture.syllabus(), output: nil)
    }
    #expect(error == .emptyClass(path: folder, exerciseFiles: ["neuron-output.swift"]))
    #expect(error?.description.contains("it looks like one learner's workspace") == true)
  }

  @Test func theOutputFolderIsNeverTakenForAStudent() throws {
    let folder = ClassFixture.scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try ClassFixture.write("x", to: folder + "/alice/neuron-output.swift")
    try ClassFixture.write("x", to: folder + "/grades/gradebook.csv")
    let opened = try ClassFolder.open(
      folder, syllabus: try ClassFixture.syllabus(), output: folder + "/grades")
    #expect(opened.students.map(\.name) == ["alice"])
    #expect(throws: ClassroomError.outputInsideClass(output: folder, classFolder: folder)) {
      try ClassFolder.open(folder, syllabus: try ClassFixture.syllabus(), output: folder)
    }
    let inStudent = folder + "/alice/grades/new"
    #expect(throws: ClassroomError.outputInsideClass(output: inStudent, classFolder: folder)) {
      try ClassFolder.open(folder, syllabus: try ClassFixture.syllabus(), output: inStudent)
    }
  }

  @Test func strayFilesAreListedWithTheNameTheyProbablyMeant() throws {
    let folder = ClassFixture.scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try ClassFixture.write("x", to: folder + "/ann/neuron-outptu.swift")
    try ClassFixture.write("x", to: folder + "/ann/old/neuron-output.swift")
    try ClassFixture.write("x", to: folder + "/ann/.DS_Store")
    try ClassFixture.write("x", to: folder + "/ann/README.md")
    try ClassFixture.write("x", to: folder + "/ben/workspace/sigmoid.swift")
    try ClassFixture.write("x", to: folder + "/ben/neuron-output.swift")
    try ClassFixture.write("x", to: folder + "/ben/Package.swift")
    try FileManager.default.createDirectory(
      atPath: folder + "/cy", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/cy/workspace", withDestinationPath: "../ben/workspace")
    let opened = try ClassFolder.open(folder, syllabus: try ClassFixture.syllabus(), output: nil)
    #expect(
      opened.students.map { $0.unreadable ?? "" } == [
        "", "", "workspace is a symbolic link; the repository must hold the folder itself",
      ])
    #expect(
      opened.students.flatMap(\.strayFiles).map(\.message) == [
        "ann/neuron-outptu.swift is not an exercise's file, so it was not graded: rename it to "
          + "neuron-output.swift if it is that exercise.",
        "ann/old is a folder; exercise files are graded only at the top of a workspace.",
        "ben/neuron-output.swift is outside the workspace/ folder, so it was not graded: move it "
          + "to ben/workspace/neuron-output.swift if it is meant to be.",
      ])
    #expect(opened.students.map(\.workspace) == ["ann", "ben/workspace", "cy/workspace"])
  }

  /// A folder, a FIFO (which would block a plain `open`), a symbolic link (which could show a
  /// file of the grading machine in compile errors) or a huge file in place of a submission:
  /// each is `unreadable` with the reason, and the others are graded.
  @Test func whatIsNotASubmissionFileIsUnreadableAndTheOthersAreGraded() throws {
    let folder = ClassFixture.scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = "neuron-output.swift"
    try FileManager.default.createDirectory(
      atPath: "\(folder)/class/ann/\(file)", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: folder + "/class/ben", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: folder + "/class/cy", withIntermediateDirectories: true)
    #expect(mkfifo("\(folder)/class/cy/\(file)", 0o644) == 0)
    try ClassFixture.write("secret\n", to: folder + "/secret")
    try ClassFixture.write("", to: folder + "/class/di/README.md")
    try FileManager.default.createSymbolicLink(
      atPath: "\(folder)/class/di/\(file)", withDestinationPath: folder + "/secret")
    try ClassFixture.write(
      Data(repeating: 0x20, count: (1 << 20) + 1), to: "\(folder)/class/ed/\(file)")
    let report = try ClassFixture.grade(folder + "/class", into: folder + "/out", shard: nil)
    #expect(
      report.gradebook.entries.map(\.entry.status) == [
        .unreadable, .missing, .unreadable, .unreadable, .unreadable,
      ])
    #expect(
      report.gradebook.entries.map { $0.entry.note ?? "" } == [
        "The file could not be read: not a regular file.",
        "There is no file.",
        "The file could not be read: not a regular file.",
        "The file could not be read: it is a symbolic link; submit the file itself.",
        "The file could not be read: it is 1048577 bytes, more than a submission's 1 MiB.",
      ])
    #expect(report.graded == 0)
  }

  @Test func aSecondRunIntoTheSameFolderWaits() throws {
    let folder = ClassFixture.scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = try GradebookFolder(folder)
    #expect(throws: ClassroomError.outputBusy(path: folder)) { try GradebookFolder(folder) }
    _ = first
  }

  @Test(arguments: ["1", "2/2", "-1/2", "a/b", "0/0", "1/2/3"])
  func shardsAreIOfN(text: String) {
    #expect(throws: ClassroomError.invalidShard(text: text)) { try Shard(parsing: text) }
  }

  @Test func shardsSplitTheSortedClassByIndexModuloCount() throws {
    let shard = try Shard(parsing: "1/3")
    #expect((0..<8).filter(shard.includes) == [1, 4, 7])
  }

  @Test func defaultSeedsAreFixedPerStudentAndExercise() {
    let seeds = ["a", "b", "c"].map { ClassGrading.seed(student: $0, exercise: "softmax") }
    #expect(Set(seeds).count == 3)
    #expect(seeds.allSatisfy { (1...999_999).contains($0) })
    #expect(ClassGrading.seed(student: "a", exercise: "softmax") == seeds[0])
  }
}

/// Merging checks that the shards make one class, and writes nothing when they do not.
@Suite struct GradebookMergeTests {
  static func shard(_ index: Int, of count: Int, students: [String], seed: UInt64? = nil)
    -> Gradebook
  {
    Gradebook(
      exercises: ["neuron-output"], seed: seed, shard: Shard(index: index, count: count),
      classSize: 3,
      students: students.map {
        StudentGrades(name: $0, workspace: $0, entries: [], strayFiles: [])
      }, strayFiles: [])
  }

  @Test func mergedStudentsAreSortedAsAWholeRunSortsThem() throws {
    let merged = try Gradebook.merge([
      ("b", Self.shard(1, of: 2, students: ["b"])),
      ("a", Self.shard(0, of: 2, students: ["a", "c"])),
    ])
    #expect(merged.students.map(\.name) == ["a", "b", "c"])
    #expect(merged.shard == nil)
  }

  @Test func shardsThatDoNotMakeOneClassAreRefused() {
    #expect(throws: ClassroomError.shardsMissing(indices: [1], count: 2)) {
      try Gradebook.merge([("a", Self.shard(0, of: 2, students: ["a", "c"]))])
    }
    #expect(throws: ClassroomError.duplicateShard(index: 0, count: 2, paths: ["a", "b"])) {
      try Gradebook.merge([
        ("a", Self.shard(0, of: 2, students: ["a"])), ("b", Self.shard(0, of: 2, students: ["c"])),
      ])
    }
    #expect(
      throws: ClassroomError.shardsDisagree(
        path: "b", field: "seed", expected: "(one per submission)", found: "7")
    ) {
      try Gradebook.merge([
        ("a", Self.shard(0, of: 2, students: ["a", "c"])),
        ("b", Self.shard(1, of: 2, students: ["b"], seed: 7)),
      ])
    }
    #expect(throws: ClassroomError.studentInTwoShards(student: "a", paths: ["a", "b"])) {
      try Gradebook.merge([
        ("a", Self.shard(0, of: 2, students: ["a", "c"])),
        ("b", Self.shard(1, of: 2, students: ["a"])),
      ])
    }
    #expect(throws: ClassroomError.studentsMissing(found: 2, expected: 3)) {
      try Gradebook.merge([
        ("a", Self.shard(0, of: 2, students: ["a"])), ("b", Self.shard(1, of: 2, students: ["b"])),
      ])
    }
  }

  @Test func aFailedMergeLeavesTheOutputFolderAsItWas() throws {
    let folder = ClassFixture.scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try ClassFixture.write("earlier\n", to: folder + "/out/gradebook.csv")
    try FileManager.default.createDirectory(
      atPath: folder + "/not-a-shard", withIntermediateDirectories: true)
    #expect(
      throws: ClassroomError.notAShard(
        path: folder + "/not-a-shard", reason: "it has no gradebook.json")
    ) {
      try GradebookFolder(folder + "/out").merge([folder + "/not-a-shard"])
    }
    #expect(
      try String(contentsOfFile: folder + "/out/gradebook.csv", encoding: .utf8) == "earlier\n")
    #expect(throws: ClassroomError.outputIsInput(path: folder + "/out")) {
      try GradebookFolder(folder + "/out").merge([folder + "/out"])
    }
  }
}

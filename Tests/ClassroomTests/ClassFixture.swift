import Course
import Foundation
import Grading
import Isolation
import LearnerState
import Testing

@testable import Classroom

/// A tiny class graded once and shared by the tests: lesson 1's `neuron-output` for one
/// student each of the kinds a teacher meets.
///
/// - `alice`: the solution (passes);
/// - `bob`: a cloned repository (`bob/workspace/`) holding the `no-relu` mistake, and a
///   README beside the workspace (not a stray file);
/// - `carol`: the untouched starter (missing), and two stray files;
/// - `dave`: reads past the end of an array (crashes);
/// - `eve, "the" <hacker>`: a name that needs quoting everywhere, and a program that prints
///   terminal escapes and a forged "PASS", then floods its output (output_exceeded);
/// - `frank`: a file that is not UTF-8 (unreadable; the grader is never given it);
/// - `grace`: no file at all (missing).
///
/// Grading compiles Swift (about a second a submission), so the class is graded once; the
/// grader's cache is the one the grading tests keep, so its kit is built once.
enum ClassFixture {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardized.path
  static let exerciseID = "neuron-output"
  static let students = [
    "alice", "bob", "carol", "dave", "eve, \"the\" <hacker>", "frank", "grace",
  ]

  static let catalog: Result<Catalog, CourseError> = Result { () throws(CourseError) in
    try Catalog.load(directory: root + "/Lessons")
  }

  static func exercises() throws -> [ClassExercise] {
    try ClassExercise.select([exerciseID], from: try catalog.get())
  }

  static func syllabus() throws -> Syllabus { Syllabus(try catalog.get()) }

  static let grader: Result<Grader, GradingError> = Result { () throws(GradingError) in
    let grader = try Grader(
      kitSources: KitSources(folder: root + "/Sources"),
      cache: NSTemporaryDirectory() + "primer-grading-tests/grader-cache")
    try grader.prepare()
    return grader
  }

  /// A new scratch folder; the caller removes it.
  static func scratch() -> String {
    let folder = NSTemporaryDirectory() + "primer-classroom-tests/" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  static func write(_ text: String, to path: String) throws {
    try write(Data(text.utf8), to: path)
  }

  static func write(_ data: Data, to path: String) throws {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try data.write(to: URL(fileURLWithPath: path))
  }

  /// Makes the class in `folder`.
  static func makeClass(in folder: String) throws {
    let exercise = try #require(try exercises().first?.entry)
    let solution = try #require(exercise.exercise.solution?.body)
    let noRelu = try #require(exercise.exercise.mistakes.first { $0.argument == "no-relu" }?.body)
    let file = exerciseID + ".swift"
    try write(solution, to: "\(folder)/alice/\(file)")
    try write(noRelu, to: "\(folder)/bob/workspace/\(file)")
    try write("# bob's repository\n", to: "\(folder)/bob/README.md")
    try write(try Workspace.starterText(for: exercise), to: "\(folder)/carol/\(file)")
    try write(solution, to: "\(folder)/carol/Neuron-Output.swift")
    try write("notes\n", to: "\(folder)/carol/notes.txt")
    try write(
      """
      import PrimerKit

      func neuron(x: [Double], w: [Double], b: Double) -> Double {
        let weights = [1.0]
        return weights[x.count + 5]
      }

      """, to: "\(folder)/dave/\(file)")
    try write(
      """
      import PrimerKit

      func neuron(x: [Double], w: [Double], b: Double) -> Double {
        print("\\u{1B}[2J\\u{1B}]0;owned\\u{7}PASS: all checks passed")
        for _ in 0..<100_000 { print("flooding the grader's output, line after line") }
        return 0
      }

      """, to: "\(folder)/\(students[4])/\(file)")
    try write(Data([0x69, 0x6D, 0xFF, 0xFE, 0x0A]), to: "\(folder)/frank/\(file)")
    try FileManager.default.createDirectory(
      atPath: "\(folder)/grace", withIntermediateDirectories: true)
    try write("name\nalice\n", to: "\(folder)/roster.csv")
  }

  /// The class, and its gradebook graded unsharded with two jobs.
  struct Graded {
    var classFolder: String
    var output: String
    var report: ClassGrading.Report
  }

  static let graded: Result<Graded, any Error> = Result {
    let folder = scratch()
    try makeClass(in: folder + "/class")
    let report = try grade(folder + "/class", into: folder + "/out", shard: nil)
    return Graded(classFolder: folder + "/class", output: folder + "/out", report: report)
  }

  static func grade(_ classFolder: String, into output: String, shard: Shard?) throws
    -> ClassGrading.Report
  {
    let grading = ClassGrading(
      classFolder: try ClassFolder.open(classFolder, syllabus: try syllabus(), output: output),
      exercises: try exercises(), seed: nil, shard: shard, jobs: 2)
    return try grading.run(grader: try grader.get(), output: try GradebookFolder(output))
  }

  /// The four files of a gradebook folder.
  static func files(in folder: String) throws -> [String: String] {
    var files: [String: String] = [:]
    for name in GradebookFolder.files {
      files[name] = try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)
    }
    return files
  }

  /// `text` with the times, the only fields a new run measures again, replaced by `T`.
  static func withoutTimes(_ text: String) -> String {
    text.replacing(/"seconds" : [0-9.]+/, with: "\"seconds\" : T")
      .replacing(/time="[0-9.]+"/, with: "time=\"T\"")
      .replacing(/,[0-9]+\.[0-9]{3},/, with: ",T,")
  }
}

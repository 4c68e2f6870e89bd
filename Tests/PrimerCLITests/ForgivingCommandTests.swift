import Foundation
import Testing

/// Mistakes on the command line are met with a suggestion, in one error style (`error: …` on
/// standard error) and with the status of the one table in README.md.
@Suite struct ForgivingCommandTests {
  let lessons = PrimerProcess.lessons

  @Test func aMisspeltCommandIsSuggested() throws {
    let result = try PrimerProcess.run(["raed", "1", "--lessons", lessons])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "error: 'raed' is not a primer command. Did you mean `primer read`? "
        + "`primer --help` lists every command.\n")
  }

  @Test(arguments: [
    ("nueral", "neural-networks"), ("atention", "attention"), ("tiny gtp", "tiny-gpt"),
  ])
  func aMisspeltLessonIsSuggested(_ typed: String, _ meant: String) throws {
    let result = try PrimerProcess.run(["read", typed, "--no-run", "--lessons", lessons])
    #expect(result.status == 2)
    #expect(
      result.stderr.hasPrefix("error: No lesson is called '\(typed)'. Did you mean `\(meant)`?"))
  }

  @Test func aLessonNumberTheCourseHasNotListsTheLessons() throws {
    let result = try PrimerProcess.run(["read", "99", "--lessons", lessons])
    #expect(result.status == 2)
    #expect(
      result.stderr.hasPrefix("error: No lesson is called '99'. Lessons: 1 neural-networks, "),
      "\(result.stderr)")
  }

  @Test func aMisspeltExercisePrefixIsSuggested() throws {
    let course = try LoopCommandTests.Course(exercises: [
      (1, "softmax-stable", 0), (1, "softmax-backward", 0), (1, "relu", 0),
    ])
    defer { course.remove() }
    let result = try course.run(["hint", "softmx"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "error: No exercise is called 'softmx'. Did you mean `softmax-stable` or `softmax-backward`?"
      ))
  }

  @Test func startWithAWrongNameSaysOnlyThat() throws {
    let course = try LoopCommandTests.Course()
    defer { course.remove() }
    let result = try course.run(["start", "nope"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty, "\(result.stdout)")
    #expect(result.stderr.contains("error: No exercise is called 'nope'."))
  }

  /// A typo in an exercise's name is only an error: no workspace is made for it.
  @Test(arguments: ["start", "run", "hint", "reset", "solution", "watch"])
  func aWrongExerciseNameCreatesNoWorkspace(_ command: String) throws {
    let course = try LoopCommandTests.Course()
    defer { course.remove() }
    let result = try course.run([command, "nuerons"])
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("error: No exercise is called 'nuerons'."), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: course.workspace))
  }

  @Test(arguments: [["list", "--bogus"], ["run"], ["read", "1", "--no-run", "--width", "3"]])
  func aBadCommandLineIsOneStyleAndStatusTwo(_ arguments: [String]) throws {
    let result = try PrimerProcess.run(arguments + ["--lessons", lessons])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
    #expect(!result.stderr.contains("Error:"))
  }

  @Test func aMissingLessonsFolderIsStatusThree() throws {
    let result = try PrimerProcess.run(["list", "--lessons", "/nonexistent"])
    #expect(result.status == 3)
    #expect(result.stderr.hasPrefix("error: No lessons folder found"))
  }

  @Test func versionIsPrinted() throws {
    let result = try PrimerProcess.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: ".").count == 3, "\(result.stdout)")
  }

  @Test func exportWithoutAWorkspaceSaysSo() throws {
    let folder = try PrimerProcess.lessonFolder([:])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PrimerProcess.run(
      ["export", "--html", folder.appendingPathComponent("site").path, "1", "--lessons", lessons],
      environment: ["PRIMER_WORKSPACE": ""], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("there is no workspace in workspace/"))
  }
}

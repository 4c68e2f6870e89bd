import Foundation
import Testing

@Suite struct CommandTests {
  let lessons = PrimerProcess.lessons

  @Test func primerAloneShowsTheCourseAndWhatToDoNext() throws {
    let result = try PrimerProcess.run(["--lessons", lessons])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Neural networks"))
    #expect(result.stdout.contains("primer read"))
  }

  @Test func helpListsEveryCommand() throws {
    let result = try PrimerProcess.run(["--help"])
    #expect(result.status == 0)
    for command in ["list", "read", "lint"] { #expect(result.stdout.contains(command)) }
  }

  @Test(arguments: ["list", "read", "lint"])
  func everyCommandHasHelp(_ command: String) throws {
    let result = try PrimerProcess.run([command, "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE"))
  }

  @Test func listAsJSONDescribesEveryLesson() throws {
    let result = try PrimerProcess.run(["list", "--json", "--lessons", lessons])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let entries = try #require(object?["lessons"] as? [[String: Any]])
    #expect(entries.first?["id"] as? String == "neural-networks")
    #expect(entries.first?["number"] as? Int == 1)
    #expect(entries.allSatisfy { $0["exercises"] is [Any] })
  }

  @Test func listAsTextShowsNumberIDAndTitle() throws {
    let result = try PrimerProcess.run(["list", "--lessons", lessons])
    #expect(result.stdout.contains("1  neural-networks"))
  }

  @Test(arguments: ["neural-networks", "1", "neur"])
  func readFindsALessonByIDNumberOrPrefix(_ name: String) throws {
    let result = try PrimerProcess.run(["read", name, "--no-run", "--lessons", lessons])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Neural networks"))
  }

  @Test func readIntoAPipeIsPlainTextWithoutMarkdownOrEscapes() throws {
    let result = try PrimerProcess.run(["read", "1", "--no-run", "--width", "72", "--lessons", lessons])
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stdout.contains("**"))
    #expect(!result.stdout.contains("```"))
    #expect(!result.stdout.contains("$$"))
  }

  /// An error message quotes what it was given through `TerminalText.escape`, as all output is.
  @Test func anErrorShowsControlCharactersVisibly() throws {
    let result = try PrimerProcess.run(["read", "\u{1B}[2Jx\u{202E}", "--lessons", lessons])
    #expect(result.status != 0)
    #expect(result.stderr.contains("No lesson is called '␛[2Jx\\u{202E}'"))
    #expect(!result.stderr.contains("\u{1B}"))
  }

  @Test func readAnUnknownLessonListsTheValidNames() throws {
    let result = try PrimerProcess.run(["read", "quantum", "--lessons", lessons])
    #expect(result.status != 0)
    #expect(result.stderr.contains("No lesson is called 'quantum'"))
    #expect(result.stderr.contains("neural-networks"))
    #expect(result.stdout.isEmpty)
  }

  @Test func readRejectsAnAbsurdWidth() throws {
    let result = try PrimerProcess.run(["read", "1", "--no-run", "--width", "3", "--lessons", lessons])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--width must be between 20 and 1000"))
  }

  @Test func aMissingLessonsFolderSaysWhereItLookedAndWhatToDo() throws {
    let result = try PrimerProcess.run(["list", "--lessons", "/nonexistent"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("No lessons folder found (looked in: /nonexistent)"))
    #expect(result.stderr.contains("--lessons DIR"))
  }

  @Test func theCourseLintsClean() throws {
    let result = try PrimerProcess.run(["lint", lessons])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.isEmpty)
  }

  @Test func lintReportsEveryProblemAsFileLineColumn() throws {
    let folder = try PrimerProcess.lessonFolder([
      "01-bad.md":
        "---\nid: bad\ntitle: Bad\norder: 1\nsummary: s\n---\n# Bad\n\n```plott\n```\n\nwhere $\\alpha is\n"
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PrimerProcess.run(["lint", folder.path])
    #expect(result.status == 1)
    let path = folder.appendingPathComponent("01-bad.md").path
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("\(path):9:1: error: unknown block kind `plott`") == true)
    #expect(lines.last?.hasPrefix("\(path):12:7: error: inline math `$` is never closed") == true)
    #expect(result.stderr.contains("2 problems (2 errors) in 1 file."))
  }
}

@Suite struct InstalledCommandTests {
  /// `primer` run through a link on `$PATH` from another folder, as after the README's install
  /// step: it finds the checkout's lessons from where the executable really is.
  @Test func primerOnThePathFindsItsLessonsFromAnyFolder() throws {
    let bin = try PrimerProcess.linkedFromNewFolder()
    defer { try? FileManager.default.removeItem(at: bin) }
    let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    let result = try PrimerProcess.runCommand(
      [
        "/usr/bin/env", "-u", "PRIMER_LESSONS", "PATH=\(path)", "primer", "read", "1", "--no-run", "--no-pager",
      ],
      directory: FileManager.default.temporaryDirectory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Neural networks"))
  }
}

@Suite struct GPTCommandTests {
  /// `primer gpt`'s help, its errors and its exit status, also through a link on `$PATH`.
  @Test func primerGPTAnswersItsHelpAndErrors() throws {
    let help = try PrimerProcess.run(["gpt", "--help"])
    #expect(help.status == 0, "\(help.stderr)")
    #expect(help.stdout.contains("USAGE: primer gpt <subcommand>"))
    #expect(help.stdout.contains("train"))
    let topic = try PrimerProcess.run(["help", "gpt", "sample"])
    #expect(topic.stdout.contains("USAGE: primer gpt sample"), "\(topic.stdout)")

    let bin = try PrimerProcess.linkedFromNewFolder()
    defer { try? FileManager.default.removeItem(at: bin) }
    let missing = bin.appendingPathComponent("missing.ckpt").path
    let sample = try PrimerProcess.runCommand(
      [bin.appendingPathComponent("primer").path, "gpt", "sample", "--checkpoint", missing])
    #expect(sample.status == 1)
    #expect(
      sample.stderr.hasPrefix("error: primer gpt sample: Could not read \(missing)"),
      "\(sample.stderr)")
    let invalid = try PrimerProcess.run(["gpt", "sample", "--length=-1"])
    #expect(invalid.status == 2)
    #expect(invalid.stderr.contains("--length must be 0 or more"))
  }
}

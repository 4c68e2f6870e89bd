import Foundation
import Testing

/// `primer grade` as a teacher runs it: exit statuses, messages, and what it writes.
@Suite struct GradeCommandTests {
  static func scratch() throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("primer-grade-cli-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  static func grade(_ arguments: [String]) throws -> PrimerProcess.Output {
    try PrimerProcess.run(
      ["grade"] + arguments, environment: ["PRIMER_LESSONS": PrimerProcess.lessons])
  }

  @Test func inputItCannotUseExitsWithStatus2AndWritesNothing() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(
      atPath: folder + "/empty", withIntermediateDirectories: true)
    let cases: [([String], String)] = [
      ([folder + "/nothing", "--out", folder + "/out"], "is not a folder"),
      ([folder + "/empty", "--out", folder + "/out"], "holds no student folders"),
      ([folder + "/empty", "--out", folder + "/out", "--shard", "4/4"], "is not a shard"),
      (["--merge", folder + "/empty", "--out", folder + "/out"], "is not a shard's output"),
      (
        [folder + "/empty", "--out", folder + "/out", "sofmax-stable"],
        "Did you mean `softmax-stable`"
      ),
    ]
    for (arguments, message) in cases {
      let result = try Self.grade(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
      #expect(result.stderr.contains(message), "\(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: folder + "/out/gradebook.csv"))
    }
  }

  /// A class whose only file is the untouched starter: the grader is prepared, nothing is
  /// compiled, and the gradebook says `missing`; no progress bar off a terminal.
  @Test func aGradedClassExitsWithStatus0() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let workspace = folder + "/class/ann"
    let started = try PrimerProcess.run(
      ["start", "--workspace", workspace], environment: ["PRIMER_LESSONS": PrimerProcess.lessons])
    #expect(started.status == 0)
    try FileManager.default.removeItem(atPath: workspace + "/.primer")
    let result = try Self.grade([folder + "/class", "--out", folder + "/out", "neuron-output"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "1 student × 1 exercise: 0 graded, 0 unchanged since the last run, 1 missing, of 1. "
        + "Wrote gradebook.csv, gradebook.json, junit.xml and summary.md in \(folder)/out.\n")
    #expect(!result.stderr.contains("\r"))
    let csv = try String(contentsOfFile: folder + "/out/gradebook.csv", encoding: .utf8)
    #expect(csv.hasSuffix("\nann,neuron-output,missing,0,4,,,\n"))
  }
}

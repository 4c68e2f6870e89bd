import Course
import Foundation
import Testing

@testable import Classroom

@Suite struct ClassGradingTests {
  @Test func theGradebookHoldsEachStudentsVerdict() throws {
    let graded = try ClassFixture.graded.get()
    let rows = try String(contentsOfFile: graded.output + "/gradebook.csv", encoding: .utf8)
      .split(separator: "\n").map { line in
        // Without the measured seconds and the drawn seed.
        line.split(separator: ",", omittingEmptySubsequences: false).dropLast(2)
          .joined(separator: ",")
      }
    #expect(
      rows == [
        "student,exercise,status,checks_passed,checks_total,mistake",
        "alice,neuron-output,passed,4,4,",
        "bob,neuron-output,failed,1,4,no-relu",
        "carol,neuron-output,missing,0,4,",
        "dave,neuron-output,crashed,0,4,",
        "\"eve, \"\"the\"\" <hacker>\",neuron-output,output_exceeded,0,4,",
        "frank,neuron-output,unreadable,0,4,",
        "grace,neuron-output,missing,0,4,",
      ])
    #expect(graded.report.graded == 4 && graded.report.reused == 0)
    let book = graded.report.gradebook
    let entries = Dictionary(uniqueKeysWithValues: book.entries.map { ($0.student, $0.entry) })
    #expect(entries["bob"]?.file == "bob/workspace/neuron-output.swift")
    #expect(entries["carol"]?.note == "The file holds the starter code.")
    #expect(entries["grace"]?.note == "There is no file.")
    #expect(entries["frank"]?.note == "The file is not UTF-8 text; save it as UTF-8.")
    #expect(entries["dave"]?.verdict?.summary.contains("neuron-output.swift:5:") == true)
    #expect(
      book.students.first { $0.name == "carol" }?.strayFiles.map(\.path)
        == ["carol/Neuron-Output.swift", "carol/notes.txt"])
    #expect(book.strayFiles.map(\.path) == ["roster.csv"])
    let summary = try String(contentsOfFile: graded.output + "/summary.md", encoding: .utf8)
    #expect(summary.contains("| neuron-output | 1 | 4 | 2 | 14% |"))
    #expect(summary.contains("| neuron-output | `no-relu` | 1 |"))
    #expect(
      summary.contains("- frank, neuron-output: The file is not UTF-8 text; save it as UTF-8."))
    #expect(
      summary.contains(
        "- carol/Neuron-Output.swift is not an exercise's file, so it was not graded: rename it "
          + "to neuron-output.swift if it is that exercise."))
  }

  /// The verdict in the gradebook is the one `primer run --file FILE --seed SEED` gives: the
  /// same grader entry point, the same seed.
  @Test func eachVerdictIsTheOnePrimerRunGives() throws {
    let graded = try ClassFixture.graded.get()
    let exercise = try #require(try ClassFixture.exercises().first)
    for (student, entry) in graded.report.gradebook.entries where entry.verdict != nil {
      guard student == "alice" || student == "bob" else { continue }
      var direct = try ClassFixture.grader.get().grade(
        exercise.entry.exercise, file: graded.classFolder + "/" + entry.file, seed: entry.seed,
        lessonFile: exercise.lessonFile)
      var recorded = try #require(entry.verdict)
      direct.seconds = 0
      recorded.seconds = 0
      let encoder = JSONEncoder()
      encoder.outputFormatting = .sortedKeys
      #expect(try encoder.encode(direct) == encoder.encode(recorded), "\(student)")
    }
  }

  /// Shards graded on their own and merged give the unsharded run's files but for the times,
  /// which the merge keeps as each shard measured them. Shards that reuse the unsharded run's
  /// records (the same verdicts, the same times) merge into exactly its bytes.
  @Test func shardsMergedEqualTheUnshardedRun() throws {
    let graded = try ClassFixture.graded.get()
    let whole = try ClassFixture.files(in: graded.output)
    let folder = ClassFixture.scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }

    var shardSeconds: [String: Double] = [:]
    for index in 0..<3 {
      let report = try ClassFixture.grade(
        graded.classFolder, into: "\(folder)/fresh-\(index)", shard: Shard(index: index, count: 3))
      #expect(
        report.gradebook.students.map(\.name)
          == ClassFixture.students.enumerated()
          .filter { $0.offset % 3 == index }.map(\.element))
      for (student, entry) in report.gradebook.entries { shardSeconds[student] = entry.seconds }
    }
    let merged = try GradebookFolder(folder + "/merged").merge(
      (0..<3).reversed().map { "\(folder)/fresh-\($0)" })
    #expect(
      Dictionary(uniqueKeysWithValues: merged.entries.map { ($0.student, $0.entry.seconds) })
        == shardSeconds)
    let mergedFiles = try ClassFixture.files(in: folder + "/merged")
    for name in GradebookFolder.files {
      #expect(
        ClassFixture.withoutTimes(mergedFiles[name] ?? "")
          == ClassFixture.withoutTimes(whole[name] ?? ""), "\(name)")
    }

    for index in 0..<3 {
      try FileManager.default.copyItem(
        atPath: graded.output + "/verdicts", toPath: "\(folder)/resumed-\(index)/verdicts")
      let report = try ClassFixture.grade(
        graded.classFolder, into: "\(folder)/resumed-\(index)",
        shard: Shard(index: index, count: 3))
      #expect(report.graded == 0)
    }
    _ = try GradebookFolder(folder + "/merged-resumed").merge(
      (0..<3).map { "\(folder)/resumed-\($0)" })
    #expect(try ClassFixture.files(in: folder + "/merged-resumed") == whole)
  }

  @Test func resumeGradesOnlyWhatChanged() throws {
    let graded = try ClassFixture.graded.get()
    let folder = ClassFixture.scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(atPath: graded.classFolder, toPath: folder + "/class")
    try FileManager.default.copyItem(atPath: graded.output, toPath: folder + "/out")
    let solution = try String(
      contentsOfFile: graded.classFolder + "/alice/neuron-output.swift", encoding: .utf8)
    try ClassFixture.write(solution, to: folder + "/class/bob/workspace/neuron-output.swift")

    let report = try ClassFixture.grade(folder + "/class", into: folder + "/out", shard: nil)
    #expect(report.graded == 1)
    #expect(report.reused == 3)
    let before = graded.report.gradebook.students
    let after = report.gradebook.students
    #expect(after.first { $0.name == "bob" }?.entries.first?.status == .passed)
    #expect(after.filter { $0.name != "bob" } == before.filter { $0.name != "bob" })
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")))
  func junitReportValidatesAgainstTheSchema() throws {
    let graded = try ClassFixture.graded.get()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
    process.arguments = [
      "--noout", "--schema", ClassFixture.root + "/Docs/teaching/junit.xsd",
      graded.output + "/junit.xml",
    ]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(said)")
    let xml = try String(contentsOfFile: graded.output + "/junit.xml", encoding: .utf8)
    #expect(xml.contains("<testsuite name=\"eve, &quot;the&quot; &lt;hacker&gt;\" tests=\"1\""))
    #expect(xml.contains("<error type=\"unreadable\""))
    #expect(xml.contains("<failure type=\"missing\""))
  }
}

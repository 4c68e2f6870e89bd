import Foundation
import Testing

@testable import Grading

@Suite struct ResultChannelTests {
  let channel = ResultChannel(nonce: "n0nce")
  let expected = ["first", "second"]

  func read(_ text: String) -> ChannelReport {
    channel.read(Array(text.utf8), expecting: expected)
  }

  @Test func aCompleteRunReportsEveryCheckInOrder() {
    let report = read(
      "n0nce\tcheck\tsecond\tfail\tgot 3\nn0nce\tcheck\tfirst\tpass\t\nn0nce\tend\t2\n")
    #expect(report.checks.map(\.name) == ["first", "second"])
    #expect(report.checks.map(\.passed) == [true, false])
    #expect(report.missing.isEmpty && report.finished && report.ignoredRecords == 0)
  }

  @Test func recordsWithoutTheNonceOrAfterTheEndAreIgnored() {
    let report = read(
      "PASS first\nguess\tcheck\tfirst\tpass\t\nn0nce\tcheck\tfirst\tfail\tx\n"
        + "n0nce\tcheck\tfirst\tpass\t\nn0nce\tend\t1\nn0nce\tcheck\tsecond\tpass\t\n")
    #expect(report.checks == [CheckResult(name: "first", passed: false, detail: "x")])
    #expect(report.missing == ["second"])
    #expect(report.ignoredRecords == 4)
    #expect(report.finished)
  }

  @Test func anEndCountThatDisagreesIsNotFinished() {
    #expect(!read("n0nce\tcheck\tfirst\tpass\t\nn0nce\tend\t2\n").finished)
    #expect(!read("n0nce\tcheck\tfirst\tpass\t\n").finished)
  }

  @Test func escapedFieldsRoundTrip() {
    let report = read("n0nce\tcheck\tfirst\tfail\texpected\\t1\\nbut \\\\ got 2\n")
    #expect(report.checks.first?.detail == "expected\t1\nbut \\ got 2")
  }

  /// The reporter (`Sources/Checks/ResultReporter.swift`) compiles in either language mode.
  @Test(arguments: ["5", "6"])
  func theReporterCompilesInSwiftLanguageMode(_ version: String) throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let main = Workbench.reporterSource + "\nResultReporter.start().finish()\n"
    try main.write(toFile: folder + "/main.swift", atomically: true, encoding: .utf8)
    let compiler = try Workbench.compiler()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: compiler.swiftc)
    process.arguments = [
      "-typecheck", "-swift-version", version, "-module-cache-path", compiler.moduleCache,
      folder + "/main.swift",
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test func freshNoncesDiffer() {
    #expect(ResultChannel().nonce != ResultChannel().nonce)
    #expect(ResultChannel().nonce.count == 32)
  }
}

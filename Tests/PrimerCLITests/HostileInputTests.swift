import Foundation
import Testing

/// Input that tried to reach the terminal or the learner's work through `primer` (issue 13).
@Suite struct HostileInputTests {
  /// Control characters in a function name or a JSON key reach stderr escaped.
  @Test(arguments: [
    (["ref", "soft\u{1B}]0;pwned\u{07}max"], ""),
    // A key spelt with a JSON escape: the parser decodes it into ESC, and the message names it.
    (["ref", "relu"], "{\"x\\u001b[2J\": [[1]]}"),
  ])
  func refErrorsEchoInputEscaped(_ arguments: [String], _ stdin: String) throws {
    let output = try PrimerProcess.run(arguments, stdin: stdin)
    #expect(output.status != 0)
    #expect(!output.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(output.stderr.contains("␛"), "\(output.stderr)")
  }

  @Test func exportWithForceOntoTheWorkspaceIsRefused() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("primer-export-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let workspace = folder.appendingPathComponent("workspace").path
    try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: workspace + "/mine.swift", contents: Data("1".utf8))
    for target in [workspace, folder.path] {
      let output = try PrimerProcess.run([
        "export", "--html", target, "--force", "--workspace", workspace, "--lessons",
        PrimerProcess.lessons,
      ])
      #expect(output.status != 0)
      #expect(output.stderr.contains("never does, even with --force"), "\(output.stderr)")
      #expect(FileManager.default.fileExists(atPath: workspace + "/mine.swift"))
    }
  }
}

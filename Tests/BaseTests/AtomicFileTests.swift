import Base
import Foundation
import Testing

@Suite struct AtomicFileTests {
  static func scratchFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("primer-atomic-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func writeReplacesTheWholeFile() throws {
    let folder = try Self.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/data.json"
    try AtomicFile.write(Array("a longer first version".utf8), to: path)
    try AtomicFile.write(Array("short".utf8), to: path)
    #expect(FileManager.default.contents(atPath: path) == Data("short".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["data.json"])
  }

  @Test func sweepRemovesOnlyThisFilesTemporaries() throws {
    let folder = try Self.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for name in [".data.json.tmp-12-34", ".data.json.tmp-56-78", ".other.json.tmp-1-2", "keep"] {
      FileManager.default.createFile(atPath: folder + "/" + name, contents: Data())
    }
    let removed = AtomicFile.sweepTemporaries(for: folder + "/data.json")
    #expect(removed.sorted() == [".data.json.tmp-12-34", ".data.json.tmp-56-78"])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        == [".other.json.tmp-1-2", "keep"])
  }

  @Test func writingIntoAMissingFolderSaysWhatWhereAndWhy() {
    let path = "/nonexistent-primer-folder/progress.json"
    do {
      try AtomicFile.write([1], to: path)
      Issue.record("wrote into a missing folder")
    } catch {
      #expect(error.operation == "create")
      #expect(error.path.hasPrefix("/nonexistent-primer-folder/.progress.json.tmp-"))
      #expect(error.reason == "No such file or directory")
    }
  }
}

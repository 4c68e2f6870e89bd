import Foundation
import Testing

@testable import Grading

@Suite struct AtomicFileTests {
  @Test func writeReplacesTheWholeFile() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let path = folder + "/data.json"
    try AtomicFile.write(Array("a longer first version".utf8), to: path)
    try AtomicFile.write(Array("short".utf8), to: path)
    #expect(FileManager.default.contents(atPath: path) == Data("short".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["data.json"])
  }

  @Test func sweepRemovesOnlyThisFilesTemporaries() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    for name in [".data.json.tmp-12-34", ".data.json.tmp-56-78", ".other.json.tmp-1-2", "keep"] {
      FileManager.default.createFile(atPath: folder + "/" + name, contents: Data())
    }
    let removed = AtomicFile.sweepTemporaries(for: folder + "/data.json")
    #expect(removed.sorted() == [".data.json.tmp-12-34", ".data.json.tmp-56-78"])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        == [".other.json.tmp-1-2", "keep"])
  }

  @Test func writingIntoAMissingFolderThrowsAndSaysWhere() {
    #expect(throws: GradingError.self) {
      try AtomicFile.write([1], to: "/nonexistent-primer-folder/progress.json")
    }
  }
}

import Reference
import Testing

@testable import primer

/// `primer read`'s quick argument recognition, held to ArgumentParser: every command line it
/// accepts must mean to ArgumentParser exactly what it means to it.
@Suite struct ReadArgumentsTests {
  /// What ArgumentParser makes of `arguments`: a valid `read` command's values, else nil.
  static func parsed(_ arguments: [String]) -> ReadArguments? {
    guard let command = try? Primer.parseAsRoot(arguments) as? ReadCommand else { return nil }
    return ReadArguments(
      lesson: command.lesson, width: command.width, noPager: command.noPager,
      lessons: command.course.lessons)
  }

  @Test(arguments: [
    ["read", "1"],
    ["read", "neural-networks", "--no-pager"],
    ["read", "2", "--width", "60", "--no-pager", "--lessons", "Lessons"],
    ["read", "--no-pager", "--lessons=/tmp/x y", "neur"],
    ["read", "--width=1000", "9"],
    ["read", "--width", "20", "attention"],
  ])
  func everydayCommandLinesAreRecognisedAsArgumentParserReadsThem(_ arguments: [String]) throws {
    let quick = try #require(ReadArguments(arguments))
    #expect(quick == Self.parsed(arguments))
  }

  @Test(arguments: [
    ["read"], ["read", "--help"], ["read", "-h"], ["read", "help"], ["read", "1", "2"],
    ["read", "1", "--width", "19"], ["read", "1", "--width", "abc"], ["read", "1", "--width"],
    ["read", "1", "--width", "80", "--width", "90"], ["read", "1", "--no-pager", "--no-pager"],
    ["read", "1", "--colour"], ["read", "1", "--lessons"],
    ["read", "1", "--lessons", "--no-pager"],
    ["read", "--", "1"], ["read", ""], ["list"], ["--lessons", "x", "read", "1"], [],
  ])
  func anythingElseIsLeftToArgumentParser(_ arguments: [String]) {
    #expect(ReadArguments(arguments) == nil)
  }

  /// Random command lines from the pieces of `read`'s syntax, right and wrong.
  @Test func randomCommandLinesAreNeverReadDifferently() {
    let pieces = [
      "1", "neur", "help", "", "-", "--", "-h", "--help", "--no-pager", "--no-pager=1", "--width",
      "80", "--width=100", "--width=7", "--width=", "-3", "+40", "--lessons", "--lessons=L",
      "--lessons=", "/tmp", "--bogus", "read",
    ]
    var random = SplitMix64(seed: 2026)
    var recognised = 0
    for _ in 0..<3_000 {
      var arguments = ["read"]
      for _ in 0..<Int(random.next() % 6) {
        arguments.append(pieces[Int(random.next() % UInt64(pieces.count))])
      }
      guard let quick = ReadArguments(arguments) else { continue }
      recognised += 1
      #expect(quick == Self.parsed(arguments), "\(arguments)")
    }
    #expect(recognised > 100)
  }
}

import Base
import Foundation
import Testing

/// `Base`'s stand-ins for what full Foundation offered (the program imports only
/// FoundationEssentials) give the same text as Foundation itself.
@Suite struct FoundationTwinTests {
  static let paths = [
    // Not one character and a slash or none ("a", "a/"): `NSString` traps on those.
    "", "/", "//", "///", "ab", "ab/", "/a", "/a/", "/a/b", "/a/b/", "a/b", "a//b", "/a//b//",
    "///a", "/tmp/primer/kit-1.tmp-3", "/tmp/site/.out.primer-staging-12", "../x", "./y/",
    "//a//b", "/ab//", "ab//cd", "/α/β.swift",
  ]

  @Test func pathsAreNSStrings() {
    for path in Self.paths {
      #expect(FilePath.lastComponent(path) == (path as NSString).lastPathComponent, "\(path)")
      #expect(
        FilePath.deletingLastComponent(path) == (path as NSString).deletingLastPathComponent,
        "\(path)")
      for component in ["", "b", "lessons/01.html", "/c", "d/", "a//b"] {
        #expect(
          FilePath.join(path, component) == (path as NSString).appendingPathComponent(component),
          "\(path) + \(component)")
      }
    }
  }

  @Test func trimmingIsFoundations() {
    let texts = [
      "", " ", "  12345\n", "\t a b \r\n", "\u{A0}x\u{2028}", "\u{3000}日本\u{85}", "x",
      "\n\nline\n", " \u{301}e ", "\u{200B}zero\u{200B}", " x^2 \n", "\t\\frac{a}{b}\u{A0}",
    ]
    for text in texts {
      #expect(
        text.trimmingFoundationWhitespace()
          == text.trimmingCharacters(in: .whitespacesAndNewlines))
      #expect(
        text.trimmingFoundationWhitespace(newlines: false)
          == text.trimmingCharacters(in: .whitespaces))
    }
  }

  @Test func whitespaceIsFoundationsCharacterSets() {
    // Every white-space character is in the Basic Multilingual Plane.
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(
        String.isFoundationWhitespace(scalar, newlines: true)
          == CharacterSet.whitespacesAndNewlines.contains(scalar), "\(value)")
      #expect(
        String.isFoundationWhitespace(scalar, newlines: false)
          == CharacterSet.whitespaces.contains(scalar), "\(value)")
    }
  }

  struct Plain: Error {}
  enum Several: Error { case first, second }

  @Test func errorTextIsNSErrors() throws {
    var errors: [any Error] = [
      Plain(), Several.second, POSIXError(.ENOENT), POSIXError(.EACCES), POSIXError(.ENOSPC),
      CocoaError(.fileWriteUnknown), CocoaError(.fileNoSuchFile),
    ]
    for code in [4, 255, 257, 258, 259, 260, 261, 262, 263, 264, 513, 514, 516, 517, 518, 640, 642]
    {
      errors.append(CocoaError(CocoaError.Code(rawValue: code)))
    }
    for path in ["/etc/passwd/x", "/proc/primer-none/x", "/proc/version"] {
      do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      } catch { errors.append(error) }
    }
    for error in errors {
      #expect(FoundationErrorText.description(error) == error.localizedDescription, "\(error)")
      #expect(
        FoundationErrorText.failureReason(error) == (error as NSError).localizedFailureReason,
        "\(error)")
    }
  }

  @Test func aLockExcludes() async {
    let lock = Lock()
    final class Counter: @unchecked Sendable { var value = 0 }
    let counter = Counter()
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<8 {
        group.addTask { for _ in 0..<1_000 { lock.withLock { counter.value += 1 } } }
      }
    }
    #expect(counter.value == 8_000)
  }
}

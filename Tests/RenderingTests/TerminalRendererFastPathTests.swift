import Course
import Foundation
import PrimerKit
import Testing

@testable import Rendering

/// `TerminalRenderer.writePlainText` copies span bytes into one string; it must give what
/// appending span after span (`writeByAppending`) gives.
@Suite struct TerminalRendererFastPathTests {
  @Test(arguments: [40, 80])
  func everyLessonIsWrittenAsByAppending(width: Int) throws {
    for name in CourseSnapshotTests.lessons {
      let path = CourseSnapshotTests.lessonsFolder.appendingPathComponent(name).path
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let lesson = LessonParser.parse(text, path: path).lesson
      let lines = TerminalVisitor(lesson: lesson, style: TerminalStyle(width: width, color: false))
        .visitLesson()
      #expect(
        TerminalRenderer.writePlainText(lines)
          == TerminalRenderer.writeByAppending(lines, color: false), "\(name)")
    }
  }

  @Test func randomLinesAreWrittenAsByAppending() {
    let fragments = [
      "", "a", " ", "word", "—", "日本", "e\u{301}", "a long run of text past fifteen bytes",
    ]
    for seed in UInt64(0)..<500 {
      var random = SplitMix64(seed: seed)
      let lines = (0..<Int(random.next() % 5)).map { _ in
        StyledLine(
          (0..<Int(random.next() % 4)).map { _ in
            Span(fragments[Int(random.next() % UInt64(fragments.count))], .plain)
          })
      }
      #expect(
        TerminalRenderer.writePlainText(lines)
          == TerminalRenderer.writeByAppending(lines, color: false))
    }
  }
}

@Suite struct RenderUTF8Tests {
  /// `renderUTF8` gives `render`'s text byte for byte, for every lesson, width and colour.
  @Test(arguments: [60, 80, 120])
  func theBytesAreTheRenderedText(width: Int) throws {
    for file in CourseSnapshotTests.lessons {
      let path = CourseSnapshotTests.lessonsFolder.appendingPathComponent(file).path
      let lesson = LessonParser.parse(try String(contentsOfFile: path, encoding: .utf8), path: path)
        .lesson
      for color in [false, true] {
        let style = TerminalStyle(width: width, color: color)
        #expect(
          TerminalRenderer.renderUTF8(lesson, style: style)
            == Array(TerminalRenderer.render(lesson, style: style).utf8), "\(file)")
      }
    }
  }
}

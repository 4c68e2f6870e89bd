import Course
import Reference
import Testing

@testable import Pictures

/// The `tokenization` plot: a text's length in tokens as byte-pair merges are learned.
@Suite struct TokenizationPictureTests {
  @Test func theCurveFollowsTheLessonsWorkedExample() throws {
    let spec = try #require(specOf("kind: tokenization\ntitle: T\ntext: aaabdaaabac\nmerges: 5"))
    guard case .lineChart(let chart) = Picture.computed(from: spec) else {
      Issue.record("a tokenization plot is not a line chart")
      return
    }
    let points = try #require(chart.series.first).points
    // 11 bytes; (a,a), (256,a), (257,b) leave 9, 7, 5 tokens; then (258,d), (259,258) …
    #expect(points.prefix(4).map(\.y) == [11, 9, 7, 5])
    #expect(points.map(\.x) == points.indices.map(Double.init))
    #expect(zip(points, points.dropFirst()).allSatisfy { $0.y > $1.y })
  }

  @Test func theCurveStopsWhenNoPairIsLeft() throws {
    let spec = try #require(specOf("kind: tokenization\ntitle: T\ntext: abab\nmerges: 40"))
    guard case .lineChart(let chart) = Picture.computed(from: spec) else {
      Issue.record("a tokenization plot is not a line chart")
      return
    }
    #expect(try #require(chart.series.first).points.map(\.y) == [4, 2, 1])
  }

  @Test func aMissingTextAndTooManyMergesAreReported() {
    #expect(
      problems("kind: tokenization\ntitle: T\nmerges: 900").count == 2,
      "\(problems("kind: tokenization\ntitle: T\nmerges: 900"))")
    #expect(problems("kind: tokenization\ntitle: T\ntext: hello") == [])
  }
}

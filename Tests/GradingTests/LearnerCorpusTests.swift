import Course
import Foundation
import Testing

@testable import Grading

/// Solutions written as learners would, from the lessons alone, in
/// `Fixtures/learners/EXERCISE/`: `correct-*.swift` must pass and `bug-*.swift` (real mistakes,
/// many wrong only on some inputs: a missing max shift, ε inside the root, a threshold with
/// `<=`, a loop over the first row only) must fail, on the default seed and seeds 1, 2 and 3.
///
/// One test grades the whole corpus in a loop (each grading is one compile).
@Suite struct LearnerCorpusTests {
  static let folder = GraderTests.root + "/Tests/GradingTests/Fixtures/learners"
  static let seeds: [UInt64] = [Grader.verifySeed, 1, 2, 3]

  @Test func correctSolutionsPassAndBuggyOnesFailOnEverySeed() throws {
    let grader = try GraderTests.grader.get()
    let exercises = try FileManager.default.contentsOfDirectory(atPath: Self.folder).sorted()
    var graded = 0
    var wrong: [String] = []
    for id in exercises {
      let exercise = try GraderTests.exercise(id)
      let files = try FileManager.default.contentsOfDirectory(atPath: "\(Self.folder)/\(id)")
        .filter { $0.hasSuffix(".swift") }.sorted()
      for name in files {
        let shouldPass = name.hasPrefix("correct-")
        #expect(shouldPass || name.hasPrefix("bug-"), "\(id)/\(name): name it correct-… or bug-…")
        let text = try String(contentsOfFile: "\(Self.folder)/\(id)/\(name)", encoding: .utf8)
        let file = GraderTests.learnerFile(text, name: "\(id).swift")
        defer { Workbench.remove((file as NSString).deletingLastPathComponent) }
        for seed in Self.seeds {
          let verdict = try grader.grade(exercise, file: file, seed: seed)
          graded += 1
          if (verdict.status == .passed) != shouldPass {
            wrong.append(
              "\(id)/\(name) seed \(seed): \(verdict.status.rawValue): \(verdict.summary)")
          }
        }
      }
    }
    #expect(graded >= 4 * 20)
    #expect(wrong == [])
  }
}

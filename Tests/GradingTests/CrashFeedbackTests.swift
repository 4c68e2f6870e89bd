import Course
import Foundation
import Testing

@testable import Grading

/// What a learner sees when their code crashes or does not compile: the failing
/// `precondition`'s message (theirs or the kit's), their `file:line:column`, the check that
/// was running, and the source line with a caret.
@Suite struct CrashFeedbackTests {
  private func grade(_ body: String, exercise: String = "linear-layer") throws -> Verdict {
    let file = GraderTests.learnerFile("import PrimerKit\n\n" + body, name: "\(exercise).swift")
    defer { Workbench.remove((file as NSString).deletingLastPathComponent) }
    return try GraderTests.grader.get().grade(
      try GraderTests.exercise(exercise), file: file, seed: 1)
  }

  @Test func aLearnersPreconditionShowsItsMessageAndLine() throws {
    let verdict = try grade(
      """
      func linear(_ x: Matrix, _ w: Matrix, _ b: [Double]) -> Matrix {
        precondition(x.rows > 100, "expected a big batch")
        return x
      }
      """)
    #expect(verdict.status == .crashed)
    #expect(
      verdict.trap
        == TrapReport(
          message: "expected a big batch", file: "linear-layer.swift", line: 4, column: 3))
    #expect(
      verdict.summary == "The program crashed at linear-layer.swift:4:3: expected a big batch.")
    // The judge fails the check the program stopped answering in: the first one here.
    #expect(verdict.runningCheck == "the lesson's layer gives [1.75, -0.5]")
  }

  @Test func aMatrixIndexErrorShowsTheKitsMessageAndTheLearnersLine() throws {
    let verdict = try grade(
      """
      func linear(_ x: Matrix, _ w: Matrix, _ b: [Double]) -> Matrix {
        var y = x
        y[0, x.columns] = 1
        return y
      }
      """)
    #expect(verdict.status == .crashed)
    #expect(verdict.trap?.message.hasPrefix("Index (0, ") == true)
    #expect(verdict.trap?.message.contains("is outside a matrix of shape") == true)
    #expect(verdict.trap?.file == "linear-layer.swift" && verdict.trap?.line == 5)
  }

  @Test func aShapeMismatchInAProductShowsTheKitsMessage() throws {
    let verdict = try grade(
      """
      func linear(_ x: Matrix, _ w: Matrix, _ b: [Double]) -> Matrix {
        matmul(w, x)
      }
      """)
    #expect(verdict.status == .crashed)
    #expect(verdict.trap?.message.hasPrefix("matmul: inner dimensions differ") == true)
    #expect(verdict.trap?.line == 4)
    let json = String(decoding: try JSONEncoder().encode(verdict), as: UTF8.self)
    #expect(json.contains(#""running":"the lesson's"#))
  }

  @Test func aCompileErrorShowsTheLineAndACaret() throws {
    let verdict = try grade(
      """
      func linear(_ x: Matrix, _ w: Matrix, _ b: [Double]) -> Matrix {
        let z: Int = "one"
        return x
      }
      """)
    #expect(verdict.status == .compileError)
    let error = try #require(verdict.diagnostics.first { $0.severity == .error })
    #expect(error.excerpt == "4 |   let z: Int = \"one\"\n  |                ^")
  }
}

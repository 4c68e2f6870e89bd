import Course
import Foundation
import Testing

@testable import Grading

/// What a learner sees when their code crashes or does not compile: the failing
/// `precondition`'s message (theirs or the kit's), their `file:line:column`, the check that
/// was running, and the source line with a caret.
@Suite struct CrashFeedbackTests {
  private func grade(
    _ body: String, exercise: String = "linear-layer", importing module: String = "PrimerKit"
  ) throws -> Verdict {
    let file = GraderTests.learnerFile("import \(module)\n\n" + body, name: "\(exercise).swift")
    defer { Workbench.remove((file as NSString).deletingLastPathComponent) }
    return try GraderTests.grader.get().grade(
      try GraderTests.exercise(exercise), file: file, seed: 1)
  }

  /// The capstone graded with `functions` (`gptLogits` and any helper) and then a plain
  /// `trainingStep` that calls `gptLogits` once: the crash is somewhere in `functions`.
  private func gradeCapstone(_ functions: String) throws -> Verdict {
    try grade(
      functions + """


        func trainingStep(
          _ weights: [Tensor<Float>], windows: [[Int]], heads: Int, adamW: (Float) -> Void
        ) -> Float {
          let logits = gptLogits(
            windows.flatMap { $0.dropLast() }, weights: weights, heads: heads,
            context: windows[0].count - 1)
          let loss = crossEntropy(logits, targets: windows.flatMap { $0.dropFirst() })
          loss.backward()
          adamW(3e-3)
          return loss.value[0]
        }
        """, exercise: "train-tiny-gpt", importing: "Autodiff")
  }

  /// Expects a crash in the capstone learner's file at `line:column` whose message begins
  /// with `message`.
  private func expectCrash(_ verdict: Verdict, message: String, line: Int, column: Int) throws {
    #expect(verdict.status == .crashed)
    let trap = try #require(verdict.trap)
    #expect(trap.message.hasPrefix(message), "\(verdict.summary)")
    #expect(trap.file == "train-tiny-gpt.swift", "\(verdict.summary)")
    #expect(trap.line == line && trap.column == column, "\(verdict.summary)")
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

  /// The capstone's learner code runs the tensor library (`Autodiff`, compiled at `-O`) and is
  /// itself compiled at `-O`: the tensor's message and the learner's line still show. The line
  /// is the failing `matmul` (7), not the call of `gptLogits` (13) that `-O` inlined it into,
  /// even though `gptLogits` ignores two of its parameters (which once cost the inlined
  /// frame its line: see `Compiler.optimizedLearner`).
  @Test func aShapeMismatchInTheTensorLibraryShowsItsMessageAndTheLearnersLine() throws {
    let verdict = try gradeCapstone(
      """
      func gptLogits(_ ids: [Int], weights: [Tensor<Float>], heads: Int, context: Int)
        -> Tensor<Float>
      {
        let x = embedding(weights[0], ids)
        return matmul(x, weights[0])
      }
      """)
    try expectCrash(verdict, message: "matmul: ", line: 7, column: 10)
    #expect(verdict.summary.hasPrefix("The program crashed at train-tiny-gpt.swift:7:10: matmul: "))
    #expect(verdict.runningCheck?.hasPrefix("three steps") == true)
  }

  /// A crash two learner functions below `trainingStep` (in `project`, called by `gptLogits`,
  /// both inlined at `-O`) names the line inside `project`, the innermost of the learner's.
  @Test func aCrashTwoLearnerFunctionsDeepShowsTheInnermostLine() throws {
    let verdict = try gradeCapstone(
      """
      func project(_ x: Tensor<Float>, _ w: Tensor<Float>, layer: Int) -> Tensor<Float> {
        let y = gelu(x)
        return matmul(y, w)
      }

      func gptLogits(_ ids: [Int], weights: [Tensor<Float>], heads: Int, context: Int)
        -> Tensor<Float>
      {
        let x = embedding(weights[0], ids)
        let h = project(x, weights[0], layer: 0)
        return h
      }
      """)
    try expectCrash(verdict, message: "matmul: ", line: 5, column: 10)
  }

  /// An id outside the embedding table stops `embedding` (inlined into the learner's code at
  /// `-O`): its message and the learner's line (the `embedding` call, 6, not the call of
  /// `gptLogits`, 13) both show.
  @Test func anEmbeddingIdOutOfRangeShowsTheKitsMessageAndTheLearnersLine() throws {
    let verdict = try gradeCapstone(
      """
      func gptLogits(_ ids: [Int], weights: [Tensor<Float>], heads: Int, context: Int)
        -> Tensor<Float>
      {
        let x = embedding(weights[0], ids.map { $0 + 16 })
        return x
      }
      """)
    try expectCrash(verdict, message: "embedding: index ", line: 6, column: 11)
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

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
  /// is the failing `matmul` (7) or, where `-O` inlined `gptLogits` into `trainingStep` and
  /// left the inlined frame without a line, the learner's call of `gptLogits` (13).
  @Test func aShapeMismatchInTheTensorLibraryShowsItsMessageAndTheLearnersLine() throws {
    let verdict = try grade(
      """
      func gptLogits(_ ids: [Int], weights: [Tensor<Float>], heads: Int, context: Int)
        -> Tensor<Float>
      {
        let x = embedding(weights[0], ids)
        return matmul(x, weights[0])
      }

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
    #expect(verdict.status == .crashed)
    #expect(verdict.trap?.message.hasPrefix("matmul: ") == true, "\(verdict.summary)")
    let trap = try #require(verdict.trap)
    #expect(trap.file == "train-tiny-gpt.swift", "\(verdict.summary)")
    #expect([7, 13].contains(trap.line) && trap.column != nil, "\(verdict.summary)")
    #expect(
      verdict.summary.hasPrefix("The program crashed at train-tiny-gpt.swift:\(trap.line ?? 0):"))
    #expect(verdict.runningCheck?.hasPrefix("three steps") == true)
  }

  /// An id outside the embedding table stops `embedding` (inlined into the learner's code at
  /// `-O`): its message and the learner's line (the `embedding` call, 6, or the call of
  /// `gptLogits`, 13, where `-O` inlined it) both show.
  @Test func anEmbeddingIdOutOfRangeShowsTheKitsMessageAndTheLearnersLine() throws {
    let verdict = try grade(
      """
      func gptLogits(_ ids: [Int], weights: [Tensor<Float>], heads: Int, context: Int)
        -> Tensor<Float>
      {
        let x = embedding(weights[0], ids.map { $0 + 16 })
        return x
      }

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
    #expect(verdict.status == .crashed)
    let trap = try #require(verdict.trap)
    #expect(trap.message.hasPrefix("embedding: index "), "\(verdict.summary)")
    #expect(trap.file == "train-tiny-gpt.swift", "\(verdict.summary)")
    #expect([6, 13].contains(trap.line) && trap.column != nil, "\(verdict.summary)")
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

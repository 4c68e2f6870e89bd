import Testing

@testable import Grading

@Suite struct TrapReportTests {
  static let indexOutOfRange = """
    looking up 2
    Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range

    *** Signal 4: Backtracing from 0x7fe61a16df7f... done ***

    *** Program crashed: Illegal instruction at 0x00007fe61a16df7f ***

    Thread 0 "h" crashed:

      0      0x00007fe61a16df7f closure #1 in _assertionFailure(_:_:file:line:flags:) + 623 in libswiftCore.so
      2 [ra] 0x00007fe61a804f65 specialized Array.subscript.getter + 84 in libswiftSwiftOnoneSupport.so
      3 [ra] 0x000056265f474360 f(_:_:) + 47 in h at /tmp/gm/softmax.swift:2:11
      4 [ra] 0x000056265f47459f main + 478 in h at /tmp/gm/main.swift:11:26
    """

  static let overflow = """
    *** Signal 4: Backtracing from 0x55bf7c6f93a9... done ***

    *** Swift runtime failure: arithmetic overflow ***

      0 [inlined] [system] 0x000055bf7c6f93a9 Swift runtime failure: arithmetic overflow in h at //<compiler-generated>
      1                    0x000055bf7c6f93a9 g(_:) + 57 in h at /tmp/gm/softmax.swift:4:31
    """

  /// `-O` inlined `gptLogits` into `trainingStep`: the inlined frame, innermost, names the
  /// failing line; the frame it was inlined into names the call.
  static let inlined = """
    Autodiff/Matmul.swift:57: Precondition failed: matmul: [8, 8] · [7, 8] do not fit

    *** Program crashed: Illegal instruction at 0x00007faf9f2f9361 ***

      0                         0x00007faf9f2f9361 _assertionFailure(_:_:file:line:flags:) + 225 in libswiftCore.so
      1 [ra] [system]           0x0000555fbbf50817 specialized matmul<A>(_:_:transposeW:) + 2134 in prog at //<compiler-generated>
      2 [ra] [inlined]          0x0000555fbbf53236 gptLogits in prog at /tmp/b/softmax.swift:7:10
      3 [ra]                    0x0000555fbbf53236 specialized trainingStep(_:windows:heads:adamW:) + 213 in prog at /tmp/b/softmax.swift:13:16
      4 [ra] [inlined] [system] 0x0000555fbbf53c69 main in prog at /tmp/b/softmax.swift
    """

  static let segfault = """
    *** Program crashed: Bad pointer dereference at 0x00007ffc8d1b2ff8 ***
      0 0x000055e2 double(_:) + 12 in program at /tmp/b/runaway.swift:2:3
    """

  @Test(arguments: [
    (
      indexOutOfRange,
      TrapReport(message: "Index out of range", file: "softmax.swift", line: 2, column: 11)
    ),
    (
      overflow,
      TrapReport(message: "arithmetic overflow", file: "softmax.swift", line: 4, column: 31)
    ),
    (
      inlined,
      TrapReport(
        message: "matmul: [8, 8] · [7, 8] do not fit", file: "softmax.swift", line: 7, column: 10)
    ),
    (segfault, TrapReport(message: "Bad pointer dereference at 0x00007ffc8d1b2ff8")),
  ])
  func messageAndLearnerLocation(_ stderr: String, _ expected: TrapReport) {
    #expect(
      TrapReport.parse(stderr: Array(stderr.utf8), learnerFiles: ["softmax.swift"]) == expected)
  }

  @Test func framesOutsideTheLearnersFilesAreSkipped() {
    let report = TrapReport.parse(
      stderr: Array(Self.indexOutOfRange.utf8), learnerFiles: ["main.swift"])
    #expect(report?.file == "main.swift" && report?.line == 11)
  }

  @Test func noCrashNoReport() {
    #expect(TrapReport.parse(stderr: Array("warning: something\n".utf8), learnerFiles: []) == nil)
  }
}

@Suite struct TrapMessageTests {
  @Test(arguments: [
    ("Learner/softmax.swift:3: Precondition failed: rows must match", "rows must match"),
    (
      "PrimerKit/Matrix.swift:72: Precondition failed: Index (0, 5) is outside a matrix of shape [1, 3]",
      "Index (0, 5) is outside a matrix of shape [1, 3]"
    ),
    ("Learner/softmax.swift:9: Fatal error", "Fatal error"),
    ("Learner/softmax.swift:9: Assertion failed: positive", "positive"),
  ])
  func theFailuresMessageIsKept(_ line: String, _ message: String) {
    let stderr =
      line + "\n\n*** Program crashed: Illegal instruction at 0x1 ***\n"
      + "  3 [ra] 0x0000 f(_:) + 47 in program at /tmp/b/softmax.swift:3:5\n"
    let report = TrapReport.parse(stderr: Array(stderr.utf8), learnerFiles: ["softmax.swift"])
    #expect(report == TrapReport(message: message, file: "softmax.swift", line: 3, column: 5))
  }
}

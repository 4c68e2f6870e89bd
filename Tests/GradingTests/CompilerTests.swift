import Foundation
import Testing

@testable import Grading
@testable import Isolation

@Suite struct CompilerTests {
  @Test func diagnosticsAreParsedFromLLVMStyleOutput() {
    let log = """
      /tmp/build/softmax.swift:3:14: error: cannot convert value of type 'String' to expected argument type 'Int'
        1 | func f() {
          |          `- note: here
      /tmp/build/Learner.swift:12:1: warning: variable 'x' was never used
      C:\\odd:path.swift:1:2: note: a colon in the path
      error: fatal error without a location
      """
    #expect(
      CompilerDiagnostic.parse(log) == [
        CompilerDiagnostic(
          file: "/tmp/build/softmax.swift", line: 3, column: 14, severity: .error,
          message: "cannot convert value of type 'String' to expected argument type 'Int'"),
        CompilerDiagnostic(
          file: "/tmp/build/Learner.swift", line: 12, column: 1, severity: .warning,
          message: "variable 'x' was never used"),
        CompilerDiagnostic(
          file: "C:\\odd:path.swift", line: 1, column: 2, severity: .note,
          message: "a colon in the path"),
      ])
    #expect(CompilerDiagnostic.parse(log).first?.fileName == "softmax.swift")
  }

  @Test func anEmbeddedLearnerFileKeepsItsNameAndLines() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let learner = "func scale(_ x: Double) -> Double {\n  // comment\n  return x * undefinedName\n}"
    let outcome = try Workbench.compiler().compile(
      [
        .init(name: "main.swift", text: "print(scale(2))\n"),
        .embedding(learner, as: "scale.swift", in: "Learner.swift"),
      ], into: folder)
    #expect(!outcome.succeeded)
    let error = try #require(outcome.diagnostics.first { $0.severity == .error })
    #expect(error.fileName == "scale.swift")
    #expect(error.line == 3)
    #expect(error.column == 14)
    #expect(error.message.contains("undefinedName"))
  }

  @Test func aSecondCompileReusesTheModuleCache() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let compiler = try Workbench.compiler()
    let source = Compiler.Source(name: "main.swift", text: "print(1 + 1)\n")
    _ = try compiler.compile([source], into: folder + "/first")
    let warm = try compiler.compile([source], into: folder + "/second")
    #expect(warm.succeeded)
    // Speed is measured by Benchmarks/grading.py, not here.
  }

  @Test func compilerOutputIsCapped() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    var compiler = try Workbench.compiler()
    compiler.limits.outputBytes = 16 << 10
    // 5,000 type errors print ~1.7 MB over ~10 s uncapped.
    let errors = (0..<5000).map { "let v\($0): Int = \"\($0)\"" }.joined(separator: "\n")
    let outcome = try compiler.compile([.init(name: "main.swift", text: errors)], into: folder)
    #expect(outcome.outputExceeded)
    #expect(!outcome.succeeded)
    #expect(outcome.log.utf8.count <= 16 << 10)
    #expect(Verdict.compileFailed(outcome).status == .compileError)
  }

  @Test func compileTimeIsCapped() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    // A stand-in compiler that never finishes, and leaves a child behind.
    let fake = folder + "/slow-swiftc"
    try "#!/bin/sh\nsleep 60 &\nsleep 60\n".write(toFile: fake, atomically: true, encoding: .utf8)
    chmod(fake, 0o755)
    var compiler = try Compiler(swiftc: fake, moduleCache: folder + "/cache")
    compiler.limits.wallSeconds = 0.5
    let start = Date()
    let outcome = try compiler.compile([.init(name: "main.swift", text: "")], into: folder)
    #expect(outcome.timedOut)
    #expect(Date().timeIntervalSince(start) < 3)
    #expect(Verdict.compileFailed(outcome).summary.hasPrefix("The compiler gave up"))
  }
}

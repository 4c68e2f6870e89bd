import Foundation
import Testing

@testable import Grading

@Suite struct CompilerPlanTests {
  @Test func driverQuotingIsReadBack() throws {
    let words = try #require(
      CompilerPlan.shellWords("/bin/echo -c '/a b/it'\\''s.swift' x\\ y 'q'r"))
    #expect(words == ["/bin/echo", "-c", "/a b/it's.swift", "x y", "qr"])
  }

  @Test(arguments: ["/bin/echo \"a b\"", "/bin/echo $HOME", "/bin/echo `id`", "/bin/echo 'open"])
  func quotingTheGraderDoesNotKnowGivesNoPlan(line: String) {
    #expect(CompilerPlan.shellWords(Substring(line)) == nil)
    #expect(CompilerPlan.parse(driverOutput: line, plannedTemporary: "/t") == nil)
  }

  @Test func shellQuotingRoundTrips() throws {
    let words = ["/bin/echo", "plain-word_1.o", "with space", "it's", "$HOME", "a\"b", "", "ü"]
    let line = words.map(CompilerPlan.shellQuoted).joined(separator: " ")
    #expect(CompilerPlan.shellWords(Substring(line)) == words)
  }

  @Test func theDriversTemporaryFolderBecomesThePlaceholder() throws {
    let output = """
      /bin/echo -c /primer-plan.run/learner/x.swift -o /plan/tmp/TemporaryDirectory.AbC123/Learner-1.o
      /bin/echo @/plan/tmp/TemporaryDirectory.AbC123/Learner-2.autolink -o /primer-plan.run/program

      """
    let plan = try #require(CompilerPlan.parse(driverOutput: output, plannedTemporary: "/plan/tmp"))
    #expect(
      plan.jobs == [
        [
          "/bin/echo", "-c", "/primer-plan.run/learner/x.swift", "-o",
          "/primer-plan.tmp/Learner-1.o",
        ],
        ["/bin/echo", "@/primer-plan.tmp/Learner-2.autolink", "-o", "/primer-plan.run/program"],
      ])
    #expect(
      plan.jobs(runFolder: "/runs/r 1", temporaryFolder: "/runs/r 1/tmp")[1]
        == ["/bin/echo", "@/runs/r 1/tmp/Learner-2.autolink", "-o", "/runs/r 1/program"])
  }

  @Test func aPlanNeedsExecutableJobsAndNoLeftoverTemporaryFolder() {
    #expect(CompilerPlan.parse(driverOutput: "swift-frontend -c x", plannedTemporary: "/t") == nil)
    #expect(
      CompilerPlan.parse(driverOutput: "/no/such/frontend -c x", plannedTemporary: "/t") == nil)
    #expect(
      CompilerPlan.parse(driverOutput: "/bin/echo /t/other/x.o", plannedTemporary: "/t") == nil)
    #expect(CompilerPlan.parse(driverOutput: "\n", plannedTemporary: "/t") == nil)
  }
}

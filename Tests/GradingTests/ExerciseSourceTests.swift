import Testing

@testable import Grading

@Suite struct ExerciseSourceTests {
  @Test func topLevelDeclarationsBecomeStaticAndImportsMove() {
    let (body, imports) = ExerciseModule.staticDeclarations(
      """
      import PrimerKit

      private let scale = 2.0
      @inline(never) func double(_ x: Double) -> Double {
        let y = x * scale
        return y
      }
      struct Pair { var a: Double }
      """)
    #expect(imports == ["import PrimerKit"])
    #expect(
      body == """


        private static let scale = 2.0
        @inline(never) static func double(_ x: Double) -> Double {
          let y = x * scale
          return y
        }
        struct Pair { var a: Double }
        """)
  }

  @Test func checkNamesAreReadInOrder() {
    let names = ExerciseSpec.checkNames(
      in: """
        check.example("the lesson's \\"example\\"") { f in }
        check.compare("random", atol: 1e-9) { f, rng in f(rng.normal(2, 3)) }
        check .property( "rows sum to one") { f, rng in }
        """)
    #expect(names == ["the lesson's \"example\"", "random", "rows sum to one"])
  }

  @Test(
    arguments: [
      ("import Foundation", nil),
      ("import PrimerKit // the kit", nil),
      ("// import Reference", nil),
      (
        "@testable import Checks",
        "exercises are solved without the reference library: remove `import Checks`"
      ),
      (
        "import func Reference.softmax",
        "exercises are solved without the reference library: remove `import Reference`"
      ),
      (
        "import Dispatch",
        "`import Dispatch` is not available in exercises: only Foundation and PrimerKit can be imported"
      ),
      (
        "let f = dlopen(nil, 0)",
        "`dlopen` is not allowed in exercises: call only your own code, Foundation and PrimerKit"
      ),
    ] as [(String, String?)])
  func learnerPolicy(line: String, message: String?) {
    let found = LearnerPolicy.violations(in: "\n" + line, path: "a.swift")
    #expect(found.map(\.message) == (message.map { [$0] } ?? []))
    #expect(found.allSatisfy { $0.line == 2 })
  }

  @Test func theChannelCarriesTheMistake() {
    let channel = ResultChannel(nonce: "n")
    let report = channel.read(
      Array("n\tcheck\ta\tfail\tx\nn\tmistake\tno-relu\nn\tend\t1\n".utf8), expecting: ["a"])
    #expect(report.mistake == "no-relu")
    #expect(report.finished)
  }
}

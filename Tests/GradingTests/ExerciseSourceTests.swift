import Checks
import Foundation
import Testing

@testable import Grading
@testable import Isolation

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

  /// The grader reads a call of every kind of check the checks library registers.
  @Test(arguments: CheckKind.allCases)
  func checkNamesAreReadForEveryKind(kind: CheckKind) {
    #expect(ExerciseSpec.checkNames(in: "check.\(kind.rawValue)(\"n\") { f in }") == ["n"])
  }

  @Test(
    arguments: [
      ("import Foundation", nil),
      ("import PrimerKit // the kit", nil),
      ("import Autodiff", nil),
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
        "`import Dispatch` is not available in exercises: only Foundation, PrimerKit and Autodiff can be imported"
      ),
      (
        "let f = dlopen(nil, 0)",
        "`dlopen` is not allowed in exercises: call only your own code, Foundation, PrimerKit and Autodiff"
      ),
    ] as [(String, String?)])
  func learnerPolicy(line: String, message: String?) {
    let found = LearnerPolicy.violations(in: "\n" + line, path: "a.swift")
    #expect(found.map(\.message) == (message.map { [$0] } ?? []))
    #expect(found.allSatisfy { $0.line == 2 })
  }

  @Test func onlyAnImportOfTheTensorLinksIt() {
    #expect(LearnerPolicy.imports("Autodiff", in: "import Foundation\nimport Autodiff\n"))
    #expect(!LearnerPolicy.imports("Autodiff", in: "// import Autodiff\nimport PrimerKit"))
    #expect(!LearnerPolicy.imports("Autodiff", in: "let s = \"Autodiff\""))
  }

  @Test func theChannelCarriesTheMistake() {
    let channel = ResultChannel(nonce: "n")
    let report = channel.read(
      Array("n\tcheck\ta\tfail\tx\nn\tmistake\tno-relu\nn\tend\t1\n".utf8), expecting: ["a"])
    #expect(report.mistake == "no-relu")
    #expect(report.finished)
  }
}

@Suite struct GraderSetUpTests {
  @Test func theLearnersFunctionIsFoundForEntryErrors() {
    let text = "import PrimerKit\n\n  func neuron(x: [Double]) -> Double { 0 }\n"
    #expect(Grader.functionLocation(in: text, entry: "neuron(x:w:b:)") == (3, 3))
    #expect(Grader.functionLocation(in: text, entry: "softmax(_:)") == (1, 1))
  }

  @Test func missingKitSourcesSayWhereTheyWereLookedFor() {
    #expect(throws: GradingError.self) {
      try KitSources.locate(lessons: "/nonexistent/Lessons", executable: "/nonexistent/bin/primer")
    }
    let error = GradingError.kitSourcesNotFound(searched: ["/a/Sources"])
    #expect(
      error.description
        == "Could not find the grader's sources (Sources/PrimerKit, Sources/Reference, "
        + "Sources/Checks; looked in /a/Sources). Run `primer` from the course checkout, or "
        + "point $PRIMER_LESSONS at its Lessons folder.")
  }

  @Test func theCacheFolderFollowsTheEnvironment() {
    #expect(Grader.defaultCache(environment: ["PRIMER_CACHE": "/c"]) == "/c")
    #expect(Grader.defaultCache(environment: ["XDG_CACHE_HOME": "/x"]) == "/x/primer")
  }

  @Test func aCacheFolderIsBuiltOnceAndOnlyWhenComplete() throws {
    let root = Workbench.scratchFolder()
    defer { Workbench.remove(root) }
    let folder = CacheFolder(path: root + "/thing")
    var builds = 0
    #expect(throws: GradingError.self) {
      try folder.ensure { (_: String) throws(GradingError) in
        throw .fileSystem(operation: "build", path: "x", reason: "test")
      }
    }
    #expect(!folder.exists)
    try FileManager.default.createDirectory(
      atPath: root + "/thing.tmp-1-killed", withIntermediateDirectories: true)
    try folder.ensure { (temporary: String) throws(GradingError) in
      builds += 1
      FileManager.default.createFile(atPath: temporary + "/done", contents: Data())
    }
    try folder.ensure { (_: String) throws(GradingError) in builds += 1 }
    #expect(builds == 1)
    #expect(FileManager.default.fileExists(atPath: root + "/thing/done"))
    #expect(!FileManager.default.fileExists(atPath: root + "/thing.tmp-1-killed"))
  }
}

import Course
import Foundation
import Testing

/// What commands print as code is Swift a pipe can take: `primer solution ID > mine.swift`
/// compiles, with no heading, frame or gutter around the code.
@Suite struct PipedCodeTests {
  static let swiftc =
    ["/usr/bin/swiftc", "/usr/local/bin/swiftc"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
    .map { "\($0)/swiftc" }.first { FileManager.default.isExecutableFile(atPath: $0) }

  @Test(.enabled(if: swiftc != nil, "swiftc is needed to parse the code"))
  func everySolutionPipedIntoAFileParses() throws {
    let folder = try PrimerProcess.lessonFolder([:])
    defer { try? FileManager.default.removeItem(at: folder) }
    let workspace = folder.appendingPathComponent("workspace").path
    let catalog = try Catalog.load(directory: PrimerProcess.lessons)
    var files: [String] = []
    for exercise in catalog.lessons.flatMap(\.exercises) {
      let result = try PrimerProcess.run([
        "solution", exercise.id, "--force", "--lessons", PrimerProcess.lessons, "--workspace",
        workspace,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      let body = exercise.solution?.body ?? ""
      #expect(result.stdout == (body.hasSuffix("\n") ? body : body + "\n"), "\(exercise.id)")
      let file = folder.appendingPathComponent("\(exercise.id).swift").path
      try result.stdout.write(toFile: file, atomically: true, encoding: .utf8)
      files.append(file)
    }
    let parsed = try PrimerProcess.runCommand([try #require(Self.swiftc), "-parse"] + files)
    #expect(parsed.status == 0, "\(parsed.stderr)")
  }

  /// Every Swift block `primer read` prints (the lesson's `swift` code and starter code) is,
  /// piped, the block's code alone on its lines, and the code taken from the output parses.
  @Test(.enabled(if: swiftc != nil, "swiftc is needed to parse the code"))
  func everySwiftBlockOfAReadPipedParses() throws {
    let folder = try PrimerProcess.lessonFolder([:])
    defer { try? FileManager.default.removeItem(at: folder) }
    let catalog = try Catalog.load(directory: PrimerProcess.lessons)
    var files: [String] = []
    for lesson in catalog.lessons {
      let result = try PrimerProcess.run(["read", lesson.id, "--lessons", PrimerProcess.lessons])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(!result.stdout.contains("\u{1B}"), "\(lesson.id): escape codes in a pipe")
      let blocks = Self.swiftCode(in: lesson.blocks)
      #expect(!blocks.isEmpty, "\(lesson.id) has no Swift code to check")
      for (index, code) in blocks.enumerated() {
        let lines = code.hasSuffix("\n") ? String(code.dropLast()) : code
        let printed = try #require(
          result.stdout.range(of: "\n" + lines + "\n"),
          "\(lesson.id): Swift block \(index + 1) is not printed bare:\n\(lines)")
        let file = folder.appendingPathComponent("\(lesson.id)-\(index + 1).swift").path
        try String(result.stdout[printed]).write(toFile: file, atomically: true, encoding: .utf8)
        files.append(file)
      }
    }
    let first = try PrimerProcess.run(["read", "1", "--no-run", "--lessons", PrimerProcess.lessons])
    #expect(first.stdout.contains("\n// starter code → workspace/neuron-output.swift\n"))
    #expect(first.stdout.contains("\n// cell 1 · uses neuron-output · primer try 1:1\n"))
    // One module: each file's code is a declaration, as starter code is for the grader.
    let parsed = try PrimerProcess.runCommand([try #require(Self.swiftc), "-parse"] + files)
    #expect(parsed.status == 0, "\(parsed.stderr)")
  }

  /// The Swift code a lesson shows, in order: `swift` code blocks and starter code.
  static func swiftCode(in blocks: [Block]) -> [String] {
    blocks.flatMap { block -> [String] in
      switch block {
      case .code(let code): code.language == "swift" ? [code.code] : []
      case .directive(let directive): directive.kind == .starter ? [directive.body] : []
      case .list(let list): list.items.flatMap { swiftCode(in: $0) }
      case .blockQuote(let quoted): swiftCode(in: quoted)
      default: []
      }
    }
  }

  @Test(.enabled(if: swiftc != nil, "swiftc is needed to parse the code"))
  func codeInAHintPipedIsBareSwift() throws {
    let course = try LoopCommandTests.Course(exercises: [(1, "neuron", 0)])
    defer { course.remove() }
    let lesson = course.lessons + "/01-lesson.md"
    let text = try String(contentsOfFile: lesson, encoding: .utf8)
    let code = "func work(_ x: [Double]) -> Double {\n  x.reduce(0, +)\n}"
    try (text + "````hint\nSum the inputs:\n\n```swift\n\(code)\n```\n````\n").write(
      toFile: lesson, atomically: true, encoding: .utf8)
    let result = try course.run(["hint", "neuron"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\n" + code + "\n"), "\(result.stdout)")
    #expect(!result.stdout.contains("│"))
    let file = course.folder.appendingPathComponent("hint.swift").path
    try code.write(toFile: file, atomically: true, encoding: .utf8)
    let parsed = try PrimerProcess.runCommand([try #require(Self.swiftc), "-parse", file])
    #expect(parsed.status == 0, "\(parsed.stderr)")
  }
}

import Foundation
import Testing

/// The guides stay true to the code: every `Sources/…` path a guide names exists, and every type
/// it names in code spans (`ExerciseSpec`, `Tensor<Float>`) is declared in the package, is one
/// of its modules, or is a Swift, Foundation or platform name.
@Suite struct GuideReferencesTests {
  static let root = PrimerProcess.packageRoot

  /// README.md and every Markdown file under Docs/.
  static let guides: [URL] = {
    var files = [root.appendingPathComponent("README.md")]
    let docs = root.appendingPathComponent("Docs")
    if let walker = FileManager.default.enumerator(at: docs, includingPropertiesForKeys: nil) {
      for case let url as URL in walker where url.pathExtension == "md" { files.append(url) }
    }
    return files.sorted { $0.path < $1.path }
  }()

  /// Names a guide may use that the package does not declare.
  static let outsideNames: Set<String> = [
    "Any", "Array", "Bool", "Character", "Darwin", "Data", "Dictionary", "Double", "Equatable",
    "Error", "FileManager", "Float", "Float32", "Float64", "Foundation", "FoundationEssentials",
    "Glibc", "Hashable", "Int", "Int32", "Int64", "Never", "Optional", "Process", "Range",
    "Result", "Sendable", "Set", "String", "Substring", "UInt", "UInt8", "UInt32", "UInt64",
    "URL", "Void", "XCTest", "Testing", "ArgumentParser", "ParsableCommand", "AsyncParsableCommand",
    "SwiftSyntax", "SwiftParser", "CustomStringConvertible", "Codable", "Decodable", "Encodable",
    "SystemRandomNumberGenerator", "RandomNumberGenerator", "Comparable", "Sequence",
    "Collection", "Scalar", "README", "Lessons", "Docs", "Benchmarks", "Tests",
  ]

  /// Every code span of a Markdown text (text between single backticks, fences skipped).
  static func codeSpans(in text: String) -> [String] {
    var spans: [String] = []
    var inFence = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
        inFence.toggle()
        continue
      }
      if inFence { continue }
      let parts = line.split(separator: "`", omittingEmptySubsequences: false)
      for (index, part) in parts.enumerated() where index % 2 == 1 && index < parts.count - 1 {
        spans.append(String(part))
      }
    }
    return spans
  }

  /// The declared type names of the package: `struct X`, `enum X`, `class X`, `protocol X`,
  /// `actor X`, `typealias X`, and its module and target folder names.
  static let declaredNames: Set<String> = {
    var names: Set<String> = []
    let pattern = try! NSRegularExpression(
      pattern: #"\b(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z][A-Za-z0-9_]*)"#)
    for folder in ["Sources", "Tests"] {
      let base = root.appendingPathComponent(folder)
      if let modules = try? FileManager.default.contentsOfDirectory(atPath: base.path) {
        names.formUnion(modules)
      }
      guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
      else { continue }
      for case let url as URL in walker where url.pathExtension == "swift" {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
        let range = NSRange(text.startIndex..., in: text)
        for match in pattern.matches(in: text, range: range) {
          if let name = Range(match.range(at: 1), in: text) { names.insert(String(text[name])) }
        }
      }
    }
    return names
  }()

  /// Whether `path` (relative to the root, `*` matching within a name) names something that exists.
  static func exists(_ path: String) -> Bool {
    guard path.contains("*") else {
      return FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }
    let folder = (path as NSString).deletingLastPathComponent
    let pattern = (path as NSString).lastPathComponent
    let names =
      (try? FileManager.default.contentsOfDirectory(
        atPath: root.appendingPathComponent(folder).path)) ?? []
    return names.contains { fnmatch(pattern, $0, 0) == 0 }
  }

  @Test(arguments: guides.map(\.lastPathComponent))
  func sourcePathsExist(guide: String) throws {
    let url = try #require(Self.guides.first { $0.lastPathComponent == guide })
    let text = try String(contentsOf: url, encoding: .utf8)
    for span in Self.codeSpans(in: text) where span.hasPrefix("Sources/") {
      // `Sources/Grading/Grader.swift:120` and `Sources/Course/` name the file or folder.
      let path =
        String(span.split(separator: ":").first ?? "").split(separator: " ").first
        .map(String.init) ?? span
      #expect(Self.exists(path), "\(guide) names `\(span)`, which is not in the package")
    }
  }

  @Test(arguments: guides.map(\.lastPathComponent))
  func typeNamesAreDeclared(guide: String) throws {
    let url = try #require(Self.guides.first { $0.lastPathComponent == guide })
    let text = try String(contentsOf: url, encoding: .utf8)
    let identifier = try NSRegularExpression(pattern: #"^([A-Z][a-z][A-Za-z0-9]*)(<[^>]*>)?$"#)
    for span in Self.codeSpans(in: text) {
      let range = NSRange(span.startIndex..., in: span)
      guard let match = identifier.firstMatch(in: span, range: range),
        let nameRange = Range(match.range(at: 1), in: span)
      else { continue }
      let name = String(span[nameRange])
      #expect(
        Self.declaredNames.contains(name) || Self.outsideNames.contains(name),
        "\(guide) names the type `\(name)`, which the package does not declare")
    }
  }

  @Test func theScannerFindsAMissingTypeAndPath() {
    let spans = Self.codeSpans(in: "See `NoSuchTypeAnywhere` in `Sources/Nowhere/Gone.swift`.\n")
    #expect(spans == ["NoSuchTypeAnywhere", "Sources/Nowhere/Gone.swift"])
    #expect(!Self.declaredNames.contains("NoSuchTypeAnywhere"))
    #expect(!Self.exists("Sources/Nowhere/Gone.swift"))
    #expect(Self.exists("Sources/ReferenceJSON/Entries+*.swift"))
  }
}

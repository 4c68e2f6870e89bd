/// The Swift source of an exercise's judge: its solution and each mistake in a namespace of
/// its own, each with the exercise's `entry` instantiated inside it, and the judge's driver
/// with the exercise's checks (``Harness/driverSource(for:)``).
///
/// ```swift
/// public enum Solution {
///   static func softmax(_ x: Matrix) -> Matrix { … }        // the author's `func softmax`
///   public static let entry = { (x: Matrix) -> Matrix in softmax(x) }
/// }
/// public enum Mistake_no_max_shift { … }
/// ```
///
/// The author writes the solution and the mistakes as the learner would, with top-level
/// functions; here each top-level `func`, `let` and `var` becomes `static`, and `import`s move
/// to the top of the file. Inside the namespace, the entry's `softmax` is the namespace's own.
/// `#sourceLocation` lines make the compiler report errors at the lesson's lines.
/// (Top-level `extension`s, `struct`s with the same name in two blocks, and `main` code are
/// not supported in these blocks.)
enum ExerciseModule {
  static func source(for spec: ExerciseSpec) -> String {
    // Only PrimerKit is part of the module's interface, so that importing it in a run loads
    // nothing else.
    var imports: Set<String> = [
      "public import PrimerKit", "internal import Checks", "internal import Reference",
      "internal import Wire",
    ]
    if spec.usesAutodiff { imports.insert("internal import WireTensor") }
    var namespaces: [String] = []
    let blocks =
      [("Solution", spec.solution)] + spec.mistakes.map { ($0.namespace, $0.code) }
    for (name, code) in blocks {
      let (body, hoisted) = staticDeclarations(code.text)
      imports.formUnion(
        hoisted.map { line in
          // The tensor's types may appear in the entry's type, so it is public too.
          line.hasPrefix("import PrimerKit") || line.hasPrefix("import Autodiff")
            ? "public " + line : "internal " + line
        })
      namespaces.append(
        """
        public enum \(name) {
        #sourceLocation(file: "\(spec.lessonFile)", line: \(code.line))
        \(body)
        #sourceLocation(file: "\(spec.lessonFile)", line: \(spec.entry.line))
          public static let entry = \(spec.entry.text)
        #sourceLocation()
        }

        """)
    }
    return imports.sorted().joined(separator: "\n") + "\n\n" + namespaces.joined(separator: "\n")
      + "\n" + Harness.driverSource(for: spec)
  }

  /// `text` with top-level declarations made `static`, and its `import` lines (each replaced
  /// by an empty line, so line numbers stay right).
  static func staticDeclarations(_ text: String) -> (body: String, imports: [String]) {
    var imports: [String] = []
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("import ") {
        imports.append(String(line))
        lines.append("")
        continue
      }
      lines.append(staticDeclaration(String(line)))
    }
    return (lines.joined(separator: "\n"), imports)
  }

  /// A line at column 0 declaring a `func`, `let` or `var` (after modifiers and attributes)
  /// with `static` inserted before the keyword.
  private static func staticDeclaration(_ line: String) -> String {
    guard let first = line.first, first.isLetter || first == "@" else { return line }
    let modifiers: Set<Substring> = [
      "private", "fileprivate", "internal", "public", "final", "nonisolated",
    ]
    var words = line.split(separator: " ", omittingEmptySubsequences: false)
    for index in words.indices {
      let word = words[index]
      if word.hasPrefix("@") || modifiers.contains(word) { continue }
      if ["func", "let", "var"].contains(word) {
        words.insert("static", at: index)
        return words.joined(separator: " ")
      }
      return line
    }
    return line
  }
}

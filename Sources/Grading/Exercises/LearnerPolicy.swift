import Isolation

/// What a learner's file may not do, checked before it is compiled: import anything but
/// `Foundation`, `PrimerKit`, `Autodiff` (the differentiable tensor), `Glibc` and `Darwin`
/// (exercises are solved without the reference library), or reach around imports with `@_silgen_name`, `dlopen` or `dlsym`.
///
/// A refusal is a compile error at the offending `file:line:column`, with what to do.
///
/// This is a friendly early message, not a defence: it reads text, so another spelling gets
/// past it. What keeps the reference library out is that it is not in the learner's program
/// at all (see `Harness`): its import does not compile and its symbols do not link.
enum LearnerPolicy {
  static let allowedModules: Set<String> = [
    "Foundation", "PrimerKit", "Autodiff", "Glibc", "Darwin",
  ]
  static let forbiddenWords = ["@_silgen_name", "dlopen", "dlsym"]

  /// The refusals for the file at `path` holding `text`; empty when it may be compiled.
  static func violations(in text: String, path: String) -> [CompilerDiagnostic] {
    var found: [CompilerDiagnostic] = []
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let code = stripComment(String(rawLine))
      if let (column, module) = importedModule(code), !allowedModules.contains(module) {
        let message =
          ["Reference", "Checks"].contains(module) || module.hasPrefix("Exercise_")
          ? "exercises are solved without the reference library: remove `import \(module)`"
          : "`import \(module)` is not available in exercises: only Foundation, PrimerKit and "
            + "Autodiff can be imported"
        found.append(
          CompilerDiagnostic(
            file: path, line: offset + 1, column: column, severity: .error, message: message))
      }
      for word in forbiddenWords {
        if let range = code.firstRange(of: word) {
          let column = code.distance(from: code.startIndex, to: range.lowerBound) + 1
          found.append(
            CompilerDiagnostic(
              file: path, line: offset + 1, column: column, severity: .error,
              message: "`\(word)` is not allowed in exercises: call only your own code, "
                + "Foundation, PrimerKit and Autodiff"))
        }
      }
    }
    return found
  }

  /// Whether `text` imports the module `name` (outside `//` comments).
  static func imports(_ name: String, in text: String) -> Bool {
    text.split(separator: "\n").contains { line in
      importedModule(stripComment(String(line)))?.1 == name
    }
  }

  /// The module an `import` line names and the column of `import`, for lines such as
  /// `import Reference`, `@testable import Reference`, `import func Reference.softmax`.
  private static func importedModule(_ line: String) -> (Int, String)? {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard let index = words.firstIndex(of: "import"),
      words[..<index].allSatisfy({
        $0.hasPrefix("@") || $0 == "public" || $0 == "internal" || $0 == "private"
          || $0 == "fileprivate"
      })
    else { return nil }
    let kinds: Set<Substring> = [
      "struct", "class", "enum", "protocol", "typealias", "func", "let", "var",
    ]
    var next = words.index(after: index)
    if next < words.endIndex, kinds.contains(words[next]) { next = words.index(after: next) }
    guard next < words.endIndex else { return nil }
    let module = words[next].split(separator: ".").first.map(String.init) ?? ""
    let column = line.distance(from: line.startIndex, to: words[index].startIndex) + 1
    return (column, module)
  }

  /// `line` without a `//` comment (naively: a `//` inside a string literal also ends it).
  private static func stripComment(_ line: String) -> String {
    guard let range = line.firstRange(of: "//") else { return line }
    return String(line[..<range.lowerBound])
  }
}

/// The two generated files compiled with the learner's file into one program:
///
/// - `entry.swift` instantiates the exercise's `entry:` with only `PrimerKit` imported, so
///   `softmax` can only mean the learner's own function (never the reference library's);
/// - `checks.swift` holds the `@main` driver: it starts the result reporter, builds a
///   `Checks` value from the learner's entry, the reference and the mistakes, runs the
///   exercise's `checks` block (at its lesson lines) and reports.
///
/// The program's first argument is the seed.
enum Harness {
  static let entryFile = "entry.swift"
  static let checksFile = "checks.swift"

  static func entrySource(for spec: ExerciseSpec) -> String {
    """
    import PrimerKit

    let primerLearnerEntry = \(spec.entry.text)

    """
  }

  static func checksSource(for spec: ExerciseSpec) -> String {
    let module = spec.moduleName
    // `#sourceLocation` may stand only between statements, so the reference gets its own.
    let reference: String
    if let given = spec.reference {
      reference =
        "#sourceLocation(file: \"\(spec.lessonFile)\", line: \(given.line))\n"
        + "    let primerReference = \(given.text)\n#sourceLocation()\n"
    } else {
      reference = "    let primerReference = \(module).Solution.entry\n"
    }
    let mistakes = spec.mistakes.map { mistake in
      "        .init(\(literal(mistake.name)), \(module).\(mistake.namespace).entry),\n"
    }.joined()
    return """
      import Checks
      import Reference
      import \(module)

      @main enum PrimerDriver {
        static func main() {
          let reporter = ResultReporter.start()
          let seed = UInt64(CommandLine.arguments.dropFirst().first ?? "") ?? 0
      \(reference)
          let check = Checks(
            entry: primerLearnerEntry,
            reference: primerReference,
            mistakes: [
      \(mistakes)      ])
      #sourceLocation(file: "\(spec.lessonFile)", line: \(spec.checks.line))
      \(spec.checks.text)
      #sourceLocation()
          check.run(seed: seed, reporter: reporter)
        }
      }

      """
  }

  /// `text` as a Swift string literal.
  static func literal(_ text: String) -> String {
    "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"")
      + "\""
  }
}

/// The generated code around the author's and the learner's: the exercise module's driver,
/// compiled once per exercise, and the per-run `entry.swift`, compiled with the learner's file.
///
/// The program is split so that a run compiles almost nothing but the learner's file:
///
/// - the **driver** (`@main`, in the exercise module) starts the result reporter, asks the
///   learner's module for its entry through the symbol `primer_learner_entry`, builds a
///   `Checks` value from it, the reference and the mistakes, runs the exercise's `checks`
///   block (at its lesson lines) and reports;
/// - **`entry.swift`** defines `primer_learner_entry`: the exercise's `entry:` expression,
///   compiled in the learner's module with only `PrimerKit` (and `Autodiff` for exercises on
///   the tensor) and the exercise module imported,
///   so `softmax` can only mean the learner's own function (never the reference library's),
///   and typed by the solution's entry, so a learner function of another type is a compile
///   error here rather than a crash later.
///
/// The program's first argument is the seed.
enum Harness {
  static let entryFile = "entry.swift"
  static let entrySymbol = "primer_learner_entry"

  static func entrySource(for spec: ExerciseSpec) -> String {
    """
    import PrimerKit\(spec.usesAutodiff ? "\nimport Autodiff" : "")
    import \(spec.moduleName)

    @_silgen_name("\(entrySymbol)")
    func primerLearnerEntry() -> Any {
      // Assigning over the solution's entry gives the learner's the very same type.
      var entry = \(spec.moduleName).Solution.entry
      entry = \(spec.entry.text)
      return entry
    }

    """
  }

  /// The driver and its helpers, appended to the exercise module's source.
  static func driverSource(for spec: ExerciseSpec) -> String {
    // `#sourceLocation` may stand only between statements, so the reference gets its own.
    let reference: String
    if let given = spec.reference {
      reference =
        "#sourceLocation(file: \"\(spec.lessonFile)\", line: \(given.line))\n"
        + "    let primerReference = \(given.text)\n#sourceLocation()\n"
    } else {
      reference = "    let primerReference = Solution.entry\n"
    }
    let mistakes = spec.mistakes.map { mistake in
      "        .init(\(literal(mistake.name)), \(mistake.namespace).entry),\n"
    }.joined()
    return """
      /// `value` as the type of `like` (the learner's entry, checked at compile time).
      func primerCast<T>(_ value: Any, like _: T) -> T { value as! T }

      /// Defined in the learner's module, by `entry.swift`.
      @_silgen_name("\(entrySymbol)")
      func primerLearnerEntry() -> Any

      @main enum PrimerDriver {
        static func main() {
          let reporter = ResultReporter.start()
          let seed = UInt64(CommandLine.arguments.dropFirst().first ?? "") ?? 0
      \(reference)
          let check = Checks(
            entry: primerCast(primerLearnerEntry(), like: Solution.entry),
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
      + text.replacingScalars("\\", with: "\\\\").replacingScalars("\"", with: "\\\"")
      + "\""
  }
}

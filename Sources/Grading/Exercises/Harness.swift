/// The generated code around the author's and the learner's: the **judge**'s driver, compiled
/// once per exercise with the solution, the reference, the mistakes and the checks, and the
/// per-run **`entry.swift`**, compiled with the learner's file into the learner's program.
///
/// A grading run is two processes joined by a socket (see `Sources/Wire/WireLink.swift`):
///
/// - the **learner's program** holds the learner's file, `entry.swift`, `PrimerKit` and `Wire`
///   (and `Autodiff` with `WireTensor` for exercises on the tensor), nothing else: no
///   reference library, no checks, no solution. `entry.swift` declares the exercise's
///   `entry:` expression with the type of the solution's entry (printed by the judge with
///   `--entry-type` when it is built), so `softmax` can only mean the learner's own function
///   and a function of another type is a compile error; then it answers calls on descriptor 3
///   until the judge ends the link;
/// - the **judge** (`@main` below) runs the exercise's `checks` block (at its lesson lines)
///   with `f` a proxy that sends each call's arguments to the learner's program and returns
///   its answer. Every judgement, and every mistake, runs in the judge, which reports on
///   descriptor 3 with the ``ResultReporter``; the learner's program can only choose its own
///   answers. When the link fails, the judge fails the running check with the reason and ends
///   with ``linkLostStatus``.
///
/// The judge's first argument is the seed; its link is descriptor 4.
enum Harness {
  static let entryFile = "entry.swift"
  /// The judge's exit status when the learner's program stopped answering.
  static let linkLostStatus: Int32 = 3
  /// The judge's argument that prints the entry's type and exits.
  static let entryTypeArgument = "--entry-type"
  /// The judge's descriptor of the link (its result channel is descriptor 3).
  static let judgeLinkDescriptor: Int32 = 4

  /// The learner program's `main`: the entry, typed, served on descriptor 3.
  static func entrySource(for spec: ExerciseSpec, entryType: String) -> String {
    let tensor = spec.usesAutodiff ? "import Autodiff\nimport WireTensor\n" : ""
    return """
      import PrimerKit
      import Wire
      \(tensor)
      @main enum PrimerLearnerProgram {
        static func main() {
          let entry: \(entryType) = \(spec.entry.text)
          WireLink.serveProgram { link in
            [\(functions(of: spec).map { "link.handler(unlabelled(entry\($0)))" }.joined(separator: ", "))]
          }
        }
      }

      """
  }

  /// The entry's functions as members of `entry`: `[""]` for one function, `[".0", ".1"]`
  /// for a tuple of them (`entry: (gptLogits(…), trainingStep(…))`).
  static func functions(of spec: ExerciseSpec) -> [String] {
    let count = spec.entryFunctionCount
    return count == 1 ? [""] : (0..<count).map { ".\($0)" }
  }

  /// The judge's driver, appended to the judge's source.
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
    let proxies = functions(of: spec).enumerated().map { index, member in
      "primerLink.proxy(\(index), like: unlabelled(Solution.entry\(member)))"
    }
    // Built in a closure typed by the solution's entry, so that results with labels keep them.
    let proxy =
      "primerTyped(like: Solution.entry) { "
      + (proxies.count == 1 ? proxies[0] : "(" + proxies.joined(separator: ", ") + ")") + " }"
    return """
      #if canImport(Glibc)
      import Glibc
      #else
      import Darwin
      #endif

      /// `make()`, typed as `like` (a proxy's tuple of results gets the entry's labels).
      func primerTyped<F>(like _: F, _ make: () -> F) -> F { make() }

      @main enum PrimerJudge {
        static func main() {
          if CommandLine.arguments.dropFirst().first == \(literal(entryTypeArgument)) {
            print(_typeName(type(of: Solution.entry), qualified: true))
            return
          }
          // The nonce and every judgement are closed to other processes of this user.
          ResultReporter.closeMemory()
          signal(SIGPIPE, SIG_IGN)
          let reporter = ResultReporter.start()
          let seed = UInt64(CommandLine.arguments.dropFirst().first ?? "") ?? 0
          let primerLink = WireLink(descriptor: \(judgeLinkDescriptor)) { error in
            reporter.reportInterruption(error.description)
            exit(\(linkLostStatus))
          }
          reporter.learnerChecksDone = { primerLink.end() }
      \(reference)
          let check = Checks(
            entry: \(proxy),
            reference: primerReference,
            mistakes: [
      \(mistakes)      ])
      #sourceLocation(file: "\(spec.lessonFile)", line: \(spec.checks.line))
      \(spec.checks.text)
      #sourceLocation()
          check.run(seed: seed, reporter: reporter)
          primerLink.end()
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

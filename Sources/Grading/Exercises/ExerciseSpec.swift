import Base
import Course
import Isolation

import enum Checks.CheckKind

/// What grading needs from an exercise's blocks, read once: the `entry:` and `reference:`
/// expressions, the limits, the solution, the checks and their names, and the mistakes.
struct ExerciseSpec: Sendable {
  /// A piece of the author's Swift and the lesson line its first line is on.
  struct Code: Sendable, Hashable {
    var text: String
    var line: Int
  }

  struct Mistake: Sendable, Hashable {
    var name: String
    var message: String
    var code: Code

    /// `Mistake_no_max_shift`: the namespace of the mistake in the exercise module.
    var namespace: String {
      "Mistake_" + String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
  }

  var id: String
  /// The lesson file as diagnostics should name it (`Lessons/01-neural-networks.md`).
  var lessonFile: String
  var entry: Code
  var reference: Code?
  var timeLimitSeconds: Int
  var optimize: Bool
  var solution: Code
  var checks: Code
  var checkNames: [String]
  /// The checks written with `anyAnswer: true`, which a starter may pass.
  var anyAnswerChecks: Set<String>
  var mistakes: [Mistake]
  var starter: Code?

  /// - Throws: ``GradingError/exerciseIncomplete(exercise:missing:)`` when a block or the
  ///   `entry:` field is missing.
  init(_ exercise: Exercise, lessonFile: String) throws(GradingError) {
    id = exercise.id
    self.lessonFile = lessonFile
    guard let solution = exercise.solution else {
      throw .exerciseIncomplete(exercise: exercise.id, missing: "```solution block")
    }
    guard let checks = exercise.checks else {
      throw .exerciseIncomplete(exercise: exercise.id, missing: "```checks block")
    }
    guard let entry = ExerciseSpec.field("entry", of: exercise.declaration) else {
      throw .exerciseIncomplete(
        exercise: exercise.id,
        missing: "`entry:` line in its ```exercise block (e.g. "
          + "`entry: { (x: Matrix) -> Matrix in softmax(x) }`)")
    }
    self.entry = entry
    reference = ExerciseSpec.field("reference", of: exercise.declaration)
    timeLimitSeconds = exercise.declaration.field("time-limit").flatMap { Int($0) } ?? 10
    optimize = exercise.declaration.field("optimize") == "true"
    self.solution = ExerciseSpec.code(of: solution)
    self.checks = ExerciseSpec.code(of: checks)
    checkNames = ExerciseSpec.checkNames(in: checks.body)
    anyAnswerChecks = Set(ExerciseSpec.checkNames(in: checks.body, anyAnswerOnly: true))
    mistakes = exercise.mistakes.map { directive in
      Mistake(
        name: directive.argument ?? "", message: directive.attribute("message") ?? "",
        code: ExerciseSpec.code(of: directive))
    }
    starter = exercise.starter.map(ExerciseSpec.code(of:))
  }

  /// Whether the exercise is written on the differentiable tensor: its solution imports
  /// `Autodiff`, so the exercise module, the entry and the program import and link it.
  var usesAutodiff: Bool { LearnerPolicy.imports(KitSources.autodiff, in: solution.text) }

  /// How many functions the entry holds: 1, or the elements of a tuple of functions
  /// (`entry: (gptLogits(_:weights:heads:context:), trainingStep(_:windows:heads:adamW:))`),
  /// each with its own proxy in the judge.
  var entryFunctionCount: Int {
    let text = entry.text.trimmingFoundationWhitespace()
    guard text.hasPrefix("("), text.hasSuffix(")") else { return 1 }
    var depth = 0
    var count = 1
    for character in text.dropFirst().dropLast() {
      switch character {
      case "(", "[", "{", "<": depth += 1
      case ")", "]", "}", ">": depth -= 1
      case "," where depth == 0: count += 1
      default: break
      }
    }
    return count
  }

  /// Everything the exercise module is built from, hashed: its cache key.
  var moduleHash: String {
    // The checks and the reference are compiled into the module's driver, so they are part
    // of the key: an edited check must not run an old module.
    var pieces = [
      lessonFile, entry.text, String(entry.line), solution.text, String(solution.line),
      checks.text, String(checks.line), reference?.text ?? "", String(reference?.line ?? 0),
    ]
    for mistake in mistakes {
      pieces += [mistake.name, mistake.code.text, String(mistake.code.line)]
    }
    return ContentHash.of(pieces)
  }

  /// The module holding the solution and the mistakes: `Exercise_<hash>`.
  var moduleName: String { "Exercise_" + moduleHash }

  /// The names in `check.example("NAME")`, `check.compare("NAME", …)`, … in order: the calls
  /// of `kinds` (every ``CheckKind`` unless told), or only those marked `anyAnswer: true`.
  ///
  /// Names must be string literals without interpolation so that the grader knows which
  /// results to expect before the program runs.
  static func checkNames(
    in body: String, anyAnswerOnly: Bool = false, kinds: [CheckKind] = CheckKind.allCases
  ) -> [String] {
    body.matches(of: checkCall(kinds: kinds, anyAnswerOnly: anyAnswerOnly)).compactMap { match in
      match.output[1].substring.map {
        String($0)
          .replacingScalars(#"\""#, with: "\"")
          .replacingScalars(#"\\"#, with: "\\")
      }
    }
  }

  /// `check.KIND("NAME"` for each of `kinds`, capturing the name. Matched scalar by scalar, as
  /// `NSRegularExpression` matched (on UTF-16): a quote followed by a combining mark still ends
  /// the name.
  static func checkCall(kinds: [CheckKind], anyAnswerOnly: Bool) -> Regex<AnyRegexOutput> {
    let pattern =
      #"check\s*\.\s*(?:"# + kinds.map(\.rawValue).joined(separator: "|")
      + #")\s*\(\s*"((?:[^"\\]|\\.)*)""#
      + (anyAnswerOnly ? #"\s*,\s*anyAnswer\s*:\s*true"# : "")
    do {
      return try Regex(pattern).matchingSemantics(.unicodeScalar)
    } catch {
      preconditionFailure(
        "ExerciseSpec: the check-call pattern \(pattern) does not compile: \(error)")
    }
  }

  /// A directive's body and the line of its first body line (the line after the fence).
  private static func code(of directive: Directive) -> Code {
    Code(text: directive.body, line: directive.location.line + 1)
  }

  /// The value of `key:` in a directive's body with the line it is on.
  private static func field(_ key: String, of directive: Directive) -> Code? {
    guard let value = directive.field(key), !value.isEmpty else { return nil }
    let lines = directive.body.split(separator: "\n", omittingEmptySubsequences: false)
    let offset =
      lines.firstIndex {
        $0.drop { $0 == " " }.hasPrefix(key + ":")
      } ?? 0
    return Code(text: value, line: directive.location.line + 1 + offset)
  }
}

/// A mutant of an exercise's solution that its author declares equivalent: it computes the
/// same thing as the solution, so no check can kill it and `primer verify --mutants` does not
/// count it against the checks.
///
/// Written in the `exercise` block, one line each:
///
/// ```
/// equivalent-mutant: 7: return max(0, z) → return max(0, z + 0) — adding 0 changes nothing
/// ```
///
/// `7` is the line in the ```solution block (its first line is 1); then the line as written and
/// as mutated, without indentation, as `primer verify --mutants` prints them (`(removed)` for
/// a dropped statement); then `—` and why the two cannot differ.
public struct EquivalentMutant: Hashable, Sendable {
  /// The `exercise` block's key for a mark.
  public static let fieldKey = "equivalent-mutant"
  /// What stands for a removed line in a mark.
  public static let removed = "(removed)"

  /// The 1-based line in the solution block.
  public var line: Int
  public var original: String
  /// The mutated line; empty for a removed statement.
  public var mutated: String
  public var reason: String

  public init(line: Int, original: String, mutated: String, reason: String) {
    self.line = line
    self.original = original
    self.mutated = mutated
    self.reason = reason
  }

  /// Reads `LINE: original → mutated — reason`.
  ///
  /// - Returns: the mark, or what is wrong with the text.
  public static func parse(_ text: String) -> Result<EquivalentMutant, MarkError> {
    let shape = "write `\(fieldKey): LINE: original → mutated — reason`"
    guard let colon = text.firstIndex(of: ":"),
      let line = Int(text[..<colon].trimmingWhitespace()), line >= 1
    else {
      return .failure(MarkError("starts with no solution line number; \(shape)"))
    }
    let rest = text[text.index(after: colon)...]
    guard let arrow = rest.firstRange(of: "→") else {
      return .failure(MarkError("has no `→` between the original and the mutated line; \(shape)"))
    }
    let after = rest[arrow.upperBound...]
    guard let dash = after.firstRange(of: "—") else {
      return .failure(MarkError("has no `—` before its reason; \(shape)"))
    }
    let reason = String(after[dash.upperBound...].trimmingWhitespace())
    guard !reason.isEmpty else {
      return .failure(MarkError("gives no reason after `—`: say why no check can tell them apart"))
    }
    let original = String(rest[..<arrow.lowerBound].trimmingWhitespace())
    let mutated = String(after[..<dash.lowerBound].trimmingWhitespace())
    return .success(
      EquivalentMutant(
        line: line, original: original, mutated: mutated == removed ? "" : mutated,
        reason: reason))
  }

  /// Why a mark could not be read, as a sentence.
  public struct MarkError: Error, Hashable, Sendable {
    public var message: String
    init(_ message: String) { self.message = message }
  }
}

extension Exercise {
  /// The marks of equivalent mutants in the `exercise` block; malformed ones are left out
  /// (`primer lint` reports them).
  public var equivalentMutants: [EquivalentMutant] {
    declaration.fields.values.filter { $0.key == EquivalentMutant.fieldKey }.compactMap {
      try? EquivalentMutant.parse($0.value).get()
    }
  }

  /// What is wrong with the exercise's marks of equivalent mutants: unreadable, or naming a
  /// line the solution does not have as written.
  func equivalentMarkProblems() -> [String] {
    let lines = solution.map {
      $0.body.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
        $0.body.hasSuffix("\n") ? 1 : 0)
    }
    var problems: [String] = []
    for field in declaration.fields.values where field.key == EquivalentMutant.fieldKey {
      switch EquivalentMutant.parse(field.value) {
      case .failure(let error):
        problems.append("exercise `\(id)`: an equivalent mutant \(error.message)")
      case .success(let mark):
        guard let lines else { continue }
        if mark.line > lines.count
          || String(lines[lines.startIndex + mark.line - 1].trimmingWhitespace()) != mark.original
        {
          problems.append(
            "exercise `\(id)`: equivalent mutant on solution line \(mark.line) names `\(mark.original)`, "
              + "but that line of the ```solution block is "
              + (mark.line > lines.count
                ? "past its end (\(lines.count) lines)"
                : "`\(lines[lines.startIndex + mark.line - 1].trimmingWhitespace())`")
              + "; copy the line from `primer verify --mutants`")
        }
      }
    }
    return problems
  }
}

import Base
import Grading

/// `primer verify --mutants` reports as text for a terminal, or as JSON lines.
enum MutantText {
  /// One exercise: its counts and score, then each survivor as `file:line [kind]: original →
  /// mutated`, and marks of equivalent mutants that match none.
  static func render(_ report: MutationReport) -> String {
    var lines = [
      "\(report.meetsGoal ? "✓" : "✗") \(report.exercise): score \(percent(report.score)) — "
        + "\(report.mutants) mutants, \(report.killed) killed, \(report.survived) survived, "
        + "\(report.equivalent) equivalent, \(report.notCompiling) not compiling"
    ]
    for survivor in report.survivors {
      let mutated = survivor.mutated.isEmpty ? "(removed)" : survivor.mutated
      lines.append(
        "    \(report.lessonFile):\(survivor.line) [\(survivor.kind.rawValue), solution line "
          + "\(survivor.solutionLine)]: \(TerminalText.escape(survivor.original)) → "
          + TerminalText.escape(mutated))
    }
    for mark in report.unmatchedMarks {
      lines.append(
        "    equivalent-mutant on solution line \(mark.line) matches no mutant: "
          + "\(TerminalText.escape(mark.original)) → \(TerminalText.escape(mark.mutated)); "
          + "copy it again from a survivor above, or remove it")
    }
    return lines.joined(separator: "\n")
  }

  /// One exercise as one line of JSON (see ``MutationReport``'s `encode(to:)`).
  static func json(_ report: MutationReport) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(report), as: UTF8.self)
  }

  /// The course's figure: killed among the graded mutants of every exercise, and how many
  /// exercises miss the goal.
  static func summary(_ reports: [MutationReport], failures: Int, seconds: Double) -> String {
    let killed = reports.map(\.killed).reduce(0, +)
    let survived = reports.map(\.survived).reduce(0, +)
    return "Mutation score \(percent(MutationReport.courseScore(reports))): \(killed) of "
      + "\(killed + survived) mutants killed over \(reports.count) exercise"
      + "\(reports.count == 1 ? "" : "s"); \(failures) below \(percent(MutationReport.goal)) "
      + "or with a stale mark; \(Int(seconds.rounded())) s."
  }

  static func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded(.down))
    return "\(tenths / 10).\(tenths % 10)%"
  }
}

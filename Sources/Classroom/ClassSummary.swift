import Grading

/// `summary.md`: what a teacher reads first — how many passed each exercise, the named
/// mistakes and failing checks most common across the class (what to teach again next week),
/// and the submissions and files that need a look.
///
/// It holds no timing, so a class graded twice, or in shards and merged, gives the same file.
/// Lists are sorted by count, then name; names come from student folders and the lessons, and
/// are escaped so they cannot break a table or inject HTML.
enum ClassSummary {
  /// How many rows the lists of mistakes and checks show.
  static let topCount = 10

  static func render(_ gradebook: Gradebook) -> String {
    var lines: [String] = []
    let entries = gradebook.entries
    let students = gradebook.students.count
    let passed = entries.filter { $0.entry.status == .passed }.count
    let missing = entries.filter { $0.entry.status == .missing }.count
    let problems = entries.filter { $0.entry.status.isGraderProblem }
    lines.append("# Class gradebook")
    lines.append("")
    var scope = "\(students) student\(students == 1 ? "" : "s")"
    if let shard = gradebook.shard {
      scope += " (shard \(shard.text) of a class of \(gradebook.classSize))"
    }
    lines.append(
      "\(scope) × \(gradebook.exercises.count) exercise\(gradebook.exercises.count == 1 ? "" : "s"): "
        + "\(passed) passed, \(entries.count - passed - missing - problems.count) not passed, "
        + "\(missing) missing"
        + (problems.isEmpty ? "" : ", \(problems.count) Primer could not grade") + ".")
    lines.append("")
    lines.append(
      gradebook.seed.map { "Every submission was graded with seed \($0)." }
        ?? "Each submission was graded with its own seed (the `seed` column of gradebook.csv).")
    lines.append(
      "`primer run EXERCISE --file FILE --seed SEED` repeats a verdict (FILE relative to the "
        + "class folder).")

    lines.append("")
    lines.append("## Pass rate per exercise")
    lines.append("")
    lines.append("| exercise | passed | not passed | missing | pass rate |")
    lines.append("|---|---:|---:|---:|---:|")
    for exercise in gradebook.exercises {
      let rows = entries.map(\.entry).filter { $0.exercise == exercise }
      let passed = rows.filter { $0.status == .passed }.count
      let missing = rows.filter { $0.status == .missing }.count
      lines.append(
        "| \(cell(exercise)) | \(passed) | \(rows.count - passed - missing) | \(missing) | "
          + "\(percent(passed, of: rows.count)) |")
    }

    lines.append("")
    lines.append("## Most common named mistakes")
    lines.append("")
    let mistakes = ranked(
      entries.compactMap { row in
        row.entry.verdict?.mistake.map { (key: [row.entry.exercise, $0.name], extra: $0.message) }
      })
    if mistakes.isEmpty {
      lines.append("No failing submission made a mistake the lessons name.")
    } else {
      lines.append("| exercise | mistake | students | what it means |")
      lines.append("|---|---|---:|---|")
      for row in mistakes.prefix(topCount) {
        lines.append(
          "| \(cell(row.key[0])) | `\(code(row.key[1]))` | \(row.count) | \(cell(row.extra)) |")
      }
    }

    lines.append("")
    lines.append("## Most common failing checks")
    lines.append("")
    let checks = ranked(
      entries.flatMap { row in
        (row.entry.verdict?.checks ?? []).filter { !$0.passed }.map {
          (key: [row.entry.exercise, $0.name], extra: "")
        }
      })
    if checks.isEmpty {
      lines.append("No check failed.")
    } else {
      lines.append("| exercise | check | students |")
      lines.append("|---|---|---:|")
      for row in checks.prefix(topCount) {
        lines.append("| \(cell(row.key[0])) | \(cell(row.key[1])) | \(row.count) |")
      }
    }

    let outcomes = Dictionary(grouping: entries.map(\.entry.status)) { $0 }
    let unusual = [
      Verdict.Status.compileError, .crashed, .timedOut, .memoryExceeded, .outputExceeded,
    ]
    .map(GradebookEntry.Status.graded)
    if unusual.contains(where: { outcomes[$0] != nil }) {
      lines.append("")
      lines.append("## Submissions that did not run to the end")
      lines.append("")
      lines.append("| status | submissions |")
      lines.append("|---|---:|")
      for status in unusual {
        if let count = outcomes[status]?.count { lines.append("| \(status.rawValue) | \(count) |") }
      }
    }

    if !problems.isEmpty {
      lines.append("")
      lines.append("## Submissions Primer could not grade")
      lines.append("")
      lines.append(
        "Not the students' fault. Fix the cause and run `primer grade` again: only these are "
          + "graded again.")
      lines.append("")
      for row in problems {
        lines.append(
          "- \(cell(row.student)), \(cell(row.entry.exercise)): "
            + cell(row.entry.note ?? row.entry.status.rawValue))
      }
    }

    let stray = gradebook.strayFiles + gradebook.students.flatMap(\.strayFiles)
    if !stray.isEmpty {
      lines.append("")
      lines.append("## Files that were not graded")
      lines.append("")
      for file in stray { lines.append("- " + cell(file.message)) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Occurrences of each key counted, most first, then by key; `extra` is the first seen.
  private static func ranked(_ items: [(key: [String], extra: String)]) -> [(
    key: [String], extra: String, count: Int
  )] {
    var counts: [[String]: (extra: String, count: Int)] = [:]
    for item in items {
      counts[item.key, default: (item.extra, 0)].count += 1
    }
    return counts.map { (key: $0.key, extra: $0.value.extra, count: $0.value.count) }.sorted {
      if $0.count != $1.count { return $0.count > $1.count }
      return $0.key.joined(separator: "\u{0}").utf8.lexicographicallyPrecedes(
        $1.key.joined(separator: "\u{0}").utf8)
    }
  }

  /// `passed` of `total` as a whole percentage; `–` for none.
  static func percent(_ count: Int, of total: Int) -> String {
    total == 0 ? "–" : "\((count * 100 + total / 2) / total)%"
  }

  /// Text for a table cell: Markdown's and HTML's special characters behind a backslash or as
  /// entities, line breaks as spaces, control characters made visible.
  static func cell(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\", "`", "*", "_", "[", "]", "|", "#", "!":
        result += "\\" + String(scalar)
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "\n", "\r", "\t": result += " "
      case "\u{0}"..<"\u{20}", "\u{7F}"..."\u{9F}":
        result += "\\\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Text inside a code span: backticks, which would end it, and pipes, which would end the
  /// cell, are replaced.
  private static func code(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0 == "`" ? "'" : $0 == "|" ? "¦" : $0 }))
  }
}

/// `gradebook.csv`: one row per student and exercise, students sorted, exercises in course
/// order, under the header `student,exercise,status,checks_passed,checks_total,mistake,seconds,seed`.
///
/// RFC 4180 quoting: a field holding a comma, a quote or a line break is quoted and its quotes
/// doubled. Rows end with `\n`. `seconds` has three decimals and is empty, like `seed`, for a
/// submission that was not graded (`missing`, `unreadable`).
enum GradebookCSV {
  static let header = [
    "student", "exercise", "status", "checks_passed", "checks_total", "mistake", "seconds", "seed",
  ]

  static func render(_ gradebook: Gradebook) -> String {
    var text = header.joined(separator: ",") + "\n"
    for (student, entry) in gradebook.entries {
      let graded = entry.verdict != nil
      let fields = [
        student, entry.exercise, entry.status.rawValue, String(entry.checksPassed),
        String(entry.checksTotal), entry.mistake ?? "",
        graded ? Seconds.text(entry.seconds) : "", entry.seed.map { String($0) } ?? "",
      ]
      text += fields.map(quoted).joined(separator: ",") + "\n"
    }
    return text
  }

  /// Scalar by scalar: a quote followed by a combining mark is one `Character`, and still a
  /// quote to a CSV reader.
  static func quoted(_ field: String) -> String {
    let special: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"]
    guard field.unicodeScalars.contains(where: special.contains) else { return field }
    var result = String.UnicodeScalarView()
    result.append("\"")
    for scalar in field.unicodeScalars {
      result.append(scalar)
      if scalar == "\"" { result.append("\"") }
    }
    result.append("\"")
    return String(result)
  }
}

/// Seconds as the gradebook's files write them: to the millisecond, `12.345`.
enum Seconds {
  static func milliseconds(_ seconds: Double) -> Int {
    seconds.isFinite ? Int((seconds * 1000).rounded()) : 0
  }

  static func text(_ seconds: Double) -> String {
    text(milliseconds: milliseconds(seconds))
  }

  static func text(milliseconds: Int) -> String {
    let fraction = String(milliseconds % 1000)
    return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}

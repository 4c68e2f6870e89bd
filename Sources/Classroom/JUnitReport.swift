/// `junit.xml`: the gradebook in the JUnit XML format that GitHub, GitLab and Jenkins show,
/// as Ant and Maven Surefire write it: `<testsuites>`, one `<testsuite>` per student (`name`
/// the student) and in it one `<testcase>` per exercise (`name` the exercise, `classname` the
/// student), with `time` in seconds.
///
/// A submission that did not pass, `missing` included, is a `<failure>` whose `type` is the
/// status and whose `message` says what happened; the failing checks and the mistake the
/// checks recognised are its text. One Primer could not grade (`internal_error`,
/// `unreadable`) is an `<error>`. `Docs/teaching/junit.xsd` is the schema the tests hold the
/// report to. No timestamps or host names, so that the same grades always give the same file.
enum JUnitReport {
  static func render(_ gradebook: Gradebook) -> String {
    var suites: [String] = []
    var totals = Counts()
    for student in gradebook.students {
      var counts = Counts()
      var cases: [String] = []
      for entry in student.entries {
        counts.add(entry)
        cases.append(testCase(entry, student: student.name))
      }
      totals.add(counts)
      suites.append(
        "  <testsuite name=\"\(attribute(student.name))\" \(counts.attributes)>\n"
          + "    <properties>\n"
          + "      <property name=\"workspace\" value=\"\(attribute(student.workspace))\"/>\n"
          + "    </properties>\n"
          + cases.joined() + "  </testsuite>\n")
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<testsuites name=\"primer grade\" \(totals.attributes)>\n" + suites.joined()
      + "</testsuites>\n"
  }

  private static func testCase(_ entry: GradebookEntry, student: String) -> String {
    let opening =
      "    <testcase name=\"\(attribute(entry.exercise))\" classname=\"\(attribute(student))\" "
      + "time=\"\(Seconds.text(entry.seconds))\""
    if entry.status == .passed { return opening + "/>\n" }
    let element = entry.status.isGraderProblem ? "error" : "failure"
    let message = entry.verdict?.summary ?? entry.note ?? entry.status.rawValue
    var details: [String] = []
    for check in entry.verdict?.checks ?? [] where !check.passed {
      details.append("✗ \(check.name): \(check.detail)")
    }
    if let mistake = entry.verdict?.mistake {
      details.append("Known mistake `\(mistake.name)`: \(mistake.message)")
    }
    if let seed = entry.seed, entry.status != .missing {
      details.append(
        "Repeat: primer run \(entry.exercise) --file \(entry.file) --seed \(seed)")
    }
    return opening + ">\n"
      + "      <\(element) type=\"\(entry.status.rawValue)\" message=\"\(attribute(message))\">"
      + text(details.joined(separator: "\n")) + "</\(element)>\n"
      + "    </testcase>\n"
  }

  /// The counts a `<testsuite>` or `<testsuites>` carries, and its time as a sum of whole
  /// milliseconds (so the sum does not depend on the order of additions).
  private struct Counts {
    var tests = 0
    var failures = 0
    var errors = 0
    var milliseconds = 0

    mutating func add(_ entry: GradebookEntry) {
      tests += 1
      if entry.status.isGraderProblem {
        errors += 1
      } else if entry.status != .passed {
        failures += 1
      }
      milliseconds += Seconds.milliseconds(entry.seconds)
    }

    mutating func add(_ other: Counts) {
      tests += other.tests
      failures += other.failures
      errors += other.errors
      milliseconds += other.milliseconds
    }

    var attributes: String {
      "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"0\" "
        + "time=\"\(Seconds.text(milliseconds: milliseconds))\""
    }
  }

  /// `value` escaped for an attribute in double quotes: line breaks and tabs as character
  /// references (a parser would turn them into spaces).
  static func attribute(_ value: String) -> String {
    escape(value, inAttribute: true)
  }

  static func text(_ value: String) -> String {
    escape(value, inAttribute: false)
  }

  /// `&`, `<`, `>` and quotes as entities; characters XML 1.0 does not allow at all (the C0
  /// controls but tab and line breaks, U+FFFE, U+FFFF), which a learner's crash message can
  /// hold, written as `\u{1B}`, as the terminal shows them.
  private static func escape(_ value: String, inAttribute: Bool) -> String {
    var result = ""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\n" where inAttribute: result += "&#10;"
      case "\r": result += "&#13;"
      case "\t" where inAttribute: result += "&#9;"
      case "\n", "\t": result.unicodeScalars.append(scalar)
      case "\u{0}"..<"\u{20}", "\u{FFFE}", "\u{FFFF}":
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

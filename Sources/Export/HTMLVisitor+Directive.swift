import Base
import Course
import Grading
import Pictures
import Session

/// Where each exercise's Primer blocks sit among a lesson's top-level blocks.
struct ExerciseLayout {
  /// The lesson's exercises by id.
  var byID: [String: Exercise] = [:]
  /// For a top-level `starter`, `hint`, … block: the exercise it belongs to.
  var owners: [Int: String] = [:]
  /// For the last top-level block of an exercise: the exercise whose work goes after it.
  var workAfter: [Int: String] = [:]
  /// For a top-level `run` block: its number among the lesson's cells, from 1.
  var cellNumbers: [Int: Int] = [:]

  init(_ lesson: Lesson) {
    for exercise in lesson.exercises where byID[exercise.id] == nil {
      byID[exercise.id] = exercise
    }
    var current: String?
    var last: [String: Int] = [:]
    for (index, block) in lesson.blocks.enumerated() {
      guard case .directive(let directive) = block else { continue }
      switch directive.kind {
      case .exercise:
        current = directive.argument.flatMap { $0.isEmpty ? nil : $0 }
        if let current { last[current] = index }
      case .starter, .solution, .checks, .mistake, .hint:
        if let current {
          owners[index] = current
          last[current] = index
        }
      case .run:
        cellNumbers[index] = cellNumbers.count + 1
      case .plot:
        break
      }
    }
    for (id, index) in last { workAfter[index] = id }
  }
}

extension HTMLVisitor {
  /// A Primer block as a reader of the site sees it.
  ///
  /// - `exercise`: a box with the title, the id and the commands to run it.
  /// - `starter`: the starter code, highlighted, labelled with the file it is copied to.
  /// - `hint`: folded, one per block, so a reader opens them one at a time.
  /// - `plot`: a figure with the picture as inline SVG and its caption.
  /// - `run`: a notebook cell's code and its kept output (`visitCell`).
  /// - `solution`, `checks`, `mistake`: nothing here (a passed exercise's solution is shown
  ///   with the learner's work).
  mutating func visitDirective(_ directive: Directive, index: Int?) -> String {
    switch directive.kind {
    case .exercise:
      return visitExercise(directive)
    case .starter:
      let owner = index.flatMap { exercises.owners[$0] } ?? directive.argument
      let label = owner.map { "starter code → workspace/\($0).swift" } ?? "starter code"
      let block = CodeHighlighting.block(directive.body, language: "swift", label: label)
      // Once the learner's own file is shown under the exercise, the starter it replaced is
      // folded, so the two are not read side by side.
      guard options.solutions, let owner, work[owner].isStarted, work[owner].code != nil else {
        return block
      }
      return "<details class=\"starter\"><summary>Starter code (your file is below)</summary>\n"
        + block + "</details>\n"
    case .hint:
      let owner = index.flatMap { exercises.owners[$0] }
      let number = owner.flatMap { id in
        exercises.byID[id]?.hints.firstIndex(of: directive).map { $0 + 1 }
      }
      return "<details class=\"hint\"><summary>Hint" + (number.map { " \($0)" } ?? "")
        + "</summary>\n" + visitHint(directive.body) + "</details>\n"
    case .plot:
      return visitPlot(directive)
    case .run:
      return visitCell(directive, number: index.flatMap { exercises.cellNumbers[$0] })
    case .solution, .checks, .mistake:
      return ""
    }
  }

  /// A notebook cell: its code, then its output (`cell-output`) as the reader's last run of
  /// it left it: text, pictures as SVG, the error, notes. A cell with no kept run says how to
  /// run it.
  private func visitCell(_ directive: Directive, number: Int?) -> String {
    let uses = directive.attribute("uses").map { " · uses \($0)" } ?? ""
    let command = number.map { "primer try \(Cell.reference(lesson: lesson, number: $0))" }
    let label = "cell" + (number.map { " \($0)" } ?? "") + uses + (command.map { " · \($0)" } ?? "")
    var output =
      "<div class=\"cell\">\n"
      + CodeHighlighting.block(directive.body, language: "swift", label: label)
    guard let number, let result = options.cells[lesson.id]?[number] else {
      return output + "<div class=\"cell-output not-run\"><p class=\"note\">Not run yet: "
        + "<code>" + HTMLText.escape(command ?? "primer try")
        + "</code> runs it.</p></div>\n</div>\n"
    }
    output += "<div class=\"cell-output \(result.status.rawValue)\">\n"
    for item in result.items {
      switch item {
      case .text(let text):
        output += "<pre>" + HTMLText.escape(text) + "</pre>\n"
      case .picture(let picture, let title):
        output += "<figure class=\"plot\">"
        if !title.isEmpty {
          output += "<figcaption><strong>" + HTMLText.escape(title) + "</strong></figcaption>"
        }
        output +=
          SVGPicture.draw(picture, title: title.isEmpty ? "cell \(number)" : title)
          + "</figure>\n"
      case .badRecord(let problem):
        output += "<p class=\"note\">cannot draw: " + HTMLText.escape(problem) + "</p>\n"
      }
    }
    if let error = result.error {
      output += "<pre class=\"cell-error\">" + HTMLText.escape(error) + "</pre>\n"
    }
    for note in result.notes {
      output += "<p class=\"note\">" + HTMLText.escape(note) + "</p>\n"
    }
    return output + "</div>\n</div>\n"
  }

  private mutating func visitExercise(_ directive: Directive) -> String {
    let id = directive.argument ?? ""
    let title = directive.field("title") ?? id
    let anchor = uniqueAnchor("exercise-" + (id.isEmpty ? "untitled" : id))
    addSearchText(title)
    let code = HTMLText.escape(id)
    return "<section class=\"exercise\" id=\"" + HTMLText.escape(anchor) + "\">\n"
      + "<h3 class=\"exercise-title\"><span class=\"badge\">Exercise</span> "
      + HTMLText.escape(title) + "</h3>\n"
      + "<ul class=\"commands\"><li>Edit <code class=\"command\">workspace/" + code
      + ".swift</code></li>\n<li>Check it: <code class=\"command\">primer run " + code
      + "</code></li>\n<li>A hint: <code class=\"command\">primer hint " + code
      + "</code></li></ul>\n"
      + "</section>\n"
  }

  /// A `plot` block: a figure with the picture as SVG, or what is wrong with its spec.
  private func visitPlot(_ directive: Directive) -> String {
    let fallbackTitle = directive.field("title") ?? directive.argument ?? "untitled"
    switch PictureSpec.parse(directive) {
    case .failure(let failure):
      return "<figure class=\"plot\"><figcaption>" + HTMLText.escape(fallbackTitle)
        + "</figcaption><p class=\"note\">cannot draw: "
        + HTMLText.escape(failure.errors[0].description) + "</p></figure>\n"
    case .success(let spec):
      var output =
        "<figure class=\"plot\">\n<figcaption><strong>" + HTMLText.escape(spec.title)
        + "</strong>"
      if let caption = spec.caption { output += "<br>" + HTMLText.escape(caption) }
      output += "</figcaption>\n"
      output += SVGPicture.draw(Picture.make(from: spec), title: spec.title)
      return output + "</figure>\n"
    }
  }

  /// A hint's body, which is lesson Markdown (code spans, maths): read by the lesson parser
  /// into the same model and walked like the lesson. Primer blocks inside a hint are not
  /// shown.
  private mutating func visitHint(_ body: String) -> String {
    let blocks = LessonParser.parse(body, path: lesson.path, checkingMath: false).lesson.blocks
    var output = ""
    for block in blocks {
      if case .directive = block { continue }
      output += visit(block, topLevelIndex: nil)
    }
    return output
  }

  // MARK: The learner's work

  /// Under an exercise: the learner's latest verdict (status, seed, date, attempts, hints),
  /// each check, the recognised mistake, then their code with line numbers ("your attempt"
  /// until it passes); or a note that they have not started.
  mutating func visitWork(_ id: String) -> String {
    let entry = work[id]
    let exercise = exercises.byID[id]
    var output =
      "<section class=\"work\" aria-label=\"Your work on " + HTMLText.escape(id) + "\">\n"
    output += "<h4>Your work</h4>\n"
    guard entry.isStarted else {
      let hints = entry.hintsUsed > 0 ? " (" + Self.count(entry.hintsUsed, "hint") + " used)" : ""
      return output + "<p class=\"not-started\">Not started yet" + hints
        + ": edit <code class=\"command\">workspace/" + HTMLText.escape(id)
        + ".swift</code>, then run <code class=\"command\">primer run " + HTMLText.escape(id)
        + "</code>.</p>\n</section>\n"
    }
    if let latest = entry.latest {
      output +=
        "<p class=\"verdict " + Self.statusClass(latest.status) + "\"><span class=\"status\">"
        + VerdictText.statusName(latest.status) + "</span>"
      if let seed = latest.seed {
        output += " · <span class=\"seed\">seed \(seed)</span>"
      }
      if let date = latest.date { output += " · " + Self.dateText(date) }
      output += " · " + Self.count(entry.attempts, "attempt")
      output += " · " + Self.count(entry.hintsUsed, "hint") + " used"
      if entry.passed && latest.status != .passed { output += " · passed before" }
      output += "</p>\n"
      // The summary restates the first failed check when there are checks; it is the only
      // account of a compile error, a crash or a time-out, which have none.
      if latest.checks.isEmpty && !latest.summary.isEmpty {
        output += "<p class=\"summary\">" + HTMLText.escape(latest.summary) + "</p>\n"
      }
      if !latest.checks.isEmpty {
        output += "<ul class=\"checks\">\n"
        for check in latest.checks {
          output +=
            "<li class=\"" + (check.passed ? "pass" : "fail") + "\"><span class=\"mark\">"
            + (check.passed ? "✓ passed" : "✗ failed") + "</span> <code>"
            + HTMLText.escape(check.name) + "</code>"
          if !check.detail.isEmpty { output += ": " + HTMLText.escape(check.detail) }
          output += "</li>\n"
        }
        output += "</ul>\n"
      }
      if let mistake = latest.mistake {
        let message =
          mistake.message.isEmpty
          ? exercise?.mistakes.first { $0.argument == mistake.name }?.attribute("message")
          : mistake.message
        output +=
          "<div class=\"mistake\"><strong>A known mistake: <code>"
          + HTMLText.escape(mistake.name) + "</code></strong>"
        if let message { output += "<p>" + HTMLText.escape(message) + "</p>" }
        output += "</div>\n"
      }
    } else {
      output +=
        "<p class=\"verdict none\"><span class=\"status\">Not run yet</span> · "
        + Self.count(entry.hintsUsed, "hint") + " used</p>\n"
    }
    if let seed = entry.latest?.seed, entry.latest?.status != .passed {
      output +=
        "<p class=\"rerun\">The same inputs again: <code class=\"command\">primer run "
        + HTMLText.escape(id) + " --seed \(seed)</code></p>\n"
    }
    if options.solutions, let code = entry.code {
      // "Your solution" only once it passes: until then it is an attempt.
      let noun = entry.latest?.status == .passed ? "your solution" : "your attempt"
      output += CodeHighlighting.block(
        code, language: "swift", label: noun + " — workspace/\(id).swift", numbered: true)
    }
    if options.solutions, entry.passed, let solution = exercise?.solution {
      output +=
        "<details class=\"reference\"><summary>The reference solution</summary>\n"
        + CodeHighlighting.block(solution.body, language: "swift") + "</details>\n"
    }
    return output + "</section>\n"
  }

  static func statusClass(_ status: Verdict.Status) -> String {
    status == .passed ? "passed" : "failed"
  }

  static func count(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
  }

  /// A verdict's date in UTC, to the minute: `2026-11-28 14:03 UTC`. The same on every
  /// machine, whatever its time zone.
  static func dateText(_ date: Date) -> String {
    let c = UTCTime(date)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(c.year)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)) UTC"
  }
}

import Course
import Session

/// The index page: the course outline with the learner's progress on every exercise.
struct CourseIndex {
  let lessons: [Lesson]
  let work: LearnerWork

  func html() -> String {
    // `Lesson.exercises` is computed from the blocks on each call: once per lesson here.
    let exercisesByLesson = lessons.map(\.exercises)
    let exercises = exercisesByLesson.flatMap { $0 }
    let passed = exercises.filter { work[$0.id].passed }.count
    let hints = exercises.map { work[$0.id].hintsUsed }.reduce(0, +)
    var output = "<h1>Primer: how generative transformers work</h1>\n"
    output +=
      "<p>Lessons to read and exercises to solve, in Swift. Your progress: <strong>"
      + "\(passed) of \(exercises.count)</strong> exercises passed, "
      + HTMLVisitor.count(hints, "hint") + " used.</p>\n"
    output +=
      "<p class=\"keys\">Keys: <kbd>←</kbd> <kbd>→</kbd> previous and next lesson · <kbd>/</kbd> or "
      + "<kbd>s</kbd> search · <kbd>Esc</kbd> closes. <a href=\"print.html\">The whole course on "
      + "one page</a>, to print.</p>\n"
    output += "<ol class=\"outline\">\n"
    for (lesson, lessonExercises) in zip(lessons, exercisesByLesson) {
      let lessonPassed = lessonExercises.filter { work[$0.id].passed }.count
      let lessonHints = lessonExercises.map { work[$0.id].hintsUsed }.reduce(0, +)
      let page = HTMLText.escape(SiteExporter.pageName(lesson))
      output +=
        "<li><h2><a href=\"" + page + "\">\(lesson.order). " + HTMLText.escape(lesson.title)
        + "</a></h2>\n"
      output += "<p class=\"summary\">" + HTMLText.escape(lesson.metadata.summary) + "</p>\n"
      guard !lessonExercises.isEmpty else {
        output += "<p class=\"not-started\">No exercises.</p></li>\n"
        continue
      }
      output +=
        "<p>\(lessonPassed) of \(lessonExercises.count) exercises passed, "
        + HTMLVisitor.count(lessonHints, "hint") + " used.</p>\n<ul class=\"progress\">\n"
      for exercise in lessonExercises {
        let entry = work[exercise.id]
        let (cls, status) = Self.status(entry)
        output +=
          "<li><a href=\"" + page + "#exercise-" + HTMLText.escape(exercise.id) + "\">"
          + HTMLText.escape(exercise.title) + "</a> <span class=\"" + cls + "\">" + status
          + "</span>"
        if entry.hintsUsed > 0 {
          output += " · " + HTMLVisitor.count(entry.hintsUsed, "hint") + " used"
        }
        output += "</li>\n"
      }
      output += "</ul></li>\n"
    }
    return output + "</ol>\n"
  }

  static func status(_ entry: LearnerWork.Entry) -> (String, String) {
    switch entry.status {
    case .passed: return ("passed", "✓ passed")
    case .failed:
      let last = entry.latest.map { VerdictText.statusName($0.status).lowercased() } ?? "failed"
      return ("failed", "✗ " + last)
    case .started: return ("not-started", "started")
    case .notStarted: return ("not-started", "not started")
    }
  }
}

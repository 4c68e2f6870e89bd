import Course

/// The sidebar on every page: every lesson of the site with the learner's progress in it, and
/// under the current lesson its `##` and `###` sections (the one being read is highlighted by
/// `site.js` as the reader scrolls).
struct CourseSidebar {
  struct Item {
    var lesson: Lesson
    var page: String
    var passed: Int
    var exercises: Int
  }

  let items: [Item]

  init(lessons: [Lesson], work: LearnerWork) {
    items = lessons.map { lesson in
      let exercises = lesson.exercises
      return Item(
        lesson: lesson, page: SiteExporter.pageName(lesson),
        passed: exercises.filter { work[$0.id].passed }.count, exercises: exercises.count)
    }
  }

  /// The sidebar with `current` (a lesson's page name) open on `sections`; no lesson open on
  /// the index and the print page.
  func html(current: String?, sections: [HTMLRenderer.ContentsEntry] = []) -> String {
    var output = "<nav id=\"sidebar\" class=\"sidebar\" aria-label=\"Lessons\">\n"
    output += "<a class=\"all\" href=\"index.html\""
    if current == "index.html" { output += " aria-current=\"page\"" }
    output += ">All lessons and your progress</a>\n<ol class=\"lessons\">\n"
    for item in items {
      let isCurrent = item.page == current
      output += isCurrent ? "<li class=\"current\">" : "<li>"
      output += "<a class=\"lesson\" href=\"" + HTMLText.escape(item.page) + "\""
      if isCurrent { output += " aria-current=\"page\"" }
      output +=
        "><span class=\"number\">\(item.lesson.order).</span> <span class=\"name\">"
        + HTMLText.escape(item.lesson.title) + "</span>" + progress(item) + "</a>"
      if isCurrent && !sections.isEmpty {
        output += "\n<ol class=\"sections\">\n"
        for entry in sections {
          output +=
            "<li class=\"level-\(entry.level)\"><a href=\"#" + HTMLText.escape(entry.anchor)
            + "\">" + HTMLText.escape(entry.title) + "</a></li>\n"
        }
        output += "</ol>"
      }
      output += "</li>\n"
    }
    output += "</ol>\n<a class=\"all\" href=\"print.html\""
    if current == "print.html" { output += " aria-current=\"page\"" }
    return output + ">The whole course on one page</a>\n</nav>\n"
  }

  /// "2/5" exercises passed, "✓" when all are; nothing for a lesson without exercises.
  private func progress(_ item: Item) -> String {
    guard item.exercises > 0 else { return "" }
    let label =
      "\(item.passed) of \(item.exercises) exercise\(item.exercises == 1 ? "" : "s") passed"
    let done = item.passed == item.exercises
    return "<span class=\"progress" + (done ? " done" : item.passed > 0 ? " some" : "")
      + "\" title=\"" + label + "\">" + (done ? "✓" : "\(item.passed)/\(item.exercises)")
      + "<span class=\"visually-hidden\"> (" + label + ")</span></span>"
  }
}

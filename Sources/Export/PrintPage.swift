import Course

/// `print.html`: every exported lesson on one page, in course order, for printing the course
/// or reading it without changing pages (as mdBook's `print.html`).
///
/// Each lesson's article is the one its own page shows, with its ids prefixed by the lesson's
/// id (`attention--causal-masks`) so that they stay unique on one page; links between
/// sections and to other lessons' pages are rewritten to point inside the page. The renderer
/// writes `id="`, `href="#` and `href="NN-id.html` itself and escapes every `"` that comes from a
/// lesson, so these rewrites touch only its own attributes.
enum PrintPage {
  static func main(lessons: [Lesson], articles: [String]) -> String {
    var output = "<h1>Primer: how generative transformers work</h1>\n<p class=\"print-note\">"
    output += "The whole course on one page. Print it from the browser (each lesson starts a new "
    output += "page).</p>\n<ol class=\"print-contents\">\n"
    for lesson in lessons {
      output +=
        "<li><a href=\"#" + HTMLText.escape(prefix(lesson)) + "\">" + HTMLText.escape(lesson.title)
        + "</a></li>\n"
    }
    output += "</ol>\n"
    for (lesson, article) in zip(lessons, articles) {
      output +=
        "<article class=\"print-lesson\" id=\"" + HTMLText.escape(prefix(lesson)) + "\">\n"
        + rewrite(article, of: lesson, lessons: lessons) + "</article>\n"
    }
    return output
  }

  /// The id of `lesson` on the print page, and the prefix of its sections' ids.
  static func prefix(_ lesson: Lesson) -> String {
    "lesson-" + lesson.id
  }

  static func rewrite(_ article: String, of lesson: Lesson, lessons: [Lesson]) -> String {
    let own = prefix(lesson) + "--"
    var text = article.replacing(" id=\"", with: " id=\"" + own)
    text = text.replacing("href=\"#", with: "href=\"#" + own)
    for other in lessons where text.contains(SiteExporter.pageName(other)) {
      let page = "href=\"" + SiteExporter.pageName(other)
      let target = "href=\"#" + prefix(other)
      text = text.replacing(page + "#", with: target + "--")
      text = text.replacing(page + "\"", with: target + "\"")
    }
    return text
  }
}

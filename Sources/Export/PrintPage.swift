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

  /// `article` with its ids prefixed by the lesson's and its links to lesson pages turned into
  /// links inside the print page.
  ///
  /// One pass over the bytes: `replacing` once per pattern and lesson took half of an export's
  /// CPU time (perf, whole course).
  static func rewrite(_ article: String, of lesson: Lesson, lessons: [Lesson]) -> String {
    let own = Array((prefix(lesson) + "--").utf8)
    var pages: [[UInt8]: [UInt8]] = [:]
    for other in lessons {
      pages[Array(SiteExporter.pageName(other).utf8)] = Array(prefix(other).utf8)
    }
    let id = Array(" id=\"".utf8)
    let href = Array("href=\"".utf8)
    let bytes = Array(article.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 16)
    var i = 0
    func starts(_ pattern: [UInt8], at index: Int) -> Bool {
      index + pattern.count <= bytes.count
        && bytes[index..<index + pattern.count].elementsEqual(pattern)
    }
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: " "), starts(id, at: i) {
        output += id
        output += own
        i += id.count
        continue
      }
      guard bytes[i] == UInt8(ascii: "h"), starts(href, at: i) else {
        output.append(bytes[i])
        i += 1
        continue
      }
      output += href
      i += href.count
      if i < bytes.count, bytes[i] == UInt8(ascii: "#") {
        output.append(UInt8(ascii: "#"))
        output += own
        i += 1
        continue
      }
      // A page of the site: up to `#` or the closing quote.
      var end = i
      while end < bytes.count, end - i < 200, bytes[end] != UInt8(ascii: "#"),
        bytes[end] != UInt8(ascii: "\"")
      {
        end += 1
      }
      guard end < bytes.count, let target = pages[Array(bytes[i..<end])] else { continue }
      output.append(UInt8(ascii: "#"))
      output += target
      if bytes[end] == UInt8(ascii: "#") {
        output += Array("--".utf8)
        end += 1
      }
      i = end
    }
    return String(decoding: output, as: UTF8.self)
  }
}

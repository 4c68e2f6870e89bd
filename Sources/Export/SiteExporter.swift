import Base
import Course
import Dispatch
import Pictures

/// Rendered pages filled in from several threads, one slot each.
private final class PageSlots: @unchecked Sendable {
  private let lock = Lock()
  private var slots: [HTMLRenderer.Page?]

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ page: HTMLRenderer.Page) {
    lock.withLock { slots[index] = page }
  }

  func pages() -> [HTMLRenderer.Page] {
    lock.withLock { slots.map { $0! } }
  }
}

/// Builds the static site for `primer export --html`: an index with the course outline and
/// the learner's progress, one page per lesson, the whole course on one page to print, a
/// stylesheet, the site's scripts (theme, navigation and copy buttons, search) and a search
/// index of every section built at export time.
///
/// `files()` computes the whole site in memory and is deterministic: the same lessons and
/// work give the same bytes (lessons in course order, no timestamps but verdict dates).
/// `SiteFolder.write` then puts it on disk without ever leaving half a site.
public struct SiteExporter: Sendable {
  /// The lessons to export, in course order.
  public var lessons: [Lesson]
  public var work: LearnerWork
  public var options: HTMLRenderer.Options

  public init(lessons: [Lesson], work: LearnerWork = .none, options: HTMLRenderer.Options = .init())
  {
    self.lessons = lessons.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    self.work = work
    self.options = options
    // "lesson N" in the text links to lesson N when its page is in the site.
    for lesson in self.lessons where self.options.lessonPages[lesson.order] == nil {
      self.options.lessonPages[lesson.order] = Self.pageName(lesson)
    }
  }

  /// A file of the site: its path relative to the site's folder, and its contents.
  public struct File: Sendable, Equatable {
    public var path: String
    public var contents: String
  }

  /// The name of the page of `lesson`: `06-attention.html`.
  public static func pageName(_ lesson: Lesson) -> String {
    let number = lesson.order < 10 && lesson.order >= 0 ? "0\(lesson.order)" : "\(lesson.order)"
    return number + "-" + lesson.id + ".html"
  }

  /// Every file of the site, sorted by path.
  public func files() -> [File] {
    var files: [File] = []
    var search: [SearchEntry] = []
    let pages = renderedConcurrently()
    let sidebar = CourseSidebar(lessons: lessons, work: work)
    for (index, lesson) in lessons.enumerated() {
      let page = pages[index]
      let name = Self.pageName(lesson)
      var main = "<article>\n" + page.article + "</article>\n"
      main += pager(
        previous: index > 0 ? lessons[index - 1] : nil,
        next: index + 1 < lessons.count ? lessons[index + 1] : nil)
      files.append(
        File(
          path: name,
          contents: SitePage.html(
            title: lesson.title + " · Primer",
            sidebar: sidebar.html(current: name, sections: page.contents), main: main)))
      for section in page.sections {
        search.append(
          SearchEntry(
            l: lesson.title, p: name, a: section.anchor, h: section.heading, t: section.text))
      }
    }
    files.append(
      File(
        path: "index.html",
        contents: SitePage.html(
          title: "Primer: how generative transformers work",
          sidebar: sidebar.html(current: "index.html"),
          main: CourseIndex(lessons: lessons, work: work).html())))
    files.append(
      File(
        path: "print.html",
        contents: SitePage.html(
          title: "The whole course · Primer", sidebar: sidebar.html(current: "print.html"),
          main: PrintPage.main(lessons: lessons, articles: pages.map(\.article)))))
    files.append(File(path: "assets/primer.css", contents: SiteStylesheet.text))
    files.append(File(path: "assets/theme.js", contents: SiteScripts.theme))
    files.append(File(path: "assets/site.js", contents: SiteScripts.site))
    files.append(File(path: "assets/search.js", contents: SiteScripts.search))
    files.append(File(path: "assets/search-index.js", contents: Self.searchIndex(search)))
    files.append(File(path: SiteFolder.markerName, contents: SiteFolder.markerContents))
    return files.sorted { $0.path < $1.path }
  }

  /// The lessons rendered on every core, in the same order and to the same pages as
  /// rendering them one after the other (`renderedPlain()` in `Tests/TestSupport`; a test holds
  /// them equal).
  ///
  /// Rendering is pure apart from the picture cache, which is locked. Lessons with a
  /// `training` plot (which trains a small network, the slowest part of an export) start first,
  /// so the other lessons fill the remaining cores meanwhile.
  func renderedConcurrently() -> [HTMLRenderer.Page] {
    let costs = lessons.map(Self.cost)
    let order = lessons.indices.sorted { (costs[$0], $1) > (costs[$1], $0) }
    let results = PageSlots(count: lessons.count)
    DispatchQueue.concurrentPerform(iterations: order.count) { slot in
      let index = order[slot]
      results.set(index, HTMLRenderer.render(lessons[index], work: work, options: options))
    }
    return results.pages()
  }

  /// A rough cost: a training plot outweighs everything else, then longer lessons cost more.
  private static func cost(_ lesson: Lesson) -> Int {
    var cost = lesson.blocks.count
    for block in lesson.blocks {
      guard case .directive(let directive) = block else { continue }
      if directive.kind == .plot, case .success(let spec) = PictureSpec.parse(directive),
        spec.kind == .training
      {
        cost += 1_000_000
      }
      cost += directive.body.utf8.count
    }
    return cost
  }

  private func pager(previous: Lesson?, next: Lesson?) -> String {
    var output = "<nav class=\"pager\" aria-label=\"Lessons\">"
    if let previous {
      output +=
        "<a rel=\"prev\" href=\"" + HTMLText.escape(Self.pageName(previous)) + "\">← "
        + HTMLText.escape(previous.title) + "</a>"
    } else {
      output += "<a href=\"index.html\">← All lessons</a>"
    }
    if let next {
      output +=
        "<a rel=\"next\" href=\"" + HTMLText.escape(Self.pageName(next)) + "\">"
        + HTMLText.escape(next.title) + " →</a>"
    } else {
      output += "<a href=\"index.html\">All lessons →</a>"
    }
    return output + "</nav>\n"
  }

  /// One searchable section; short keys keep the index small.
  struct SearchEntry: Encodable {
    /// Lesson title, page, anchor, heading, text.
    var l, p, a, h, t: String
  }

  static func searchIndex(_ entries: [SearchEntry]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let json = (try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    return "window.PRIMER_SEARCH = " + json + ";\n"
  }
}

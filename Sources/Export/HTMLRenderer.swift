import Course
import Pictures

/// Renders a lesson as the `<article>` of an HTML page, by walking the same lesson model as
/// the terminal renderer: no Markdown is parsed again.
///
/// Every string from the lesson or the learner is escaped. Raw HTML in a lesson is never
/// passed through: a raw block is shown as escaped source under a note, raw inline HTML as
/// escaped code, so a `<script>` in a lesson cannot run. Maths is MathML (`MathMLRenderer`),
/// Swift is highlighted (`CodeHighlighting`), `plot` blocks are inline SVG (`SVGPicture`).
/// Under each exercise goes the learner's work (`LearnerWork`). Headings carry a permalink,
/// and "lesson N" in the text links to lesson N's page (`LessonReferences`).
public enum HTMLRenderer {
  /// What to include besides the lesson text.
  public struct Options: Sendable, Equatable {
    /// Show the reference solution (folded) under an exercise the learner has passed, and the
    /// learner's own code. Off, neither appears: a site to share without answers.
    public var solutions: Bool
    /// The site's page for each lesson number, so that "lesson 3" in the text links to it.
    public var lessonPages: [Int: String]
    /// The kept outputs of notebook cells: by lesson id, then by cell number (from 1). A cell
    /// without one says how to run it.
    public var cells: [String: [Int: CellOutput]]

    public init(
      solutions: Bool = true, lessonPages: [Int: String] = [:],
      cells: [String: [Int: CellOutput]] = [:]
    ) {
      self.solutions = solutions
      self.lessonPages = lessonPages
      self.cells = cells
    }
  }

  /// A rendered lesson: the article's HTML, its table of contents and its text for search.
  public struct Page: Sendable, Equatable {
    public var article: String
    public var contents: [ContentsEntry]
    public var sections: [SearchSection]
  }

  /// A heading in the table of contents.
  public struct ContentsEntry: Sendable, Equatable {
    public var level: Int
    public var title: String
    public var anchor: String
  }

  /// The text under one heading, for the search index.
  public struct SearchSection: Sendable, Equatable {
    public var anchor: String
    public var heading: String
    public var text: String
  }

  public static func render(_ lesson: Lesson, work: LearnerWork = .none, options: Options = .init())
    -> Page
  {
    var visitor = HTMLVisitor(lesson: lesson, work: work, options: options)
    let article = visitor.visitLesson()
    return Page(article: article, contents: visitor.contents, sections: visitor.searchSections())
  }
}

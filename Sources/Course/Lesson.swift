/// A lesson: its metadata and its content as a tree of blocks.
///
/// Renderers (terminal, HTML) walk `blocks`; nothing downstream re-parses Markdown.
public struct Lesson: Hashable, Sendable {
  public var metadata: Metadata
  public var blocks: [Block]
  /// The file the lesson was read from (as given to the parser).
  public var path: String

  public init(metadata: Metadata, blocks: [Block], path: String) {
    self.metadata = metadata
    self.blocks = blocks
    self.path = path
  }

  public var id: String { metadata.id }
  public var title: String { metadata.title }
  public var order: Int { metadata.order }

  /// The lesson's exercises, in the order they are declared.
  public var exercises: [Exercise] { Exercise.collect(from: blocks, lessonID: id).exercises }

  /// The lesson's notebook cells (```` ```run ```` blocks), numbered from 1 in reading order.
  public var cells: [Cell] { Cell.collect(from: blocks).cells }
}

/// What the front matter of a lesson says about it.
public struct Metadata: Hashable, Sendable {
  /// A short, stable, lower-case identifier (`neural-networks`), used on the command line.
  public var id: String
  public var title: String
  /// The lesson's place in the course (1, 2, …).
  public var order: Int
  /// One line shown in the course overview.
  public var summary: String

  public init(id: String, title: String, order: Int, summary: String) {
    self.id = id
    self.title = title
    self.order = order
    self.summary = summary
  }
}

import Course

/// How terminal output should look.
public struct TerminalStyle: Sendable, Equatable {
  /// Columns available; text wraps to this width.
  public var width: Int
  /// Whether ANSI escape codes (bold, colour) may be used.
  public var color: Bool

  public init(width: Int = 80, color: Bool = false) {
    self.width = width
    self.color = color
  }
}

/// Renders a lesson as terminal text. (Placeholder: the real renderer is being written.)
public enum TerminalRenderer {
  public static func render(_ lesson: Lesson, style: TerminalStyle) -> String {
    lesson.title + "\n"
  }
}

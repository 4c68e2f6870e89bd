/// How terminal output should look.
public struct TerminalStyle: Sendable, Equatable {
  /// The narrowest layout the renderer makes: narrower widths are laid out at this width.
  public static let minimumWidth = 20

  /// Columns available; text wraps to this width (at least `minimumWidth`).
  public var width: Int
  /// Whether ANSI escape codes (bold, colour, hyperlinks) may be used.
  public var color: Bool

  public init(width: Int = 80, color: Bool = false) {
    self.width = width
    self.color = color
  }

  /// The width the layout uses.
  var layoutWidth: Int { max(width, Self.minimumWidth) }
}

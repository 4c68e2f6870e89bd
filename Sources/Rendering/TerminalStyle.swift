/// How terminal output should look.
public struct TerminalStyle: Sendable, Equatable {
  /// The narrowest layout the renderer makes: narrower widths are laid out at this width.
  public static let minimumWidth = 20

  /// Columns available; text wraps to this width (at least `minimumWidth`).
  public var width: Int
  /// Whether ANSI escape codes (bold, colour, hyperlinks) may be used.
  public var color: Bool
  /// Whether code is written whole and bare, with no indentation and nothing cut: for output
  /// to a file or a pipe, where the code should compile. On a terminal code is indented and a
  /// line too wide is cut (see `CodeLayout`).
  public var wholeCode: Bool

  public init(width: Int = 80, color: Bool = false, wholeCode: Bool = false) {
    self.width = width
    self.color = color
    self.wholeCode = wholeCode
  }

  /// The width the layout uses.
  var layoutWidth: Int { max(width, Self.minimumWidth) }
}

extension TerminalStyle {
  /// The colours and weights commands use besides the reader's.
  public enum Ink: String, Sendable {
    case green = "32"
    case red = "31"
    case yellow = "33"
    case bold = "1"
    case dim = "2"
  }

  /// `text` in `ink` when colour is on; as it is otherwise.
  public func paint(_ text: some StringProtocol, _ ink: Ink) -> String {
    color ? "\u{1B}[\(ink.rawValue)m\(text)\u{1B}[0m" : String(text)
  }
}

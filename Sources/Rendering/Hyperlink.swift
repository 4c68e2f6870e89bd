import Base

/// The target of an OSC 8 hyperlink, named by its place in a table of the URLs seen so far.
///
/// A `TextStyle` holds this number rather than the URL itself, so a style is plain bits:
/// copying, comparing and freeing the spans of a lesson (thousands of them, a handful with a
/// link) costs no reference counting for a string that is almost always absent.
struct Hyperlink: Hashable, Sendable {
  /// The link's place in the table (what `TextStyle` keeps).
  let number: Int

  /// The link with number `number`, as `number` gave it.
  init(number: Int) {
    self.number = number
  }

  /// The link to `url`; the same URL gives the same link.
  init(_ url: String) {
    number = Self.table.withLock {
      if let known = Self.urls.firstIndex(of: url) { return known }
      Self.urls.append(url)
      return Self.urls.count - 1
    }
  }

  /// The URL this link goes to.
  var url: String { Self.table.withLock { Self.urls[number] } }

  private static let table = Lock()
  // Searched in order: a lesson links to a few dozen places at most, and an array needs no
  // hashing of the URLs.
  nonisolated(unsafe) private static var urls: [String] = []
}

/// The target of an OSC 8 hyperlink around a run of terminal text.
struct Hyperlink: Hashable, Sendable {
  /// The URL the link goes to.
  let url: String

  init(_ url: String) {
    self.url = url
  }
}

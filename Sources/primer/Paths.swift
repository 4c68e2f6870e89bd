/// File paths as text, as Foundation's `NSString` path methods treat them.
enum Paths {
  /// The last component of `path` (`/a/b.md` → `b.md`), ignoring trailing slashes; `/` for
  /// the root and an empty string for an empty path.
  static func lastComponent(_ path: String) -> String {
    guard !path.isEmpty else { return "" }
    return path.split(separator: "/").last.map(String.init) ?? "/"
  }

  /// `name` inside the folder `directory`, with one slash between them.
  static func join(_ directory: String, _ name: String) -> String {
    if directory.isEmpty { return name }
    return directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}

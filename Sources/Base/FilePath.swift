/// Path operations on plain strings, written as Foundation's `NSString` path methods behave on
/// `/`-separated paths (`NSString` is not in FoundationEssentials).
package enum FilePath {
  /// `path` with runs of `/` made one and a trailing `/` removed (except for `/` itself), as
  /// `NSString` tidies a path before taking it apart.
  package static func tidy(_ path: String) -> String {
    var result = ""
    var previousWasSlash = false
    for character in path {
      if character == "/" && previousWasSlash { continue }
      previousWasSlash = character == "/"
      result.append(character)
    }
    if result.count > 1 && result.hasSuffix("/") { result.removeLast() }
    return result
  }

  /// The last component: `/a/b/` → `b`, `/` → `/`, `` → ``: `lastPathComponent`.
  package static func lastComponent(_ path: String) -> String {
    // `NSString` gives nothing for a path of two or more slashes only.
    if path.count > 1 && path.allSatisfy({ $0 == "/" }) { return "" }
    let tidied = tidy(path)
    if tidied == "/" { return "/" }
    guard let slash = tidied.lastIndex(of: "/") else { return tidied }
    return String(tidied[tidied.index(after: slash)...])
  }

  /// `component` appended to `path` with a `/` between them unless `path` ends with one:
  /// `appendingPathComponent`, which leaves the rest of both as they are.
  package static func join(_ path: String, _ component: String) -> String {
    if component.isEmpty { return path }
    if path.isEmpty { return component }
    return (path.hasSuffix("/") ? path : path + "/") + component
  }

  /// The path without its last component: `/a/b/` → `/a`, `/a` → `/`, `ab` → ``, `/` → `/`:
  /// `deletingLastPathComponent`.
  package static func deletingLastComponent(_ path: String) -> String {
    if path.count > 1 && path.allSatisfy({ $0 == "/" }) { return "" }
    let tidied = tidy(path)
    if tidied == "/" { return "/" }
    guard let slash = tidied.lastIndex(of: "/") else { return "" }
    return slash == tidied.startIndex ? "/" : String(tidied[..<slash])
  }
}

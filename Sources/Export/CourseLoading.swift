import Course
import Foundation

/// Reads the course's lessons for an export with every core: the same catalogue as
/// `Catalog.load(directory:)`, its plain twin (a test holds the two equal).
///
/// An export parses all lessons before it renders them, and on a small machine parsing is a
/// fifth of the time; each file is parsed on its own, so they parse side by side.
public enum CourseLoading {
  /// The catalogue of `directory`: every `*.md` file directly in it (not starting with `.`).
  ///
  /// - Throws: `CourseError.unreadable` if the folder cannot be listed or a file cannot be
  ///   read, as `Catalog.load` does.
  public static func catalog(directory: String) throws(CourseError) -> Catalog {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw .unreadable(path: directory, reason: "cannot list the folder")
    }
    let paths = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map {
      (directory as NSString).appendingPathComponent($0)
    }
    var contents: [[UInt8]] = []
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw .unreadable(path: path, reason: "cannot read the file")
      }
      contents.append([UInt8](data))
    }
    let files = contents
    let results = ParseSlots(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      results.set(
        index, LessonParser.parse(fileAt: paths[index], bytes: files[index], checkingMath: false))
    }
    let parsed = results.values()
    return Catalog(
      directory: directory, lessons: parsed.map(\.lesson),
      diagnostics: parsed.flatMap(\.diagnostics))
  }
}

/// Parse results filled in from several threads, one slot each.
private final class ParseSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [LessonParser.Result?]

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ result: LessonParser.Result) {
    lock.withLock { slots[index] = result }
  }

  func values() -> [LessonParser.Result] {
    lock.withLock { slots.map { $0! } }
  }
}

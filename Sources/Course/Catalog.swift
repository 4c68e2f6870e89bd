import Base

/// The lessons of the course, read from a folder of Markdown files and kept in course order.
public struct Catalog: Sendable {
  /// The folder the lessons were read from.
  public var directory: String
  /// The lessons, sorted by `order`, then by id.
  public var lessons: [Lesson]
  /// Problems found while parsing (TeX inside formulas is checked only by `primer lint`).
  public var diagnostics: [Diagnostic]

  public init(directory: String, lessons: [Lesson], diagnostics: [Diagnostic]) {
    self.directory = directory
    self.lessons = lessons.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    self.diagnostics = diagnostics
  }

  /// Reads every `*.md` file of `directory` (not recursively) as a lesson.
  ///
  /// - Throws: `CourseError.unreadable` if the folder cannot be listed or a file cannot be read.
  public static func load(directory: String) throws(CourseError) -> Catalog {
    var lessons: [Lesson] = []
    var diagnostics: [Diagnostic] = []
    for file in try LessonFiles.markdownFiles(in: directory) {
      let result = try LessonFiles.parse(file, checkingMath: false)
      lessons.append(result.lesson)
      diagnostics += result.diagnostics
    }
    return Catalog(directory: directory, lessons: lessons, diagnostics: diagnostics)
  }

  /// Finds a lesson by id (`attention`), by number (`6`), or by a unique prefix of its id
  /// or title (`att`).
  ///
  /// - Throws: `CourseError.unknownLesson` or `.ambiguousLesson`, carrying the valid names.
  public func lesson(named name: String) throws(CourseError) -> Lesson {
    try Catalog.resolve(name, among: lessons, metadata: \.metadata)
  }

  /// The item whose metadata `name` names: its id, its number, or a unique prefix of its id
  /// or title. Shared by the catalog and the lighter `LessonIndex`.
  static func resolve<Item>(
    _ name: String, among items: [Item], metadata: (Item) -> Metadata
  ) throws(CourseError) -> Item {
    let key = name.trimmingWhitespace().lowercased()
    if let exact = items.first(where: { metadata($0).id == key }) { return exact }
    if let number = Int(key), let numbered = items.first(where: { metadata($0).order == number }) {
      return numbered
    }
    let matches = items.filter {
      metadata($0).id.hasPrefix(key) || metadata($0).title.lowercased().hasPrefix(key)
    }
    if matches.count == 1, !key.isEmpty { return matches[0] }
    if matches.count > 1, !key.isEmpty {
      throw .ambiguousLesson(name: name, candidates: matches.map { metadata($0).id })
    }
    // A misspelt id, or a misspelt word of a title (`nueral` for "Neural networks"). A number
    // the course has no lesson for gets the list of lessons, not look-alike words (`99` is not
    // `in` or `a`).
    let ids = items.map { metadata($0).id }
    let titles = Dictionary(
      items.map { (metadata($0).id, metadata($0).title) }, uniquingKeysWith: { first, _ in first })
    let suggestions =
      Int(key) != nil
      ? []
      : Suggestions.closest(to: key, among: ids) { id in
        let title = titles[id] ?? ""
        return [title] + title.split { !$0.isLetter && !$0.isNumber }.map(String.init)
          + id.split(separator: "-").map(String.init)
      }
    throw .unknownLesson(
      name: name, valid: items.map { (metadata($0).order, metadata($0).id) },
      suggestions: suggestions)
  }

  /// Where the lessons are: `explicit` (a `--lessons` option) if given, else `$PRIMER_LESSONS`,
  /// else `./Lessons`, else a `Lessons` folder beside or above the executable (the package
  /// checkout `swift run` builds in), else `share/primer/Lessons` of an installed prefix.
  ///
  /// - Throws: `CourseError.lessonsNotFound` listing every place looked at.
  ///
  /// `currentDirectory` and `executablePath` default to the process's own, found only when
  /// the search gets that far: a `--lessons` option needs neither.
  public static func locateLessons(
    explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
    currentDirectory: String? = nil, executablePath: String? = nil
  ) throws(CourseError) -> String {
    var searched: [String] = []
    if let explicit {
      if isLessonFolder(explicit) { return explicit }
      throw .lessonsNotFound(searched: [explicit])
    }
    if let fromEnvironment = environment["PRIMER_LESSONS"], !fromEnvironment.isEmpty {
      if isLessonFolder(fromEnvironment) { return fromEnvironment }
      throw .lessonsNotFound(searched: ["$PRIMER_LESSONS=\(fromEnvironment)"])
    }
    let local = FilePath.join(
      currentDirectory ?? FileManager.default.currentDirectoryPath, "Lessons")
    searched.append(local)
    if isLessonFolder(local) { return local }
    let executable = URL(fileURLWithPath: executablePath ?? runningExecutable())
      .resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    for _ in 0..<6 {
      for candidate in [
        folder.appendingPathComponent("Lessons").path,
        folder.appendingPathComponent("share/primer/Lessons").path,
      ] where !searched.contains(candidate) {
        searched.append(candidate)
        if isLessonFolder(candidate) { return candidate }
      }
      folder = folder.deletingLastPathComponent()
    }
    throw .lessonsNotFound(searched: searched)
  }

  /// The path of the running executable: the file `/proc/self/exe` links to, else the
  /// command's first argument. The argument alone is not enough: run through `$PATH` (a
  /// link in `~/.local/bin`, say) it is just `primer`.
  ///
  /// The link is read with `readlink(2)`: FileManager's `destinationOfSymbolicLink` costs some
  /// 55,000 instructions, most of them making the file manager.
  public static func runningExecutable() -> String {
    var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = buffer.withUnsafeMutableBufferPointer { pointer in
      pointer.withMemoryRebound(to: CChar.self) {
        readlink("/proc/self/exe", $0.baseAddress!, $0.count)
      }
    }
    if length > 0 && length < buffer.count {
      return String(decoding: buffer[..<length], as: UTF8.self)
    }
    return CommandLine.arguments.first ?? ""
  }

  /// Whether `path` names a folder (or a link to one): `stat(2)`, as FileManager's
  /// `fileExists(atPath:isDirectory:)` asks it, without making a file manager.
  static func isLessonFolder(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
  }
}

/// The lessons' metadata, read from their front matter only: enough to find one lesson by
/// name without parsing the whole course (`primer read` parses just the lesson it shows).
public struct LessonIndex: Sendable {
  public struct Entry: Sendable {
    public var metadata: Metadata
    public var path: String
  }

  /// The entries in course order (by `order`, then id).
  public var entries: [Entry]

  /// Reads the front matter of every `*.md` file of `directory`.
  ///
  /// - Throws: `CourseError.unreadable` if the folder cannot be listed or a file cannot be read.
  public static func load(directory: String) throws(CourseError) -> LessonIndex {
    let files = try LessonFiles.markdownFiles(in: directory)
    var entries: [Entry] = []
    entries.reserveCapacity(files.count)
    for path in files {
      guard let bytes = LessonFiles.contents(ofFileAt: path) else {
        throw .unreadable(path: path, reason: "cannot read the file")
      }
      let frontMatter = FrontMatter(String(decoding: bytes, as: UTF8.self))
      var metadata = LessonParser.fallbackMetadata(path: path)
      frontMatter.apply(to: &metadata) { _, _ in }
      entries.append(Entry(metadata: metadata, path: path))
    }
    entries.sort { ($0.metadata.order, $0.metadata.id) < ($1.metadata.order, $1.metadata.id) }
    return LessonIndex(entries: entries)
  }

  /// The entry `name` names (see `Catalog.lesson(named:)`).
  public func entry(named name: String) throws(CourseError) -> Entry {
    try Catalog.resolve(name, among: entries, metadata: \.metadata)
  }

  /// The entry whose file declares exercise `id` (a ```` ```exercise ID ```` line), found by
  /// reading the files as text: a command about one exercise then parses one lesson, not all.
  public func entry(declaringExercise id: String) -> Entry? {
    entries.first { entry in
      guard let data = FileManager.default.contents(atPath: entry.path) else { return false }
      return LessonIndex.exerciseIDs(in: data).contains(id)
    }
  }

  /// The ids of the exercises a lesson file declares, in order, read from its fence lines.
  static func exerciseIDs(in data: Data) -> [String] {
    var ids: [String] = []
    for line in data.split(separator: UInt8(ascii: "\n")) {
      let text = line.drop { $0 == UInt8(ascii: " ") }
      guard text.starts(with: Array("```exercise ".utf8)) else { continue }
      let id = text.dropFirst(12).prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }
      if !id.isEmpty { ids.append(String(decoding: id, as: UTF8.self)) }
    }
    return ids
  }

  /// The first exercise after `id` in course order: the next one in its lesson, else the first
  /// of a later lesson; `nil` after the last.
  public func exercise(after id: String) -> String? {
    var seen = false
    for entry in entries {
      guard let data = FileManager.default.contents(atPath: entry.path) else { continue }
      for candidate in LessonIndex.exerciseIDs(in: data) {
        if seen { return candidate }
        if candidate == id { seen = true }
      }
    }
    return nil
  }

  /// Parses the lesson of `entry` (without checking the TeX of its formulas, which only lint
  /// needs).
  public func lesson(_ entry: Entry) throws(CourseError) -> Lesson {
    try LessonFiles.parse(entry.path, checkingMath: false).lesson
  }
}

/// Reading lesson files from disk.
enum LessonFiles {
  /// The paths of the visible `*.md` files in `directory`, sorted by name.
  static func markdownFiles(in directory: String) throws(CourseError) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      throw .unreadable(path: directory, reason: "cannot list the folder")
    }
    return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
      .map { FilePath.join(directory, $0) }
  }

  /// The bytes of the file at `path`; nil when it cannot be read (or is a folder).
  static func contents(ofFileAt path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
  }

  static func parse(_ path: String, checkingMath: Bool = true) throws(CourseError)
    -> LessonParser.Result
  {
    guard let bytes = contents(ofFileAt: path) else {
      throw .unreadable(path: path, reason: "cannot read the file")
    }
    return LessonParser.parse(fileAt: path, bytes: bytes, checkingMath: checkingMath)
  }
}

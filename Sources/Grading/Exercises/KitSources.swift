import Base
import Isolation

/// Where the sources of the grader's kit are: the package's `Sources` folder, holding
/// `PrimerKit`, `Reference`, `Checks` and `Autodiff`.
///
/// Learner programs are linked against these libraries, compiled once from the checkout's own
/// sources by ``Grader``, so the code that grades is the code that is tested. `Autodiff` is
/// linked only into programs that import it (see ``Grader``).
public struct KitSources: Sendable, Equatable {
  /// The kit's modules, in build order (each depends on the ones before it).
  public static let modules = [
    "PrimerKit", "Display", "Wire", "Reference", "Checks", "Autodiff", "WireTensor",
  ]

  /// The modules a learner's program may be compiled against: the others (the reference
  /// library and the checks) are only in the judge, so importing them fails to compile.
  static let learnerModules: Set<String> = [
    "PrimerKit", "Display", "Wire", "Autodiff", "WireTensor",
  ]

  /// The differentiable tensor's module: optimised, and linked only where it is imported.
  static let autodiff = "Autodiff"

  /// The `Sources` folder.
  public var folder: String

  /// - Precondition: `folder` holds the module folders (use ``locate(lessons:executable:)``
  ///   to find one).
  public init(folder: String) {
    self.folder = folder
  }

  /// The `Sources` folder beside the lessons folder (`<root>/Lessons` → `<root>/Sources`), or
  /// above the executable (`<root>/.build/debug/primer`).
  ///
  /// - Throws: ``GradingError/kitSourcesNotFound(searched:)`` listing the places looked at.
  public static func locate(lessons: String?, executable: String? = nil) throws(GradingError)
    -> KitSources
  {
    var candidates: [String] = []
    if let lessons {
      let root = URL(fileURLWithPath: lessons).standardizedFileURL.deletingLastPathComponent()
      candidates.append(root.appendingPathComponent("Sources").path)
    }
    if let executable = executable ?? Platform.currentExecutablePath() {
      var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        .deletingLastPathComponent()
      for _ in 0..<6 {
        candidates.append(folder.appendingPathComponent("Sources").path)
        folder = folder.deletingLastPathComponent()
      }
    }
    for candidate in candidates where isKit(candidate) {
      return KitSources(folder: candidate)
    }
    throw .kitSourcesNotFound(searched: candidates)
  }

  static func isKit(_ folder: String) -> Bool {
    modules.allSatisfy { module in
      var isDirectory = false
      return FileManager.default.fileExists(
        atPath: "\(folder)/\(module)", isDirectory: &isDirectory) && isDirectory
    }
  }

  /// The `.swift` files of `module`, sorted, as full paths.
  func files(of module: String) throws(GradingError) -> [String] {
    let folder = "\(self.folder)/\(module)"
    guard let everything = try? FileManager.default.subpathsOfDirectory(atPath: folder) else {
      throw .kitSourcesNotFound(searched: [folder])
    }
    return everything.filter { $0.hasSuffix(".swift") }.map { "\(folder)/\($0)" }.sorted()
  }
}

import Base
import LearnerState

/// A class as it lies on disk: one folder per student, sorted.
///
/// A student's folder is either their workspace as `primer start` makes it
/// (`STUDENT/EXERCISE.swift`) or a cloned repository with the workspace inside
/// (`STUDENT/workspace/EXERCISE.swift`). Hidden entries (`.git`, `.primer`, `.DS_Store`) are
/// not students and not stray files; neither is a workspace's `README.md`.
public struct ClassFolder: Sendable {
  /// One student's folder.
  public struct Student: Sendable, Equatable {
    /// The folder's name: the student as the gradebook names them.
    public var name: String
    /// The workspace, relative to the class folder: `alice` or `alice/workspace`.
    public var workspace: String
    /// Why the workspace could not be listed; every exercise of the student is then
    /// `unreadable`, and nothing of theirs is lost or reset.
    public var unreadable: String?
    /// Files in the workspace that are no exercise's file, so were not graded.
    public var strayFiles: [StrayFile]
  }

  /// The class folder, as given.
  public let path: String
  /// The students, sorted by the bytes of their names (the same order on every machine).
  public let students: [Student]
  /// Entries of the class folder that are not student folders (a roster file, a link).
  public let strayFiles: [StrayFile]

  /// Lists the class folder.
  ///
  /// - Parameters:
  ///   - syllabus: the course, to tell exercise files from stray ones and suggest a name.
  ///   - output: the output folder, never taken for a student's if it is inside the class.
  /// - Throws: ``ClassroomError/notAFolder(path:)``, ``ClassroomError/unreadableFolder(path:reason:)``,
  ///   ``ClassroomError/emptyClass(path:exerciseFiles:)``, or
  ///   ``ClassroomError/outputInsideClass(output:classFolder:)`` when the output folder is the
  ///   class folder or inside a student's.
  public static func open(_ path: String, syllabus: Syllabus, output: String?)
    throws(ClassroomError) -> ClassFolder
  {
    guard FileSystem.kind(path) == .folder else { throw .notAFolder(path: path) }
    let names: [String]
    do {
      names = try FileSystem.list(path)
    } catch {
      throw .unreadableFolder(path: path, reason: error.reason)
    }
    let ids = Set(syllabus.exercises.map(\.id))
    let classReal = FileSystem.realPath(path)
    let outputReal = output.flatMap(FileSystem.resolvedPath)
    if let outputReal, let classReal, outputReal == classReal {
      throw .outputInsideClass(output: output ?? "", classFolder: path)
    }
    var students: [Student] = []
    var stray: [StrayFile] = []
    var exerciseFiles: [String] = []
    for name in names where !name.hasPrefix(".") {
      let full = FilePath.join(path, name)
      if let outputReal, FileSystem.realPath(full) == outputReal { continue }
      if let outputReal, let real = FileSystem.realPath(full), outputReal.hasPrefix(real + "/") {
        throw .outputInsideClass(output: output ?? "", classFolder: path)
      }
      guard FileSystem.kind(full) == .folder else {
        if name.hasSuffix(".swift"), ids.contains(String(name.dropLast(6))) {
          exerciseFiles.append(name)
        }
        stray.append(.notAStudentFolder(name))
        continue
      }
      students.append(student(name, in: path, ids: ids, syllabus: syllabus))
    }
    guard !students.isEmpty else {
      throw .emptyClass(path: path, exerciseFiles: exerciseFiles.sorted(by: FileSystem.byBytes))
    }
    return ClassFolder(
      path: path, students: students.sorted { FileSystem.byBytes($0.name, $1.name) },
      strayFiles: stray.sorted { FileSystem.byBytes($0.path, $1.path) })
  }

  private static func student(_ name: String, in path: String, ids: Set<String>, syllabus: Syllabus)
    -> Student
  {
    let folder = FilePath.join(path, name)
    let nested = FilePath.join(folder, "workspace")
    var stray: [StrayFile] = []
    let workspace: String
    if FileSystem.kind(nested) == .folder {
      workspace = name + "/workspace"
      // A cloned repository holds anything beside its workspace; only an exercise's file
      // there is a sign of a file put in the wrong place.
      for entry in (try? FileSystem.list(folder)) ?? []
      where entry.hasSuffix(".swift") && ids.contains(String(entry.dropLast(6))) {
        stray.append(.outsideWorkspace(name + "/" + entry, suggestion: workspace + "/" + entry))
      }
    } else {
      workspace = name
    }
    if FileSystem.isSymbolicLink(nested) {
      // A repository's link could lead to another student's work, or anywhere on the machine.
      return Student(
        name: name, workspace: workspace,
        unreadable: "workspace is a symbolic link; the repository must hold the folder itself",
        strayFiles: stray)
    }
    let entries: [String]
    do {
      entries = try FileSystem.list(FilePath.join(path, workspace))
    } catch {
      return Student(name: name, workspace: workspace, unreadable: error.reason, strayFiles: [])
    }
    for entry in entries where !entry.hasPrefix(".") && entry != "README.md" {
      let relative = workspace + "/" + entry
      if entry.hasSuffix(".swift"), ids.contains(String(entry.dropLast(6))) { continue }
      if FileSystem.kind(FilePath.join(path, relative)) == .folder {
        stray.append(.folder(relative))
      } else {
        stray.append(.notAnExercise(relative, suggestion: suggestion(entry, syllabus)))
      }
    }
    return Student(
      name: name, workspace: workspace, unreadable: nil,
      strayFiles: stray.sorted { FileSystem.byBytes($0.path, $1.path) })
  }

  /// The exercise file `entry` was probably meant to be (`Softmax.swift`, `sofmax.swift`,
  /// `softmax.swift.txt` → `softmax.swift`).
  static func suggestion(_ entry: String, _ syllabus: Syllabus) -> String? {
    let stem = entry.split(separator: ".").first.map(String.init) ?? entry
    do {
      return try syllabus.exercise(named: stem).id + ".swift"
    } catch .unknownExercise(_, let suggestions) where suggestions.count == 1 {
      return suggestions[0] + ".swift"
    } catch {
      return nil
    }
  }
}

/// A file in a class folder that `primer grade` did not grade, and why: reported on standard
/// error, in `summary.md` and in `gradebook.json`, so that no work goes unseen.
public struct StrayFile: Sendable, Equatable, Codable {
  /// Relative to the class folder.
  public var path: String
  /// What it is and what to do, in one sentence.
  public var message: String

  /// A file at the top of the class folder, where only student folders are.
  static func notAStudentFolder(_ path: String) -> StrayFile {
    StrayFile(path: path, message: "\(path) is not a student folder, so it was not graded.")
  }

  /// A file of a student's workspace that is no exercise's file.
  static func notAnExercise(_ path: String, suggestion: String?) -> StrayFile {
    StrayFile(
      path: path,
      message: "\(path) is not an exercise's file, so it was not graded"
        + (suggestion.map { ": rename it to \($0) if it is that exercise." } ?? "."))
  }

  /// An exercise's file beside a cloned repository's `workspace/`, not in it.
  static func outsideWorkspace(_ path: String, suggestion: String) -> StrayFile {
    StrayFile(
      path: path,
      message: "\(path) is outside the workspace/ folder, so it was not graded: move it to "
        + "\(suggestion) if it is meant to be.")
  }

  /// A folder inside a workspace.
  static func folder(_ path: String) -> StrayFile {
    StrayFile(
      path: path,
      message: "\(path) is a folder; exercise files are graded only at the top of a workspace.")
  }
}

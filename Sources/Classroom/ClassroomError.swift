import Base

/// What stops `primer grade` before or after grading: a class folder it cannot use, an output
/// folder it cannot write, shards that do not make one class. A submission that cannot be
/// graded is not an error of this kind: it is a row of the gradebook.
///
/// Each case carries the facts; ``description`` says what happened, where, and what to try.
public enum ClassroomError: Error, Equatable, CustomStringConvertible {
  /// The class folder does not exist, or is a file.
  case notAFolder(path: String)
  /// A folder could not be listed.
  case unreadableFolder(path: String, reason: String)
  /// The class folder holds no student folder; `exerciseFiles` are the exercise files found
  /// directly in it (it is then one learner's workspace).
  case emptyClass(path: String, exerciseFiles: [String])
  /// `--shard` is not `I/N` with `0 ≤ I < N`.
  case invalidShard(text: String)
  /// The output folder is the class folder, or a student's folder.
  case outputInsideClass(output: String, classFolder: String)
  /// Another `primer grade` is writing the output folder.
  case outputBusy(path: String)
  /// A file of the output folder could not be written.
  case storage(operation: String, path: String, reason: String)
  /// A folder given to `--merge` holds no gradebook `primer grade` wrote, or one that is not
  /// a shard's.
  case notAShard(path: String, reason: String)
  /// Shards graded with different settings, which one gradebook cannot hold.
  case shardsDisagree(path: String, field: String, expected: String, found: String)
  /// The same shard given twice.
  case duplicateShard(index: Int, count: Int, paths: [String])
  /// Shards that were not given, so the class would be incomplete.
  case shardsMissing(indices: [Int], count: Int)
  /// A student graded in two shards (their folders were sorted differently).
  case studentInTwoShards(student: String, paths: [String])
  /// The shards together hold fewer students than the class they were cut from.
  case studentsMissing(found: Int, expected: Int)
  /// The merged output would overwrite one of the shards.
  case outputIsInput(path: String)

  public var description: String {
    switch self {
    case .notAFolder(let path):
      return "`\(path)` is not a folder. Give the class folder: one folder per student, each "
        + "holding the student's EXERCISE.swift files or a workspace/ folder."
    case .unreadableFolder(let path, let reason):
      return "Could not list `\(path)`: \(reason). Check that you may read it (`ls -ld`)."
    case .emptyClass(let path, let files):
      if !files.isEmpty {
        return "`\(path)` holds exercise files (\(files.prefix(3).joined(separator: ", "))) but "
          + "no student folders: it looks like one learner's workspace. Grade it with "
          + "`primer run EXERCISE --workspace \(path)`, or give the folder that holds one "
          + "folder per student."
      }
      return "`\(path)` holds no student folders, so there is nothing to grade. A class folder "
        + "holds one folder per student, each with the student's EXERCISE.swift files (as "
        + "`primer start` makes them) or a cloned repository with a workspace/ folder."
    case .invalidShard(let text):
      return "`--shard \(text)` is not a shard: write I/N with 0 ≤ I < N, e.g. `--shard 0/4` "
        + "for the first of four (a Kubernetes completion index or a matrix index)."
    case .outputInsideClass(let output, let classFolder):
      return "The output folder `\(output)` is inside the class folder `\(classFolder)` where a "
        + "student's work is. Write the gradebook elsewhere, e.g. `--out grades`."
    case .outputBusy(let path):
      return "Another `primer grade` is writing `\(path)`. Wait for it to finish, or give "
        + "another --out folder."
    case .storage(let operation, let path, let reason):
      return "Could not \(operation) `\(path)`: \(reason). Nothing graded so far is lost: run "
        + "the same command again once the folder is writable and it carries on."
    case .notAShard(let path, let reason):
      return "`\(path)` is not a shard's output (\(reason)). Give the folders that "
        + "`primer grade CLASS --shard I/N --out DIR` wrote."
    case .shardsDisagree(let path, let field, let expected, let found):
      return "`\(path)` was graded with \(field) \(found), the other shards with \(expected). "
        + "Grade every shard with the same course, exercises, --seed and shard count."
    case .duplicateShard(let index, let count, let paths):
      return "Shard \(index)/\(count) is given twice (\(paths.joined(separator: ", "))). "
        + "Give each shard's folder once."
    case .shardsMissing(let indices, let count):
      let list = indices.map { "\($0)/\(count)" }.joined(separator: ", ")
      return "Shard\(indices.count == 1 ? "" : "s") \(list) \(indices.count == 1 ? "is" : "are") "
        + "missing, so the gradebook would leave students out. Grade "
        + "\(indices.count == 1 ? "it" : "them") with `primer grade CLASS --shard I/N "
        + "--out DIR` and merge every shard's folder."
    case .studentInTwoShards(let student, let paths):
      return "Student `\(student)` is in two shards (\(paths.joined(separator: ", "))): the "
        + "shards were graded from different class folders. Grade every shard from the same "
        + "class folder."
    case .studentsMissing(let found, let expected):
      return "The shards hold \(found) students, but the class they were graded from has "
        + "\(expected). Grade every shard from the same class folder, then merge again."
    case .outputIsInput(let path):
      return "The output folder `\(path)` is one of the shards being merged. Merge into a new "
        + "folder, e.g. `--out grades`."
    }
  }
}

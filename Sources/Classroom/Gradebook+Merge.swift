import Base

extension Gradebook {
  /// The gradebook of the whole class from its shards' gradebooks: students sorted as an
  /// unsharded run sorts them, each entry as its shard recorded it (its `seconds` too, as
  /// measured there), so the files written from it are those of an unsharded run but for the
  /// times a new run would measure again.
  ///
  /// - Parameter shards: each shard's gradebook and the folder it came from (for messages).
  /// - Throws: ``ClassroomError`` when a folder is not a shard's, when the shards were graded
  ///   with different exercises, seeds or counts, when one is given twice or missing, or when a
  ///   student appears twice or the class is incomplete.
  public static func merge(_ shards: [(path: String, gradebook: Gradebook)])
    throws(ClassroomError) -> Gradebook
  {
    guard let first = shards.first else { throw .shardsMissing(indices: [0], count: 1) }
    guard let count = first.gradebook.shard?.count else {
      throw .notAShard(path: first.path, reason: "it graded a whole class, not a shard")
    }
    var byIndex: [Int: String] = [:]
    var owners: [String: String] = [:]
    var students: [StudentGrades] = []
    var stray: [StrayFile] = []
    for (path, gradebook) in shards {
      guard let shard = gradebook.shard else {
        throw .notAShard(path: path, reason: "it graded a whole class, not a shard")
      }
      func agree(_ field: String, _ expected: String, _ found: String) throws(ClassroomError) {
        if expected != found {
          throw .shardsDisagree(path: path, field: field, expected: expected, found: found)
        }
      }
      try agree("the format", "\(first.gradebook.format)", "\(gradebook.format)")
      try agree("a shard count of", "\(count)", "\(shard.count)")
      try agree(
        "the exercises", first.gradebook.exercises.joined(separator: " "),
        gradebook.exercises.joined(separator: " "))
      try agree(
        "seed", first.gradebook.seed.map { "\($0)" } ?? "(one per submission)",
        gradebook.seed.map { "\($0)" } ?? "(one per submission)")
      try agree(
        "a class size of", "\(first.gradebook.classSize)", "\(gradebook.classSize)")
      if let other = byIndex[shard.index] {
        throw .duplicateShard(index: shard.index, count: count, paths: [other, path])
      }
      byIndex[shard.index] = path
      for student in gradebook.students {
        if let other = owners[student.name] {
          throw .studentInTwoShards(student: student.name, paths: [other, path])
        }
        owners[student.name] = path
        students.append(student)
      }
      stray += gradebook.strayFiles.filter { !stray.contains($0) }
    }
    let absent = (0..<count).filter { byIndex[$0] == nil }
    if !absent.isEmpty { throw .shardsMissing(indices: absent, count: count) }
    if students.count != first.gradebook.classSize {
      throw .studentsMissing(found: students.count, expected: first.gradebook.classSize)
    }
    return Gradebook(
      exercises: first.gradebook.exercises, seed: first.gradebook.seed, shard: nil,
      classSize: first.gradebook.classSize,
      students: students.sorted { FileSystem.byBytes($0.name, $1.name) },
      strayFiles: stray.sorted { FileSystem.byBytes($0.path, $1.path) })
  }
}

extension GradebookFolder {
  /// Merges the shards written in `inputs` into this folder: the gradebook of the whole class
  /// and every shard's records, so that a later `primer grade` into this folder grades only
  /// what changed.
  ///
  /// - Throws: ``ClassroomError/outputIsInput(path:)`` if this folder is one of the inputs,
  ///   and what ``Gradebook/merge(_:)`` and the writes throw; nothing is written then.
  public func merge(_ inputs: [String]) throws(ClassroomError) -> Gradebook {
    let own = FileSystem.realPath(path)
    var shards: [(path: String, gradebook: Gradebook)] = []
    for input in inputs {
      if own != nil && FileSystem.realPath(input) == own { throw .outputIsInput(path: path) }
      shards.append((input, try GradebookFolder.read(input)))
    }
    let merged = try Gradebook.merge(shards)
    for (input, gradebook) in shards {
      try copyRecords(of: gradebook.students.map(\.name), from: input)
    }
    try write(merged)
    return merged
  }
}

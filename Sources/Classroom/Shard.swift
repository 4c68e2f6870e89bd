/// A slice of a class, for grading it on several machines: the students whose index in the
/// sorted class is ``index`` modulo ``count``.
///
/// Indices start at 0, as a Kubernetes completion index and a GitHub Actions matrix do. Each
/// student is in exactly one of the `count` shards, and the shards are near equal in size.
public struct Shard: Sendable, Equatable, Codable {
  public var index: Int
  public var count: Int

  /// - Precondition: `0 ≤ index < count`.
  public init(index: Int, count: Int) {
    precondition(index >= 0 && index < count, "a shard index is in 0..<count")
    self.index = index
    self.count = count
  }

  /// `I/N` as `--shard` takes it.
  ///
  /// - Throws: ``ClassroomError/invalidShard(text:)`` unless `0 ≤ I < N`.
  public init(parsing text: String) throws(ClassroomError) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count > 0,
      index >= 0, index < count
    else { throw .invalidShard(text: text) }
    self.init(index: index, count: count)
  }

  /// Whether the student at `sortedIndex` of the class belongs to this shard.
  public func includes(_ sortedIndex: Int) -> Bool {
    sortedIndex % count == index
  }

  /// `1/4`.
  public var text: String { "\(index)/\(count)" }
}

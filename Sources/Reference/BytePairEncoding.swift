/// Byte-level byte-pair encoding (BPE), as in GPT-2's tokenizer without its regex
/// pre-splitting: text is its UTF-8 bytes (ids 0…255), and training learns merges, each one
/// replacing a pair of adjacent ids by a new id 256, 257, …
///
/// Source: Sennrich, Haddow and Birch, "Neural Machine Translation of Rare Words with Subword
/// Units", 2016; Radford et al., "Language Models are Unsupervised Multitask Learners"
/// (GPT-2), 2019, section 2.2.
public enum BytePairEncoding {
  /// One learned merge: the pair `(first, second)` becomes the new id.
  public struct Merge: Equatable, Sendable {
    public var first: Int
    public var second: Int

    public init(_ first: Int, _ second: Int) {
      self.first = first
      self.second = second
    }
  }

  /// Learns merges from `text` until the vocabulary has `vocabularySize` ids (256 bytes plus
  /// one per merge), or no adjacent pair is left.
  ///
  /// Each round counts every adjacent pair of the current sequence (overlapping pairs count:
  /// `a a a` holds `(a, a)` twice), picks the most frequent, ties going to the pair whose
  /// first occurrence comes first, gives it the next id, and replaces its occurrences from
  /// left to right, without overlap (`a a a` becomes `X a`).
  ///
  /// - Parameters:
  ///   - text: the training text.
  ///   - vocabularySize: at least 256.
  /// - Returns: the merges in the order they were learned; merge `i` makes id `256 + i`.
  public static func train(_ text: String, vocabularySize: Int) -> [Merge] {
    precondition(vocabularySize >= 256, "BPE: vocabularySize must be ≥ 256, got \(vocabularySize)")
    var ids = text.utf8.map(Int.init)
    var merges: [Merge] = []
    while 256 + merges.count < vocabularySize, let pair = mostFrequentPair(in: ids) {
      let merge = Merge(pair.first, pair.second)
      ids = apply(merge, id: 256 + merges.count, to: ids)
      merges.append(merge)
    }
    return merges
  }

  /// The ids of `text`: its UTF-8 bytes with every merge applied in the order learned.
  public static func encode(_ text: String, merges: [Merge]) -> [Int] {
    encode(ids: text.utf8.map(Int.init), merges: merges)
  }

  /// `ids` with every merge applied in the order learned: merge `i` replaces its pair by
  /// `256 + i` everywhere, scanning left to right.
  public static func encode(ids: [Int], merges: [Merge]) -> [Int] {
    var ids = ids
    for (index, merge) in merges.enumerated() {
      ids = apply(merge, id: 256 + index, to: ids)
    }
    return ids
  }

  /// The bytes that `ids` stand for (each merged id expanded back into its pair).
  ///
  /// The bytes may end in the middle of a UTF-8 character, for example when a model's
  /// output is cut; decode them with replacement characters to show them.
  public static func decode(_ ids: [Int], merges: [Merge]) -> [UInt8] {
    var expansions: [[UInt8]] = (0..<256).map { [UInt8($0)] }
    for merge in merges {
      precondition(
        merge.first < expansions.count && merge.second < expansions.count,
        "BPE: merge (\(merge.first), \(merge.second)) uses an id not yet defined")
      expansions.append(expansions[merge.first] + expansions[merge.second])
    }
    return ids.flatMap { id in
      precondition(id >= 0 && id < expansions.count, "BPE: id \(id) is not in the vocabulary")
      return expansions[id]
    }
  }

  /// The most frequent adjacent pair, ties to the one seen first; `nil` for fewer than 2 ids.
  public static func mostFrequentPair(in ids: [Int]) -> Merge? {
    var counts: [Int: (count: Int, firstSeen: Int)] = [:]
    for position in ids.indices.dropLast() {
      let key = ids[position] << 32 | ids[position + 1]
      counts[key, default: (0, position)].count += 1
    }
    let best = counts.max { a, b in
      a.value.count < b.value.count
        || (a.value.count == b.value.count && a.value.firstSeen > b.value.firstSeen)
    }
    guard let key = best?.key else { return nil }
    return Merge(key >> 32, key & 0xFFFF_FFFF)
  }

  /// `ids` with each occurrence of `merge`, scanned left to right, replaced by `id`.
  public static func apply(_ merge: Merge, id: Int, to ids: [Int]) -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(ids.count)
    var position = 0
    while position < ids.count {
      if position + 1 < ids.count, ids[position] == merge.first, ids[position + 1] == merge.second {
        result.append(id)
        position += 2
      } else {
        result.append(ids[position])
        position += 1
      }
    }
    return result
  }
}

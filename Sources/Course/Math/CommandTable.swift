/// TeX command names and what they stand for, looked up by the name's bytes: the fast twin of
/// `TeXSymbols.commands` (a dictionary of strings), which a test holds it equal to.
///
/// A name of up to 24 ASCII bytes is packed, zero-padded, into three 64-bit words, and the
/// words are hashed with a few multiplications into an open-addressing table of twice the
/// names' count or more (linear probing). No name holds a zero byte, so equal words mean
/// equal names. Building it for the 300-odd commands costs a few tens of thousands of
/// instructions, where hashing them into a dictionary cost over half a million; a look-up
/// costs tens of instructions and makes no string.
struct CommandTable {
  private struct Entry {
    var key: Key
    var command: TeXSymbols.Command
  }

  /// A name's bytes, packed eight to a word, little end first.
  private struct Key: Equatable {
    var words: (UInt64, UInt64, UInt64) = (0, 0, 0)

    static func == (left: Key, right: Key) -> Bool {
      left.words.0 == right.words.0 && left.words.1 == right.words.1
        && left.words.2 == right.words.2
    }

    /// The key of `bytes`; nil for a name too long or holding a zero byte (no command's).
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard bytes.count <= 24, !bytes.contains(0) else { return nil }
      withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
      #if _endian(big)
      words = (words.0.byteSwapped, words.1.byteSwapped, words.2.byteSwapped)
      #endif
    }

    var hash: Int {
      let mixed =
        words.0 &* 0x9E37_79B9_7F4A_7C15 ^ words.1 &* 0xC2B2_AE3D_27D4_EB4F
        ^ words.2 &* 0x1656_67B1_9E37_79F9
      return Int(truncatingIfNeeded: mixed ^ (mixed >> 31))
    }
  }

  private var entries: [Entry] = []
  /// For each slot, 1 + the index of its entry in `entries`, or 0 for an empty slot.
  private var slots: [Int]
  private let mask: Int

  /// The table of `tables`' commands; a name in several tables keeps its first command.
  init(_ tables: [KeyValuePairs<String, TeXSymbols.Command>]) {
    let count = tables.reduce(0) { $0 + $1.count }
    var capacity = 16
    while capacity < 2 * count { capacity *= 2 }
    slots = [Int](repeating: 0, count: capacity)
    mask = capacity - 1
    entries.reserveCapacity(count)
    for table in tables {
      for (name, command) in table {
        var name = name
        guard let key = name.withUTF8(Key.init) else {
          preconditionFailure("TeX command `\\\(name)` is too long for the command table")
        }
        var slot = key.hash & mask
        while slots[slot] != 0 && entries[slots[slot] - 1].key != key { slot = (slot + 1) & mask }
        guard slots[slot] == 0 else { continue }
        entries.append(Entry(key: key, command: command))
        slots[slot] = entries.count
      }
    }
  }

  /// What the command named by `name`'s bytes (without its backslash) stands for.
  func command(named name: ArraySlice<UInt8>) -> TeXSymbols.Command? {
    name.withUnsafeBufferPointer(command(named:))
  }

  /// What the command named `name` (without its backslash) stands for.
  func command(named name: String) -> TeXSymbols.Command? {
    var name = name
    return name.withUTF8(command(named:))
  }

  /// What the command named by `name`'s bytes (without its backslash) stands for.
  func command(named name: UnsafeBufferPointer<UInt8>) -> TeXSymbols.Command? {
    guard let key = Key(name) else { return nil }
    var slot = key.hash & mask
    while slots[slot] != 0 {
      let entry = entries[slots[slot] - 1]
      if entry.key == key { return entry.command }
      slot = (slot + 1) & mask
    }
    return nil
  }
}

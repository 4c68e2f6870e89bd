import Base

/// Everything needed to sample from a trained model or to resume its training.
///
/// File format, version 1 (all integers little-endian):
/// `"PRIMERGPT\n"` (10 bytes) · format version (`UInt32`) · header length `n` (`UInt32`) ·
/// the header, `n` bytes of JSON (``Header``: shape, vocabulary, step, options, loss history,
/// a hash of the training text) · the parameters in the order of ``Config/parameterShapes``
/// as `Float32`, then AdamW's first moments, then its second moments, in the same order.
/// The file's length is fixed by its header, so a cut-off file is recognised.
public struct Checkpoint: Equatable {
  /// The format version this code writes and reads.
  public static let version: UInt32 = 1
  static let magic = Array("PRIMERGPT\n".utf8)

  /// The part of a checkpoint stored as JSON.
  public struct Header: Codable, Equatable, Sendable {
    /// The model's shape.
    public var config: Config
    /// The tokenizer's symbols, in token order.
    public var vocabulary: String
    /// The optimisation steps taken.
    public var step: Int
    /// The training options of the run.
    public var options: TrainingOptions
    /// The losses recorded so far.
    public var history: [LossRecord]
    /// FNV-1a of the training text's UTF-8, in hexadecimal: a resumed run must use the same text.
    public var textHash: String
  }

  /// The JSON header.
  public var header: Header
  /// The parameters, in the order of ``Config/parameterShapes``.
  public var parameters: [[Float]]
  /// AdamW's first moments.
  public var firstMoments: [[Float]]
  /// AdamW's second moments.
  public var secondMoments: [[Float]]

  /// A checkpoint of the given parts.
  public init(
    header: Header, parameters: [[Float]], firstMoments: [[Float]], secondMoments: [[Float]]
  ) {
    self.header = header
    self.parameters = parameters
    self.firstMoments = firstMoments
    self.secondMoments = secondMoments
  }

  /// The file's bytes.
  public func encoded() -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = Array((try? encoder.encode(header)) ?? Data())
    var bytes = Self.magic
    append(Self.version, to: &bytes)
    append(UInt32(json.count), to: &bytes)
    bytes += json
    for arrays in [parameters, firstMoments, secondMoments] {
      for array in arrays {
        for x in array { append(x.bitPattern, to: &bytes) }
      }
    }
    return bytes
  }

  /// Writes the checkpoint atomically: an interruption leaves the previous file intact.
  public func write(to path: String) throws(GPTError) {
    do {
      try AtomicFile.write(encoded(), to: path)
    } catch {
      throw .fileSystem(operation: error.operation, path: error.path, reason: error.reason)
    }
  }

  /// Reads the checkpoint at `path`.
  public static func read(from path: String) throws(GPTError) -> Checkpoint {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .fileSystem(operation: "read", path: path, reason: "no such readable file")
    }
    return try decode(Array(data), path: path)
  }

  /// Parses checkpoint bytes; `path` is only named in errors.
  public static func decode(_ bytes: [UInt8], path: String) throws(GPTError) -> Checkpoint {
    let prefix = magic.count + 8
    guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
      throw .notACheckpoint(path: path)
    }
    guard bytes.count >= prefix else {
      throw .truncatedCheckpoint(path: path, expectedBytes: prefix, foundBytes: bytes.count)
    }
    let version = readUInt32(bytes, at: magic.count)
    guard version == Self.version else {
      throw .unsupportedVersion(path: path, found: version, supported: Self.version)
    }
    let headerLength = Int(readUInt32(bytes, at: magic.count + 4))
    guard bytes.count >= prefix + headerLength,
      let header = try? JSONDecoder().decode(
        Header.self, from: Data(bytes[prefix..<(prefix + headerLength)]))
    else {
      throw .truncatedCheckpoint(
        path: path, expectedBytes: prefix + headerLength, foundBytes: bytes.count)
    }
    let sizes = header.config.parameterShapes.map { $0.rows * $0.columns }
    let floats = 3 * sizes.reduce(0, +)
    let expected = prefix + headerLength + 4 * floats
    guard bytes.count == expected else {
      throw .truncatedCheckpoint(path: path, expectedBytes: expected, foundBytes: bytes.count)
    }
    var offset = prefix + headerLength
    func arrays() -> [[Float]] {
      sizes.map { size in
        let array = (0..<size).map { Float(bitPattern: readUInt32(bytes, at: offset + 4 * $0)) }
        offset += 4 * size
        return array
      }
    }
    let parameters = arrays()
    let first = arrays()
    let second = arrays()
    return Checkpoint(
      header: header, parameters: parameters, firstMoments: first, secondMoments: second)
  }

  /// Checks that the checkpoint holds a model of the shape `expected` (its vocabulary size
  /// is not compared: the text decides it).
  ///
  /// - Throws: ``GPTError/shapeMismatch(path:expected:found:)``.
  public func requireShape(_ expected: Config, path: String) throws(GPTError) {
    var found = header.config
    found.vocabularySize = expected.vocabularySize
    guard found == expected else {
      throw .shapeMismatch(path: path, expected: expected, found: header.config)
    }
  }

  private func append(_ x: UInt32, to bytes: inout [UInt8]) {
    for shift in stride(from: 0, to: 32, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: x >> UInt32(shift)))
    }
  }

  private static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << UInt32(8 * $1) }
  }
}

/// The losses at one step of training.
public struct LossRecord: Codable, Equatable, Sendable {
  /// The step.
  public var step: Int
  /// The mean training loss of the steps since the previous record.
  public var train: Double
  /// The validation loss estimate.
  public var validation: Double

  /// A record.
  public init(step: Int, train: Double, validation: Double) {
    self.step = step
    self.train = train
    self.validation = validation
  }
}

/// FNV-1a, 64-bit, of `text`'s UTF-8, in hexadecimal.
func textFingerprint(_ text: String) -> String {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in text.utf8 {
    hash ^= UInt64(byte)
    hash &*= 0x100_0000_01b3
  }
  return String(hash, radix: 16)
}

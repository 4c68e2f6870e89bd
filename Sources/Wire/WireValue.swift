public import PrimerKit

/// A value that crosses the link between the judge and the learner's program: an argument
/// the judge chose, or an answer the learner's function gave.
///
/// Encodings are exact: a `Double` travels as its bit pattern, so NaN payloads, infinities
/// and `-0.0` arrive as they left. Decoding never trusts its input: a count, a shape or a
/// flag that cannot be right is a ``WireError``, never a crash or a huge allocation.
public protocol WireValue {
  /// Appends the value to `writer`; shared objects are entered in `call`.
  func encode(to writer: inout WireWriter, in call: WireCall)
  /// Reads a value written by ``encode(to:in:)``.
  static func decode(from reader: inout WireReader, in call: WireCall) throws(WireError) -> Self
}

/// Why bytes on the link could not be read as what was expected.
public enum WireError: Error, Equatable, CustomStringConvertible {
  /// The other side closed the link, or reading or writing it failed.
  case closed(String)
  /// The bytes do not encode the expected value.
  case malformed(String)

  public var description: String {
    switch self {
    case .closed(let reason): "the link closed (\(reason))"
    case .malformed(let reason): "the answer is malformed (\(reason))"
    }
  }
}

/// Bytes being written for the link: fixed-width little-endian fields.
public struct WireWriter {
  public private(set) var bytes: [UInt8] = []

  public init() {}

  public mutating func put(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  public mutating func put(_ value: UInt8) { bytes.append(value) }

  /// The elements of `values` as they are in memory (the link never leaves the machine).
  public mutating func putElements<T: BitwiseCopyable>(_ values: [T]) {
    put(UInt64(values.count))
    values.withUnsafeBytes { bytes.append(contentsOf: $0) }
  }
}

/// Bytes read from the link, consumed from the front.
public struct WireReader {
  let bytes: [UInt8]
  private(set) var offset: Int

  public init(_ bytes: [UInt8], offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  /// Whether every byte was read.
  public var isAtEnd: Bool { offset == bytes.count }

  public mutating func takeByte() throws(WireError) -> UInt8 {
    guard offset < bytes.count else { throw .malformed("it ends early") }
    offset += 1
    return bytes[offset - 1]
  }

  public mutating func take() throws(WireError) -> UInt64 {
    guard bytes.count - offset >= 8 else { throw .malformed("it ends early") }
    var value: UInt64 = 0
    for index in (0..<8).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
    offset += 8
    return value
  }

  /// A count or a size: at most what the remaining bytes could hold at `stride` bytes each.
  public mutating func takeCount(stride: Int) throws(WireError) -> Int {
    let raw = try take()
    guard raw <= UInt64(Int.max), Int(raw) <= (bytes.count - offset) / max(stride, 1) else {
      throw .malformed("a count of \(raw) is more than the message holds")
    }
    return Int(raw)
  }

  public mutating func takeElements<T: BitwiseCopyable>(_: T.Type) throws(WireError) -> [T] {
    let count = try takeCount(stride: MemoryLayout<T>.stride)
    let length = count * MemoryLayout<T>.stride
    let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      bytes.withUnsafeBytes { source in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + length)]))
      }
      initialized = count
    }
    offset += length
    return values
  }
}

/// A number whose arrays cross the link as one block of memory.
public protocol WireNumber: WireValue, BitwiseCopyable {}

extension Int: WireNumber {}
extension Double: WireNumber {}
extension Float: WireNumber {}

extension Int: WireValue {
  public func encode(to writer: inout WireWriter, in _: WireCall) {
    writer.put(UInt64(bitPattern: Int64(self)))
  }
  public static func decode(from reader: inout WireReader, in _: WireCall) throws(WireError)
    -> Int
  {
    Int(Int64(bitPattern: try reader.take()))
  }
}

extension Double: WireValue {
  public func encode(to writer: inout WireWriter, in _: WireCall) { writer.put(bitPattern) }
  public static func decode(from reader: inout WireReader, in _: WireCall) throws(WireError)
    -> Double
  {
    Double(bitPattern: try reader.take())
  }
}

extension Float: WireValue {
  public func encode(to writer: inout WireWriter, in _: WireCall) {
    writer.put(UInt64(bitPattern))
  }
  public static func decode(from reader: inout WireReader, in _: WireCall) throws(WireError)
    -> Float
  {
    let raw = try reader.take()
    guard raw <= UInt64(UInt32.max) else { throw .malformed("a Float of more than 32 bits") }
    return Float(bitPattern: UInt32(raw))
  }
}

extension Bool: WireValue {
  public func encode(to writer: inout WireWriter, in _: WireCall) {
    writer.put(UInt8(self ? 1 : 0))
  }
  public static func decode(from reader: inout WireReader, in _: WireCall) throws(WireError)
    -> Bool
  {
    switch try reader.takeByte() {
    case 0: return false
    case 1: return true
    case let other: throw .malformed("\(other) is not a Bool")
    }
  }
}

extension Array: WireValue where Element: WireValue {
  /// Numbers are copied as one block; other elements one by one.
  public func encode(to writer: inout WireWriter, in call: WireCall) {
    if let numbers = self as? [Double] {
      writer.putElements(numbers)
    } else if let numbers = self as? [Float] {
      writer.putElements(numbers)
    } else if let numbers = self as? [Int] {
      writer.putElements(numbers)
    } else {
      writer.put(UInt64(count))
      for element in self { element.encode(to: &writer, in: call) }
    }
  }

  public static func decode(from reader: inout WireReader, in call: WireCall) throws(WireError)
    -> [Element]
  {
    if Element.self == Double.self {
      return try reader.takeElements(Double.self) as! [Element]
    } else if Element.self == Float.self {
      return try reader.takeElements(Float.self) as! [Element]
    } else if Element.self == Int.self {
      return try reader.takeElements(Int.self) as! [Element]
    }
    // Every element takes at least one byte.
    let count = try reader.takeCount(stride: 1)
    var elements: [Element] = []
    elements.reserveCapacity(count)
    for _ in 0..<count { elements.append(try Element.decode(from: &reader, in: call)) }
    return elements
  }
}

extension Matrix: WireValue {
  public func encode(to writer: inout WireWriter, in _: WireCall) {
    writer.put(UInt64(rows))
    writer.put(UInt64(columns))
    writer.putElements(storage)
  }

  public static func decode(from reader: inout WireReader, in _: WireCall) throws(WireError)
    -> Matrix
  {
    let (rows, columns) = (try reader.take(), try reader.take())
    let storage = try reader.takeElements(Double.self)
    let limit = UInt64(Int.max)
    guard rows <= limit, columns <= limit,
      rows.multipliedReportingOverflow(by: columns) == (UInt64(storage.count), false)
    else {
      throw .malformed("a matrix of shape [\(rows), \(columns)] with \(storage.count) elements")
    }
    return Matrix(rows: Int(rows), columns: Int(columns), storage: storage)
  }
}

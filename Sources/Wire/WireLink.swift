#if canImport(Glibc)
@preconcurrency import Glibc
#else
@preconcurrency import Darwin
#endif

/// One end of the link between the judge, which runs an exercise's checks, and the learner's
/// program, which only answers calls of the function under test.
///
/// The two processes exchange messages on a socket: a 64-bit length, then the message. A
/// message starts with its ``Kind``:
///
/// - judge → learner: `call INDEX ARGUMENTS…` (the entry's function `INDEX`, with the
///   arguments the judge chose), `return STATES` (the end of a callback), `end`;
/// - learner → judge: `result VALUE STATES` (the answer), `callback ID VALUE STATES` (the
///   learner's function calls a function the judge passed, such as an optimiser step).
///
/// `STATES` carries the state of every shared object of the call (``WireShared``: a tensor
/// whose values and gradients both sides change), so each side sees the other's changes at
/// every exchange, as if they shared memory.
///
/// A link that fails (the other side crashed, closed the socket, or sent bytes that do not
/// decode) calls `failure`, which does not return: a proxy has no other way out.
public final class WireLink {
  enum Kind: UInt8 {
    case call = 1
    case result, callback, callbackReturn, end
  }

  /// The longest message accepted: a learner's answer cannot make the judge allocate more.
  static let maximumMessageBytes = 1 << 30

  let descriptor: Int32
  let failure: (WireError) -> Never

  /// - Parameters:
  ///   - descriptor: the socket, open for reading and writing.
  ///   - failure: what to do when the link fails; it must not return (report and exit).
  public init(descriptor: Int32, failure: @escaping (WireError) -> Never) {
    self.descriptor = descriptor
    self.failure = failure
  }

  /// Learner side: the whole of a learner's program after its entry is typed. Standard output
  /// is flushed at each line (what was printed before a crash is kept), a closed pipe is not a
  /// signal, and the link on `descriptor` is served with `handlers` until the judge ends it; a
  /// failed link ends the program at once.
  ///
  /// Here rather than in the generated `entry.swift`, so that file imports no C library: that
  /// import is a third of the compiler's time on a small learner file.
  public static func serveProgram(
    descriptor: Int32 = 3, _ handlers: (WireLink) -> [WireHandler]
  ) {
    setvbuf(stdout, nil, _IOLBF, 0)
    signal(SIGPIPE, SIG_IGN)
    let link = WireLink(descriptor: descriptor) { _ in exit(0) }
    link.serve(handlers(link))
  }

  /// Sends `writer`'s bytes as one message.
  func send(_ writer: WireWriter) throws(WireError) {
    var header = WireWriter()
    header.put(UInt64(writer.bytes.count))
    try write(header.bytes)
    try write(writer.bytes)
  }

  /// The next message; a closed link is ``WireError/closed(_:)``.
  func receive() throws(WireError) -> WireReader {
    var header = WireReader(try read(8))
    let length = try header.take()
    guard length <= UInt64(WireLink.maximumMessageBytes) else {
      throw .malformed("a message of \(length) bytes")
    }
    return WireReader(try read(Int(length)))
  }

  /// Tells the learner's program that no more calls will come.
  public func end() {
    var writer = WireWriter()
    writer.put(Kind.end.rawValue)
    try? send(writer)
  }

  private func write(_ bytes: [UInt8]) throws(WireError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        #if canImport(Glibc)
        Glibc.write(descriptor, $0.baseAddress, $0.count)
        #else
        Darwin.write(descriptor, $0.baseAddress, $0.count)
        #endif
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { throw .closed(String(cString: strerror(errno))) }
      offset += written
    }
  }

  private func read(_ count: Int) throws(WireError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    var offset = 0
    while offset < count {
      let got = bytes.withUnsafeMutableBytes {
        #if canImport(Glibc)
        Glibc.read(descriptor, $0.baseAddress! + offset, count - offset)
        #else
        Darwin.read(descriptor, $0.baseAddress! + offset, count - offset)
        #endif
      }
      if got < 0 && errno == EINTR { continue }
      if got == 0 { throw .closed("end of file") }
      guard got > 0 else { throw .closed(String(cString: strerror(errno))) }
      offset += got
    }
    return bytes
  }
}

/// An object both sides change during a call (a tensor's values and gradients): the first
/// time it crosses the link it is sent whole, later only by its place in the call, and its
/// state travels with every message of the call.
public protocol WireShared: AnyObject {
  /// The whole object: what ``decodeNew(from:)`` reads.
  func encodeNew(to writer: inout WireWriter)
  static func decodeNew(from reader: inout WireReader) throws(WireError) -> Self
  /// The part that changes (values, gradients).
  func encodeState(to writer: inout WireWriter)
  func applyState(from reader: inout WireReader) throws(WireError)
}

/// What one call of the function under test has exchanged so far: its shared objects, in
/// the order they first crossed (the same on both sides), and the judge's callbacks.
public final class WireCall {
  var objects: [any WireShared] = []
  private var places: [ObjectIdentifier: Int] = [:]
  /// Judge side: each callback decodes its argument and returns the call to make.
  var callbacks: [(inout WireReader) -> Result<() -> Void, WireError>] = []

  public init() {}

  /// Writes `object`'s place, and the object itself the first time.
  public func encode<T: WireShared>(_ object: T, to writer: inout WireWriter) {
    if let place = places[ObjectIdentifier(object)] {
      writer.put(UInt64(place))
      return
    }
    writer.put(UInt64(objects.count))
    places[ObjectIdentifier(object)] = objects.count
    objects.append(object)
    object.encodeNew(to: &writer)
  }

  public func decode<T: WireShared>(_: T.Type, from reader: inout WireReader) throws(WireError)
    -> T
  {
    let place = try reader.take()
    if place == UInt64(objects.count) {
      let object = try T.decodeNew(from: &reader)
      places[ObjectIdentifier(object)] = objects.count
      objects.append(object)
      return object
    }
    guard place < UInt64(objects.count), let object = objects[Int(place)] as? T else {
      throw .malformed("no shared object \(place) of type \(T.self)")
    }
    return object
  }

  func encodeStates(to writer: inout WireWriter) {
    writer.put(UInt64(objects.count))
    for object in objects { object.encodeState(to: &writer) }
  }

  func applyStates(from reader: inout WireReader) throws(WireError) {
    guard try reader.take() == UInt64(objects.count) else {
      throw .malformed("the states of another number of shared objects")
    }
    for object in objects { try object.applyState(from: &reader) }
    guard reader.isAtEnd else { throw .malformed("bytes after the end") }
  }
}

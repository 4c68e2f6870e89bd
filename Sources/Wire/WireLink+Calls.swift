/// The two sides of a call: on the judge's side a **proxy** with the type of the function
/// under test, which sends its arguments and returns the learner's answer; on the learner's
/// side a **handler** that decodes the arguments, calls the learner's function and sends
/// its answer back.
///
/// Proxies and handlers exist for the shapes of the course's entries: any number of
/// ``WireValue`` arguments and results (several results are a tuple; use ``unlabelled(_:)``
/// for a tuple with labels), and three arguments followed by a callback `(D) -> Void`
/// (a training step given the optimiser's step).
extension WireLink {
  /// Judge side: a function of `entry`'s type whose calls go to the learner's function
  /// `index`.
  public func proxy<each A: WireValue, each R: WireValue>(
    _ index: Int, like _: (repeat each A) -> (repeat each R)
  ) -> (repeat each A) -> (repeat each R) {
    { (argument: repeat each A) -> (repeat each R) in
      let call = WireCall()
      var writer = WireLink.start(.call, index)
      repeat (each argument).encode(to: &writer, in: call)
      return self.complete(writer, call) { (reader: inout WireReader) throws(WireError) in
        try (repeat (each R).decode(from: &reader, in: call))
      }
    }
  }

  /// Judge side: the proxy of a function whose last argument is a callback.
  public func proxy<A: WireValue, B: WireValue, C: WireValue, D: WireValue, R: WireValue>(
    _ index: Int, like _: (A, B, C, (D) -> Void) -> R
  ) -> (A, B, C, (D) -> Void) -> R {
    { (a: A, b: B, c: C, callback: (D) -> Void) -> R in
      withoutActuallyEscaping(callback) { callback in
        let call = WireCall()
        // The callback must not outlive this call.
        defer { call.callbacks.removeAll() }
        var writer = WireLink.start(.call, index)
        a.encode(to: &writer, in: call)
        b.encode(to: &writer, in: call)
        c.encode(to: &writer, in: call)
        writer.put(UInt64(call.callbacks.count))
        call.callbacks.append {
          [unowned call] (reader: inout WireReader) -> Result<() -> Void, WireError> in
          Result { () throws(WireError) in try D.decode(from: &reader, in: call) }
            .map { value in { callback(value) } }
        }
        return self.complete(writer, call) { (reader: inout WireReader) throws(WireError) in
          try R.decode(from: &reader, in: call)
        }
      }
    }
  }

  /// Sends the call in `writer` and waits for its result, running the callbacks the
  /// learner's function makes meanwhile.
  private func complete<R>(
    _ writer: WireWriter, _ call: WireCall,
    _ decode: (inout WireReader) throws(WireError) -> R
  ) -> R {
    do throws(WireError) {
      try send(writer)
      while true {
        var reader = try receive()
        switch Kind(rawValue: try reader.takeByte()) {
        case .result:
          let result = try decode(&reader)
          try call.applyStates(from: &reader)
          return result
        case .callback:
          let id = try reader.take()
          guard id < UInt64(call.callbacks.count) else { throw .malformed("no callback \(id)") }
          let invoke = try call.callbacks[Int(id)](&reader).get()
          try call.applyStates(from: &reader)
          invoke()
          var answer = WireLink.start(.callbackReturn)
          call.encodeStates(to: &answer)
          try send(answer)
        default:
          throw .malformed("a message that is neither a result nor a callback")
        }
      }
    } catch {
      failure(error)
    }
  }

  static func start(_ kind: Kind, _ index: Int? = nil) -> WireWriter {
    var writer = WireWriter()
    writer.put(kind.rawValue)
    if let index { writer.put(UInt64(index)) }
    return writer
  }
}

/// Learner side: what answers calls of one function of the entry.
public struct WireHandler {
  let answer: (inout WireReader, WireCall) throws(WireError) -> WireWriter
}

extension WireLink {
  /// Learner side: answers calls until the judge ends the link or closes it.
  public func serve(_ handlers: [WireHandler]) {
    while true {
      guard var reader = try? receive() else { return }
      do throws(WireError) {
        switch Kind(rawValue: try reader.takeByte()) {
        case .end:
          return
        case .call:
          let index = try reader.take()
          guard index < UInt64(handlers.count) else { throw .malformed("no function \(index)") }
          try send(try handlers[Int(index)].answer(&reader, WireCall()))
        default:
          throw .malformed("a message that is not a call")
        }
      } catch {
        failure(error)
      }
    }
  }

  /// Learner side: the handler of `function`.
  public func handler<each A: WireValue, each R: WireValue>(
    _ function: @escaping (repeat each A) -> (repeat each R)
  ) -> WireHandler {
    WireHandler { (reader: inout WireReader, call: WireCall) throws(WireError) in
      let arguments = try (repeat (each A).decode(from: &reader, in: call))
      guard reader.isAtEnd else { throw .malformed("bytes after the arguments") }
      let result = function(repeat each arguments)
      var writer = WireLink.start(.result)
      repeat (each result).encode(to: &writer, in: call)
      call.encodeStates(to: &writer)
      return writer
    }
  }

  /// Learner side: the handler of a function whose last argument is a callback, which
  /// becomes a call back to the judge.
  public func handler<A: WireValue, B: WireValue, C: WireValue, D: WireValue, R: WireValue>(
    _ function: @escaping (A, B, C, (D) -> Void) -> R
  ) -> WireHandler {
    WireHandler { (reader: inout WireReader, call: WireCall) throws(WireError) in
      let a = try A.decode(from: &reader, in: call)
      let b = try B.decode(from: &reader, in: call)
      let c = try C.decode(from: &reader, in: call)
      let id = try reader.take()
      guard reader.isAtEnd else { throw .malformed("bytes after the arguments") }
      let result = function(a, b, c) { value in
        do throws(WireError) {
          var writer = WireLink.start(.callback, Int(truncatingIfNeeded: id))
          value.encode(to: &writer, in: call)
          call.encodeStates(to: &writer)
          try self.send(writer)
          var answer = try self.receive()
          guard try answer.takeByte() == Kind.callbackReturn.rawValue else {
            throw .malformed("a message that does not end the callback")
          }
          try call.applyStates(from: &answer)
        } catch {
          self.failure(error)
        }
      }
      var writer = WireLink.start(.result)
      result.encode(to: &writer, in: call)
      call.encodeStates(to: &writer)
      return writer
    }
  }
}

/// `function` with the labels of its results' tuple dropped, so that it matches a proxy or a
/// handler: `(Matrix) -> (a: Matrix, b: Matrix)` becomes `(Matrix) -> (Matrix, Matrix)`.
public func unlabelled<each A, R0, R1, R2>(_ function: @escaping (repeat each A) -> (R0, R1, R2))
  -> (repeat each A) -> (R0, R1, R2)
{ function }

public func unlabelled<each A, R0, R1>(_ function: @escaping (repeat each A) -> (R0, R1))
  -> (repeat each A) -> (R0, R1)
{ function }

public func unlabelled<F>(_ function: F) -> F { function }

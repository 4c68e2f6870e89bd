public import Autodiff
public import Wire

/// A tensor crosses the link as a shared object: its shape and values the first time, then
/// its values and gradients at every exchange, so that a training step in the learner's
/// program and an optimiser in the judge change the same weights.
extension Tensor: WireShared where Scalar: WireNumber {
  public func encodeNew(to writer: inout WireWriter) {
    writer.put(UInt64(rows))
    writer.put(UInt64(columns))
    encodeState(to: &writer)
  }

  public static func decodeNew(from reader: inout WireReader) throws(WireError) -> Self {
    let (rows, columns) = (try reader.take(), try reader.take())
    let limit = UInt64(Int.max)
    guard rows <= limit, columns <= limit, !rows.multipliedReportingOverflow(by: columns).overflow
    else { throw .malformed("a tensor of shape [\(rows), \(columns)]") }
    let count = Int(rows * columns)
    let value = try reader.takeElements(Scalar.self)
    guard value.count == count else {
      throw .malformed("a tensor of shape [\(rows), \(columns)] with \(value.count) values")
    }
    let tensor = Self(rows: Int(rows), columns: Int(columns), value: value)
    try tensor.applyGradient(from: &reader)
    return tensor
  }

  public func encodeState(to writer: inout WireWriter) {
    writer.putElements(value)
    writer.putElements(grad)
  }

  public func applyState(from reader: inout WireReader) throws(WireError) {
    let value = try reader.takeElements(Scalar.self)
    guard value.count == rows * columns else {
      throw .malformed("\(value.count) values for a tensor of shape \(shape)")
    }
    self.value = value
    try applyGradient(from: &reader)
  }

  /// A gradient is empty (never reached by a backward pass) or shaped like the value.
  private func applyGradient(from reader: inout WireReader) throws(WireError) {
    let grad = try reader.takeElements(Scalar.self)
    guard grad.isEmpty || grad.count == rows * columns else {
      throw .malformed("\(grad.count) gradients for a tensor of shape \(shape)")
    }
    self.grad = grad
  }
}

extension Tensor: WireValue where Scalar: WireNumber {
  public func encode(to writer: inout WireWriter, in call: WireCall) {
    call.encode(self, to: &writer)
  }

  public static func decode(from reader: inout WireReader, in call: WireCall) throws(WireError)
    -> Self
  {
    try call.decode(Self.self, from: &reader)
  }
}

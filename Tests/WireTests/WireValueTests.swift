import Autodiff
import Foundation
import PrimerKit
import Testing
import Wire
import WireTensor

/// Every type that crosses the link between the judge and the learner's program arrives
/// exactly as it left, and bytes that cannot be right are refused, not trusted.
@Suite struct WireValueTests {
  static func roundTrip<T: WireValue>(_ value: T) throws -> T {
    var writer = WireWriter()
    value.encode(to: &writer, in: WireCall())
    var reader = WireReader(writer.bytes)
    let decoded = try T.decode(from: &reader, in: WireCall())
    #expect(reader.isAtEnd)
    return decoded
  }

  static let doubles: [Double] = [
    0, -0.0, 1, -1.5, .pi, .infinity, -.infinity, .nan, -.nan,
    Double(nan: 0x1234, signaling: true), .leastNonzeroMagnitude, .greatestFiniteMagnitude,
    .ulpOfOne,
  ]

  @Test func doublesKeepTheirBitPatterns() throws {
    for value in Self.doubles {
      #expect(try Self.roundTrip(value).bitPattern == value.bitPattern)
    }
    #expect(try Self.roundTrip(Self.doubles).map(\.bitPattern) == Self.doubles.map(\.bitPattern))
  }

  @Test func floatsKeepTheirBitPatterns() throws {
    let floats: [Float] = [0, -0.0, 3.5, .infinity, .nan, Float(nan: 7, signaling: true)]
    #expect(try Self.roundTrip(floats).map(\.bitPattern) == floats.map(\.bitPattern))
    #expect(try Self.roundTrip(Float(-0.0)).bitPattern == Float(-0.0).bitPattern)
  }

  @Test func integersBooleansAndNestedArrays() throws {
    for value in [0, 1, -1, Int.max, Int.min] { #expect(try Self.roundTrip(value) == value) }
    #expect(try Self.roundTrip([Int.min, 0, Int.max]) == [Int.min, 0, Int.max])
    #expect(try Self.roundTrip(true) && !(try Self.roundTrip(false)))
    #expect(try Self.roundTrip([[1, 2], [], [3]]) == [[1, 2], [], [3]])
    #expect(try Self.roundTrip([Int]()) == [])
  }

  @Test func matricesKeepShapeAndBits() throws {
    let matrices = [
      Matrix(rows: 2, columns: 3, storage: [1, -0.0, .nan, .infinity, 5, 6]),
      Matrix(rows: 0, columns: 4), Matrix(rows: 3, columns: 0), Matrix(rows: 1, columns: 1),
    ]
    for matrix in matrices {
      let back = try Self.roundTrip(matrix)
      #expect(back.shape == matrix.shape)
      #expect(back.storage.map(\.bitPattern) == matrix.storage.map(\.bitPattern))
    }
    #expect(try Self.roundTrip(Array(matrices.prefix(1))).count == 1)
  }

  @Test func tensorsKeepValuesGradientsAndIdentity() throws {
    let tensor = Tensor<Float>(rows: 2, columns: 2, value: [1, -0.0, .nan, 4])
    tensor.grad = [0.5, 0, 0, -2]
    let untouched = Tensor<Float>(rows: 1, columns: 3, value: [1, 2, 3])
    untouched.grad = []
    var writer = WireWriter()
    let sent = WireCall()
    [tensor, untouched, tensor].encode(to: &writer, in: sent)
    var reader = WireReader(writer.bytes)
    let back = try [Tensor<Float>].decode(from: &reader, in: WireCall())
    #expect(back.count == 3 && back[0] === back[2] && back[0] !== back[1])
    #expect(back[0].value.map(\.bitPattern) == tensor.value.map(\.bitPattern))
    #expect(back[0].grad == tensor.grad && back[1].grad.isEmpty && back[1].shape == [1, 3])
  }

  @Test func impossibleBytesAreRefused() {
    func decode<T: WireValue>(_: T.Type, _ fields: [UInt64]) throws -> T {
      var writer = WireWriter()
      for field in fields { writer.put(field) }
      var reader = WireReader(writer.bytes)
      return try T.decode(from: &reader, in: WireCall())
    }
    // A shape that does not fit the elements, an overflowing shape, a count larger than the
    // message, a truncated value.
    #expect(throws: WireError.self) { try decode(Matrix.self, [2, 2, 3, 0, 0, 0]) }
    #expect(throws: WireError.self) { try decode(Matrix.self, [1 << 33, 1 << 33, 0]) }
    #expect(throws: WireError.self) { try decode([Double].self, [1 << 60]) }
    #expect(throws: WireError.self) { try decode([[Int]].self, [UInt64.max]) }
    #expect(throws: WireError.self) { try decode(Int.self, []) }
    #expect(throws: WireError.self) { try decode(Float.self, [1 << 40]) }
    #expect(throws: WireError.self) { try decode(Tensor<Float>.self, [0, 2, 2, 3]) }
  }
}

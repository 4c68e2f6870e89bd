import Foundation
import Testing

@testable import Reference

@Suite struct PositionalEncodingTests {
  @Test func positionZeroAlternatesZeroAndOne() {
    #expect(positionalEncoding(length: 1, dModel: 5).row(0) == [0, 1, 0, 1, 0])
  }

  @Test func firstPairTurnsOneRadianPerPosition() {
    let table = positionalEncoding(length: 4, dModel: 6)
    for position in 0..<4 {
      #expect(table[position, 0] == sin(Double(position)))
      #expect(table[position, 1] == cos(Double(position)))
    }
  }

  @Test func sineAndCosineOfAPairShareAFrequency() {
    let table = positionalEncoding(length: 9, dModel: 8)
    for position in 0..<9 {
      for pair in 0..<4 {
        let s = table[position, 2 * pair]
        let c = table[position, 2 * pair + 1]
        #expect(abs(s * s + c * c - 1) < 1e-15)
      }
    }
  }

  @Test func emptyLengthGivesNoRows() {
    #expect(positionalEncoding(length: 0, dModel: 4).shape == [0, 4])
  }
}

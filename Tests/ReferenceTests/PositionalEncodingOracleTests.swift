import Testing

@testable import Reference

/// The sinusoidal positional encoding against the numpy oracle.
@Suite struct PositionalEncodingOracleTests {
  @Test(arguments: try attentionFixtureNames("positional_encoding"))
  func matchesOracle(_ name: String) throws {
    let fixture = try attentionFixture(name)
    let table = positionalEncoding(
      length: try fixture.integer("length"), dModel: try fixture.integer("d_model"))
    #expect(isClose(table, try fixture.matrix("output")))
  }
}

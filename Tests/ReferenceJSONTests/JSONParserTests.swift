import Testing

@testable import ReferenceJSON

@Suite struct JSONParserTests {
  func parse(_ text: String) throws(JSONParser.Failure) -> JSONValue {
    try JSONParser.parse(Array(text.utf8))
  }

  @Test func booleansAreNotNumbers() throws {
    #expect(
      try parse("[true, 1, false, 0]")
        == .array([.bool(true), .number(1), .bool(false), .number(0)]))
  }

  @Test func numbersFollowTheJSONGrammar() throws {
    #expect(
      try parse("[-0, 0.5, 1e-3, 2E+2, -1.25e1]")
        == .array([.number(-0.0), .number(0.5), .number(0.001), .number(200), .number(-12.5)]))
    #expect(try parse("-0.0") == .number(0) && parse("-0.0").text == "-0.0")
    for bad in ["01", "1.", ".5", "+1", "1e", "-", "0x10", "Infinity", "NaN"] {
      #expect(throws: JSONParser.Failure.self, "\(bad)") { try parse(bad) }
    }
  }

  @Test func numbersAreCorrectlyRounded() throws {
    #expect(try parse("0.1") == .number(0.1))
    #expect(try parse("2.2250738585072014e-308") == .number(2.2250738585072014e-308))
    #expect(try parse("5e-324") == .number(Double.leastNonzeroMagnitude))
  }

  @Test func stringsDecodeEscapes() throws {
    #expect(try parse(#""a\"b\\c\/d\n\t\u00e9\u03a3""#) == .string("a\"b\\c/d\n\té\u{03A3}"))
    #expect(try parse(#""héllo""#) == .string("héllo"))
    #expect(throws: JSONParser.Failure.self) { try parse("\"a\nb\"") }
    #expect(throws: JSONParser.Failure.self) { try parse(#""\x""#) }
  }

  @Test func objectsKeepTheirOrderAndRefuseDuplicates() throws {
    #expect(try parse(#"{"b": 1, "a": null}"#) == .object([("b", .number(1)), ("a", .null)]))
    #expect(throws: JSONParser.Failure(message: "duplicate key \"a\"", offset: 9)) {
      try parse(#"{"a": 1, "a": 2}"#)
    }
  }

  @Test func deepNestingIsRefusedNotOverflowed() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: JSONParser.Failure(message: "nesting deeper than 64 levels", offset: 64)) {
      try parse(deep)
    }
  }

  @Test func textRoundTrips() throws {
    let value = JSONValue.object([
      ("m", .array([.array([.number(1.5), .number(-0.0)])])), ("s", .string("q\"\n\u{01}")),
      ("f", .array([.number(.nan), .number(.infinity), .number(-.infinity)])),
    ])
    #expect(
      value.text
        == #"{"m": [[1.5, -0.0]], "s": "q\"\n\u0001", "f": ["NaN", "Infinity", "-Infinity"]}"#)
    #expect(try parse(value.text) != value)  // non-finite numbers come back as strings…
    guard case .object(let members) = try parse(value.text), case .array(let f) = members[2].value
    else {
      Issue.record("not an object")
      return
    }
    #expect(
      f.map(\.numberValue).map { $0?.isNaN == true || $0?.isInfinite == true } == [
        true, true, true,
      ])  // …that read as numbers
  }
}

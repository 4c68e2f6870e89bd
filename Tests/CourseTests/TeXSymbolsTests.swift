import Testing

@testable import Course

/// `TeXSymbols.commands`, the one table the parser looks commands up in, must say what the
/// first of the readable tables holding each name says.
@Suite struct TeXSymbolsTests {
  @Test func theCommandTableAgreesWithTheTables() {
    func expected(_ name: String) -> TeXSymbols.Command? {
      if let letter = TeXSymbols.letters[name] { return .letter(letter) }
      if let symbol = TeXSymbols.operators[name] { return .operator(symbol) }
      if TeXSymbols.functions.contains(name) { return .function }
      if let symbol = TeXSymbols.largeOperators[name] { return .largeOperator(symbol) }
      if let accent = TeXSymbols.accents[name] { return .accent(accent) }
      if let variant = TeXSymbols.variants[name] { return .variant(variant) }
      if let width = TeXSymbols.spaces[name] { return .space(width) }
      if TeXSymbols.ignored.contains(name) { return .ignored }
      if TeXSymbols.textCommands.contains(name) { return .text }
      return nil
    }
    var names: [String] = ["frac", "sqrt", "left", "begin", "unknown"]
    names += TeXSymbols.letters.keys
    names += TeXSymbols.operators.keys
    names += TeXSymbols.functions
    names += TeXSymbols.largeOperators.keys
    names += TeXSymbols.accents.keys
    names += TeXSymbols.variants.keys
    names += TeXSymbols.spaces.keys
    names += TeXSymbols.ignored
    names += TeXSymbols.textCommands
    for name in names {
      #expect(TeXSymbols.commands[name] == expected(name), "\\\(name)")
    }
    #expect(TeXSymbols.commands.count == Set(names).count - 5)
  }
}

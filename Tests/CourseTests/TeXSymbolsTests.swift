import Testing

@testable import Course

/// `TeXSymbols.commands`, the one table the parser looks commands up in, must say what the
/// first of the readable tables holding each name says.
@Suite struct TeXSymbolsTests {
  @Test func theCommandTableAgreesWithTheTables() {
    func expected(_ name: String) -> TeXSymbols.Command? {
      let tables = [
        TeXSymbols.letters, TeXSymbols.operators, TeXSymbols.functions,
        TeXSymbols.largeOperators, TeXSymbols.accents, TeXSymbols.variants, TeXSymbols.spaces,
        TeXSymbols.ignored, TeXSymbols.textCommands,
      ]
      return tables.lazy.compactMap { $0[name] }.first
    }
    var names: [String] = ["frac", "sqrt", "left", "begin", "unknown"]
    names += TeXSymbols.letters.keys
    names += TeXSymbols.operators.keys
    names += TeXSymbols.functions.keys
    names += TeXSymbols.largeOperators.keys
    names += TeXSymbols.accents.keys
    names += TeXSymbols.variants.keys
    names += TeXSymbols.spaces.keys
    names += TeXSymbols.ignored.keys
    names += TeXSymbols.textCommands.keys
    for name in names {
      #expect(TeXSymbols.commands[name] == expected(name), "\\\(name)")
    }
    #expect(TeXSymbols.commands.count == Set(names).count - 5)
  }

  @Test func eachTableHoldsCommandsOfItsKind() {
    func kind(_ command: TeXSymbols.Command) -> String {
      switch command {
      case .letter: "letter"
      case .operator: "operator"
      case .function: "function"
      case .largeOperator: "largeOperator"
      case .accent: "accent"
      case .variant: "variant"
      case .space: "space"
      case .ignored: "ignored"
      case .text: "text"
      }
    }
    let tables: [(String, [String: TeXSymbols.Command])] = [
      ("letter", TeXSymbols.letters), ("operator", TeXSymbols.operators),
      ("function", TeXSymbols.functions), ("largeOperator", TeXSymbols.largeOperators),
      ("accent", TeXSymbols.accents), ("variant", TeXSymbols.variants),
      ("space", TeXSymbols.spaces), ("ignored", TeXSymbols.ignored),
      ("text", TeXSymbols.textCommands),
    ]
    for (expected, table) in tables {
      for (name, command) in table { #expect(kind(command) == expected, "\\\(name)") }
    }
  }
}

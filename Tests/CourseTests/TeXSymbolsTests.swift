import Testing

@testable import Course

/// `TeXSymbols.commands`, every table's commands by name, must say what the table holding each
/// name says; `TeXSymbols.table`, the fast twin the parser looks commands up in, must say what
/// `commands` says for every name and for any other text.
@Suite struct TeXSymbolsTests {
  @Test func theCommandTableAgreesWithTheTables() {
    let commands = TeXSymbols.commands
    var count = 0
    for table in TeXSymbols.tables {
      for (name, command) in table {
        #expect(commands[name] == command, "\\\(name)")
        count += 1
      }
    }
    #expect(commands.count == count)
    for name in ["frac", "sqrt", "left", "begin", "unknown"] { #expect(commands[name] == nil) }
  }

  /// The parser's reading of a `\left` delimiter looks in the one table and takes an operator:
  /// that is `operators`' answer only while no name is in two tables.
  @Test func noNameIsInTwoTables() {
    var seen = Set<String>()
    for table in TeXSymbols.tables {
      for (name, _) in table { #expect(seen.insert(name).inserted, "\\\(name)") }
    }
  }

  @Test func theFastTableAgreesWithTheDictionary() {
    let commands = TeXSymbols.commands
    var names = Array(commands.keys)
    names += ["frac", "sqrt", "left", "begin", "unknown", "", "alph", "alphaa", "Alpha", "é"]
    names += ["scriptscriptstylex", String(repeating: "a", count: 30), "a\u{0}b", "\u{0}"]
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ,;:!|{} \u{0}é")
    for _ in 0..<2_000 {
      let length = Int.random(in: 1...26, using: &generator)
      names.append(String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
    }
    for name in names {
      #expect(TeXSymbols.table.command(named: name) == commands[name], "\\\(name)")
      #expect(TeXSymbols.table.command(named: Array(name.utf8)[...]) == commands[name])
    }
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
    let tables: [(String, KeyValuePairs<String, TeXSymbols.Command>)] = [
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

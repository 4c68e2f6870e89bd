import Testing

@testable import Course

/// `TeXSymbols.commands`, every table's commands by name, must say what the table holding each
/// name says.
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
}

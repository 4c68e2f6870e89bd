import Foundation
import Testing

@testable import Course

/// `primer lint` warns of a paragraph whose subscripts a terminal shows in two styles.
@Suite struct SubscriptStylesTests {
  func warnings(_ body: String) throws -> [Diagnostic] {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("primer-subscripts-\(UUID().uuidString).md").path
    let text = "---\nid: x\ntitle: X\norder: 1\nsummary: s\n---\n\n# X\n\n" + body + "\n"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try Linter.lint(paths: [path]).filter { $0.severity == .warning }
  }

  @Test func queriesAndKeysInOneSentenceAreFlaggedWhereTheyAre() throws {
    let found = try warnings("Stack the $t_q$ queries and\nthe $t_k$ keys.")
    #expect(found.count == 1)
    #expect(found.first?.location == SourceLocation(line: 10, column: 11))
    #expect(found.first?.message.contains("(`_k`)") == true)
    #expect(found.first?.message.contains("`_q` stays `_q`") == true)
  }

  @Test func aCapitalBesideAShownLetterIsFlagged() throws {
    #expect(try warnings("Project with $XW_Q$; the scale is $\\sqrt{d_k}$.").count == 1)
  }

  @Test(
    arguments: [
      "Numbered: $z_1, \\dots, z_c$.",
      "All capitals: $W_Q$, $W_K$ and $W_V$.",
      "All shown: $d_k$ and $x_i$.",
      "A sum's limit is not a name: $\\sum_i p_y$.",
      "In code: `t_q` beside $t_k$.",
      "Two paragraphs: $t_q$.\n\nAnd $t_k$.",
    ])
  func oneStylePerParagraphIsFine(_ body: String) throws {
    #expect(try warnings(body).isEmpty)
  }
}

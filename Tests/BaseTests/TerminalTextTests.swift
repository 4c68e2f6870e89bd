import Base
import Testing

/// The one escaper for terminal output: lesson text, learner output and error messages.
@Suite struct TerminalTextTests {
  @Test(arguments: [
    ("plain text\n\tindented", "plain text\n\tindented"),
    ("\u{1B}[2J\u{1B}[H", "␛[2J␛[H"),
    ("\u{1B}]0;title\u{07}", "␛]0;title␇"),
    ("over\rwrite", "over␍write"),
    ("nul\u{0} unit\u{1F}", "nul␀ unit␟"),
    ("del\u{7F}", "del␡"),
    ("\u{9B}31m \u{80}\u{9F}", "\\u{9B}31m \\u{80}\\u{9F}"),
    ("ok\u{202E}LIAF \u{202A}\u{2066}\u{2069}", "ok\\u{202E}LIAF \\u{202A}\\u{2066}\\u{2069}"),
    ("marks\u{200E}\u{200F}", "marks\\u{200E}\\u{200F}"),
    ("é ∑ 🙂 — “quotes” \u{A0}", "é ∑ 🙂 — “quotes” \u{A0}"),
  ])
  func controlCharactersAreShownVisibly(_ raw: String, _ shown: String) {
    #expect(TerminalText.escape(raw) == shown)
  }

  @Test func invalidUTF8BecomesReplacementCharacters() {
    #expect(TerminalText.escape([0x61, 0xFF, 0xC3, 0x62]) == "a\u{FFFD}\u{FFFD}b")
    #expect(TerminalText.escape(Array("a\u{1B}b".utf8)) == "a␛b")
  }

  @Test func aNameIsEscapedOntoOneLine() {
    #expect(TerminalText.escapeLine("a\nb\tc\u{1B}d.swift") == "a␊b␉c␛d.swift")
  }
}

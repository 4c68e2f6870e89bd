/// Turns "lesson 3" in running text into a link to that lesson's page.
///
/// A reference is the word `lesson` or `Lesson` (standing alone: not the end of another
/// word), one space, and a lesson number that has a page in the site; it ends at a non-digit.
/// Everything else is escaped text.
struct LessonReferences: Sendable, Equatable {
  /// Page file names by lesson number (`3` → `03-loss-and-backpropagation.html`).
  var pages: [Int: String]

  init(pages: [Int: String] = [:]) {
    self.pages = pages
  }

  /// `text` as HTML, escaped, with its lesson references linked.
  func html(_ text: String) -> String {
    guard !pages.isEmpty, text.contains("esson ") else { return HTMLText.escape(text) }
    let characters = Array(text)
    var output = ""
    var plainStart = 0
    var index = 0
    while index < characters.count {
      guard let (end, number) = reference(in: characters, at: index),
        let page = pages[number]
      else {
        index += 1
        continue
      }
      output += HTMLText.escape(String(characters[plainStart..<index]))
      output +=
        "<a class=\"lesson-ref\" href=\"" + HTMLText.escape(page) + "\">"
        + HTMLText.escape(String(characters[index..<end])) + "</a>"
      index = end
      plainStart = end
    }
    return output + HTMLText.escape(String(characters[plainStart...]))
  }

  /// The end and the number of a reference starting at `start`, if one does.
  private func reference(in characters: [Character], at start: Int) -> (Int, Int)? {
    let word: [Character] = ["e", "s", "s", "o", "n", " "]
    guard characters[start] == "l" || characters[start] == "L",
      start == 0 || !(characters[start - 1].isLetter || characters[start - 1].isNumber),
      start + word.count < characters.count,
      Array(characters[start + 1...start + word.count]) == word
    else { return nil }
    var end = start + 1 + word.count
    var number = 0
    while end < characters.count, let digit = characters[end].wholeNumberValue,
      characters[end].isASCII, number < 1000
    {
      number = number * 10 + digit
      end += 1
    }
    guard end > start + 1 + word.count else { return nil }
    if end < characters.count, characters[end].isLetter { return nil }
    return (end, number)
  }
}

/// A fence's info string: `KIND [ARGUMENT] [key=value …]`.
struct InfoString: Equatable {
  var kind = ""
  var argument: String?
  var attributes: [Directive.Attribute] = []
  var malformed: [String] = []

  /// Reads `info`, split into words at white space outside quotes.
  init(_ info: String) {
    var words: [String] = []
    var current = ""
    var quoted = false
    for character in info {
      if character == "\"" {
        quoted.toggle()
        current.append(character)
      } else if character.isWhitespace && !quoted {
        if !current.isEmpty {
          words.append(current)
          current = ""
        }
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { words.append(current) }
    self.init(words: words)
  }

  /// The info string made of `words` (split at white space outside quotes).
  private init(words: [String]) {
    guard let first = words.first else { return }
    // `swift,ignore` and `{.swift}` style info strings: keep the leading word.
    kind = String(first.prefix { $0 != "," && $0 != "{" }).lowercased()
    for word in words.dropFirst() {
      if let equals = word.firstIndex(of: "=") {
        let key = String(word[..<equals])
        var value = String(word[word.index(after: equals)...])
        if value.hasPrefix("\"") {
          guard value.count >= 2, value.hasSuffix("\"") else {
            malformed.append(word)
            continue
          }
          value = String(value.dropFirst().dropLast())
        }
        if key.isEmpty {
          malformed.append(word)
          continue
        }
        attributes.append(Directive.Attribute(key: key, value: value))
      } else if argument == nil && attributes.isEmpty {
        argument = word
      } else {
        malformed.append(word)
      }
    }
  }
}

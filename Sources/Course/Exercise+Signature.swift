extension Exercise {
  /// What the learner writes, as the starter declares it: each top-level `func` line of the
  /// starter code without its body (`func softmax(_ logits: Matrix) -> Matrix`); empty when the
  /// exercise has no starter or it declares no function.
  ///
  /// A declaration that spans lines is joined into one, its parameters separated by spaces.
  public var signature: [String] {
    guard let code = starter?.body else { return [] }
    var signatures: [String] = []
    var pending: String?
    for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
      // Top level only: a helper nested in a type or function is the learner's business.
      let isTopLevel = !line.hasPrefix(" ") && !line.hasPrefix("\t")
      if pending == nil, isTopLevel, line.hasPrefix("func ") || line.hasPrefix("public func ") {
        pending = ""
      }
      guard var text = pending else { continue }
      text += (text.isEmpty ? "" : " ") + String(line.trimmingWhitespace())
      if let brace = text.firstIndex(of: "{") {
        signatures.append(String(text[..<brace].trimmingWhitespace()))
        pending = nil
      } else {
        pending = text
      }
    }
    return signatures
  }
}

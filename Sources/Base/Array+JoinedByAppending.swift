extension Array where Element == String {
  /// `joined(separator:)`, appending each string in turn.
  ///
  /// The standard library's `joined(separator:)` of an array of strings is a generic call
  /// whose first use makes the runtime look up conformances by scanning every conformance
  /// record of the binary (some 150,000 instructions); this loop is specialised when compiled.
  package func joinedByAppending(separator: String = "") -> String {
    guard count > 1 else { return first ?? "" }
    var length = separator.utf8.count * (count - 1)
    for element in self { length += element.utf8.count }
    var text = ""
    text.reserveCapacity(length)
    for index in indices {
      if index > 0 { text += separator }
      text += self[index]
    }
    return text
  }
}

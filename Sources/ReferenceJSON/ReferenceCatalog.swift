/// Every function `primer ref` can call, and the one entry point that answers a request.
///
/// The list is assembled from one list per part of the library (`coreEntries`,
/// `attentionEntries`, …), each in its own `Entries+*.swift` file, so parts can be added without
/// touching this file's logic.
public enum ReferenceCatalog {
  /// All entries, in the order `--list` shows them.
  static let functions: [ReferenceFunction] = coreEntries + attentionEntries + modernEntries

  /// The names of all functions.
  public static var names: [String] { functions.map(\.name) }

  /// One line per function, its signature, then its summary indented on the next line.
  public static var listing: String {
    functions.map { "\($0.signature)\n    \($0.summary)" }.joined(separator: "\n")
  }

  /// Checks that a function named `name` exists, so a caller can refuse an unknown name before
  /// waiting for stdin.
  ///
  /// - Throws: `ReferenceError.unknownFunction`, with the closest name as a suggestion.
  public static func checkName(_ name: String) throws(ReferenceError) {
    guard functions.contains(where: { $0.name == name }) else {
      throw .unknownFunction(name: name, suggestion: closestName(to: name, among: names))
    }
  }

  /// Calls function `name` with the JSON object of arguments in `input` (the bytes of stdin).
  ///
  /// - Returns: the result as one line of JSON (a matrix is an array of rows, a vector an array
  ///   of numbers, a multi-part result an object; non-finite numbers are the strings `"NaN"`,
  ///   `"Infinity"`, `"-Infinity"`).
  /// - Throws: `ReferenceError` for an unknown name or any argument that does not fit; every
  ///   argument is checked before the library runs, so a bad request never traps.
  public static func call(_ name: String, input: [UInt8]) throws(ReferenceError) -> String {
    guard let function = functions.first(where: { $0.name == name }) else {
      throw .unknownFunction(name: name, suggestion: closestName(to: name, among: names))
    }
    let expected = function.arguments.map(\.signature).joined(separator: ", ")
    let isBlank = input.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    if isBlank {
      throw .emptyInput(function: name, expected: expected)
    }
    let request: JSONValue
    do {
      request = try JSONParser.parse(input)
    } catch {
      throw .invalidJSON(
        function: name, message: error.message, offset: error.offset, expected: expected)
    }
    let arguments = try Arguments.validate(request, for: function)
    return try function.compute(arguments).text
  }
}

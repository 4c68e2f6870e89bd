import Reference

/// The arguments of one call, checked against the function's declarations.
///
/// Built by `Arguments.validate(_:for:)`, which binds each named dimension to the size of the
/// first argument that uses it and rejects every argument that does not fit. Once built, the
/// accessors cannot fail: asking for an argument under a name or kind that was not declared
/// is a programming mistake in an entry, and traps.
struct Arguments {
  /// A validated value.
  enum Value {
    case matrix(Matrix)
    case vector([Double])
    case number(Double)
    case integer(Int)
    case integers([Int])
    case matrices([Matrix])
    case boolean(Bool)
    case choice(String)
    case text(String)
    case merges([BytePairEncoding.Merge])
  }

  private var values: [String: Value] = [:]
  /// Each named dimension's size, and the argument it was read from.
  private var dimensions: [String: (size: Int, source: String)] = [:]
  private let function: String

  private init(function: String) { self.function = function }

  // MARK: Accessors for entries

  func matrix(_ name: String) -> Matrix {
    guard case .matrix(let value) = values[name] else { preconditionFailure(misuse(name)) }
    return value
  }
  func vector(_ name: String) -> [Double] {
    guard case .vector(let value) = values[name] else { preconditionFailure(misuse(name)) }
    return value
  }
  func number(_ name: String) -> Double {
    guard case .number(let value) = values[name] else { preconditionFailure(misuse(name)) }
    return value
  }
  func integer(_ name: String) -> Int {
    guard case .integer(let value) = values[name] else { preconditionFailure(misuse(name)) }
    return value
  }
  func integers(_ name: String) -> [Int] {
    guard case .integers(let value) = values[name] else { preconditionFailure(misuse(name)) }
    return value
  }
  func matrices(_ name: String) -> [Matrix] {
    guard case .matrices(let value) = values[name] else { preconditionFailure(misuse(name)) }
    return value
  }
  func boolean(_ name: String) -> Bool {
    guard case .boolean(let value) = values[name] else { preconditionFailure(misuse(name)) }
    return value
  }
  func choice(_ name: String) -> String {
    guard case .choice(let value) = values[name] else { preconditionFailure(misuse(name)) }
    return value
  }
  /// An optional matrix argument: `nil` when the request leaves it out.
  func text(_ name: String) -> String {
    guard case .text(let value) = values[name] else { preconditionFailure(misuse(name)) }
    return value
  }
  func merges(_ name: String) -> [BytePairEncoding.Merge] {
    guard case .merges(let value) = values[name] else { preconditionFailure(misuse(name)) }
    return value
  }

  func optionalMatrix(_ name: String) -> Matrix? {
    guard let value = values[name] else { return nil }
    guard case .matrix(let matrix) = value else { preconditionFailure(misuse(name)) }
    return matrix
  }
  /// The size bound to a named dimension, such as `dimension("n")`.
  func dimension(_ name: String) -> Int {
    guard let bound = dimensions[name] else { preconditionFailure(misuse(name)) }
    return bound.size
  }

  private func misuse(_ name: String) -> String {
    "primer ref \(function): `\(name)` was read with a kind or name its declaration does not have"
  }

  /// An error for a constraint an entry checks itself (for example that a number is positive).
  func invalid(_ location: String, is found: String, expected: String) -> ReferenceError {
    .invalidValue(function: function, location: location, found: found, expected: expected)
  }

  // MARK: Validation

  /// Checks `input` against `function`'s declared arguments.
  ///
  /// - Throws: `ReferenceError` for the first problem found: a non-object, an unexpected or
  ///   missing argument, a value of the wrong kind, ragged rows, or a shape that does not fit.
  static func validate(_ input: JSONValue, for function: ReferenceFunction) throws(ReferenceError)
    -> Arguments
  {
    let declared = function.arguments.map(\.name)
    let expected = function.arguments.map(\.signature).joined(separator: ", ")
    guard case .object(let members) = input else {
      throw .notAnObject(function: function.name, found: input.kindDescription, expected: expected)
    }
    for member in members where !declared.contains(member.key) {
      throw .unexpectedArgument(
        function: function.name, argument: member.key,
        suggestion: closestName(to: member.key, among: declared), accepted: declared)
    }
    var arguments = Arguments(function: function.name)
    for argument in function.arguments {
      guard let value = members.first(where: { $0.key == argument.name })?.value
      else {
        if argument.isOptional && argument.defaultValue == nil { continue }
        guard let defaultValue = argument.defaultValue else {
          throw .missingArgument(
            function: function.name, argument: argument.name, expected: argument.signature)
        }
        try arguments.read(defaultValue, as: argument)
        continue
      }
      try arguments.read(value, as: argument)
    }
    return arguments
  }

  private mutating func read(_ value: JSONValue, as argument: Argument) throws(ReferenceError) {
    let name = argument.name
    switch argument.kind {
    case .matrix(let rows, let columns):
      let matrix = try readMatrix(value, location: name, argument: argument)
      try bind([rows, columns], to: [matrix.rows, matrix.columns], argument: argument)
      values[name] = .matrix(matrix)
    case .vector(let count):
      let vector = try readVector(value, location: name, argument: argument)
      try bind([count], to: [vector.count], argument: argument)
      values[name] = .vector(vector)
    case .number:
      guard let number = value.numberValue else {
        throw invalid(name, is: value.kindDescription, expected: argument.signature)
      }
      values[name] = .number(number)
    case .integer(let minimum):
      guard case .number(let number) = value, let integer = Int(exactly: number),
        integer >= minimum
      else {
        throw invalid(name, is: value.kindDescription, expected: argument.signature)
      }
      values[name] = .integer(integer)
    case .classIndices(let count, let classes):
      guard case .array(let elements) = value, !elements.isEmpty else {
        throw invalid(name, is: value.kindDescription, expected: argument.signature)
      }
      try bind([count], to: [elements.count], argument: argument)
      let classCount = boundSize(of: classes)
      let range =
        classCount.map { "an integer in 0..<\($0)" } ?? "a non-negative integer"
      var indices: [Int] = []
      for (position, element) in elements.enumerated() {
        guard case .number(let number) = element, let index = Int(exactly: number), index >= 0,
          index < (classCount ?? Int.max)
        else {
          throw invalid(
            "\(name)[\(position)]", is: element.kindDescription,
            expected: "\(range) (\(argument.signature)\(bindings(of: [classes])))")
        }
        indices.append(index)
      }
      values[name] = .integers(indices)
    case .matrices:
      guard case .array(let elements) = value, !elements.isEmpty else {
        throw invalid(name, is: value.kindDescription, expected: "a non-empty array of matrices")
      }
      var matrices: [Matrix] = []
      for (position, element) in elements.enumerated() {
        matrices.append(
          try readMatrix(element, location: "\(name)[\(position)]", argument: argument))
      }
      values[name] = .matrices(matrices)
    case .boolean:
      guard case .bool(let flag) = value else {
        throw invalid(name, is: value.kindDescription, expected: argument.signature)
      }
      values[name] = .boolean(flag)
    case .choice(let options):
      guard case .string(let text) = value, options.contains(text) else {
        throw invalid(name, is: value.kindDescription, expected: argument.signature)
      }
      values[name] = .choice(text)
    case .text(let maximumLength):
      guard case .string(let text) = value, text.utf8.count <= maximumLength else {
        throw invalid(name, is: value.kindDescription, expected: argument.signature)
      }
      values[name] = .text(text)
    case .merges:
      values[name] = .merges(try readMerges(value, argument: argument))
    }
  }

  /// Reads byte-pair merges: `[first, second]` pairs, each id a byte (0…255) or the id of an
  /// earlier merge.
  private func readMerges(_ value: JSONValue, argument: Argument) throws(ReferenceError)
    -> [BytePairEncoding.Merge]
  {
    guard case .array(let pairs) = value else {
      throw invalid(argument.name, is: value.kindDescription, expected: argument.signature)
    }
    var merges: [BytePairEncoding.Merge] = []
    for (index, pair) in pairs.enumerated() {
      let known = 256 + index
      let ids: [Int]? =
        if case .array(let elements) = pair, elements.count == 2 {
          elements.compactMap { element in
            guard case .number(let number) = element, let id = Int(exactly: number), id >= 0,
              id < known
            else { return nil }
            return id
          }
        } else { nil }
      guard let ids, ids.count == 2 else {
        throw invalid(
          "\(argument.name)[\(index)]", is: pair.kindDescription,
          expected: "a pair [first, second] of ids in 0..<\(known) (bytes, or earlier merges)")
      }
      merges.append(BytePairEncoding.Merge(ids[0], ids[1]))
    }
    return merges
  }

  /// Reads an array of rows of numbers, at least one row and one column.
  private func readMatrix(_ value: JSONValue, location: String, argument: Argument)
    throws(ReferenceError) -> Matrix
  {
    let expectation = argument.signature
    guard case .array(let rows) = value else {
      throw invalid(
        location, is: value.kindDescription, expected: "an array of rows (\(expectation))")
    }
    guard !rows.isEmpty else {
      throw invalid(
        location, is: "an empty array", expected: "at least one row (\(expectation))")
    }
    var storage: [Double] = []
    var columns = 0
    for (r, row) in rows.enumerated() {
      guard case .array(let elements) = row else {
        throw invalid(
          "\(location)[\(r)]", is: row.kindDescription,
          expected: "a row, an array of numbers (\(expectation))")
      }
      if r == 0 {
        guard !elements.isEmpty else {
          throw invalid(
            "\(location)[0]", is: "an empty row", expected: "at least one column (\(expectation))")
        }
        columns = elements.count
      } else if elements.count != columns {
        throw .raggedRows(
          function: function, argument: location, row: r, length: elements.count,
          firstLength: columns)
      }
      for (c, element) in elements.enumerated() {
        guard let number = element.numberValue else {
          throw invalid(
            "\(location)[\(r)][\(c)]", is: element.kindDescription,
            expected: "a number (\(expectation))")
        }
        storage.append(number)
      }
    }
    return Matrix(rows: rows.count, columns: columns, storage: storage)
  }

  /// Reads a non-empty array of numbers.
  private func readVector(_ value: JSONValue, location: String, argument: Argument)
    throws(ReferenceError) -> [Double]
  {
    guard case .array(let elements) = value, !elements.isEmpty else {
      let found = value == .array([]) ? "an empty array" : value.kindDescription
      throw invalid(location, is: found, expected: argument.signature)
    }
    var vector: [Double] = []
    for (i, element) in elements.enumerated() {
      guard let number = element.numberValue else {
        throw invalid(
          "\(location)[\(i)]", is: element.kindDescription,
          expected: "a number (\(argument.signature))")
      }
      vector.append(number)
    }
    return vector
  }

  /// Checks `sizes` against the declared `shape`, binding named dimensions seen for the first
  /// time.
  private mutating func bind(_ shape: [Dimension], to sizes: [Int], argument: Argument)
    throws(ReferenceError)
  {
    var proposed = dimensions
    var fits = true
    for (dimension, size) in Swift.zip(shape, sizes) {
      switch dimension {
      case .fixed(let required):
        fits = fits && size == required
      case .named(let name):
        if let bound = proposed[name] {
          fits = fits && bound.size == size
        } else {
          proposed[name] = (size, argument.name)
        }
      }
    }
    guard fits else {
      throw .wrongShape(
        function: function, argument: argument.name, found: sizes,
        expected: "\(argument.signature)\(bindings(of: shape))")
    }
    dimensions = proposed
  }

  /// The size of `dimension` if it is fixed or already bound.
  private func boundSize(of dimension: Dimension) -> Int? {
    switch dimension {
    case .fixed(let size): size
    case .named(let name): dimensions[name]?.size
    }
  }

  /// `" with in = 5 (from `x`)"` for the named dimensions of `shape` bound so far.
  private func bindings(of shape: [Dimension]) -> String {
    var seen: Set<String> = []
    var parts: [String] = []
    for case .named(let name) in shape where !seen.contains(name) {
      seen.insert(name)
      if let bound = dimensions[name] {
        parts.append("\(name) = \(bound.size) from `\(bound.source)`")
      }
    }
    return parts.isEmpty ? "" : " with " + parts.joined(separator: ", ")
  }
}

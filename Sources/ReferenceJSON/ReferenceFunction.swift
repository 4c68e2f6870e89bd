/// One function that `primer ref NAME` can call: its name, its arguments, and how to compute it.
///
/// Entries are declared in `Entries+*.swift` files, one list per part of the library, and
/// gathered by `ReferenceCatalog`. The arguments are declared, not parsed by hand: the catalog
/// checks every argument against its declaration (kind, shape, range) before `compute` runs, so
/// `compute` may call the library, whose preconditions would otherwise trap, without checks
/// of its own beyond what the declarations cannot express.
///
///     ReferenceFunction(
///       name: "linear",
///       summary: "x·w + b, a fully connected layer",
///       arguments: [.matrix("x", "n", "in"), .matrix("w", "in", "out"), .vector("b", "out")],
///       result: "matrix [n, out]"
///     ) { arguments in
///       .matrix(linear(arguments.matrix("x"), weight: arguments.matrix("w"), bias: arguments.vector("b")))
///     }
struct ReferenceFunction: Sendable {
  /// The name given on the command line, in snake_case (`linear_backward`).
  var name: String
  /// What the function computes, in a few words, for `primer ref --list`.
  var summary: String
  /// The named arguments, in the order they are listed.
  var arguments: [Argument]
  /// The result, for `--list`: `"matrix [n, out]"`, `"{grad_x, grad_w, grad_b}"`.
  var result: String
  /// Computes the result from validated arguments.
  ///
  /// May throw `ReferenceError.invalidValue`
  /// for a constraint the declarations cannot express.
  var compute: @Sendable (Arguments) throws(ReferenceError) -> JSONValue

  init(
    name: String, summary: String, arguments: [Argument], result: String,
    compute: @escaping @Sendable (Arguments) throws(ReferenceError) -> JSONValue
  ) {
    self.name = name
    self.summary = summary
    self.arguments = arguments
    self.result = result
    self.compute = compute
  }

  /// The one-line signature shown by `--list`:
  /// `linear(x: matrix [n, in], w: matrix [in, out], b: vector [out]) -> matrix [n, out]`.
  var signature: String {
    "\(name)(\(arguments.map(\.signature).joined(separator: ", "))) -> \(result)"
  }
}

/// A size in a declared shape: a name bound by the first argument that uses it (`"n"`), or a
/// fixed number (`3`).
///
/// `.matrix("x", "n", "in")` then `.matrix("w", "in", "out")` says that `w` must have as many
/// rows as `x` has columns.
enum Dimension: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  CustomStringConvertible
{
  case named(String)
  case fixed(Int)

  init(stringLiteral value: String) { self = .named(value) }
  init(integerLiteral value: Int) { self = .fixed(value) }

  var description: String {
    switch self {
    case .named(let name): name
    case .fixed(let size): String(size)
    }
  }
}

/// The declaration of one named argument: its name, what it must hold, and its default.
struct Argument: Sendable {
  /// What an argument must hold.
  enum Kind: Sendable {
    /// An array of rows of numbers, all rows of one length; at least one row and one column.
    case matrix(rows: Dimension, columns: Dimension)
    /// An array of numbers, at least one.
    case vector(Dimension)
    /// A number, or `"NaN"`, `"Infinity"`, `"-Infinity"`.
    case number
    /// A whole number no smaller than `minimum`.
    case integer(minimum: Int)
    /// An array of `count` class indices, each in `0..<classes`.
    case classIndices(count: Dimension, classes: Dimension)
    /// A list of matrices of any shapes (each non-empty), at least one.
    case matrices
    /// `true` or `false`.
    case boolean
    /// One of a few strings.
    case choice([String])
    /// A string of at most `maximumLength` UTF-8 bytes.
    case text(maximumLength: Int)
    /// Byte-pair merges: an array of `[first, second]` pairs of ids, where merge `i` may use
    /// the 256 byte ids and the ids of merges before it (`256 + j`, `j < i`).
    case merges
  }

  var name: String
  var kind: Kind
  /// The value used when the argument is absent; `nil` makes the argument required unless
  /// `isOptional` is set.
  var defaultValue: JSONValue?
  /// An argument that may be absent, with no default (read it with `Arguments.optionalMatrix`).
  var isOptional = false

  static func matrix(_ name: String, _ rows: Dimension, _ columns: Dimension) -> Argument {
    Argument(name: name, kind: .matrix(rows: rows, columns: columns))
  }
  /// A matrix that may be left out, such as the `memory` of cross-attention.
  static func optionalMatrix(_ name: String, _ rows: Dimension, _ columns: Dimension) -> Argument {
    Argument(name: name, kind: .matrix(rows: rows, columns: columns), isOptional: true)
  }
  static func vector(_ name: String, _ count: Dimension) -> Argument {
    Argument(name: name, kind: .vector(count))
  }
  static func number(_ name: String, default value: Double? = nil) -> Argument {
    Argument(name: name, kind: .number, defaultValue: value.map(JSONValue.number))
  }
  static func integer(_ name: String, minimum: Int, default value: Int? = nil) -> Argument {
    Argument(
      name: name, kind: .integer(minimum: minimum),
      defaultValue: value.map { .number(Double($0)) })
  }
  static func classIndices(_ name: String, count: Dimension, classes: Dimension) -> Argument {
    Argument(name: name, kind: .classIndices(count: count, classes: classes))
  }
  static func matrices(_ name: String) -> Argument { Argument(name: name, kind: .matrices) }
  static func boolean(_ name: String, default value: Bool? = nil) -> Argument {
    Argument(name: name, kind: .boolean, defaultValue: value.map(JSONValue.bool))
  }
  static func text(_ name: String, maximumLength: Int) -> Argument {
    Argument(name: name, kind: .text(maximumLength: maximumLength))
  }
  static func merges(_ name: String) -> Argument { Argument(name: name, kind: .merges) }
  static func choice(_ name: String, _ options: [String], default value: String) -> Argument {
    Argument(name: name, kind: .choice(options), defaultValue: .string(value))
  }

  /// What the argument must hold, in words: `matrix [n, in]`, `integer ≥ 1`.
  var expectation: String {
    switch kind {
    case .matrix(let rows, let columns): "matrix [\(rows), \(columns)]"
    case .vector(let count): "vector [\(count)]"
    case .number: "number"
    case .integer(let minimum): "integer ≥ \(minimum)"
    case .classIndices(let count, let classes): "[\(count)] integers in 0..<\(classes)"
    case .matrices: "list of matrices"
    case .boolean: "boolean"
    case .choice(let options): options.map { "\"\($0)\"" }.joined(separator: " | ")
    case .text(let maximumLength): "string of at most \(maximumLength) bytes"
    case .merges: "list of [first, second] id pairs"
    }
  }

  /// `x: matrix [n, in]`, or `approximate: "none" | "tanh" = "none"` for an optional argument.
  var signature: String {
    let base = "\(name): \(expectation)"
    if isOptional { return base + " (optional)" }
    guard let defaultValue else { return base }
    return base + " = " + defaultValue.text
  }
}

import SwiftParser
import SwiftSyntax

/// Makes the mutants of a piece of Swift (see ``Mutant/Kind``), parsed with swift-syntax.
///
/// Each mutant is one textual edit at a node of the syntax tree; whether it still type-checks
/// is for the compiler to say. Mutants are returned in source order, each source at most once
/// and never the original.
public enum MutantGenerator {
  /// Members whose names swap in a reduction-axis mutant, both ways.
  static let axisPairs: [(String, String)] = [
    ("rows", "columns"), ("row", "column"), ("rowSums", "columnSums"),
    ("rowMeans", "columnMeans"), ("rowMax", "columnMax"),
  ]

  /// Calls whose two arguments commute: swapping them makes an equivalent mutant.
  static let commutativeCalls: Set<String> = ["max", "min", "zip", "hypot"]

  /// The mutants of `source`, in source order.
  public static func mutants(of source: String) -> [Mutant] {
    let tree = Parser.parse(source: source)
    let finder = EditFinder(viewMode: .sourceAccurate)
    finder.walk(tree)
    let bytes = Array(source.utf8)
    var seen: Set<String> = [source]
    var result: [Mutant] = []
    for edit in finder.edits.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
      var changed = Array(bytes[..<edit.start])
      changed += edit.replacement.utf8
      changed += bytes[edit.end...]
      let text = String(decoding: changed, as: UTF8.self)
      guard seen.insert(text).inserted else { continue }
      result.append(mutant(edit, in: bytes, source: text))
    }
    return result
  }

  /// Up to `limit` of `mutants`, spread evenly over them: the same every run.
  public static func sample(_ mutants: [Mutant], limit: Int?) -> [Mutant] {
    guard let limit, limit < mutants.count else { return mutants }
    guard limit > 0 else { return [] }
    return (0..<limit).map { mutants[$0 * mutants.count / limit] }
  }

  private static func mutant(_ edit: Edit, in bytes: [UInt8], source: String) -> Mutant {
    let newline = UInt8(ascii: "\n")
    let lineStart = bytes[..<edit.start].lastIndex(of: newline).map { $0 + 1 } ?? 0
    let line = bytes[..<lineStart].filter { $0 == newline }.count + 1
    let originalEnd = bytes[edit.start...].firstIndex(of: newline) ?? bytes.count
    let original = trimmed(bytes[lineStart..<originalEnd])
    var mutated = ""
    if edit.kind != .droppedStatement {
      let tailEnd = bytes[edit.end...].firstIndex(of: newline) ?? bytes.count
      var changedLine = Array(bytes[lineStart..<edit.start])
      changedLine += edit.replacement.utf8
      changedLine += bytes[edit.end..<tailEnd]
      mutated = trimmed(changedLine)
    }
    return Mutant(kind: edit.kind, line: line, original: original, mutated: mutated, source: source)
  }

  private static func trimmed<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    return String(
      text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }

  /// `c` as the constant mutants of a number literal: `0`, `c + 1`, `c - 1`, `2c`.
  static func constantVariants(of literal: String) -> [String] {
    let digits = literal.filter { $0 != "_" }
    if let value = Int(digits) {
      return [0, value + 1, value - 1, value * 2].filter { $0 != value }.map(String.init)
    }
    guard let value = Double(digits) else { return [] }
    return [0, value + 1, value - 1, value * 2].filter { $0 != value }.map { "\($0)" }
  }
}

/// One replacement of the bytes `start..<end` of the source.
struct Edit {
  var kind: Mutant.Kind
  var start: Int
  var end: Int
  var replacement: String
}

/// Walks a syntax tree and collects the edits that make mutants.
final class EditFinder: SyntaxVisitor {
  var edits: [Edit] = []

  static let operatorSwaps: [String: [(Mutant.Kind, String)]] = [
    "+": [(.arithmetic, "-")], "-": [(.arithmetic, "+")],
    "*": [(.arithmetic, "/")], "/": [(.arithmetic, "*")],
    "+=": [(.arithmetic, "-=")], "-=": [(.arithmetic, "+=")],
    "*=": [(.arithmetic, "/=")], "/=": [(.arithmetic, "*=")],
    "<": [(.comparison, "<="), (.comparison, ">")],
    "<=": [(.comparison, "<")],
    ">": [(.comparison, ">="), (.comparison, "<")],
    ">=": [(.comparison, ">")],
    "==": [(.comparison, "!=")], "!=": [(.comparison, "==")],
  ]

  static let assignmentOperators: Set<String> = ["+=", "-=", "*=", "/="]

  private func add(_ kind: Mutant.Kind, _ node: some SyntaxProtocol, _ replacement: String) {
    edits.append(
      Edit(
        kind: kind, start: node.positionAfterSkippingLeadingTrivia.utf8Offset,
        end: node.endPositionBeforeTrailingTrivia.utf8Offset, replacement: replacement))
  }

  override func visit(_ node: BinaryOperatorExprSyntax) -> SyntaxVisitorContinueKind {
    for (kind, replacement) in Self.operatorSwaps[node.operator.text] ?? [] {
      add(kind, node.operator, replacement)
    }
    return .visitChildren
  }

  override func visit(_ node: IntegerLiteralExprSyntax) -> SyntaxVisitorContinueKind {
    for variant in MutantGenerator.constantVariants(of: node.literal.text) {
      add(.constant, node, variant.hasPrefix("-") ? "(\(variant))" : variant)
    }
    return .skipChildren
  }

  override func visit(_ node: FloatLiteralExprSyntax) -> SyntaxVisitorContinueKind {
    for variant in MutantGenerator.constantVariants(of: node.literal.text) {
      add(.constant, node, variant.hasPrefix("-") ? "(\(variant))" : variant)
    }
    return .skipChildren
  }

  override func visit(_ node: SubscriptCallExprSyntax) -> SyntaxVisitorContinueKind {
    // `counts[key, default: 0]`: a default value is not an index.
    for argument in node.arguments where argument.label?.text != "default" {
      let expression = argument.expression
      if expression.is(SequenceExprSyntax.self) {
        // A range (`a..<b`) or a sum: shifting a range is not an index error, and `(i + 1) + 1`
        // reads worse than the mutant it stands for.
        let text = expression.trimmedDescription
        if text.contains("..") { continue }
        add(.index, expression, "(\(text)) + 1")
        add(.index, expression, "(\(text)) - 1")
      } else {
        let text = expression.trimmedDescription
        add(.index, expression, "\(text) + 1")
        add(.index, expression, "\(text) - 1")
      }
    }
    return .visitChildren
  }

  override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
    let arguments = Array(node.arguments)
    if arguments.count == 2, node.trailingClosure == nil {
      let first = arguments[0].expression
      let second = arguments[1].expression
      let name = node.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text ?? ""
      if first.trimmedDescription != second.trimmedDescription,
        !MutantGenerator.commutativeCalls.contains(name)
      {
        let start = first.positionAfterSkippingLeadingTrivia.utf8Offset
        let end = second.endPositionBeforeTrailingTrivia.utf8Offset
        // Everything between the two expressions (the comma, the second label) stays.
        let between = node.arguments.description.utf8.dropFirst(
          first.endPositionBeforeTrailingTrivia.utf8Offset
            - node.arguments.position.utf8Offset
        ).prefix(
          second.positionAfterSkippingLeadingTrivia.utf8Offset
            - first.endPositionBeforeTrailingTrivia.utf8Offset)
        edits.append(
          Edit(
            kind: .swappedArguments, start: start, end: end,
            replacement: second.trimmedDescription + String(decoding: between, as: UTF8.self)
              + first.trimmedDescription))
      }
    }
    return .visitChildren
  }

  override func visit(_ node: MemberAccessExprSyntax) -> SyntaxVisitorContinueKind {
    let name = node.declName.baseName.text
    for (one, other) in MutantGenerator.axisPairs {
      if name == one { add(.reductionAxis, node.declName.baseName, other) }
      if name == other { add(.reductionAxis, node.declName.baseName, one) }
    }
    return .visitChildren
  }

  override func visit(_ node: CodeBlockItemSyntax) -> SyntaxVisitorContinueKind {
    if let sequence = node.item.as(SequenceExprSyntax.self),
      sequence.elements.contains(where: {
        $0.is(AssignmentExprSyntax.self)
          || $0.as(BinaryOperatorExprSyntax.self).map {
            Self.assignmentOperators.contains($0.operator.text)
          } ?? false
      })
    {
      add(.droppedStatement, node, "")
    }
    return .visitChildren
  }
}

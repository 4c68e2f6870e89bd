import Base
import Course

/// Draws the matrices of a displayed formula over several lines, with tall brackets, and the
/// rest of the formula on the middle line:
///
/// ```text
///     ⎡0.5   −1⎤
/// W = ⎢ −1  0.5⎥
///     ⎣0.25 0.5⎦
/// ```
///
/// Only a formula whose top level is a row of ordinary parts and matrices is laid out this way
/// (`W = [⋯]`, `[⋯][⋯]`); anything else, and any matrix nested inside a fraction or a script,
/// stays on one line as `[a, b; c, d]`. Cells are right-aligned in their column, columns are
/// two spaces apart.
enum MatrixLayout {
  /// A block of text lines of equal width.
  private struct Block {
    var lines: [String]
    var width: Int
    var height: Int { lines.count }
  }

  /// The formula drawn over several lines, or `nil` when it has no matrix of two or more rows
  /// at its top level.
  static func lines(_ node: MathNode) -> [String]? {
    let parts: [MathNode]
    switch node {
    case .row(let nodes): parts = nodes
    case .table: parts = [node]
    default: return nil
    }
    let hasTallMatrix = parts.contains {
      if case .table(let rows, let environment) = $0 {
        return rows.count > 1 && !environment.isAlignment
      }
      return false
    }
    guard hasTallMatrix else { return nil }

    var blocks: [Block] = []
    var pending: [MathNode] = []
    func flushText() {
      guard !pending.isEmpty else { return }
      let text = UnicodeMath.finish(UnicodeMathWriter(compact: false).write(.row(pending)))
      if !text.isEmpty { blocks.append(Block(lines: [text], width: DisplayWidth.of(text))) }
      pending = []
    }
    for part in parts {
      if case .table(let rows, let environment) = part, !environment.isAlignment {
        flushText()
        blocks.append(matrix(rows, environment))
      } else {
        pending.append(part)
      }
    }
    flushText()
    return join(blocks)
  }

  /// Side by side, one space apart, centred vertically.
  private static func join(_ blocks: [Block]) -> [String] {
    let height = blocks.map(\.height).max() ?? 1
    var lines = Array(repeating: "", count: height)
    for (index, block) in blocks.enumerated() {
      let top = (height - block.height) / 2
      for row in 0..<height {
        if index > 0 { lines[row] += " " }
        let inside = row >= top && row < top + block.height
        lines[row] += inside ? block.lines[row - top] : String(repeating: " ", count: block.width)
      }
    }
    return lines.map(\.withoutTrailingSpaces)
  }

  private static func matrix(_ rows: [[MathNode]], _ environment: MathNode.Environment) -> Block {
    let writer = UnicodeMathWriter(compact: false)
    let cells = rows.map { $0.map { UnicodeMath.finish(writer.write($0)) } }
    let columns = cells.map(\.count).max() ?? 0
    var widths = Array(repeating: 0, count: columns)
    for row in cells {
      for (column, cell) in row.enumerated() {
        widths[column] = max(widths[column], DisplayWidth.of(cell))
      }
    }
    let separator = environment == .cases ? "   " : "  "
    let bodies: [String] = cells.map { row in
      (0..<columns).map { column in
        let cell = column < row.count ? row[column] : ""
        let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
        return environment == .cases ? cell + padding : padding + cell
      }.joined(separator: separator)
    }
    let bodyWidth = widths.reduce(0, +) + max(0, columns - 1) * separator.count
    let (open, close) = brackets(environment, height: bodies.count)
    let lines = bodies.indices.map { open[$0] + bodies[$0] + close[$0] }
    let width =
      bodyWidth + (open.first.map { DisplayWidth.of($0) } ?? 0)
      + (close.first.map { DisplayWidth.of($0) } ?? 0)
    return Block(lines: lines, width: width)
  }

  /// The pieces of the left and right brackets, one per line.
  private static func brackets(_ environment: MathNode.Environment, height: Int) -> (
    [String], [String]
  ) {
    func tall(_ top: String, _ middle: String, _ bottom: String) -> [String] {
      guard height > 1 else { return [middle] }
      return [top] + Array(repeating: middle, count: height - 2) + [bottom]
    }
    func brace(_ top: String, _ centre: String, _ bottom: String) -> [String] {
      guard height > 2 else { return tall(top, "⎪", bottom) }
      return (0..<height).map { row in
        row == 0 ? top : row == height - 1 ? bottom : row == (height - 1) / 2 ? centre : "⎪"
      }
    }
    let none = Array(repeating: "", count: height)
    switch environment {
    case .bmatrix: return (tall("⎡", "⎢", "⎣"), tall("⎤", "⎥", "⎦"))
    case .pmatrix: return (tall("⎛", "⎜", "⎝"), tall("⎞", "⎟", "⎠"))
    case .vmatrix:
      return (Array(repeating: "│", count: height), Array(repeating: "│", count: height))
    case .Vmatrix:
      return (Array(repeating: "‖", count: height), Array(repeating: "‖", count: height))
    case .Bmatrix: return (brace("⎧", "⎨", "⎩"), brace("⎫", "⎬", "⎭"))
    case .cases: return (brace("⎧ ", "⎨ ", "⎩ ").map { $0 == "⎪" ? "⎪ " : $0 }, none)
    default: return (none, none)
    }
  }
}

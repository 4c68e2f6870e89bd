import Base
import CCmark

/// The one place Primer talks to cmark: parses CommonMark text into blocks as cmark reads them.
///
/// It walks cmark's ENTER/EXIT events with an explicit stack (no recursion, so deeply nested
/// input cannot exhaust the call stack), builds Swift values as it goes, and frees every C
/// object before returning. No cmark type or pointer leaves this file. Fenced code comes back
/// as `.code` with the whole info string in `language`, and text as cmark gives it, adjacent
/// pieces joined; `LessonBuilder` turns that into the lesson's blocks.
enum CommonMark {
  /// Containers nested deeper than this are flattened into their nearest allowed ancestor,
  /// and `flattened` is set so the caller can report it.
  static let maximumDepth = 24

  struct Output {
    var blocks: [Block]
    var flattened: SourceLocation?
  }

  static func parse(_ markdown: String) -> Output {
    let document = markdown.withCString {
      cmark_parse_document($0, markdown.utf8.count, CMARK_OPT_DEFAULT)
    }
    guard let document else { return Output(blocks: [], flattened: nil) }
    defer { cmark_node_free(document) }
    guard let iterator = cmark_iter_new(document) else { return Output(blocks: [], flattened: nil) }
    defer { cmark_iter_free(iterator) }

    var walker = Walker()
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      if event == CMARK_EVENT_ENTER {
        walker.enter(node)
      } else if event == CMARK_EVENT_EXIT {
        walker.exit(node)
      }
    }
    walker.flushText()
    return Output(blocks: walker.stack[0].blocks, flattened: walker.flattened)
  }
}

/// Builds blocks and inlines from cmark events. A frame is opened for each container node
/// and closed on its EXIT event; leaves are converted on ENTER.
private struct Walker {
  struct Frame {
    var type: cmark_node_type
    var location: SourceLocation
    var blocks: [Block] = []
    var inlines: [Inline] = []
    var items: [[Block]] = []
    var headingLevel = 0
    var listStart: Int?
    var listTight = true
    var url = ""
    var title = ""
    /// A container past the depth limit: its children go to the parent.
    var transparent = false
  }

  var stack: [Frame] = [
    Frame(type: CMARK_NODE_DOCUMENT, location: SourceLocation(line: 1, column: 1))
  ]
  var depth = 0
  var flattened: SourceLocation?
  /// The text nodes read since the last other node: cmark splits running text at every
  /// character that might be syntax, and they are joined here into one `.text`.
  var pendingText = ""

  mutating func enter(_ node: OpaquePointer) {
    let type = cmark_node_get_type(node)
    if type == CMARK_NODE_TEXT {
      pendingText += string(cmark_node_get_literal(node))
      return
    }
    flushText()
    let location = SourceLocation(
      line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    switch type {
    case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_PARAGRAPH,
      CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE,
      CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE:
      var frame = Frame(type: type, location: location)
      depth += 1
      if depth > CommonMark.maximumDepth {
        frame.transparent = true
        if flattened == nil { flattened = location }
      }
      switch type {
      case CMARK_NODE_HEADING:
        frame.headingLevel = Int(cmark_node_get_heading_level(node))
      case CMARK_NODE_LIST:
        frame.listStart =
          cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
          ? Int(cmark_node_get_list_start(node)) : nil
        frame.listTight = cmark_node_get_list_tight(node) != 0
      case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
        frame.url = string(cmark_node_get_url(node))
        frame.title = string(cmark_node_get_title(node))
      default:
        break
      }
      stack.append(frame)
    case CMARK_NODE_SOFTBREAK:
      appendInline(.softBreak)
    case CMARK_NODE_CODE:
      appendInline(.code(string(cmark_node_get_literal(node))))
    case CMARK_NODE_HTML_INLINE:
      appendInline(.html(string(cmark_node_get_literal(node))))
    case CMARK_NODE_LINEBREAK:
      appendInline(.lineBreak)
    case CMARK_NODE_CODE_BLOCK:
      let code = CodeBlock(
        language: string(cmark_node_get_fence_info(node)),
        code: string(cmark_node_get_literal(node)), location: location)
      appendBlock(.code(code))
    case CMARK_NODE_HTML_BLOCK:
      var html = string(cmark_node_get_literal(node))
      while html.hasSuffix("\n") { html.removeLast() }
      appendBlock(.html(html))
    case CMARK_NODE_THEMATIC_BREAK:
      appendBlock(.thematicBreak)
    default:
      return
    }
  }

  mutating func exit(_ node: OpaquePointer) {
    flushText()
    let type = cmark_node_get_type(node)
    guard type != CMARK_NODE_DOCUMENT, stack.count > 1 else { return }
    let frame = stack.removeLast()
    depth -= 1
    if frame.transparent {
      // Splice the children into the parent, keeping blocks and inlines apart.
      for block in frame.blocks { appendBlock(block) }
      for items in frame.items { for block in items { appendBlock(block) } }
      for inline in frame.inlines { appendInline(inline) }
      return
    }
    switch frame.type {
    case CMARK_NODE_BLOCK_QUOTE:
      appendBlock(.blockQuote(frame.blocks))
    case CMARK_NODE_LIST:
      appendBlock(.list(List(start: frame.listStart, isTight: frame.listTight, items: frame.items)))
    case CMARK_NODE_ITEM:
      if stack[stack.count - 1].type == CMARK_NODE_LIST && !stack[stack.count - 1].transparent {
        stack[stack.count - 1].items.append(frame.blocks)
      } else {
        for block in frame.blocks { appendBlock(block) }
      }
    case CMARK_NODE_PARAGRAPH:
      appendBlock(.paragraph(frame.inlines))
    case CMARK_NODE_HEADING:
      appendBlock(
        .heading(
          Heading(level: frame.headingLevel, content: frame.inlines, location: frame.location)))
    case CMARK_NODE_EMPH:
      appendInline(.emphasis(frame.inlines))
    case CMARK_NODE_STRONG:
      appendInline(.strong(frame.inlines))
    case CMARK_NODE_LINK:
      appendInline(.link(destination: frame.url, title: frame.title, content: frame.inlines))
    case CMARK_NODE_IMAGE:
      appendInline(.image(source: frame.url, title: frame.title, alt: frame.inlines))
    default:
      // The inlines go on in the parent.
      for block in frame.blocks { appendBlock(block) }
      for inline in frame.inlines { appendInline(inline) }
    }
  }

  /// Adds the text gathered in `pendingText` as one `.text`.
  mutating func flushText() {
    guard !pendingText.isEmpty else { return }
    appendInline(.text(pendingText))
    pendingText = ""
  }

  private mutating func appendBlock(_ block: Block) {
    let top = stack.count - 1
    if stack[top].type == CMARK_NODE_LIST && !stack[top].transparent {
      // A block directly inside a list (only possible after flattening) becomes its own item.
      stack[top].items.append([block])
    } else {
      stack[top].blocks.append(block)
    }
  }

  private mutating func appendInline(_ inline: Inline) {
    stack[stack.count - 1].inlines.append(inline)
  }

  private func string(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }
}

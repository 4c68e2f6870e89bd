import Base
import CCmark

/// The one place Primer talks to cmark: parses CommonMark text into lesson blocks.
///
/// It walks cmark's ENTER/EXIT events with an explicit stack (no recursion, so deeply nested
/// input cannot exhaust the call stack), builds Swift values as it goes, and frees every C
/// object before returning. No cmark type or pointer leaves this file.
///
/// What becomes of runs of text, paragraphs and code blocks is the rewriter's to say (see
/// `CommonMarkRewriter`): the lesson parser's expands math placeholders and turns Primer fences
/// into directives as the walk meets them, so the tree is built once. With `Plain`, fenced code
/// comes back as `.code` with the whole info string in `language`, and text as cmark gives it,
/// with adjacent pieces joined.
enum CommonMark {
  /// Containers nested deeper than this are flattened into their nearest allowed ancestor,
  /// and `flattened` is set so the caller can report it.
  static let maximumDepth = 24

  struct Output {
    var blocks: [Block]
    var flattened: SourceLocation?
  }

  static func parse(_ markdown: String) -> Output {
    var text = markdown
    var plain = Plain()
    return text.withUTF8 { parse(utf8: $0, rewriter: &plain) }
  }

  /// Parses CommonMark text given as valid UTF-8 bytes, handing text, paragraphs and code
  /// blocks to `rewriter` as they are read.
  ///
  /// cmark is not asked to validate them (`CMARK_OPT_VALIDATE_UTF8`, some 9 instructions a
  /// byte): the bytes come from a Swift string or were validated when the file was read, and
  /// on valid input the option changes nothing.
  static func parse<Rewriter: CommonMarkRewriter>(
    utf8 bytes: UnsafeBufferPointer<UInt8>, rewriter: inout Rewriter
  ) -> Output {
    let options = CMARK_OPT_DEFAULT
    let document: OpaquePointer? = bytes.withMemoryRebound(to: CChar.self) { chars in
      cmark_parse_document(chars.baseAddress, chars.count, options)
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
        walker.enter(node, &rewriter)
      } else if event == CMARK_EVENT_EXIT {
        walker.exit(node, &rewriter)
      }
    }
    return Output(blocks: walker.finish(&rewriter), flattened: walker.flattened)
  }

  /// The rewriter that keeps what cmark reads as it is.
  struct Plain: CommonMarkRewriter {
    func appendText(_ text: UnsafeBufferPointer<UInt8>, to inlines: inout [Inline]) {
      inlines.append(.text(String(decoding: text, as: UTF8.self)))
    }

    func continuation(after text: UnsafeBufferPointer<UInt8>) -> Int? { nil }

    func paragraph(_ content: [Inline]) -> Block { .paragraph(content) }

    func codeBlock(_ code: CodeBlock, topLevel: Bool) -> Block { .code(code) }
  }
}

/// What is made of cmark's text, paragraphs and code blocks as the walk meets them.
protocol CommonMarkRewriter {
  /// Appends the inlines of a run of text (the bytes of adjacent text nodes, never empty).
  mutating func appendText(_ text: UnsafeBufferPointer<UInt8>, to inlines: inout [Inline])

  /// For the text after a soft line break: how many of its first bytes mark it as going on
  /// with the line before, the break and those bytes then dropped; nil to keep the break.
  func continuation(after text: UnsafeBufferPointer<UInt8>) -> Int?

  /// The block a paragraph of `content` is.
  mutating func paragraph(_ content: [Inline]) -> Block

  /// The block a code block is; `topLevel` when it stands directly in the document.
  mutating func codeBlock(_ code: CodeBlock, topLevel: Bool) -> Block
}

/// Builds blocks and inlines from cmark events. A frame is opened for each container node
/// and closed on its EXIT event; leaves are converted on ENTER.
private struct Walker {
  struct Frame {
    var type: cmark_node_type
    var location: SourceLocation
    var blocks: [Block] = []
    /// Where the frame's inlines start in the walker's `inlines`.
    var firstInline = 0
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
  /// The inlines of the open frames, each frame's after its parent's: a frame's are copied
  /// into an array of their exact count when it closes, where an array of its own would grow
  /// one allocation at a time.
  var inlines: [Inline] = []
  /// The bytes of the text nodes read since the last other node: cmark splits running text at
  /// every character that might be syntax, and they are joined here, to be handed to the
  /// rewriter as one run.
  var pendingText: [UInt8] = []
  /// A soft line break read after `pendingText`, not yet added: the text after it may go on
  /// with the line (see `CommonMarkRewriter.continuation(after:)`).
  var pendingBreak = false

  mutating func enter<Rewriter: CommonMarkRewriter>(
    _ node: OpaquePointer, _ rewriter: inout Rewriter
  ) {
    let type = cmark_node_get_type(node)
    if type == CMARK_NODE_TEXT {
      let text = bytes(cmark_node_get_literal(node))
      if pendingBreak {
        pendingBreak = false
        if let marks = rewriter.continuation(after: text) {
          pendingText.append(contentsOf: text.dropFirst(marks))
          return
        }
        flushText(&rewriter)
        appendInline(.softBreak)
      }
      pendingText.append(contentsOf: text)
      return
    }
    if type == CMARK_NODE_SOFTBREAK {
      // The text before the break stays pending: the line after it may go on with it.
      if pendingBreak {
        flushText(&rewriter)
        appendInline(.softBreak)
      }
      pendingBreak = true
      return
    }
    flushPending(&rewriter)
    let location = SourceLocation(
      line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    switch type {
    case CMARK_NODE_DOCUMENT:
      return
    case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_PARAGRAPH,
      CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE,
      CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE:
      var frame = Frame(type: type, location: location, firstInline: inlines.count)
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
      appendBlock(rewriter.codeBlock(code, topLevel: stack.count == 1))
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

  mutating func exit<Rewriter: CommonMarkRewriter>(
    _ node: OpaquePointer, _ rewriter: inout Rewriter
  ) {
    flushPending(&rewriter)
    let type = cmark_node_get_type(node)
    guard type != CMARK_NODE_DOCUMENT, stack.count > 1 else { return }
    // `removeLast`, not `popLast`: an optional frame is one more type for the runtime to make
    // at the first lesson parsed (some 35,000 instructions).
    let frame = stack.removeLast()
    depth -= 1
    if frame.transparent {
      // Splice the children into the parent, keeping blocks and inlines apart (the inlines
      // are in place already, after the parent's).
      for block in frame.blocks { appendBlock(block) }
      for items in frame.items { for block in items { appendBlock(block) } }
      return
    }
    switch frame.type {
    case CMARK_NODE_BLOCK_QUOTE:
      _ = takeInlines(of: frame)
      appendBlock(.blockQuote(frame.blocks))
    case CMARK_NODE_LIST:
      _ = takeInlines(of: frame)
      appendBlock(.list(List(start: frame.listStart, isTight: frame.listTight, items: frame.items)))
    case CMARK_NODE_ITEM:
      _ = takeInlines(of: frame)
      if stack[stack.count - 1].type == CMARK_NODE_LIST && !stack[stack.count - 1].transparent {
        stack[stack.count - 1].items.append(frame.blocks)
      } else {
        for block in frame.blocks { appendBlock(block) }
      }
    case CMARK_NODE_PARAGRAPH:
      appendBlock(rewriter.paragraph(takeInlines(of: frame)))
    case CMARK_NODE_HEADING:
      let content = takeInlines(of: frame)
      appendBlock(
        .heading(Heading(level: frame.headingLevel, content: content, location: frame.location)))
    case CMARK_NODE_EMPH:
      appendInline(.emphasis(takeInlines(of: frame)))
    case CMARK_NODE_STRONG:
      appendInline(.strong(takeInlines(of: frame)))
    case CMARK_NODE_LINK:
      let content = takeInlines(of: frame)
      appendInline(.link(destination: frame.url, title: frame.title, content: content))
    case CMARK_NODE_IMAGE:
      let alt = takeInlines(of: frame)
      appendInline(.image(source: frame.url, title: frame.title, alt: alt))
    default:
      // The inlines stay, the parent's now.
      for block in frame.blocks { appendBlock(block) }
    }
  }

  /// The inlines of `frame` (just closed), taken off `inlines`.
  ///
  /// A frame whose inlines are all of them (a paragraph of the document, usually) takes
  /// the array itself, and `inlines` starts again in a buffer of the same capacity; a nested
  /// frame takes a copy of its own, as `Array(inlines[first...])` gives it.
  private mutating func takeInlines(of frame: Frame) -> [Inline] {
    guard frame.firstInline > 0 else {
      let content = inlines
      inlines.removeAll(keepingCapacity: true)
      return content
    }
    let content = Array(inlines[frame.firstInline...])
    while inlines.count > frame.firstInline { inlines.removeLast() }
    return content
  }

  mutating func finish<Rewriter: CommonMarkRewriter>(_ rewriter: inout Rewriter) -> [Block] {
    flushPending(&rewriter)
    return stack[0].blocks
  }

  /// Hands the text gathered in `pendingText` to the rewriter, then adds a pending line break.
  private mutating func flushPending<Rewriter: CommonMarkRewriter>(_ rewriter: inout Rewriter) {
    flushText(&rewriter)
    if pendingBreak {
      pendingBreak = false
      appendInline(.softBreak)
    }
  }

  /// Hands the text gathered in `pendingText` to the rewriter.
  private mutating func flushText<Rewriter: CommonMarkRewriter>(_ rewriter: inout Rewriter) {
    guard !pendingText.isEmpty else { return }
    pendingText.withUnsafeBufferPointer { rewriter.appendText($0, to: &inlines) }
    pendingText.removeAll(keepingCapacity: true)
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
    inlines.append(inline)
  }

  /// The bytes of a C string cmark owns (valid while the node lives), without its NUL.
  private func bytes(_ pointer: UnsafePointer<CChar>?) -> UnsafeBufferPointer<UInt8> {
    guard let pointer else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(
      start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
  }

  private func string(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }
}

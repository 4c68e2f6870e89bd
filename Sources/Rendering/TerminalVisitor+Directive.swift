import Course

/// What the terminal needs to know about a lesson's exercises to show its Primer blocks.
struct ExerciseContext {
  /// For the index of each top-level block: how many `hint` blocks follow it when it is an
  /// `exercise` block, else 0.
  var hintCounts: [Int]
  /// For the index of each top-level block: the id of the exercise a `starter` block belongs
  /// to, else `nil`.
  var starterOwners: [String?]
  /// For the index of each top-level block: its number among the lesson's cells when it is a
  /// `run` block, else `nil`.
  var cellNumbers: [Int?]

  // Arrays indexed by block, not dictionaries: a dictionary with a new key type costs the
  // runtime a search of every protocol conformance the first time, more than all its uses.
  init(_ blocks: [Block]) {
    hintCounts = Array(repeating: 0, count: blocks.count)
    starterOwners = Array(repeating: nil, count: blocks.count)
    cellNumbers = Array(repeating: nil, count: blocks.count)
    var cells = 0
    var exercise: (index: Int, id: String)?
    for (index, block) in blocks.enumerated() {
      guard case .directive(let directive) = block else { continue }
      switch directive.kind {
      case .exercise:
        exercise = (index, directive.argument ?? "")
      case .hint:
        if let exercise { hintCounts[exercise.index] += 1 }
      case .starter:
        if let exercise { starterOwners[index] = exercise.id }
      case .run:
        cells += 1
        cellNumbers[index] = cells
      case .solution, .checks, .mistake, .plot:
        break
      }
    }
  }
}

extension TerminalVisitor {
  /// A Primer block as a learner sees it in the terminal.
  ///
  /// - `exercise`: a box with the title, the id and the commands to run it and to get hints.
  /// - `starter`: the starter code, highlighted, labelled with the file it is copied to.
  /// - `plot`: a box with the plot's title, its picture and its caption (`visitPlot`).
  /// - `run`: a notebook cell's code and its output, when given one (`visitCell`).
  /// - `solution`, `checks`, `mistake`, `hint`: nothing, so a learner cannot read them ahead.
  func visitDirective(_ directive: Directive, width: Int, index: Int?) -> [StyledLine] {
    switch directive.kind {
    case .exercise:
      return visitExercise(
        directive, hints: index.map { exerciseContext.hintCounts[$0] } ?? 0, width: width)
    case .starter:
      let owner = index.flatMap { exerciseContext.starterOwners[$0] } ?? directive.argument
      let label = owner.map { "starter code → workspace/\($0).swift" } ?? "starter code"
      return visitCode(directive.body, language: "swift", width: width, label: label)
    case .plot:
      return visitPlot(directive, width: width)
    case .run:
      return visitCell(
        directive, number: index.flatMap { exerciseContext.cellNumbers[$0] }, width: width)
    case .solution, .checks, .mistake, .hint:
      return []
    }
  }

  private func visitExercise(_ directive: Directive, hints: Int, width: Int) -> [StyledLine] {
    let id = directive.argument ?? ""
    let title = directive.field("title") ?? id
    var pieces: [LineWrapper.Piece] = [.text(Span(title, .bold)), .lineBreak]
    pieces.append(.text(Span("Exercise id: ", .dim)))
    pieces.append(.text(Span(id, .code)))
    pieces.append(.lineBreak)
    pieces.append(.text(Span("Edit workspace/\(id).swift, then check it with ")))
    pieces.append(.unbreakable(Span("primer run \(id)", .code)))
    pieces.append(.lineBreak)
    switch hints {
    case 0:
      pieces.append(.text(Span("No hints for this one.", .dim)))
    default:
      pieces.append(.text(Span("Stuck? \(hints) \(hints == 1 ? "hint" : "hints"): ")))
      pieces.append(.unbreakable(Span("primer hint \(id)", .code)))
    }
    guard width >= Frame.horizontalPadding + Self.minimumContentWidth else {
      return LineWrapper.wrap(pieces, width: width)
    }
    let content = LineWrapper.wrap(pieces, width: width - Frame.horizontalPadding)
    return Frame.box(title: "Exercise", content: content, width: width)
  }
}

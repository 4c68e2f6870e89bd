/// A notebook cell: a ```` ```run ```` block of a lesson, Swift the reader runs, changes and runs
/// again.
///
/// ````markdown
/// ```run uses=softmax
/// show("probabilities", softmax(Matrix([[1, 2, 3]])))
/// ```
/// ````
///
/// The code is the body of a program's `main`: it may print, and call the display library
/// (`show`, `plot`, `bars`, `heatmap`) whose records the host draws as pictures. With
/// `uses=EXERCISE` the program also holds that exercise's function: the learner's own when
/// their file compiles, else the lesson's solution.
public struct Cell: Hashable, Sendable {
  /// The cell's number in its lesson, from 1 in reading order (`primer try LESSON:N`).
  public var number: Int
  public var code: String
  /// The exercise whose function the cell calls (`uses=`), if any.
  public var uses: String?
  /// Where the block's opening fence is.
  public var location: SourceLocation

  public init(number: Int, code: String, uses: String?, location: SourceLocation) {
    self.number = number
    self.code = code
    self.uses = uses
    self.location = location
  }

  /// How `primer try` names cell `number` of `lesson`: `3:2`, or `my-lesson:2` for a lesson
  /// without an order.
  public static func reference(lesson: Lesson, number: Int) -> String {
    (lesson.order == Int.max ? lesson.id : String(lesson.order)) + ":\(number)"
  }

  /// The attributes a `run` block may have.
  public static let attributes: Set<String> = ["uses"]

  /// The cell a `run` directive declares, numbered `number`.
  public init(_ directive: Directive, number: Int) {
    precondition(
      directive.kind == .run, "Cell: a ```\(directive.kind.rawValue) block is not a cell")
    self.init(
      number: number, code: directive.body, uses: directive.attribute("uses"),
      location: directive.location)
  }

  /// The cells among a lesson's top-level blocks, and what is malformed in each: an argument
  /// after `run`, an attribute other than `uses`, an empty `uses=` or an empty body.
  ///
  /// Whether `uses=` names an exercise declared before the cell is judged by ``Linter``, which
  /// sees the whole course.
  static func collect(from blocks: [Block]) -> (
    cells: [Cell], problems: [(SourceLocation, String)]
  ) {
    var cells: [Cell] = []
    var problems: [(SourceLocation, String)] = []
    for case .directive(let directive) in blocks where directive.kind == .run {
      let cell = Cell(directive, number: cells.count + 1)
      cells.append(cell)
      if let argument = directive.argument {
        problems.append(
          (
            directive.location,
            "cannot read `\(argument)` after ```run; write ```run or ```run uses=EXERCISE-ID"
          ))
      }
      for attribute in directive.attributes where !attributes.contains(attribute.key) {
        problems.append(
          (
            directive.location,
            "unknown attribute `\(attribute.key)` on a ```run block; the only one is uses=EXERCISE-ID"
          ))
      }
      if let uses = cell.uses, uses.isEmpty {
        problems.append(
          (directive.location, "`uses=` is empty; name the exercise whose function the cell calls"))
      }
      if cell.code.allSatisfy(\.isWhitespace) {
        problems.append(
          (directive.location, "the ```run block is empty; write the Swift code the cell runs"))
      }
    }
    return (cells, problems)
  }
}

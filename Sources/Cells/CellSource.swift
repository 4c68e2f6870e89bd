import Course

/// A cell ready to run: its code, the name its diagnostics give it, and what `uses=` brings in.
public struct CellSource: Sendable, Equatable {
  /// The cell's Swift code: the body of its program.
  public var code: String
  /// The file name diagnostics and crash reports give the code: `cells/attention-2.swift`,
  /// or the learner's copy under `workspace/cells/`.
  public var name: String
  public var uses: Uses?

  /// What a ```` ```run uses=EXERCISE ```` cell links in: the learner's file for the exercise
  /// when it compiles, else the lesson's solution.
  public struct Uses: Sendable, Equatable {
    public var exercise: Exercise
    /// The learner's file as the reader knows it (`workspace/softmax.swift`).
    public var shownPath: String
    /// The learner's file's text; nil when there is no such file.
    public var learnerText: String?

    public init(exercise: Exercise, shownPath: String, learnerText: String?) {
      self.exercise = exercise
      self.shownPath = shownPath
      self.learnerText = learnerText
    }

    /// The function the cell calls, for the note under its output: the first the starter
    /// declares (`softmax`), else the exercise's id.
    var function: String {
      let starter = exercise.starter?.body ?? ""
      guard let range = starter.firstRange(of: "func ") else { return exercise.id }
      let name = starter[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      return name.isEmpty ? exercise.id : String(name)
    }
  }

  public init(code: String, name: String, uses: Uses?) {
    precondition(name.hasSuffix(".swift"), "CellSource: name \(name) must end in .swift")
    self.code = code
    self.name = name
    self.uses = uses
  }
}

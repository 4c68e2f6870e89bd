import Course
import Mutation

/// What `primer verify --mutants` found for one exercise: how many mutants of its solution
/// the checks kill, and the ones they do not.
public struct MutationReport: Sendable, Equatable {
  /// A mutant no check killed on any seed.
  public struct Survivor: Sendable, Equatable {
    public var kind: Mutant.Kind
    /// The line in the lesson file.
    public var line: Int
    /// The line in the ```solution block (1 is its first line), as equivalence marks name it.
    public var solutionLine: Int
    public var original: String
    /// Empty when the mutant removed the line.
    public var mutated: String
  }

  public var exercise: String
  /// The lesson file as diagnostics name it (`Lessons/01-neural-networks.md`).
  public var lessonFile: String
  /// The mutants made (after `--limit`), of every outcome.
  public var mutants = 0
  public var killed = 0
  public var survivors: [Survivor] = []
  /// Mutants the lesson marks equivalent: not graded.
  public var equivalent = 0
  /// Mutants that did not compile: not graded.
  public var notCompiling = 0
  /// Marks of equivalent mutants that match no mutant made (the solution changed, or the
  /// mark is mistyped); only reported when every mutant was made (no `--limit` cut).
  public var unmatchedMarks: [EquivalentMutant] = []

  public init(exercise: String, lessonFile: String) {
    self.exercise = exercise
    self.lessonFile = lessonFile
  }

  public var survived: Int { survivors.count }

  /// Killed among the graded, non-equivalent mutants; 1 when there are none.
  public var score: Double {
    killed + survived == 0 ? 1 : Double(killed) / Double(killed + survived)
  }
}

extension MutationReport {
  /// The share of mutants killed in an author's goal: 95 % of the non-equivalent mutants that
  /// compile, on every exercise.
  public static let goal = 0.95

  /// Killed among every graded, non-equivalent mutant of `reports`; 1 when there are none.
  public static func courseScore(_ reports: [MutationReport]) -> Double {
    let killed = reports.map(\.killed).reduce(0, +)
    let graded = killed + reports.map(\.survived).reduce(0, +)
    return graded == 0 ? 1 : Double(killed) / Double(graded)
  }

  /// Whether the exercise meets ``goal`` and every mark of an equivalent mutant matches one.
  public var meetsGoal: Bool { score >= MutationReport.goal && unmatchedMarks.isEmpty }
}

/// The kinds of check an exercise's `checks` block can register, by the name of the method
/// that registers them: `check.example("…")`, `check.compare("…", …)`, ….
///
/// The one list of them: ``Checks`` registers a check of each kind, and the grader reads the
/// check names in a `checks` block by these method names before the program runs.
public enum CheckKind: String, CaseIterable, Sendable {
  /// A worked example with fixed inputs and expected values.
  case example
  /// Random inputs given to the learner's function and to the reference, outputs compared.
  case compare
  /// Something that must hold for the learner's function alone.
  case property
  /// An analytic gradient held against finite differences.
  case gradient
}

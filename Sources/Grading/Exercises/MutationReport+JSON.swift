import Base

/// `primer verify --mutants --json`: one object per exercise,
/// `{"exercise", "mutants", "killed", "survived", "equivalent", "not_compiling", "score",
/// "survivors": [{"line", "original", "mutated", "kind"}]}`, `line` being the lesson line.
extension MutationReport: Encodable {
  private enum Keys: String, CodingKey {
    case exercise, mutants, killed, survived, equivalent, score, survivors
    case notCompiling = "not_compiling"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(exercise, forKey: .exercise)
    try container.encode(mutants, forKey: .mutants)
    try container.encode(killed, forKey: .killed)
    try container.encode(survived, forKey: .survived)
    try container.encode(equivalent, forKey: .equivalent)
    try container.encode(notCompiling, forKey: .notCompiling)
    try container.encode(score, forKey: .score)
    try container.encode(survivors, forKey: .survivors)
  }
}

extension MutationReport.Survivor: Encodable {
  private enum Keys: String, CodingKey { case line, original, mutated, kind }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(line, forKey: .line)
    try container.encode(original, forKey: .original)
    try container.encode(mutated, forKey: .mutated)
    try container.encode(kind.rawValue, forKey: .kind)
  }
}

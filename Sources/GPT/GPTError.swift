/// What can go wrong when the GPT module reads text, prompts or checkpoints.
public enum GPTError: Error, Equatable, CustomStringConvertible {
  /// The training text has fewer characters than training needs.
  case textTooShort(characters: Int, needed: Int)
  /// A prompt holds a character the model's vocabulary lacks.
  case unknownCharacter(Character, offset: Int, vocabulary: String)
  /// A file does not start like a Primer GPT checkpoint.
  case notACheckpoint(path: String)
  /// The checkpoint's format version is not one this program reads.
  case unsupportedVersion(path: String, found: UInt32, supported: UInt32)
  /// The checkpoint ends early or its header cannot be read.
  case truncatedCheckpoint(path: String, expectedBytes: Int, foundBytes: Int)
  /// The checkpoint was written for a model of another shape.
  case shapeMismatch(path: String, expected: Config, found: Config)
  /// Resuming with a different text than the checkpoint was trained on.
  case differentText(path: String)
  /// A file could not be read or written.
  case fileSystem(operation: String, path: String, reason: String)

  public var description: String {
    switch self {
    case .textTooShort(let characters, let needed):
      return characters == 0
        ? "The training text is empty. Give a UTF-8 text file with --text, of at least \(needed) characters."
        : "The training text has \(characters) characters; training needs at least \(needed) "
          + "(enough for a validation split of whole contexts). Give a longer text, or a smaller --context."
    case .unknownCharacter(let character, let offset, let vocabulary):
      return "The prompt's character \(String(reflecting: String(character))) at offset \(offset) "
        + "is not in the model's vocabulary of \(vocabulary.count) symbols: "
        + "\(String(reflecting: vocabulary)). Use only those characters."
    case .notACheckpoint(let path):
      return
        "\(path) is not a Primer GPT checkpoint. Give a file written by `primer gpt train --out`."
    case .unsupportedVersion(let path, let found, let supported):
      return "\(path) is a checkpoint of format version \(found); this primer reads version "
        + "\(supported). Train again with this version of primer."
    case .truncatedCheckpoint(let path, let expected, let found):
      return "\(path) is cut short or damaged: expected \(expected) bytes, found \(found). "
        + "Use an earlier checkpoint or train again."
    case .shapeMismatch(let path, let expected, let found):
      return "\(path) holds a model with \(Self.describe(found)), but this run asks for "
        + "\(Self.describe(expected)). Drop the shape options to resume it, or train a new model with another --out."
    case .differentText(let path):
      return
        "\(path) was trained on another text. Resume with the same --text, or start a new run with another --out."
    case .fileSystem(let operation, let path, let reason):
      return "Could not \(operation) \(path): \(reason)."
    }
  }

  static func describe(_ c: Config) -> String {
    "vocabulary \(c.vocabularySize), context \(c.context), width \(c.width), \(c.heads) heads, "
      + "\(c.layers) layers, MLP \(c.mlpRatio)×"
  }
}

import Foundation
import Reference
import Testing

// Oracle fixtures: inputs and expected outputs computed by an independent implementation
// (JAX/numpy in float64, see `Fixtures/oracle_core.py`), committed as JSON so CI needs no Python.
//
// File format (`Fixtures/NAME.json`):
//
//     {
//       "generator": "python3 Tests/ReferenceTests/Fixtures/oracle_core.py",
//       "cases": {
//         "relu/odd_shape": { "x": [[0.5, -1.25, 2.0]], "expected": [[0.5, 0.0, 2.0]] },
//         "cross_entropy/basic": { "logits": [[...]], "targets": [2, 0], "expected": 1.1 }
//       }
//     }
//
// A case is an object of named values: a matrix is an array of rows, a vector an array of
// numbers, a scalar a number; integers are numbers with no fraction. Non-finite numbers are
// the strings "NaN", "Infinity" and "-Infinity" (JSON has no spelling for them); other strings
// are plain strings. Case names are `function/variant`, so `cases(of: "relu")` finds a family.

/// A value in a fixture case.
enum FixtureValue: Decodable, Equatable {
  case number(Double)
  case string(String)
  case array([FixtureValue])
  case object([String: FixtureValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Double.self) {
      self = .number(number)
    } else if let text = try? container.decode(String.self) {
      switch text {
      case "NaN": self = .number(.nan)
      case "Infinity": self = .number(.infinity)
      case "-Infinity": self = .number(-.infinity)
      default: self = .string(text)
      }
    } else if let elements = try? container.decode([FixtureValue].self) {
      self = .array(elements)
    } else {
      self = .object(try container.decode([String: FixtureValue].self))
    }
  }
}

/// Why a fixture could not be read.
struct FixtureError: Error, CustomStringConvertible {
  var description: String
}

/// One named case of a fixture file: named inputs and expected outputs.
struct FixtureCase: CustomTestStringConvertible {
  let name: String
  let values: [String: FixtureValue]

  var testDescription: String { name }

  private func value(_ key: String) throws -> FixtureValue {
    guard let value = values[key] else {
      throw FixtureError(
        description: "Fixture case \(name) has no value `\(key)`; it has \(values.keys.sorted())")
    }
    return value
  }

  /// A scalar.
  func number(_ key: String) throws -> Double {
    guard case .number(let number) = try value(key) else {
      throw FixtureError(description: "Fixture \(name).\(key) is not a number")
    }
    return number
  }

  /// A whole number (an index, a step count, a seed).
  func integer(_ key: String) throws -> Int {
    let number = try number(key)
    guard let integer = Int(exactly: number) else {
      throw FixtureError(description: "Fixture \(name).\(key) = \(number) is not an integer")
    }
    return integer
  }

  /// An array of numbers.
  func vector(_ key: String) throws -> [Double] {
    guard case .array(let elements) = try value(key) else {
      throw FixtureError(description: "Fixture \(name).\(key) is not an array")
    }
    return try elements.map { element in
      guard case .number(let number) = element else {
        throw FixtureError(description: "Fixture \(name).\(key) holds a non-number")
      }
      return number
    }
  }

  /// An array of whole numbers.
  func integers(_ key: String) throws -> [Int] {
    try vector(key).map { number in
      guard let integer = Int(exactly: number) else {
        throw FixtureError(description: "Fixture \(name).\(key) holds \(number), not an integer")
      }
      return integer
    }
  }

  /// An unsigned 64-bit integer, stored as a decimal string.
  func unsignedInteger(_ key: String) throws -> UInt64 {
    guard case .string(let text) = try value(key), let integer = UInt64(text) else {
      throw FixtureError(description: "Fixture \(name).\(key) is not a UInt64 string")
    }
    return integer
  }

  /// An array of unsigned 64-bit integers, stored as decimal strings (a `Double` cannot hold
  /// every `UInt64`).
  func unsignedIntegers(_ key: String) throws -> [UInt64] {
    guard case .array(let elements) = try value(key) else {
      throw FixtureError(description: "Fixture \(name).\(key) is not an array")
    }
    return try elements.map { element in
      guard case .string(let text) = element, let integer = UInt64(text) else {
        throw FixtureError(description: "Fixture \(name).\(key) holds a non-UInt64 string")
      }
      return integer
    }
  }

  /// A matrix, as an array of rows of equal length.
  func matrix(_ key: String) throws -> Matrix {
    guard case .array(let rows) = try value(key) else {
      throw FixtureError(description: "Fixture \(name).\(key) is not an array of rows")
    }
    let rowArrays = try rows.enumerated().map { index, row -> [Double] in
      guard case .array(let elements) = row else {
        throw FixtureError(description: "Fixture \(name).\(key)[\(index)] is not a row")
      }
      return try elements.map { element in
        guard case .number(let number) = element else {
          throw FixtureError(description: "Fixture \(name).\(key)[\(index)] holds a non-number")
        }
        return number
      }
    }
    guard Set(rowArrays.map(\.count)).count <= 1 else {
      throw FixtureError(description: "Fixture \(name).\(key) has ragged rows")
    }
    return Matrix(rowArrays)
  }

  /// A list of matrices.
  func matrices(_ key: String) throws -> [Matrix] {
    guard case .array(let elements) = try value(key) else {
      throw FixtureError(description: "Fixture \(name).\(key) is not an array of matrices")
    }
    return try elements.enumerated().map { index, element in
      try FixtureCase(name: name, values: ["\(key)[\(index)]": element]).matrix(
        "\(key)[\(index)]")
    }
  }

  /// A string.
  func string(_ key: String) throws -> String {
    guard case .string(let text) = try value(key) else {
      throw FixtureError(description: "Fixture \(name).\(key) is not a string")
    }
    return text
  }
}

/// A fixture file from the test bundle's `Fixtures` folder.
struct FixtureFile {
  private struct Contents: Decodable {
    var cases: [String: [String: FixtureValue]]
  }

  /// All cases, by name.
  let cases: [String: FixtureCase]

  /// Loads `Fixtures/NAME.json` (for example `FixtureFile.load("core")`).
  static func load(_ name: String) throws -> FixtureFile {
    guard
      let url = Bundle.module.url(
        forResource: name, withExtension: "json", subdirectory: "Fixtures")
    else {
      throw FixtureError(
        description: "No Fixtures/\(name).json in the test bundle; regenerate it with its script")
    }
    let contents = try JSONDecoder().decode(Contents.self, from: Data(contentsOf: url))
    var cases: [String: FixtureCase] = [:]
    for (caseName, values) in contents.cases {
      cases[caseName] = FixtureCase(name: caseName, values: values)
    }
    return FixtureFile(cases: cases)
  }

  /// The case named `name` (`"relu/odd_shape"`).
  func `case`(_ name: String) throws -> FixtureCase {
    guard let fixture = cases[name] else {
      throw FixtureError(description: "No fixture case \(name); regenerate the fixtures")
    }
    return fixture
  }

  /// Every case of a family (`"relu"` finds `relu/…`), sorted by name; never empty.
  func cases(of family: String) throws -> [FixtureCase] {
    let found = cases.values.filter { $0.name.hasPrefix(family + "/") }.sorted {
      $0.name < $1.name
    }
    guard !found.isEmpty else {
      throw FixtureError(description: "No fixture cases named \(family)/…")
    }
    return found
  }
}

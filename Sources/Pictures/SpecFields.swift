import Course

/// A plot block's `key: value` lines being read: each read checks one value and records a
/// `PictureSpecError` instead of failing, so one pass finds every problem.
struct SpecFields {
  /// Each key's value (the first, when a key is written twice).
  var values: [String: String] = [:]
  /// The keys in the order they are written, each once.
  var order: [String] = []
  var errors: [PictureSpecError] = []

  init(_ attributes: [Directive.Attribute]) {
    for attribute in attributes {
      if values[attribute.key] != nil {
        errors.append(.duplicateKey(attribute.key))
      } else {
        values[attribute.key] = attribute.value
        order.append(attribute.key)
      }
    }
  }

  /// The value of `key` read by `parse`, or `fallback` when the key is absent; a value
  /// `parse` rejects is recorded as a `badValue` expecting `expected`.
  mutating func optional<T>(
    _ key: String, default fallback: T, expected: String, _ parse: (String) -> T?
  ) -> T {
    guard let text = values[key] else { return fallback }
    guard let value = parse(text) else {
      errors.append(.badValue(key: key, value: text, expected: expected))
      return fallback
    }
    return value
  }

  /// The value of `key` read by `parse`; nil, with a problem recorded, when the key is absent
  /// or `parse` rejects its value.
  mutating func required<T>(
    _ key: String, kind: PictureSpec.Kind?, example: String, expected: String = "",
    _ parse: (String) -> T?
  ) -> T? {
    guard let text = values[key] else {
      errors.append(.missingKey(key, kind: kind, example: example))
      return nil
    }
    guard let value = parse(text) else {
      errors.append(
        .badValue(
          key: key, value: text, expected: expected.isEmpty ? "e.g. `\(example)`" : expected))
      return nil
    }
    return value
  }
}

/// Readers for the kinds of value plot keys hold. Each returns nil for text it cannot use.
enum ValueReader {
  /// A finite decimal number (`0.1`, `-4`, `3e-4`).
  static func number(_ text: String) -> Double? {
    guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
      let value = Double(text), value.isFinite
    else { return nil }
    return value
  }

  /// A number in `range`.
  static func number(_ text: String, in range: ClosedRange<Double>) -> Double? {
    guard let value = number(text), range.contains(value) else { return nil }
    return value
  }

  /// A whole number in `range`.
  static func integer(_ text: String, in range: ClosedRange<Int>) -> Int? {
    guard let value = Int(text), range.contains(value) else { return nil }
    return value
  }

  /// A seed: a whole number from 0 to 2⁶⁴ − 1.
  static func seed(_ text: String) -> UInt64? { UInt64(text) }

  /// `true` or `false`.
  static func boolean(_ text: String) -> Bool? {
    switch text {
    case "true": true
    case "false": false
    default: nil
    }
  }

  /// Two numbers `from to` with `from < to` that an axis can draw (``Axis/problem(lower:upper:)``:
  /// no overflowing width, not narrower than a double resolves).
  static func range(_ text: String) -> ClosedRange<Double>? {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "," })
    guard parts.count == 2, let from = number(String(parts[0])), let to = number(String(parts[1])),
      from < to, Axis.problem(lower: from, upper: to) == nil
    else { return nil }
    return from...to
  }

  /// A comma-separated list of `count` items, each read by `item`; nil if any item fails.
  static func list<T>(
    _ text: String, count: ClosedRange<Int>, unique: Bool = false, _ item: (String) -> T?
  ) -> [T]? {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false).map(trimmed)
    guard count.contains(parts.count), !parts.contains(where: \.isEmpty) else { return nil }
    if unique && Set(parts).count != parts.count { return nil }
    var items: [T] = []
    for part in parts {
      guard let value = item(part) else { return nil }
      items.append(value)
    }
    return items
  }
}

/// `text` without spaces and tabs at either end.
private func trimmed(_ text: Substring) -> String {
  let start = text.firstIndex { $0 != " " && $0 != "\t" } ?? text.endIndex
  let end = text.lastIndex { $0 != " " && $0 != "\t" }.map(text.index(after:)) ?? start
  return String(text[start..<end])
}

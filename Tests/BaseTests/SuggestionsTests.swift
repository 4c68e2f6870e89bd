import Base
import Testing

@Suite struct SuggestionsTests {
  static let exercises = [
    "neuron-output", "softmax-stable", "softmax-backward", "momentum-update", "top-k-filter",
    "adam-update", "adamw-update", "mlp-forward",
  ]

  @Test(
    arguments: [
      ("softmx", ["softmax-stable", "softmax-backward"]),
      ("mlp-forwrd", ["mlp-forward"]),
      ("nueron-output", ["neuron-output"]),
      ("adma", ["adam-update", "adamw-update"]),
      ("nope", []),
      ("quantum", []),
      ("", []),
    ] as [(String, [String])])
  func exercisesAreSuggestedForTyposAndMisspeltPrefixes(_ typed: String, _ expected: [String]) {
    #expect(Suggestions.closest(to: typed, among: Self.exercises) == expected)
  }

  @Test(arguments: [("raed", ["read"]), ("lsit", ["list"]), ("wacth", ["watch"]), ("xyz", [])])
  func commandsAreSuggested(_ typed: String, _ expected: [String]) {
    let commands = ["list", "read", "start", "run", "watch", "hint", "reset", "solution"]
    #expect(Suggestions.closest(to: typed, among: commands) == expected)
  }

  @Test func aWordOfATitleCounts() {
    let titles = ["neural-networks": "Neural networks", "optimizers": "Optimizers"]
    let found = Suggestions.closest(to: "netwroks", among: ["neural-networks", "optimizers"]) {
      [titles[$0] ?? ""] + (titles[$0] ?? "").split(separator: " ").map(String.init)
    }
    #expect(found == ["neural-networks"])
  }

  @Test(arguments: [("raed", "read", 1), ("kitten", "sitting", 3), ("", "abc", 3), ("ab", "ab", 0)])
  func editDistanceCountsASwapOnce(_ a: String, _ b: String, _ distance: Int) {
    #expect(Suggestions.editDistance(a, b) == distance)
  }
}

import Testing

@testable import primer

@Suite struct GPTPassThroughTests {
  @Test func gptAndHelpGptArePassedToPrimerGPTAndNothingElseIs() {
    #expect(
      GPTCommand.passedThrough(["gpt", "train", "--steps", "5"]) == ["train", "--steps", "5"])
    #expect(GPTCommand.passedThrough(["gpt"]) == [])
    #expect(GPTCommand.passedThrough(["help", "gpt", "sample"]) == ["help", "sample"])
    #expect(GPTCommand.passedThrough(["help", "read"]) == nil)
    #expect(GPTCommand.passedThrough(["read", "gpt"]) == nil)
    #expect(GPTCommand.passedThrough([]) == nil)
  }

  @Test func primerGPTIsLookedForBesideTheRealExecutable() {
    #expect(
      GPTCommand.executable(besides: "/opt/primer/bin/primer") == "/opt/primer/bin/primer-gpt")
  }
}

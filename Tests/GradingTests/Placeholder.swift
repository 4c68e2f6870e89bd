import Testing

@Suite struct GradingTestsPlaceholder {
  @Test func builds() { #expect(Bool(true)) }
}

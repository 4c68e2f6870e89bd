import Testing

@Suite struct ReferenceTestsPlaceholder {
  @Test func builds() { #expect(Bool(true)) }
}

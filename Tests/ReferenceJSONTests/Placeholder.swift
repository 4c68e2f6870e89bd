import Testing

@Suite struct ReferenceJSONTestsPlaceholder {
  @Test func builds() { #expect(Bool(true)) }
}

import Testing

@Suite struct PrimerCLITestsPlaceholder {
  @Test func builds() { #expect(Bool(true)) }
}

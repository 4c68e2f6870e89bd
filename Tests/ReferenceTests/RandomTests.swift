import Testing

@testable import Reference

@Suite struct RandomTests {
  let fixtures: [FixtureCase]

  init() throws { fixtures = try FixtureFile.load("core").cases(of: "random") }

  @Test func splitMix64MatchesThePublishedAlgorithm() throws {
    for fixture in fixtures {
      let seed = try fixture.unsignedInteger("seed")
      var generator = SplitMix64(seed: seed)
      let outputs = (0..<6).map { _ in generator.next() }
      #expect(outputs == (try fixture.unsignedIntegers("splitmix64")), "\(fixture.name)")
    }
  }

  @Test func xoshiro256StarStarMatchesThePublishedAlgorithm() throws {
    for fixture in fixtures {
      let seed = try fixture.unsignedInteger("seed")
      var generator = Xoshiro256StarStar(seed: seed)
      let outputs = (0..<6).map { _ in generator.next() }
      #expect(outputs == (try fixture.unsignedIntegers("xoshiro256starstar")), "\(fixture.name)")
    }
  }

  @Test func uniformsAreExactlyTheTop53Bits() throws {
    for fixture in fixtures {
      var generator = Xoshiro256StarStar(seed: try fixture.unsignedInteger("seed"))
      let uniforms = (0..<6).map { _ in generator.nextUniform() }
      #expect(uniforms == (try fixture.vector("uniform")), "\(fixture.name)")
    }
  }

  @Test func normalsMatchBoxMullerInPython() throws {
    for fixture in fixtures {
      var generator = Xoshiro256StarStar(seed: try fixture.unsignedInteger("seed"))
      let normals = (0..<6).map { _ in generator.nextNormal() }
      // log and cos may differ in the last bit between C libraries.
      #expect(isClose(normals, try fixture.vector("normal"), relative: 1e-14), "\(fixture.name)")
    }
  }

  @Test func sameSeedGivesSameMatrices() {
    var first = Xoshiro256StarStar(seed: 7)
    var second = Xoshiro256StarStar(seed: 7)
    #expect(
      Matrix.randomNormal(rows: 3, columns: 5, using: &first)
        == Matrix.randomNormal(rows: 3, columns: 5, using: &second))
    #expect(
      Matrix.randomUniform(rows: 2, columns: 3, low: -1, high: 1, using: &first)
        == Matrix.randomUniform(rows: 2, columns: 3, low: -1, high: 1, using: &second))
  }

  @Test func differentSeedsGiveDifferentStreams() {
    var a = Xoshiro256StarStar(seed: 1)
    var b = Xoshiro256StarStar(seed: 2)
    #expect((0..<4).map { _ in a.next() } != (0..<4).map { _ in b.next() })
  }

  @Test func uniformSamplesStayInTheirRange() {
    var generator = Xoshiro256StarStar(seed: 3)
    let samples = Matrix.randomUniform(
      rows: 50, columns: 20, low: -2, high: 3, using: &generator)
    #expect(samples.storage.allSatisfy { $0 >= -2 && $0 < 3 })
    #expect(abs(samples.mean - 0.5) < 0.15)
  }

  @Test func normalSamplesHaveRoughlyTheRequestedMoments() {
    var generator = Xoshiro256StarStar(seed: 4)
    let samples = Matrix.randomNormal(
      rows: 40, columns: 50, mean: 1, standardDeviation: 2, using: &generator)
    let mean = samples.mean
    let variance = samples.map { ($0 - mean) * ($0 - mean) }.mean
    #expect(abs(mean - 1) < 0.15)  // standard error 2/√2000 ≈ 0.045
    #expect(abs(variance - 4) < 0.5)
    #expect(samples.storage.allSatisfy { $0.isFinite })
  }
}

import Foundation
import Testing

@testable import Pictures

@Suite struct TrainingCurveStoreTests {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("primer-curves-\(UUID().uuidString)").path

  func training() throws -> PictureSpec.Training {
    let spec = try #require(
      specOf("kind: training\ntitle: T\ntask: xor\noptimizers: sgd, adam\nsteps: 40"))
    guard case .training(let training) = spec.content else {
      Issue.record("not a training spec")
      throw CancellationError()
    }
    return training
  }

  @Test func aStoredCurveIsTheComputedOneBitForBit() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = TrainingCurveStore(folder: folder)
    let training = try training()
    var computations = 0
    let first = store.chart(for: training) {
      computations += 1
      return training.picture()
    }
    let second = store.chart(for: training) {
      computations += 1
      return training.picture()
    }
    #expect(computations == 1)
    #expect(first == second)
    #expect(first == training.picture())
  }

  @Test func aCorruptFileIsComputedAgainAndReplaced() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = TrainingCurveStore(folder: folder)
    let training = try training()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/" + TrainingCurveStore.key(for: training) + ".chart"
    try "PRIMERLC, cut short".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(store.chart(for: training) { training.picture() } == training.picture())
    let data = try #require(FileManager.default.contents(atPath: path))
    #expect(LineChartFile.decode(Array(data)) == training.picture())
  }

  @Test func withoutAFolderEveryCurveIsComputed() throws {
    let training = try training()
    var computations = 0
    for _ in 0..<2 {
      _ = TrainingCurveStore(folder: nil).chart(for: training) {
        computations += 1
        return training.picture()
      }
    }
    #expect(computations == 2)
  }

  @Test func aChangeToAnyFieldOfTheSpecChangesTheKey() throws {
    let a = try training()
    var changed: [PictureSpec.Training] = []
    var b = a
    b.task = .spiral
    changed.append(b)
    b = a
    b.optimizers = [.sgd]
    changed.append(b)
    b = a
    b.optimizers = [.adam, .sgd]
    changed.append(b)
    b = a
    b.steps += 1
    changed.append(b)
    b = a
    b.learningRate = 0.1
    changed.append(b)
    b.learningRate = 0.1.nextUp
    changed.append(b)
    b = a
    b.hidden += 1
    changed.append(b)
    b = a
    b.seed += 1
    changed.append(b)
    b = a
    b.yScale = .logarithmic
    changed.append(b)
    let keys = Set(
      [a].map(TrainingCurveStore.key(for:)) + changed.map(TrainingCurveStore.key(for:)))
    #expect(keys.count == changed.count + 1)
    #expect(
      Mirror(reflecting: a).children.count == 7,
      "a new field of Training must be spelt out in TrainingCurveStore.description(of:)")
  }
}

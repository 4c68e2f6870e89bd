import Foundation
import Testing

@testable import Pictures

@Suite struct TrainingCurveStoreTests {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("primer-curves-\(UUID().uuidString)").path

  func training() throws -> PictureSpec.Training {
    let spec = try #require(specOf("kind: training\ntitle: T\ntask: xor\noptimizers: sgd, adam\nsteps: 40"))
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
    let path = folder + "/" + TrainingCurveStore.key(for: training) + ".json"
    try "{ not json".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(store.chart(for: training) { training.picture() } == training.picture())
    let data = try #require(FileManager.default.contents(atPath: path))
    #expect(String(decoding: data, as: UTF8.self).hasPrefix("{\""))
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

  @Test func differentSpecsHaveDifferentKeys() throws {
    let a = try training()
    var b = a
    b.steps += 1
    #expect(TrainingCurveStore.key(for: a) != TrainingCurveStore.key(for: b))
  }
}

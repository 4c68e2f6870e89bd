import Foundation
import GPT
import Testing

@Suite struct CheckpointTests {
  func temporaryPath(_ name: String) -> String {
    NSTemporaryDirectory() + "primer-gpt-\(getpid())-\(name).ckpt"
  }

  @Test func roundTripsAndResumesExactlyAsAnUninterruptedRun() throws {
    let path = temporaryPath("resume")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let straight = try Trainer(
      text: TrainingTests.text, config: TrainingTests.shape,
      options: TrainingTests.options(steps: 20))
    try straight.run(checkpointPath: nil) { _ in }

    let first = try Trainer(
      text: TrainingTests.text, config: TrainingTests.shape,
      options: TrainingTests.options(steps: 20))
    try first.run(checkpointPath: path, stopAt: 10) { _ in }  // interrupted after the save at step 10
    let checkpoint = try Checkpoint.read(from: path)
    #expect(checkpoint == first.checkpoint)
    let resumed = try Trainer(resuming: checkpoint, text: TrainingTests.text, path: path)
    #expect(resumed.step == 10)
    try resumed.run(checkpointPath: nil) { _ in }
    let identical = zip(resumed.model.parameters, straight.model.parameters).allSatisfy {
      $0.value == $1.value
    }
    #expect(identical, "the resumed run's weights differ from the uninterrupted run's")
    #expect(resumed.history == straight.history)
  }

  @Test func refusesAModelOfAnotherShape() throws {
    let trainer = try Trainer(
      text: TrainingTests.text, config: TrainingTests.shape,
      options: TrainingTests.options(steps: 1))
    var other = trainer.model.config
    other.width = 32
    #expect(
      throws: GPTError.shapeMismatch(path: "m.ckpt", expected: other, found: trainer.model.config)
    ) {
      try trainer.checkpoint.requireShape(other, path: "m.ckpt")
    }
    #expect(
      GPTError.shapeMismatch(path: "m.ckpt", expected: other, found: trainer.model.config)
        .description.hasPrefix(
          "m.ckpt holds a model with vocabulary 14, context 8, width 16, 2 heads, 1 layers, MLP 4×, but this run asks for "
            + "vocabulary 14, context 8, width 32"))
  }

  @Test func refusesTruncatedForeignAndFutureFiles() throws {
    let trainer = try Trainer(
      text: TrainingTests.text, config: TrainingTests.shape,
      options: TrainingTests.options(steps: 1))
    let bytes = trainer.checkpoint.encoded()
    #expect(
      throws: GPTError.truncatedCheckpoint(
        path: "c", expectedBytes: bytes.count, foundBytes: bytes.count - 7)
    ) {
      try Checkpoint.decode(Array(bytes.dropLast(7)), path: "c")
    }
    #expect(throws: GPTError.notACheckpoint(path: "c")) {
      try Checkpoint.decode(Array("hello".utf8), path: "c")
    }
    var future = bytes
    future[10] = 9
    #expect(throws: GPTError.unsupportedVersion(path: "c", found: 9, supported: 1)) {
      try Checkpoint.decode(future, path: "c")
    }
    #expect(throws: GPTError.differentText(path: "c")) {
      try Trainer(resuming: trainer.checkpoint, text: TrainingTests.text + "x", path: "c")
    }
  }
}

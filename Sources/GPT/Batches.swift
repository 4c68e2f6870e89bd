import PrimerKit

/// Random training batches: `B` windows of `T + 1` consecutive tokens, each giving `T` inputs
/// and the `T` next tokens as targets.
///
/// The windows of step `s` are drawn by a generator seeded from `(seed, s)`, so a batch is a
/// function of the step alone: a resumed run sees exactly the batches an uninterrupted one
/// would. Source: nanoGPT `train.py`, `get_batch`.
public struct Batches: Sendable {
  /// The token stream the windows are cut from.
  public let tokens: [Int]
  /// `T`.
  public let context: Int
  /// `B`.
  public let batch: Int

  /// Batches from `tokens`, which must hold at least `context + 1` tokens.
  public init(tokens: [Int], context: Int, batch: Int) {
    precondition(
      tokens.count > context,
      "Batches: \(tokens.count) tokens cannot fill a window of \(context + 1)")
    precondition(batch >= 1, "Batches: the batch must hold at least one sequence")
    self.tokens = tokens
    self.context = context
    self.batch = batch
  }

  /// The batch of `step` under `seed`: inputs and targets, each `B·T` tokens, sequence after
  /// sequence.
  public func batch(step: Int, seed: UInt64) -> (inputs: [Int], targets: [Int]) {
    var generator = Xoshiro256StarStar(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(step))
    let starts = tokens.count - context  // window starts 0..<starts
    var inputs: [Int] = []
    var targets: [Int] = []
    inputs.reserveCapacity(batch * context)
    targets.reserveCapacity(batch * context)
    for _ in 0..<batch {
      let start = min(Int(generator.nextUniform() * Double(starts)), starts - 1)
      inputs += tokens[start..<(start + context)]
      targets += tokens[(start + 1)...(start + context)]
    }
    return (inputs, targets)
  }
}

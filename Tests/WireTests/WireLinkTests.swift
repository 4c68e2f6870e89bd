import Autodiff
import Foundation
import PrimerKit
import Testing
import Wire
import WireTensor

/// A proxy on one end of a socket and a handler serving on the other (a thread standing in
/// for the learner's program) behave as the function itself, for every shape of entry the
/// course uses.
@Suite struct WireLinkTests {
  /// Serves `handlers` on a thread and returns the judge's link, which fails by throwing
  /// nothing: a failure records its error and stops the thread through `fatalError` (tests
  /// here never fail the link).
  static func connect(_ handlers: @escaping (WireLink) -> [WireHandler]) -> WireLink {
    var ends: [Int32] = [0, 0]
    #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &ends) == 0)
    let descriptor = ends[1]
    nonisolated(unsafe) let learner = WireLink(descriptor: descriptor) {
      fatalError("learner side: \($0)")
    }
    nonisolated(unsafe) let served = handlers(learner)
    let thread = Thread {
      learner.serve(served)
      close(descriptor)
    }
    thread.start()
    return WireLink(descriptor: ends[0]) { fatalError("judge side: \($0)") }
  }

  @Test func numbersArraysAndMatricesGoThroughAProxy() {
    let entry = { (x: Matrix, w: [Double], n: Int, scale: Double) -> Matrix in
      Matrix(rows: x.rows, columns: x.columns) { r, c in x[r, c] * scale + w[c] + Double(n) }
    }
    let link = Self.connect { [$0.handler(entry)] }
    defer { link.end() }
    let f = link.proxy(0, like: entry)
    let x = Matrix([[1, -0.0], [.nan, 4]])
    let (local, remote) = (entry(x, [1, 2], 3, -1), f(x, [1, 2], 3, -1))
    #expect(remote.storage.map(\.bitPattern) == local.storage.map(\.bitPattern))
  }

  @Test func labelledAndUnlabelledTuplesOfResults() {
    let labelled = { (x: [Int]) -> (first: [Int], count: Int, mean: Double) in
      (Array(x.prefix(1)), x.count, Double(x.reduce(0, +)) / Double(x.count))
    }
    let pair = { (x: [Int]) -> ([Int], [Int]) in (x, x.reversed()) }
    let single = { (x: Double) -> Double in -x }
    let link = Self.connect { link in
      [link.handler(unlabelled(labelled)), link.handler(pair), link.handler(single)]
    }
    defer { link.end() }
    let f: ([Int]) -> (first: [Int], count: Int, mean: Double) = link.proxy(
      0, like: unlabelled(labelled))
    let result = f([4, 5, 6])
    #expect(result.first == [4] && result.count == 3 && result.mean == 5)
    let g: ([Int]) -> ([Int], [Int]) = link.proxy(1, like: pair)
    let h: (Double) -> Double = link.proxy(2, like: single)
    #expect(g([1, 2]) == ([1, 2], [2, 1]))
    #expect(h(0).bitPattern == (-0.0).bitPattern)
  }

  /// The capstone's training step: the learner's step changes the judge's tensors, and the
  /// judge's optimiser (a callback) changes the learner's, at every exchange.
  @Test func aCallbackSeesAndChangesTheSharedTensors() {
    let step = {
      (weights: [Tensor<Float>], windows: [[Int]], heads: Int, update: (Float) -> Void)
        -> Float in
      for w in weights { w.grad = w.value.map { $0 * 2 } }
      update(0.5)
      return weights[0].value[0] + Float(windows.count + heads)
    }
    let link = Self.connect { [$0.handler(step)] }
    defer { link.end() }
    let f = link.proxy(0, like: step)
    let weights = [Tensor<Float>(rows: 1, columns: 2, value: [1, 2])]
    var rates: [Float] = []
    let loss = f(weights, [[0, 1]], 2) { rate in
      rates.append(rate)
      for w in weights { w.value = zip(w.value, w.grad).map { $0 - rate * $1 } }
    }
    #expect(rates == [0.5])
    #expect(weights[0].value == [0, 0] && weights[0].grad == [2, 4])
    #expect(loss == 3)
  }
}

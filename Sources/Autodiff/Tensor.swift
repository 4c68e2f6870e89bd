/// A differentiable matrix: a node of the computation graph holding a row-major value, its
/// gradient, the tensors it was computed from and the rule that sends its gradient back.
///
/// This is micrograd's `Value` at matrix level. Each operation computes its result and, beside
/// it, records a backward rule that adds `∂L/∂input` into each parent's `grad` (gradients
/// accumulate with `+=`, so a tensor used twice gets both contributions). ``backward()`` sorts
/// the graph topologically once and runs the rules in reverse.
///
/// Shapes are two-dimensional, `[rows, columns]`; a batch of sequences is folded into rows as
/// nanoGPT's shapes allow (`[B·T, C]`). Source: Karpathy, micrograd `engine.py`; Baydin et al.,
/// "Automatic Differentiation in Machine Learning: a Survey", JMLR 2018.
public final class Tensor<Scalar: TensorScalar> {
  /// The number of rows.
  public let rows: Int
  /// The number of columns.
  public let columns: Int
  /// The entries, row-major: entry `(r, c)` is `value[r * columns + c]`.
  public var value: [Scalar]
  /// `∂L/∂value`, shaped like `value`; empty until a backward pass reaches this tensor.
  public var grad: [Scalar]
  /// The tensors this one was computed from.
  @usableFromInline let parents: [Tensor]
  /// Adds this tensor's gradient, passed as the argument, into its parents' gradients.
  @usableFromInline let backwardRule: ((Tensor) -> Void)?

  /// A leaf tensor (a parameter or an input) with the given entries and a zero gradient.
  public init(rows: Int, columns: Int, value: [Scalar]) {
    precondition(rows >= 0 && columns >= 0, "Tensor: negative shape [\(rows), \(columns)]")
    precondition(
      value.count == rows * columns,
      "Tensor: \(value.count) entries do not fill [\(rows), \(columns)]")
    self.rows = rows
    self.columns = columns
    self.value = value
    self.grad = [Scalar](repeating: 0, count: value.count)
    self.parents = []
    self.backwardRule = nil
  }

  /// A leaf tensor of zeros.
  public convenience init(zeros rows: Int, _ columns: Int) {
    self.init(rows: rows, columns: columns, value: [Scalar](repeating: 0, count: rows * columns))
  }

  /// The result of an operation: its value, its parents and its backward rule.
  @usableFromInline init(
    rows: Int, columns: Int, value: [Scalar], parents: [Tensor],
    backward: @escaping (Tensor) -> Void
  ) {
    precondition(value.count == rows * columns, "Tensor: value does not fill its shape")
    self.rows = rows
    self.columns = columns
    self.value = value
    self.grad = []
    self.parents = parents
    self.backwardRule = backward
  }

  /// `[rows, columns]`.
  public var shape: [Int] { [rows, columns] }

  /// Entry `(row, column)` of the value.
  public subscript(row: Int, column: Int) -> Scalar {
    precondition(
      row >= 0 && row < rows && column >= 0 && column < columns,
      "Tensor: index (\(row), \(column)) outside \(shape)")
    return value[row * columns + column]
  }

  /// Sets the gradient to zeros (parameters between optimisation steps).
  @inlinable
  public func zeroGrad() {
    if grad.count == value.count {
      grad.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    } else {
      grad = [Scalar](repeating: 0, count: value.count)
    }
  }

  /// Back-propagates from this scalar (`[1, 1]`) tensor: `∂L/∂L = 1`, then every node's rule
  /// in reverse topological order, so a node's gradient is complete before it is passed on.
  @inlinable
  public func backward() {
    precondition(rows == 1 && columns == 1, "backward(): the loss must be [1, 1], not \(shape)")
    let order = topologicalOrder()
    for node in order where node.grad.count != node.value.count {
      node.grad = [Scalar](repeating: 0, count: node.value.count)
    }
    grad[0] = 1
    for node in order.reversed() { node.backwardRule?(node) }
  }

  /// Every tensor this one depends on, each after all of its parents.
  @usableFromInline func topologicalOrder() -> [Tensor] {
    var order: [Tensor] = []
    var visited: Set<ObjectIdentifier> = []
    // An explicit stack instead of recursion: (node, whether its parents are done).
    var stack: [(Tensor, Bool)] = [(self, false)]
    while let (node, parentsDone) = stack.popLast() {
      if parentsDone {
        order.append(node)
        continue
      }
      guard visited.insert(ObjectIdentifier(node)).inserted else { continue }
      stack.append((node, true))
      for parent in node.parents where !visited.contains(ObjectIdentifier(parent)) {
        stack.append((parent, false))
      }
    }
    return order
  }
}

extension Array where Element: TensorScalar {
  /// `count` entries whose values are unspecified, for a result every entry of which is
  /// written before it is read: it skips the zero-filling of `init(repeating:count:)`, which
  /// cost 5 % of a training step.
  @inlinable init(unspecified count: Int) {
    self.init(unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
  }
}

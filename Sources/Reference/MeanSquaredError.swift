/// The mean squared error between a prediction and a target of the same shape.
///
/// `MSE = (1/N) Σᵢ (predictionᵢ − targetᵢ)²` over all `N = rows·columns` elements (PyTorch's
/// `reduction="mean"`). A NaN in either input gives NaN; an infinite difference gives `+∞`.
///
/// - Parameters:
///   - prediction: any non-empty `[rows, columns]` matrix.
///   - target: a matrix of the same shape.
/// - Returns: a number ≥ 0.
public func meanSquaredError(prediction: Matrix, target: Matrix) -> Double {
  precondition(
    prediction.shape == target.shape,
    "meanSquaredError: prediction \(prediction.shape) and target \(target.shape) differ")
  let difference = prediction - target
  return difference.hadamard(difference).mean
}

/// The gradient of `meanSquaredError(prediction:target:)` with respect to the prediction.
///
/// `∂MSE/∂predictionᵢ = 2(predictionᵢ − targetᵢ) / N`, with `N` the number of elements.
///
/// - Returns: a matrix of the shape of `prediction`.
public func meanSquaredErrorGradient(prediction: Matrix, target: Matrix) -> Matrix {
  precondition(
    prediction.shape == target.shape,
    "meanSquaredErrorGradient: prediction \(prediction.shape) and target \(target.shape) differ")
  precondition(!prediction.storage.isEmpty, "meanSquaredErrorGradient: empty matrices")
  return (2 / Double(prediction.storage.count)) * (prediction - target)
}

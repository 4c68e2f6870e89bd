import Base
/// The learning rate of step `step` (counted from 0): linear warm-up, then cosine decay.
///
/// `lr(s) = peak·(s + 1)/W` for `s < W`; afterwards, with `p = (s − W)/(S − W)` clamped to
/// `[0, 1]`, `lr(s) = min + ½(1 + cos πp)(peak − min)` where `min = ratio·peak`.
/// Sources: Loshchilov & Hutter, "SGDR", 2017; nanoGPT `train.py`, `get_lr`.
public func learningRate(step: Int, options: TrainingOptions) -> Double {
  let peak = options.learningRate
  let warmup = options.warmupSteps
  if step < warmup { return peak * Double(step + 1) / Double(warmup) }
  let floor = options.finalLearningRateRatio * peak
  let span = max(options.steps - warmup, 1)
  let progress = min(max(Double(step - warmup) / Double(span), 0), 1)
  return floor + 0.5 * (1 + cos(Double.pi * progress)) * (peak - floor)
}

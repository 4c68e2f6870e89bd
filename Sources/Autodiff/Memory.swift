/// How the process's allocator treats the tensor's large, short-lived buffers.
public enum Memory {
  /// Asks glibc's `malloc` to serve large buffers from its heap and keep freed memory for
  /// reuse, instead of mapping fresh pages for every buffer and unmapping them on `free`.
  ///
  /// A training step allocates and frees the same few dozen buffers of up to a few megabytes;
  /// with glibc's defaults, buffers above its (adaptive) mmap threshold were mapped anew each
  /// step, and the page faults of touching them took a tenth of the step's time (measured
  /// with `perf` for a vocabulary of 175: 10 % in `exc_page_fault`). Setting both thresholds
  /// fixes them at 256 MB for the rest of the process. Does nothing on other C libraries.
  public static func reuseFreedBuffers() {
    _ = configured
  }

  private static let configured: Void = setAllocatorThresholds()
}

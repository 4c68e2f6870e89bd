import Base

/// Pictures already computed in this process, by spec, so that drawing a lesson again (at
/// another width, after a resize) does not train the same network again.
///
/// Holds at most `capacity` pictures; when full it starts afresh. Safe from any thread.
final class PictureCache: @unchecked Sendable {
  static let shared = PictureCache(capacity: 64)

  private let lock = Lock()
  // Specs and their pictures side by side, searched in order: a lesson draws a handful, and
  // a dictionary keyed by `PictureSpec` would cost the runtime a scan of every conformance
  // record of the binary the first time (some 150,000 instructions) to find its `Hashable`.
  private var specs: [PictureSpec] = []
  private var pictures: [Picture] = []
  let capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
  }

  /// The picture for `spec`, computed by `make` the first time.
  func picture(for spec: PictureSpec, make: (PictureSpec) -> Picture) -> Picture {
    let cached = lock.withLock { specs.firstIndex(of: spec).map { pictures[$0] } }
    if let cached { return cached }
    let picture = make(spec)
    lock.withLock {
      if specs.count >= capacity {
        specs.removeAll(keepingCapacity: true)
        pictures.removeAll(keepingCapacity: true)
      }
      if !specs.contains(spec) {
        specs.append(spec)
        pictures.append(picture)
      }
    }
    return picture
  }
}

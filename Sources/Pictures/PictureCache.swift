import Base
/// Pictures already computed in this process, by spec, so that drawing a lesson again (at
/// another width, after a resize) does not train the same network again.
///
/// Holds at most `capacity` pictures; when full it starts afresh. Safe from any thread.
final class PictureCache: @unchecked Sendable {
  static let shared = PictureCache(capacity: 64)

  private let lock = Lock()
  private var pictures: [PictureSpec: Picture] = [:]
  let capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
  }

  /// The picture for `spec`, computed by `make` the first time.
  func picture(for spec: PictureSpec, make: (PictureSpec) -> Picture) -> Picture {
    if let cached = lock.withLock({ pictures[spec] }) { return cached }
    let picture = make(spec)
    lock.withLock {
      if pictures.count >= capacity { pictures.removeAll(keepingCapacity: true) }
      pictures[spec] = picture
    }
    return picture
  }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

/// A mutual-exclusion lock over a POSIX mutex (Foundation's `NSLock` is not in
/// FoundationEssentials, and `Synchronization.Mutex` needs macOS 15).
final class Lock: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

  init() {
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deinitialize(count: 1)
    mutex.deallocate()
  }

  func withLock<Value>(_ body: () throws -> Value) rethrows -> Value {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body()
  }
}

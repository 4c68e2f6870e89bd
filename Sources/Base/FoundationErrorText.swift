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

/// An error's text as Foundation's `NSError` gives it (`localizedDescription`,
/// `localizedFailureReason`), for the errors file operations throw; `NSError` is not in
/// FoundationEssentials, whose errors print as their Swift value instead.
package enum FoundationErrorText {
  /// `localizedDescription`: "The operation could not be completed. " and the reason, or the
  /// error's domain and code when it has no reason.
  package static func description(_ error: any Error) -> String {
    if let reason = failureReason(error) {
      return "The operation could not be completed. " + reason
    }
    if let error = error as? CocoaError {
      return
        "The operation could not be completed. (NSCocoaErrorDomain error \(error.code.rawValue).)"
    }
    return "The operation could not be completed. (\(error._domain) error \(error._code).)"
  }

  /// `localizedFailureReason`: for a file error (`NSCocoaErrorDomain`) the sentence Foundation
  /// has for its code, for a POSIX error the C library's message.
  package static func failureReason(_ error: any Error) -> String? {
    if let error = error as? CocoaError { return fileErrorReasons[error.code.rawValue] }
    if let error = error as? POSIXError { return String(cString: strerror(error.code.rawValue)) }
    return nil
  }

  /// The reasons of the file-error codes, as Foundation on Linux states them.
  private static let fileErrorReasons: [Int: String] = [
    4: "The file doesn’t exist.",
    255: "The file couldn’t be locked.",
    257: "You don’t have permission.",
    258: "The file name is invalid.",
    259: "The file isn’t in the correct format.",
    260: "The file doesn’t exist.",
    261: "The specified text encoding isn’t applicable.",
    262: "The specified URL type isn’t supported.",
    263: "The item is too large.",
    264: "The text encoding of the contents couldn’t be determined.",
    513: "You don’t have permission.",
    514: "The file name is invalid.",
    516: "A file with the same name already exists.",
    517: "The specified text encoding isn’t applicable.",
    518: "The specified URL type isn’t supported.",
    640: "There isn’t enough space.",
    642: "The volume is read only.",
  ]
}

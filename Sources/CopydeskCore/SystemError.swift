import Foundation

/// Errors from the system and Foundation, described in plain words: the operating system's
/// reason (`No such file or directory`), never an error domain or "could not be completed".
public enum SystemError {
  /// The reason behind `error`: the POSIX error it carries, else its own description.
  public static func reason(_ error: any Error) -> String {
    if let code = posixCode(error) { return String(cString: strerror(code)) }
    if let described = (error as? any LocalizedError)?.errorDescription { return described }
    return (error as NSError).localizedFailureReason ?? error.localizedDescription
  }

  /// The POSIX error code inside `error` or the error it wraps, when there is one.
  static func posixCode(_ error: any Error) -> Int32? {
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error {
      return posixCode(underlying)
    }
    switch (nsError.domain, nsError.code) {
    case (NSCocoaErrorDomain, NSFileReadNoSuchFileError),
      (NSCocoaErrorDomain, NSFileNoSuchFileError):
      return ENOENT
    case (NSCocoaErrorDomain, NSFileReadNoPermissionError),
      (NSCocoaErrorDomain, NSFileWriteNoPermissionError):
      return EACCES
    case (NSCocoaErrorDomain, NSFileWriteOutOfSpaceError): return ENOSPC
    default: return nil
    }
  }
}

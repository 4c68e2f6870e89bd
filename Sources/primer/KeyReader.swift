import Base

/// The terminal settings to put back when `primer watch` ends, by any path.
nonisolated(unsafe) private var savedSettings: termios?

/// Single key presses from standard input, for `primer watch`.
///
/// On a terminal, input is switched to raw mode (no line buffering, no echo; Ctrl-C still
/// interrupts) and switched back by ``restore()``, and on SIGINT and SIGTERM by a handler that
/// restores the settings and then lets the signal end the program. When standard input is not
/// a terminal there are no keys: ``next(timeout:)`` only waits.
final class KeyReader {
  let isInteractive: Bool

  init() {
    isInteractive = isatty(STDIN_FILENO) == 1
    guard isInteractive else { return }
    var settings = termios()
    guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
    savedSettings = settings
    signal(SIGINT, restoreAndDie)
    signal(SIGTERM, restoreAndDie)
    // A parent may have started us with these blocked; they must reach the handler.
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    var raw = settings
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
    withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
      bytes[Int(VMIN)] = 1
      bytes[Int(VTIME)] = 0
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &raw)
  }

  /// Puts the terminal back as it was.
  func restore() {
    guard var settings = savedSettings else { return }
    tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    savedSettings = nil
    signal(SIGINT, SIG_DFL)
    signal(SIGTERM, SIG_DFL)
  }

  /// The next key pressed within `milliseconds`, or `nil`.
  func next(timeout milliseconds: Int) -> Character? {
    guard isInteractive else {
      usleep(useconds_t(milliseconds * 1000))
      return nil
    }
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, Int32(milliseconds)) > 0 else { return nil }
    var byte: UInt8 = 0
    guard read(STDIN_FILENO, &byte, 1) == 1 else {
      // End of input: no more keys, but keep watching at the same pace.
      usleep(useconds_t(milliseconds * 1000))
      return nil
    }
    if byte == 0x1B {
      // An escape sequence (an arrow key, a function key): drop the rest of it.
      var rest = [UInt8](repeating: 0, count: 16)
      while poll(&descriptor, 1, 10) > 0, read(STDIN_FILENO, &rest, rest.count) > 0 {}
      return nil
    }
    return Character(Unicode.Scalar(byte))
  }
}

/// Restores the terminal, then ends the program by the same signal (async-signal-safe calls
/// only).
private func restoreAndDie(_ number: Int32) {
  if var settings = savedSettings {
    tcsetattr(STDIN_FILENO, TCSANOW, &settings)
  }
  _ = write(STDOUT_FILENO, "\n", 1)
  signal(number, SIG_DFL)
  raise(number)
}

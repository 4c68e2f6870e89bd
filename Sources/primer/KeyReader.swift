import Base

/// The terminal settings to put back when `primer watch` ends, by any path.
nonisolated(unsafe) private var savedSettings: termios?
/// Whether standard output shows the alternate screen, to be left when `primer watch` ends.
nonisolated(unsafe) private var onAlternateScreen = false

/// The escape sequences that switch a terminal (xterm and all that follow it) to its alternate
/// screen and back to the main screen, whose contents and scrollback it keeps meanwhile.
/// Static strings, so the signal handler writes them without allocating.
private let enterAlternateScreen: StaticString = "\u{1B}[?1049h"
private let leaveAlternateScreen: StaticString = "\u{1B}[?1049l"

/// Writes `text` to standard output (async-signal-safe).
private func writeOut(_ text: StaticString) {
  _ = write(STDOUT_FILENO, text.utf8Start, text.utf8CodeUnitCount)
}

/// Single key presses from standard input, for `primer watch`, and the screen it draws on.
///
/// On a terminal, input is switched to raw mode (no line buffering, no echo; Ctrl-C still
/// interrupts). With `alternateScreen`, standard output is switched to the terminal's alternate
/// screen, so the learner's screen and scrollback come back as they were when watch ends. Both
/// are undone by ``restore()``, and on SIGINT and SIGTERM by a handler that undoes them and then
/// lets the signal end the program. When standard input is not a terminal there are no keys:
/// ``next(timeout:)`` only waits.
final class KeyReader {
  let isInteractive: Bool

  init(alternateScreen: Bool) {
    isInteractive = isatty(STDIN_FILENO) == 1
    var settings = termios()
    let keys = isInteractive && tcgetattr(STDIN_FILENO, &settings) == 0
    guard keys || alternateScreen else { return }
    if keys { savedSettings = settings }
    if alternateScreen {
      writeOut(enterAlternateScreen)
      onAlternateScreen = true
    }
    signal(SIGINT, restoreAndDie)
    signal(SIGTERM, restoreAndDie)
    // A parent may have started us with these blocked; they must reach the handler.
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    guard keys else { return }
    var raw = settings
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
    withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
      bytes[Int(VMIN)] = 1
      bytes[Int(VTIME)] = 0
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &raw)
  }

  /// Puts the terminal back as it was: its settings, and the main screen. Safe to call twice.
  func restore() {
    if onAlternateScreen {
      writeOut(leaveAlternateScreen)
      onAlternateScreen = false
    }
    if var settings = savedSettings {
      tcsetattr(STDIN_FILENO, TCSANOW, &settings)
      savedSettings = nil
    }
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
  if onAlternateScreen {
    writeOut(leaveAlternateScreen)
  } else {
    _ = write(STDOUT_FILENO, "\n", 1)
  }
  signal(number, SIG_DFL)
  raise(number)
}

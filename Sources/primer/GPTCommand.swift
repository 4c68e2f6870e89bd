import ArgumentParser
import Base
import Course

/// `primer gpt`: the capstone's commands, which run as their own executable, `primer-gpt`,
/// built beside `primer`.
///
/// The capstone multiplies through OpenBLAS, a shared library loaded on first use. A release
/// `primer` is one static executable (it starts in about two thirds of the time a dynamically
/// linked one takes), and a static executable cannot load a library that starts threads. So
/// `primer gpt …` replaces itself with `primer-gpt …`, which is linked dynamically: same
/// arguments, same standard streams, same exit status.
struct GPTCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gpt",
    abstract: "Train a tiny character-level GPT and write text with it.",
    discussion: """
      The capstone: `primer gpt train`, then `primer gpt sample`. Run
      `primer gpt --help` for their options.
      """)

  @Argument(parsing: .captureForPassthrough, help: "What `primer gpt` runs: train, sample.")
  var arguments: [String] = []

  func run() throws {
    GPTCommand.replaceProcess(with: arguments)
  }

  /// The arguments for `primer-gpt` when the command line is `primer gpt …` or
  /// `primer help gpt …`; nil for every other command.
  static func passedThrough(_ commandLine: ArraySlice<String>) -> [String]? {
    switch (commandLine.first, commandLine.dropFirst().first) {
    case ("gpt", _): return Array(commandLine.dropFirst())
    case ("help", "gpt"): return ["help"] + commandLine.dropFirst(2)
    default: return nil
    }
  }

  /// The `primer-gpt` beside the running `primer` (symbolic links resolved).
  static func executable(besides primer: String = Catalog.runningExecutable()) -> String {
    FilePath.deletingLastComponent(primer) + "/primer-gpt"
  }

  /// Runs `primer-gpt` with `arguments` in place of this process; returns only to exit with a
  /// message when it cannot.
  static func replaceProcess(with arguments: [String]) -> Never {
    let path = executable()
    let argv = (["primer-gpt"] + arguments).map { strdup($0) } + [nil]
    execv(path, argv)
    let reason = String(cString: strerror(errno))
    var message = "primer gpt: cannot run \(path): \(reason).\n"
    if errno == ENOENT {
      message +=
        "It is built beside primer: run `swift build` (or `bash .ci/release`) in the Primer "
        + "checkout, and run the primer it builds.\n"
    }
    Terminal.writeError(message)
    Glibc.exit(EXIT_FAILURE)
  }
}

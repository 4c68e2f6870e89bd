import ArgumentParser
import Base
import Cells
import Classroom
import Course
import Export
import Isolation
import LearnerState
import ReferenceJSON

/// The exit status of every command, one table for all (README.md, "Exit statuses").
enum ExitStatus: Int32 {
  /// The command did what was asked; an exercise passed.
  case success = 0
  /// The work checked is not right yet: an exercise failed or did not compile, lint or verify
  /// found problems, a solution is still locked.
  case notYet = 1
  /// The command line is wrong: an unknown command, option, lesson or exercise, a bad value.
  case usage = 2
  /// Something outside the command line stopped the command: no lessons folder, a file that
  /// cannot be read or written, a grader that cannot be prepared.
  case cannot = 3

  /// The status `error` ends the program with; `nil` for an error of ArgumentParser's.
  static func of(_ error: any Error) -> ExitStatus? {
    switch error {
    case let error as CourseError:
      switch error {
      case .unknownLesson, .ambiguousLesson: return .usage
      case .lessonsNotFound, .unreadable: return .cannot
      }
    case let error as WorkspaceError:
      switch error {
      case .unknownExercise, .ambiguousExercise: return .usage
      case .solutionLocked: return .notYet
      case .noExercises, .missingBlock, .storage: return .cannot
      }
    case let error as ClassroomError:
      if case .storage = error { return .cannot }
      return .usage
    case let error as CellError:
      switch error {
      case .badReference, .noSuchCell: return .usage
      case .unknownExercise, .noWorkspace, .storage: return .cannot
      }
    case let error as CommandError: return error.status
    case is ReferenceError, is ValidationError: return .usage
    case is GradingError, is ExportError: return .cannot
    default: return nil
    }
  }
}

/// Errors as every command reports them: `error: ` and the message on standard error, then
/// the status of ``ExitStatus``.
enum ErrorReport {
  /// Ends the program for an error thrown while a command ran. An `ExitCode` ends it quietly:
  /// the command has already said why.
  static func exit(for error: any Error) -> Never {
    if let code = error as? ExitCode { Glibc.exit(code.rawValue) }
    if let error = error as? ValidationError { exit(error.message, status: .usage) }
    if let status = ExitStatus.of(error) { exit(String(describing: error), status: status) }
    // ArgumentParser's own: help asked for once the command was chosen (`primer list --help`).
    exitForCommandLine(error)
  }

  /// Ends the program for an error ArgumentParser found in the command line; help and
  /// `--version` are printed as ArgumentParser prints them.
  static func exitForCommandLine(_ error: any Error) -> Never {
    let code = Primer.exitCode(for: error)
    if code == .success { Primer.exit(withError: error) }
    var message = Primer.fullMessage(for: error)
    if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
    exit(message, status: code == .validationFailure ? .usage : .cannot)
  }

  /// Prints `message` in the one error style and ends the program with `status`.
  static func exit(_ message: String, status: ExitStatus) -> Never {
    Terminal.printError("error: " + message)
    Glibc.exit(status.rawValue)
  }

  /// The complaint about a first argument that is not a command, with the commands close to
  /// it: `primer raed 1` asks "did you mean `read`?".
  static func unknownCommand(_ arguments: [String]) -> String? {
    guard let first = arguments.first, !first.hasPrefix("-"), !first.isEmpty else { return nil }
    let names = Primer.configuration.subcommands.map { $0._commandName } + ["help"]
    guard !names.contains(first) else { return nil }
    let close = Suggestions.closest(to: first, among: names)
    return "'\(TerminalText.escape(first))' is not a primer command. "
      + (close.isEmpty ? "" : "Did you mean `primer \(close.joined(separator: "` or `primer "))`? ")
      + "`primer --help` lists every command."
  }
}

/// A failure a command finds itself (not one a library reports), with the status it ends with.
struct CommandError: Error, CustomStringConvertible {
  var description: String
  var status: ExitStatus

  init(_ description: String, status: ExitStatus) {
    self.description = description
    self.status = status
  }
}

import ArgumentParser
import Base
import ReferenceJSON

/// `primer ref NAME`: runs one reference function on a JSON object of arguments read from stdin.
struct RefCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ref",
    abstract: "Run a reference implementation on JSON arguments read from stdin.",
    discussion: """
      Reads one JSON object of named arguments on stdin and writes the result as
      JSON on stdout. A matrix is an array of rows, a vector an array of numbers, a
      multi-part result an object. Non-finite numbers are written, and may be given,
      as "NaN", "Infinity" and "-Infinity".

        echo '{"x": [[1, -2]]}' | primer ref relu
      """
  )

  @Argument(help: "The function to run; see --list.")
  var name: String?

  @Flag(name: .long, help: "List every function with its arguments.")
  var list = false

  func validate() throws {
    if !list && name == nil {
      throw ValidationError("Give a function name, or --list to see them all.")
    }
  }

  func run() throws {
    if list {
      print(ReferenceCatalog.listing)
      return
    }
    do {
      let name = name ?? ""
      try ReferenceCatalog.checkName(name)  // before stdin, which may be a terminal
      let input = Terminal.readStandardInput()
      print(try ReferenceCatalog.call(name, input: input))
    } catch {
      Terminal.writeError(error.description + "\n")
      throw ExitCode.failure
    }
  }
}

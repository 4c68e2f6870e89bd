import ArgumentParser

@main
struct Primer: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "primer",
    abstract: "Learn how generative transformers work by building one, in Swift.",
    subcommands: [RefCommand.self],
  )

  func run() throws {
    print("Primer")
  }
}

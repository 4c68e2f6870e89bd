import ArgumentParser
import Course
import Foundation

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the lessons of the course, with their exercises.")

  @OptionGroup var course: CourseOptions

  @Flag(help: "Print the list as JSON, for scripts.")
  var json = false

  func run() throws {
    let catalog = try course.catalog()
    let listing = CourseListing(catalog)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = try encoder.encode(listing)
      print(String(decoding: data, as: UTF8.self))
    } else {
      print(listing.text(width: Terminal.style(width: nil, forceColor: nil).width), terminator: "")
    }
  }
}

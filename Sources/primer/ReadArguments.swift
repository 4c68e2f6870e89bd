/// `primer read`'s arguments in their everyday shapes, recognised without ArgumentParser.
///
/// Before it parses anything, ArgumentParser reflects on every command's properties and looks
/// up protocol conformances at run time: about 12 M instructions, as much as rendering a whole
/// lesson. Reading is what a learner does most, so `primer read LESSON [--width N]
/// [--no-pager] [--lessons DIR]` (in any order, `--name=value` too) skips it. Everything else,
/// help, a repeated or unknown option, a value ArgumentParser would refuse, an error while
/// reading, goes to ArgumentParser, which then explains it as usual. A test holds every
/// accepted command line to what ArgumentParser makes of it.
struct ReadArguments: Equatable {
  var lesson: String
  var width: Int?
  var noPager = false
  var lessons: String?

  /// The arguments after the executable's name, or nil when the full parser must take them.
  init?(_ arguments: some Collection<String>) {
    guard arguments.first == "read" else { return nil }
    var lesson: String?
    var width: Int??
    var lessons: String??
    var noPager = false
    var rest = arguments.dropFirst()[...]
    while let argument = rest.popFirst() {
      if argument == "--no-pager" {
        guard !noPager else { return nil }
        noPager = true
      } else if argument.hasPrefix("--") {
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard let value = parts.count == 2 ? String(parts[1]) : rest.popFirst(),
          !value.hasPrefix("-")
        else { return nil }
        switch parts[0] {
        case "--width":
          guard width == nil, let number = Int(value), (20...1000).contains(number) else {
            return nil
          }
          width = number
        case "--lessons":
          guard lessons == nil, !value.isEmpty else { return nil }
          lessons = value
        default: return nil
        }
      } else {
        // A second lesson, `-h`-style short options, `help`: the full parser's business.
        guard lesson == nil, !argument.isEmpty, !argument.hasPrefix("-"), argument != "help" else {
          return nil
        }
        lesson = argument
      }
    }
    guard let lesson else { return nil }
    self.lesson = lesson
    self.width = width ?? nil
    self.noPager = noPager
    self.lessons = lessons ?? nil
  }

  init(lesson: String, width: Int?, noPager: Bool, lessons: String?) {
    self.lesson = lesson
    self.width = width
    self.noPager = noPager
    self.lessons = lessons
  }
}

import Course
import Foundation

@testable import LearnerState

/// A small course for workspace and watch tests: two lessons, three exercises.
enum WorkspaceFixtures {
  static func lesson(id: String, order: Int, exercises: [(id: String, hints: Int)]) -> String {
    var text =
      "---\nid: \(id)\ntitle: Lesson \(id)\norder: \(order)\nsummary: s\n---\n\n# \(id)\n\n"
    for exercise in exercises {
      text += "```exercise \(exercise.id)\ntitle: Title of \(exercise.id)\n```\n\n"
      text += "```starter\nfunc \(exercise.id.replacingOccurrences(of: "-", with: "_"))() {\n"
      text += "  // TODO\n}\n```\n\n"
      text += "```solution\nlet solved = \"\(exercise.id)\"\n```\n\n"
      text += "```checks\ncheck(\"x\") {}\n```\n\n"
      for hint in 0..<exercise.hints {
        text += "```hint\nHint \(hint + 1) of \(exercise.id).\n```\n\n"
      }
    }
    return text
  }

  static let catalog: Catalog = {
    let first = LessonParser.parse(
      lesson(id: "neurons", order: 1, exercises: [("neuron", 2), ("relu", 0)]),
      path: "01-neurons.md")
    let second = LessonParser.parse(
      lesson(id: "attention", order: 2, exercises: [("softmax", 3)]), path: "02-attention.md")
    return Catalog(
      directory: "fixtures", lessons: [second.lesson, first.lesson], diagnostics: [])
  }()

  static let syllabus = Syllabus(catalog)

  static func entry(_ id: String) -> Syllabus.Entry {
    syllabus.entry(id: id)!
  }

  /// A fresh, empty folder path for a workspace (not created).
  static func workspace() -> Workspace {
    Workspace(root: Workbench.scratchFolder() + "/workspace")
  }

  static func remove(_ workspace: Workspace) {
    Workbench.remove((workspace.root as NSString).deletingLastPathComponent)
  }

  static func read(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  static func write(_ text: String, to path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
  }
}

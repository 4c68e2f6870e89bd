import Base
import Course
import Grading
import Isolation
import LearnerState
import Pictures

/// A lesson's cells as a notebook: each made into a ``CellSource`` (its `uses=` resolved
/// against the course and the learner's workspace) and given its output, from the cache or
/// from a run.
public struct Notebook: Sendable {
  public let index: LessonIndex
  /// The learner's workspace, whose exercise files `uses=` cells link; nil for none.
  public let workspace: Workspace?
  /// Runs and keeps cells; nil when no compiler is at hand (outputs then only say so).
  public let runner: CellRunner?

  public init(index: LessonIndex, workspace: Workspace?, runner: CellRunner?) {
    self.index = index
    self.workspace = workspace
    self.runner = runner
  }

  /// The name diagnostics give cell `number` of `lesson`, and its copy's path in the
  /// workspace: `cells/LESSON-N.swift`.
  public static func cellName(lesson: String, number: Int) -> String {
    "cells/\(lesson)-\(number).swift"
  }

  /// `cell` of `lesson` ready to run, with `code` in place of the lesson's (a learner's copy).
  ///
  /// - Throws: ``CellError/unknownExercise(cell:exercise:)`` when `uses=` names no exercise.
  public func source(for cell: Cell, of lesson: Lesson, code: String? = nil) throws(CellError)
    -> CellSource
  {
    let name = Notebook.cellName(lesson: lesson.id, number: cell.number)
    guard let id = cell.uses else {
      return CellSource(code: code ?? cell.code, name: name, uses: nil)
    }
    guard let exercise = exercise(id, near: lesson) else {
      throw .unknownExercise(cell: "\(lesson.id):\(cell.number)", exercise: id)
    }
    var learnerText: String?
    var shown = "workspace/\(id).swift"
    if let workspace {
      shown = FilePath.lastComponent(workspace.root) + "/\(id).swift"
      // A file that cannot be read (a link, not UTF-8) counts as no file: the solution runs.
      learnerText = (try? workspace.text(of: id)) ?? nil
    }
    return CellSource(
      code: code ?? cell.code, name: name,
      uses: CellSource.Uses(exercise: exercise, shownPath: shown, learnerText: learnerText))
  }

  /// Exercise `id`: from `lesson` itself, else from the lesson that declares it.
  private func exercise(_ id: String, near lesson: Lesson) -> Exercise? {
    if let found = lesson.exercises.first(where: { $0.id == id }) { return found }
    guard let entry = index.entry(declaringExercise: id),
      let other = try? index.lesson(entry)
    else { return nil }
    return other.exercises.first { $0.id == id }
  }

  /// The output of `cell` of `lesson`: kept, else run now.
  public func output(of cell: Cell, in lesson: Lesson) -> CellOutput {
    outputs(of: [cell], in: lesson, running: true)[cell.number]
      ?? CellOutput(status: .notRun, items: [])
  }

  /// The outputs of `lesson`'s cells by number: kept runs, and fresh runs of the others when
  /// `running` (each announced to `progress` with its number and the count to run first).
  /// A cell that cannot be run shows why; nothing here stops the lesson.
  public func outputs(
    of lesson: Lesson, running: Bool, progress: (_ done: Int, _ count: Int) -> Void = { _, _ in }
  ) -> [Int: CellOutput] {
    outputs(of: lesson.cells, in: lesson, running: running, progress: progress)
  }

  private func outputs(
    of cells: [Cell], in lesson: Lesson, running: Bool,
    progress: (_ done: Int, _ count: Int) -> Void = { _, _ in }
  ) -> [Int: CellOutput] {
    var outputs: [Int: CellOutput] = [:]
    var missing: [(Int, CellSource)] = []
    for cell in cells {
      let source: CellSource
      do {
        source = try self.source(for: cell, of: lesson)
      } catch {
        outputs[cell.number] = CellOutput(
          status: .compileError, items: [], error: error.description)
        continue
      }
      if let kept = runner?.cached(source) {
        outputs[cell.number] = kept.output
      } else {
        missing.append((cell.number, source))
      }
    }
    guard !missing.isEmpty else { return outputs }
    guard running, let runner else {
      for (number, _) in missing {
        let command = "primer try \(Cell.reference(lesson: lesson, number: number))"
        outputs[number] = CellOutput(
          status: .notRun, items: [],
          notes: [
            runner == nil ? "not run: no Swift compiler found" : "not run yet: \(command) runs it"
          ])
      }
      return outputs
    }
    do {
      let runs = try runner.runAll(missing.map(\.1), progress: progress)
      for ((number, _), run) in zip(missing, runs) { outputs[number] = run.output }
    } catch {
      for (number, _) in missing {
        outputs[number] = CellOutput(
          status: .notRun, items: [], notes: ["could not run: \(error.description)"])
      }
    }
    return outputs
  }
}

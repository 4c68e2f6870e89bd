import Base
import Course
import Grading
import Isolation
import Pictures

extension CellRunner {
  /// Runs each of `sources` (reading back those kept), building the cells that link the same
  /// file for `uses=` (or none) as one program, then running it once per cell: a lesson's
  /// first read pays for one compile rather than one per cell.
  ///
  /// In that program each cell's code is the body of a function of its own, chosen by the
  /// program's argument; code that cannot stand in a function body (an `extension`, an
  /// `import` after other code) fails the shared build, and then each cell of the group is
  /// built on its own, as ``run(_:reuse:)`` does, so the fast path changes no output.
  ///
  /// - Parameter progress: told, before each cell runs, how many are done and how many there
  ///   are.
  /// - Returns: one run per source, in order.
  public func runAll(
    _ sources: [CellSource], progress: (_ done: Int, _ count: Int) -> Void = { _, _ in }
  ) throws(GradingError) -> [CellRun] {
    var runs = [CellRun?](repeating: nil, count: sources.count)
    var groups: [String: [Int]] = [:]
    var order: [String] = []
    for (index, source) in sources.enumerated() {
      if let kept = cached(source) {
        runs[index] = kept
        continue
      }
      let group = CellRunner.usesGroup(source)
      if groups[group] == nil { order.append(group) }
      groups[group, default: []].append(index)
    }
    let count = runs.count { $0 == nil }
    var done = 0
    for group in order {
      let members = groups[group] ?? []
      if members.count > 1 {
        let started = ContinuousClock.now
        if let shared = try runTogether(
          members.map { sources[$0] },
          progress: {
            progress(done + $0, count)
          })
        {
          let compile = CellRunner.seconds(since: started) - shared.reduce(0) { $0 + $1.seconds }
          for (index, var run) in zip(members, shared) {
            run.seconds += compile / Double(members.count)
            store(run, key: key(for: sources[index]))
            runs[index] = run
          }
          done += members.count
          continue
        }
      }
      for index in members {
        progress(done, count)
        runs[index] = try run(sources[index], reuse: false)
        done += 1
      }
    }
    return runs.map { $0! }
  }

  /// What a cell links for `uses=`: cells with the same key can share one program.
  static func usesGroup(_ source: CellSource) -> String {
    guard let uses = source.uses else { return "" }
    let choice = learnerChoice(uses)
    return uses.exercise.id + "\u{0}" + (choice.text ?? "\u{0}solution")
  }

  /// The runs of `sources`, which share their `uses=` file, from one program; nil when that
  /// program does not compile.
  private func runTogether(_ sources: [CellSource], progress: (Int) -> Void)
    throws(GradingError) -> [CellRun]?
  {
    var main = CellRunner.prelude
    for (index, source) in sources.enumerated() {
      main +=
        "func primerCell\(index)() {\n"
        + Compiler.Source.embedding(source.code, as: source.name, in: "cell.swift").text + "}\n"
    }
    main += "switch CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : \"\" {\n"
    for index in sources.indices { main += "case \"\(index)\": primerCell\(index)()\n" }
    main += "default: break\n}\n"
    var files = [Compiler.Source(name: "cell.swift", text: main)]
    var notes: [String] = []
    if let uses = sources[0].uses {
      let choice = CellRunner.learnerChoice(uses)
      if let text = choice.text {
        files.append(Compiler.Source.embedding(text, as: uses.shownPath, in: "uses.swift"))
        notes.append("using your \(uses.function) (\(uses.shownPath))")
      } else {
        files.append(CellRunner.solutionSource(uses))
        notes.append("using the lesson's solution: \(choice.reason)")
      }
    }
    let program = try grader.buildProgram(files, mainFile: "cell.swift")
    defer { program.remove() }
    guard program.compiled.succeeded else { return nil }
    var runs: [CellRun] = []
    for (index, source) in sources.enumerated() {
      progress(index)
      let started = ContinuousClock.now
      let outcome = try grader.run(program, arguments: ["\(index)"], limits: limits)
      var run = CellRunner.run(
        from: outcome, limits: limits, notes: notes,
        cellFile: FilePath.lastComponent(source.name))
      run.seconds = CellRunner.seconds(since: started)
      runs.append(run)
    }
    return runs
  }

  static func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }
}

import Foundation
import Testing

/// `primer lint` checks `plot` blocks through the Pictures module, and `primer read` draws them.
@Suite struct PlotLintTests {
  static let lesson = """
    ---
    id: plots
    title: Plots
    order: 1
    summary: s
    ---
    # Plots

    ```plot
    kind: softmax
    title: Fine
    logits: 1, 2
    ```

    ```plot
    kind: training
    title: Broken
    task: mnist
    step: 10
    ```
    """

  @Test func lintReportsEveryPlotProblemAtTheBlocksLine() throws {
    let folder = try PrimerProcess.lessonFolder(["01-plots.md": Self.lesson])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PrimerProcess.run(["lint", folder.path])
    #expect(result.status == 1)
    let path = folder.appendingPathComponent("01-plots.md").path
    #expect(
      result.stdout.split(separator: "\n").map(String.init) == [
        "\(path):15:1: error: `task: mnist` cannot be used: expected one of xor, spiral",
        "\(path):15:1: error: unknown key `step` in a training plot; its keys are `kind`, `title`, `caption`, `task`, `optimizers`, `steps`, `learning-rate`, `hidden`, `seed`, `y-scale`",
      ])
    #expect(result.stderr.contains("2 problems (2 errors) in 1 file."))
  }

  @Test func readDrawsGoodPlotsAndExplainsBadOnes() throws {
    let folder = try PrimerProcess.lessonFolder(["01-plots.md": Self.lesson])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PrimerProcess.run(
      ["read", "1", "--no-run", "--no-pager", "--lessons", folder.path], environment: ["COLUMNS": "60"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("T = 1"))
    #expect(result.stdout.contains("cannot draw: `task: mnist` cannot be used"))
  }
}

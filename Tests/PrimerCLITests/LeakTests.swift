import Foundation
import Testing

/// Shows that the cmark layer frees everything it allocates: `primer lint` and `primer read`
/// run under valgrind's leak checker on a lesson that uses every construct.
@Suite struct LeakTests {
  static let valgrind = ["/usr/bin/valgrind", "/usr/local/bin/valgrind"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// A copy of `primer` without its debug information, in a folder of its own. Debian's
  /// valgrind (3.19) cannot read the DWARF 5 the toolchain writes for some of the packages
  /// `primer` links and gives up before running anything; symbol names stay, and so do the
  /// names of the shared libraries a leaked block came from.
  static func strippedExecutable() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("primer-leaks-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let copy = folder.appendingPathComponent("primer")
    let strip = try PrimerProcess.runCommand([
      "/usr/bin/objcopy", "--strip-debug", PrimerProcess.executable.path, copy.path,
    ])
    try #require(strip.status == 0, "objcopy could not strip primer: \(strip.stderr)")
    return copy
  }

  static let everything = """
    ---
    id: everything
    title: Everything
    order: 1
    summary: Every construct.
    ---
    # Everything *at* once

    Text with **strong**, *emphasis*, `code`, [a link](https://example.org "title"), ![an image](x.png),
    <span>inline html</span>, math $\\frac{a}{b}$ and a line break\\
    here. It costs $5.

    $$
    \\sum_{i=1}^{n} x_i^2
    $$

    1. one
       - nested $x$
         > quoted
    2. two

    > A quote with `code`.

    ---

    <div>block html</div>

    ```swift
    let x = 1
    ```

    ```exercise e
    title: E
    ```

    ```starter
    func f() {}
    ```

    ```solution
    func f() {}
    ```

    ```checks
    f()
    ```

    ```hint
    A hint.
    ```

    ```plot
    title: A plot
    ```

    ```unknown
    reported
    ```
    """

  @Test(
    .enabled(
      if: valgrind != nil, "valgrind is not installed: run `bash .ci/setup --test` to install it"))
  func theCmarkLayerLeaksNothing() throws {
    let folder = try PrimerProcess.lessonFolder([
      "01-everything.md": Self.everything + String(repeating: "\n> ", count: 100) + "deep\n"
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let primer = try Self.strippedExecutable()
    defer { try? FileManager.default.removeItem(at: primer.deletingLastPathComponent()) }
    for arguments in [
      ["lint", folder.path], ["read", "1", "--no-run", "--no-pager", "--lessons", folder.path],
    ] {
      let result = try PrimerProcess.runCommand(
        [
          try #require(Self.valgrind), "--leak-check=full", "--show-leak-kinds=all",
          "--errors-for-leak-kinds=definite,indirect", "--num-callers=40", primer.path,
        ] + arguments)
      let report = result.stderr
      #expect(report.contains("definitely lost: 0 bytes in 0 blocks"), "\(report.suffix(2_000))")
      #expect(report.contains("indirectly lost: 0 bytes in 0 blocks"))
      #expect(report.contains("ERROR SUMMARY: 0 errors"))
      // No block still held at exit, reachable or not, was allocated inside libcmark: its frames
      // would name the library (`… (in /usr/lib/x86_64-linux-gnu/libcmark.so.0.30.2)`).
      #expect(!report.contains("libcmark"), "cmark memory was not freed:\n\(report)")
    }
  }
}

import Course
import Foundation
import Grading

@testable import Export

/// Lessons, learner work and folders the export tests share.
enum ExportFixtures {
  /// A lesson with hostile raw HTML, a hostile link, maths, Swift, a plot and three exercises.
  static let lessonSource = #"""
    ---
    id: hostile
    title: A <b>hostile</b> & "quoted" lesson
    order: 1
    summary: Raw HTML, scripts and every construct.
    ---

    # A hostile lesson

    Text with <script>alert("inline")</script> and <img src=x onerror="alert(1)"> inline,
    a [bad link](javascript:alert(1)) and a [good one](https://example.com/?a=1&b=2).
    Inline math $\frac{a}{b} + \sqrt{x}$ and a price of 5 dollars.

    <script>document.title = "owned"</script>

    <div onclick="alert(2)">a raw block</div>

    $$\sum_{i=1}^{n} x_i^2$$

    ## Code

    ```swift
    let greeting = "<script>hi</script>"  // a comment
    ```

    ```plot bars
    title: Softmax at two temperatures
    kind: softmax
    logits: 1, 0, -1
    temperatures: 1, 0.5
    ```

    ```exercise passes
    title: The one that passes
    ```

    ```starter
    func f() -> Int { 0 }
    ```

    ```solution
    func f() -> Int { 42 }
    ```

    ```checks
    check("f", f() == 42)
    ```

    ```mistake returns-zero message="Returning 0 is the starter: compute the answer."
    func f() -> Int { 0 }
    ```

    ```hint
    The answer is a famous number.
    ```

    ```exercise fails
    title: The one that fails
    ```

    ```starter
    func g() -> Int { 0 }
    ```

    ```solution
    func g() -> Int { 1 }
    ```

    ```checks
    check("g", g() == 1)
    ```

    ```mistake off-by-one message="Off by one: count from zero."
    func g() -> Int { 2 }
    ```

    ```exercise unstarted
    title: The one not started
    ```

    ```starter
    func h() -> Int { 0 }
    ```

    ```solution
    func h() -> Int { 7 }
    ```

    ```checks
    check("h", h() == 7)
    ```
    """#

  static let lesson: Lesson = LessonParser.parse(lessonSource, path: "01-hostile.md").lesson

  static let secondLesson: Lesson = LessonParser.parse(
    """
    ---
    id: second
    title: Second
    order: 2
    summary: The next one.
    ---

    # Second

    ## Only section

    Words about attention, as lesson 1 showed, not lesson 7 (not exported) nor lessons 1.
    """, path: "02-second.md"
  ).lesson

  static let passDate = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 11:06:40 UTC
  static let failDate = Date(timeIntervalSince1970: 1_795_100_000)

  /// Work on `lesson`: `passes` passed, `fails` failed with a recognised mistake and hostile
  /// messages, `unstarted` untouched.
  static let work = LearnerWork(entries: [
    "passes": .init(
      code: "func f() -> Int { 42 } // <mine>", passed: true, attempts: 2, hintsUsed: 1,
      latest: .init(
        status: .passed, summary: "All 1 checks passed.",
        checks: [CheckResult(name: "f", passed: true, detail: "")], date: passDate)),
    "fails": .init(
      code: "func g() -> Int { 2 } /* </pre><script>alert(3)</script> */", passed: false,
      attempts: 3, hintsUsed: 0,
      latest: .init(
        status: .failed, summary: "1 of 1 checks failed; first: g: expected 1, got <script>2",
        checks: [
          CheckResult(name: "g<script>", passed: false, detail: "expected 1, got 2 & \"more\"")
        ],
        mistake: Verdict.Mistake(name: "off-by-one", message: ""), date: failDate, seed: 4242)),
  ])

  /// A fresh empty folder under the temporary directory.
  static func temporaryFolder(_ name: String = #function) throws -> String {
    let clean = name.filter { $0.isLetter || $0.isNumber }
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "primer-export-tests-\(clean)-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(atPath: path)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Every file under `folder`, by relative path, with its bytes.
  static func contents(of folder: String) -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let relative = enumerator?.nextObject() as? String {
      let path = (folder as NSString).appendingPathComponent(relative)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        result[relative] = FileManager.default.contents(atPath: path)
      }
    }
    return result
  }
}

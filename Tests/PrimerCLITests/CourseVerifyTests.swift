import Foundation
import Testing

/// The whole course, as `primer verify` checks it: for every exercise, the reference solution
/// passes, the starter compiles and fails, and every mistake variant fails and is named as
/// itself. (This compiles each exercise several times: a few minutes on two cores.)
@Suite struct CourseVerifyTests {
  @Test func everyExerciseOfTheCourseVerifies() throws {
    let result = try PrimerProcess.run(["verify", "--lessons", PrimerProcess.lessons])
    #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    let exercises = lines.filter { $0.contains("(Lessons/") }
    #expect(exercises.count >= 35)
    let failures = lines.filter { $0.contains("✗") }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    let named = lines.filter { $0.contains("mistake") && $0.contains("fails and is named") }
    #expect(named.count >= exercises.count)
  }
}

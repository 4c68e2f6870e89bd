import Base
import Isolation

extension Compiler {
  /// How optimised code the grader runs is compiled: the kit's trusted modules and the learner's
  /// file of an exercise marked `optimize: true`.
  ///
  /// `-assert-config Debug` keeps `precondition` messages ("matmul: [32, 8] · [7, 8] do not
  /// fit") at `-O`; frame pointers let the crash backtrace, which follows them, walk from the
  /// failing kit function back to the learner's line (without them it stops at the runtime's
  /// frame, and the learner is told no `file:line`).
  static let optimized = ["-O", "-assert-config", "Debug", "-Xcc", "-fno-omit-frame-pointer"]

  /// Compiles `files` into the static library `folder/lib<module>.a` and its interface
  /// `folder/<module>.swiftmodule`, against the modules in `searchFolders`.
  ///
  /// `internalImports: false` keeps the module's imports public, for a module whose
  /// `@inlinable` code uses what it imports (`Autodiff`'s use of Dispatch and the C library).
  func buildLibrary(
    module: String, files: [String], into folder: String, searchFolders: [String],
    optimize: Bool, internalImports: Bool = true
  ) throws(GradingError) -> Outcome {
    let arguments =
      ["-parse-as-library", "-emit-library", "-static", "-emit-module", "-wmo"]
      // A module that imports Foundation without exposing it spares its importers from
      // loading Foundation's interface: the biggest part of a small compile.
      + (internalImports ? ["-enable-upcoming-feature", "InternalImportsByDefault"] : [])
      + (optimize ? Compiler.optimized : ["-Onone", "-g"])
      + ["-module-name", module]
      + searchFolders.flatMap { ["-I", $0] }
      + ["-o", "\(folder)/lib\(module).a", "-emit-module-path", "\(folder)/\(module).swiftmodule"]
      + files
    return try invoke(arguments, product: "\(folder)/lib\(module).a")
  }
}

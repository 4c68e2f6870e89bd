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

  /// How the learner's file of an exercise marked `optimize: true` is compiled: as
  /// ``optimized``, without the optimiser's function signature pass.
  ///
  /// That pass rewrites a function with a parameter it never reads (a `gptLogits` that ignores
  /// `heads`) into a thunk around a copy without it; inlined into its caller, the copy's lines
  /// are lost (the line table says line 0), and a crash inside it (a `matmul` whose shapes do
  /// not fit) was reported at the caller's line instead of the failing one. Without the pass
  /// the backtrace's inlined frame names the failing line. Measured on the capstone's
  /// solution: the compile takes no longer (1.94 s against 2.00 s, medians of 7) and training
  /// no slower (see `Docs/grader.md`). An unknown pass name is ignored by `swiftc`, so a
  /// toolchain that renames it loses only the line (`CrashFeedbackTests` would say so).
  static let optimizedLearner = optimized + ["-Xllvm", "-sil-disable-pass=function-signature-opts"]

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

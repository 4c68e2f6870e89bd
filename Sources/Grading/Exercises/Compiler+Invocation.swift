import Base
import Isolation

extension Compiler {
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
      // `-assert-config Debug` keeps `precondition` messages ("Shapes differ: …") at -O.
      + (optimize ? ["-O", "-assert-config", "Debug"] : ["-Onone", "-g"])
      + ["-module-name", module]
      + searchFolders.flatMap { ["-I", $0] }
      + ["-o", "\(folder)/lib\(module).a", "-emit-module-path", "\(folder)/\(module).swiftmodule"]
      + files
    return try invoke(arguments, product: "\(folder)/lib\(module).a")
  }
}

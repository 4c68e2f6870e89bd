import Base
import Pictures

/// What one run of a cell left: kept in the cache as it is, and drawn as a ``CellOutput``.
///
/// Standard output is kept raw (picture records included, capped by the run's limits), so a
/// better drawing of the same records needs no new run.
public struct CellRun: Sendable, Equatable, Codable {
  public var status: CellOutput.Status
  public var stdout: String
  /// Compile errors, or what the program said when it crashed, control characters escaped.
  public var error: String?
  /// Which function the cell used, and any limit it reached.
  public var notes: [String]
  public var seconds: Double

  public init(
    status: CellOutput.Status, stdout: String, error: String?, notes: [String], seconds: Double
  ) {
    self.status = status
    self.stdout = stdout
    self.error = error
    self.notes = notes
    self.seconds = seconds
  }

  /// The run drawn for a renderer: pictures read from their records, text escaped and capped.
  public var output: CellOutput {
    CellOutput(status: status, stdout: stdout, error: error, notes: notes, seconds: seconds)
  }
}

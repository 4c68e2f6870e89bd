import Base

/// Training curves kept on disk between runs, because training a network for a picture is the
/// one costly thing in reading a lesson (a lesson's four optimizers take tens of milliseconds).
///
/// A curve is stored under a key made of its spec and of the running executable's identity
/// (path, size and modification time), so a rebuilt `primer` never reads a curve an older
/// build computed. Files go to `$PRIMER_CACHE/pictures`, else `$XDG_CACHE_HOME/primer/pictures`,
/// else `~/.cache/primer/pictures`; they are written to a temporary file and renamed into
/// place. A missing, unreadable or corrupt file is simply computed again: the cache can only
/// save time, never change a picture.
struct TrainingCurveStore: Sendable {
  static let shared = TrainingCurveStore(folder: TrainingCurveStore.defaultFolder())

  /// Where curves are kept; `nil` turns the store off (no home folder, say).
  let folder: String?

  /// The chart for `training`: from the store when there, else `compute()`, then stored.
  func chart(for training: PictureSpec.Training, compute: () -> LineChart) -> LineChart {
    guard let folder else { return compute() }
    let path = folder + "/" + Self.key(for: training) + ".chart"
    if let data = FileManager.default.contents(atPath: path),
      let stored = LineChartFile.decode(Array(data))
    {
      return stored
    }
    let chart = compute()
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let temporary = path + ".tmp-\(getpid())"
    if FileManager.default.createFile(
      atPath: temporary, contents: Data(LineChartFile.encode(chart)))
    {
      if rename(temporary, path) != 0 { unlink(temporary) }
    }
    return chart
  }

  /// A file name for `training`: a 64-bit FNV-1a hash of the spec and the executable's identity.
  static func key(for training: PictureSpec.Training) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in (description(of: training) + "|" + executableIdentity).utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return "training-" + String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// Every field of `training`, spelt out (`String(describing:)` would reflect on the value,
  /// which costs more than the rest of the lookup). A field added to `Training` goes here too.
  static func description(of training: PictureSpec.Training) -> String {
    let rate = training.learningRate.map { String($0.bitPattern, radix: 16) } ?? "default"
    return "task=\(training.task.rawValue) optimizers="
      + training.optimizers.map(\.rawValue).joined(separator: ",")
      + " steps=\(training.steps) rate=\(rate) hidden=\(training.hidden) seed=\(training.seed)"
      + " y-scale=\(training.yScale.rawValue)"
  }

  /// The running executable's path, size and modification time.
  static let executableIdentity: String = {
    let path =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments.first ?? ""
    var status = stat()
    guard stat(path, &status) == 0 else { return path }
    return "\(path)|\(status.st_size)|\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
  }()

  static func defaultFolder() -> String? {
    // `getenv`, not `ProcessInfo.environment`, which copies the whole environment first.
    func variable(_ name: String) -> String? {
      getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    }
    if let cache = variable("PRIMER_CACHE") { return cache + "/pictures" }
    if let xdg = variable("XDG_CACHE_HOME") { return xdg + "/primer/pictures" }
    if let home = variable("HOME") { return home + "/.cache/primer/pictures" }
    return nil
  }
}

import Foundation

/// Runs the built `primer` executable, as a user would, and captures what it prints.
struct PrimerProcess {
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let lessons = packageRoot.appendingPathComponent("Lessons").path

  /// `primer` sits beside the test bundle in the build folder.
  static let executable: URL = {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
      Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
    ]
    for folder in candidates {
      let url = folder.appendingPathComponent("primer")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return packageRoot.appendingPathComponent(".build/debug/primer")
  }()

  /// A new temporary folder holding `primer`, a link to the built executable, as the README's
  /// install step makes one; the caller removes the folder.
  static func linkedFromNewFolder() throws -> URL {
    let bin = FileManager.default.temporaryDirectory
      .appendingPathComponent("primer-link-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: bin.appendingPathComponent("primer"), withDestinationURL: executable)
    return bin
  }

  static func run(
    _ arguments: [String], stdin: String = "", environment: [String: String] = [:],
    launcher: [String] = [], directory: URL? = nil
  ) throws -> Output {
    try runCommand(
      launcher + [executable.path] + arguments, stdin: stdin, environment: environment,
      directory: directory)
  }

  /// Runs any command (its first element is the program) and captures what it prints.
  static func runCommand(
    _ command: [String], stdin: String = "", environment: [String: String] = [:],
    directory: URL? = nil
  ) throws -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    env["PAGER"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.currentDirectoryURL = directory ?? packageRoot
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    try input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    // Read both pipes concurrently so a full stderr cannot block the child.
    let errorData = LockedData()
    let reader = Thread { errorData.set(error.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorData.isSet { usleep(1_000) }
    return Output(
      status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
      stderr: String(decoding: errorData.value, as: UTF8.self))
  }

  /// A temporary folder holding the given lesson files, removed by `remove()`.
  static func lessonFolder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "primer-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
  }
}

final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  private var done = false

  func set(_ value: Data) {
    lock.lock()
    data = value
    done = true
    lock.unlock()
  }

  var isSet: Bool {
    lock.lock()
    defer { lock.unlock() }
    return done
  }

  var value: Data {
    lock.lock()
    defer { lock.unlock() }
    return data
  }
}

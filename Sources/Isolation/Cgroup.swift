import Base

/// A per-run control group holding a learner's program and everything it starts: it caps
/// memory (the OOM killer ends the program, and the group counts it) and the number of
/// processes (against fork bombs, which `RLIMIT_NPROC` cannot stop for root).
///
/// Both cgroup v1 (one hierarchy per controller) and v2 (one unified hierarchy) are handled.
/// The group is made under the grader's own group, so outer limits still apply. On v2 the
/// kernel enables controllers for a group's children only when the group itself holds no
/// process, and the grader lives in its group: as systemd-style tools do, the grader first
/// moves itself into a leaf child, ``supervisorLeaf``, enables the controllers, and makes run
/// groups beside that leaf (``delegatedParent(root:own:pid:controllers:)``). When cgroups are
/// not writable, or the grader's group holds other processes too,
/// ``create(memoryBytes:processes:)`` returns nil and the run relies on rlimits alone.
struct Cgroup {
  /// The folders the trampoline joins (one per v1 controller, or one for v2).
  let folders: [String]
  private let memoryFolder: String?
  private let cpuFolder: String?
  private let version: Int

  private static let counter = Counter()

  static func create(memoryBytes: Int, processes: Int) -> Cgroup? {
    let own = (try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8)) ?? ""
    let name = "primer-\(getpid())-\(counter.next())"
    var paths: [String: String] = [:]  // controller ("" for v2) → own group path
    for line in own.split(separator: "\n") {
      let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
      guard parts.count == 3 else { continue }
      let path = parts[2] == "/" ? "" : String(parts[2])
      for controller in parts[1].split(separator: ",") {
        paths[String(controller)] = path
      }
      if parts[1].isEmpty { paths[""] = path }
    }
    let root = "/sys/fs/cgroup"
    for path in Set(paths.values) {
      sweepAbandoned(in: ["memory", "pids", "cpuacct", ""].map { "\(root)/\($0)\(path)" })
    }
    if let memory = paths["memory"], let pids = paths["pids"],
      FileManager.default.fileExists(atPath: "\(root)/memory/memory.limit_in_bytes")
        || FileManager.default.fileExists(atPath: "\(root)/memory\(memory)/memory.limit_in_bytes")
    {
      let memoryFolder = "\(root)/memory\(memory)/\(name)"
      let pidsFolder = "\(root)/pids\(pids)/\(name)"
      guard make(memoryFolder), make(pidsFolder) else {
        remove([memoryFolder, pidsFolder])
        return nil
      }
      guard write("\(memoryBytes)", to: "\(memoryFolder)/memory.limit_in_bytes"),
        write("\(processes)", to: "\(pidsFolder)/pids.max")
      else {
        remove([memoryFolder, pidsFolder])
        return nil
      }
      // Without swap this is already the limit; with swap, keep swap out of it too.
      _ = write("\(memoryBytes)", to: "\(memoryFolder)/memory.memsw.limit_in_bytes")
      // CPU accounting for the whole group, so a run stopped at the wall-clock deadline still
      // says how much CPU it used. Optional.
      var folders = [memoryFolder, pidsFolder]
      var cpuFolder: String?
      if let cpu = paths["cpuacct"] {
        let folder = "\(root)/cpuacct\(cpu)/\(name)"
        if make(folder) {
          folders.append(folder)
          cpuFolder = folder
        }
      }
      return Cgroup(folders: folders, memoryFolder: memoryFolder, cpuFolder: cpuFolder, version: 1)
    }
    if let unified = paths[""],
      FileManager.default.fileExists(atPath: "\(root)/cgroup.controllers"),
      let parent = delegatedParent(
        root: root, own: unified, pid: getpid(), controllers: ["memory", "pids"])
    {
      sweepAbandoned(in: [parent])
      let folder = "\(parent)/\(name)"
      guard make(folder), write("\(memoryBytes)", to: "\(folder)/memory.max"),
        write("\(processes)", to: "\(folder)/pids.max")
      else {
        remove([folder])
        return nil
      }
      _ = write("0", to: "\(folder)/memory.swap.max")
      return Cgroup(folders: [folder], memoryFolder: folder, cpuFolder: folder, version: 2)
    }
    return nil
  }

  /// How many processes of the group the OOM killer ended.
  var outOfMemoryKills: Int {
    guard let memoryFolder else { return 0 }
    let file = version == 1 ? "memory.oom_control" : "memory.events"
    let text = (try? String(contentsOfFile: "\(memoryFolder)/\(file)", encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n") where line.hasPrefix("oom_kill ") {
      return Int(line.dropFirst("oom_kill ".count)) ?? 0
    }
    return 0
  }

  /// CPU seconds used by every process that ran in the group.
  var cpuSeconds: Double? {
    guard let cpuFolder else { return nil }
    let file = version == 1 ? "cpuacct.usage" : "cpu.stat"
    guard let text = try? String(contentsOfFile: "\(cpuFolder)/\(file)", encoding: .utf8) else {
      return nil
    }
    if version == 1 {
      return Double(text.trimmingFoundationWhitespace()).map { $0 / 1e9 }
    }
    for line in text.split(separator: "\n") where line.hasPrefix("usage_usec ") {
      return Double(line.dropFirst("usage_usec ".count)).map { $0 / 1e6 }
    }
    return nil
  }

  /// Removes the group's folders, retrying while the last processes are being torn down.
  func remove() {
    Cgroup.remove(folders)
  }

  private static func remove(_ folders: [String]) {
    for folder in folders {
      // The kernel frees a group a moment after its last process is reaped: poll briefly
      // (1 ms steps, at most a second) rather than sleeping a long step on every run.
      for _ in 0..<1_000 {
        if rmdir(folder) == 0 || errno == ENOENT { break }
        usleep(1_000)
      }
    }
  }

  /// The leaf group, inside its own v2 group, that the grader moves itself into so that its
  /// own group may enable controllers for run groups.
  static let supervisorLeaf = "primer-supervisor"

  /// The v2 group (a folder under `root`) in which run groups are made with `controllers`
  /// (and `cpu`, when available) enabled for them, or nil where the kernel or the system
  /// refuses; `own` is the group of process `pid` (the grader), as `/proc/PID/cgroup` says.
  ///
  /// The kernel's "no internal processes" rule: a group other than the root may enable
  /// controllers for its children only while it holds no process itself. So when enabling
  /// them in `own` is refused, `pid` moves into `own/primer-supervisor` and `own` tries again;
  /// if `own` still holds other processes, `pid` moves back and the leaf is removed. Later
  /// calls find `pid` in the leaf and use its parent.
  static func delegatedParent(root: String, own: String, pid: pid_t, controllers: [String])
    -> String?
  {
    let leafSuffix = "/" + supervisorLeaf
    let inLeaf = own.hasSuffix(leafSuffix)
    let parent = root + (inLeaf ? String(own.dropLast(leafSuffix.count)) : own)
    func words(_ file: String) -> Set<Substring> {
      let text = (try? String(contentsOfFile: "\(parent)/\(file)", encoding: .utf8)) ?? ""
      return Set(text.split(whereSeparator: \.isWhitespace))
    }
    let available = words("cgroup.controllers")
    guard controllers.allSatisfy({ available.contains(Substring($0)) }) else { return nil }
    let wanted = controllers + (available.contains("cpu") ? ["cpu"] : [])
    if wanted.allSatisfy({ words("cgroup.subtree_control").contains(Substring($0)) }) {
      return parent
    }
    let enable = wanted.map { "+" + $0 }.joined(separator: " ")
    let subtreeControl = "\(parent)/cgroup.subtree_control"
    if write(enable, to: subtreeControl) { return parent }
    guard !inLeaf else { return nil }
    let leaf = parent + leafSuffix
    guard make(leaf) || errno == EEXIST else { return nil }
    if write("\(pid)", to: "\(leaf)/cgroup.procs") {
      if write(enable, to: subtreeControl) { return parent }
      _ = write("\(pid)", to: "\(parent)/cgroup.procs")
    }
    rmdir(leaf)
    return nil
  }

  /// Empties and removes groups left by graders that were killed before they could clean
  /// up: a `primer-PID-N` folder in one of `parents` whose PID is no longer running. Normally
  /// the trampoline died with its grader and took its namespace along; whatever still runs in
  /// such a group (a process of a run without a PID namespace) is killed first.
  private static func sweepAbandoned(in parents: [String]) {
    for parent in parents {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
      for entry in entries where entry.hasPrefix("primer-") {
        let fields = entry.split(separator: "-")
        guard fields.count == 3, let pid = Int32(fields[1]), !Platform.isRunning(pid)
        else { continue }
        let folder = "\(parent)/\(entry)"
        killMembers(of: folder)
        remove([folder])
      }
    }
  }

  /// SIGKILLs every process in the group `folder` (`cgroup.kill` on v2 when the kernel has it).
  static func killMembers(of folder: String) {
    if write("1", to: "\(folder)/cgroup.kill") { return }
    let text = (try? String(contentsOfFile: "\(folder)/cgroup.procs", encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n") {
      if let pid = Int32(line), pid > 1 { kill(pid, SIGKILL) }
    }
  }

  private static func make(_ folder: String) -> Bool {
    mkdir(folder, 0o755) == 0
  }

  private static func write(_ value: String, to file: String) -> Bool {
    (try? value.write(toFile: file, atomically: false, encoding: .utf8)) != nil
  }

  private final class Counter: @unchecked Sendable {
    private let lock = Lock()
    private var value = 0
    func next() -> Int {
      lock.withLock {
        value += 1
        return value
      }
    }
  }
}

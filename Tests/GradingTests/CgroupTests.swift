import Foundation
import Testing

@testable import Isolation

/// cgroup v2 delegation: a grader living in its own group moves into a leaf so that run groups
/// beside it get controllers (the kernel's "no internal processes" rule). Played with a
/// sleeper as the grader, in a scratch group of the machine's v2 hierarchy.
@Suite(.serialized) struct CgroupDelegationTests {
  /// The v2 hierarchy's root: all of `/sys/fs/cgroup`, or its `unified` part on a hybrid system.
  static let hierarchy: String? = ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"].first {
    FileManager.default.fileExists(atPath: $0 + "/cgroup.controllers")
  }

  /// A controller the root offers (memory or pids where v2 has them; on a hybrid system,
  /// whatever v1 left to v2).
  static let controller: String? = {
    guard let hierarchy else { return nil }
    let offered =
      ((try? String(contentsOfFile: hierarchy + "/cgroup.controllers", encoding: .utf8))
      ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
    return ["pids", "memory"].first { offered.contains($0) } ?? offered.first
  }()

  static let available = geteuid() == 0 && access(hierarchy ?? "/", W_OK) == 0 && controller != nil
  static let needs: Comment = "needs root and a writable cgroup v2 hierarchy with a controller"

  /// A scratch group holding `count` sleepers (the first plays the grader), with the
  /// controller enabled for it by the root; everything is undone by the returned closure.
  static func scratchGroup(sleepers count: Int) throws -> (
    group: String, own: String, sleepers: [Process], cleanUp: () -> Void
  ) {
    let hierarchy = try #require(Self.hierarchy)
    let controller = try #require(Self.controller)
    let rootControl = hierarchy + "/cgroup.subtree_control"
    let enabledBefore = ((try? String(contentsOfFile: rootControl, encoding: .utf8)) ?? "")
      .split(whereSeparator: \.isWhitespace).contains { $0 == controller }
    if !enabledBefore {
      try "+\(controller)".write(toFile: rootControl, atomically: false, encoding: .utf8)
    }
    let own = "/primer-delegation-test-\(UUID().uuidString)"
    let group = hierarchy + own
    #expect(mkdir(group, 0o755) == 0)
    var sleepers: [Process] = []
    for _ in 0..<count {
      let sleeper = Process()
      sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
      sleeper.arguments = ["60"]
      try sleeper.run()
      try "\(sleeper.processIdentifier)".write(
        toFile: group + "/cgroup.procs", atomically: false, encoding: .utf8)
      sleepers.append(sleeper)
    }
    let cleanUp = {
      for sleeper in sleepers {
        kill(sleeper.processIdentifier, SIGKILL)
        sleeper.waitUntilExit()
      }
      let children = (try? FileManager.default.contentsOfDirectory(atPath: group)) ?? []
      for child in children where !child.hasPrefix("cgroup.") && !child.contains(".") {
        for _ in 0..<100 where rmdir(group + "/" + child) != 0 { usleep(10_000) }
      }
      for _ in 0..<100 where rmdir(group) != 0 { usleep(10_000) }
      if !enabledBefore {
        _ = try? "-\(controller)".write(toFile: rootControl, atomically: false, encoding: .utf8)
      }
    }
    return (group, own, sleepers, cleanUp)
  }

  static func cgroup(of pid: Int32) -> String {
    (try? String(contentsOfFile: "/proc/\(pid)/cgroup", encoding: .utf8))?
      .split(separator: "\n").first { $0.hasPrefix("0::") }.map { String($0.dropFirst(3)) } ?? ""
  }

  @Test(.enabled(if: available, needs))
  func theGraderMovesIntoALeafAndRunGroupsGetTheControllers() throws {
    let controller = try #require(Self.controller)
    let scratch = try Self.scratchGroup(sleepers: 1)
    defer { scratch.cleanUp() }
    let grader = scratch.sleepers[0].processIdentifier
    // Refused while the grader lives in the group: the rule this works around.
    #expect(
      (try? "+\(controller)".write(
        toFile: scratch.group + "/cgroup.subtree_control", atomically: false, encoding: .utf8))
        == nil)
    let parent = Cgroup.delegatedParent(
      root: try #require(Self.hierarchy), own: scratch.own, pid: grader,
      controllers: [controller])
    #expect(parent == scratch.group)
    #expect(Self.cgroup(of: grader) == scratch.own + "/" + Cgroup.supervisorLeaf)
    let run = scratch.group + "/primer-run-test"
    #expect(mkdir(run, 0o755) == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: run)
    #expect(files.contains { $0.hasPrefix(controller + ".") }, "\(files)")
    // Asked again from the leaf, the grader's group is found as it is.
    let again = Cgroup.delegatedParent(
      root: try #require(Self.hierarchy), own: Self.cgroup(of: grader), pid: grader,
      controllers: [controller])
    #expect(again == scratch.group)
  }

  @Test(.enabled(if: available, needs))
  func aGroupSharedWithOtherProcessesFallsBackAndStaysAsItWas() throws {
    let controller = try #require(Self.controller)
    let scratch = try Self.scratchGroup(sleepers: 2)
    defer { scratch.cleanUp() }
    let grader = scratch.sleepers[0].processIdentifier
    let parent = Cgroup.delegatedParent(
      root: try #require(Self.hierarchy), own: scratch.own, pid: grader,
      controllers: [controller])
    #expect(parent == nil)
    #expect(Self.cgroup(of: grader) == scratch.own)
    #expect(!FileManager.default.fileExists(atPath: scratch.group + "/" + Cgroup.supervisorLeaf))
  }
}

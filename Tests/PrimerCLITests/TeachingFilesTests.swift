import Foundation
import Testing

/// The files `Docs/teaching.md` gives teachers are real: the YAML parses (PyYAML), has the
/// shape its engine needs, the Containerfile is made of Containerfile instructions, and every
/// `primer` command they run exists with the flags they pass.
@Suite struct TeachingFilesTests {
  static let folder = PrimerProcess.packageRoot.appendingPathComponent("Docs/teaching").path
  static let hasYAML =
    (try? PrimerProcess.runCommand(["/usr/bin/python3", "-c", "import yaml"]).status) == 0

  /// The facts about the YAML files the checks need, as JSON, from PyYAML.
  static let facts = """
    import json, sys, yaml
    folder = sys.argv[1]
    def load(name):
        return list(yaml.safe_load_all(open(f"{folder}/{name}", encoding="utf-8")))
    [workflow] = load("grade-class.yml")
    [student] = load("student-repository.yml")
    k8s = load("grade-job.yaml")
    job = k8s[0]["spec"]
    pod = job["template"]["spec"]
    print(json.dumps({
        "workflowJobs": list(workflow["jobs"]),
        "workflowShards": workflow["jobs"]["grade"]["strategy"]["matrix"]["shard"],
        "mergeNeeds": workflow["jobs"]["merge"]["needs"],
        "studentUses": [s.get("uses", "") for s in student["jobs"]["grade"]["steps"]],
        "kinds": [d["kind"] for d in k8s],
        "completionMode": job["completionMode"],
        "completions": job["completions"],
        "hostUsers": pod["hostUsers"],
        "capabilities": pod["containers"][0]["securityContext"]["capabilities"]["add"],
        "annotations": list(job["template"]["metadata"]["annotations"]),
        "args": pod["containers"][0]["args"],
        "egress": k8s[1]["spec"]["egress"],
    }))
    """

  struct Facts: Decodable {
    var workflowJobs: [String]
    var workflowShards: [Int]
    var mergeNeeds: String
    var studentUses: [String]
    var kinds: [String]
    var completionMode: String
    var completions: Int
    var hostUsers: Bool
    var capabilities: [String]
    var annotations: [String]
    var args: [String]
    var egress: [String]
  }

  @Test(.enabled(if: hasYAML)) func theYAMLFilesParseAndHaveTheirEnginesShape() throws {
    let result = try PrimerProcess.runCommand(
      ["/usr/bin/python3", "-c", Self.facts, Self.folder])
    #expect(result.status == 0, "\(result.stderr)")
    let facts = try JSONDecoder().decode(Facts.self, from: Data(result.stdout.utf8))
    #expect(facts.workflowJobs == ["collect", "grade", "merge"])
    #expect(facts.workflowShards == [0, 1, 2, 3])
    #expect(facts.mergeNeeds == "grade")
    #expect(facts.studentUses.contains("mikepenz/action-junit-report@v4"))
    #expect(facts.kinds == ["Job", "NetworkPolicy", "Job"])
    #expect(facts.completionMode == "Indexed")
    #expect(facts.hostUsers == false)
    #expect(facts.capabilities.contains("SYS_ADMIN"))
    #expect(facts.annotations == ["io.kubernetes.cri-o.cgroup2-mount-hierarchy-rw"])
    #expect(
      facts.args.first?.contains("--shard \"$JOB_COMPLETION_INDEX/\(facts.completions)\"") == true)
    #expect(facts.egress.isEmpty)
  }

  @Test func theContainerfileIsMadeOfInstructions() throws {
    let text = try String(contentsOfFile: Self.folder + "/Containerfile", encoding: .utf8)
    let instructions: Set<String> = [
      "FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
      "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
    ]
    var seen: [String] = []
    var continued = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      defer { continued = trimmed.hasSuffix("\\") }
      if continued || trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let word = String(trimmed.prefix { !$0.isWhitespace })
      #expect(instructions.contains(word), "not an instruction: \(line)")
      seen.append(word)
    }
    #expect(seen.drop { $0 == "ARG" }.first == "FROM")
    #expect(seen.last == "CMD" && seen.contains("ENTRYPOINT"))
    #expect(text.contains("-bookworm"))
  }

  /// `primer SUBCOMMAND … --flag` in the teaching files and guide, each checked against
  /// `primer SUBCOMMAND --help`.
  @Test func everyPrimerCommandTheyRunExists() throws {
    var texts: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: Self.folder) {
      texts.append(try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8))
    }
    texts.append(
      try String(
        contentsOf: PrimerProcess.packageRoot.appendingPathComponent("Docs/teaching.md"),
        encoding: .utf8))
    var flags: [String: Set<String>] = [:]
    for text in texts {
      for match in text.matches(of: /\bprimer ([a-z]+)([^\n|;&'`)]*)/) {
        let command = String(match.output.1)
        let rest = String(match.output.2)
        flags[command, default: []].formUnion(
          rest.matches(of: /(?:^|\s)(--[a-z][a-z-]*)/).map { String($0.output.1) })
      }
    }
    #expect(Set(flags.keys).isSuperset(of: ["grade", "run", "verify"]))
    #expect(flags["grade"]?.isSuperset(of: ["--out", "--shard", "--merge", "--jobs"]) == true)
    for (command, used) in flags {
      let help = try PrimerProcess.run([command, "--help"])
      #expect(help.status == 0, "primer \(command) is not a command")
      for flag in used {
        #expect(help.stdout.contains(flag), "primer \(command) has no \(flag)")
      }
    }
  }
}

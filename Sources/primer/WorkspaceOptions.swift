import ArgumentParser
import Base
import Course
import LearnerState

/// Where the learner's workspace is; shared by every exercise command.
struct WorkspaceOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The folder holding your exercise files (default: ./workspace, or $PRIMER_WORKSPACE).",
      valueName: "dir"))
  var workspace: String?

  var location: Workspace { Workspace(root: Workspace.locate(explicit: workspace)) }
}

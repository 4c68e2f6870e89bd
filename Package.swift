// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Primer",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "primer", targets: ["primer"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/swiftlang/swift-syntax", from: "602.0.0"),
  ],
  targets: [
    // The command line: argument-parser commands only; the logic lives in the modules below.
    // Learner programs run through `primer-sandbox`, built beside it.
    .executableTarget(
      name: "primer",
      dependencies: [
        "Base", "Course", "Rendering", "Pictures", "Reference", "ReferenceJSON", "Isolation",
        "Grading", "LearnerState", "Session", "primer-sandbox", "Export", "Classroom", "Cells",
        "PrimerKit", "GPT", "Autodiff", "Mutation",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What the program's modules build on: FoundationEssentials and the C library in one import,
    // and the few helpers Foundation's full library used to give (a lock, path text, white
    // space, error text). Not part of what learner code is compiled against.
    .target(name: "Base"),
    // cmark, the CommonMark reference parser, as a system library (Debian: libcmark-dev).
    .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
    // The lesson model, the lesson parser (the one file that talks to cmark), the catalogue and lint.
    .target(name: "Course", dependencies: ["Base", "CCmark"]),
    // Terminal rendering of the lesson model: text, math as Unicode, highlighted Swift.
    .target(name: "Rendering", dependencies: ["Base", "Course", "Pictures"]),
    // Pictures in lessons: a `plot` block's spec, validated, and the picture computed from the
    // reference library, in a model independent of any output format.
    .target(name: "Pictures", dependencies: ["Base", "Course", "Reference"]),
    // What learner code is compiled against: the `Matrix` type, its basic operations and the
    // seeded random generators. Nothing here solves an exercise.
    .target(name: "PrimerKit"),
    // What a notebook cell draws with: `show`, `plot`, `bars` and `heatmap`, written as picture
    // records on standard output that `primer` draws. Compiled into the learner's kit.
    .target(name: "Display", dependencies: ["PrimerKit"]),
    // Notebook cells (```run blocks): compiled like learner programs, run in the sandbox,
    // their output and pictures cached by content.
    .target(
      name: "Cells",
      dependencies: ["Base", "Course", "Pictures", "Isolation", "Grading", "LearnerState"]),
    // The reference implementations every exercise is graded against.
    .target(name: "Reference", dependencies: ["PrimerKit"]),
    // The check vocabulary of exercises (`check.compare`, `expectClose`, …) and the reporter
    // that sends results to the grader; compiled into the grader's kit. `primer` uses only its
    // list of check kinds (`CheckKind`), through `Grading`.
    .target(name: "Checks", dependencies: ["Reference"]),
    // The link between the judge, which runs an exercise's checks, and the learner's program,
    // which only answers calls: exact encodings of the values that cross it, proxies and
    // handlers. Compiled into the grader's kit, never into `primer`.
    .target(name: "Wire", dependencies: ["PrimerKit"]),
    // Tensors on the link, for the exercises on the differentiable tensor.
    .target(name: "WireTensor", dependencies: ["Wire", "Autodiff"]),
    // `primer ref`: the reference library behind a JSON request/response.
    .target(name: "ReferenceJSON", dependencies: ["Base", "Reference"]),
    // A differentiable matrix: reverse-mode automatic differentiation over row-major 2-D tensors.
    // Its products load OpenBLAS on first use (Debian: libopenblas0), so only programs that
    // multiply pay for loading it.
    .target(name: "Autodiff"),
    // The tiny GPT built on `Autodiff`: tokenizer, batches, model, AdamW, sampling, checkpoints.
    .target(name: "GPT", dependencies: ["Base", "Autodiff", "PrimerKit"]),
    // `primer export --html`: lessons and the learner's work as a static site (MathML, SVG).
    .target(
      name: "Export",
      dependencies: [
        "Base", "Course", "Rendering", "Pictures", "Isolation", "Grading", "LearnerState",
        "Session",
      ]),
    // Process isolation: running a program under limits through `primer-sandbox` (cgroups,
    // namespaces, rlimits), supervising it to its end, run folders, and the grader's errors.
    // Knows nothing of exercises.
    .target(name: "Isolation", dependencies: ["Base"]),
    // The grader: building, running and judging a learner's file for an exercise, turning what
    // happened into a verdict.
    .target(name: "Grading", dependencies: ["Base", "Course", "Checks", "Mutation", "Isolation"]),
    // The learner's state: the workspace and its files, the progress record, the syllabus and
    // the watcher of saves.
    .target(name: "LearnerState", dependencies: ["Base", "Course", "Isolation", "Grading"]),
    // What every front end of the learner's exercises shares: the learner session (course,
    // syllabus, workspace) and a verdict as text (`primer run`, `primer watch`, the
    // exported site).
    .target(
      name: "Session",
      dependencies: ["Base", "Course", "Rendering", "Grading", "LearnerState"]),
    // `primer verify --mutants`: mutants of an exercise's solution (operators, constants,
    // indices, arguments, statements, reduction axes), made with the Swift parser. Only the
    // author tool links it; a learner's program compiles against `PrimerKit` alone.
    .target(
      name: "Mutation",
      dependencies: [
        .product(name: "SwiftSyntax", package: "swift-syntax"),
        .product(name: "SwiftParser", package: "swift-syntax"),
      ]),
    // `primer grade`: a whole class graded in parallel (or as one shard of it) through the
    // grader, into a gradebook (CSV, JSON, JUnit XML, a Markdown summary); shards merged.
    .target(name: "Classroom", dependencies: ["Base", "Course", "Grading", "LearnerState"]),
    // The trampoline the grader runs learner programs through: rlimits, PID namespace, reaper.
    .executableTarget(name: "primer-sandbox"),

    // What only the tests use: the plain twins of fast paths (`…Plain`) and helpers that set up
    // a state the program reaches another way. Test targets alone depend on it.
    .target(
      name: "TestSupport",
      dependencies: ["PrimerKit", "Autodiff", "Isolation", "Grading", "LearnerState", "Export"],
      path: "Tests/TestSupport"),

    .testTarget(name: "BaseTests", dependencies: ["Base"]),
    .testTarget(
      name: "CourseTests", dependencies: ["Course", "PrimerKit"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "RenderingTests", dependencies: ["Rendering", "Course", "Pictures", "PrimerKit"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "PicturesTests", dependencies: ["Pictures", "Course", "Reference"]),
    .testTarget(
      name: "ReferenceTests", dependencies: ["Reference", "PrimerKit", "TestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "ChecksTests", dependencies: ["Checks", "Reference"]),
    .testTarget(name: "WireTests", dependencies: ["Wire", "WireTensor", "Autodiff", "PrimerKit"]),
    .testTarget(name: "ReferenceJSONTests", dependencies: ["ReferenceJSON", "Reference"]),
    .testTarget(
      name: "GradingTests",
      dependencies: [
        "Base", "Isolation", "Grading", "LearnerState", "Course", "PrimerKit", "primer-sandbox",
        "Checks", "TestSupport",
      ],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "AutodiffTests", dependencies: ["Autodiff", "Reference", "PrimerKit", "TestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "GPTTests", dependencies: ["GPT", "Autodiff", "Reference", "PrimerKit"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "ExportTests",
      dependencies: [
        "Export", "Course", "Grading", "LearnerState", "Pictures", "PrimerKit", "TestSupport",
      ]),
    .testTarget(
      name: "ClassroomTests",
      dependencies: [
        "Classroom", "Isolation", "Grading", "LearnerState", "Course", "PrimerKit",
        "primer-sandbox",
      ]),
    .testTarget(name: "PrimerCLITests", dependencies: ["primer", "Course"]),
    .testTarget(name: "MutationTests", dependencies: ["Mutation"]),
    .testTarget(
      name: "CellsTests",
      dependencies: [
        "Cells", "Course", "Pictures", "Isolation", "Grading", "LearnerState", "Rendering",
        "Export", "primer-sandbox",
      ]),
  ]
)

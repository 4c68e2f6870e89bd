#!/usr/bin/env python3
"""Notebook cell speed: `primer try` edit-to-output against a bare `swiftc` compile+run of the
same code with the same libraries.

The cell is lesson 1's first (`uses=neuron-output`: a sweep of one neuron, a plot and a line of
text), run with the lesson's solution for `neuron` (the workspace's file is the starter). Each
round appends a new comment to the learner's copy of the cell (an edit), then times

  A  `primer try 1:1` (the kit warm): the copy read, the program built in the sandbox from the
     cell and the solution against the learner's kit, run in the sandbox, its records drawn,
  B  `swiftc` of the same two files against the same kit folder (`-lDisplay -lPrimerKit`,
     `-Onone`), then the program run, both outside any sandbox,

alternating A B A B so machine drift hits both, and prints the medians and the ratio A / B
(target: <= 1.3).

    python3 Benchmarks/cells.py [--runs 15] [--binary .build/release/primer]

The grader's cache is a temporary folder, built by one untimed warm-up run.
"""
import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LESSONS = os.path.join(ROOT, "Lessons")

PRELUDE = """import PrimerKit
import Display
#if canImport(Glibc)
import Glibc
#endif
setvbuf(stdout, nil, _IOLBF, 0)
"""


def timed(command, cwd, env=None):
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout.decode()}{result.stderr.decode()}")
    return elapsed


def lesson_block(kind):
    """The body of the first ```KIND block of lesson 1."""
    text = open(os.path.join(LESSONS, "01-neural-networks.md"), encoding="utf-8").read()
    start = text.index("```" + kind)
    body = text.index("\n", start) + 1
    return text[body:text.index("\n```", body) + 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--binary")
    args = parser.parse_args()

    binary = os.path.abspath(args.binary) if args.binary else None
    if binary is None:
        subprocess.run(["swift", "build", "--product", "primer"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build", "debug", "primer")

    work = tempfile.mkdtemp(prefix="primer-bench-cells-")
    env = dict(os.environ, PRIMER_CACHE=os.path.join(work, "cache"), PRIMER_WORKSPACE="")
    timed([binary, "start", "--lessons", LESSONS], work, env)
    primer = [binary, "try", "1:1", "--lessons", LESSONS]
    # Warm-up, untimed: builds the kit and makes the learner's copy.
    timed(primer, work, env)
    copy = os.path.join(work, "workspace", "cells", "neural-networks-1.swift")
    cell = open(copy, encoding="utf-8").read()

    learner_kit = glob.glob(os.path.join(work, "cache", "kit-*", "learner"))[0]
    system_link = os.path.join(os.path.dirname(learner_kit), "SystemLink.o")
    with open(os.path.join(work, "uses.swift"), "w") as f:
        f.write(lesson_block("solution"))
    module_cache = os.path.join(work, "module-cache")
    bare = ["sh", "-c",
            f"swiftc -Onone -module-cache-path {module_cache} -I {learner_kit} -L {learner_kit} "
            f"-lDisplay -lPrimerKit main.swift uses.swift {system_link} -o cell && ./cell"]

    def write_bare(n):
        with open(os.path.join(work, "main.swift"), "w") as f:
            f.write(PRELUDE + cell + f"// edit {n}\n")

    write_bare(0)
    timed(bare, work)

    primer_times, bare_times = [], []
    for n in range(1, args.runs + 1):
        with open(copy, "w") as f:
            f.write(cell + f"// edit {n}\n")
        primer_times.append(timed(primer, work, env))
        write_bare(n)
        bare_times.append(timed(bare, work))
    shutil.rmtree(work, ignore_errors=True)

    p, b = statistics.median(primer_times), statistics.median(bare_times)
    print(f"edit-to-output, primer try 1:1 (warm)  median {p * 1000:7.0f} ms  "
          f"(min {min(primer_times) * 1000:.0f}, max {max(primer_times) * 1000:.0f}, {args.runs} runs)")
    print(f"bare swiftc compile+link+run           median {b * 1000:7.0f} ms  "
          f"(min {min(bare_times) * 1000:.0f}, max {max(bare_times) * 1000:.0f})")
    print(f"ratio primer / bare                    {p / b:5.2f}   (target <= 1.3)")


if __name__ == "__main__":
    main()

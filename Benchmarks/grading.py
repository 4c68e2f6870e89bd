#!/usr/bin/env python3
"""Grading speed: `primer run` edit-to-verdict against a bare `swiftc` compile+link+run of the
same learner file, and against `nbgrader autograde` of an equivalent notebook.

The exercise is lesson 1's `neuron-output` (one function); the learner file is its solution,
written without imports, so `swiftc learner.swift && ./learner` compiles exactly the same
text. Each round rewrites the file with a new comment (an edit), then times

  A  `primer run neuron-output --file learner.swift --seed 1` (kit and exercise module warm),
  B  `swiftc learner.swift -o learner && ./learner` (no debug information),

alternating A B A B so machine drift hits both, and prints the medians and the ratio A / B
(target: <= 1.3, since grading was sealed). Then, unless --no-nbgrader, it times `nbgrader autograde` of a notebook with
a softmax function and an assert cell (an equivalent one-function exercise), installing
nbgrader with pip when it is missing (skipped with a message if that fails); target: the
ratio nbgrader / primer >= 10.

    python3 Benchmarks/grading.py [--runs 15] [--binary .build/debug/primer] [--no-nbgrader]

The grader's cache is a temporary folder, built by one untimed warm-up run.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LESSONS = os.path.join(ROOT, "Lessons")

LEARNER = """// edit {n}
func neuron(x: [Double], w: [Double], b: Double) -> Double {{
  var z = b
  for i in x.indices {{
    z += x[i] * w[i]
  }}
  return max(0, z)
}}
"""

SOLUTION = """import numpy as np

def softmax(x):
    ### BEGIN SOLUTION
    shifted = x - x.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=1, keepdims=True)
    ### END SOLUTION
"""

TESTS = """from numpy.testing import assert_allclose
assert_allclose(softmax(np.array([[1.0, 2.0, 3.0]])), [[0.0900306, 0.2447285, 0.6652410]], atol=1e-6)
rng = np.random.default_rng(1)
x = rng.normal(size=(3, 5))
assert_allclose(softmax(x).sum(axis=1), np.ones(3))
assert_allclose(softmax(x * 1000).sum(axis=1), np.ones(3))
"""


def timed(command, cwd, env=None, ok=(0,)):
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode not in ok:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout.decode()}{result.stderr.decode()}")
    return elapsed


def notebook(cells):
    return {
        "cells": cells,
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                     "language_info": {"name": "python"}},
        "nbformat": 4, "nbformat_minor": 5,
    }


def cell(source, grade_id, solution, points=None):
    metadata = {"nbgrader": {"grade": points is not None, "grade_id": grade_id, "locked": not solution,
                             "schema_version": 3, "solution": solution, "task": False}}
    if points is not None:
        metadata["nbgrader"]["points"] = points
    return {"cell_type": "code", "execution_count": None, "id": grade_id, "metadata": metadata,
            "outputs": [], "source": source}


def ensure_nbgrader():
    if shutil.which("nbgrader"):
        return True
    print("nbgrader is missing: installing it with pip (once)…", file=sys.stderr)
    result = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "nbgrader"])
    return result.returncode == 0 and shutil.which("nbgrader") is not None


def nbgrader_times(runs):
    """Median seconds of `nbgrader autograde` for one submission, or None if unavailable."""
    if not ensure_nbgrader():
        print("Skipping nbgrader: it could not be installed (pip install nbgrader failed).")
        return None
    course = tempfile.mkdtemp(prefix="primer-nbgrader-")
    os.makedirs(os.path.join(course, "source", "ps1"))
    with open(os.path.join(course, "nbgrader_config.py"), "w") as f:
        f.write("c = get_config()\nc.CourseDirectory.course_id = 'primer'\n"
                "c.CourseDirectory.db_url = 'sqlite:///' + %r\n" % os.path.join(course, "gradebook.db"))
    nb = notebook([cell(SOLUTION, "softmax", True), cell(TESTS, "tests", False, points=1)])
    with open(os.path.join(course, "source", "ps1", "softmax.ipynb"), "w") as f:
        json.dump(nb, f)
    timed(["nbgrader", "db", "assignment", "add", "ps1"], course)
    timed(["nbgrader", "db", "student", "add", "learner"], course)
    timed(["nbgrader", "generate_assignment", "ps1", "--force"], course)
    submitted = os.path.join(course, "submitted", "learner", "ps1")
    os.makedirs(submitted)
    shutil.copy(os.path.join(course, "source", "ps1", "softmax.ipynb"), submitted)
    times = []
    for _ in range(runs):
        times.append(timed(["nbgrader", "autograde", "ps1", "--force"], course))
    shutil.rmtree(course, ignore_errors=True)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--binary")
    parser.add_argument("--no-nbgrader", action="store_true")
    args = parser.parse_args()

    binary = os.path.abspath(args.binary) if args.binary else None
    if binary is None:
        subprocess.run(["swift", "build", "--product", "primer"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build", "debug", "primer")

    work = tempfile.mkdtemp(prefix="primer-bench-grading-")
    env = dict(os.environ, PRIMER_CACHE=os.path.join(work, "cache"))
    learner = os.path.join(work, "learner.swift")
    module_cache = os.path.join(work, "module-cache")
    primer = [binary, "run", "neuron-output", "--lessons", LESSONS, "--file", learner, "--seed", "1"]
    bare = ["sh", "-c", f"swiftc -module-cache-path {module_cache} learner.swift -o learner && ./learner"]

    with open(learner, "w") as f:
        f.write(LEARNER.format(n=0))
    # Warm-up, untimed: builds the kit and the exercise module, and warms both module caches.
    timed(primer, work, env)
    timed(bare, work)

    primer_times, bare_times = [], []
    for n in range(1, args.runs + 1):
        with open(learner, "w") as f:
            f.write(LEARNER.format(n=n))
        primer_times.append(timed(primer, work, env))
        with open(learner, "w") as f:
            f.write(LEARNER.format(n=-n))
        bare_times.append(timed(bare, work))
    shutil.rmtree(work, ignore_errors=True)

    p, b = statistics.median(primer_times), statistics.median(bare_times)
    print(f"edit-to-verdict, primer run (warm)    median {p * 1000:7.0f} ms  "
          f"(min {min(primer_times) * 1000:.0f}, max {max(primer_times) * 1000:.0f}, {args.runs} runs)")
    print(f"bare swiftc compile+link+run         median {b * 1000:7.0f} ms  "
          f"(min {min(bare_times) * 1000:.0f}, max {max(bare_times) * 1000:.0f})")
    print(f"ratio primer / bare                  {p / b:5.2f}   (target <= 1.3)")

    if not args.no_nbgrader:
        n = nbgrader_times(max(3, args.runs // 3))
        if n is not None:
            print(f"nbgrader autograde (softmax notebook) median {n * 1000:7.0f} ms")
            print(f"ratio nbgrader / primer              {n / p:5.1f}   (target >= 10)")


if __name__ == "__main__":
    main()

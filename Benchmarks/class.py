#!/usr/bin/env python3
"""Class grading speed: submissions `primer grade` grades per minute serially (`--jobs 1`) and
with `--jobs` equal to the cores, and what that projects for a class of 500 students × 41
exercises on one machine and on N machines (`--shard I/N`, one shard per machine).

The class is synthetic, made from the course itself: student k's file for an exercise is, in
turn, the solution, each named mistake, and the starter with one edit (a comment), so every
submission is compiled and run and the verdicts are a realistic mix of passes and failures.

    python3 Benchmarks/class.py [--students 4] [--exercises 8] [--runs 3] [--binary PATH]
                                [--keep DIR]

Each run grades into a fresh output folder (no submission is reused), alternating serial and
parallel runs so that the noise of a shared machine hits both; the medians and the ratio
parallel rate / (cores × serial rate) are printed (goal: >= 0.9). Setting up a machine is
measured once in a fresh grader cache: building the kit (a class whose only file is missing
grades nothing but prepares the grader), then the first grading of each exercise, which builds
its module. The projection for a machine is setup + submissions / rate.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LESSONS = os.path.join(ROOT, "Lessons")
# The class the issue sizes: 500 students, 41 exercises (the course had 41 then).
COURSE_EXERCISES = 41
CLASS_STUDENTS = 500

FENCE = re.compile(r"^```(exercise|starter|solution|mistake)(?:[ \t]+([^\s]+))?.*$")


def course():
    """[(exercise id, {"solution": text, "starter": text, "mistakes": [text, ...]})] in course order."""
    exercises = []
    for name in sorted(os.listdir(LESSONS)):
        if not name.endswith(".md"):
            continue
        lines = open(os.path.join(LESSONS, name), encoding="utf-8").read().split("\n")
        i = 0
        while i < len(lines):
            match = FENCE.match(lines[i])
            if not match:
                i += 1
                continue
            kind, argument = match.group(1), match.group(2)
            body = []
            i += 1
            while i < len(lines) and lines[i] != "```":
                body.append(lines[i])
                i += 1
            i += 1
            text = "\n".join(body) + "\n"
            if kind == "exercise":
                exercises.append((argument, {"mistakes": []}))
            elif exercises and kind == "mistake":
                exercises[-1][1]["mistakes"].append(text)
            elif exercises:
                exercises[-1][1][kind] = text
    return exercises


def make_class(folder, students, exercises):
    """One folder per student, each file a solution, a mistake or an edited starter in turn."""
    graded = 0
    for s in range(students):
        workspace = os.path.join(folder, f"student-{s:03d}")
        os.makedirs(workspace)
        for e, (exercise, blocks) in enumerate(exercises):
            variants = [blocks["solution"]] + blocks["mistakes"] + [
                "// attempt\n" + blocks.get("starter", blocks["solution"])]
            with open(os.path.join(workspace, exercise + ".swift"), "w", encoding="utf-8") as out:
                out.write(variants[(s + e) % len(variants)])
            graded += 1
    return graded


def grade(binary, class_folder, out, jobs, env, exercises):
    shutil.rmtree(out, ignore_errors=True)
    command = [binary, "grade", class_folder, "--out", out, "--jobs", str(jobs)] + exercises
    start = time.perf_counter()
    result = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n"
                 f"{result.stdout.decode()}{result.stderr.decode()}")
    return elapsed, result.stdout.decode()


def minutes(seconds):
    return f"{seconds / 60:.1f} min" if seconds < 7200 else f"{seconds / 3600:.1f} h"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=4)
    parser.add_argument("--exercises", type=int, default=8,
                        help="the first N exercises of the course (the last lessons train for minutes)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--binary", default=None)
    parser.add_argument("--shards", type=int, nargs="*", default=[1, 4, 16, 64])
    parser.add_argument("--keep", default=None, help="keep the class and gradebooks in this folder")
    args = parser.parse_args()

    binary = args.binary
    if binary is None:
        for candidate in (".build/release/primer", ".build/debug/primer"):
            if os.access(os.path.join(ROOT, candidate), os.X_OK):
                binary = os.path.join(ROOT, candidate)
                break
    if binary is None:
        sys.exit("Build primer first: `swift build` (or `swift build -c release`).")
    cores = os.cpu_count() or 1

    work = args.keep or tempfile.mkdtemp(prefix="primer-class-bench-")
    os.makedirs(work, exist_ok=True)
    everything = course()
    chosen = everything[:args.exercises]
    ids = [exercise for exercise, _ in chosen]
    class_folder = os.path.join(work, "class")
    shutil.rmtree(class_folder, ignore_errors=True)
    submissions = make_class(class_folder, args.students, chosen)
    env = dict(os.environ, PRIMER_LESSONS=LESSONS, PRIMER_CACHE=os.path.join(work, "cache"))
    shutil.rmtree(env["PRIMER_CACHE"], ignore_errors=True)
    print(f"{binary}; {cores} cores; class: {args.students} students x {len(ids)} exercises "
          f"= {submissions} submissions ({', '.join(ids)}); the course has {len(everything)} exercises")

    # Setting up a machine: the kit, then each exercise's module on its first grading.
    empty = os.path.join(work, "empty-class")
    shutil.rmtree(empty, ignore_errors=True)
    os.makedirs(os.path.join(empty, "nobody"))
    kit, _ = grade(binary, empty, os.path.join(work, "out-empty"), 1, env, ids[:1])
    first, _ = grade(binary, class_folder, os.path.join(work, "out-first"), 1, env, ids)

    serial, parallel = [], []
    for run in range(args.runs):
        serial.append(grade(binary, class_folder, os.path.join(work, "out-serial"), 1, env, ids)[0])
        parallel.append(grade(binary, class_folder, os.path.join(work, "out-parallel"), cores, env, ids)[0])
        print(f"  run {run + 1}: serial {serial[-1]:.1f} s, --jobs {cores} {parallel[-1]:.1f} s")
    serial_s, parallel_s = statistics.median(serial), statistics.median(parallel)
    serial_rate = submissions / serial_s * 60
    parallel_rate = submissions / parallel_s * 60
    ratio = parallel_rate / (cores * serial_rate)
    module_s = max(first - serial_s, 0) / len(ids)
    setup_s = kit + COURSE_EXERCISES * module_s
    print(f"setup: kit {kit:.1f} s, exercise module ~{module_s:.1f} s each "
          f"(first run {first:.1f} s vs warm {serial_s:.1f} s)")
    print(f"serial (--jobs 1):      median {serial_s:.1f} s = {serial_rate:.1f} submissions/min")
    print(f"parallel (--jobs {cores}):    median {parallel_s:.1f} s = {parallel_rate:.1f} submissions/min")
    print(f"parallel / ({cores} x serial) = {ratio:.2f} (goal >= 0.90)")
    total = CLASS_STUDENTS * COURSE_EXERCISES
    print(f"projection, {CLASS_STUDENTS} students x {COURSE_EXERCISES} exercises = {total} submissions "
          f"(at this class's mix; later lessons' exercises run longer), {cores}-core machines "
          f"with a fresh cache (setup {setup_s:.0f} s each):")
    for n in args.shards:
        per_machine = setup_s + total / n / parallel_rate * 60
        print(f"  {n:3d} machine{'s' if n > 1 else ' '} (--shard I/{n}): {minutes(per_machine)}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

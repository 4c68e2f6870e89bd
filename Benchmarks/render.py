#!/usr/bin/env python3
"""Rendering speed: `primer read` of every lesson against Debian's `cmark` on the same files.

Runs both side by side, alternating A B A B so machine drift hits both, and prints the median
wall time of each, their ratio (target: primer / cmark <= 3), and the median time of
`primer list` (target: under 50 ms). Beside wall time it prints CPU time (user + system, from
wait4), which waiting for a core on a busy machine does not inflate.

    python3 Benchmarks/render.py [--runs 15] [--binary .build/release/primer] [--callgrind]

Builds the release binary first unless --binary is given; installs `cmark` with apt-get when
it is missing. --callgrind also counts instructions with valgrind (repeatable where wall time
is not) and splits `primer read` of the first lesson into phases. The binary is built by
`swift build -c release`, as the README's install section builds it.
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


def timed(command, stdout):
    """Wall and CPU (user + system) seconds of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, command)
    return wall, usage.ru_utime + usage.ru_stime


# Phases of `primer read`, by a function that encloses each (callgrind's inclusive counts).
PHASES = [
    ("lesson index (front matter of every file)", "LessonIndexV4load9directory"),
    ("parse the lesson shown (LessonIndex.lesson)", "LessonIndexV6lesson"),
    ("  of which cmark and the walk of its tree", "CommonMarkO5parse4utf8"),
    ("render (TerminalRenderer.renderUTF8)", "TerminalRendererO10renderUTF8"),
    ("everything under main()", "primer_main"),
]


def instructions(command, label):
    """Runs `command` under callgrind; prints its instruction count and, for `primer read`,
    the instructions of each phase."""
    with tempfile.TemporaryDirectory() as directory:
        out = os.path.join(directory, "callgrind.out")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + command,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        report = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--auto=no",
                                 "--threshold=100", out], capture_output=True, text=True,
                                check=True).stdout
    def count(line):
        return int(line.split()[0].replace(",", ""))
    total = next(count(line) for line in report.splitlines() if "PROGRAM TOTALS" in line)
    print(f"{label}: {total / 1e6:.1f} M instructions")
    for name, symbol in PHASES if "read" in command else []:
        # A function can appear under several file names; its largest entry is the whole.
        counts = [count(line) for line in report.splitlines()
                  if symbol in line and re.match(r"^\s*[\d,]+ ", line)]
        if counts:
            print(f"  {name:44s} {max(counts) / 1e6:6.1f} M")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--binary")
    parser.add_argument("--callgrind", action="store_true",
                        help="also count instructions with valgrind and split them by phase")
    args = parser.parse_args()

    if shutil.which("cmark") is None:
        subprocess.run(["apt-get", "install", "-y", "-qq", "cmark"], check=True)
    binary = args.binary
    if binary is None:
        build = ["swift", "build", "-c", "release", "--product", "primer"]
        scratch = os.path.join(ROOT, ".build")
        subprocess.run(build, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        binary = os.path.join(scratch, "release", "primer")

    files = sorted(os.path.join(LESSONS, f) for f in os.listdir(LESSONS) if f.endswith(".md"))
    lessons = [str(n) for n in range(1, len(files) + 1)]
    listing = subprocess.run([binary, "list", "--json", "--lessons", LESSONS], capture_output=True, check=True)
    import json
    ids = [lesson["id"] for lesson in json.loads(listing.stdout)["lessons"]]

    # As the issue has it (`primer read … --no-pager > file`), every output goes to a file.
    outputs = tempfile.mkdtemp(prefix="primer-render-")

    def run_all(commands):
        """Wall and CPU seconds of running `commands` one after the other, each writing its
        output to its own file."""
        wall = cpu = 0.0
        for number, command in enumerate(commands):
            with open(os.path.join(outputs, f"{os.path.basename(command[0])}-{number}.out"), "w") as sink:
                w, c = timed(command, sink)
            wall += w
            cpu += c
        return wall, cpu

    primer_commands = [[binary, "read", lesson_id, "--no-pager", "--lessons", LESSONS] for lesson_id in ids]
    cmark_commands = [["cmark", "--to", "html", path] for path in files]
    list_command = [binary, "list", "--lessons", LESSONS]
    help_command = [binary, "--help"]

    # Warm-up: page cache, dynamic loader.
    run_all(primer_commands); run_all(cmark_commands); run_all([list_command])
    a, b, lists, helps = [], [], [], []
    for _ in range(args.runs):
        a.append(run_all(primer_commands))
        b.append(run_all(cmark_commands))
        lists.append(run_all([list_command]))
        helps.append(run_all([help_command]))

    def summary(runs):
        walls, cpus = [r[0] * 1000 for r in runs], [r[1] * 1000 for r in runs]
        return (f"wall median {statistics.median(walls):.1f} ms (min {min(walls):.1f}, max {max(walls):.1f}); "
                f"CPU median {statistics.median(cpus):.1f} ms")

    size = sum(os.path.getsize(f) for f in files)
    print(f"binary: {binary}")
    print(f"lessons: {len(files)} files, {size / 1024:.1f} KiB, {args.runs} runs each, alternating")
    print(f"primer read (all lessons):    {summary(a)}")
    print(f"cmark --to html (same files): {summary(b)}")
    print(f"ratio primer/cmark: wall median {statistics.median([x[0] / y[0] for x, y in zip(a, b)]):.2f}, "
          f"CPU median {statistics.median([x[1] / y[1] for x, y in zip(a, b)]):.2f} (target <= 3.00)")
    print(f"primer list:   {summary(lists)} (target < 50 ms)")
    print(f"primer --help: {summary(helps)} (start-up and argument parsing only)")

    # The first read after a rebuild also computes the lessons' training curves, which are then
    # kept on disk (see Pictures/TrainingCurveStore.swift); the runs above find them there.
    with tempfile.TemporaryDirectory() as cache:
        environment = dict(os.environ, PRIMER_CACHE=cache)
        start = time.perf_counter()
        for command in primer_commands:
            subprocess.run(command, stdout=subprocess.DEVNULL, env=environment, check=True)
        print(f"primer read (all lessons) with an empty picture cache, once: "
              f"{(time.perf_counter() - start) * 1000:.1f} ms")
    shutil.rmtree(outputs, ignore_errors=True)

    if args.callgrind:
        if shutil.which("valgrind") is None:
            subprocess.run(["apt-get", "install", "-y", "-qq", "valgrind"], check=True)
        instructions(primer_commands[0], f"primer read {ids[0]}")
        instructions(help_command, "primer --help")
        instructions(cmark_commands[0], f"cmark --to html {os.path.basename(files[0])}")


if __name__ == "__main__":
    sys.exit(main())

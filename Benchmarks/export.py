#!/usr/bin/env python3
"""Export speed: `primer export --html` of the whole course against its budget of 0.5 s.

Prints the median wall time of `primer export --html` on a release build and whether it is
within the budget (and its CPU time, user + system over every core, which waiting for a core
on a busy machine does not inflate), and beside it the median time of Debian's `cmark --to html` on the same
files, as an anchor for information only (no target is set against it). Runs alternate
primer and cmark so that machine drift hits both. `primer` renders every lesson, computes
every picture, writes the site to a staging folder and moves it into place; `cmark` renders
each lesson file to HTML on standard output, one process per file.

    python3 Benchmarks/export.py [--runs 15] [--binary .build/release/primer]

Builds the release binary first (`swift build -c release --product primer`) unless --binary
is given; installs `cmark` with apt-get when it is missing. A benchmark, not a test: run it by
hand. Exits with 1 when the export is over its budget.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LESSONS = os.path.join(ROOT, "Lessons")
BUDGET_S = 0.5


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--binary")
    args = parser.parse_args()

    if shutil.which("cmark") is None:
        subprocess.run(["apt-get", "install", "-y", "-qq", "cmark"], check=True)
    binary = args.binary
    if binary is None:
        subprocess.run(["swift", "build", "-c", "release", "--product", "primer"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build", "release", "primer")

    files = sorted(os.path.join(LESSONS, f) for f in os.listdir(LESSONS) if f.endswith(".md"))
    scratch = tempfile.mkdtemp(prefix="primer-export-bench-")
    site = os.path.join(scratch, "site")
    # An empty folder as the workspace: the benchmark measures the course, not a learner's files.
    empty = os.path.join(scratch, "empty-workspace")
    os.mkdir(empty)

    def timed(command, stdout):
        """Wall and CPU (user + system) seconds of one run of `command`; CPU time is not
        inflated by waiting for a core on a busy machine."""
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise subprocess.CalledProcessError(os.waitstatus_to_exitcode(status), command)
        return time.perf_counter() - start, usage.ru_utime + usage.ru_stime

    def primer_export():
        return timed([binary, "export", "--html", site, "--lessons", LESSONS, "--workspace", empty],
                     subprocess.DEVNULL)

    def cmark_all():
        wall = cpu = 0.0
        with open(os.devnull, "w") as sink:
            for path in files:
                w, c = timed(["cmark", "--to", "html", path], sink)
                wall += w
                cpu += c
        return wall, cpu

    try:
        # Warm-up: page cache, dynamic loader.
        primer_export(); cmark_all()
        a, b = [], []
        for _ in range(args.runs):
            a.append(primer_export())
            b.append(cmark_all())
        size = sum(os.path.getsize(f) for f in files)
        out = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(site) for f in fs)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    print(f"lessons: {len(files)} files, {size / 1024:.1f} KiB of Markdown; site: {out / 1024:.1f} KiB; "
          f"{args.runs} runs each, alternating")

    def summary(runs):
        walls, cpus = [r[0] * 1000 for r in runs], [r[1] * 1000 for r in runs]
        return (f"wall median {statistics.median(walls):.1f} ms (min {min(walls):.1f}, "
                f"max {max(walls):.1f}); CPU median {statistics.median(cpus):.1f} ms")

    print(f"primer export --html (whole course): {summary(a)}")
    print(f"cmark --to html (each file):        {summary(b)} (an anchor, not a target)")
    within = statistics.median(r[0] for r in a) <= BUDGET_S
    print(f"budget {BUDGET_S * 1000:.0f} ms for the whole course: {'OK' if within else 'OVER'}")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())

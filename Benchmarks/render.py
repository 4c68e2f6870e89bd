#!/usr/bin/env python3
"""Reading speed: `primer read` of each lesson against its budget of 50 ms.

Prints, for every lesson, the median wall time of `primer read LESSON --no-pager` (output to a
file) on a release build, whether it is within the budget, and beside it the median time of
Debian's `cmark --to html` on the same file, as an anchor for information only (no target is
set against it). Runs alternate primer and cmark so that machine drift hits both. Beside wall
time it prints CPU time (user + system, from wait4), which waiting for a core on a busy
machine does not inflate. Also times `primer list` and `primer --help`.

    python3 Benchmarks/render.py [--runs 15] [--binary .build/release/primer]

Builds the release binary first (`swift build -c release --product primer`) unless --binary
is given; installs `cmark` with apt-get when it is missing. A benchmark, not a test: run it by
hand. Exits with 1 when a lesson is over its budget.
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
BUDGET_MS = 50


def timed(command, stdout):
    """Wall and CPU (user + system) milliseconds of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise subprocess.CalledProcessError(os.waitstatus_to_exitcode(status), command)
    return wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000


def release_binary():
    """Builds `primer` the conventional way and returns its path."""
    subprocess.run(["swift", "build", "-c", "release", "--product", "primer"], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)
    return os.path.join(ROOT, ".build", "release", "primer")


def lesson_files():
    """Each lesson file by the id its front matter gives."""
    files = {}
    for name in sorted(os.listdir(LESSONS)):
        if not name.endswith(".md"):
            continue
        path = os.path.join(LESSONS, name)
        with open(path, encoding="utf-8") as text:
            for line in text:
                if line.startswith("id:"):
                    files[line[3:].strip()] = path
                    break
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--binary")
    args = parser.parse_args()

    if shutil.which("cmark") is None:
        subprocess.run(["apt-get", "install", "-y", "-qq", "cmark"], check=True)
    binary = args.binary or release_binary()
    listing = subprocess.run([binary, "list", "--json", "--lessons", LESSONS],
                             capture_output=True, check=True)
    lessons = json.loads(listing.stdout)["lessons"]
    files = lesson_files()

    outputs = tempfile.mkdtemp(prefix="primer-render-")
    sink = open(os.path.join(outputs, "out"), "w")

    def median(runs):
        return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)

    reads = {lesson["id"]: [] for lesson in lessons}
    cmarks = {lesson["id"]: [] for lesson in lessons}
    commands = {
        lesson_id: ([binary, "read", lesson_id, "--no-pager", "--lessons", LESSONS],
                    ["cmark", "--to", "html", files[lesson_id]])
        for lesson_id in reads
    }
    list_command = [binary, "list", "--lessons", LESSONS]
    help_command = [binary, "--help"]
    lists, helps = [], []
    # Warm-up: page cache, dynamic loader, the picture cache.
    for read, cmark in commands.values():
        timed(read, sink)
        timed(cmark, sink)
    for _ in range(args.runs):
        for lesson_id, (read, cmark) in commands.items():
            reads[lesson_id].append(timed(read, sink))
            cmarks[lesson_id].append(timed(cmark, sink))
        lists.append(timed(list_command, sink))
        helps.append(timed(help_command, sink))
    sink.close()
    shutil.rmtree(outputs, ignore_errors=True)

    print(f"binary: {binary}; {args.runs} runs each, primer and cmark alternating")
    print(f"{'lesson':28s} {'primer read (wall/CPU ms)':>26s}  {'budget':>8s}  {'cmark (wall/CPU ms)':>20s}")
    over = []
    for lesson in lessons:
        lesson_id = lesson["id"]
        wall, cpu = median(reads[lesson_id])
        cmark_wall, cmark_cpu = median(cmarks[lesson_id])
        verdict = "OK" if wall <= BUDGET_MS else "OVER"
        if wall > BUDGET_MS:
            over.append(lesson_id)
        print(f"{lesson_id:28s} {wall:16.1f} / {cpu:5.1f}  "
              f"{BUDGET_MS:>4d} {verdict:>3s}  {cmark_wall:12.1f} / {cmark_cpu:5.1f}")
    wall, cpu = median(lists)
    print(f"primer list:   median {wall:.1f} ms wall, {cpu:.1f} ms CPU")
    wall, cpu = median(helps)
    print(f"primer --help: median {wall:.1f} ms wall, {cpu:.1f} ms CPU (start-up and argument parsing)")
    print(f"budget {BUDGET_MS} ms per lesson: "
          + ("every lesson within it" if not over else f"over for {', '.join(over)}"))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())

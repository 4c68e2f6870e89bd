#!/usr/bin/env python3
"""Export speed: `primer export --html` of the whole course against Debian's `cmark` on the same files.

Runs both side by side, alternating A B A B so machine drift hits both, and prints the median
wall time of each and their ratio (target: primer / cmark <= 5). `primer` renders every lesson,
computes every picture, writes the site to a staging folder and moves it into place; `cmark`
renders each lesson file to HTML on standard output, one process per file as `primer` does one
process for the course.

    python3 Benchmarks/export.py [--runs 15] [--binary .build/release/primer]

Builds the release binary first unless --binary is given; installs `cmark` with apt-get when
it is missing. A benchmark, not a test: run it by hand, once.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LESSONS = os.path.join(ROOT, "Lessons")


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

    def primer_export():
        start = time.perf_counter()
        subprocess.run([binary, "export", "--html", site, "--lessons", LESSONS, "--workspace", empty],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        return time.perf_counter() - start

    def cmark_all():
        start = time.perf_counter()
        with open(os.devnull, "w") as sink:
            for path in files:
                subprocess.run(["cmark", "--to", "html", path], stdout=sink, stderr=subprocess.DEVNULL, check=True)
        return time.perf_counter() - start

    try:
        # Warm-up: page cache, dynamic loader.
        primer_export(); cmark_all()
        a, b, ratios = [], [], []
        for _ in range(args.runs):
            ta, tb = primer_export(), cmark_all()
            a.append(ta); b.append(tb); ratios.append(ta / tb)
        size = sum(os.path.getsize(f) for f in files)
        out = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(site) for f in fs)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    print(f"lessons: {len(files)} files, {size / 1024:.1f} KiB of Markdown; site: {out / 1024:.1f} KiB; "
          f"{args.runs} runs each, alternating")
    print(f"primer export --html (whole course): median {statistics.median(a) * 1000:.1f} ms "
          f"(min {min(a) * 1000:.1f}, max {max(a) * 1000:.1f})")
    print(f"cmark --to html (each file):        median {statistics.median(b) * 1000:.1f} ms "
          f"(min {min(b) * 1000:.1f}, max {max(b) * 1000:.1f})")
    ratio = statistics.median(ratios)
    print(f"ratio primer / cmark: median {ratio:.2f} (target <= 5): {'OK' if ratio <= 5 else 'TOO SLOW'}")


if __name__ == "__main__":
    main()

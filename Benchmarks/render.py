#!/usr/bin/env python3
"""Rendering speed: `primer read` of every lesson against Debian's `cmark` on the same files.

Runs both side by side, alternating A B A B so machine drift hits both, and prints the median
wall time of each, their ratio (target: primer / cmark <= 3), and the median time of
`primer list` (target: under 50 ms).

    python3 Benchmarks/render.py [--runs 15] [--binary .build/release/primer]

Builds the release binary first unless --binary is given; installs `cmark` with apt-get when
it is missing.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LESSONS = os.path.join(ROOT, "Lessons")


def timed(command, stdout):
    start = time.perf_counter()
    subprocess.run(command, stdout=stdout, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--binary")
    args = parser.parse_args()

    if shutil.which("cmark") is None:
        subprocess.run(["apt-get", "install", "-y", "-qq", "cmark"], check=True)
    binary = args.binary
    if binary is None:
        subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "primer"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build", "release", "primer")

    files = sorted(os.path.join(LESSONS, f) for f in os.listdir(LESSONS) if f.endswith(".md"))
    lessons = [str(n) for n in range(1, len(files) + 1)]
    listing = subprocess.run([binary, "list", "--json", "--lessons", LESSONS], capture_output=True, check=True)
    import json
    ids = [lesson["id"] for lesson in json.loads(listing.stdout)["lessons"]]

    def primer_all():
        start = time.perf_counter()
        with open(os.devnull, "w") as sink:
            for lesson_id in ids:
                subprocess.run([binary, "read", lesson_id, "--no-pager", "--lessons", LESSONS],
                               stdout=sink, stderr=subprocess.DEVNULL, check=True)
        return time.perf_counter() - start

    def cmark_all():
        start = time.perf_counter()
        with open(os.devnull, "w") as sink:
            for path in files:
                subprocess.run(["cmark", "--to", "html", path], stdout=sink, stderr=subprocess.DEVNULL, check=True)
        return time.perf_counter() - start

    def primer_list():
        with open(os.devnull, "w") as sink:
            return timed([binary, "list", "--lessons", LESSONS], sink)

    # Warm-up: page cache, dynamic loader.
    primer_all(); cmark_all(); primer_list()
    a, b, ratios, lists = [], [], [], []
    for _ in range(args.runs):
        ta, tb = primer_all(), cmark_all()
        a.append(ta); b.append(tb); ratios.append(ta / tb)
        lists.append(primer_list())

    size = sum(os.path.getsize(f) for f in files)
    print(f"lessons: {len(files)} files, {size / 1024:.1f} KiB, {args.runs} runs each, alternating")
    print(f"primer read (all lessons): median {statistics.median(a) * 1000:.1f} ms "
          f"(min {min(a) * 1000:.1f}, max {max(a) * 1000:.1f})")
    print(f"cmark --to html (same files): median {statistics.median(b) * 1000:.1f} ms "
          f"(min {min(b) * 1000:.1f}, max {max(b) * 1000:.1f})")
    print(f"ratio primer/cmark: median {statistics.median(ratios):.2f} (target <= 3.00)")
    print(f"primer list: median {statistics.median(lists) * 1000:.1f} ms "
          f"(min {min(lists) * 1000:.1f}, max {max(lists) * 1000:.1f}; target < 50 ms)")


if __name__ == "__main__":
    sys.exit(main())

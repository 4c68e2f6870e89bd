#!/usr/bin/env python3
"""Mutation score of the course: `primer verify --mutants --json` on every exercise (or those
named), the share of mutants the checks kill per exercise and over the course, and the time.

    python3 Benchmarks/mutants.py [EXERCISE ...] [--jobs N] [--limit N] [--binary PATH]
                                  [--report FILE]
    python3 Benchmarks/mutants.py --from FILE [FILE ...] [--seconds S] [--report FILE]

Uses the release build (`swift build -c release`) unless `--binary` names another. The goal is
95 % killed on every exercise (`Docs/exercises.md`, *Mutation testing*); exercises below it are
listed with their survivors. `--report FILE` also writes that text to FILE. Each mutant is
compiled once per seed it reaches (about 1 to 2 s each), so the whole course takes a while:
CI runs a subset (`Tests/PrimerCLITests/MutantVerifyTests.swift`). `--from` reads the JSON lines
that earlier `primer verify --mutants --json` runs wrote (one lesson at a time, say) instead of
running (a later file's report of an exercise replaces an earlier one: a re-run after a fix),
and `--seconds` gives their total time for the course's line.
"""
import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("exercises", nargs="*")
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/primer"))
    parser.add_argument("--report", default=None)
    parser.add_argument("--from", dest="logs", nargs="+", default=None, metavar="FILE")
    parser.add_argument("--seconds", type=float, default=None)
    args = parser.parse_args()
    stderr = ""
    if args.logs:
        text = ""
        for log in args.logs:
            with open(log, encoding="utf-8") as file:
                text += file.read() + "\n"
        seconds = args.seconds
        source = " ".join(args.logs)
    else:
        if not os.path.exists(args.binary):
            sys.exit(f"{args.binary} is missing: run `swift build -c release` first.")
        command = [args.binary, "verify", "--mutants", "--json", "--jobs", str(args.jobs),
                   "--lessons", os.path.join(ROOT, "Lessons")]
        if args.limit:
            command += ["--limit", str(args.limit)]
        started = time.monotonic()
        run = subprocess.run(command + args.exercises, capture_output=True, text=True)
        seconds = time.monotonic() - started
        text, stderr, source = run.stdout, run.stderr, " ".join(command)
    # A later report of an exercise (a re-run after a fix) replaces the earlier one.
    latest = {}
    for line in text.splitlines():
        if line.startswith("{"):
            report = json.loads(line)
            latest[report["exercise"]] = report
    reports = list(latest.values())
    if not reports:
        sys.exit(f"no report from {source}:\n{stderr}")

    lines = [f"{'exercise':32} {'score':>7} {'mutants':>7} {'killed':>6} {'survived':>8} "
             f"{'equiv':>5} {'no-compile':>10}"]
    for r in reports:
        lines.append(f"{r['exercise']:32} {100 * r['score']:6.1f}% {r['mutants']:7} {r['killed']:6} "
                     f"{r['survived']:8} {r['equivalent']:5} {r['not_compiling']:10}")
    for r in reports:
        for s in r["survivors"]:
            mutated = s["mutated"] or "(removed)"
            lines.append(f"  {r['exercise']}:{s['line']} [{s['kind']}] {s['original']}  →  {mutated}")
    killed = sum(r["killed"] for r in reports)
    graded = killed + sum(r["survived"] for r in reports)
    below = [r["exercise"] for r in reports if r["score"] < 0.95]
    lowest = min(reports, key=lambda r: r["score"])
    timing = (f"in {seconds:.0f} s" if seconds is not None else "(time not given)") + (
        "" if args.logs else f" with --jobs {args.jobs}"
        + (f" --limit {args.limit}" if args.limit else ""))
    lines.append(
        f"course: {100 * killed / max(graded, 1):.1f}% of {graded} graded mutants killed over "
        f"{len(reports)} exercises; lowest {100 * lowest['score']:.1f}% ({lowest['exercise']}); "
        f"{len(below)} below 95%; {sum(r['mutants'] for r in reports)} mutants {timing}")
    text = "\n".join(lines)
    print(text)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as out:
            out.write(text + "\n")
    errors = [line for line in stderr.splitlines() if not line.startswith("Mutation score")]
    if errors:
        print("\n".join(errors), file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Learning quality of Primer's tiny GPT on tinyshakespeare (90/10 split).

Run from the repository root after a release build:

    swift build -c release
    python3 Benchmarks/gpt_quality.py

The issue's configuration: 2 layers, width 32, 4 heads, context 16, batch 16, peak learning
rate 3e-3 (AdamW, warm-up and cosine decay as `primer gpt train` does), 2,000 steps. It
expects an initial loss within 4.10-4.30 (ln 65 = 4.17) and a final validation loss of at
most 2.20 (a JAX run of this configuration reaches 2.12-2.14; a count-based bigram model
2.48), and prints the losses, the pass/fail verdicts and a 300-character sample.
The text lives in ../shared/data/ beside the repository; Primer does not need it at run time.
"""

import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
PRIMER = ROOT / ".build" / "release" / "primer"
TEXT = ROOT.parent / "shared" / "data" / "tinyshakespeare.txt"


def main():
    if not PRIMER.exists():
        sys.exit(f"{PRIMER} is missing: run `swift build -c release` first.")
    if not TEXT.exists():
        sys.exit(f"{TEXT} is missing: this benchmark needs tinyshakespeare.txt there.")
    with tempfile.TemporaryDirectory() as folder:
        checkpoint = pathlib.Path(folder) / "quality.ckpt"
        train = subprocess.run(
            [str(PRIMER), "gpt", "train", "--text", str(TEXT), "--steps", "2000", "--layers", "2",
             "--width", "32", "--heads", "4", "--context", "16", "--batch", "16", "--lr", "3e-3",
             "--seed", "42", "--out", str(checkpoint), "--save-every", "2000"],
            check=True, capture_output=True, text=True)
        print(train.stderr.strip().splitlines()[0])
        print(train.stdout)
        found = re.search(r"Validation loss: ([\d.]+) at step 0 → ([\d.]+) at step (\d+) \(bigram baseline ([\d.]+)\)",
                          train.stdout)
        initial, final, steps, bigram = float(found[1]), float(found[2]), int(found[3]), float(found[4])
        sample = subprocess.run(
            [str(PRIMER), "gpt", "sample", "--checkpoint", str(checkpoint), "--length", "300", "--seed", "1"],
            check=True, capture_output=True, text=True).stdout
    print(f"initial loss {initial:.3f} (expected 4.10-4.30): {'ok' if 4.10 <= initial <= 4.30 else 'FAIL'}")
    print(f"validation loss after {steps} steps {final:.3f} (at most 2.20; JAX 2.12-2.14; bigram {bigram:.3f}): "
          f"{'ok' if final <= 2.20 else 'FAIL'}")
    print("sample (300 characters):")
    print(sample)


if __name__ == "__main__":
    main()

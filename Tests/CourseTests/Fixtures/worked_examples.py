"""Recomputes the worked examples of lessons 9 to 12 and checks the numbers the lessons print.

Run from the repository root (Python 3, standard library only; CI runs it):

    python3 Tests/CourseTests/Fixtures/worked_examples.py

Each check computes a value from its definition, independently of the Swift reference library,
formats it as the lesson does, and requires that text in the lesson. It prints one line per
check and exits with status 1 when a lesson disagrees.
"""

import math
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
failures = 0


def lesson(prefix):
    return next((ROOT / "Lessons").glob(prefix + "-*.md")).read_text(encoding="utf-8")


def expect(text, needle, what):
    global failures
    ok = needle in text
    failures += not ok
    print(("ok   " if ok else "FAIL ") + what + ": " + needle)


def softmax(xs):
    m = max(xs)
    e = [math.exp(x - m) for x in xs]
    return [v / sum(e) for v in e]


# --- lesson 9: tokenization ------------------------------------------------------------


def bpe_train(ids, merges):
    learned = []
    for _ in range(merges):
        counts, first = {}, {}
        for i, pair in enumerate(zip(ids, ids[1:])):
            counts[pair] = counts.get(pair, 0) + 1
            first.setdefault(pair, i)
        if not counts:
            break
        best = min(counts, key=lambda p: (-counts[p], first[p]))
        ids = apply(ids, best, 256 + len(learned))
        learned.append(best)
    return learned, ids


def apply(ids, pair, new):
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and (ids[i], ids[i + 1]) == pair:
            out.append(new)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


text9 = lesson("09")
expect(text9, " ".join(str(b) for b in "naïve".encode()), "the bytes of naïve")
merges, encoded = bpe_train(list(b"aaabdaaabac"), 3)
expect(text9, " ".join(map(str, encoded)), "aaabdaaabac after three merges")
assert merges == [(97, 97), (256, 97), (257, 98)], merges
baaab = list(b"baaab")
for i, pair in enumerate(merges):
    baaab = apply(baaab, pair, 256 + i)
expect(text9, "`" + " ".join(map(str, baaab)) + "`", "baaab encoded")
cat = "the cat sat on the mat. the cat ate the rat.".encode()
learned, shrunk = bpe_train(list(cat), 8)
expect(text9, f"({len(cat)} bytes)", "the cat text's length")
expect(text9, f"shrinks to {len(shrunk)} tokens", "the cat text after eight merges")

# --- lesson 10: generation --------------------------------------------------------------

text10 = lesson("10")
q3, keys = (1, 1), [(1, 0), (0, 1), (1, -1)]
values = [(1, 2), (3, 0), (0, -2)]
scores = [(q3[0] * k[0] + q3[1] * k[1]) / math.sqrt(2) for k in keys]
weights = softmax(scores)
out = [sum(w * v[c] for w, v in zip(weights, values)) for c in range(2)]
expect(text10, "({:.4f}, {:.4f}, {:.4f})".format(*weights), "the third token's weights")
expect(text10, "= ({:.4f}, {:.4f})$".format(*out), "the third token's output")
p = [0.5, 0.2, 0.15, 0.1, 0.05]
expect(text10, "${:.4f}, {:.4f}, {:.4f}$".format(*(x / 0.85 for x in p[:3])), "top-p 0.8 renormalised")
expect(text10, "{:,} numbers, 36 KiB".format(2 * 12 * 768), "GPT-2 small's cache per token")
assert 2 * 12 * 768 * 2 * 1024 == 36 * 2**20
expect(text10, "{:,} numbers, 512 KiB".format(2 * 32 * 4096), "a 7B model's cache per token")
assert 2 * 32 * 4096 * 2 * 4096 == 2 * 2**30

# --- lesson 11: training well -----------------------------------------------------------

text11 = lesson("11")
expect(text11, "{:.3f}".format(0.02 * math.sqrt(24)), "0.02·√24")
expect(text11, "{:.5f}".format(0.02 / math.sqrt(24)), "0.02/√24")
expect(text11, "$y = (0, {:.4f}, {:.4f}, {:.4f})$".format(2 / 0.9, 3 / 0.9, 4 / 0.9), "dropout example")
expect(text11, "$e^{{1.5}} = {:.2f}$".format(math.exp(1.5)), "perplexity of 1.5 nats")
expect(text11, "$1.5/\\ln 2 = {:.3f}$".format(1.5 / math.log(2)), "bits of 1.5 nats")
expect(text11, "$\\log_2 65 = {:.2f}$".format(math.log2(65)), "bits of a uniform 65")
expect(text11, "perplexity {:.2f}, {:.2f} bits".format(math.exp(1.47), 1.47 / math.log(2)), "nanoGPT's 1.47")

# --- lesson 12: the modern block ---------------------------------------------------------

text12 = lesson("12")
rms = math.sqrt((9 + 16) / 2 + 1e-6)
expect(text12, "$y = ({:.4f}, {:.4f})$".format(3 / rms, 4 / rms), "RMSNorm of (3, 4)")
expect(text12, "$(\\cos 1, \\sin 1) = ({:.4f}, {:.4f})$".format(math.cos(1), math.sin(1)), "RoPE at 1")
expect(text12, "({:.4f}, {:.4f}, {:.4f}, {:.4f})$".format(math.cos(2), math.sin(2), math.cos(0.02), math.sin(0.02)), "RoPE d = 4 at 2")
silu = lambda z: z / (1 + math.exp(-z))
expect(text12, "$({:.4f}, {:.4f})$".format(silu(1), silu(-1)), "SiLU of (1, -1)")
expect(text12, "$(0, {:.4f})$".format(silu(-1) * 2), "SwiGLU example output")
z = min((k / 1000 for k in range(-3000, 0)), key=silu)
expect(text12, "{:.3f}".format(silu(z)), "SiLU's minimum")

print(f"{failures} worked-example numbers disagree with their lessons" if failures else "every worked-example number agrees")
sys.exit(1 if failures else 0)

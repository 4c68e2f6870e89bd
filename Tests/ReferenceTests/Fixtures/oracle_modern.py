"""Oracle fixtures for the modern block, sampling and tokenization.

Run from the repository root (needs jax and numpy; CI only reads the committed JSON):

    python3 Tests/ReferenceTests/Fixtures/oracle_modern.py

It writes Tests/ReferenceTests/Fixtures/modern.json, in the format of core.json (see
Tests/ReferenceTests/Support/Fixtures.swift). Everything numeric is float64. Each function
is written here from its paper, independently of the Swift code and in another form where
one exists: RoPE as complex multiplication, grouped-query attention by repeating key/value
heads, top-p with a stable numpy sort, byte-pair encoding as a plain Python loop.
"""

import json
import pathlib

import jax
import jax.numpy as jnp
import numpy as np

jax.config.update("jax_enable_x64", True)

rng = np.random.default_rng(20_261_206)


def draw(*shape, scale=1.0):
    return rng.standard_normal(shape) * scale


def as_json(value):
    return np.asarray(value, dtype=np.float64).tolist()


def finite_or_name(value):
    """A matrix with -inf spelled as the fixture format's "-Infinity"."""
    return [[("-Infinity" if x == -np.inf else float(x)) for x in row] for row in value]


# --- RMSNorm ---------------------------------------------------------------------------


def rms_norm(x, gamma, epsilon):
    return x * jax.lax.rsqrt(jnp.mean(x * x, axis=-1, keepdims=True) + epsilon) * gamma


def rms_norm_case(x, epsilon=1e-6):
    gamma = draw(x.shape[1])
    return {"x": as_json(x), "gamma": as_json(gamma), "epsilon": epsilon,
            "output": as_json(rms_norm(x, gamma, epsilon))}


# --- RoPE ------------------------------------------------------------------------------


def rotary(x, base, offset):
    """RoFormer's rotation as complex multiplication: pair (2i, 2i+1) is x_2i + i·x_2i+1."""
    t, d = x.shape
    pairs = x[:, 0::2] + 1j * x[:, 1::2]
    positions = (offset + np.arange(t))[:, None]
    frequencies = base ** (-np.arange(0, d, 2) / d)[None, :]
    rotated = pairs * np.exp(1j * positions * frequencies)
    out = np.empty_like(x)
    out[:, 0::2], out[:, 1::2] = rotated.real, rotated.imag
    return out


def rotary_case(t, d, base=10000.0, offset=0):
    x = draw(t, d)
    return {"x": as_json(x), "base": base, "offset": offset, "output": as_json(rotary(x, base, offset))}


# --- SwiGLU ----------------------------------------------------------------------------


def swiglu_case(n, d, h):
    x, w, v, w2 = draw(n, d), draw(d, h), draw(d, h), draw(h, d)
    out = (jax.nn.silu(x @ w) * (x @ v)) @ w2
    return {"x": as_json(x), "w": as_json(w), "v": as_json(v), "w2": as_json(w2),
            "output": as_json(out)}


# --- grouped-query attention ------------------------------------------------------------


def gqa_case(t, d, heads, kv_heads, causal):
    dh = d // heads
    x, wq, wo = draw(t, d), draw(d, d), draw(d, d)
    wk, wv = draw(d, kv_heads * dh), draw(d, kv_heads * dh)
    q = (x @ wq).reshape(t, heads, dh).transpose(1, 0, 2)
    k = (x @ wk).reshape(t, kv_heads, dh).transpose(1, 0, 2)
    v = (x @ wv).reshape(t, kv_heads, dh).transpose(1, 0, 2)
    k = jnp.repeat(k, heads // kv_heads, axis=0)
    v = jnp.repeat(v, heads // kv_heads, axis=0)
    scores = q @ k.transpose(0, 2, 1) / jnp.sqrt(dh)
    if causal:
        scores = jnp.where(jnp.tril(jnp.ones((t, t), dtype=bool)), scores, -jnp.inf)
    heads_out = jax.nn.softmax(scores, axis=-1) @ v  # [heads, t, dh]
    out = heads_out.transpose(1, 0, 2).reshape(t, d) @ wo
    return {"x": as_json(x), "wq": as_json(wq), "wk": as_json(wk), "wv": as_json(wv),
            "wo": as_json(wo), "heads": heads, "kv_heads": kv_heads, "causal": int(causal),
            "output": as_json(out)}


# --- KV cache: the causal attention it must reproduce ------------------------------------


def cache_case(t, dk, dv):
    q, k, v = draw(t, dk), draw(t, dk), draw(t, dv)
    scores = q @ k.T / np.sqrt(dk)
    scores = jnp.where(jnp.tril(jnp.ones((t, t), dtype=bool)), scores, -jnp.inf)
    return {"q": as_json(q), "k": as_json(k), "v": as_json(v),
            "output": as_json(jax.nn.softmax(scores, axis=-1) @ v)}


# --- top-p and perplexity -----------------------------------------------------------------


def top_p(logits, p):
    probabilities = np.asarray(jax.nn.softmax(jnp.asarray(logits), axis=-1))
    out = np.zeros_like(probabilities)
    for r, row in enumerate(probabilities):
        order = np.argsort(-row, kind="stable")  # ties keep the lower index first
        cumulative = np.cumsum(row[order])
        keep = order[: int(np.searchsorted(cumulative, p)) + 1]
        # searchsorted finds the first prefix whose sum is >= p (side="left").
        out[r, keep] = row[keep] / row[keep].sum()
    return out


def top_p_case(logits, p):
    return {"logits": finite_or_name(logits), "p": p, "output": as_json(top_p(logits, p))}


def perplexity_case(n, c, scale=1.0):
    logits = draw(n, c, scale=scale)
    targets = rng.integers(0, c, size=n)
    log_probabilities = jax.nn.log_softmax(logits, axis=-1)
    loss = -jnp.mean(log_probabilities[np.arange(n), targets])
    return {"logits": as_json(logits), "targets": targets.tolist(), "output": float(jnp.exp(loss))}


# --- byte-pair encoding -------------------------------------------------------------------


def bpe_train(text, vocab_size):
    ids = list(text.encode("utf-8"))
    merges = []
    while 256 + len(merges) < vocab_size and len(ids) >= 2:
        counts, first = {}, {}
        for i, pair in enumerate(zip(ids, ids[1:])):
            counts[pair] = counts.get(pair, 0) + 1
            first.setdefault(pair, i)
        best = min(counts, key=lambda pair: (-counts[pair], first[pair]))
        new_id = 256 + len(merges)
        ids = merge(ids, best, new_id)
        merges.append(list(best))
    return merges


def merge(ids, pair, new_id):
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and (ids[i], ids[i + 1]) == pair:
            out.append(new_id)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def bpe_encode(text, merges):
    ids = list(text.encode("utf-8"))
    for index, pair in enumerate(merges):
        ids = merge(ids, tuple(pair), 256 + index)
    return ids


def bpe_case(text, vocab_size, encode_text):
    merges = bpe_train(text, vocab_size)
    encoded = bpe_encode(encode_text, merges)
    # Decoding is checked here too: the ids must give back the bytes.
    table = {i: bytes([i]) for i in range(256)}
    for index, (a, b) in enumerate(merges):
        table[256 + index] = table[a] + table[b]
    assert b"".join(table[i] for i in encoded) == encode_text.encode("utf-8")
    return {"text": text, "vocab_size": vocab_size, "merges": merges,
            "encode_text": encode_text, "encoded": encoded}


# --- training well: dropout, bits per token, early stopping ------------------------------


def dropout_case(rows, columns, rate):
    x = draw(rows, columns)
    draws = rng.uniform(size=(rows, columns))
    draws.flat[0] = rate  # a draw exactly at the rate is kept
    keep = draws >= rate
    return {"x": as_json(x), "draws": as_json(draws), "rate": rate,
            "output": as_json(np.where(keep, x / (1 - rate), 0.0))}


def bits_case(n, c, scale=1.0):
    logits = draw(n, c, scale=scale)
    targets = rng.integers(0, c, size=n)
    loss = -jnp.mean(jax.nn.log_softmax(logits, axis=-1)[np.arange(n), targets])
    return {"logits": as_json(logits), "targets": targets.tolist(), "output": float(loss / np.log(2))}


def early_stopping(losses, patience):
    best, since = 0, 0
    for step in range(1, len(losses)):
        if losses[step] < losses[best]:
            best, since = step, 0
        else:
            since = step - best
            if since >= patience:
                return step, best
    return len(losses) - 1, best


def early_case(losses, patience):
    stop, best = early_stopping(losses, patience)
    return {"losses": losses, "patience": patience, "stop": stop, "best": best}


def main():
    zero_row = draw(3, 5)
    zero_row[1] = 0
    tied = np.array([[1.0, 2.0, 2.0, 0.5, 2.0], [0.0, 0.0, 0.0, 0.0, 0.0]])
    masked = np.array([[3.0, -np.inf, 1.0, -np.inf, 2.5, 0.0]])
    families = {
        "rms_norm": {
            "odd_shape": rms_norm_case(draw(3, 5)),
            "zero_row": rms_norm_case(zero_row),
            "epsilon_0.1": rms_norm_case(draw(2, 4, scale=0.1), epsilon=0.1),
            "large": rms_norm_case(draw(2, 7, scale=1e3)),
        },
        "rotary_embedding": {
            "t5_d6": rotary_case(5, 6),
            "t3_d8_offset7": rotary_case(3, 8, offset=7),
            "t4_d4_base100": rotary_case(4, 4, base=100.0),
            "t1_d2": rotary_case(1, 2),
        },
        "swiglu": {
            "n3_d4_h6": swiglu_case(3, 4, 6),
            "n1_d5_h3": swiglu_case(1, 5, 3),
        },
        "grouped_query_attention": {
            "t5_d8_h4_kv2_causal": gqa_case(5, 8, 4, 2, True),
            "t4_d6_h3_kv1": gqa_case(4, 6, 3, 1, False),
            "t3_d4_h2_kv2_causal": gqa_case(3, 4, 2, 2, True),
        },
        "cached_attention": {
            "t6_dk3_dv4": cache_case(6, 3, 4),
            "t1_dk2_dv2": cache_case(1, 2, 2),
        },
        "top_p": {
            "p0.9": top_p_case(draw(3, 7, scale=2), 0.9),
            "p0.5_ties": top_p_case(tied, 0.5),
            "p1": top_p_case(draw(2, 5), 1.0),
            "masked_p0.8": top_p_case(masked, 0.8),
            "confident_p0.95": top_p_case(np.array([[10.0, 0.0, 0.0, 0.0]]), 0.95),
        },
        "perplexity": {
            "n5_c7": perplexity_case(5, 7),
            "uniform_n3_c10": {**perplexity_case(3, 10, scale=0.0), "output": 10.0},
            "large_n4_c6": perplexity_case(4, 6, scale=50.0),
        },
        "bpe": {
            "ties_and_overlap": bpe_case("aaabdaaabac", 259, "aaabdaaabac"),
            "english": bpe_case("the cat sat on the mat; the hat is on the cat", 280,
                                "the mat is the cat's hat"),
            "utf8": bpe_case("naïve café — naïve café — ünïcödé", 270, "café naïve ü"),
            "stops_early": bpe_case("abab", 300, "ababab"),
            "no_merges": bpe_case("hello", 256, "hello"),
        },
        "dropout": {
            "rate_0.1": dropout_case(3, 5, 0.1),
            "rate_0.5": dropout_case(2, 7, 0.5),
            "rate_0": dropout_case(1, 4, 0.0),
        },
        "bits_per_token": {
            "n5_c7": bits_case(5, 7),
            "large_n3_c4": bits_case(3, 4, scale=80.0),
        },
        "early_stopping": {
            "lesson": early_case([2.0, 1.8, 1.7, 1.72, 1.69, 1.71, 1.73, 1.74], 2),
            "never_stops": early_case([3.0, 2.0, 1.0], 1),
            "ties_do_not_improve": early_case([1.0, 1.0, 1.0, 0.5], 2),
            "patience_3": early_case([1.0, 0.9, 0.95, 0.9, 0.91, 0.89, 0.92], 3),
        },
    }
    cases = {f"{family}/{variant}": case for family, variants in families.items()
             for variant, case in variants.items()}
    contents = {"generator": "python3 Tests/ReferenceTests/Fixtures/oracle_modern.py", "cases": cases}
    path = pathlib.Path(__file__).with_name("modern.json")
    path.write_text(json.dumps(contents, indent=1, allow_nan=False) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()

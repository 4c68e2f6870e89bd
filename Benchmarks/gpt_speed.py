#!/usr/bin/env python3
"""Training speed of Primer's tiny GPT against a jitted JAX twin, measured side by side.

Run from the repository root after a release build:

    swift build -c release
    python3 Benchmarks/gpt_speed.py [--rounds 5] [--steps 60]

The configuration is the issue's: vocabulary 65, context 64, width 64, 4 heads, 2 layers,
MLP 4x, batch 32, AdamW with gradient clipping. Swift (`primer gpt bench`) and JAX take turns,
`--rounds` times each, so both see the same machine load; the medians and their ratio are
printed. Then the GFLOPS of a 512x512 Float32 matrix product: Primer's BLAS fast path
(OpenBLAS sgemm) against numpy's. OPENBLAS_* variables are left as the environment sets them.

The JAX twin is the same model: tied output head, exact GELU, pre-LN blocks without attention
biases, layer norms with eps 1e-5, mean cross-entropy, global-norm clipping at 1, AdamW
(beta2 0.99, weight decay 0.1 on matrices), all in one jitted step on float32.
"""

import argparse
import pathlib
import statistics
import subprocess
import sys
import time

import jax
import jax.numpy as jnp
import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
PRIMER = ROOT / ".build" / "release" / "primer"
TEXT = ROOT.parent / "shared" / "data" / "tinyshakespeare.txt"
V, T, C, H, L, B = 65, 64, 64, 4, 2, 32


def corpus_path():
    if TEXT.exists():
        return TEXT
    lessons = ROOT / ".build" / "gpt_speed_lessons.txt"
    lessons.write_text("\n".join(p.read_text() for p in sorted((ROOT / "Lessons").glob("*.md"))))
    return lessons


# --- the JAX twin --------------------------------------------------------------------------

def init_params(key, vocabulary):
    shapes = [("wte", vocabulary, C), ("wpe", T, C)]
    for layer in range(L):
        p = f"h{layer}."
        shapes += [(p + "ln1.gamma", 1, C), (p + "ln1.beta", 1, C), (p + "attn.wqkv", C, 3 * C),
                   (p + "attn.wo", C, C), (p + "ln2.gamma", 1, C), (p + "ln2.beta", 1, C),
                   (p + "mlp.w1", C, 4 * C), (p + "mlp.b1", 1, 4 * C), (p + "mlp.w2", 4 * C, C),
                   (p + "mlp.b2", 1, C)]
    shapes += [("lnf.gamma", 1, C), ("lnf.beta", 1, C)]
    params = {}
    for name, rows, cols in shapes:
        key, sub = jax.random.split(key)
        if name.endswith("gamma"):
            params[name] = jnp.ones((rows, cols), jnp.float32)
        elif name.endswith("beta") or name.endswith(".b1") or name.endswith(".b2"):
            params[name] = jnp.zeros((rows, cols), jnp.float32)
        else:
            std = 0.02 / (2 * L) ** 0.5 if name.endswith(("attn.wo", "mlp.w2")) else 0.02
            params[name] = jax.random.normal(sub, (rows, cols), jnp.float32) * std
    return params


def layer_norm(x, gamma, beta):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) * jax.lax.rsqrt(var + 1e-5) * gamma + beta


def loss_fn(params, x, y):
    b, t = x.shape
    h = params["wte"][x] + params["wpe"][:t]
    mask = jnp.tril(jnp.ones((t, t), bool))
    for layer in range(L):
        p = f"h{layer}."
        qkv = layer_norm(h, params[p + "ln1.gamma"], params[p + "ln1.beta"]) @ params[p + "attn.wqkv"]
        q, k, v = (a.reshape(b, t, H, C // H).transpose(0, 2, 1, 3) for a in jnp.split(qkv, 3, -1))
        att = jnp.where(mask, q @ k.transpose(0, 1, 3, 2) / jnp.sqrt(C // H), -jnp.inf)
        out = (jax.nn.softmax(att, -1) @ v).transpose(0, 2, 1, 3).reshape(b, t, C)
        h = h + out @ params[p + "attn.wo"]
        m = layer_norm(h, params[p + "ln2.gamma"], params[p + "ln2.beta"])
        h = h + jax.nn.gelu(m @ params[p + "mlp.w1"] + params[p + "mlp.b1"], approximate=False) @ params[p + "mlp.w2"] + params[p + "mlp.b2"]
    logits = layer_norm(h, params["lnf.gamma"], params["lnf.beta"]) @ params["wte"].T
    logp = jax.nn.log_softmax(logits, -1)
    return -jnp.take_along_axis(logp, y[..., None], -1).mean()


@jax.jit
def train_step(params, m, v, t, lr, x, y):
    loss, grads = jax.value_and_grad(loss_fn)(params, x, y)
    norm = jnp.sqrt(sum(jnp.sum(g * g) for g in jax.tree_util.tree_leaves(grads)))
    scale = jnp.minimum(1.0, 1.0 / (norm + 1e-6))
    b1, b2, eps, wd = 0.9, 0.99, 1e-8, 0.1
    new_p, new_m, new_v = {}, {}, {}
    for name, p in params.items():
        g = grads[name] * scale
        new_m[name] = b1 * m[name] + (1 - b1) * g
        new_v[name] = b2 * v[name] + (1 - b2) * g * g
        m_hat = new_m[name] / (1 - b1 ** t)
        v_hat = new_v[name] / (1 - b2 ** t)
        decay = wd if p.shape[0] > 1 else 0.0
        new_p[name] = p - lr * (m_hat / (jnp.sqrt(v_hat) + eps) + decay * p)
    return new_p, new_m, new_v, loss


def jax_steps_per_second(tokens, steps, warmup):
    rng = np.random.default_rng(0)
    params = init_params(jax.random.PRNGKey(0), V)
    m = jax.tree_util.tree_map(jnp.zeros_like, params)
    v = jax.tree_util.tree_map(jnp.zeros_like, params)

    def batch():
        starts = rng.integers(0, len(tokens) - T - 1, B)
        x = np.stack([tokens[s:s + T] for s in starts])
        y = np.stack([tokens[s + 1:s + T + 1] for s in starts])
        return jnp.asarray(x), jnp.asarray(y)

    batches = [batch() for _ in range(warmup + steps)]  # drawn outside the timed loop
    for i in range(warmup):
        params, m, v, loss = train_step(params, m, v, jnp.float32(i + 1), jnp.float32(3e-3), *batches[i])
    loss.block_until_ready()
    start = time.perf_counter()
    for i in range(warmup, warmup + steps):
        params, m, v, loss = train_step(params, m, v, jnp.float32(i + 1), jnp.float32(3e-3), *batches[i])
    loss.block_until_ready()
    return steps / (time.perf_counter() - start)


def swift_figures(text, steps, warmup, gemm):
    out = subprocess.run(
        [str(PRIMER), "gpt", "bench", "--text", str(text), "--steps", str(steps), "--warmup", str(warmup),
         "--gemm", str(gemm)], check=True, capture_output=True, text=True).stdout
    return {k: float(v) for k, v in (line.split() for line in out.splitlines())}


def numpy_gflops(n=512):
    a = np.random.default_rng(1).standard_normal((n, n)).astype(np.float32)
    b = np.random.default_rng(2).standard_normal((n, n)).astype(np.float32)
    best = float("inf")
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(10):
            a @ b
        best = min(best, (time.perf_counter() - start) / 10)
    return 2 * n ** 3 / best / 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=5)
    args = parser.parse_args()
    if not PRIMER.exists():
        sys.exit(f"{PRIMER} is missing: run `swift build -c release` first.")
    text = corpus_path()
    chars = sorted(set(text.read_text()))
    index = {c: i for i, c in enumerate(chars)}
    tokens = np.array([index[c] for c in text.read_text()], dtype=np.int32)
    if len(chars) != V:
        print(f"note: the text has {len(chars)} symbols, not {V}; both sides use {len(chars)}.")
    swift, jax_rates, swift_gemm, numpy_gemm = [], [], [], []
    for round in range(args.rounds):
        figures = swift_figures(text, args.steps, args.warmup, 512)
        swift.append(figures["steps_per_second"])
        swift_gemm.append(figures["gemm_gflops"])
        jax_rates.append(jax_steps_per_second(tokens, args.steps, args.warmup))
        numpy_gemm.append(numpy_gflops())
        print(f"round {round + 1}: Swift {swift[-1]:.1f} steps/s, JAX {jax_rates[-1]:.1f} steps/s "
              f"(ratio {swift[-1] / jax_rates[-1]:.2f}); GEMM Swift {swift_gemm[-1]:.1f} GFLOPS, "
              f"numpy {numpy_gemm[-1]:.1f} GFLOPS")
    s, j = statistics.median(swift), statistics.median(jax_rates)
    sg, ng = statistics.median(swift_gemm), statistics.median(numpy_gemm)
    tokens_per_step = B * T
    ratios = [a / b for a, b in zip(swift, jax_rates)]
    print(f"training: Swift {s:.1f} steps/s ({s * tokens_per_step / 1000:.0f}k tokens/s), "
          f"JAX {j:.1f} steps/s ({j * tokens_per_step / 1000:.0f}k tokens/s), ratio of medians {s / j:.2f}, "
          f"median of the rounds' ratios {statistics.median(ratios):.2f} (the machine is shared: rounds vary)")
    print(f"512x512 Float32 GEMM: Swift {sg:.1f} GFLOPS, numpy {ng:.1f} GFLOPS, ratio {sg / ng:.2f}")


if __name__ == "__main__":
    main()

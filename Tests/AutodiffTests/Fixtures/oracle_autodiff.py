#!/usr/bin/env python3
"""Oracle fixtures for the differentiable tensor (Sources/Autodiff) and the tiny GPT.

Regenerate from the package root (needs numpy and jax; CI only reads the committed JSON):

    python3 Tests/AutodiffTests/Fixtures/oracle_autodiff.py

It writes Tests/AutodiffTests/Fixtures/autodiff.json and Tests/GPTTests/Fixtures/gpt_toy.json. Everything is float64
(jax_enable_x64). For each operation the script draws inputs and a cotangent `r` from a
fixed numpy seed and records the forward value and the gradients of `sum(op(inputs) * r)`
from jax.vjp, never from a hand-derived rule. The `gpt/toy` case is a whole model
(vocabulary 5, width 8, context 4, one layer, 2 heads, batch 2, output head tied to the
token embedding) written here in jax.numpy
from nanoGPT's description: its loss and the gradient of every parameter.

Format: {"cases": {name: {key: value}}}; a matrix is a list of rows; integer lists
(indices, targets, tokens) are lists of numbers; `heads` and `context` are numbers.
"""

import json
import pathlib

import jax
import jax.numpy as jnp
import numpy as np

jax.config.update("jax_enable_x64", True)
rng = np.random.default_rng(2_024_11_29)


def draw(*shape, scale=1.0):
    return rng.standard_normal(shape) * scale


def as_json(value):
    return np.asarray(value, dtype=np.float64).tolist()


def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / jnp.sqrt(var + eps) * gamma + beta


def gelu(x):
    return jax.nn.gelu(x, approximate=False)


def causal_attention(qkv, heads, context):
    rows, three_c = qkv.shape
    c = three_c // 3
    d = c // heads
    batch = rows // context
    q, k, v = (qkv[:, i * c:(i + 1) * c].reshape(batch, context, heads, d).transpose(0, 2, 1, 3)
               for i in range(3))
    scores = q @ k.transpose(0, 1, 3, 2) / jnp.sqrt(d)
    mask = jnp.tril(jnp.ones((context, context), dtype=bool))
    weights = jax.nn.softmax(jnp.where(mask, scores, -jnp.inf), axis=-1)
    return (weights @ v).transpose(0, 2, 1, 3).reshape(rows, c)


def cross_entropy(logits, targets):
    logp = jax.nn.log_softmax(logits, axis=-1)
    return -jnp.mean(logp[jnp.arange(logits.shape[0]), targets])


cases = {}


def record(name, function, inputs, extra=None):
    """Forward value and vjp gradients of `function` at `inputs` (a dict of arrays)."""
    names = list(inputs)
    out, vjp = jax.vjp(lambda *xs: function(*xs), *[jnp.asarray(inputs[n]) for n in names])
    r = draw(*np.shape(out)) if np.ndim(out) else np.asarray(1.0)
    grads = vjp(jnp.asarray(r))
    case = {n: as_json(inputs[n]) for n in names}
    case["r"] = as_json(np.reshape(r, (1, 1)) if np.ndim(out) == 0 else r)
    case["out"] = as_json(np.reshape(out, (1, 1)) if np.ndim(out) == 0 else out)
    for n, g in zip(names, grads):
        case["grad_" + n] = as_json(g)
    case.update(extra or {})
    cases[name] = case


record("matmul", lambda x, w: x @ w, {"x": draw(3, 4), "w": draw(4, 5)})
record("matmul/transposed", lambda x, w: x @ w.T, {"x": draw(3, 4), "w": draw(5, 4)})
record("add/broadcast", lambda x, b: x + b, {"x": draw(3, 4), "b": draw(1, 4)})
record("mul", lambda x, y: x * y, {"x": draw(3, 4), "y": draw(3, 4)})
record("gelu", gelu, {"x": draw(3, 4, scale=2.0)})
record("layer_norm", layer_norm, {"x": draw(3, 5), "gamma": draw(1, 5), "beta": draw(1, 5)})
record(
    "attention", lambda qkv: causal_attention(qkv, 2, 3), {"qkv": draw(6, 12)},
    {"heads": 2, "context": 3})
embedding_indices = np.array([2, 0, 2, 3])
record(
    "embedding", lambda table: table[embedding_indices], {"table": draw(4, 3)},
    {"indices": embedding_indices.tolist()})
ce_targets = np.array([1, 0, 4])
record(
    "cross_entropy", lambda z: cross_entropy(z, ce_targets), {"logits": draw(3, 5, scale=2.0)},
    {"targets": ce_targets.tolist()})

# --- the whole toy model --------------------------------------------------------------

V, C, T, L, H, B = 5, 8, 4, 1, 2, 2
shapes = [("wte", V, C), ("wpe", T, C)]
for layer in range(L):
    p = f"h{layer}."
    shapes += [(p + "ln1.gamma", 1, C), (p + "ln1.beta", 1, C), (p + "attn.wqkv", C, 3 * C),
               (p + "attn.wo", C, C), (p + "ln2.gamma", 1, C), (p + "ln2.beta", 1, C),
               (p + "mlp.w1", C, 4 * C), (p + "mlp.b1", 1, 4 * C), (p + "mlp.w2", 4 * C, C),
               (p + "mlp.b2", 1, C)]
shapes += [("lnf.gamma", 1, C), ("lnf.beta", 1, C)]
params = [draw(r, c, scale=0.5) + (1.0 if n.endswith("gamma") else 0.0) for n, r, c in shapes]
tokens = rng.integers(0, V, size=B * T)
targets = rng.integers(0, V, size=B * T)


def gpt_loss(*ps):
    named = {n: p for (n, _, _), p in zip(shapes, ps)}
    x = named["wte"][tokens] + named["wpe"][np.arange(B * T) % T]
    for layer in range(L):
        p = f"h{layer}."
        a = layer_norm(x, named[p + "ln1.gamma"], named[p + "ln1.beta"]) @ named[p + "attn.wqkv"]
        x = x + causal_attention(a, H, T) @ named[p + "attn.wo"]
        h = layer_norm(x, named[p + "ln2.gamma"], named[p + "ln2.beta"])
        x = x + gelu(h @ named[p + "mlp.w1"] + named[p + "mlp.b1"]) @ named[p + "mlp.w2"] + named[p + "mlp.b2"]
    logits = layer_norm(x, named["lnf.gamma"], named["lnf.beta"]) @ named["wte"].T  # tied head
    return cross_entropy(logits, targets)


loss, grads = jax.value_and_grad(gpt_loss, argnums=tuple(range(len(params))))(*params)
toy = {
    "config": [V, T, C, H, L], "batch": B, "tokens": tokens.tolist(), "targets": targets.tolist(),
    "loss": float(loss), "parameters": [as_json(p) for p in params], "gradients": [as_json(g) for g in grads],
}

path = pathlib.Path(__file__).with_name("autodiff.json")
path.write_text(json.dumps({"generator": "oracle_autodiff.py", "cases": cases}) + "\n")
toy_path = pathlib.Path(__file__).parents[2] / "GPTTests" / "Fixtures" / "gpt_toy.json"
toy_path.write_text(json.dumps({"generator": "oracle_autodiff.py", "case": toy}) + "\n")
print(f"wrote {len(cases)} cases to {path} and the toy model to {toy_path}")

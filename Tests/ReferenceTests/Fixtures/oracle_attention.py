"""Oracle fixtures for attention, layer norm, positional encoding and transformer blocks.

Run from the repository root (needs jax and numpy; CI only reads the committed JSON):

    python3 Tests/ReferenceTests/Fixtures/oracle_attention.py

It writes Tests/ReferenceTests/Fixtures/attention.json. Everything is float64
(jax_enable_x64); every gradient comes from jax.vjp, never from a hand-derived rule.
Inputs are drawn here from a fixed numpy seed, with odd, non-square shapes.

Format (the same as core.json, read by Tests/ReferenceTests/Support/Fixtures.swift):
{"generator": ..., "cases": {"family/variant": {name: value}}}; a matrix is an array of
rows, a vector an array of numbers; `causal` and `heads` are whole numbers (causal: 0 or 1,
since the fixture format has no booleans); an absent `memory` means self-attention.
"""

import json
import pathlib

import jax
import jax.numpy as jnp
import numpy as np

jax.config.update("jax_enable_x64", True)

rng = np.random.default_rng(20_171_206)


def draw(*shape, scale=1.0):
    return rng.standard_normal(shape) * scale


def as_json(value):
    value = np.asarray(value, dtype=np.float64)
    return value.tolist()


# --- attention -------------------------------------------------------------------------


def attention(q, k, v, causal):
    """softmax(Q Kᵀ / √dₖ) V with the top-left causal mask (query i sees keys j ≤ i)."""
    scores = q @ k.T / jnp.sqrt(q.shape[1])
    if causal:
        visible = jnp.tril(jnp.ones((q.shape[0], k.shape[0]), dtype=bool))
        scores = jnp.where(visible, scores, -jnp.inf)
    weights = jax.nn.softmax(scores, axis=-1)
    return weights @ v, weights


def check_against_jax_attention(q, k, v, causal, output):
    """Cross-check with jax.nn.dot_product_attention where it applies (dₖ == dᵥ).

    jax.nn computes its softmax in float32, so this checks the layout and the mask
    convention (top-left, tril), not the last digits.
    """
    if q.shape[1] != v.shape[1]:
        return
    theirs = jax.nn.dot_product_attention(
        q[None, :, None, :], k[None, :, None, :], v[None, :, None, :], is_causal=causal
    )[0, :, 0, :]
    assert np.allclose(theirs, output, rtol=1e-5, atol=1e-6), "jax.nn disagrees"


def attention_case(tq, tk, dk, dv, causal, query_scale=1.0):
    q, k, v = draw(tq, dk, scale=query_scale), draw(tk, dk), draw(tk, dv)
    output, weights = attention(q, k, v, causal)
    check_against_jax_attention(q, k, v, causal, output)
    output_gradient = draw(tq, dv)
    _, pullback = jax.vjp(lambda q, k, v: attention(q, k, v, causal)[0], q, k, v)
    grad_q, grad_k, grad_v = pullback(output_gradient)
    return {
        "q": as_json(q),
        "k": as_json(k),
        "v": as_json(v),
        "causal": int(causal),
        "output": as_json(output),
        "weights": as_json(weights),
        "output_gradient": as_json(output_gradient),
        "grad_q": as_json(grad_q),
        "grad_k": as_json(grad_k),
        "grad_v": as_json(grad_v),
    }


# --- multi-head attention --------------------------------------------------------------


def multi_head_attention(x, memory, wq, wk, wv, wo, heads, causal):
    """Heads as a reshape of [t, d] into [t, heads, d/heads]: contiguous column blocks."""
    m = x if memory is None else memory
    t, d = x.shape
    s = m.shape[0]
    width = d // heads
    q = (x @ wq).reshape(t, heads, width)
    k = (m @ wk).reshape(s, heads, width)
    v = (m @ wv).reshape(s, heads, width)
    scores = jnp.einsum("thc,shc->hts", q, k) / jnp.sqrt(width)
    if causal:
        visible = jnp.tril(jnp.ones((t, s), dtype=bool))
        scores = jnp.where(visible[None], scores, -jnp.inf)
    weights = jax.nn.softmax(scores, axis=-1)
    heads_out = jnp.einsum("hts,shc->thc", weights, v).reshape(t, d)
    return heads_out @ wo


def multi_head_case(t, s, d, heads, causal):
    x = draw(t, d)
    memory = None if s is None else draw(s, d)
    wq, wk, wv, wo = (draw(d, d, scale=d**-0.5) for _ in range(4))
    output = multi_head_attention(x, memory, wq, wk, wv, wo, heads, causal)
    # Cross-check with JAX's own multi-head attention (float32 softmax inside).
    m = x if memory is None else memory
    theirs = jax.nn.dot_product_attention(
        (x @ wq).reshape(1, t, heads, d // heads),
        (m @ wk).reshape(1, m.shape[0], heads, d // heads),
        (m @ wv).reshape(1, m.shape[0], heads, d // heads),
        is_causal=causal,
    ).reshape(t, d) @ wo
    assert np.allclose(theirs, output, rtol=1e-5, atol=1e-6), "jax.nn disagrees"
    case = {
        "x": as_json(x),
        "wq": as_json(wq),
        "wk": as_json(wk),
        "wv": as_json(wv),
        "wo": as_json(wo),
        "heads": heads,
        "causal": int(causal),
        "output": as_json(output),
    }
    if memory is not None:
        case["memory"] = as_json(memory)
    return case


# --- positional encoding ---------------------------------------------------------------


def positional_encoding(length, d):
    """Interleaved: column 2i is sin(pos / 10000^(2i/d)), column 2i+1 the matching cos."""
    position = np.arange(length, dtype=np.float64)[:, None]
    even = np.arange(0, d, 2, dtype=np.float64)
    angles = position / np.power(10000.0, even / d)
    table = np.zeros((length, d))
    table[:, 0::2] = np.sin(angles)
    table[:, 1::2] = np.cos(angles[:, : d // 2])
    return table


def positional_case(length, d):
    return {"length": length, "d_model": d, "output": as_json(positional_encoding(length, d))}


# --- layer norm ------------------------------------------------------------------------


def layer_norm(x, gamma, beta, epsilon):
    mean = jnp.mean(x, axis=-1, keepdims=True)
    variance = jnp.mean((x - mean) ** 2, axis=-1, keepdims=True)
    return (x - mean) / jnp.sqrt(variance + epsilon) * gamma + beta


def layer_norm_case(x, epsilon=1e-5):
    n = x.shape[1]
    gamma, beta = 1.0 + draw(n, scale=0.5), draw(n, scale=0.5)
    output = layer_norm(x, gamma, beta, epsilon)
    output_gradient = draw(*x.shape)
    _, pullback = jax.vjp(lambda x, g, b: layer_norm(x, g, b, epsilon), x, gamma, beta)
    grad_x, grad_gamma, grad_beta = pullback(output_gradient)
    return {
        "x": as_json(x),
        "gamma": as_json(gamma),
        "beta": as_json(beta),
        "epsilon": epsilon,
        "output": as_json(output),
        "output_gradient": as_json(output_gradient),
        "grad_x": as_json(grad_x),
        "grad_gamma": as_json(grad_gamma),
        "grad_beta": as_json(grad_beta),
    }


# --- transformer blocks ----------------------------------------------------------------


def feed_forward(x, w1, b1, w2, b2, activation):
    return activation(x @ w1 + b1) @ w2 + b2


def relu(x):
    return jnp.maximum(x, 0.0)


def exact_gelu(x):
    return jax.nn.gelu(x, approximate=False)


def block_weights(d, ff, heads, prefixes=("",)):
    weights = {"heads": heads}
    for prefix in prefixes:
        for name in ("wq", "wk", "wv", "wo"):
            weights[prefix + name] = draw(d, d, scale=d**-0.5)
    for norm in ("ln1", "ln2", "ln3")[: len(prefixes) + 1]:
        weights[norm + "_gamma"] = 1.0 + draw(d, scale=0.3)
        weights[norm + "_beta"] = draw(d, scale=0.3)
    weights["w1"] = draw(d, ff, scale=d**-0.5)
    weights["b1"] = draw(ff, scale=0.1)
    weights["w2"] = draw(ff, d, scale=ff**-0.5)
    weights["b2"] = draw(d, scale=0.1)
    return weights


def encoder_block(x, w):
    """Post-LN (Vaswani et al. 2017): a = LN₁(x + MHA(x)), out = LN₂(a + FFN_relu(a))."""
    mha = multi_head_attention(x, None, w["wq"], w["wk"], w["wv"], w["wo"], w["heads"], False)
    a = layer_norm(x + mha, w["ln1_gamma"], w["ln1_beta"], 1e-5)
    ffn = feed_forward(a, w["w1"], w["b1"], w["w2"], w["b2"], relu)
    return layer_norm(a + ffn, w["ln2_gamma"], w["ln2_beta"], 1e-5)


def gpt_block(x, w):
    """Pre-LN (GPT-2): h = x + MHA_causal(LN₁(x)), out = h + FFN_gelu(LN₂(h))."""
    n1 = layer_norm(x, w["ln1_gamma"], w["ln1_beta"], 1e-5)
    h = x + multi_head_attention(
        n1, None, w["wq"], w["wk"], w["wv"], w["wo"], w["heads"], True
    )
    n2 = layer_norm(h, w["ln2_gamma"], w["ln2_beta"], 1e-5)
    return h + feed_forward(n2, w["w1"], w["b1"], w["w2"], w["b2"], exact_gelu)


def decoder_block(x, memory, w):
    """Post-LN decoder: masked self-attention, cross-attention over memory, feed-forward."""
    heads = w["heads"]
    self_attention = multi_head_attention(
        x, None, w["self_wq"], w["self_wk"], w["self_wv"], w["self_wo"], heads, True
    )
    a = layer_norm(x + self_attention, w["ln1_gamma"], w["ln1_beta"], 1e-5)
    cross = multi_head_attention(
        a, memory, w["cross_wq"], w["cross_wk"], w["cross_wv"], w["cross_wo"], heads, False
    )
    c = layer_norm(a + cross, w["ln2_gamma"], w["ln2_beta"], 1e-5)
    ffn = feed_forward(c, w["w1"], w["b1"], w["w2"], w["b2"], relu)
    return layer_norm(c + ffn, w["ln3_gamma"], w["ln3_beta"], 1e-5)


def block_case(block, t, d, ff, heads):
    x = draw(t, d)
    w = block_weights(d, ff, heads)
    output = block(x, w)
    return {"x": as_json(x), **{k: v if k == "heads" else as_json(v) for k, v in w.items()},
            "output": as_json(output)}


def decoder_case(t, s, d, ff, heads):
    x, memory = draw(t, d), draw(s, d)
    w = block_weights(d, ff, heads, prefixes=("self_", "cross_"))
    output = decoder_block(x, memory, w)
    return {"x": as_json(x), "memory": as_json(memory),
            **{k: v if k == "heads" else as_json(v) for k, v in w.items()},
            "output": as_json(output)}


# --- the fixture file ------------------------------------------------------------------


def main():
    constant_rows = draw(4, 5)
    constant_rows[1, :] = 3.0
    constant_rows[3, :] = -0.7
    families = {
        "attention": {
            "self_3x3": attention_case(3, 3, 3, 3, causal=False),
            "causal_5x5": attention_case(5, 5, 3, 4, causal=True),
            "cross_3x5_dk4_dv2": attention_case(3, 5, 4, 2, causal=False),
            "causal_more_queries_5x3": attention_case(5, 3, 3, 2, causal=True),
            "causal_fewer_queries_3x5": attention_case(3, 5, 2, 3, causal=True),
            "large_scores": attention_case(4, 6, 3, 5, causal=False, query_scale=300.0),
        },
        "multi_head_attention": {
            "one_head": multi_head_case(5, None, 6, 1, causal=False),
            "two_heads_causal": multi_head_case(5, None, 6, 2, causal=True),
            "three_heads": multi_head_case(4, None, 6, 3, causal=False),
            "cross_two_heads": multi_head_case(3, 5, 6, 2, causal=False),
            "cross_three_heads_causal": multi_head_case(5, 3, 6, 3, causal=True),
        },
        "positional_encoding": {
            "even_7x6": positional_case(7, 6),
            "odd_5x7": positional_case(5, 7),
            "one_column": positional_case(3, 1),
            "long_64x8": positional_case(64, 8),
        },
        "layer_norm": {
            "random_4x7": layer_norm_case(draw(4, 7) * 2.0 + 1.0),
            "constant_rows": layer_norm_case(constant_rows),
            "epsilon_0.1": layer_norm_case(draw(3, 5), epsilon=0.1),
            "one_row": layer_norm_case(draw(1, 6)),
        },
        "encoder_block": {
            "t5_d6_ff10_h2": block_case(encoder_block, 5, 6, 10, 2),
            "t3_d6_ff7_h3": block_case(encoder_block, 3, 6, 7, 3),
        },
        "gpt_block": {
            "t5_d6_ff10_h2": block_case(gpt_block, 5, 6, 10, 2),
            "t4_d6_ff9_h3": block_case(gpt_block, 4, 6, 9, 3),
        },
        "decoder_block": {
            "t4_s5_d6_ff10_h2": decoder_case(4, 5, 6, 10, 2),
        },
    }
    cases = {
        f"{family}/{variant}": case
        for family, variants in families.items()
        for variant, case in variants.items()
    }
    contents = {"generator": "python3 Tests/ReferenceTests/Fixtures/oracle_attention.py",
                "cases": cases}
    path = pathlib.Path(__file__).with_name("attention.json")
    path.write_text(json.dumps(contents, indent=1, allow_nan=False) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()

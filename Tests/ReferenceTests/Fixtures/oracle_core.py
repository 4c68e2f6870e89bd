#!/usr/bin/env python3
"""Oracle fixtures for the core of Primer's reference library.

Regenerate (from the package root; needs numpy and jax):

    python3 Tests/ReferenceTests/Fixtures/oracle_core.py

This writes Tests/ReferenceTests/Fixtures/core.json next to this script. CI uses only the
committed JSON. The script draws every input itself from a fixed numpy seed and computes the
expected outputs independently of the Swift code: forward passes with jax.numpy / jax.nn in
float64, every gradient with jax.grad or jax.vjp (never derived by hand), optimizers from the
published update rules in numpy, and the random generators from the published algorithms
(SplitMix64, xoshiro256**) in plain Python integers.

Format: {"generator": ..., "cases": {"family/variant": {name: value, ...}}}. A matrix is a list
of rows, a vector a list of numbers. Non-finite numbers are the strings "NaN", "Infinity",
"-Infinity"; 64-bit unsigned integers are decimal strings (a double cannot hold them all).
"""

import json
import math
import pathlib

import jax

jax.config.update("jax_enable_x64", True)

import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402

RNG = np.random.default_rng(20260601)
MASK = (1 << 64) - 1
cases = {}


# ---------------------------------------------------------------------------------------------
# Encoding


def encode(value):
    if isinstance(value, (jnp.ndarray, np.ndarray)):
        value = np.asarray(value, dtype=np.float64)
        if value.ndim == 0:
            return encode(float(value))
        return [encode(v) for v in value]
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, (bool, str)):
        return value
    if isinstance(value, (int, np.integer)):
        return int(value)
    value = float(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def case(name, **values):
    assert name not in cases, name
    cases[name] = {key: encode(value) for key, value in values.items()}


def normal(*shape, scale=1.0):
    return RNG.normal(size=shape) * scale


def away_from_zero(*shape):
    """Normal samples with |x| >= 0.1, so finite differences never straddle ReLU's kink."""
    x = RNG.normal(size=shape)
    return np.where(np.abs(x) < 0.1, np.sign(x) * 0.1 + x, x)


def vjp(f, x, g):
    _, pullback = jax.vjp(f, jnp.asarray(x))
    return pullback(jnp.asarray(g))[0]


# ---------------------------------------------------------------------------------------------
# Random numbers: the published algorithms, written from the papers' reference C code.


def splitmix64_stream(seed):
    state = seed & MASK
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


def xoshiro256starstar_stream(seed):
    seeder = splitmix64_stream(seed)
    s = [next(seeder) for _ in range(4)]
    while True:
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        yield result


def uniform(stream):
    return (next(stream) >> 11) * 2.0**-53


def box_muller(stream):
    u1 = uniform(stream)
    u2 = uniform(stream)
    return math.sqrt(-2.0 * math.log(1.0 - u1)) * math.cos(2.0 * math.pi * u2)


for seed in [0, 1, 42, 2**64 - 1]:
    split = splitmix64_stream(seed)
    xo = xoshiro256starstar_stream(seed)
    xo_uniform = xoshiro256starstar_stream(seed)
    xo_normal = xoshiro256starstar_stream(seed)
    case(
        f"random/seed_{seed}",
        seed=str(seed),
        splitmix64=[str(next(split)) for _ in range(6)],
        xoshiro256starstar=[str(next(xo)) for _ in range(6)],
        uniform=[uniform(xo_uniform) for _ in range(6)],
        normal=[box_muller(xo_normal) for _ in range(6)],
    )

# ---------------------------------------------------------------------------------------------
# Activations


def gelu_tanh(x):
    return jax.nn.gelu(x, approximate=True)


def gelu_exact(x):
    return jax.nn.gelu(x, approximate=False)


EDGE = np.array([[-1000.0, -40.0, -1.0, -0.0, 0.0, 1.0, 40.0, 1000.0]])

activations = {
    "relu": jax.nn.relu,
    "sigmoid": jax.nn.sigmoid,
    "tanh": jnp.tanh,
    "gelu_none": gelu_exact,
    "gelu_tanh": gelu_tanh,
}
for name, f in activations.items():
    x = away_from_zero(3, 5)
    g = normal(3, 5)
    case(f"{name}/odd_shape", x=x, expected=f(jnp.asarray(x)))
    wide = normal(2, 7, scale=6.0)
    case(f"{name}/wide_range", x=wide, expected=f(jnp.asarray(wide)))
    case(f"{name}/edges", x=EDGE, expected=f(jnp.asarray(EDGE)))
    case(f"{name}_backward/odd_shape", x=x, grad_output=g, expected=vjp(f, x, g))

# ---------------------------------------------------------------------------------------------
# Softmax and its vector-Jacobian product

for variant, x in {
    "odd_shape": normal(4, 7),
    "single_column": normal(3, 1),
    "large_logits": np.array([[1000.0, -1000.0, 0.0], [1000.0, 1000.0, 999.0]]),
}.items():
    case(f"softmax/{variant}", x=x, expected=jax.nn.softmax(jnp.asarray(x), axis=-1))
x = normal(4, 7)
g = normal(4, 7)
case(
    "softmax_backward/odd_shape",
    x=x,
    output=jax.nn.softmax(jnp.asarray(x), axis=-1),
    grad_output=g,
    expected=vjp(lambda t: jax.nn.softmax(t, axis=-1), x, g),
)

# ---------------------------------------------------------------------------------------------
# Losses


def mse(prediction, target):
    return jnp.mean((prediction - target) ** 2)


def cross_entropy(logits, targets):
    log_probabilities = jax.nn.log_softmax(logits, axis=-1)
    return -jnp.mean(jnp.take_along_axis(log_probabilities, targets[:, None], axis=-1))


p = normal(3, 5)
t = normal(3, 5)
case(
    "mse/odd_shape",
    prediction=p,
    target=t,
    expected=mse(jnp.asarray(p), jnp.asarray(t)),
    expected_gradient=jax.grad(mse)(jnp.asarray(p), jnp.asarray(t)),
)

for variant, (logits, targets) in {
    "odd_shape": (normal(5, 4, scale=2.0), RNG.integers(0, 4, size=5)),
    "single_row": (normal(1, 6), np.array([5])),
    "large_logits": (np.array([[1000.0, -1000.0, 0.0], [-1000.0, 1000.0, 999.0]]), np.array([1, 2])),
}.items():
    lj = jnp.asarray(logits)
    tj = jnp.asarray(targets)
    case(
        f"cross_entropy/{variant}",
        logits=logits,
        targets=targets.tolist(),
        expected=cross_entropy(lj, tj),
        expected_gradient=jax.grad(cross_entropy)(lj, tj),
    )

# ---------------------------------------------------------------------------------------------
# Layers


def linear(x, w, b):
    return x @ w + b


x, w, b, g = normal(5, 3), normal(3, 4), normal(4), normal(5, 4)
_, pullback = jax.vjp(linear, jnp.asarray(x), jnp.asarray(w), jnp.asarray(b))
gx, gw, gb = pullback(jnp.asarray(g))
case(
    "linear/odd_shape",
    x=x,
    w=w,
    b=b,
    grad_output=g,
    expected=linear(x, w, b),
    expected_grad_x=gx,
    expected_grad_w=gw,
    expected_grad_b=gb,
)


def mlp_loss(w1, b1, w2, b2, x, targets):
    hidden = jax.nn.relu(x @ w1 + b1)
    return cross_entropy(hidden @ w2 + b2, targets)


for variant, (n, d, h, c) in {"odd_shape": (6, 4, 5, 3), "single_example": (1, 3, 2, 4)}.items():
    x = normal(n, d)
    w1, b1 = normal(d, h, scale=0.5), normal(h, scale=0.5)
    w2, b2 = normal(h, c, scale=0.5), normal(c, scale=0.5)
    targets = RNG.integers(0, c, size=n)
    # Keep every hidden pre-activation away from ReLU's kink, so the gradient is unambiguous.
    pre = x @ w1 + b1
    assert np.min(np.abs(pre)) > 1e-3, variant
    args = [jnp.asarray(a) for a in (w1, b1, w2, b2, x)] + [jnp.asarray(targets)]
    loss, grads = jax.value_and_grad(mlp_loss, argnums=(0, 1, 2, 3))(*args)
    case(
        f"mlp_gradients/{variant}",
        x=x,
        w1=w1,
        b1=b1,
        w2=w2,
        b2=b2,
        targets=targets.tolist(),
        expected_loss=loss,
        expected_grad_w1=grads[0],
        expected_grad_b1=grads[1],
        expected_grad_w2=grads[2],
        expected_grad_b2=grads[3],
    )

# ---------------------------------------------------------------------------------------------
# Optimizers, from the published update rules (numpy, float64)

w, grad = normal(3, 4), normal(3, 4)
case("sgd_step/odd_shape", w=w, grad=grad, learning_rate=0.1, expected=w - 0.1 * grad)

velocity = normal(3, 4)
new_velocity = 0.9 * velocity + grad  # PyTorch: v <- mu v + g; w <- w - lr v
case(
    "momentum_step/odd_shape",
    w=w,
    grad=grad,
    velocity=velocity,
    learning_rate=0.05,
    momentum=0.9,
    expected_w=w - 0.05 * new_velocity,
    expected_velocity=new_velocity,
)

v = np.abs(normal(3, 4))
new_v = 0.99 * v + 0.01 * grad**2  # Tieleman & Hinton 2012
case(
    "rmsprop_step/odd_shape",
    w=w,
    grad=grad,
    v=v,
    learning_rate=0.01,
    rho=0.99,
    epsilon=1e-8,
    expected_w=w - 0.01 * grad / (np.sqrt(new_v) + 1e-8),
    expected_v=new_v,
)


def adam(w, g, m, v, t, lr, b1, b2, eps):  # Kingma & Ba 2015, Algorithm 1
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g**2
    m_hat = m / (1 - b1**t)
    v_hat = v / (1 - b2**t)
    return w - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


for variant, (m, v, t) in {
    "first_step": (np.zeros((3, 4)), np.zeros((3, 4)), 1),
    "third_step": (normal(3, 4, scale=0.1), np.abs(normal(3, 4, scale=0.1)), 3),
}.items():
    new_w, new_m, new_v = adam(w, grad, m, v, t, 0.001, 0.9, 0.999, 1e-8)
    case(
        f"adam_step/{variant}",
        w=w,
        grad=grad,
        m=m,
        v=v,
        step=t,
        learning_rate=0.001,
        beta1=0.9,
        beta2=0.999,
        epsilon=1e-8,
        expected_w=new_w,
        expected_m=new_m,
        expected_v=new_v,
    )

grads = [normal(2, 3), normal(4, 1), normal(1, 5)]
norm = math.sqrt(sum(float(np.sum(g**2)) for g in grads))
for variant, max_norm in {"clipped": norm / 3, "unclipped": norm * 2}.items():
    scale = max_norm / norm if norm > max_norm else 1.0  # optax.clip_by_global_norm
    case(
        f"clip_grad_norm/{variant}",
        grads=grads,
        max_norm=max_norm,
        expected_norm=norm,
        expected_grads=[g * scale for g in grads],
    )

# ---------------------------------------------------------------------------------------------
# Matrix operations (a generator of their own, so the cases above keep their inputs)

MATRIX_RNG = np.random.default_rng(20261129)

a = MATRIX_RNG.normal(size=(3, 5))
b = MATRIX_RNG.normal(size=(5, 2))
case("matmul/odd_shape", a=a, b=b, expected=jnp.matmul(jnp.asarray(a), jnp.asarray(b)))
a = MATRIX_RNG.normal(size=(1, 4))
b = MATRIX_RNG.normal(size=(4, 1))
case("matmul/row_times_column", a=a, b=b, expected=jnp.matmul(jnp.asarray(a), jnp.asarray(b)))
x = MATRIX_RNG.normal(size=(4, 3)) * 10
case(
    "reductions/odd_shape",
    x=x,
    transposed=jnp.transpose(jnp.asarray(x)),
    row_sums=jnp.sum(jnp.asarray(x), axis=1),
    column_sums=jnp.sum(jnp.asarray(x), axis=0),
    row_maxima=jnp.max(jnp.asarray(x), axis=1),
    sum=jnp.sum(jnp.asarray(x)),
    mean=jnp.mean(jnp.asarray(x)),
)

# ---------------------------------------------------------------------------------------------

output = pathlib.Path(__file__).with_name("core.json")
document = {
    "generator": "python3 Tests/ReferenceTests/Fixtures/oracle_core.py",
    "versions": {"jax": jax.__version__, "numpy": np.__version__},
    "cases": dict(sorted(cases.items())),
}
output.write_text(json.dumps(document, indent=1, allow_nan=False) + "\n")
print(f"wrote {len(cases)} cases to {output}")

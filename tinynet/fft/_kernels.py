"""The fast Fourier transform of one Python list of complex numbers, in O(n log n).

The discrete Fourier transform of x_0 .. x_{n-1} is

    X_k = sum_{j=0}^{n-1} x_j W_n^{jk},   W_n = e^{-2 pi i / n},   k = 0 .. n-1,

and the inverse (without the 1/n) uses W_n^{-jk}.  Computed as written it costs n^2 products.

- **Mixed radix** (Cooley and Tukey) for lengths whose prime factors are all at most 7: for
  n = p m, the p subsequences x_r, x_{r+p}, x_{r+2p}, ... each get a transform Y_r of length m, and

      X_{k + q m} = sum_{r=0}^{p-1} W_p^{rq} (W_n^{rk} Y_r[k]),   k < m, q < p,

  which is p small transforms of length p per k: log_p n stages of O(p n) work.
- **Bluestein's chirp z-transform** for any other length: with jk = (j^2 + k^2 - (k - j)^2) / 2,

      X_k = w_k sum_j (x_j w_j) conj(w_{k-j}),   w_j = e^{-pi i j^2 / n},

  a convolution, done with power-of-two transforms of length M >= 2n - 1.

The twiddle factors W_N^j are computed one by one from cos and sin of an angle reduced to the first
octant (no recurrence, whose errors would grow with n), so W_4^1 is exactly -1j and the table has the
circle's symmetries exactly.  The transforms work on lists of Python complex numbers, one list
comprehension per stage, so no per-element dispatch happens in Python beyond the arithmetic.

    >>> fft_list([1, 2, 3, 4])
    [(10+0j), (-2+2j), (-2+0j), (-2-2j)]
    >>> [v.real for v in fft_list([(10+0j), (-2+2j), (-2+0j), (-2-2j)], inverse=True)]
    [4.0, 8.0, 12.0, 16.0]
"""

import math

_TWO_PI = 2.0 * math.pi

try:
    _conj = complex.conjugate
except AttributeError:  # MicroPython's complex has no conjugate()
    def _conj(z):
        return complex(z.real, -z.imag)
_SMALL_PRIMES = (2, 3, 5, 7)

# Tables of W_N^j (j = 0 .. N-1), one per length N used, and Bluestein's chirps per length n.
_TABLES = {}
_CHIRPS = {}
_CACHE_LIMIT = 64


def unit_root(a, b):
    """Return e^{-2 pi i a/b} for integers 0 <= a <= b, from cos and sin of an angle in [0, pi/4].

    The symmetries e^{-i(2pi - t)} = conj(e^{-it}), cos(pi - t) = -cos t and cos(pi/2 - t) = sin t
    are applied on the exact fraction a/b, so the quarter turns come out exact.

    >>> unit_root(1, 4), unit_root(1, 2), unit_root(1, 8) == complex(0.5 ** 0.5, -(0.5 ** 0.5))
    (-1j, (-1-0j), True)
    """
    a %= b
    negate_sin = False
    negate_cos = False
    swap = False
    if 2 * a > b:  # angle in (pi, 2pi): reflect to 2pi - angle, conjugate
        a = b - a
        negate_sin = True
    if 4 * a > b:  # angle in (pi/2, pi]: pi - angle, negate the cosine
        a, b = b - 2 * a, 2 * b
        negate_cos = True
    if 8 * a > b:  # angle in (pi/4, pi/2]: pi/2 - angle, swap cosine and sine
        a, b = b - 4 * a, 4 * b
        swap = True
    if a == 0:
        c, s = 1.0, 0.0
    elif 8 * a == b:  # pi/4: cos and sin are equal (computed, they differ in the last bit)
        c = s = math.sqrt(0.5)
    else:
        angle = _TWO_PI * a / b
        c, s = math.cos(angle), math.sin(angle)
    if swap:
        c, s = s, c
    if negate_cos:
        c = -c
    if negate_sin:
        s = -s
    return complex(c, -s)


def twiddles(n):
    """Return the list [W_n^0, W_n^1, ..., W_n^{n-1}], W_n = e^{-2 pi i/n} (cached per n).

    >>> twiddles(4)
    [(1-0j), -1j, (-1-0j), 1j]
    """
    table = _TABLES.get(n)
    if table is None:
        if len(_TABLES) >= _CACHE_LIMIT:
            _TABLES.clear()
        table = [unit_root(j, n) for j in range(n)]
        _TABLES[n] = table
    return table


def _smallest_factor(n):
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return p
    return n


def is_smooth(n):
    """Whether every prime factor of n is at most 7 (then the mixed-radix transform applies).

    >>> is_smooth(360), is_smooth(22)
    (True, False)
    """
    for p in _SMALL_PRIMES:
        while n % p == 0:
            n //= p
    return n == 1


def _mixed_radix(x, table, step):
    """Transform x (length n, smooth) with W_n^j = table[j * step]; returns a new list."""
    n = len(x)
    if n <= 4 and n != 3:  # the smallest transforms written out (the recursion's leaves)
        if n == 4:  # W_4 = -i: X_1 = (x0 - x2) - i (x1 - x3), X_3 = (x0 - x2) + i (x1 - x3)
            t0, t1, t2 = x[0] + x[2], x[0] - x[2], x[1] + x[3]
            d = x[1] - x[3]
            t3 = complex(d.imag, -d.real)
            return [t0 + t2, t1 + t3, t0 - t2, t1 - t3]
        if n == 2:
            return [x[0] + x[1], x[0] - x[1]]
        return [x[0]]
    p = _smallest_factor(n)
    m = n // p
    sub_step = step * p
    subs = [_mixed_radix(x[r::p], table, sub_step) for r in range(p)]
    # twiddle: T_r[k] = W_n^{rk} Y_r[k]
    for r in range(1, p):
        subs[r] = [w * y for w, y in zip(table[0:r * m * step:r * step], subs[r])]
    if p == 2:
        even, odd = subs
        return [e + o for e, o in zip(even, odd)] + [e - o for e, o in zip(even, odd)]
    out = []
    block = m * step  # W_p^s = table[s * block]
    for q in range(p):
        acc = subs[0]
        for r in range(1, p):
            c = table[(r * q) % p * block]
            acc = [a + c * t for a, t in zip(acc, subs[r])]
        out.extend(acc)
    return out


def _next_power_of_two(n):
    m = 1
    while m < n:
        m *= 2
    return m


def _chirp(n):
    """Return (w, B, M): w_j = e^{-pi i j^2/n}, M the convolution length, B the transform of conj(w)."""
    entry = _CHIRPS.get(n)
    if entry is None:
        if len(_CHIRPS) >= _CACHE_LIMIT:
            _CHIRPS.clear()
        two_n = 2 * n
        w = [unit_root(j * j % two_n, two_n) for j in range(n)]
        M = _next_power_of_two(2 * n - 1)
        b = [0j] * M
        for j in range(n):
            c = _conj(w[j])
            b[j] = c
            if j:
                b[M - j] = c
        B = _mixed_radix(b, twiddles(M), 1)
        entry = (w, B, M)
        _CHIRPS[n] = entry
    return entry


def _bluestein(x):
    """Transform x of any length n by a circular convolution of power-of-two length."""
    n = len(x)
    w, B, M = _chirp(n)
    table = twiddles(M)
    a = [u * v for u, v in zip(x, w)]
    a.extend([0j] * (M - n))
    A = _mixed_radix(a, table, 1)
    product = [_conj(u * v) for u, v in zip(A, B)]
    c = _mixed_radix(product, table, 1)  # conj(DFT(conj(z))) = M * inverse DFT(z)
    scale = 1.0 / M
    return [_conj(u) * v * scale for u, v in zip(c[:n], w)]


def fft_list(x, inverse=False):
    """Return the unnormalised DFT of the list x: X_k = sum_j x_j e^{-+2 pi i jk/n} (+ for inverse).

    >>> [abs(round(v.real, 12)) for v in fft_list([1, 1, 1])]
    [3.0, 0.0, 0.0]
    """
    n = len(x)
    if inverse:
        x = [_conj(complex(v)) for v in x]
    else:
        x = [complex(v) for v in x]
    if is_smooth(n):
        X = _mixed_radix(x, twiddles(n), 1)
    else:
        X = _bluestein(x)
    if inverse:
        return [_conj(v) for v in X]
    return X

"""Polynomials as coefficient arrays, highest power first: p = [c0, c1, ..., cN] means
c0 x**N + c1 x**(N-1) + ... + cN.

    polyval    Horner's rule: y = (...((c0 x + c1) x + c2) ...) x + cN
    polyadd, polysub, polymul (a convolution of the coefficients), polydiv (long division)
    polyder, polyint   d/dx and the antiderivative, coefficient by coefficient
    roots      the eigenvalues of the companion matrix;  poly: the coefficients from the roots
    polyfit    least squares on the Vandermonde matrix vander(x, deg + 1)
    poly1d     a polynomial object that evaluates, prints and does arithmetic

    >>> from tinynet import polyval, polyder, poly1d
    >>> polyval([1, 0, -1], 3).item(), polyder([1, 0, -1]).tolist()
    (8, [2, 0])
    >>> print(poly1d([1, 2, 3]))
       2
    1 x + 2 x + 3
"""

from tinynet.core.dtypes import FLOAT64
from tinynet.core.errors import RankWarning, warn
from tinynet.core.ndarray import asarray, ndarray
from tinynet.lib.convolution import convolve
from tinynet.lib.creation import ones, zeros
from tinynet.lib.like import zeros_like
from tinynet.lib.ranges import arange
from tinynet.lib.elementwise import sqrt
from tinynet.lib.elementwise_logic import isclose
from tinynet.lib.shaping import atleast_1d, concatenate, diag


def _coefficients(p):
    return p.coeffs if isinstance(p, poly1d) else atleast_1d(asarray(p))


def _either_poly1d(*ps):
    return any(isinstance(p, poly1d) for p in ps)


# --------------------------------------------------------------------------
# Evaluation, arithmetic and calculus
# --------------------------------------------------------------------------


def polyval(p, x):
    """Return p(x) by Horner's rule: y = 0, then y = y * x + c for each coefficient c in turn.

    >>> polyval([3, 0, 1], [0, 1, 2]).tolist()
    [1, 4, 13]
    """
    p = _coefficients(p)
    if isinstance(x, poly1d):
        y = poly1d([0])
        for c in p:
            y = y * x + c
        return y
    x = asarray(x)
    y = zeros_like(x)
    for c in p:
        y = y * x + c
    return y


def polyadd(a1, a2):
    """Return the sum of two polynomials (the shorter is padded with leading zeros).

    >>> polyadd([1, 2], [9, 5, 4]).tolist()
    [9, 6, 6]
    """
    return _combine(a1, a2, lambda x, y: x + y)


def polysub(a1, a2):
    """Return the difference a1 - a2 of two polynomials.

    >>> polysub([2, 10, -2], [3, 10, -4]).tolist()
    [-1, 0, 2]
    """
    return _combine(a1, a2, lambda x, y: x - y)


def _combine(a1, a2, op):
    wrap = _either_poly1d(a1, a2)
    x, y = _coefficients(a1), _coefficients(a2)
    gap = len(y) - len(x)
    if gap > 0:
        x = concatenate((zeros(gap, x.dtype), x))
    elif gap < 0:
        y = concatenate((zeros(-gap, y.dtype), y))
    out = op(x, y)
    return poly1d(out) if wrap else out


def polymul(a1, a2):
    """Return the product of two polynomials: the convolution of their coefficients.

    Leading zero coefficients are dropped first (as poly1d drops them).

    >>> polymul([1, 2, 3], [9, 5, 1]).tolist()
    [9, 23, 38, 17, 3]
    """
    wrap = _either_poly1d(a1, a2)
    out = convolve(poly1d(a1).coeffs, poly1d(a2).coeffs)
    return poly1d(out) if wrap else out


def polydiv(u, v):
    """Return (quotient, remainder) of the long division u / v (in floating point).

    Each step takes d = r[k] / v[0] as the next quotient coefficient and subtracts d * v from the
    remainder; leading remainder coefficients that are zero (to 1e-14 relative) are dropped.

    >>> q, r = polydiv([3.0, 5.0, 2.0], [2.0, 1.0])
    >>> q.tolist(), r.tolist()
    ([1.5, 1.75], [0.25])
    """
    wrap = _either_poly1d(u, v)
    u = _coefficients(u) + 0.0
    v = _coefficients(v) + 0.0
    common = (u[0] + v[0]).dtype
    m, n = len(u) - 1, len(v) - 1
    scale = 1.0 / v[0]
    q = zeros((max(m - n + 1, 1),), common)
    r = u.astype(common)
    for k in range(m - n + 1):
        d = scale * r[k]
        q[k] = d
        r[k:k + n + 1] -= d * v
    while bool(isclose(r[0], 0, rtol=1e-14)) and r.shape[-1] > 1:
        r = r[1:]
    if wrap:
        return poly1d(q), poly1d(r)
    return q, r


def polyder(p, m=1):
    """Return the m-th derivative: each c x**k becomes k c x**(k-1).

    >>> polyder([1, 1, 1, 1], 2).tolist()
    [6, 2]
    """
    m = int(m)
    if m < 0:
        raise ValueError("Order of derivative must be positive (see polyint)")
    wrap = isinstance(p, poly1d)
    p = _coefficients(p)
    for _ in range(m):
        n = len(p) - 1
        p = p[:-1] * arange(n, 0, -1)
    return poly1d(p) if wrap else p


def polyint(p, m=1, k=None):
    """Return the m-th antiderivative: each c x**k becomes c x**(k+1) / (k+1), plus a constant.

    k gives the integration constants (one per integration, first integration first; default 0).

    >>> polyint([3, 2, 1]).tolist()
    [1.0, 1.0, 1.0, 0.0]
    """
    m = int(m)
    if m < 0:
        raise ValueError("Order of integral must be positive (see polyder)")
    if k is None:
        k = zeros(m, FLOAT64)
    k = atleast_1d(asarray(k))
    if len(k) == 1 and m > 1:
        k = k[0] * ones(m, FLOAT64)
    if len(k) < m:
        raise ValueError("k must be a scalar or a rank-1 array of length 1 or >m.")
    wrap = isinstance(p, poly1d)
    p = _coefficients(p)
    for j in range(m):
        p = concatenate((p / arange(len(p), 0, -1), k[j:j + 1]))
    return poly1d(p) if wrap else p


# --------------------------------------------------------------------------
# Roots, fitting and the Vandermonde matrix
# --------------------------------------------------------------------------


def roots(p):
    """Return the roots of a polynomial: the eigenvalues of its companion matrix.

    Leading zeros are dropped; trailing zeros are roots at 0.  The order of the roots is the
    eigenvalue solver's.

    >>> sorted(roots([1, -3, 2]).tolist())
    [1.0, 2.0]
    """
    p = atleast_1d(asarray(p))
    if p.ndim != 1:
        raise ValueError("Input must be a rank-1 array.")
    nonzero = [i for i, c in enumerate(p.tolist()) if c != 0]
    if not nonzero:
        return asarray([], dtype=FLOAT64)
    trailing = len(p) - nonzero[-1] - 1
    p = p[nonzero[0]:nonzero[-1] + 1]
    if p.dtype.kind not in "fc":
        p = p.astype(FLOAT64)
    n = len(p)
    if n > 1:
        from tinynet.linalg import eigvals
        companion = diag(ones((n - 2,), p.dtype), -1)
        companion[0, :] = -p[1:] / p[0]
        found = eigvals(companion)
    else:
        found = asarray([], dtype=p.dtype)
    return concatenate((found, zeros(trailing, found.dtype)))


def poly(seq_of_zeros):
    """Return the coefficients of the monic polynomial with the given roots: prod_i (x - r_i).

    A square matrix gives its characteristic polynomial (from its eigenvalues).  Roots that come in
    conjugate pairs give real coefficients.

    >>> poly([1, 2]).tolist()
    [1.0, -3.0, 2.0]
    """
    zs = atleast_1d(asarray(seq_of_zeros))
    if zs.ndim == 2 and zs.shape[0] == zs.shape[1] and zs.shape[0] != 0:
        from tinynet.linalg import eigvals
        zs = eigvals(zs)
    elif zs.ndim != 1:
        raise ValueError("input must be 1d or non-empty square 2d array.")
    if len(zs) == 0:
        return 1.0
    a = ones((1,), FLOAT64 if zs.dtype.kind != "c" else zs.dtype)
    for z in zs:
        a = convolve(a, asarray([1, -z], dtype=zs.dtype if zs.dtype.kind in "fc" else FLOAT64))
    if a.dtype.kind == "c":
        values = zs.tolist()
        positive = sorted(z for z in values if z.imag > 0)
        conjugates = sorted(z.conjugate() for z in values if z.imag < 0)
        if positive == conjugates:
            a = a.real.copy()
    return a


def vander(x, N=None, increasing=False):
    """Return the Vandermonde matrix: column j holds x**(N-1-j) (or x**j when increasing).

    >>> vander([1, 2, 3], 3).tolist()
    [[1, 1, 1], [4, 2, 1], [9, 3, 1]]
    """
    x = asarray(x)
    if x.ndim != 1:
        raise ValueError("x must be a one-dimensional array or sequence.")
    if N is None:
        N = len(x)
    powers = [x ** 0 * 1 if j == 0 else x ** j for j in range(N)]
    columns = powers if increasing else powers[::-1]
    out = zeros((len(x), N), x.dtype)
    for j, column in enumerate(columns):
        out[:, j] = column
    return out


def polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False):
    """Return the least-squares polynomial of degree deg through the points (x, y), highest power first.

    Solves min ||w * (V c - y)|| for V = vander(x, deg + 1), with V's columns scaled to unit norm
    first for a better-conditioned problem.  full=True also returns residuals, rank, singular values
    and rcond; cov=True the coefficients' covariance matrix.

    >>> [round(c, 10) for c in polyfit([0, 1, 2], [1, 3, 5], 1).tolist()]
    [2.0, 1.0]
    """
    from tinynet.linalg import inv, lstsq
    order = int(deg) + 1
    x = asarray(x) + 0.0
    y = asarray(y) + 0.0
    if deg < 0:
        raise ValueError("expected deg >= 0")
    if x.ndim != 1:
        raise TypeError("expected 1D vector for x")
    if x.size == 0:
        raise TypeError("expected non-empty vector for x")
    if y.ndim < 1 or y.ndim > 2:
        raise TypeError("expected 1D or 2D array for y")
    if x.shape[0] != y.shape[0]:
        raise TypeError("expected x and y to have same length")
    if rcond is None:
        rcond = len(x) * 2.220446049250313e-16
    lhs = vander(x, order)
    rhs = y
    if w is not None:
        w = asarray(w) + 0.0
        if w.ndim != 1:
            raise TypeError("expected a 1-d array for weights")
        if w.shape[0] != y.shape[0]:
            raise TypeError("expected w and y to have the same length")
        lhs = lhs * w[:, None]
        rhs = rhs * w if rhs.ndim == 1 else rhs * w[:, None]
    scale = sqrt((lhs * lhs).sum(axis=0))
    lhs = lhs / scale
    c, resids, rank, s = lstsq(lhs, rhs, rcond)
    c = (c.T / scale).T
    if rank != order and not full:
        warn("Polyfit may be poorly conditioned", RankWarning)
    if full:
        return c, resids, rank, s, rcond
    if cov:
        base = inv(lhs.T @ lhs)
        base = base / (scale[:, None] * scale[None, :])
        if cov == "unscaled":
            factor = 1
        else:
            if len(x) <= order:
                raise ValueError("the number of data points must exceed order to scale the covariance "
                                 "matrix")
            factor = resids / (len(x) - order)
        if y.ndim == 1:
            return c, base * factor
        return c, base[:, :, None] * factor
    return c


# --------------------------------------------------------------------------
# poly1d
# --------------------------------------------------------------------------


def _format_coefficient(c):
    def short(q):
        text = "%.4g" % q
        return text[:-5] if text.endswith(".0000") else text
    if isinstance(c, complex) and c.imag != 0:
        if c.real == 0:
            return "%sj" % short(c.imag)
        return "(%s + %sj)" % (short(c.real), short(c.imag))
    return short(c.real if isinstance(c, complex) else c)


def _term(coefficient, power, var):
    if coefficient == "0":
        return ""
    if power == 0:
        return coefficient
    name = var if power == 1 else "%s**%d" % (var, power)
    return "%s %s" % (coefficient, name)


def _raise_powers(text, wrap=70):
    """Lift each "**k" into a line of exponents above its term, starting a new pair of lines when a
    line would pass wrap characters; the text after the last power ends the bottom line.

    >>> print(_raise_powers("1 x**2 + 2 x + 3"))
       2
    1 x + 2 x + 3
    """
    top = bottom = ""
    output = " "
    start = 0
    while True:
        at = text.find("**", start)
        if at < 0:
            break
        end = at + 2
        while end < len(text) and text[end].isdigit():
            end += 1
        power, before = text[at + 2:end], text[start:at]
        add_bottom = before + " " * (len(power) - 1)
        add_top = " " * (len(before) - 1) + power
        if len(bottom) + len(add_bottom) > wrap or len(top) + len(add_top) > wrap:
            output += top + "\n" + bottom + "\n "
            top, bottom = add_top, add_bottom
        else:
            top += add_top
            bottom += add_bottom
        start = end
    return output + top + "\n" + bottom + text[start:]


class poly1d:
    """A polynomial in one variable: poly1d([1, 2, 3]) is x**2 + 2x + 3.

    p(x) evaluates by Horner's rule; +, -, *, / (by a number), ** (a non-negative int), p.deriv(),
    p.integ(), p.roots, p.order, p.coeffs (also p.c), p[k] the coefficient of x**k.
    poly1d(r, True) builds the polynomial with roots r.

    >>> p = poly1d([1, 2, 3])
    >>> p(2).item(), (p * p).coeffs.tolist(), p.deriv().coeffs.tolist()
    (11, [1, 4, 10, 12, 9], [2, 2])
    """

    __hash__ = None

    def __init__(self, c_or_r, r=False, variable=None):
        if isinstance(c_or_r, poly1d):
            self._variable = c_or_r._variable
            self._coeffs = c_or_r._coeffs
            if variable is not None:
                self._variable = variable
            return
        if r:
            c_or_r = poly(c_or_r)
        c = atleast_1d(asarray(c_or_r))
        if c.ndim > 1:
            raise ValueError("Polynomial must be 1d only.")
        values = c.tolist()
        first = next((i for i, v in enumerate(values) if v != 0), len(values))
        c = c[first:]
        if len(c) == 0:
            c = asarray([0], dtype=c.dtype)
        self._coeffs = c
        self._variable = "x" if variable is None else variable

    @property
    def coeffs(self):
        return self._coeffs

    @coeffs.setter
    def coeffs(self, value):
        if value is not self._coeffs:
            raise AttributeError("Cannot set attribute")

    c = coef = coefficients = coeffs

    @property
    def variable(self):
        return self._variable

    @property
    def order(self):
        return len(self._coeffs) - 1

    o = order

    @property
    def roots(self):
        return roots(self._coeffs)

    r = roots

    def __array__(self, dtype=None, copy=None):
        return self._coeffs if dtype is None else self._coeffs.astype(dtype)

    def __repr__(self):
        text = repr(self._coeffs)
        return "poly1d(%s)" % text[6:-1]

    def __len__(self):
        return self.order

    def __str__(self):
        values = self._coeffs.tolist()
        first = next((i for i, v in enumerate(values) if v != 0), len(values))
        values = values[first:]
        top = len(values) - 1
        text = "0"
        for k, c in enumerate(values):
            term = _term(_format_coefficient(c), top - k, self._variable)
            if k == 0:
                text = term if term or top else "0"
            elif term:
                text = "%s - %s" % (text, term[1:]) if term.startswith("-") else "%s + %s" % (text, term)
        return _raise_powers(text)

    def __call__(self, val):
        return polyval(self._coeffs, val)

    def __neg__(self):
        return poly1d(-self._coeffs)

    def __pos__(self):
        return self

    def __mul__(self, other):
        if isinstance(other, (int, float, complex)) or (isinstance(other, ndarray) and other.ndim == 0):
            return poly1d(self._coeffs * other)
        return poly1d(polymul(self._coeffs, poly1d(other)._coeffs))

    def __rmul__(self, other):
        return self.__mul__(other)

    def __add__(self, other):
        return poly1d(polyadd(self._coeffs, poly1d(other)._coeffs))

    __radd__ = __add__

    def __sub__(self, other):
        return poly1d(polysub(self._coeffs, poly1d(other)._coeffs))

    def __rsub__(self, other):
        return poly1d(polysub(poly1d(other)._coeffs, self._coeffs))

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            raise ValueError("Power to non-negative integers only.")
        out = poly1d([1])
        for _ in range(n):
            out = out * self
        return out

    def __truediv__(self, other):
        if isinstance(other, (int, float, complex)) or (isinstance(other, ndarray) and other.ndim == 0):
            return poly1d(self._coeffs / other)
        return polydiv(self, poly1d(other))

    def __rtruediv__(self, other):
        return polydiv(poly1d(other), self)

    def __eq__(self, other):
        if not isinstance(other, poly1d):
            return NotImplemented
        return self._coeffs.shape == other._coeffs.shape and bool((self._coeffs == other._coeffs).all())

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __getitem__(self, power):
        index = self.order - power
        if power > self.order or power < 0:
            return self._coeffs.dtype.type(0)
        return self._coeffs[index]

    def __iter__(self):
        return iter(self._coeffs)

    def integ(self, m=1, k=0):
        """Return the m-th antiderivative as a poly1d (see polyint)."""
        return poly1d(polyint(self._coeffs, m=m, k=k))

    def deriv(self, m=1):
        """Return the m-th derivative as a poly1d (see polyder)."""
        return poly1d(polyder(self._coeffs, m=m))

"""Distribution parameters: NumPy's checks, broadcasting, and one draw per output entry.

``fill(draw, size, params, dtype)`` is the loop behind every distribution
method of both generators. Each parameter is ``(value, name, rule, kind)``:

- value: a scalar, a 0-d array, or an array-like (broadcast against the others and the size);
- rule: one of the constraint names below, checked on every value before anything is drawn,
  with NumPy's message (``"p < 0, p > 1 or p is NaN"``; an array says ``"contains NaNs"``);
- kind: ``float`` or ``int`` (int parameters such as binomial's ``n`` are truncated from a
  float scalar, refused as a float array, as NumPy does).

With only scalar parameters and size None the result is one Python scalar;
otherwise an ndarray of the size (or the broadcast shape), drawn in C order.

>>> from tinynet.core.dtypes import FLOAT64
>>> fill(lambda loc: loc + 0.5, 3, [(1.0, 'loc', None, float)], FLOAT64).tolist()
[1.5, 1.5, 1.5]
>>> fill(lambda p: p, None, [(1.5, 'p', 'unit', float)], FLOAT64)
Traceback (most recent call last):
    ...
ValueError: p < 0, p > 1 or p is NaN
"""

import math

from tinynet.core import dtypes as _dtypes
from tinynet.core import nested as _nested
from tinynet.random import sampling as _sampling

__all__ = ['fill', 'check', 'scalar_parameters', 'LEGACY_POISSON_LAM_MAX', 'POISSON_LAM_MAX']

# the largest lam whose Poisson draws stay inside int64: 2**63 - 1 - 10 sqrt(2**63 - 1)
LEGACY_POISSON_LAM_MAX = 9.223372006484771e+18
POISSON_LAM_MAX = 9.223372006484771e+18


def _is_nan(value):
    return value != value


def _sign_negative(value):
    return value < 0 or (value == 0 and math.copysign(1.0, value) < 0)


def _violation(value, name, rule, is_array):
    """Return NumPy's message if value breaks rule, else None."""
    nan_words = (' contains NaNs' if is_array else ' is NaN')
    if rule == 'non-negative':      # the sign bit: -0.0 is refused, nan passes
        if not _is_nan(value) and _sign_negative(value):
            return name + ' < 0'
    elif rule == 'positive':        # nan passes
        if value <= 0:
            return name + ' <= 0'
    elif rule == 'positive-not-nan':
        if _is_nan(value):
            return name + ' must not be NaN'
        if value <= 0:
            return name + ' <= 0'
    elif rule == 'unit':            # [0, 1]
        if not (0 <= value <= 1):
            return '%s < 0, %s > 1 or %s%s' % (name, name, name, nan_words)
    elif rule == 'unit-above-0':    # (0, 1]
        if not (0 < value <= 1):
            return '%s <= 0, %s > 1 or %s contains NaNs' % (name, name, name)
    elif rule == 'unit-below-1':    # [0, 1)
        if not (0 <= value < 1):
            return '%s < 0, %s >= 1 or %s%s' % (name, name, name, nan_words)
    elif rule == 'above-1':
        if not (value > 1):
            return '%s <= 1 or %s%s' % (name, name, nan_words)
    elif rule == 'at-least-1':
        if not (value >= 1):
            return '%s < 1 or %s%s' % (name, name, nan_words)
    elif rule in ('poisson', 'legacy-poisson'):
        largest = LEGACY_POISSON_LAM_MAX if rule == 'legacy-poisson' else POISSON_LAM_MAX
        if (value < 0) if is_array else not (value >= 0):
            return '%s < 0 or %s%s' % (name, name, nan_words)
        if not (value <= largest):
            return name + ' value too large'
    return None


def check(values, name, rule, is_array):
    """Raise NumPy's ValueError if any of values breaks rule; None checks nothing.

    An array is checked one condition at a time over all its values, as NumPy does.

    >>> check([1.0, -0.0], 'scale', 'non-negative', True)
    Traceback (most recent call last):
        ...
    ValueError: scale < 0
    """
    if rule is None:
        return
    if rule in ('poisson', 'legacy-poisson') and is_array:
        for value in values:          # every negative first, then every value too large
            if value < 0:
                raise ValueError(_violation(value, name, rule, True))
    for value in values:
        message = _violation(value, name, rule, is_array)
        if message is not None:
            raise ValueError(message)


def _as_int(value, is_array):
    """Return an int parameter as NumPy's int64: a float truncates, but one from an array is refused."""
    index = _sampling.index_or_none(value)
    if index is not None:
        if not -0x8000000000000000 <= index <= 0x7FFFFFFFFFFFFFFF:
            raise OverflowError('Python int too large to convert to C long')
        return index
    if is_array:
        raise TypeError("Cannot cast array data from dtype('float64') to dtype('int64') "
                        "according to the rule 'safe'")
    value = float(value)
    if value != value or value in (float('inf'), float('-inf')):
        raise ValueError('cannot convert float %s to integer' % value)
    return int(value)


def scalar_parameters(params):
    """Return the checked Python values of params if every one is a scalar, else None.

    >>> scalar_parameters([(2, 'n', 'non-negative', int), (0.5, 'p', 'unit', float)])
    [2, 0.5]
    """
    for value, _, _, _ in params:
        if not _sampling.is_scalar(value):
            return None
    values = []
    for value, name, rule, kind in params:
        value = _sampling.scalar_value(value)
        value = _as_int(value, False) if kind is int else float(value)
        check([value], name, rule, False)
        values.append(value)
    return values


def fill(draw, size, params, dtype, scalar_draws=None):
    """Return draw(*values) for each entry of the output: a scalar for size None and scalar params.

    scalar_draws(count, *values), if given, draws count values at once for scalar parameters
    (a sampler that sets up its constants once, such as binomial's BTPE).
    """
    shape = _sampling.shape_of_size(size)
    values = scalar_parameters(params)
    if values is not None:
        if shape is None:
            return draw(*values)
        count = _nested.size_of(shape)
        if scalar_draws is not None:
            out = scalar_draws(count, *values)
        else:
            out = [0.0] * count
            for i in range(count):
                out[i] = draw(*values)
        return _sampling.build(out, shape, dtype)
    flats = []
    for value, name, rule, kind in params:
        values, param_shape = _sampling.flatten(value)
        if kind is int:   # a float array is refused, a list of floats truncated, as NumPy casts them
            strict = hasattr(value, 'dtype')
            values = [_as_int(v, strict) for v in values]
        else:
            values = [float(v) for v in values]
        flats.append((values, param_shape))
    if shape is None:   # NumPy broadcasts the parameters before it checks them
        _sampling.broadcast_shapes([param_shape for _, param_shape in flats])
    for (values, _), (_, name, rule, _) in zip(flats, params):
        check(values, name, rule, True)
    out_shape, columns = _sampling.broadcast_parameters(shape, flats)
    out = [draw(*row) for row in zip(*columns)]
    return _sampling.build(out, out_shape, dtype)


FLOAT64 = _dtypes.FLOAT64
INT64 = _dtypes.INT64

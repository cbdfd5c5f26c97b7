"""Machine limits: ``iinfo`` for the integer dtypes, ``finfo`` for the float and complex ones.

    >>> iinfo("int8").max, finfo("float32").bits, float(finfo("float16").eps)
    (127, 32, 0.0009765625)
"""

import math

from tinynet.core.dtypes import (
    COMPLEX128, FLOAT32, FLOAT64, FLOAT_IS_SINGLE, INT8, _dtype_of_operand, as_dtype, dtype, real_dtype, scalar,
)  # noqa: F401 - the examples use COMPLEX128 and INT8
from tinynet.core.representable import fix


def _info_dtype(spec):
    """The dtype of iinfo/finfo's argument: a dtype spec, an array or a number."""
    if isinstance(spec, (bool, int, float, complex)) and not isinstance(spec, type):
        if hasattr(spec, "dtype"):
            return _dtype_of_operand(spec)
        from tinynet.core.value_dtypes import dtype_of_value

        return dtype_of_value(spec)
    if not isinstance(spec, (str, type, dtype)) and getattr(spec, "dtype", None) is not None:
        return as_dtype(spec.dtype)
    return as_dtype(spec)


class iinfo:
    """Machine limits of an integer dtype: min, max, bits.

    >>> iinfo(INT8)
    iinfo(min=-128, max=127, dtype=int8)
    >>> iinfo("uint16").max, iinfo(int).bits
    (65535, 64)
    """

    def __init__(self, int_type):
        d = _info_dtype(int_type)
        if d.kind not in "iu":
            raise ValueError("Invalid integer data type %r." % d.kind)
        self.dtype = d
        self.kind = d.kind
        self.bits = d._bits
        self.min = d._min
        self.max = d._max

    def __repr__(self):
        return "iinfo(min=%d, max=%d, dtype=%s)" % (self.min, self.max, self.dtype.name)

    def __str__(self):
        line = "-" * 63
        return "Machine parameters for %s\n%s\nmin = %d\nmax = %d\n%s\n" % (
            self.dtype.name, line, self.min, self.max, line)


# Per float dtype: bits, nmant, nexp, minexp, maxexp, precision, resolution, and
# NumPy's printed forms of (resolution, eps, epsneg, tiny, max, smallest_subnormal)
# and of max in the repr.
_FLOAT_LAYOUT = {
    "float16": (16, 10, 5, -14, 16, 3, 0.001,
                ("0.001", "0.000977", "0.0004883", "6.104e-05", "6.55e+04", "6e-08"), "6.55040e+04"),
    "float32": (32, 23, 8, -126, 128, 6, 1e-06,
                ("1e-06", "1.1920929e-07", "5.9604645e-08", "1.1754944e-38", "3.4028235e+38", "1e-45"),
                "3.4028235e+38"),
    "float64": (64, 52, 11, -1022, 1024, 15, 1e-15,
                ("1e-15", "2.220446049250313e-16", "1.1102230246251565e-16", "2.2250738585072014e-308",
                 "1.7976931348623157e+308", "5e-324"), "1.7976931348623157e+308"),
}


class finfo:
    """Machine limits of a float dtype (of the parts, for a complex dtype).

    Values are scalars of the dtype: eps = 2**-nmant is the gap above 1, tiny (also
    smallest_normal) = 2**minexp, max = (2 - eps) * 2**(maxexp - 1).
    ``finfo(float)`` describes Python's float: binary32 on a single-precision
    MicroPython build (``FLOAT_IS_SINGLE``), binary64 elsewhere.

    >>> finfo(FLOAT32)
    finfo(resolution=1e-06, min=-3.4028235e+38, max=3.4028235e+38, dtype=float32)
    >>> float(finfo("float16").eps), finfo(COMPLEX128).dtype, finfo(FLOAT64).nmant
    (0.0009765625, dtype('float64'), 52)
    """

    def __init__(self, dtype_spec):
        if dtype_spec is float or dtype_spec is complex:
            d = FLOAT32 if FLOAT_IS_SINGLE else FLOAT64
        else:
            d = real_dtype(_info_dtype(dtype_spec))
        if d.kind != "f":
            raise ValueError("data type <class 'numpy.%s'> not inexact" % d.name)
        bits, nmant, nexp, minexp, maxexp, precision, resolution, texts, max_text = _FLOAT_LAYOUT[d.name]
        self.dtype = d
        self.bits = bits
        self.nmant = nmant
        self.nexp = self.iexp = nexp
        self.minexp = minexp
        self.maxexp = maxexp
        self.machep = -nmant
        self.negep = -nmant - 1
        self.precision = precision
        self.eps = math.ldexp(1.0, -nmant)
        self.epsneg = math.ldexp(1.0, -nmant - 1)
        self.max = math.ldexp(1.0 - math.ldexp(1.0, -nmant - 1), maxexp)
        self.min = -self.max
        self.tiny = self.smallest_normal = math.ldexp(1.0, minexp)
        self.smallest_subnormal = math.ldexp(1.0, minexp - nmant)
        self.resolution = fix([resolution], d)[0]
        for name in ("eps", "epsneg", "max", "min", "tiny", "smallest_normal", "smallest_subnormal", "resolution"):
            setattr(self, name, scalar(getattr(self, name), d))  # NumPy gives scalars of the dtype
        self._texts = texts
        self._max_text = max_text

    def __repr__(self):
        return "finfo(resolution=%s, min=-%s, max=%s, dtype=%s)" % (
            self._texts[0], self._max_text, self._max_text, self.dtype.name)

    def __str__(self):
        resolution, eps, epsneg, tiny, biggest, subnormal = self._texts
        line = "-" * 63
        return "".join([
            "Machine parameters for %s\n" % self.dtype.name, line, "\n",
            "precision = %d   resolution = %s\n" % (self.precision, resolution),
            "machep = %d   eps =        %s\n" % (self.machep, eps),
            "negep =  %d   epsneg =     %s\n" % (self.negep, epsneg),
            "minexp = %d   tiny =       %s\n" % (self.minexp, tiny),
            "maxexp = %d   max =        %s\n" % (self.maxexp, biggest),
            "nexp =   %d   min =        -max\n" % self.nexp,
            "smallest_normal = %s   smallest_subnormal = %s\n" % (tiny, subnormal),
            line, "\n",
        ])


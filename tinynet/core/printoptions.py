"""NumPy's print options: set_printoptions, get_printoptions and the printoptions context manager.

The options themselves live in core/printing.py (``_options``), which reads them
on every print; this module checks and changes them, loaded on first use.
"""

from tinynet.core.printing import _options

_FLOAT_MODES = ('fixed', 'unique', 'maxprec', 'maxprec_equal')


def _checked_options(precision=None, threshold=None, edgeitems=None, linewidth=None,
                     suppress=None, nanstr=None, infstr=None, formatter=None, sign=None,
                     floatmode=None, legacy=None, override_repr=None):
    """Return the options given (not None), checked and converted as NumPy does."""
    if formatter is not None or override_repr is not None:
        raise ValueError('tinynet does not support the formatter and override_repr print options')
    if legacy is not None and legacy is not False:
        raise ValueError('tinynet supports only legacy=False')
    changes = {}
    if precision is not None:
        if not isinstance(precision, int) or isinstance(precision, bool):
            if not hasattr(precision, '__index__'):
                raise TypeError('precision must be an integer')
            precision = precision.__index__()
        changes['precision'] = precision
    if threshold is not None:
        if not isinstance(threshold, (int, float)) and not hasattr(threshold, '__float__'):
            raise TypeError('threshold must be numeric')
        if threshold != threshold:
            raise ValueError('threshold must be non-NAN, try sys.maxsize for '
                             'untruncated representation')
        changes['threshold'] = threshold
    if edgeitems is not None:
        changes['edgeitems'] = int(edgeitems)
    if linewidth is not None:
        changes['linewidth'] = int(linewidth)
    if suppress is not None:
        changes['suppress'] = bool(suppress)
    if nanstr is not None:
        changes['nanstr'] = nanstr
    if infstr is not None:
        changes['infstr'] = infstr
    if sign is not None:
        if sign not in ('-', '+', ' '):
            raise ValueError("sign option must be one of ' ', '+', or '-'")
        changes['sign'] = sign
    if floatmode is not None:
        if floatmode not in _FLOAT_MODES:
            raise ValueError('floatmode option must be one of ' +
                             ', '.join(['"%s"' % mode for mode in _FLOAT_MODES]))
        changes['floatmode'] = floatmode
    return changes


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None,
                     suppress=None, nanstr=None, infstr=None, formatter=None, sign=None,
                     floatmode=None, legacy=None, override_repr=None):
    """Set how arrays are printed; options left as None keep their value.

    floatmode is 'maxprec' (at most precision digits, each value its own),
    'maxprec_equal' (as many digits for all as the longest needs), 'fixed'
    (always precision digits) or 'unique' (all the digits needed, any number);
    sign is '-', '+' (always a sign) or ' ' (a space where a '+' would be).

    >>> from tinynet.core.printing import array_str
    >>> set_printoptions(precision=3)
    >>> array_str([1.0 / 3.0], (1,), 'float64')
    '[0.333]'
    >>> set_printoptions(precision=8)
    """
    _options.update(_checked_options(precision, threshold, edgeitems, linewidth, suppress,
                                     nanstr, infstr, formatter, sign, floatmode, legacy,
                                     override_repr))


def get_printoptions():
    """Return the current print options as a new dict.

    >>> get_printoptions()['linewidth']
    75
    """
    options = dict(_options)
    options.update({'formatter': None, 'legacy': False, 'override_repr': None})
    return options


class printoptions:
    """Set print options inside a ``with`` block and restore them after it.

    >>> from tinynet.core.printing import array_str
    >>> with printoptions(precision=2, suppress=True):
    ...     print(array_str([2.0 / 3.0, 1e-10], (2,), 'float64'))
    [0.67 0.  ]
    >>> array_str([2.0 / 3.0], (1,), 'float64')
    '[0.66666667]'
    """

    def __init__(self, *args, **options):
        self.args = args
        self.options = options
        self.saved = None

    def __enter__(self):
        self.saved = dict(_options)
        set_printoptions(*self.args, **self.options)
        return get_printoptions()

    def __exit__(self, *exc_info):
        _options.clear()
        _options.update(self.saved)
        return False

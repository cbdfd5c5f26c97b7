"""genfromtxt: text tables of numbers in which some fields are missing or unreadable.

It reads as ``loadtxt`` (textio.py) reads, and fills each missing field, with ``filling_values`` or
nan for floats, -1 for integers, False for bools::

    >>> import io
    >>> genfromtxt(io.StringIO("1,,3\\n4,5,6"), delimiter=",")
    array([[ 1., nan,  3.],
           [ 4.,  5.,  6.]])

Structured (``names=``, a list ``dtype``, mixed columns with ``dtype=None``) and masked (``usemask=True``)
results are out of scope and raise ValueError.
"""

from tinynet.core import dtypes
from tinynet.core.ndarray import ndarray
from tinynet.lib.textio import (
    _UserWarning,
    _as_index_list,
    _comment_markers,
    _lines,
    _numeric_dtype,
    _shape_result,
    _strip_comment,
    _warn,
)


class ConversionWarning(_UserWarning):
    """genfromtxt skipped rows it could not read (``invalid_raise=False``)."""


# ---------------------------------------------------------------------------------------------------------
# genfromtxt: like loadtxt, but missing and unreadable fields are filled
# ---------------------------------------------------------------------------------------------------------

_TRUE_FALSE = {"true": True, "false": False}


def _default_fill(d):
    """NumPy's filling value where none is given: nan for inexact dtypes, -1 for integers, False for bool."""
    if d.kind == "b":
        return False
    if d.kind in "iu":
        return -1
    return complex(float("nan"), 0.0) if d.kind == "c" else float("nan")


def _gen_parse(token, d):
    if d.kind == "b":  # genfromtxt reads bools as the words True and False, in any case
        key = token.strip().lower()
        if key not in _TRUE_FALSE:
            raise ValueError(token)
        return _TRUE_FALSE[key]
    if d.kind in "iu":  # Python's int, float and complex read the text (so "1_0" is 10, as in NumPy)
        return int(token)
    if d.kind == "c":
        return complex(token.strip())
    return dtypes.cast([float(token)], dtypes.FLOAT64, d)[0]


def _split_fixed(text, widths):
    fields, start = [], 0
    for w in widths:
        fields.append(text[start:start + w])
        start += w
    return fields


def _splitter(delimiter):
    if delimiter is None:
        return lambda text: text.split()
    if isinstance(delimiter, int):
        return lambda text: [text[i:i + delimiter] for i in range(0, len(text), delimiter)]
    if isinstance(delimiter, (list, tuple)):
        return lambda text: _split_fixed(text, delimiter)
    if isinstance(delimiter, bytes):
        delimiter = delimiter.decode("latin1")
    return lambda text: text.split(delimiter)


def _per_column(option, columns, default):
    """Expand a scalar, list (by position) or dict (by column index) option into one value per column."""
    if isinstance(option, dict):
        return [option.get(c, option.get(None, default)) for c in columns]
    if isinstance(option, (list, tuple)):
        return [option[i] if i < len(option) else default for i in range(len(columns))]
    return [default if option is None else option] * len(columns)


def _missing_sets(missing_values, columns):
    strings = _per_column(missing_values, columns, "")
    out = []
    for s in strings:
        items = s.split(",") if isinstance(s, str) else list(s)
        out.append(set(x.strip() for x in items) | {""})
    return out


def _infer_dtype(rows, column):
    """The dtype NumPy's dtype=None would find for a column: int64, else float64, else complex128."""
    for d in (dtypes.INT64, dtypes.FLOAT64, dtypes.COMPLEX128):
        try:
            for row in rows:
                if row[column].strip():
                    _gen_parse(row[column], d)
            return d
        except ValueError:
            continue
    raise ValueError("genfromtxt: column %d holds text; string dtypes are out of scope for tinynet" % column)


def _check_genfromtxt_scope(dtype, names, usemask):
    if names not in (None, False):
        raise ValueError("genfromtxt: names=%r makes a structured array; structured dtypes are out of scope "
                         "for tinynet (use names=None)" % (names,))
    if usemask:
        raise ValueError("genfromtxt: usemask=True makes a masked array; masked arrays are out of scope for "
                         "tinynet")
    return None if dtype is None else _numeric_dtype(dtype, "genfromtxt")


def _data_rows(fname, comments, splitter, skip_header, encoding, autostrip):
    """Return [(line number, fields)] of the lines with fields, after the header lines.

    Line numbers are NumPy's: counted from the first line with fields, plus ``skip_header`` plus 1
    (blank and comment lines before the first data line are not counted, those after it are).
    """
    markers = _comment_markers(comments)
    rows = []
    first = None
    for lineno, line in enumerate(_lines(fname, encoding)):
        if lineno < skip_header:
            continue
        text = _strip_comment(line, markers)
        fields = splitter(text) if text.strip() else []
        if not fields:
            continue
        if first is None:
            first = lineno
        rows.append((lineno - first + skip_header + 1, [f.strip() for f in fields] if autostrip else fields))
    return rows


def _sort_rows(rows, ncols, max_rows):
    """Split rows into well-formed ones (up to max_rows of them) and (line, width) of the others."""
    table, invalid = [], []
    for lineno, fields in rows:
        if len(fields) != ncols:
            invalid.append((lineno, len(fields)))
            continue
        table.append(fields)
        if max_rows is not None and len(table) == max_rows:
            break
    return table, invalid


def _report_invalid(invalid, table, ncols, skip_footer, skip_header, invalid_raise):
    """Raise (or warn about) rows of the wrong width, as NumPy does; return the footer rows still to drop.

    Wrong rows that lie in the footer are not reported, and count towards the footer.
    """
    if not invalid:
        return skip_footer
    if skip_footer > 0:
        last_row = len(table) + len(invalid) - skip_footer + skip_header
        in_footer = len([1 for lineno, _ in invalid if lineno > last_row])
        invalid = invalid[:len(invalid) - in_footer]
        skip_footer -= in_footer
    if invalid:
        message = "Some errors were detected !\n" + "\n".join(
            "    Line #%d (got %d columns instead of %d)" % (lineno, width, ncols) for lineno, width in invalid)
        if invalid_raise:
            raise ValueError(message)
        _warn(message, ConversionWarning)
    return skip_footer


def genfromtxt(fname, dtype=float, comments="#", delimiter=None, skip_header=0, skip_footer=0, converters=None,
               missing_values=None, filling_values=None, usecols=None, names=None, excludelist=None,
               deletechars=None, replace_space="_", autostrip=False, case_sensitive=True, defaultfmt="f%i",
               unpack=None, usemask=False, loose=True, invalid_raise=True, max_rows=None, encoding=None,
               ndmin=0, like=None):
    """Read a table of numbers from text, filling fields that are missing or cannot be read.

    A field is filled when it is empty, listed in ``missing_values``, or (with ``loose=True``) not a
    number: with ``filling_values`` (one value, a list by column or a dict by column index), else nan
    for floats, -1 for integers, False for bools. ``delimiter`` may also be a field width or a list of
    widths. Rows with the wrong number of fields raise ValueError, or are skipped with a
    ConversionWarning when ``invalid_raise=False``. ``dtype=None`` finds int64, float64 or complex128,
    one dtype for the whole table.

    >>> genfromtxt(["1 2", "3 N/A"], missing_values="N/A", filling_values=0, dtype=int)
    array([[1, 2],
           [3, 0]])
    >>> genfromtxt(["123456"], delimiter=[2, 3, 1])
    array([ 12., 345.,   6.])
    """
    d = _check_genfromtxt_scope(dtype, names, usemask)
    if max_rows is not None:
        if skip_footer:
            raise ValueError("The keywords 'skip_footer' and 'max_rows' can not be specified at the same time.")
        if max_rows < 1:
            raise ValueError("'max_rows' must be at least 1.")
    rows = _data_rows(fname, comments, _splitter(delimiter), skip_header, encoding, autostrip)
    if not rows:
        _warn('genfromtxt: Empty input file: "%s"' % (fname,))
        return ndarray._make([], (0,), d or dtypes.FLOAT64)
    usecols = _as_index_list(usecols)
    ncols = len(rows[0][1])
    columns = [c % ncols if -ncols <= c < ncols else c for c in usecols] if usecols is not None \
        else list(range(ncols))
    table, invalid = _sort_rows(rows, ncols, max_rows)
    skip_footer = _report_invalid(invalid, table, ncols, skip_footer, skip_header, invalid_raise)
    if skip_footer > 0:
        table = table[:-skip_footer]
    table = [[fields[c] for c in columns] for fields in table]
    if not table:
        return ndarray._make([], (0,), d or dtypes.FLOAT64)
    column_dtypes = [d] * len(columns) if d is not None else [_infer_dtype(table, k) for k in range(len(columns))]
    if len(set(column_dtypes)) > 1:
        raise ValueError("genfromtxt: dtype=None found columns of %s; a mix makes a structured array, which is "
                         "out of scope for tinynet (give one dtype)" % sorted(set(x.name for x in column_dtypes)))
    d = column_dtypes[0] if column_dtypes else dtypes.FLOAT64
    fills = _per_column(filling_values, columns, _default_fill(d))
    missing = _missing_sets(missing_values, columns)
    convert = _per_column(converters if isinstance(converters, dict) else None, columns, None)
    values = [[_gen_field(row[k], d, fills[k], missing[k], convert[k], loose) for k in range(len(columns))]
              for row in table]
    return _shape_result(values, len(columns), d, ndmin, bool(unpack), True)


def _gen_field(token, d, fill, missing, convert, loose):
    if convert is not None:
        return convert(token)
    try:
        return _gen_parse(token, d)
    except ValueError:
        if loose or token.strip() in missing:
            return fill
        raise ValueError("Cannot convert string %r" % (token,))

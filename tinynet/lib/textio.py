"""Text files of numbers: loadtxt and savetxt, one row per line, as NumPy reads and writes them.

A text table is lines of fields split by a delimiter (any run of whitespace by default); ``#`` starts a
comment; blank lines are skipped. ``loadtxt`` needs every row complete (``genfromtxt``, in textfill.py,
fills missing or unreadable fields). ``savetxt`` writes each row with a printf-style format, ``'%.18e'``
by default (enough digits to read a float64 back exactly)::

    >>> import io
    >>> from tinynet import array
    >>> buf = io.StringIO()
    >>> savetxt(buf, array([[1.5, 2.0], [3.0, 4.0]]), fmt="%g", delimiter=",", header="x,y")
    >>> print(buf.getvalue(), end="")
    # x,y
    1.5,2
    3,4
    >>> loadtxt(io.StringIO(buf.getvalue()), delimiter=",")
    array([[1.5, 2. ],
           [3. , 4. ]])

Only numeric dtypes: string, structured (``names=``, a list ``dtype``) and masked (``usemask=True``) results
are out of scope and raise ValueError.
"""

from tinynet.core import dtypes
from tinynet.core.ndarray import array, asarray, ndarray

try:
    import warnings as _warnings
except ImportError:  # MicroPython
    _warnings = None

try:
    _UserWarning = UserWarning
except NameError:  # MicroPython has no warning classes
    _UserWarning = Exception



def _warn(message, category=_UserWarning):
    if _warnings is not None:
        _warnings.warn(message, category, stacklevel=3)


# ---------------------------------------------------------------------------------------------------------
# lines in, lines out
# ---------------------------------------------------------------------------------------------------------


def _path_of(fname):
    if hasattr(fname, "__fspath__"):
        fname = fname.__fspath__()
    if isinstance(fname, bytes):
        fname = fname.decode()
    return fname if isinstance(fname, str) else None


def _gzip():
    """CPython's gzip module, which .gz paths need."""
    try:
        import gzip
    except ImportError:
        raise ImportError(".gz files need the gzip module, which this Python lacks")
    return gzip


def _open_text(path, mode, encoding):
    if path.endswith(".gz"):
        return _gzip().open(path, mode + "t", encoding=encoding or "latin1")
    return open(path, mode, encoding=encoding or "latin1")


def _lines(fname, encoding):
    """Yield the lines of a path, an open file, or an iterable of str or bytes lines, as str."""
    path = _path_of(fname)
    if path is not None:
        with _open_text(path, "r", encoding) as fh:
            for line in fh:
                yield line
        return
    try:
        source = iter(fname)
    except TypeError:
        raise TypeError("fname must be a string, filehandle, list of strings, or generator. Got %s instead."
                        % type(fname))
    for line in source:
        yield line.decode(encoding or "latin1") if isinstance(line, bytes) else line


def _strip_comment(line, comments):
    """The line up to its first comment marker, without the line ending."""
    line = line.rstrip("\r\n")
    for marker in comments:
        at = line.find(marker)
        if at >= 0:
            line = line[:at]
    return line


def _comment_markers(comments):
    if comments is None:
        return ()
    if isinstance(comments, (str, bytes)):
        comments = [comments]
    return tuple(c.decode("latin1") if isinstance(c, bytes) else c for c in comments)


def _split_quoted(line, delimiter, quotechar):
    """Split on delimiter, keeping delimiters inside quotes; a doubled quote stands for one quote."""
    fields, field, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if ch == quotechar:
            if quoted and line[i + 1:i + 2] == quotechar:
                field.append(ch)
                i += 1
            else:
                quoted = not quoted
        elif not quoted and (ch == delimiter or (delimiter is None and ch in " \t")):
            if delimiter is not None or field:
                fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    if delimiter is not None or field:
        fields.append("".join(field))
    return fields


# ---------------------------------------------------------------------------------------------------------
# parsing one field
# ---------------------------------------------------------------------------------------------------------


def _parse_int(token, d):
    text = token.strip()
    digits = text[1:] if text[:1] in ("+", "-") else text
    if not digits.isdigit():
        raise ValueError(token)
    value = int(text)
    if not d._min <= value <= d._max:
        raise ValueError(token)
    return value


def _parse_float(token):
    text = token.strip()
    if not text or "_" in text:
        raise ValueError(token)
    return float(text)


def parse_field(token, d):
    """Parse one field as dtype d: ints and bools from integer text, floats as C reads them, complex
    as ``1+2j`` or ``(1+2j)``. Raise ValueError when the text is not such a number."""
    kind = d.kind
    if kind in "iu":
        return _parse_int(token, d)
    if kind == "b":
        return _parse_int(token, dtypes.INT64) != 0
    if kind == "c":
        text = token.strip()
        if not text or "_" in text:
            raise ValueError(token)
        return complex(text)
    return dtypes.cast([_parse_float(token)], dtypes.FLOAT64, d)[0]


def _numeric_dtype(dtype, name):
    if dtype is None:
        return dtypes.FLOAT64
    if isinstance(dtype, (list, tuple)) or (isinstance(dtype, str) and "," in dtype):
        raise ValueError("%s: structured dtypes (%r) are out of scope for tinynet" % (name, dtype))
    if isinstance(dtype, str) and dtype.lstrip("<>|=")[:1] in ("U", "S", "a", "O", "V", "M", "m"):
        raise ValueError("%s: string, object, void and datetime dtypes (%r) are out of scope for tinynet"
                         % (name, dtype))
    return dtypes.as_dtype(dtype)


def _shape_result(rows, ncols, d, ndmin, unpack, converted):
    """The rows as a 2-d array, squeezed to fewer dimensions as NumPy squeezes (but keeping ndmin)."""
    if ndmin not in (0, 1, 2):
        raise ValueError("Illegal value of ndmin keyword: %s" % (ndmin,))
    flat = []
    for row in rows:
        flat.extend(row)
    shape = (len(rows), ncols)
    if converted:
        a = array(flat, dtype=d).reshape(shape) if flat else ndarray._make([], shape, d)
    else:
        a = ndarray._make(flat, shape, d)
    if a.ndim > ndmin:
        a = a.reshape(tuple(n for n in a.shape if n != 1))
    if a.ndim < ndmin:
        a = a.reshape((1,)) if ndmin == 1 else a.reshape((-1, 1)) if a.ndim == 1 else a.reshape((1, 1))
    return a.T if unpack else a


def _as_index_list(usecols):
    if usecols is None:
        return None
    if not isinstance(usecols, (list, tuple)) and not (isinstance(usecols, ndarray) and usecols.ndim):
        usecols = [usecols]
    out = []
    for c in usecols:
        if isinstance(c, (bool, int)):
            out.append(int(c))
            continue
        if isinstance(c, float) or not hasattr(c, "__index__"):
            raise TypeError("usecols must be an int or a sequence of ints but it contains at least one "
                            "element of type '%s'" % type(c).__name__)
        out.append(c.__index__())
    return out


# ---------------------------------------------------------------------------------------------------------
# loadtxt
# ---------------------------------------------------------------------------------------------------------


def _check_control(delimiter, comments, quotechar):
    for ch in (delimiter, quotechar):
        if ch is not None and (not isinstance(ch, str) or len(ch) != 1):
            raise TypeError("Text reading control character must be a single unicode character or None; but "
                            "got: %r" % (ch,))
    if delimiter is not None and delimiter in comments:
        raise TypeError("The values for control characters 'comment' and 'delimiter' are incompatible")


def _loadtxt_converter(converters, column, ncols, usecols):
    if converters is None:
        return None
    if callable(converters):
        return converters
    if column in converters:
        return converters[column]
    if usecols is None and column - ncols in converters:
        return converters[column - ncols]
    return None


def loadtxt(fname, dtype=float, comments="#", delimiter=None, converters=None, skiprows=0, usecols=None,
            unpack=False, ndmin=0, encoding=None, max_rows=None, quotechar=None, like=None):
    """Read a table of numbers from a text file, a list of lines or any iterable of lines.

    Lines are split on ``delimiter`` (runs of whitespace when None) after cutting comments; the first
    ``skiprows`` lines are skipped, then blank lines; at most ``max_rows`` rows are read. Every row must
    have the same number of fields. ``converters`` maps a column (or, as a callable, every column) to a
    function of the field's text. The result is 2-d, squeezed to 1-d or 0-d for one row or one column
    unless ``ndmin`` says otherwise, and transposed by ``unpack``.

    >>> loadtxt(["1 2 3", "# note", "4 5 6"], dtype=int, usecols=(0, 2))
    array([[1, 3],
           [4, 6]])
    >>> loadtxt(["1,x"], delimiter=",")
    Traceback (most recent call last):
      ...
    ValueError: could not convert string 'x' to float64 at row 0, column 2.
    """
    d = _numeric_dtype(dtype, "loadtxt")
    markers = _comment_markers(comments)
    if isinstance(delimiter, bytes):
        delimiter = delimiter.decode("latin1")
    _check_control(delimiter, markers, quotechar)
    if skiprows < 0 or (max_rows is not None and max_rows < 0):
        raise ValueError("argument must be nonnegative")
    usecols = _as_index_list(usecols)
    if converters is not None and not callable(converters) and not isinstance(converters, dict):
        raise TypeError("converters must be a dictionary mapping columns to converter functions or a single "
                        "callable.")
    rows, ncols, warned = [], None, False
    for lineno, line in enumerate(_lines(fname, encoding)):
        if lineno < skiprows:
            continue
        if max_rows is not None and len(rows) >= max_rows:
            break
        text = _strip_comment(line, markers)
        if not (text.strip() if delimiter is None or delimiter in " \t" else text):  # no fields at all
            if max_rows is not None and not warned:
                _warn("Input line %d contained no data and will not be counted towards `max_rows=%d`.  This "
                      "differs from the behaviour in NumPy <=1.22 which counted lines rather than rows.  If "
                      "desired, the previous behaviour can be achieved by using `itertools.islice`.\nPlease see "
                      "the 1.23 release notes for an example on how to do this.  If you wish to ignore this "
                      "warning, use `warnings.filterwarnings`.  This warning is expected to be removed in the "
                      "future and is given only once per `loadtxt` call." % (lineno + 1, max_rows))
                warned = True
            continue
        if quotechar is not None:
            fields = _split_quoted(text, delimiter, quotechar)
        else:
            fields = text.split() if delimiter is None else text.split(delimiter)
        if ncols is None:
            ncols = len(fields)
        elif len(fields) != ncols and usecols is None:
            raise ValueError("the number of columns changed from %d to %d at row %d; use `usecols` to select "
                             "a subset and avoid this error" % (ncols, len(fields), len(rows) + 1))
        rows.append(_read_row(fields, usecols, converters, d, len(rows)))
    if ncols is None:
        _warn('loadtxt: input contained no data: "%s"' % (fname,))
    width = len(usecols) if usecols is not None else (ncols or 1)
    return _shape_result(rows, width, d, ndmin, unpack, converters is not None)


def _read_row(fields, usecols, converters, d, row):
    if d is dtypes.FLOAT64 and converters is None and usecols is None:
        # fast path for the common table of floats; any field float() refuses (or a "1_0", which
        # Python reads but NumPy does not) falls through to the field-by-field reading and its error
        try:
            values = [float(f) for f in fields]
            if not any("_" in f for f in fields):
                return values
        except ValueError:
            pass
    columns = range(len(fields)) if usecols is None else usecols
    values = []
    for column in columns:
        if not -len(fields) <= column < len(fields):
            raise ValueError("invalid column index %d at row %d with %d columns" % (column, row + 1, len(fields)))
        column %= len(fields)
        token = fields[column]
        convert = _loadtxt_converter(converters, column, len(fields), usecols)
        try:
            if convert is None:
                values.append(parse_field(token, d))
            else:
                value = convert(token)
                values.append(parse_field(value, d) if isinstance(value, str) else value)
        except (ValueError, OverflowError):
            raise ValueError("could not convert string %r to %s at row %d, column %d."
                             % (token, d.name, row, column + 1))
    return values


# ---------------------------------------------------------------------------------------------------------
# savetxt
# ---------------------------------------------------------------------------------------------------------


def _row_format(fmt, ncols, delimiter, is_complex):
    """The %-format of one whole row, built from ``fmt`` as NumPy builds it."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("latin1")
    if isinstance(fmt, (list, tuple)):
        if len(fmt) != ncols:
            raise AttributeError("fmt has wrong shape.  %s" % (list(fmt),))
        return delimiter.join(fmt)
    if not isinstance(fmt, str):
        raise ValueError("invalid fmt: %r" % (fmt,))
    count = fmt.count("%")
    if count == 1:
        one = " (%s+%sj)" % (fmt, fmt) if is_complex else fmt
        return delimiter.join([one] * ncols)
    if (is_complex and count != 2 * ncols) or (not is_complex and count != ncols):
        raise ValueError("fmt has wrong number of %% formats:  %s" % fmt)
    return fmt


def savetxt(fname, X, fmt="%.18e", delimiter=" ", newline="\n", header="", footer="", comments="# ",
            encoding=None):
    """Write a 1-d or 2-d array to a text file, one row per line: ``fmt % tuple(row)``.

    A 1-d array is written as one column. ``fmt`` is one %-format for every column, one per column (a
    list), or the whole row's format. Complex values are written ``(re+imj)``. ``header`` and ``footer``
    lines start with ``comments``. A path is written atomically (``.gz`` paths are gzip-compressed).

    >>> import io
    >>> from tinynet import array
    >>> buf = io.StringIO(); savetxt(buf, array([1, 2]), fmt="%d"); buf.getvalue()
    '1\\n2\\n'
    >>> savetxt(io.StringIO(), array([[1, 2]]), fmt="%d %d %d")
    Traceback (most recent call last):
      ...
    ValueError: fmt has wrong number of % formats:  %d %d %d
    """
    a = asarray(X)
    if a.ndim == 0 or a.ndim > 2:
        raise ValueError("Expected 1D or 2D array, got %dD array instead" % a.ndim)
    if a.ndim == 1:
        a = a.reshape((a.shape[0], 1))
    ncols = a.shape[1]
    is_complex = a.dtype.kind == "c"
    row_format = _row_format(fmt, ncols, delimiter, is_complex)
    # float16 and float32 values print ("%s") as NumPy's scalars print them; other values print the same
    # as Python's own numbers, which are faster to format
    scalar = a.dtype.make_scalar if a.dtype.name in ("float16", "float32") else None
    values = a._values()
    pieces = []
    if header:
        pieces.append(comments + header.replace("\n", "\n" + comments) + newline)
    for i in range(a.shape[0]):
        row = values[i * ncols:(i + 1) * ncols]
        if is_complex:
            parts = []
            for z in row:
                parts.extend((z.real, z.imag))
            pieces.append((row_format % tuple(parts) + newline).replace("+-", "-"))
        else:
            try:
                pieces.append(row_format % (tuple(row) if scalar is None else tuple(scalar(v) for v in row))
                              + newline)
            except TypeError:
                raise TypeError("Mismatch between array dtype ('%s') and format specifier ('%s')"
                                % (a.dtype.name, row_format))
    if footer:
        pieces.append(comments + footer.replace("\n", "\n" + comments) + newline)
    _write_text(fname, "".join(pieces), encoding)


def _write_text(fname, text, encoding):
    from tinynet.lib.npyio import atomic_write

    path = _path_of(fname)
    if path is None:
        if not hasattr(fname, "write"):
            raise ValueError("fname must be a string or file handle")
        try:
            fname.write(text)
        except TypeError:
            fname.write(text.encode(encoding or "latin1"))
        return
    data = text.encode(encoding or "latin1")
    if path.endswith(".gz"):
        data = _gzip().compress(data)
    atomic_write(path, lambda fh: fh.write(data))

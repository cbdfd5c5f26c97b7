"""einsum on flat value lists: Einstein summation over labelled axes, in NumPy's rules and words.

An operand is a pair ``(values, shape)`` as in ``products_math``.  ``"ij,jk->ik"`` names each axis by
a letter; a label in the output is kept, a label left out is summed over, a label repeated in one
operand takes the diagonal, and ``...`` stands for broadcast axes:

    >>> einsum("ij->ji", ([1, 2, 3, 4, 5, 6], (2, 3)))
    ([1, 4, 2, 5, 3, 6], (3, 2))
    >>> einsum("ij,jk->ik", ([1, 2, 3, 4], (2, 2)), ([5, 6, 7, 8], (2, 2)))
    ([19, 22, 43, 50], (2, 2))

Contractions of one and two operands are rearranged into row sums and (batched) matrix products,
``products_math``'s kernels; the plain definition as a loop, ``_contract_general``, is what the
tests check those fast paths against.
"""

from tinynet.core.products_math import (
    _as_bool,
    _batched_matmul,
    _c_strides,
    _gather,
    _offsets,
    _permute,
    _remapped_text,
    _row_sums,
    _shape_text,
)
from tinynet.core.shapes import size_of as _size


# --------------------------------------------------------------------------
# einsum: parsing the subscripts
# --------------------------------------------------------------------------
# Labels are ints: a letter is its character code; the axes that '...' stands for are
# -2, -3, ..., one per broadcast axis, lined up on the right like broadcasting.

_ELLIPSIS = -1


def _broadcast_labels(start, stop):
    return [-2 - j for j in range(start, stop)]


def _is_letter(c):
    return ("a" <= c <= "z") or ("A" <= c <= "Z")


def _dot_error(where):
    return ValueError(
        "einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in " + where
    )


def _invalid_subscript(c):
    return ValueError(
        "invalid subscript '%s' in einstein sum subscripts string, subscripts must be letters" % c
    )


def _parse_operand(term, ndim, iop):
    """Return the labels of one operand's term, with _ELLIPSIS where '...' stands."""
    labels = []
    letters = 0
    i = 0
    while i < len(term):
        c = term[i]
        if _is_letter(c):
            if letters == ndim:
                raise ValueError(
                    "einstein sum subscripts string contains too many subscripts for operand %d" % iop
                )
            labels.append(ord(c))
            letters += 1
        elif c == ".":
            if _ELLIPSIS in labels or term[i : i + 3] != "...":
                raise _dot_error("operand %d" % iop)
            labels.append(_ELLIPSIS)
            i += 2
        elif c != " ":
            raise _invalid_subscript(c)
        i += 1
    if _ELLIPSIS not in labels and letters < ndim:
        raise ValueError(
            "operand has more dimensions than subscripts given in einstein sum, but no '...' "
            "ellipsis provided to broadcast the extra dimensions."
        )
    return labels


def _parse_output(term, input_labels):
    """Return the labels of the output term, with _ELLIPSIS where '...' stands."""
    labels = []
    i = 0
    while i < len(term):
        c = term[i]
        if _is_letter(c):
            if c in term[i + 1 :]:
                raise ValueError(
                    "einstein sum subscripts string includes output subscript '%s' multiple times" % c
                )
            if ord(c) not in input_labels:
                raise ValueError(
                    "einstein sum subscripts string included output subscript '%s' which never "
                    "appeared in an input" % c
                )
            labels.append(ord(c))
        elif c == ".":
            if _ELLIPSIS in labels or term[i : i + 3] != "...":
                raise _dot_error("the output")
            labels.append(_ELLIPSIS)
            i += 2
        elif c != " ":
            raise _invalid_subscript(c)
        i += 1
    return labels


def _parse_subscripts(subscripts, shapes):
    """Return (labels of each operand, output labels) with '...' expanded into broadcast labels."""
    nop = len(shapes)
    terms = []
    rest = subscripts
    for iop in range(nop):
        length = 0
        while length < len(rest) and rest[length] not in ",-":
            length += 1
        ends_in_comma = length < len(rest) and rest[length] == ","
        # NumPy's wording: "more operands" when the string has more terms than operands, and v.v.
        if iop == nop - 1 and ends_in_comma:
            raise ValueError(
                "more operands provided to einstein sum function than specified in the subscripts string"
            )
        if iop < nop - 1 and not ends_in_comma:
            raise ValueError(
                "fewer operands provided to einstein sum function than specified in the subscripts string"
            )
        terms.append(_parse_operand(rest[:length], len(shapes[iop]), iop))
        rest = rest[length + 1 :] if iop < nop - 1 else rest[length:]
    # Expand each '...' into the operand's broadcast labels, right-aligned among all of them.
    n_broadcast = 0
    for labels, shape in zip(terms, shapes):
        if _ELLIPSIS in labels:
            n_broadcast = max(n_broadcast, len(shape) - len(labels) + 1)
    for iop in range(nop):
        labels = terms[iop]
        if _ELLIPSIS in labels:
            at = labels.index(_ELLIPSIS)
            extra = len(shapes[iop]) - len(labels) + 1
            terms[iop] = labels[:at] + _broadcast_labels(n_broadcast - extra, n_broadcast) + labels[at + 1 :]
    # The output: given after '->', or else the broadcast axes and then the letters used once, sorted.
    counts = {}
    for labels in terms:
        for label in labels:
            counts[label] = counts.get(label, 0) + 1
    if rest == "":
        once = sorted([label for label in counts if label > 0 and counts[label] == 1])
        return terms, _broadcast_labels(0, n_broadcast) + once
    if rest[:2] != "->":
        raise ValueError("einstein sum subscript string does not contain proper '->' output specified")
    output = _parse_output(rest[2:], counts)
    if _ELLIPSIS in output:
        at = output.index(_ELLIPSIS)
        output = output[:at] + _broadcast_labels(0, n_broadcast) + output[at + 1 :]
    elif n_broadcast:
        raise ValueError(
            "output has more dimensions than subscripts given in einstein sum, but no '...' "
            "ellipsis provided to broadcast the extra dimensions."
        )
    return terms, output


def _take_diagonals(values, shape, labels, where):
    """Return (values, shape, labels) with each repeated label reduced to its diagonal.

    A label repeated in one operand walks its axes together: the view keeps the first axis with
    that label, with the sum of the strides.  (``ii->i`` is the diagonal, ``ii`` its sum.)
    """
    strides = _c_strides(shape)
    unique, new_shape, new_strides = [], [], []
    for label, n, stride in zip(labels, shape, strides):
        if label not in unique:
            unique.append(label)
            new_shape.append(n)
            new_strides.append(stride)
            continue
        first = unique.index(label)
        if new_shape[first] != n:
            raise ValueError(
                "dimensions in %s for collapsing index '%s' don't match (%d != %d)"
                % (where, chr(label), new_shape[first], n)
            )
        new_strides[first] += stride
    if len(unique) == len(labels):
        return values, tuple(shape), labels
    return _gather(values, new_shape, new_strides), tuple(new_shape), unique


def _check_single_view(labels, shape, output):
    """Raise NumPy's error for a single operand's non-square diagonal, as its view path words it.

    NumPy first tries to return a single operand's einsum as a view, walking the axes in order
    until it meets a label that is summed away; a mismatch found before that is reported for the
    "single operand", one found after it (by the general path) for "operand 0".
    """
    first_length = {}
    for label, n in zip(labels, shape):
        if label not in output:
            return
        if label in first_length and first_length[label] != n:
            raise ValueError(
                "dimensions in single operand for collapsing index '%s' don't match (%d != %d)"
                % (chr(label), first_length[label], n)
            )
        first_length[label] = n


def _label_sizes(ops, output):
    """Return {label: size}, broadcasting sizes of 1 across operands as NumPy's einsum does."""
    contracted = sorted(set([label for _, shape, labels in ops for label in labels if label not in output]))
    order = list(output) + contracted  # the axes of NumPy's iterator, for its error message
    sizes = {}
    failed = False
    for _, shape, labels in ops:
        for n, label in zip(shape, labels):
            size = sizes.get(label, 1)
            if n != 1:
                if size != 1 and size != n:
                    failed = True
                size = n
            sizes[label] = size
    if failed:
        parts = []
        for _, shape, labels in ops:
            remapped = [shape[labels.index(label)] if label in labels else None for label in order]
            parts.append("%s->%s " % (_shape_text(shape), _remapped_text(remapped)))
        raise ValueError(
            "operands could not be broadcast together with remapped shapes [original->remapped]: "
            + "".join(parts)
        )
    return sizes


def _strides_for(shape, labels, wanted, sizes):
    """Return the strides that walk an operand along the wanted labels (0: it lacks one, or stretches it)."""
    strides = _c_strides(shape)
    result = []
    for label in wanted:
        if label in labels and shape[labels.index(label)] == sizes[label]:
            result.append(strides[labels.index(label)])
        else:
            result.append(0)
    return result


# --------------------------------------------------------------------------
# einsum: computing it
# --------------------------------------------------------------------------


def einsum(subscripts, *operands, optimize=False, boolean=False):
    """Return NumPy's einsum of (values, shape) operands: sums of products over the labels not in the output.

    ``"ij,jk->ik"`` is out[i, k] = sum_j A[i, j] * B[j, k].  Without ``->`` the output is the
    labels used exactly once, sorted.  A label repeated in one operand takes a diagonal
    (``ii->i``); ``...`` stands for broadcast axes; spaces are ignored.  As in NumPy's default
    einsum, a label of length 1 in one operand stretches to its length in the others.
    ``optimize`` is accepted and ignored (the contraction order here is always left to right).

    >>> A, B = ([1, 2, 3, 4], (2, 2)), ([5, 6, 7, 8], (2, 2))
    >>> einsum("ij,jk->ik", A, B)
    ([19, 22, 43, 50], (2, 2))
    >>> einsum("ii", A), einsum("ii->i", A), einsum("i,j", ([1, 2], (2,)), ([1, 10], (2,)))
    (([5], ()), ([1, 4], (2,)), ([1, 10, 2, 20], (2, 2)))
    >>> einsum("ij,jk->ik", A, ([1, 2, 3], (3,)))
    Traceback (most recent call last):
      ...
    ValueError: einstein sum subscripts string contains too many subscripts for operand 1
    """
    return _einsum(subscripts, operands, boolean, fast=True)


def _einsum(subscripts, operands, boolean, fast):
    """einsum's body; fast=False computes every case with the plain loop of _contract_general."""
    if not isinstance(subscripts, str):
        raise TypeError("einsum: subscripts must be a string, not %s" % type(subscripts).__name__)
    if not operands:
        raise ValueError("must specify the einstein sum subscripts string and at least one operand")
    shapes = [tuple(shape) for _, shape in operands]
    terms, output = _parse_subscripts(subscripts, shapes)
    # Repeated labels within an operand: take diagonals first.
    if len(operands) == 1:
        _check_single_view(terms[0], shapes[0], output)
    ops = []
    for iop in range(len(operands)):
        ops.append(_take_diagonals(operands[iop][0], shapes[iop], terms[iop], "operand %d" % iop))
    sizes = _label_sizes(ops, output)
    if not fast:
        values = _contract_general(ops, output, sizes)
    elif len(ops) == 1:
        values = _contract_one(ops[0], output, sizes)
    else:  # contract left to right, keeping the labels that the output or a later operand needs
        current = ops[0]
        for i in range(1, len(ops)):
            if i == len(ops) - 1:
                keep = output
            else:
                later = [label for _, _, labels in ops[i + 1 :] for label in labels]
                keep = [label for label in _union(current[2], ops[i][2]) if label in output or label in later]
            current = _contract_two(current, ops[i], keep, sizes)
        values = current[0]
    shape = tuple(sizes[label] for label in output)
    return (_as_bool(values) if boolean else values), shape


def _union(first, second):
    return list(first) + [label for label in second if label not in first]


def _contract_general(ops, output, sizes):
    """Return out[o] = sum over the other labels s of prod_op op[o, s]: the definition, as a loop.

    Each operand's flat position is (its position from the output labels) + (its position from
    the summed labels), so both are tabulated once.
    """
    summed = sorted(set([label for _, _, labels in ops for label in labels if label not in output]))
    out_dims = [sizes[label] for label in output]
    sum_dims = [sizes[label] for label in summed]
    vals = [values for values, _, _ in ops]
    out_pos = [_offsets(out_dims, _strides_for(shape, labels, output, sizes)) for _, shape, labels in ops]
    sum_pos = [_offsets(sum_dims, _strides_for(shape, labels, summed, sizes)) for _, shape, labels in ops]
    result = []
    for o in range(_size(out_dims)):
        total = 0
        for s in range(_size(sum_dims)):
            term = 1
            for values, op_out, op_sum in zip(vals, out_pos, sum_pos):
                term = term * values[op_out[o] + op_sum[s]]
            total += term
        result.append(total)
    return result


def _arrange(op, groups, sizes):
    """Return op's values laid out with the labels of each group in turn, the last group summed away.

    Used to bring an operand to (batch, free, contracted) order before a matrix product.
    """
    values, shape, labels = op
    wanted = [label for group in groups for label in group]
    dims = [sizes[label] for label in wanted]
    if wanted == list(labels) and tuple(dims) == tuple(shape):  # already in that order: no copy
        arranged = values
    else:
        arranged = _gather(values, dims, _strides_for(shape, labels, wanted, sizes))
    kept = _size(dims[: len(dims) - len(groups[-1])])
    return _row_sums(arranged, kept, _size([sizes[label] for label in groups[-1]]))


def _contract_one(op, output, sizes):
    """One operand: sum away the labels not in the output, in output order ('ij->ji', 'ij->', 'ij->i')."""
    summed = [label for label in op[2] if label not in output]
    values = _arrange(op, [output, summed], sizes)
    if summed:  # NumPy adds into a zeroed output: a sum of -0.0s is +0.0
        return [0 + v for v in values]
    return values[:] if values is op[0] else values  # never hand back the caller's own list


def _contract_two(op_a, op_b, output, sizes):
    """Two operands as a batch of matrix products: (batch, free_a, k) @ (batch, k, free_b).

    Labels in both and in the output are the batch; in both and not in the output, the
    contracted k; in one operand only, free (kept) or summed away first.  Covers 'ij,jk->ik',
    'bij,bjk->bik', outer products 'i,j->ij' and elementwise 'ij,ij->ij'.
    """
    la, lb = op_a[2], op_b[2]
    batch = [label for label in output if label in la and label in lb]
    free_a = [label for label in output if label in la and label not in lb]
    free_b = [label for label in output if label in lb and label not in la]
    contracted = [label for label in la if label in lb and label not in output]
    only_a = [label for label in la if label not in lb and label not in output]
    only_b = [label for label in lb if label not in la and label not in output]
    a = _arrange(op_a, [batch, free_a, contracted, only_a], sizes)
    b = _arrange(op_b, [batch, contracted, free_b, only_b], sizes)
    n, k, m = [_size([sizes[label] for label in group]) for group in (free_a, contracted, free_b)]
    n_batch = _size([sizes[label] for label in batch])
    a_starts = [i * n * k for i in range(n_batch)]
    b_starts = [i * k * m for i in range(n_batch)]
    values = _batched_matmul(a, a_starts, b, b_starts, n, k, m)
    labels = batch + free_a + free_b
    shape = tuple(sizes[label] for label in labels)
    if labels != list(output):
        values, shape = _permute(values, shape, [labels.index(label) for label in output])
    return values, shape, list(output)

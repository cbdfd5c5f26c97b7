"""einsum_path: the order in which to contract an einsum's operands pairwise, and its cost, as NumPy reports it.

A contraction of several operands can go pair by pair; the order decides how many multiply-adds it costs.
The cost model counts, for one step over the index set S of the operands it joins,

    flops(S) = prod(size of each index in S) * (max(1, terms - 1) + [an index is summed away])

and an intermediate may be no larger (in elements) than the largest input or output, unless
``optimize=("greedy", limit)`` gives a limit.  Two searches:

- ``"greedy"`` (``optimize=True``): at each step join the pair of operands sharing an index that removes the
  most elements (the sizes of the pair minus the size of their result), the cheaper on a tie, and the first
  found on a further tie; new pairs are those with the result just made.  Pairs sharing no index (outer
  products) are tried only when no other pair is left.
- ``"optimal"``: every order of pairwise joins (exponential in the number of operands), the cheapest kept.

One or two operands, or an output that keeps every index, have nothing to order: one step joins them all.
Greedy is not always cheapest: below it first joins jk,kl (freeing 12 + 20 - 15 = 17 elements, where ij,jk
frees 6 + 12 - 8 = 10), for 181 flops in all; the optimal order joins ij,jk first, for 129.
The report prints what NumPy prints: the naive cost (all operands at once), the cost of the path found, and
each step as its einsum, the intermediate's indices ordered by size then letter.

    >>> path, report = einsum_path("ij,jk,kl->il", ones((2, 3)), ones((3, 4)), ones((4, 5)))
    >>> path, report.splitlines()[4]
    (['einsum_path', (1, 2), (0, 1)], '  Optimized FLOP count:  1.810e+02')
"""

from tinynet.core.ndarray import asarray
from tinynet.lib.creation import ones  # noqa: F401 - the examples use it

__all__ = ["einsum_path"]

_SYMBOLS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SUBLIST_SYMBOLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # the letter of label 0, 1, ...

# --------------------------------------------------------------------------
# Reading the subscripts: "ij,jk->ik", implicit output, '...', and the sublist form
# --------------------------------------------------------------------------


def _from_sublists(args):
    """The interleaved form op0, [0, 1], op1, [1, 2], [0, 2]: labels are ints (0 is 'A') or Ellipsis."""
    args = list(args)
    arrays, terms = [], []
    while len(args) >= 2:
        arrays.append(args.pop(0))
        terms.append(_sublist_text(args.pop(0)))
    text = ",".join(terms)
    if args:
        text += "->" + _sublist_text(args[0])
    return text, arrays


def _sublist_text(labels):
    text = ""
    for label in labels:
        if label is Ellipsis:
            text += "..."
        elif isinstance(label, int) and not isinstance(label, bool):
            text += _SUBLIST_SYMBOLS[label]
        else:
            raise TypeError("For this input type lists must contain either int or Ellipsis")
    return text


def _check_symbols(text):
    if "-" in text or ">" in text:
        if text.count("-") > 1 or text.count(">") > 1 or text.count("->") != 1:
            raise ValueError("Subscripts can only contain one '->'.")
    for c in text:
        if c not in ".,->" and c not in _SYMBOLS:
            raise ValueError("Character %s is not a valid symbol." % c)


def _expand_ellipses(terms, output, arrays):
    """Replace each '...' by letters the subscripts do not use, one per broadcast axis, right-aligned."""
    used = set("".join(terms) + (output or ""))
    unused = [c for c in _SYMBOLS if c not in used]
    counts = []
    for term, a in zip(terms, arrays):
        if "." in term and (term.count(".") != 3 or term.count("...") != 1):
            raise ValueError("Invalid Ellipses.")
        if "." not in term:
            counts.append(None)
            continue
        count = (max(a.ndim, 1) if a.shape != () else 0) - (len(term) - 3)
        if count < 0:
            raise ValueError("Ellipses lengths do not match.")
        counts.append(count)
    longest = max([n for n in counts if n is not None] + [0])
    letters = "".join(unused[:longest])
    expanded = [term if n is None else term.replace("...", letters[len(letters) - n:] if n else "")
                for term, n in zip(terms, counts)]
    if output is not None:
        return expanded, output.replace("...", letters), letters
    return expanded, None, letters


def parse_subscripts(args):
    """Return (input terms, output term, arrays), with '...' and an implicit output written out.

    >>> parse_subscripts(("ij,jk", ones((2, 3)), ones((3, 4))))[:2]
    (['ij', 'jk'], 'ik')
    """
    if not args:
        raise ValueError("No input operands")
    if isinstance(args[0], str):
        text, arrays = args[0].replace(" ", ""), list(args[1:])
    else:
        text, arrays = _from_sublists(args)
    arrays = [asarray(a) for a in arrays]
    _check_symbols(text)
    inputs, _, output = text.partition("->")
    output = output if "->" in text else None
    terms = inputs.split(",")
    if len(terms) != len(arrays):
        raise ValueError("Number of einsum subscripts must be equal to the number of operands.")
    letters = ""
    if "." in text:
        terms, output, letters = _expand_ellipses(terms, output, arrays)
    if output is None:  # implicit: the broadcast letters, then the letters seen once, in sorted order
        joined = "".join(terms)
        once = sorted(c for c in set(joined) if joined.count(c) == 1 and c not in letters)
        output = letters + "".join(once)
    for c in output:
        if output.count(c) != 1:
            raise ValueError("Output character %s appeared more than once in the output." % c)
        if c not in "".join(terms):
            raise ValueError("Output character %s did not appear in the input" % c)
    return terms, output, arrays


def _sizes(terms, arrays):
    """{letter: size}, a length of 1 giving way to a longer one (broadcasting)."""
    sizes = {}
    joined = ",".join(terms)
    for k, (term, a) in enumerate(zip(terms, arrays)):
        if a.ndim != len(term):
            raise ValueError("Einstein sum subscript %s does not contain the correct number of indices for "
                             "operand %d." % (joined[k], k))  # NumPy's words name the k-th character
        for c, n in zip(term, a.shape):
            if c not in sizes or sizes[c] == 1:
                sizes[c] = n
            elif n not in (1, sizes[c]):
                raise ValueError("Size of label '%s' for operand %d (%d) does not match previous terms (%d)."
                                 % (c, k, sizes[c], n))
    return sizes


# --------------------------------------------------------------------------
# The cost model and one contraction step
# --------------------------------------------------------------------------


def _size(letters, sizes):
    n = 1
    for c in letters:
        n *= sizes[c]
    return n


def _flops(letters, summed, terms, sizes):
    """prod(sizes) * (max(1, terms - 1) + 1 if an index is summed away)."""
    return _size(letters, sizes) * (max(1, terms - 1) + (1 if summed else 0))


def _join(positions, operands, output):
    """Join the operands (sets of letters) at positions: return (kept, operands after, removed, all letters)."""
    joined = set()
    for p in positions:
        joined |= operands[p]
    rest = [s for k, s in enumerate(operands) if k not in positions]
    needed = set(output)
    for s in rest:
        needed |= s
    kept = joined & needed
    return kept, rest + [kept], joined - kept, joined


def _pairs(n):
    return [(i, j) for i in range(n) for j in range(i + 1, n)]


# --------------------------------------------------------------------------
# The searches
# --------------------------------------------------------------------------


def _candidate(pair, operands, output, sizes, limit, spent, naive):
    """[(-elements removed, flops), pair, operands after] for a pair, or None if too big or too costly."""
    kept, after, removed, joined = _join(pair, operands, output)
    made = _size(kept, sizes)
    if made > limit:
        return None
    cost = _flops(joined, removed, 2, sizes)
    if spent + cost > naive:
        return None
    freed = _size(operands[pair[0]], sizes) + _size(operands[pair[1]], sizes) - made
    return [(-freed, cost), pair, after]


def _renumbered(candidates, best):
    """The candidates that survive the join best made, with positions and operand lists as after it."""
    bx, by = best[1]
    survivors = []
    for key, (x, y), after in candidates:
        if x in best[1] or y in best[1]:
            continue
        del after[by - (by > x) - (by > y)]
        del after[bx - (bx > x) - (bx > y)]
        after.insert(len(after) - 1, best[2][-1])
        survivors.append((key, (x - (x > bx) - (x > by), y - (y > bx) - (y > by)), after))
    return survivors


def greedy_path(operands, output, sizes, limit):
    """The greedy order (see the module docstring); operands are sets of letters.

    >>> greedy_path([set("ij"), set("jk"), set("kl")], set("il"), {"i": 2, "j": 3, "k": 4, "l": 5}, 20)
    [(1, 2), (0, 1)]
    """
    n = len(operands)
    if n <= 2:
        return [tuple(range(n))]
    _, _, removed, joined = _join(range(n), operands, output)
    naive = _flops(joined, removed, n, sizes)
    path, spent, known = [], 0, []
    fresh = _pairs(n)
    for _ in range(n - 1):
        for pair in fresh:
            if operands[pair[0]].isdisjoint(operands[pair[1]]):
                continue
            found = _candidate(pair, operands, output, sizes, limit, spent, naive)
            if found is not None:
                known.append(found)
        if not known:  # only outer products are left
            for pair in _pairs(len(operands)):
                found = _candidate(pair, operands, output, sizes, limit, spent, naive)
                if found is not None:
                    known.append(found)
            if not known:
                path.append(tuple(range(len(operands))))
                break
        best = known[0]
        for found in known[1:]:
            if found[0] < best[0]:
                best = found
        known = _renumbered(known, best)
        operands = best[2]
        last = len(operands) - 1
        fresh = [(i, last) for i in range(last)]
        path.append(best[1])
        spent += best[0][1]
    return path


def optimal_path(operands, output, sizes, limit):
    """The cheapest order of pairwise joins, by trying them all; operands are sets of letters.

    >>> optimal_path([set("ij"), set("jk"), set("kl")], set("il"), {"i": 2, "j": 3, "k": 4, "l": 5}, 20)
    [(0, 1), (0, 1)]
    """
    n = len(operands)
    states = [(0, [], operands)]
    for step in range(n - 1):
        grown = []
        for cost, path, current in states:
            for pair in _pairs(n - step):
                kept, after, removed, joined = _join(pair, current, output)
                if _size(kept, sizes) > limit:
                    continue
                grown.append((cost + _flops(joined, removed, 2, sizes), path + [pair], after))
        if not grown:
            return _cheapest(states) + [tuple(range(n - step))]
        states = grown
    return _cheapest(states) if states else [tuple(range(n))]


def _cheapest(states):
    best = states[0]
    for state in states[1:]:
        if state[0] < best[0]:
            best = state
    return list(best[1])


# --------------------------------------------------------------------------
# einsum_path
# --------------------------------------------------------------------------


def _strategy(optimize):
    """Return (name or False, explicit path or None, memory limit or None) from optimize=."""
    if optimize is True:
        return "greedy", None, None
    if optimize is None or optimize is False:
        return False, None, None
    if isinstance(optimize, str):
        return optimize, None, None
    if isinstance(optimize, (list, tuple)) and optimize and optimize[0] == "einsum_path":
        return None, list(optimize[1:]), None
    if (isinstance(optimize, (list, tuple)) and len(optimize) == 2 and isinstance(optimize[0], str)
            and isinstance(optimize[1], (int, float))):
        return optimize[0], None, int(optimize[1])
    raise TypeError("Did not understand the path: %s" % (optimize,))


def einsum_path(*operands, optimize="greedy"):
    """Return (['einsum_path', pair, ...], report): an order of pairwise contractions for einsum, and its cost.

    optimize is "greedy" (or True), "optimal", False (one step), ("greedy", memory limit) or a path
    ['einsum_path', (i, j), ...] to cost.  See the module docstring for the cost model and the searches.

    >>> einsum_path("ij,jk,kl", ones((2, 3)), ones((3, 4)), ones((4, 5)), optimize="optimal")[0]
    ['einsum_path', (0, 1), (0, 1)]
    """
    name, path, limit = _strategy(optimize)
    terms, output, arrays = parse_subscripts(operands)
    sizes = _sizes(terms, arrays)
    operand_sets = [set(term) for term in terms]
    letters = set("".join(terms))
    if limit is None:
        limit = max(_size(term, sizes) for term in terms + [output])
    summed = sum(len(s) for s in operand_sets) - len(letters) > 0
    naive = _flops(letters, summed, len(terms), sizes)
    if path is None:
        if name is False or len(terms) in (1, 2) or letters == set(output):
            path = [tuple(range(len(terms)))]
        elif name == "greedy":
            path = greedy_path(operand_sets, set(output), sizes, limit)
        elif name == "optimal":
            path = optimal_path(operand_sets, set(output), sizes, limit)
        else:
            raise KeyError("Path name %s not found", name)
    steps = _steps(path, terms, output, operand_sets, sizes)
    return ["einsum_path"] + list(path), _report(",".join(terms) + "->" + output, len(letters), naive, steps,
                                                 output)


def _steps(path, terms, output, operand_sets, sizes):
    """[(scaling, flops, elements made, its einsum, the terms left)] for each step of path."""
    terms = list(terms)
    steps = []
    for k, positions in enumerate(path):
        positions = tuple(sorted(positions, reverse=True))  # taken out from the right
        kept, operand_sets, removed, joined = _join(positions, operand_sets, output)
        taken = [terms.pop(p) for p in positions]
        if k == len(path) - 1:
            made = output
        else:
            made = "".join(c for _, c in sorted((sizes[c], c) for c in kept))
        terms.append(made)
        steps.append((len(joined), _flops(joined, removed, len(positions), sizes), _size(kept, sizes),
                      ",".join(taken) + "->" + made, list(terms)))
    if len(terms) != 1:
        raise RuntimeError("Invalid einsum_path is specified: %d more operands has to be contracted."
                           % (len(terms) - 1))
    return steps


def _report(contraction, naive_scaling, naive, steps, output):
    """The text NumPy's einsum_path returns."""
    optimized = sum(step[1] for step in steps) + 1
    lines = ["  Complete contraction:  %s" % contraction,
             "         Naive scaling:  %d" % naive_scaling,
             "     Optimized scaling:  %d" % max(step[0] for step in steps),
             "      Naive FLOP count:  %.3e" % naive,
             "  Optimized FLOP count:  %.3e" % optimized,
             "   Theoretical speedup:  %3.3f" % (naive / optimized),
             "  Largest intermediate:  %.3e elements" % max(step[2] for step in steps),
             "-" * 74,
             "%6s %24s %40s" % ("scaling", "current", "remaining"),
             "-" * 74]
    for scaling, _, _, current, left in steps:
        lines.append("%4d    %24s %40s" % (scaling, current, ",".join(left) + "->" + output))
    return "\n".join(lines)

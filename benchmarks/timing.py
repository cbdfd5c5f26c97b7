"""Timing helpers: interleaved repeats, medians, and ratios measured within one run.

A comparison times two or more callables in turn, repeat after repeat, so that a burst of load on a
shared machine slows every side of it alike.  Each figure is the median over the repeats; a ratio is
the median of the per-repeat ratios.

    >>> times = compare({"a": lambda: None, "b": lambda: None}, repeats=3, min_time=0.001)
    >>> sorted(times), len(times["a"])
    (['a', 'b'], 3)
"""

import gc
import time


def median(values):
    """Return the median of a non-empty list of numbers.

    >>> median([3, 1, 2]), median([4, 1, 2, 3])
    (2, 2.5)
    """
    ordered = sorted(values)
    n = len(ordered)
    middle = n // 2
    if n % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _time_calls(function, number):
    """Return the mean seconds per call over number back-to-back calls of function."""
    started = time.perf_counter()
    for _ in range(number):
        function()
    return (time.perf_counter() - started) / number


def _time_prepared(prepare, number):
    """Return the mean seconds per call of prepare()() over number calls, not counting prepare()."""
    total = 0.0
    for _ in range(number):
        run = prepare()
        started = time.perf_counter()
        run()
        total += time.perf_counter() - started
    return total / number


class Case:
    """Something to time: a callable, or prepare() returning a fresh callable for each call.

    Use prepare when a call changes its own state (a network that trains), so every call starts alike.
    """

    def __init__(self, function=None, prepare=None):
        self.function = function
        self.prepare = prepare

    def time(self, number):
        if self.prepare is not None:
            return _time_prepared(self.prepare, number)
        return _time_calls(self.function, number)


def _as_case(x):
    return x if isinstance(x, Case) else Case(function=x)


def _calibrate(case, min_time):
    """Return how many calls make one repeat last at least min_time seconds (this also warms up)."""
    number = 1
    while True:
        elapsed = case.time(number) * number
        if elapsed >= min_time or number >= 1 << 20:
            return number
        if elapsed <= 0:
            number *= 10
        else:
            number = max(number * 2, int(number * min_time / elapsed * 1.2) + 1)


def compare(cases, repeats, min_time):
    """Time each case (name -> callable or Case) `repeats` times, interleaved; return name -> seconds per call.

    Garbage collection stays on, as in a user's program.
    """
    cases = dict((name, _as_case(c)) for name, c in cases.items())
    names = sorted(cases)
    numbers = dict((name, _calibrate(cases[name], min_time)) for name in names)
    times = dict((name, []) for name in names)
    for _ in range(repeats):
        for name in names:
            gc.collect()
            times[name].append(cases[name].time(numbers[name]))
    return times


def ratio(times, numerator, denominator):
    """Return the median over repeats of times[numerator][i] / times[denominator][i].

    >>> ratio({"a": [2.0, 4.0, 9.0], "b": [1.0, 1.0, 1.0]}, "a", "b")
    4.0
    """
    return median([a / b for a, b in zip(times[numerator], times[denominator])])

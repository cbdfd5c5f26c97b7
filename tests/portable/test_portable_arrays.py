"""Arrays on every runtime: creation, matrix products, broadcasting, reductions, indexing, printing.

Each test runs one topic's NumPy cases (cases_arrays.py) with tinynet and compares every result
with NumPy's answer from fixtures/<topic>.json: shape, dtype and values (floats within the
tolerance stated in portable_support.py), printed text exactly.
"""
import tinynet as np

import cases_arrays
import portable_support as support


def test_creation():
    support.check_cases(cases_arrays.CREATION, support.load_fixture("creation"), np)


def test_matmul():
    support.check_cases(cases_arrays.MATMUL, support.load_fixture("matmul"), np)


def test_broadcasting():
    support.check_cases(cases_arrays.BROADCASTING, support.load_fixture("broadcasting"), np)


def test_reductions():
    support.check_cases(cases_arrays.REDUCTIONS, support.load_fixture("reductions"), np)


def test_indexing():
    support.check_cases(cases_arrays.INDEXING, support.load_fixture("indexing"), np)


def test_printing():
    support.check_cases(cases_arrays.PRINTING, support.load_fixture("printing"), np)


def test_nd_arrays_views_and_dtypes():
    support.check_cases(cases_arrays.ND_VIEWS, support.load_fixture("ndviews"), np)

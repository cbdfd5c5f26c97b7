"""NumPy programs from examples/ print on every runtime exactly what they print under NumPy.

The program's ``import numpy as np`` is served by tinynet and its print() calls are captured;
the text must equal NumPy's output in fixtures/programs.json character for character. Every
program in that fixture (every examples/*.py when it was made) gets a test of its own.

With single-precision floats, each printed float must be within ``PROGRAM_TOL`` of NumPy's and
everything else (labels, counts, words) identical. Two programs cannot hold to that and are
skipped there, for the reasons in ``NEEDS_DOUBLE``.
"""
import tinynet

import portable_support as support

# Programs whose printed output depends on more than float32 can carry.
NEEDS_DOUBLE = {
    "gradient_check": "it prints whether central differences agree with backprop to 1e-7 and 1e-8, "
                      "below float32's resolution",
    "spiral_relu_net": "400 steps at a high learning rate: float32 rounding sends the loss on "
                       "another path, and the labels it prints change with it",
}


def _check_program(name):
    if support.FLOAT_IS_SINGLE and name in NEEDS_DOUBLE:
        raise support.SkipTest("needs double precision: " + NEEDS_DOUBLE[name])
    source = support.read_text(support.join(support.PROJECT_ROOT, "examples", name + ".py"))
    expected = support.load_fixture("programs")[name]["text"]
    printed = support.run_program(source, tinynet)
    assert support.texts_match(printed, expected, support.PROGRAM_TOL, support.PROGRAM_TOL), \
        "%s printed\n%s\nNumPy printed\n%s" % (name, printed, expected)


def test_seed_program():
    _check_program("seed_program")


def _make_test(name):
    def test():
        _check_program(name)
    return test


for _name in sorted(support.load_fixture("programs")):
    if _name != "seed_program":
        globals()["test_program_" + _name] = _make_test(_name)


def test_micropython_collects_garbage_before_its_heap_fills():
    # tinynet sets MicroPython's collection threshold (an eighth of the heap) unless the program set one, so
    # the heap stays in large free blocks; other Pythons' collectors are left as they are.
    import gc
    if hasattr(gc, "threshold"):
        assert 0 < gc.threshold() <= (gc.mem_free() + gc.mem_alloc()) // 8, gc.threshold()
    else:
        assert gc.isenabled()

"""NumPy programs from examples/ print on every runtime exactly what they print under NumPy.

The program's ``import numpy as np`` is served by tinynet and its print() calls are captured;
the text must equal NumPy's output in fixtures/programs.json character for character. Every
program in that fixture (every examples/*.py when it was made) gets a test of its own.
"""
import tinynet

import portable_support as support


def _check_program(name):
    source = support.read_text(support.join(support.PROJECT_ROOT, "examples", name + ".py"))
    expected = support.load_fixture("programs")[name]["text"]
    printed = support.run_program(source, tinynet)
    assert printed == expected, "%s printed\n%s\nNumPy printed\n%s" % (name, printed, expected)


def test_seed_program():
    _check_program("seed_program")


def _make_test(name):
    def test():
        _check_program(name)
    return test


for _name in sorted(support.load_fixture("programs")):
    if _name != "seed_program":
        globals()["test_program_" + _name] = _make_test(_name)

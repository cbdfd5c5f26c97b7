"""NumPy programs from examples/ print on every runtime exactly what they print under NumPy.

The program's ``import numpy as np`` is served by tinynet and its print() calls are captured;
the text must equal NumPy's output in fixtures/programs.json character for character.
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

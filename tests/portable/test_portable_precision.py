"""tinynet says how precise Python's float is here: binary64, or binary32 on most boards.

MicroPython firmware for the ESP32, RP2040, ESP8266 and most STM32 boards is built with
single-precision floats. tinynet detects it (``tinynet.core.dtypes.FLOAT_IS_SINGLE``) and reports it
through ``finfo(float)``, and the portable suite compares float results with tolerances derived
from that precision (portable_support.py).
"""
import tinynet as np
from tinynet.core import dtypes

import portable_support as support


def _float_is_single():
    # in binary32, 1 + 2**-24 is a tie that rounds back to 1; in binary64 it is exact
    return 1.0 + 2.0 ** -24 == 1.0


def test_tinynet_detects_the_precision_of_float():
    assert dtypes.FLOAT_IS_SINGLE == _float_is_single()
    assert support.FLOAT_IS_SINGLE == _float_is_single()


def test_finfo_of_float_reports_it():
    info = np.finfo(float)
    if _float_is_single():
        assert (info.eps, info.nmant, str(info.dtype)) == (2.0 ** -23, 23, "float32"), info
    else:
        assert (info.eps, info.nmant, str(info.dtype)) == (2.0 ** -52, 52, "float64"), info
    assert support.EPSILON == info.eps


def test_tolerances_come_from_that_epsilon():
    if _float_is_single():
        assert support.REL_TOL == 16 * support.EPSILON and support.PROGRAM_TOL == 1024 * support.EPSILON
    else:
        assert support.REL_TOL == 1e-12 and support.PROGRAM_TOL == 0.0

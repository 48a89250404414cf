"""Canary: PySide6 6.12.0 drops a reference to None on every void C++ call (CPython 3.11).

A real GUI then aborts with "deallocating None" within seconds. These tests fail
if that release, or the behaviour, comes back.
"""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtCore import QObject


def test_pinned_pyside_version_is_not_the_broken_release() -> None:
    assert PySide6.__version__ != "6.12.0"
    assert PySide6.__version__ == "6.11.3", "update the pin, this canary and the README together"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12 on")
def test_void_cpp_calls_keep_the_reference_count_of_none() -> None:
    holder = QObject()
    before = sys.getrefcount(None)
    for index in range(5000):
        holder.setObjectName(f"n{index % 7}")  # a C++ method returning void
        holder.blockSignals(False)
    after = sys.getrefcount(None)
    # A leak or a gain of a few is noise; the 6.12.0 bug loses one per call.
    assert abs(after - before) < 100, f"refcount of None moved by {after - before}"

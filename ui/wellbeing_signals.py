"""Emit Qt signals without losing references to ``True`` (a PySide6 6.12.0 defect).

Measured here (PySide6 6.12.0, CPython 3.11): ``SignalInstance.emit()`` returns ``True`` without
taking a reference for it, so every emit whose result is dropped lowers ``sys.getrefcount(True)`` by
one. When the count reaches zero CPython aborts with "Fatal Python error: bool_dealloc: deallocating
True or False" (in a bare script after about 570 emits; in the app after some thousands, i.e. within
hours of a one-second tick). Signals emitted by Qt itself (``QTimer.timeout``, ``clicked``) are not
affected. :func:`emit` gives the reference back, and only when the defect is present (detected once at
import), so a fixed PySide6 needs no change here.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    runs = 16
    before = sys.getrefcount(True)
    for _ in range(runs):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        _incref(True)  # give back what the probe itself took
    return lost >= runs


EMIT_LOSES_TRUE = _emit_loses_a_reference()


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, returning the reference PySide6 6.12.0 takes from ``True``."""
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]  # it returns True
    if EMIT_LOSES_TRUE and result is True:
        _incref(True)


__all__ = ["EMIT_LOSES_TRUE", "emit"]

"""Guards the Qt binding we ship against a known fatal bug.

PySide6 6.12.0 decrements the reference count of ``True`` on every ``emit()`` made from Python
(Python 3.11, where ``True`` is not immortal), and the process aborts with "bool_dealloc" after a few
thousand signals: minutes of video playback. pyproject.toml pins below 6.12; this test fails if a
binding with that bug is ever installed, in a child process so the abort is a failure, not a crash.
"""

from __future__ import annotations

import os
import subprocess
import sys

_PROBE = r"""
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

app = QCoreApplication([])

class Emitter(QObject):
    plain = Signal()
    number = Signal(int)
    thing = Signal(object)

emitter = Emitter()
received = []
emitter.plain.connect(lambda: received.append(None))
emitter.number.connect(received.append)
emitter.thing.connect(received.append)
before = sys.getrefcount(True)
for n in range(3000):
    emitter.plain.emit()
    emitter.number.emit(n)
    emitter.thing.emit("x")
print(sys.getrefcount(True) - before, len(received))
"""


def test_emitting_signals_does_not_corrupt_reference_counts() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, f"the Qt binding crashed emitting signals:\n{result.stderr[-2000:]}"
    delta, received = (int(x) for x in result.stdout.split())
    assert received == 9000
    assert delta == 0, f"each emit() changed refcount(True): {delta} after 9000 emits"

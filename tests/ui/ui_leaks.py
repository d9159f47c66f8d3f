"""What a test leaves behind: windows on screen, running timers, threads, child processes
(``no_leaks`` in conftest.py fails a test of tests/ui that leaves any)."""

from __future__ import annotations

import multiprocessing
import threading
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

LEAK_GRACE_S = 5.0  # a stopped stream worker ends within 0.1 s; a busy machine gets more


def _settle(app: QApplication) -> None:
    """Run what a test left queued, and delete what it closed (``deleteLater``)."""
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@dataclass(frozen=True)
class Snapshot:
    """What existed before a test: its leftovers are what exists after and did not before."""

    windows: frozenset[Any]
    threads: frozenset[threading.Thread]
    children: frozenset[Any]


def snapshot(app: QApplication) -> Snapshot:
    return Snapshot(
        frozenset(app.topLevelWidgets()),
        frozenset(threading.enumerate()),
        frozenset(multiprocessing.active_children()),
    )


def leaks(app: QApplication, before: Snapshot, grace_s: float = LEAK_GRACE_S) -> list[str]:
    """What was made since ``before`` and still runs or shows, after ``grace_s`` for threads and
    processes that are ending. Qt's own pool threads (``TaskRunner``) are not Python threads; Python
    sees them only as dummies, which are skipped."""
    _settle(app)
    deadline = time.monotonic() + grace_s
    new_threads = [
        t for t in set(threading.enumerate()) - before.threads if not isinstance(t, threading._DummyThread)
    ]
    for thread in new_threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    for child in set(multiprocessing.active_children()) - before.children:
        child.join(max(0.0, deadline - time.monotonic()))
    _settle(app)
    made = [w for w in app.topLevelWidgets() if w not in before.windows]
    found = [f"window left on screen: {type(w).__name__} {w.windowTitle()!r}" for w in made if w.isVisible()]
    found += [
        f"timer still running in {type(w).__name__}: every {timer.interval()} ms"
        for w in made
        for timer in w.findChildren(QTimer)
        if timer.isActive()
    ]
    found += [f"thread still running: {t.name}" for t in new_threads if t.is_alive()]
    found += [
        f"child process still running: {child.name} (pid {child.pid})"
        for child in set(multiprocessing.active_children()) - before.children
    ]
    return found

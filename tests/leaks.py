"""What a test leaves behind: windows on screen, running timers, threads, child processes
(``no_leaks`` in tests/conftest.py fails every test that leaves any: docs/development.md, "Tests that
clean up after themselves")."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LEAK_GRACE_S = 5.0  # a stopped stream worker ends within 0.1 s; a busy machine gets more

_lasting: list[Callable[[], Iterable[int]]] = []


@contextmanager
def lasting_children(owned: Callable[[], Iterable[int]]) -> Iterator[None]:
    """For a fixture that outlives a test (a module's decoder pool): the children ``owned()`` names
    are its own, started on first use during some test, and not that test's leftovers."""
    _lasting.append(owned)
    try:
        yield
    finally:
        _lasting.remove(owned)


def _settle(app: Any) -> None:
    """Run what a test left queued, and delete what it closed (``deleteLater``)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def child_pids() -> frozenset[int]:
    """This process's running children, however they were started (``multiprocessing``,
    ``subprocess``...): Linux lists them in /proc; elsewhere, the ``multiprocessing`` ones."""
    tasks = Path(f"/proc/{os.getpid()}/task")
    if not tasks.is_dir():
        return frozenset(p.pid for p in multiprocessing.active_children() if p.pid is not None)
    pids: set[int] = set()
    for task in tasks.iterdir():
        try:
            pids.update(int(pid) for pid in (task / "children").read_text().split())
        except OSError:  # the thread ended meanwhile
            continue
    return frozenset(pid for pid in pids if not _ended(pid))


def _helpers() -> set[int]:
    """Python's own process-long helper (``multiprocessing``'s resource tracker, started by the first
    spawned process and kept until exit): not a test's leftover."""
    from multiprocessing import resource_tracker

    pid = getattr(resource_tracker._resource_tracker, "_pid", None)
    return {pid} if isinstance(pid, int) else set()


def _ended(pid: int) -> bool:
    """A zombie (ended, not yet reaped) or gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


def _describe(pid: int) -> str:
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        command = "?"
    return f"child process still running: pid {pid} ({command.strip()[:80]})"


@dataclass(frozen=True)
class Snapshot:
    """What existed before a test: its leftovers are what exists after and did not before."""

    windows: frozenset[Any]
    threads: frozenset[threading.Thread]
    children: frozenset[int]
    looks: tuple[str, Any, Any] | None = None  # the application's style sheet, font and palette


def _looks(app: Any) -> tuple[str, Any, Any]:
    return (app.styleSheet(), app.font(), app.palette())


def snapshot(app: Any = None) -> Snapshot:
    """``app``: the ``QApplication`` of a Qt test (its windows count too), or None."""
    return Snapshot(
        frozenset(app.topLevelWidgets()) if app is not None else frozenset(),
        frozenset(threading.enumerate()),
        child_pids(),
        _looks(app) if app is not None else None,
    )


def leaks(app: Any, before: Snapshot, grace_s: float = LEAK_GRACE_S) -> list[str]:
    """What was made since ``before`` and still runs or shows, after ``grace_s`` for threads and
    processes that are ending. Qt's own pool threads (``TaskRunner``) are not Python threads; Python
    sees them only as dummies, which are skipped."""
    if app is not None:
        _settle(app)
    deadline = time.monotonic() + grace_s
    new_threads = [
        t for t in set(threading.enumerate()) - before.threads if not isinstance(t, threading._DummyThread)
    ]
    for thread in new_threads:
        thread.join(max(0.0, deadline - time.monotonic()))

    def owned() -> set[int]:
        return {pid for names in _lasting for pid in names()} | _helpers()

    for child in multiprocessing.active_children():  # reaps the ended ones, waits for the ending ones
        if child.pid not in before.children and child.pid not in owned():
            child.join(max(0.0, deadline - time.monotonic()))

    def new_children() -> frozenset[int]:
        return child_pids() - before.children - owned()

    children = new_children()
    while children and time.monotonic() < deadline:
        time.sleep(0.05)
        children = new_children()
    found: list[str] = []
    if app is not None:
        from PySide6.QtCore import QTimer

        from ui.tasks import FakeTimer

        _settle(app)
        made = [w for w in app.topLevelWidgets() if w not in before.windows]
        found += [
            f"window left on screen: {type(w).__name__} {w.windowTitle()!r}" for w in made if w.isVisible()
        ]
        # A theme, font size or palette left on the one application changes every later test's
        # windows, so a test passed or failed by the order the tests ran in (found with pytest-xdist).
        if before.looks is not None and _looks(app) != before.looks:
            sheet, font, palette = before.looks
            changed = [
                what
                for what, now, then in zip(
                    ("style sheet", "font", "palette"), _looks(app), before.looks, strict=True
                )
                if now != then
            ]
            app.setStyleSheet(sheet)
            app.setFont(font)
            app.setPalette(palette)
            found.append(f"the application's {' and '.join(changed)} left changed (now put back)")
        found += [
            f"timer still running in {type(w).__name__}: every {timer.interval()} ms"
            for w in made
            for kind in (QTimer, FakeTimer)
            for timer in w.findChildren(kind)
            if timer.isActive()
        ]
    found += [f"thread still running: {t.name}" for t in new_threads if t.is_alive()]
    found += [_describe(pid) for pid in sorted(children)]
    return found

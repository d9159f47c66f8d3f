"""Run work off the GUI thread and post the result back to it (the Picard pattern).

``TaskRunner.submit(fn, on_done, on_error)`` runs ``fn`` on a ``QThreadPool`` and calls ``on_done``
(or ``on_error`` with the exception) on the GUI thread through a queued signal. Tests swap in
:class:`ImmediateRunner`, which runs the work at once on the calling thread, so they are
deterministic and never wait on threads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Runner(Protocol):
    def submit(self, work: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None: ...

    def wait(self, msecs: int = -1) -> bool: ...


class _Relay(QObject):
    """Lives on the GUI thread; its queued signal carries a finished task's result home."""

    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver)

    @Slot(object)
    def _deliver(self, packet: tuple[Callable[[], None]]) -> None:
        packet[0]()


class _Task(QRunnable):
    def __init__(self, relay: _Relay, work: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        super().__init__()
        self._relay, self._work, self._on_done, self._on_error = relay, work, on_done, on_error

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # delivered to the GUI thread, never swallowed
            on_error = self._on_error
            err = error
            self._relay.finished.emit((lambda: on_error(err),))
            return
        on_done = self._on_done
        self._relay.finished.emit((lambda: on_done(result),))


def _log_error(error: BaseException) -> None:
    log.error("background task failed", exc_info=error)


class TaskRunner:
    """A pool of ``threads`` workers (1 keeps database calls in order)."""

    def __init__(self, threads: int = 1, *, name: str = "tasks") -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max(1, threads))
        self._pool.setObjectName(name)
        self._relay = _Relay()

    def submit(self, work: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        self._pool.start(_Task(self._relay, work, on_done, on_error or _log_error))

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)


class ImmediateRunner:
    """Runs each task at once on the caller's thread: deterministic tests, no threads to leak."""

    def submit(self, work: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        try:
            result = work()
        except Exception as error:
            (on_error or _log_error)(error)
            return
        on_done(result)

    def wait(self, msecs: int = -1) -> bool:
        return True

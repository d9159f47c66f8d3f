"""The one background toolkit of the window: every piece of work off the GUI thread goes through it.

Two kinds of work, two tools (docs/architecture.md, "Threads and processes"):

- **Short tasks** (a service call, a decode, a render, a sync): ``TaskRunner.submit(fn, on_done,
  on_error)`` runs ``fn`` on a ``QThreadPool`` and calls ``on_done`` (or ``on_error`` with the
  exception) on the GUI thread through a queued signal (the Picard pattern). ``TaskRunner(1, name=...)``
  is a *lane*: one worker, so its tasks run in the order they were submitted (the database lane keeps
  a reviewer's calls ordered). Tests swap in :class:`ImmediateRunner`, which runs the work at once on
  the calling thread, so they are deterministic and never wait on threads.
- **Streams** (video frames, sound blocks, a decision export): a :class:`StreamWorker` runs one long
  loop on a thread of its own that it can be told to stop, and posts what it makes through its
  owner's Qt signals, which Qt queues to the GUI thread.

Nothing else in ``ui/`` starts a thread: no ``QThread`` subclass, no ``moveToThread``, no raw
``threading.Thread``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
            with running_task():
                result = self._work()
        except BaseException as error:  # delivered to the GUI thread, never swallowed
            on_error = self._on_error
            err = error
            self._relay.finished.emit((lambda: on_error(err),))
            return
        on_done = self._on_done
        self._relay.finished.emit((lambda: on_done(result),))


_task_depth = threading.local()


@contextmanager
def running_task() -> Iterator[None]:
    """Marks the calling thread as running a runner's task while the block runs.

    A test runner (:class:`ImmediateRunner`, a test's manual runner) runs tasks on the GUI thread;
    this mark tells the test guard that a database statement there was handed to a runner, not made
    by a slot or constructor waiting on the database (docs/architecture.md, "Threads and
    processes")."""
    _task_depth.n = getattr(_task_depth, "n", 0) + 1
    try:
        yield
    finally:
        _task_depth.n -= 1


def in_task() -> bool:
    """True while the calling thread runs a runner's task (see :func:`running_task`)."""
    return getattr(_task_depth, "n", 0) > 0


def _log_error(error: BaseException) -> None:
    log.error("background task failed", exc_info=error)


class TaskRunner:
    """A pool of ``threads`` workers; with 1 (a lane) tasks run one at a time, in order."""

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
            with running_task():
                result = work()
        except Exception as error:
            (on_error or _log_error)(error)
            return
        on_done(result)

    def wait(self, msecs: int = -1) -> bool:
        return True


class StreamWorker(QObject):
    """One long piece of work on a dedicated thread: a video decoder, a sound fetch, an export.

    Give ``work(stopping)`` or override :meth:`run`; the loop checks ``stopping`` (a
    ``threading.Event``) and returns soon after :meth:`stop`. Results go out through Qt signals of
    this object or its owner: the object lives on the GUI thread, so Qt queues them there (connect
    them to a slot or a QObject's method; a bare lambda would run on the worker thread).
    ``finished`` is emitted, queued likewise, once the work has returned or failed.

    The thread is a daemon: a worker that is stopped but still inside a slow decoder call never
    holds up the app's exit, and the GUI thread never has to wait for it (:meth:`wait` is for
    shutdown and tests). An exception that escapes the work is logged, never silently lost.
    """

    finished = Signal()

    def __init__(
        self,
        work: Callable[[threading.Event], None] | None = None,
        *,
        name: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._work = work
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._main, name=name, daemon=True)
        self.finished.connect(self._release)  # queued: runs on the GUI thread

    @property
    def stopping(self) -> threading.Event:
        return self._stopping

    def run(self, stopping: threading.Event) -> None:
        """The work, on the worker thread (subclasses override this or pass ``work``)."""
        if self._work is None:
            raise NotImplementedError("StreamWorker needs work= or a run() override")
        self._work(stopping)

    def start(self) -> None:
        _running.add(self)  # an owner may drop a stopped worker at once (the sound track does)
        self._thread.start()

    def stop(self) -> None:
        """Ask the work to end; returns at once (the loop sees it at its next check)."""
        self._stopping.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the thread has ended (``msecs`` < 0: however long); True when it has."""
        if self._thread.ident is None:
            return True  # never started
        self._thread.join(None if msecs < 0 else msecs / 1000)
        return not self._thread.is_alive()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def _main(self) -> None:
        try:
            self.run(self._stopping)
        except BaseException:
            log.exception("%s failed", self._thread.name)
        finally:
            self.finished.emit()

    @Slot()
    def _release(self) -> None:
        """GUI thread, once the work has returned: wait for the thread's last instructions (it only
        drops its references now), then let go, so this QObject is deleted on the thread it belongs
        to and never by its worker thread dropping the last reference."""
        self._thread.join()
        _running.discard(self)


#: Started workers whose ``finished`` has not yet reached the GUI thread.
_running: set[StreamWorker] = set()

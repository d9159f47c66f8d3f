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
- **Timers** (the reveal re-blur, the sound pump, the break check, the policy re-read, the outbox
  retry, the incident alerts...): widgets make them through :func:`timers`, which is
  :class:`QtTimers` in the app; tests install :class:`FakeTimers` (:func:`use_timers`) and let time
  pass with ``advance(ms)``, so nothing waits on the wall clock (docs/development.md, "Fake timers").

Nothing else in ``ui/`` starts a thread: no ``QThread`` subclass, no ``moveToThread``, no raw
``threading.Thread``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol, overload

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, SignalInstance, Slot

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


# -- timers -------------------------------------------------------------------------------------


class Timer(Protocol):
    """The part of ``QTimer`` the widgets use; :class:`QTimer` and :class:`FakeTimer` both have it."""

    @property
    def timeout(self) -> SignalInstance: ...

    @overload
    def start(self) -> None: ...

    @overload
    def start(self, msec: int, /) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...

    def interval(self) -> int: ...

    def setInterval(self, msec: int) -> None: ...

    def setSingleShot(self, single: bool) -> None: ...

    def remainingTime(self) -> int: ...


class Timers(Protocol):
    """Where a widget gets its timers: real ones in the app, fake ones in tests."""

    def timer(self, parent: QObject, *, precise: bool = False) -> Timer: ...

    def single_shot(self, msec: int, parent: QObject, fn: Callable[[], None]) -> None: ...


class QtTimers:
    """Real ``QTimer`` objects on the GUI thread's event loop."""

    def timer(self, parent: QObject, *, precise: bool = False) -> Timer:
        """``precise``: a ``PreciseTimer`` (a coarse one may fire 5 % late: the reveal re-blur)."""
        timer = QTimer(parent)
        if precise:
            from PySide6.QtCore import Qt

            timer.setTimerType(Qt.TimerType.PreciseTimer)
        return timer

    def single_shot(self, msec: int, parent: QObject, fn: Callable[[], None]) -> None:
        """``fn`` once, after ``msec``, unless ``parent`` is gone by then."""
        QTimer.singleShot(msec, parent, fn)


class FakeTimer(QObject):
    """A timer that fires only when its :class:`FakeTimers` is advanced past its due time."""

    timeout = Signal()

    def __init__(self, owner: FakeTimers, parent: QObject | None) -> None:
        super().__init__(parent)
        self._owner = owner
        self._interval = 0
        self._single = False
        self._due: int | None = None

    def start(self, msec: int | None = None) -> None:
        if msec is not None:
            self._interval = msec
        self._due = self._owner.now_ms + max(0, self._interval)

    def stop(self) -> None:
        self._due = None

    def isActive(self) -> bool:
        return self._due is not None

    def interval(self) -> int:
        return self._interval

    def setInterval(self, msec: int) -> None:
        self._interval = msec
        if self._due is not None:  # as QTimer: a running timer restarts with the new interval
            self.start()

    def setSingleShot(self, single: bool) -> None:
        self._single = single

    def isSingleShot(self) -> bool:
        return self._single

    def remainingTime(self) -> int:
        return -1 if self._due is None else max(0, self._due - self._owner.now_ms)

    @property
    def due(self) -> int | None:
        return self._due

    def _fire(self) -> None:
        if self._single:
            self._due = None
        else:
            assert self._due is not None
            self._due += max(1, self._interval)  # a 0 ms repeating timer fires once per ms of fake time
        self.timeout.emit()


class FakeTimers:
    """Timers on a fake time line that moves only by :meth:`advance`, firing what falls due in
    order (each at its own due time), on the calling thread. ``clock`` (a
    ``wellbeing.clock.FakeClock``) is moved along, so a timer's slot sees the time it fired at."""

    def __init__(self, clock: Any = None) -> None:
        self.now_ms = 0
        self.clock = clock
        self._timers: list[FakeTimer] = []

    def timer(self, parent: QObject, *, precise: bool = False) -> Timer:
        del precise  # fake time is exact
        timer = FakeTimer(self, parent)
        self._timers.append(timer)
        return timer

    def single_shot(self, msec: int, parent: QObject, fn: Callable[[], None]) -> None:
        timer = FakeTimer(self, parent)
        timer.setSingleShot(True)
        timer.timeout.connect(fn)
        timer.timeout.connect(timer.deleteLater)
        self._timers.append(timer)
        timer.start(msec)

    def active(self) -> list[FakeTimer]:
        """The timers that will fire if time passes (those whose owner still exists)."""
        from shiboken6 import isValid

        self._timers = [t for t in self._timers if isValid(t)]
        return [t for t in self._timers if t.isActive()]

    def advance(self, msec: float) -> int:
        """Let ``msec`` of fake time pass; returns how many timeouts fired."""
        target = self.now_ms + round(msec)
        fired = 0
        while True:
            due = [t for t in self.active() if t.due is not None and t.due <= target]
            if not due:
                break
            timer = min(due, key=lambda t: t.due or 0)
            self._move_to(timer.due or self.now_ms)
            timer._fire()
            fired += 1
        self._move_to(target)
        return fired

    def _move_to(self, ms: int) -> None:
        if ms > self.now_ms and self.clock is not None:
            self.clock.advance((ms - self.now_ms) / 1000)
        self.now_ms = max(self.now_ms, ms)


_timers: Timers = QtTimers()


def timers() -> Timers:
    """The timer factory widgets use (:class:`QtTimers` unless a test installed another)."""
    return _timers


def use_timers(factory: Timers) -> Timers:
    """Install ``factory`` for timers made from now on; returns the one it replaces (to restore)."""
    global _timers
    previous, _timers = _timers, factory
    return previous

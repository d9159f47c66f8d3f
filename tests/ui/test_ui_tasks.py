"""The background toolkit (ui/tasks.py): lanes keep order and bring results home to the GUI thread;
a stream worker stops when told, reports through queued signals, and never loses an error; fake
timers fire as real ones would, only when the test lets time pass."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.tasks import FakeTimers, StreamWorker, TaskRunner, timers
from wellbeing.clock import FakeClock


def test_a_lane_runs_its_tasks_in_order_off_the_gui_thread_and_answers_on_it(qtbot: QtBot) -> None:
    lane = TaskRunner(1, name="test-lane")
    ran_on: list[bool] = []
    answers: list[tuple[int, bool]] = []

    def work(n: int) -> int:
        ran_on.append(threading.current_thread() is threading.main_thread())
        return n

    for n in range(20):
        lane.submit(lambda n=n: work(n), lambda value: answers.append((value, _on_gui())))
    assert lane.wait(20_000)
    qtbot.waitUntil(lambda: len(answers) == 20, timeout=20_000)
    assert answers == [(n, True) for n in range(20)] and not any(ran_on)


def test_a_failed_task_reaches_its_error_handler_on_the_gui_thread(qtbot: QtBot) -> None:
    lane = TaskRunner(1, name="test-lane")
    errors: list[tuple[str, bool]] = []

    def boom() -> None:
        raise ValueError("no such item")

    lane.submit(boom, lambda _value: None, lambda error: errors.append((str(error), _on_gui())))
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert errors == [("no such item", True)]


class _Counter(QObject):
    """A GUI-thread receiver, as a controller would be."""

    counted = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[int, bool]] = []
        self.counted.connect(self._record)

    @Slot(int)
    def _record(self, n: int) -> None:
        self.seen.append((n, _on_gui()))


def test_a_stream_worker_posts_through_queued_signals_and_stops_when_told(qtbot: QtBot) -> None:
    counter = _Counter()
    started = threading.Event()

    def stream(stopping: threading.Event) -> None:
        n = 0
        while not stopping.wait(0.01):
            counter.counted.emit(n)
            n += 1
            started.set()

    worker = StreamWorker(stream, name="test-stream")
    with qtbot.waitSignal(worker.finished, timeout=20_000):
        worker.start()
        assert started.wait(20)
        qtbot.waitUntil(lambda: len(counter.seen) >= 3, timeout=20_000)
        worker.stop()
    assert worker.wait(5_000) and not worker.is_running()
    assert all(on_gui for _n, on_gui in counter.seen)
    assert [n for n, _ in counter.seen] == list(range(len(counter.seen)))


def test_an_error_in_a_stream_is_logged_and_still_finishes(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_stopping: threading.Event) -> None:
        raise RuntimeError("decoder went away")

    worker = StreamWorker(broken, name="test-broken")
    with caplog.at_level(logging.ERROR, logger="ui.tasks"), qtbot.waitSignal(worker.finished, timeout=20_000):
        worker.start()
    assert worker.wait(5_000)
    assert any("test-broken failed" in r.getMessage() and r.exc_info for r in caplog.records)


def test_waiting_for_a_worker_never_started_returns_at_once() -> None:
    assert StreamWorker(lambda _s: None, name="idle").wait(0)


def _on_gui() -> bool:
    app: Any = QApplication.instance()
    return threading.current_thread() is threading.main_thread() and app is not None


def test_a_worker_its_owner_dropped_is_deleted_on_the_gui_thread(qtbot: QtBot) -> None:
    """The sound track lets go of a fetch worker as soon as it stops it; the worker thread must never
    be the one that drops the last reference (a QObject deleted off its own thread)."""
    deleted_on: list[str] = []
    ended = threading.Event()

    def fetch(stopping: threading.Event) -> None:
        stopping.wait(5)
        ended.set()

    def start_and_drop() -> None:
        worker = StreamWorker(fetch, name="dropped")
        worker.destroyed.connect(lambda: deleted_on.append(threading.current_thread().name))
        worker.start()
        worker.stop()

    start_and_drop()
    assert ended.wait(10)
    qtbot.waitUntil(lambda: bool(deleted_on), timeout=10_000)
    assert deleted_on == [threading.main_thread().name]


# -- fake timers --------------------------------------------------------------------------------


def test_fake_timers_fire_in_order_each_at_its_own_time(qapp: QApplication, fake_timers: FakeTimers) -> None:
    owner = QObject()
    clock = FakeClock()
    fake_timers.clock = clock
    start = clock.now()
    fired: list[tuple[str, int, float]] = []
    every = timers().timer(owner)
    every.setInterval(300)
    def seen(name: str) -> None:
        fired.append((name, fake_timers.now_ms, (clock.now() - start).total_seconds()))

    every.timeout.connect(lambda: seen("every"))
    once = timers().timer(owner, precise=True)
    once.setSingleShot(True)
    once.timeout.connect(lambda: seen("once"))
    every.start()
    once.start(500)
    assert once.remainingTime() == 500 and every.isActive() and once.isActive()
    assert fake_timers.advance(299) == 0 and fired == []
    assert fake_timers.advance(1000) == 5  # every at 300, 600, 900, 1200; once at 500
    assert fired == [
        ("every", 300, 0.3),
        ("once", 500, 0.5),
        ("every", 600, 0.6),
        ("every", 900, 0.9),
        ("every", 1200, 1.2),
    ]
    assert not once.isActive() and once.remainingTime() == -1
    assert every.remainingTime() == 1500 - 1299
    every.stop()
    assert fake_timers.advance(10_000) == 0


def test_a_fake_timer_restarts_as_qtimer_does_and_dies_with_its_owner(
    qapp: QApplication, fake_timers: FakeTimers
) -> None:
    owner = QObject()
    fired: list[int] = []
    timer = timers().timer(owner)
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: fired.append(fake_timers.now_ms))
    timer.start(1000)
    fake_timers.advance(600)
    timer.start()  # restarted: a full interval from now
    fake_timers.advance(600)
    assert fired == []
    fake_timers.advance(400)
    assert fired == [1600]
    timer.start(100)
    del timer
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert fake_timers.advance(1000) == 0 and fired == [1600]  # its owner is gone: so is the timer


def test_single_shot_through_the_factory(qapp: QApplication, fake_timers: FakeTimers) -> None:
    owner = QObject()
    fired: list[int] = []
    timers().single_shot(250, owner, lambda: fired.append(fake_timers.now_ms))
    fake_timers.advance(249)
    assert fired == []
    fake_timers.advance(1)
    fake_timers.advance(1000)
    assert fired == [250]


def test_the_app_gets_real_timers(qapp: QApplication) -> None:
    owner = QObject()
    timer = timers().timer(owner, precise=True)
    assert isinstance(timer, QTimer) and timer.timerType() == Qt.TimerType.PreciseTimer

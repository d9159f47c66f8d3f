"""The leak check every test runs (``no_leaks`` in tests/conftest.py) finds each kind of leftover,
and lets go of what was cleaned up."""

from __future__ import annotations

import subprocess
import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests.leaks import leaks, snapshot
from ui.tasks import FakeTimers, StreamWorker, timers


def test_a_window_left_on_screen_and_its_timer_are_found_until_closed(qapp: QApplication) -> None:
    before = snapshot(qapp)
    window = QWidget()
    window.setWindowTitle("left open")
    timer = QTimer(window)
    timer.start(60_000)
    window.show()
    found = leaks(qapp, before, grace_s=0)
    assert "window left on screen: QWidget 'left open'" in found
    assert "timer still running in QWidget: every 60000 ms" in found
    window.close()
    timer.stop()
    window.deleteLater()
    assert leaks(qapp, before, grace_s=0) == []


def test_a_stream_worker_never_stopped_is_found_and_a_stopped_one_is_not(qapp: QApplication) -> None:
    before = snapshot(qapp)
    worker = StreamWorker(lambda stopping: stopping.wait(30), name="forgotten")
    worker.start()
    assert leaks(qapp, before, grace_s=0.2) == ["thread still running: forgotten"]
    worker.stop()
    assert leaks(qapp, before) == [] and not worker.is_running()


def test_a_plain_thread_that_ends_within_the_grace_is_not_a_leak(qapp: QApplication) -> None:
    before = snapshot(qapp)
    done = threading.Event()
    thread = threading.Thread(target=lambda: done.wait(0.3), name="ending")
    thread.start()
    assert leaks(qapp, before, grace_s=5) == []


def test_a_child_process_left_running_is_found_and_an_ended_one_is_not() -> None:
    """Any child: a ``subprocess`` one as much as a ``multiprocessing`` decoder worker."""
    before = snapshot()
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        found = leaks(None, before, grace_s=0.2)
        assert len(found) == 1 and found[0].startswith(f"child process still running: pid {child.pid}")
    finally:
        child.kill()
        child.wait()
    assert leaks(None, before, grace_s=0) == []


def test_a_fake_timer_left_running_in_a_window_is_found(qapp: QApplication, fake_timers: FakeTimers) -> None:
    before = snapshot(qapp)
    window = QWidget()
    timer = timers().timer(window)
    timer.start(1000)
    found = leaks(qapp, before, grace_s=0)
    assert found == ["timer still running in QWidget: every 1000 ms"]
    timer.stop()
    assert leaks(qapp, before, grace_s=0) == []
    window.deleteLater()

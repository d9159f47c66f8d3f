"""The leak check every test of tests/ui runs (``no_leaks`` in conftest.py) finds each kind of
leftover, and lets go of what was cleaned up."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from ui_leaks import leaks, snapshot

from ui.tasks import StreamWorker


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

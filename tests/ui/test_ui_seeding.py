"""The demo's first seeding runs on a worker thread while a window shows its steps (docs/install.md)."""

from __future__ import annotations

import io
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui import launch
from ui.seeding import Report, SeedingWindow, run_with_progress


def test_the_work_runs_off_the_gui_thread_which_shows_each_step(qapp: QApplication, app_looks: None) -> None:
    window = SeedingWindow()
    seen: list[tuple[bool, str, int, str]] = []
    handled = threading.Event()

    def on_step(_step: int, _steps: int, _message: str) -> None:  # after show_step, on the GUI thread
        on_gui = threading.current_thread() is threading.main_thread()
        seen.append((on_gui, window.step_label.text(), window.bar.value(), window.bar.format()))
        handled.set()

    window.progressed.connect(on_step, Qt.ConnectionType.QueuedConnection)

    def work(report: Report) -> threading.Thread:
        report(1, 2, "writing history")
        # The worker waits for the GUI thread to have painted the step: a blocked GUI thread fails here.
        assert handled.wait(30), "the GUI thread did not show the step while the work ran"
        handled.clear()
        report(2, 2, "importing pending items")
        assert handled.wait(30)
        return threading.current_thread()

    worker = run_with_progress(work, app=qapp, window=window)
    assert worker is not threading.main_thread()
    assert seen == [
        (True, "Writing history…", 0, "step 1 of 2"),
        (True, "Importing pending items…", 1, "step 2 of 2"),
    ]
    assert not window.isVisible()


def test_an_error_of_the_work_reaches_the_caller_and_closes_the_window(
    qapp: QApplication, app_looks: None
) -> None:
    window = SeedingWindow()

    def work(_report: Report) -> None:
        raise ValueError("disk full")

    with pytest.raises(ValueError, match="disk full"):
        run_with_progress(work, app=qapp, window=window)
    assert not window.isVisible()


@pytest.mark.slow
def test_demo_without_seed_only_seeds_in_the_progress_window_then_opens_the_reviewer_window(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_looks: None
) -> None:
    shown: list[str] = []
    original = SeedingWindow.show_step

    def record(self: SeedingWindow, step: int, steps: int, message: str) -> None:
        original(self, step, steps, message)
        shown.append(self.step_label.text())

    monkeypatch.setattr(SeedingWindow, "show_step", record)
    opened: list[Any] = []
    # The real seeding window (ui/launch.py's), a recording instead of the reviewer window.
    frontend = replace(
        launch.frontend(), run_window=lambda _services, actor: opened.append(actor.username) or 0
    )
    monkeypatch.setattr(launch, "frontend", lambda: frontend)
    out, err = io.StringIO(), io.StringIO()
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert launch.main(["--database-url", url, "demo"], out=out, err=err) == 0, err.getvalue()
    assert "demo data ready" in out.getvalue()
    assert "demo: [6/6]" in err.getvalue()  # the terminal shows the steps too
    assert shown[0] == "Creating users and queues…" and len(shown) == 6
    assert opened == ["alex"]

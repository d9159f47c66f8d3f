"""The GUI thread never waits on the database (issue 12): the window reads its queues, and gives an
item back when another queue is chosen or the window closes, on the database worker only. A
``ManualRunner`` holds the work until the test runs it, so a call made on the GUI thread shows up as
a call made before ``run_all``."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_samples import ManualRunner

from ui.window import Runners
from workstation import taxonomy

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _spy(obj: Any, name: str, calls: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    real = getattr(obj, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return real(*args, **kwargs)

    monkeypatch.setattr(obj, name, spy)


@SQLITE
def test_queues_load_and_claims_go_back_on_the_database_worker(
    world: Any, make_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.services.directory.add_queue("second", severity_tier=1, verdicts=taxonomy.builtin("general"))
    world.add_image("img-1")
    calls: list[str] = []
    _spy(world.services.directory, "list_queues", calls, monkeypatch)
    _spy(world.services.claims, "release", calls, monkeypatch)
    db = ManualRunner()
    window = make_window(runners=Runners(db=db, media=db, prefetch=db, history=db), prefetch=False)
    assert calls == [] and window.queue_box.count() == 0, "the queues were read on the GUI thread"
    qtbot.keyClick(window, Qt.Key.Key_N)  # before the queues arrived: said, not a silent nothing
    assert "still loading" in window.status_bar.line.message
    db.run_all()
    assert calls == ["list_queues"] and window.queue_box.count() == 2

    window.queue_box.setCurrentIndex(window.queue_box.findData("general"))
    qtbot.keyClick(window, Qt.Key.Key_N)
    db.run_all()
    assert window.session.item is not None
    window.queue_box.setCurrentIndex(window.queue_box.findData("second"))  # the open item goes back
    assert window.session.item is None and calls == ["list_queues"], "released on the GUI thread"
    db.run_all()
    assert calls == ["list_queues", "release"]


def test_no_ui_module_holds_the_database_handle() -> None:
    """``ui/`` asks ``Services`` for what it needs (the review loop, reports, exports, history,
    audit); a widget reaching ``services.db`` would be a way round the core."""
    import re
    from pathlib import Path

    import ui

    found = [
        f"{path.name}:{n}"
        for path in Path(ui.__file__).parent.glob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"services\.db\b", line)
    ]
    assert found == []


@SQLITE
def test_the_guard_catches_a_slot_that_reads_and_lets_set_up_and_runner_work_pass(
    world: Any, qtbot: Any, gui_thread_never_waits_on_database: Any
) -> None:
    """The autouse guard (tests/gui_db_guard.py) itself: a ui slot that reads the database on the
    GUI thread is reported with its place; the test's own reads and a runner's task are not."""
    from PySide6.QtWidgets import QPushButton

    from tests.gui_db_guard import GuiDatabaseGuard
    from ui.tasks import ImmediateRunner

    guard = GuiDatabaseGuard()
    button = QPushButton("read")
    qtbot.addWidget(button)
    directory = world.services.directory
    # a slot that reads, compiled as if it were a module of ui/
    code = compile("def slot():\n    return directory.list_queues()\n", "ui/fake_slot.py", "exec")
    scope: dict[str, Any] = {"__name__": "ui.fake_slot", "directory": directory}
    exec(code, scope)
    with guard.watching():
        directory.list_queues()  # the test's own read, window up: allowed
        ImmediateRunner().submit(scope["slot"], lambda _r: None)  # a runner's task: allowed
        assert guard.found == []
        button.clicked.connect(scope["slot"])
        button.click()  # a slot in ui code reading on the GUI thread: caught
    assert guard.found and guard.found[0].startswith("ui/fake_slot.py:2 in slot")
    autouse = gui_thread_never_waits_on_database  # it saw the same, and would fail this test
    assert autouse.found == guard.found
    autouse.found.clear()


@SQLITE
def test_shift_k_while_another_workstation_holds_the_database_keeps_the_window_answering(
    world: Any, make_window: Any, qtbot: Any, db_url: str
) -> None:
    """The attack: another workstation holds SQLite's write lock for 3 s (as a long import does)
    while the reviewer presses Shift+K. The window answers at once ("Flagging…") and says when the
    flag is saved; before, the GUI thread sat in SQLite's busy wait, frozen, for the whole lock."""
    import sqlite3
    import threading
    import time

    from ui.tasks import ImmediateRunner, TaskRunner

    world.add_image("img-1")
    lane = TaskRunner(1, name="database")
    now = ImmediateRunner()
    window = make_window(runners=Runners(db=lane, media=now, prefetch=now, history=now), prefetch=False)
    qtbot.waitUntil(lambda: window.queue_box.count() == 1)
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: window.session.item is not None)

    other = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # the other workstation's write lock
    release = threading.Timer(3.0, lambda: other.execute("ROLLBACK"))
    release.start()
    try:
        started = time.monotonic()
        assert window.flag_key_ticket("Same uploader as yesterday")
        assert time.monotonic() - started < 1.0, "the GUI thread waited for the other workstation's lock"
        assert "Flagging" in window.status_bar.currentMessage()
        saved = "flagged as a key ticket"
        qtbot.waitUntil(lambda: saved in window.status_bar.currentMessage(), timeout=60_000)
    finally:
        release.join()
        other.close()
        lane.wait(30_000)

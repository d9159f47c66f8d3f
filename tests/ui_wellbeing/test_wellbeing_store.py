"""What the wellbeing parts store and read back: spans on item change and close, retries, today's dose
across restarts, the locked queue, check-ins and the reviewer's own view (SQLite and PostgreSQL)."""

from __future__ import annotations

import sys
import threading
from datetime import timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QThread

from tests.ui_wellbeing.conftest import REVEALED
from ui.tasks import ImmediateRunner, TaskRunner, running_task
from ui.wellbeing_controller import WellbeingController
from wellbeing.breaks import BreakPlanner
from wellbeing.exposure import ExposureMeter
from workstation.errors import DatabaseUnavailable, QueueLocked

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_spans_are_flushed_on_item_change_and_on_close(rig_factory, qtbot) -> None:
    rig = rig_factory(real=True)
    window, world = rig.window, rig.world
    for n in range(2):
        world.add_image(f"img-{n}", seed=n)
    window.queue_box.setCurrentIndex(window.queue_box.findData("general"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N)
    first = window.session.item
    assert first is not None
    rig.work(40, check=False)
    assert world.spans() == [], "nothing is written before the item changes or the flush job runs"
    with qtbot.waitSignal(rig.controller.spansFlushed, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_S)  # skip: the item leaves the screen, the next one opens
    rows = world.spans()
    assert {r.item_id for r in rows} == {first.item_id}
    assert sum(r.seconds for r in rows) == pytest.approx(40)
    weight = rows[0].visibility_weight * rows[0].severity_weight
    assert sum(r.dose for r in rows) == pytest.approx(40 / 60 * weight)

    second = window.session.item
    assert second is not None and second.item_id != first.item_id
    rig.work(7, check=False)
    window.close()  # closing the window flushes the open span too
    rows = world.spans()
    assert sum(r.seconds for r in rows if r.item_id == second.item_id) == pytest.approx(7)
    assert rig.controller.pending_spans == 0


def test_a_database_error_keeps_the_spans_and_they_are_sent_later(rig_factory, monkeypatch) -> None:
    rig = rig_factory()
    care = rig.world.services.wellbeing
    real = care._record_spans

    def down(*_args, **_kwargs):
        raise DatabaseUnavailable("cannot reach the database (test)")

    rig.meter.item_shown("x1", "general", 2, REVEALED)
    rig.work(30, check=False)
    monkeypatch.setattr(care, "_record_spans", down)
    with running_task():  # what the runner does (this test stands in for it)
        rig.controller.flush_spans()
    assert rig.world.spans() == []
    outbox = rig.world.services.outbox_sync.outbox
    assert outbox.pending_count() == 1, "the batch waits durably in the local outbox"

    monkeypatch.setattr(care, "_record_spans", real)
    rig.work(15, check=False)
    with running_task():
        rig.controller.flush_spans()  # the next batch goes behind it; both are sent, in order
    assert outbox.pending_count() == 0
    assert sum(r.seconds for r in rig.world.spans()) == pytest.approx(45)


@SQLITE
def test_without_an_outbox_spans_wait_in_memory_until_the_database_is_back(world, qtbot, monkeypatch) -> None:
    services = SimpleNamespace(wellbeing=world.services.wellbeing)  # an app without the local outbox
    meter = ExposureMeter(world.services.wellbeing.policy, world.clock)
    controller = WellbeingController(
        services, world.reviewer, meter, BreakPlanner(meter_policy := world.services.wellbeing.policy),
        runner=ImmediateRunner(),
    )
    assert meter_policy is controller.policy
    meter.item_shown("x1", "general", 2, REVEALED)
    for _ in range(3):
        world.clock.advance(10)
        meter.user_input()
        controller.tick()
    real = world.services.wellbeing._record_spans
    monkeypatch.setattr(world.services.wellbeing, "_record_spans", lambda *a: (_ for _ in ()).throw(
        DatabaseUnavailable("down (test)")))
    with qtbot.waitSignal(controller.flushFailed, timeout=1000), running_task():
        controller.flush_spans()
    assert controller.pending_spans == 2 and world.spans() == []
    monkeypatch.setattr(world.services.wellbeing, "_record_spans", real)
    controller.shutdown()
    assert sum(r.seconds for r in world.spans()) == pytest.approx(30)


@SQLITE
def test_spans_of_an_item_the_database_refuses_do_not_block_the_others(rig_factory) -> None:
    rig = rig_factory()
    rig.meter.item_shown("999999", "general", 2, REVEALED)  # no such item: a foreign-key refusal
    rig.work(15, check=False)
    rig.meter.item_shown("x2", "general", 2, REVEALED)
    rig.work(20, check=False)
    rig.meter.item_closed()
    with running_task():
        assert rig.controller.flush_spans() == 2 - 1
    assert [r.seconds for r in rig.world.spans()] == [pytest.approx(15)]
    assert [s.item_id for s in rig.controller.quarantined] == ["999999"]


def test_todays_dose_continues_across_restarts(world, rig_factory) -> None:
    world.store_dose(84)
    world.store_dose(300, days_ago=1)  # yesterday does not count today
    rig = rig_factory()
    assert rig.meter.dose_today == pytest.approx(84)
    assert rig.ui.meter.label.text() == "Exposure today 84 / 240"
    assert rig.ui.meter.bar.fraction == pytest.approx(84 / 240)


def test_a_locked_queue_cannot_be_claimed_after_the_daily_budget(world, rig_factory, qtbot) -> None:
    world.add_image("calm", queue="general")
    world.add_image("severe", queue="violence")
    world.store_dose(240)
    rig = rig_factory(real=True)
    window = rig.window
    assert rig.controller.locked == frozenset({3, 4})
    assert rig.ui.locked.isVisible() and "today's exposure budget (240)" in rig.ui.locked.text.text()
    box = window.queue_box
    texts = {box.itemData(i): box.itemText(i) for i in range(box.count())}
    assert texts["violence"].startswith("Locked today · violence") and "ocked" not in texts["general"]
    assert "ocked" not in texts["spam"]

    with pytest.raises(QueueLocked):
        world.services.claims.claim_next(world.reviewer, "violence")
    window.queue_box.setCurrentIndex(window.queue_box.findData("violence"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is None
    assert window.banner.isVisible() and "exposure budget" in window.banner.text()
    window.queue_box.setCurrentIndex(window.queue_box.findData("general"))
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is not None and window.session.item.external_ref == "calm"


@SQLITE
def test_the_lock_arrives_while_working(rig_factory, qtbot) -> None:
    rig = rig_factory()
    rig.world.store_dose(239)
    rig.meter.start_new_day(rig.world.services.wellbeing.dose_today(rig.world.reviewer.id))
    rig.meter.item_shown("x1", "general", 2, REVEALED)
    rig.work(50, check=False)
    assert rig.ui.locked.isHidden()
    with qtbot.waitSignal(rig.controller.lockedTiersChanged, timeout=1000) as locked:
        rig.work(10, check=False)
    assert locked.args[0] == frozenset({3, 4}) and rig.ui.locked.isVisible()


def test_the_check_in_is_stored_privately(rig_factory, qtbot) -> None:
    rig = rig_factory()
    rig.ui.this_affected_me()
    panel = rig.ui.screen.checkin_panel
    panel.note.setText("a hard one")
    with qtbot.waitSignal(rig.controller.checkinSaved, timeout=2000):
        qtbot.mouseClick(panel.faces[1], Qt.MouseButton.LeftButton)
    [row] = rig.world.checkins()
    assert (row.user_id, row.mood, row.note) == (rig.world.reviewer.id, 2, "a hard one")
    assert "Saved privately" in panel.thanks.text()
    assert [b.kind for b in rig.world.breaks()] == ["affected"]


def test_the_own_view_shows_the_stored_numbers(world, rig_factory, qtbot) -> None:
    world.store_dose(84)
    world.store_dose(250, days_ago=1, item="yesterday")
    world.services.wellbeing.record_checkin(world.reviewer, 4, "fine after lunch")
    rig = rig_factory()
    rig.controller.take_break("self")
    world.clock.advance(300)
    rig.controller.end_break()
    rig.window.activateWindow()
    qtbot.waitUntil(rig.window.isActiveWindow)
    qtbot.keyClick(rig.window, Qt.Key.Key_W, CTRL_SHIFT)
    view = rig.ui.own_view
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.summary is not None, timeout=2000)
    figures = {k: v.text() for k, v in view.figures.items()}
    assert figures["dose_today"] == "84 of 240"
    assert figures["dose_week"] == "334 · 1 day over budget"
    assert figures["exposed_today"] == "84 min" and figures["revealed_today"] == "84 min"
    assert figures["breaks_today"] == "1 / 1"
    assert figures["mood_today"] == "4.0 (good)"
    assert view.chart.values[-2:] == [250.0, 84.0]
    assert any("fine after lunch" in view.checkins.item(i).text() for i in range(view.checkins.count()))


@SQLITE
def test_the_meter_explains_itself(rig_factory) -> None:
    rig = rig_factory()
    rig.meter.item_shown("x1", "violence", 4)
    rig.work(60, check=False)
    tip = rig.ui.meter.toolTip()
    assert "blurred+gray (0.10) x severity tier 4 (2.0) = 0.20 per minute" in tip
    assert "Daily budget 240" in tip and "Severity: tier 1 ×0.5" in tip
    assert rig.ui.meter.label.text() == "Exposure today <1 / 240"  # 0.2 weighted minutes are not "0"
    rig.meter.focus_changed(False)
    rig.controller.tick()
    assert "not counted: window not active" in rig.ui.meter.toolTip()


@SQLITE
def test_the_break_check_runs_on_the_gui_thread_and_the_flush_on_the_runner(world, qtbot) -> None:
    """Plain timers: the pure break check on the GUI thread, the database write handed to the runner."""
    meter = ExposureMeter(world.services.wellbeing.policy, world.clock)
    runner = TaskRunner(1, name="test-wellbeing")
    controller = WellbeingController(
        world.services, world.reviewer, meter, BreakPlanner(world.services.wellbeing.policy),
        runner=runner, break_check_seconds=0.05, flush_seconds=0.05,
    )
    job_threads: set[int] = set()
    write = controller._write_spans

    def spy(batch):
        job_threads.add(threading.get_ident())
        write(batch)

    controller._write_spans = spy  # type: ignore[method-assign]
    slot_threads: list[QThread] = []
    controller.softPromptDue.connect(lambda _a: slot_threads.append(QThread.currentThread()))
    meter.item_shown("x1", "general", 2, REVEALED)
    for _ in range(180):
        world.clock.advance(10)
        meter.user_input()
    controller.tick()  # collects the spans; the timers do the rest
    try:
        with qtbot.waitSignals([controller.softPromptDue, controller.spansFlushed], timeout=10_000):
            controller.start()
    finally:
        controller.shutdown()
        runner.wait(5000)
    assert slot_threads == [controller.thread()]
    assert job_threads and threading.main_thread().ident not in job_threads
    assert sum(r.seconds for r in world.spans()) == pytest.approx(1800)


@SQLITE
def test_ticking_for_hours_does_not_use_up_references_to_true(rig_factory) -> None:
    """PySide6 6.12.0 drops a reference to True on every Python-side emit; the app ticks every second."""
    rig = rig_factory()
    before = sys.getrefcount(True)
    for _ in range(3000):
        rig.controller.tick()
    assert sys.getrefcount(True) >= before - 50


@SQLITE
def test_a_new_day_starts_a_new_dose(rig_factory) -> None:
    rig = rig_factory()
    rig.world.store_dose(240)
    rig.meter.start_new_day(rig.world.services.wellbeing.dose_today(rig.world.reviewer.id))
    rig.controller.tick()
    assert rig.controller.locked == frozenset({3, 4})
    late = rig.world.clock.now().astimezone().replace(hour=23, minute=59, second=50)
    midnight = late + timedelta(seconds=20)
    rig.world.clock.advance((midnight - rig.world.clock.now()).total_seconds())
    rig.controller.tick()
    assert rig.meter.dose_today == 0.0 and rig.controller.locked == frozenset()
    assert rig.ui.locked.isHidden() and rig.ui.meter.label.text() == "Exposure today 0 / 240"


def test_breaks_and_check_ins_that_failed_to_save_survive_a_crash(world, rig_factory, monkeypatch) -> None:
    """The database is away while a break is taken and a check-in given; the app then dies without
    a shutdown. A new process (new services over the same outbox file) sends both, with their times."""
    rig = rig_factory()
    care = rig.world.services.wellbeing

    def down(*_args, **_kwargs):
        raise DatabaseUnavailable("cannot reach the database (test)")

    monkeypatch.setattr(care, "_record_break", down)
    monkeypatch.setattr(care, "_record_checkin", down)
    session = rig.controller.take_break("self")
    checked_in_at = world.clock.now()
    rig.controller.record_checkin(2, "rough morning")
    world.clock.advance(session.required_seconds)
    assert rig.controller.end_break()
    assert world.breaks() == [] and world.checkins() == []
    outbox_path = world.services.outbox_sync.outbox.path
    assert world.services.outbox_sync.outbox.pending_count() == 3  # started, ended, the check-in
    monkeypatch.undo()

    # "Crash": nothing is flushed or shut down; a fresh composition root opens the same outbox.
    from workstation.app import build

    world.clock.advance(3600)
    again = build(world.services.db.url, clock=world.clock, outbox_path=outbox_path, upgrade=False)
    try:
        again.outbox_sync.sign_in(world.reviewer)
        assert again.outbox_sync.sync().sent == 3
    finally:
        again.close()
    [row] = world.breaks()
    assert (row.kind, row.outcome, row.user_id) == ("self", "taken", world.reviewer.id)
    assert row.ended_at is not None and row.started_at is not None
    [checkin] = world.checkins()
    assert (checkin.mood, checkin.note) == (2, "rough morning")
    assert abs((checkin.at.replace(tzinfo=None) - checked_in_at.replace(tzinfo=None)).total_seconds()) < 1

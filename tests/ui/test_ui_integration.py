"""The window's seams with the other features: decisions through the outbox, breaks that hold the
next claim, the shortcut sheet listing every bound key, the start window chosen by role, and media
confined to the media folders and decoded in isolation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget
from sqlalchemy import func, select

from media.errors import MediaError
from tests.reliability.faults import Outage
from ui.main import ADMIN, DASHBOARD, NO_ROLE, REVIEWER, Started, start_window
from ui.outbox_status import QUEUED_TEXT, OutboxStatus
from ui.render import load_in_process
from ui.role_windows import AdminWindow, DashboardWindow
from ui.tasks import ImmediateRunner
from ui.window import ReviewerWindow
from workstation import signing
from workstation.actor import Actor
from workstation.decode_sandbox import DecoderPool, IsolationLimits
from workstation.models import Claim, Decision
from workstation.outbox import SyncResult

# -- 1. decisions through the outbox ----------------------------------------------------------------


def _decisions(world: Any) -> list[tuple[int, str]]:
    with world.services.db.read() as session:
        return [tuple(r) for r in session.execute(select(Decision.claim_id, Decision.verdict)).all()]


def test_a_decision_made_offline_waits_in_the_outbox_and_is_sent_once(world, make_window, qtbot) -> None:
    world.add_image("img-0", seed=0, priority=5)
    world.add_image("img-1", seed=1)
    window = make_window()
    status = OutboxStatus(world.services.outbox_sync, ImmediateRunner())
    status.bind(window)
    qtbot.keyClick(window, Qt.Key.Key_N)
    first = window.session.item
    assert first is not None and first.external_ref == "img-0"

    with Outage(world.services.db):
        qtbot.keyClick(window, Qt.Key.Key_1)  # Allow, while the database cannot be reached
        assert world.services.outbox_sync.pending_count() == 1
        assert world.services.outbox_sync.waiting_claims() == {first.claim_id}
        assert QUEUED_TEXT in window.banner.text()  # told in plain words, and moved on
        assert window.session.item is None
        assert window.outbox_label.text() == "Offline: 1 decision saved here, not sent yet"
        assert "unreachable" in window.connection_label.text()
        status.sync_now()  # the timer's sync: still offline, still one waiting
        assert window.outbox_label.text() == "Offline: 1 decision saved here, not sent yet"
        assert window.outbox_label.toolTip() == (
            "Offline: 1 decision saved on this workstation, sent when the database is back"
        )
        qtbot.keyClick(window, Qt.Key.Key_N)  # claiming while offline: nothing opens, nothing lost
        assert window.session.item is None
        assert world.services.outbox_sync.pending_count() == 1
    assert _decisions(world) == []

    # The database is back: the next claim sends what waits first, then claims the next item.
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is not None and window.session.item.external_ref == "img-1"
    assert _decisions(world) == [(first.claim_id, "allow")]
    assert window.outbox_pending == 0 and "connected" in window.connection_label.text()
    status.sync_now()  # a later sync sends nothing twice
    status.stop()
    assert _decisions(world) == [(first.claim_id, "allow")]
    assert window.outbox_label.text() == "" and window.outbox_label.isHidden()  # nothing waits: no text
    assert world.services.decisions.verify().ok


def test_the_outbox_timer_sends_a_waiting_decision_once(world, make_window, qtbot) -> None:
    world.add_image("img-0")
    window = make_window()
    status = OutboxStatus(world.services.outbox_sync, ImmediateRunner())
    status.bind(window)
    qtbot.keyClick(window, Qt.Key.Key_N)
    claim = window.session.item
    assert claim is not None
    with Outage(world.services.db):
        qtbot.keyClick(window, Qt.Key.Key_3)  # Remove needs a reason: choose one, then record
        qtbot.keyClick(window, Qt.Key.Key_1)
        qtbot.keyClick(window, Qt.Key.Key_Return)
    assert world.services.outbox_sync.pending_count() == 1
    with qtbot.waitSignal(status.changed) as changed:
        status.sync_now()
    assert changed.args == [0, False]
    assert "Sent" in window.media_view.message and not window.banner.isVisible()
    status.sync_now()
    status.stop()
    assert _decisions(world) == [(claim.claim_id, "remove")]
    assert window.outbox_label.text() == "" and window.outbox_label.isHidden()  # nothing waits: no text


def test_a_claim_whose_decision_waits_counts_as_decided(world, make_window, qtbot, monkeypatch) -> None:
    """The database answers claims but the waiting decision cannot be sent yet: the same item (the
    reviewer's open claim) is not shown again."""
    world.add_image("img-0")
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    claim = window.session.item
    assert claim is not None
    with Outage(world.services.db):
        qtbot.keyClick(window, Qt.Key.Key_1)
    reliable = world.services.outbox_sync
    monkeypatch.setattr(reliable, "sync", lambda: SyncResult(pending=1))  # reached, but not sent yet
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is None
    assert "waits to be sent" in window.media_view._message
    monkeypatch.undo()
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert _decisions(world) == [(claim.claim_id, "allow")]


def test_offline_conflicts_are_shown_to_the_reviewer(world, make_window) -> None:
    window = make_window()
    window.show_offline_conflicts([("c-1", "the claim was closed")])
    assert "could not be recorded: the claim was closed" in window.banner.text()
    assert window.banner.isVisible()


# -- 2. no claim during an enforced break -----------------------------------------------------------


def test_claim_next_does_nothing_while_decisions_are_blocked(world, make_window, qtbot) -> None:
    world.add_image("img-0")
    window = make_window()
    window.set_decisions_blocked(True, "Break: decisions resume at 10:15.")
    qtbot.keyClick(window, Qt.Key.Key_N)
    window.claim_next()
    assert window.session.item is None
    with world.services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Claim)) == 0
    window.set_decisions_blocked(False, "")
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is not None


# -- 4. the start window by role (built as run_window builds it, without exec) -----------------------


@pytest.fixture
def start(qtbot, qapp, world, prefs):
    made: list[Started] = []

    def make(actor: Any) -> Started:
        started = start_window(
            world.services,
            actor,
            qapp,
            runner_factory=lambda _name: ImmediateRunner(),
            image_loader=load_in_process,
            prefs=prefs,
            start_jobs=False,
        )
        qtbot.addWidget(started.window)
        started.window.show()
        qtbot.waitExposed(started.window)
        started.window.activateWindow()
        qtbot.waitUntil(started.window.isActiveWindow)
        made.append(started)
        return started

    yield make
    for started in made:
        started.shutdown()


def _menu_texts(window: Any) -> set[str]:
    texts = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        texts.update(a.text() for a in menu.actions())
    return texts


def test_a_reviewer_gets_the_reviewer_window_with_my_wellbeing(world, start, qtbot) -> None:
    started = start(world.reviewer)
    assert started.kind == REVIEWER and isinstance(started.window, ReviewerWindow)
    assert started.wellbeing is not None and started.outbox is not None
    menus = _menu_texts(started.window)
    assert "My wellbeing" in menus
    assert "Exposure dashboard" not in menus and "Export decisions…" not in menus


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")  # offscreen
def test_a_reviewer_who_leads_also_gets_the_dashboard_and_the_export(world, start, qtbot) -> None:
    rose = world.services.directory.add_user("rose", ("reviewer", "lead"), display_name="Rose")
    started = start(rose)
    assert started.kind == REVIEWER
    assert {"My wellbeing", "Exposure dashboard", "Export decisions…"} <= _menu_texts(started.window)
    action = started.window.findChild(QAction, "exposureDashboardAction")
    action.trigger()
    dashboard = started.extra_windows[DASHBOARD]
    assert isinstance(dashboard, DashboardWindow) and dashboard.isVisible()
    assert dashboard.dashboard.report is not None and not dashboard.dashboard.report.individual


def test_wellbeing_staff_get_the_dashboard(world, start) -> None:
    wendy = world.services.directory.add_user("wendy", ("wellbeing",), display_name="Wendy")
    started = start(wendy)
    assert started.kind == DASHBOARD and isinstance(started.window, DashboardWindow)
    report = started.window.dashboard.report
    assert report is not None and report.individual  # wellbeing staff see individuals
    assert started.window.export_action is None
    assert started.window.tabs.tabText(0) == "Needs attention"  # where wellbeing staff start
    assert started.window.attention is not None and started.window.attention.model.rowCount() == 0


def test_a_lead_gets_aggregates_and_the_decision_export(world, start, qtbot, tmp_path) -> None:
    leo = world.services.directory.add_user("leo", ("lead",), display_name="Leo")
    world.services.signing_key = tmp_path / "leo.pem"  # the window signs exports with the lead's key
    signing.generate(world.services.signing_key)
    started = start(leo)
    window = started.window
    assert started.kind == DASHBOARD and isinstance(window, DashboardWindow)
    assert window.dashboard.report is not None and not window.dashboard.report.individual
    # no attention tab (a lead's dashboard sits under the incident banner's host, never in the tabs)
    assert window.attention is None and window.findChild(QTabWidget, "wellbeingTabs") is None
    assert window.centralWidget().isAncestorOf(window.dashboard)
    assert window.export_action is not None
    out = tmp_path / "decisions.csv"
    run = window.export_action.export(out, "csv")
    with qtbot.waitSignal(run.finished, timeout=20000):
        pass
    assert out.read_text().splitlines()[-1].startswith("#signed-trailer,")  # header and signed trailer
    assert run.result is not None and run.result.rows == 0


def test_an_admin_gets_the_admin_window_with_queue_counts(world, start) -> None:
    world.add_image("img-0")
    ada = world.services.directory.add_user("ada", ("admin",), display_name="Ada")
    started = start(ada)
    assert started.kind == ADMIN and isinstance(started.window, AdminWindow)
    assert ["general", "2", "", "1", "0", "0"] in started.window.queue_rows()
    help_text = started.window.findChild(QLabel, "adminHelp").text()
    for command in ("users add", "queues add", "import"):
        assert f"workstation {command}" in help_text


def test_a_user_without_a_role_is_told_so(world, start) -> None:
    nobody = Actor(id=999, username="nora", display_name="Nora", roles=frozenset())  # users need a role
    started = start(nobody)
    assert started.kind == NO_ROLE
    assert "no role" in started.window.centralWidget().text()


# -- 3. the shortcut sheet lists every bound key, the wellbeing ones included ------------------------


def test_the_shortcut_sheet_lists_every_key_bound_on_the_window(world, start, qtbot) -> None:
    rose = world.services.directory.add_user("rose", ("reviewer", "lead", "wellbeing"), display_name="Rose")
    window = start(rose).window
    assert isinstance(window, ReviewerWindow)
    bound: set[str] = set()
    for action in {*window.actions(), *window.findChildren(QAction)}:
        bound.update(k.toString() for k in action.shortcuts() if not k.isEmpty())
    for shortcut in window.findChildren(QShortcut):
        bound.update(k.toString() for k in shortcut.keys() if not k.isEmpty())  # noqa: SIM118
    assert {"Ctrl+Shift+A", "Ctrl+Shift+W"} <= bound
    qtbot.keyClick(window, Qt.Key.Key_Question)
    sheet = window.shortcut_sheet
    assert sheet is not None and sheet.isVisible()
    assert bound <= sheet.sequences, bound - sheet.sequences
    shown = " ".join(label.text() for label in sheet.findChildren(QLabel))
    assert "Ctrl+Shift+A" in shown and "This affected me" in shown
    assert "Ctrl+Shift+W" in shown and "My wellbeing" in shown
    assert QKeySequence("Ctrl+Shift+W").toString() == "Ctrl+Shift+W"


# -- 5. media roots and isolated decoding ------------------------------------------------------------


def test_a_decoder_failure_shows_the_reason_and_the_keys_still_work(world, make_window, qtbot) -> None:
    world.add_image("bad-0", seed=0, priority=5)
    world.add_image("good-1", seed=1)

    def loader(path: Path, max_size: tuple[int, int]) -> Any:
        if path.name.startswith("bad"):
            raise MediaError("the decoder crashed (signal 11)")
        return load_in_process(path, max_size)

    window = make_window(image_loader=loader, prefetch=False)
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item.external_ref == "bad-0"
    assert "this media could not be opened: the decoder crashed (signal 11)" in (
        window.media_view._message.lower()
    )
    assert not window.media_view.has_frame
    qtbot.keyClick(window, Qt.Key.Key_E)  # escalate, with a note
    qtbot.keyClicks(window.panel.note, "media would not open")
    qtbot.keyClick(window.panel.note, Qt.Key.Key_Return)
    assert window.session.item.external_ref == "good-1" and window.media_view.has_frame
    assert [v for _c, v in _decisions(world)] == ["escalate"]


def test_media_outside_the_media_roots_is_refused_in_the_view(world, make_window, qtbot, tmp_path) -> None:
    world.add_image("img-0")
    elsewhere = tmp_path / "media-root"
    elsewhere.mkdir()
    world.services.media_roots = (elsewhere,)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    message = window.media_view._message
    assert "could not be opened" in message and "outside the media folders" in message
    assert not window.media_view.has_frame
    qtbot.keyClick(window, Qt.Key.Key_S)  # skip still works
    assert window.session.item is None


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_crashing_decoder_process_costs_one_item(world, make_window, qtbot, tmp_path) -> None:
    """The real pool: a decoder killed by SIGSEGV in its worker process; the window carries on."""
    from tests.reliability.decoders import CRASH, hostile_load_image

    crash = tmp_path / "crash.jpg"
    crash.write_bytes(CRASH + b"\0" * 64)
    world.add_item("crash-0", [("image", crash, {"mime": "image/jpeg"})], priority=5)
    world.add_image("good-1", seed=1)
    with DecoderPool(1, IsolationLimits(wall_seconds=30.0)) as pool:

        def loader(path: Path, max_size: tuple[int, int]) -> Any:
            return pool.load_image(path, max_size=max_size, target=hostile_load_image)

        window = make_window(image_loader=loader, prefetch=False)
        qtbot.keyClick(window, Qt.Key.Key_N)
        assert "could not be opened: the decoder crashed (signal 11)" in window.media_view._message
        qtbot.keyClick(window, Qt.Key.Key_S)
        assert window.session.item.external_ref == "good-1" and window.media_view.has_frame

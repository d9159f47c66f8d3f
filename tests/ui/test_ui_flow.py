"""The window's everyday flow at 1280x800: it never grows past the screen, notices share one strip of
fixed height, the status message keeps its key hint readable, the chosen verdict is highlighted,
long verdict labels wrap, queue counts follow decisions, the previous queue's empty message goes,
messages are sentences, and "decided before" comes only from queues with the same taxonomy."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tests.conftest import require_tool
from ui.main import start_window
from ui.notices import sentence
from ui.render import load_in_process
from ui.tasks import ImmediateRunner
from ui.window import ReviewerWindow
from workstation import history, taxonomy
from workstation.decisions import DecisionRequest

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
LONG = (
    "A decision saved on this workstation while offline could not be recorded: the claim was closed "
    "by another workstation after its lease ran out. Nothing is lost: it is kept here and in the audit "
    "log, and your lead can see it."
)


@pytest.fixture
def violent(world: Any) -> Any:
    """A queue with the longest taxonomy shipped ("Remove and report to authorities …")."""
    world.services.directory.add_queue("violent", severity_tier=3, verdicts=taxonomy.builtin("violence"))
    world.queue = "violent"
    return world


def _fits(window: Any) -> None:
    QApplication.processEvents()
    limit = min(800, window.screen().availableGeometry().height())  # 800 offscreen; the X screen's
    assert window.height() <= limit, f"the window grew to {window.height()} px"
    assert window.width() <= 1280, f"the window grew to {window.width()} px wide"
    assert window.minimumSizeHint().height() <= limit
    bar = window.statusBar()
    assert bar.isVisible() and bar.geometry().bottom() < window.height(), "the status bar is off-screen"


@SQLITE
def test_the_window_never_grows_past_the_screen(violent, qapp, prefs, qtbot) -> None:
    """The window as the app builds it (menu, wellbeing notices, meter), every panel open at once."""
    for n in range(3):
        violent.add_image(f"img-{n}", seed=n)
    started = start_window(
        violent.services, violent.reviewer, qapp, runner_factory=lambda _name: ImmediateRunner(),
        image_loader=load_in_process, prefs=prefs, start_jobs=False,
    )
    try:
        window = started.window
        assert isinstance(window, ReviewerWindow) and started.wellbeing is not None
        qtbot.addWidget(window)
        window.considered.min_view_seconds = 0
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.queue_box.setCurrentIndex(window.queue_box.findData("violent"))
        qtbot.keyClick(window, Qt.Key.Key_N)
        _fits(window)
        window.show_banner(LONG)
        window.history_banner.setText("Decided before as “Allow” on 2026-11-24 (ESC-1, violent).")
        window.history_banner.show()
        ui = started.wellbeing
        for banner in (ui.soft, ui.rotation, ui.locked):
            banner.say(LONG)
        _fits(window)
        qtbot.keyClick(window, Qt.Key.Key_4)  # Remove and report: a reason list and a required note
        assert window.panel.pending is not None and window.panel.reasons.isVisible()
        _fits(window)
        qtbot.keyClick(window, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window, Qt.Key.Key_E)  # the escalate note
        assert window.panel.note.isVisible()
        _fits(window)
        # The question is in view: the side panel scrolled to it, the window did not grow.
        qtbot.waitUntil(lambda: _in_view(window, window.panel.cancel_button), timeout=2000)
    finally:
        started.shutdown()


def _in_view(window: Any, widget: Any) -> bool:
    viewport = window.side_scroll.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= viewport.height()


@pytest.mark.slow
def test_the_window_fits_a_real_1280x800_x_screen() -> None:
    """The same walk on a real X screen (Xvfb at 1280x800, xcb, no window manager)."""
    require_tool("xvfb-run")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_XCB_GL_INTEGRATION": "none"}
    run = subprocess.run(
        [
            "xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
            f"{__file__}::test_the_window_never_grows_past_the_screen",
        ],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout


@SQLITE
def test_notices_share_one_strip_that_never_moves_the_media(world, make_window, qtbot) -> None:
    world.add_image("img-0")
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    QApplication.processEvents()
    strip, top = window.notices.height(), window.media_view.mapTo(window, QPoint(0, 0)).y()
    window.show_banner(LONG)
    window.history_banner.setText("Decided before as “Allow” on 2026-11-24 (ESC-1, general).")
    window.history_banner.show()
    QApplication.processEvents()
    assert window.notices.height() == strip
    assert window.media_view.mapTo(window, QPoint(0, 0)).y() == top, "the media moved under the pointer"
    assert window.notices.shown() == [window.banner, window.history_banner], "most important first"
    window.banner.hide()
    window.history_banner.hide()
    QApplication.processEvents()
    assert window.media_view.mapTo(window, QPoint(0, 0)).y() == top


@SQLITE
def test_the_status_message_keeps_the_undo_hint_readable(world, make_window, qtbot) -> None:
    world.add_image("ESC-2026-11-24-violent-content-reported-by-many-users-0")
    world.add_image("img-1", seed=1)
    window = make_window()
    # What the wellbeing features add to the bar in the app: the meter (text and gauge) and a button.
    window.status_bar_add(QLabel("Exposure today 240 / 240"))
    gauge = QLabel()
    gauge.setFixedWidth(120)
    window.status_bar_add(gauge)
    window.status_bar_add(QPushButton("This affected me"))
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_1)
    QApplication.processEvents()
    line = window.status_bar.line
    assert line.message.startswith("Recorded “Allow” for ESC-2026-11-24")
    keys = line.keys
    assert keys.text() == "Ctrl+Z undoes it for 10 s" and keys.isVisible()
    room = keys.contentsRect().width()
    assert room >= keys.fontMetrics().horizontalAdvance(keys.text()), "the key hint is clipped"
    right = keys.mapTo(window, QPoint(keys.width(), 0)).x()
    assert right <= window.user_label.mapTo(window, QPoint(0, 0)).x(), "a status widget covers the hint"
    shown = line.shown_text()
    if shown != line.message:  # no room for all of it: elided, and the tooltip says it in full
        assert shown.endswith("…") and line.text.toolTip() == line.message
    assert line.text.fontMetrics().horizontalAdvance(shown) <= line.text.contentsRect().width()
    assert window.width() <= 1280, "the status bar widened the window past the screen"


@SQLITE
def test_the_chosen_verdict_is_highlighted_and_long_labels_wrap(violent, make_window, qtbot) -> None:
    violent.add_image("img-0")
    window = make_window()
    window.queue_box.setCurrentIndex(window.queue_box.findData("violent"))
    qtbot.keyClick(window, Qt.Key.Key_N)
    QApplication.processEvents()
    buttons = window.panel.verdict_buttons
    longest = buttons[3]
    assert longest.text() == "4   Remove and report to authorities …"
    label = longest.label
    needed = label.fontMetrics().boundingRect(
        QRect(0, 0, label.width(), 10_000), Qt.TextFlag.TextWordWrap, label.text()
    )
    assert needed.height() <= label.height(), "the label is cut off (its '…' lost)"
    assert label.mapTo(window, QPoint(label.width(), 0)).x() <= window.width()
    assert not any(b.property("chosen") for b in buttons)
    qtbot.keyClick(window, Qt.Key.Key_3)  # Remove: asks for a reason
    assert [bool(b.property("chosen")) for b in buttons] == [False, False, True, False]
    qtbot.keyClick(window, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert not any(b.property("chosen") for b in buttons)
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert window.panel.escalate_button.property("chosen") is True


@SQLITE
def test_queue_counts_refresh_after_each_decision(world, make_window, qtbot) -> None:
    for n in range(3):
        world.add_image(f"img-{n}", seed=n)
    window = make_window()
    box = window.queue_box
    assert "3 pending" in box.currentText()
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert "2 pending" in box.currentText()
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert "1 pending" in box.currentText()


@SQLITE
def test_the_previous_queues_empty_message_goes_with_it(world, make_window, qtbot) -> None:
    world.services.directory.add_queue("other", severity_tier=1, verdicts=taxonomy.builtin("general"))
    window = make_window()
    window.queue_box.setCurrentIndex(window.queue_box.findData("general"))
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert "Queue general has nothing waiting" in window.media_view.message
    window.queue_box.setCurrentIndex(window.queue_box.findData("other"))
    assert "general" not in window.media_view.message
    assert window.media_view.message == "Queue other: press N to claim the next item."


@SQLITE
def test_every_message_starts_with_a_capital(world, make_window, qtbot) -> None:
    world.add_image("img-0")
    window = make_window()
    seen: list[str] = []

    def collect() -> None:
        for text in (
            window.status_bar.currentMessage(),
            window.banner.text() if window.banner.isVisible() else "",
            window.panel.hint.text(),
            window.media_view.message,
        ):
            if text:
                seen.append(text)

    steps = [
        lambda: qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),  # nothing to undo
        lambda: qtbot.keyClick(window, Qt.Key.Key_N),
        lambda: qtbot.keyClick(window, Qt.Key.Key_N),  # decide or skip first
        lambda: qtbot.keyClick(window, Qt.Key.Key_3),
        lambda: qtbot.keyClick(window, Qt.Key.Key_Return),  # "'Remove' needs a reason"
        lambda: qtbot.keyClick(window, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier),
        lambda: qtbot.keyClick(window, Qt.Key.Key_E),
        lambda: qtbot.keyClick(window.panel.note, Qt.Key.Key_Return),  # an escalation needs a note
        lambda: qtbot.keyClick(window, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier),
        lambda: qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier),
        lambda: qtbot.keyClick(window, Qt.Key.Key_1),
        lambda: world.clock.advance(30),
        lambda: qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),  # too late
        lambda: window.set_decisions_blocked(True, "Break: decisions resume at 10:15."),
        lambda: qtbot.keyClick(window, Qt.Key.Key_N),
        lambda: window.session.failed.emit("the database is busy (locked by another workstation)"),
        lambda: window.show_offline_conflicts([("c-1", "the claim was closed")]),
    ]
    for step in steps:
        step()
        collect()
    assert len(set(seen)) >= 8, seen
    for text in seen:
        first = next(c for c in text if c.isalpha())
        assert first.isupper(), f"not a sentence: {text!r}"
    assert sentence("there is no decision to undo") == "There is no decision to undo."
    assert sentence("'Remove' needs a reason") == "'Remove' needs a reason."


def test_decided_before_only_from_queues_with_the_same_taxonomy(world, make_window, qtbot) -> None:
    """A service-level filter, on SQLite and PostgreSQL: a verdict of another taxonomy is not shown."""
    world.services.directory.add_queue("violent", severity_tier=3, verdicts=taxonomy.builtin("violence"))
    world.services.directory.add_queue("spam", severity_tier=1, verdicts=taxonomy.builtin("general"))
    phash = "f" * 64
    world.queue = "violent"
    world.add_image("violent-old", phash_kind="pdq", phash=phash)
    world.queue = "spam"
    world.add_image("spam-old", seed=1, phash_kind="pdq", phash=phash)
    world.queue = "general"
    world.add_image("new", seed=2, phash_kind="pdq", phash="f" * 63 + "0")
    reviewer, services = world.reviewer, world.services
    for queue in ("violent", "spam"):
        item = services.claims.claim_next(reviewer, queue)
        assert item is not None
        verdict = "warning" if queue == "violent" else "allow"
        reason = "news" if queue == "violent" else ""
        request = DecisionRequest(claim_id=item.claim_id, verdict=verdict, reason=reason)
        services.decisions.decide(reviewer, request)
    window = make_window()
    window.queue_box.setCurrentIndex(window.queue_box.findData("general"))
    qtbot.keyClick(window, Qt.Key.Key_N)
    item = window.session.item
    assert item is not None and item.external_ref == "new"
    # The rule holds in the service whoever asks: the item's own queue's taxonomy by default.
    everything = history.earlier_decisions(services.db, item.media[0], exclude_item_id=item.item_id)
    assert [f.external_ref for f in everything] == ["spam-old"]
    same = history.earlier_decisions(
        services.db, item.media[0], exclude_item_id=item.item_id, same_taxonomy_as="general"
    )
    assert [f.external_ref for f in same] == ["spam-old"]
    assert window.history_banner.isVisible()
    banner = window.history_banner.text()
    assert "spam-old" in banner and "Add warning screen" not in banner and "more" not in banner

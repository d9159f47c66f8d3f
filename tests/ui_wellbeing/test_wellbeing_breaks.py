"""Break prompts, the enforced break screen and rotation, driven by a fake clock (no sleeping)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.ui_wellbeing.conftest import REVEALED
from ui.qimage import to_array

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@SQLITE
def test_soft_prompt_appears_at_the_policy_threshold_and_not_before(rig_factory, qtbot) -> None:
    rig = rig_factory()
    policy = rig.controller.policy
    rig.meter.item_shown("x1", "general", 2, REVEALED)  # revealed tier 2: 1 weighted minute per minute
    rig.work(policy.breaks.soft_prompt_dose * 60 - 10)
    assert rig.ui.soft.isHidden() and rig.controller.prompt_kind == "none"
    with qtbot.waitSignal(rig.controller.softPromptDue, timeout=1000):
        rig.work(10)
    assert rig.ui.soft.isVisible() and rig.ui.dock.isVisible()
    assert rig.ui.soft.text.text().startswith("Take a 5-minute break?")
    assert not rig.window.hidden, "a soft prompt hides nothing"
    [prompted] = rig.world.breaks()
    assert (prompted.kind, prompted.outcome) == ("soft", "prompted")

    qtbot.mouseClick(rig.ui.soft.buttons["later"], Qt.MouseButton.LeftButton)
    assert rig.ui.soft.isHidden() and not rig.ui.dock.isVisible()
    [dismissed] = rig.world.breaks()
    assert dismissed.outcome == "dismissed"
    rig.work(60)  # snoozed: no new prompt within postpone_max_minutes
    assert rig.ui.soft.isHidden()
    rig.work(policy.breaks.postpone_max_minutes * 60)  # then the suggestion comes back
    assert rig.ui.soft.isVisible()
    assert [b.outcome for b in rig.world.breaks()] == ["dismissed", "prompted"]


@SQLITE
def test_taking_the_soft_break_hides_media_and_may_end_early(rig_factory, qtbot) -> None:
    rig = rig_factory()
    rig.meter.item_shown("x1", "general", 2, REVEALED)
    rig.work(30 * 60)
    qtbot.mouseClick(rig.ui.soft.buttons["take"], Qt.MouseButton.LeftButton)
    assert rig.ui.screen.isVisible() and rig.ui.screen.state == "running"
    assert "break" in rig.window.hidden and rig.window.blocked[0]
    assert rig.ui.screen.breathing.running
    dose = rig.meter.dose_today
    rig.world.clock.advance(60)
    rig.controller.tick()
    assert rig.meter.dose_today == dose, "nothing counts on a break"
    assert rig.ui.screen.resume_button.isEnabled()  # a suggested break may end early
    qtbot.mouseClick(rig.ui.screen.resume_button, Qt.MouseButton.LeftButton)
    assert rig.ui.screen.isHidden() and not rig.window.hidden and not rig.window.blocked[0]
    [taken] = rig.world.breaks()
    assert (taken.kind, taken.outcome) == ("soft", "taken") and taken.ended_at is not None


@SQLITE
def test_enforced_break_hides_media_and_blocks_decisions_until_it_ends(rig_factory, qtbot) -> None:
    rig = rig_factory()
    policy = rig.controller.policy
    rig.meter.item_shown("x1", "general", 2, REVEALED)
    with qtbot.waitSignal(rig.controller.enforcedBreakDue, timeout=1000) as due:
        rig.work(policy.breaks.enforced_dose * 60)
    assert due.args[0].postponable
    screen = rig.ui.screen
    assert screen.isVisible() and screen.state == "due"
    assert rig.window.hidden == {"break"} and rig.window.blocked[0]
    qtbot.waitUntil(lambda: screen.geometry() == rig.window.centralWidget().geometry(), timeout=2000)

    # "Finish this item first": once, per policy.
    qtbot.mouseClick(screen.postpone_button, Qt.MouseButton.LeftButton)
    assert screen.isHidden() and not rig.window.hidden and not rig.window.blocked[0]
    assert rig.ui.postponed.isVisible()
    rig.work(30)
    assert rig.controller.prompt_kind == "postponed" and screen.isHidden()

    # Closing the item starts the break.
    with qtbot.waitSignal(rig.controller.breakStarted, timeout=1000) as started:
        rig.meter.item_closed()
        rig.window.itemChanged.emit(None)
    session = started.args[0]
    assert session.enforced and session.required_seconds == policy.breaks.enforced_break_minutes * 60
    assert screen.state == "running" and rig.window.hidden == {"break"} and rig.window.blocked[0]
    assert not screen.resume_button.isEnabled()
    assert "14:50 left" in screen.countdown.text() or "15:00 left" in screen.countdown.text()
    assert rig.controller.end_break() is False, "an enforced break cannot end early"

    rig.world.clock.advance(policy.breaks.enforced_break_minutes * 60 - 1)
    rig.controller.tick()
    assert rig.window.blocked[0] and not screen.resume_button.isEnabled()
    rig.world.clock.advance(1)
    rig.controller.tick()
    assert screen.state == "done" and screen.resume_button.isEnabled()
    assert screen.checkin_panel.isVisible(), "a check-in is offered after the break"
    qtbot.mouseClick(screen.resume_button, Qt.MouseButton.LeftButton)
    assert screen.isHidden() and not rig.window.hidden and not rig.window.blocked[0]
    assert rig.meter.dose_since_break == 0.0
    soft, row = rig.world.breaks()  # the soft prompt at 30 went unanswered; then the enforcement
    assert (soft.kind, soft.outcome) == ("soft", "prompted")
    assert (row.kind, row.outcome, row.postponed) == ("enforced", "taken", 1)
    assert row.started_at is not None and row.ended_at is not None


@SQLITE
def test_enforced_break_without_postponements_starts_at_once(rig_factory, qtbot) -> None:
    rig = rig_factory()
    rig.meter.item_shown("x1", "general", 2, REVEALED)
    rig.work(60 * 60)
    qtbot.mouseClick(rig.ui.screen.postpone_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(rig.controller.breakStarted, timeout=1000):
        rig.work(rig.controller.policy.breaks.postpone_max_minutes * 60)
    assert rig.ui.screen.state == "running" and rig.ui.screen.postpone_button.isHidden()
    assert rig.window.hidden == {"break"}


def grab_media_area(window) -> np.ndarray:
    return to_array(window.media_view.grab().toImage())


@SQLITE
def test_real_window_shows_no_media_pixels_during_an_enforced_break(rig_factory, qtbot) -> None:
    rig = rig_factory(real=True)
    window = rig.window
    rig.world.add_image("img-1")
    window.queue_box.setCurrentIndex(window.queue_box.findData("general"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is not None and window.media_view.image_rect() is not None
    before = grab_media_area(window)
    background = np.array(window.media_view.palette().color(window.media_view.backgroundRole()).getRgb()[:3])
    def share_bg(img: np.ndarray) -> float:
        return float(np.mean(np.all(np.abs(img.astype(int) - background) <= 2, axis=2)))
    assert share_bg(before) < 0.5, "the test can fail: media pixels are painted before the break"

    window.meter.view_changed(REVEALED)  # as if the reviewer revealed it: the dose grows fast
    rig.work(60 * 60)
    assert rig.ui.screen.state == "due"
    qtbot.mouseClick(rig.ui.screen.start_button, Qt.MouseButton.LeftButton)
    assert rig.ui.screen.state == "running"
    during = grab_media_area(window)
    assert share_bg(during) > 0.97, "media pixels remain on screen during the break"
    assert window.media_view.image_rect() is None
    assert window.panel.blocked
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # panic on and off must not bring media back
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.media_view.image_rect() is None
    qtbot.keyClick(window, Qt.Key.Key_1)  # a verdict key does nothing while decisions are blocked
    assert window.session.item is not None and window.session.last_decision is None

    rig.world.clock.advance(15 * 60)
    rig.controller.tick()
    qtbot.mouseClick(rig.ui.screen.resume_button, Qt.MouseButton.LeftButton)
    assert not window.panel.blocked and window.media_view.image_rect() is not None


@SQLITE
def test_rotation_is_suggested_after_consecutive_high_severity_items(rig_factory, qtbot) -> None:
    rig = rig_factory()
    k = rig.controller.policy.caps.rotation_after_consecutive_high
    for n in range(k - 1):
        rig.meter.item_shown(f"v{n}", "violence", 4)
        rig.window.itemChanged.emit(object())
    assert rig.ui.rotation.isHidden()
    with qtbot.waitSignal(rig.controller.rotationSuggested, timeout=1000):
        rig.meter.item_shown("last", "violence", 4)
        rig.window.itemChanged.emit(object())
    assert rig.ui.rotation.isVisible()
    text = rig.ui.rotation.text.text()
    assert f"{k} high-severity items in a row" in text and "spam, general" in text and "violence" not in text
    rig.meter.item_shown("again", "violence", 4)
    rig.window.itemChanged.emit(object())  # still due: suggested once, not on every item
    qtbot.mouseClick(rig.ui.rotation.buttons["dismiss"], Qt.MouseButton.LeftButton)
    rig.meter.item_shown("more", "violence", 4)
    rig.window.itemChanged.emit(object())
    assert rig.ui.rotation.isHidden()


@SQLITE
def test_this_affected_me_offers_a_break_and_a_check_in_at_once(rig_factory, qtbot) -> None:
    rig = rig_factory()
    rig.window.activateWindow()
    qtbot.waitUntil(rig.window.isActiveWindow)
    qtbot.keyClick(rig.window, Qt.Key.Key_A, CTRL_SHIFT)
    screen = rig.ui.screen
    assert screen.state == "running" and screen.checkin_panel.isVisible() and screen.affected_note.isVisible()
    assert "break" in rig.window.hidden
    [row] = rig.world.breaks()
    assert (row.kind, row.outcome) == ("affected", "taken")

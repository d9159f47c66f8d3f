"""The check-in by keyboard alone (real key events), the support contact from the policy on every care
screen, and a policy change reaching a running workstation through its background re-read."""

from __future__ import annotations

import subprocess
import sys
import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.tasks import TaskRunner, running_task
from wellbeing.policy import BreakPolicy, WellbeingPolicy, policy_to_toml
from workstation import config
from workstation.policy_store import WellbeingPolicyService

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CONTACT = "Dr. Ana Rivera, staff counsellor: ext. 4411 or care.example.org/book"


def _save(world: Any, policy: WellbeingPolicy, reason: str = "test") -> None:
    wendy = world.services.directory.add_user("wendy", ("wellbeing",), team="blue")
    WellbeingPolicyService(world.services.db, world.clock).save(wendy, policy_to_toml(policy), reason)


def _focused() -> Any:
    return QApplication.focusWidget()


def test_the_break_check_in_by_keys_1_to_5_tab_and_enter(rig_factory, qtbot) -> None:
    rig = rig_factory(real=True)
    rig.window.activateWindow()
    qtbot.waitUntil(rig.window.isActiveWindow)
    qtbot.keyClick(rig.window, Qt.Key.Key_A, CTRL_SHIFT)  # "This affected me": break and check-in
    panel = rig.ui.screen.checkin_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.isAncestorOf(_focused()))
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # nothing chosen yet: a sentence, nothing saved
    assert "Choose a face first: keys 1 (very low) to 5 (very good)" in panel.thanks.text()
    qtbot.keyClick(_focused(), Qt.Key.Key_2)
    assert panel.chosen == 2 and panel.faces[1].chosen and not rig.world.checkins()
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is panel.note
    qtbot.keyClicks(panel.note, "the 3rd clip stayed with me")  # digits type into the note
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(rig.world.checkins()) == 1)
    [row] = rig.world.checkins()
    assert (row.mood, row.note) == (2, "the 3rd clip stayed with me")
    assert "Saved privately: low" in panel.thanks.text()


def test_keys_on_the_faces_are_the_panels_not_the_windows_shortcuts(rig_factory, qtbot) -> None:
    """After a break, the banner's faces take 1-5 and Enter: no verdict, no other window action."""
    rig = rig_factory(real=True)
    rig.window.activateWindow()
    qtbot.waitUntil(rig.window.isActiveWindow)
    panel = rig.ui.checkin_panel
    rig.ui.checkin_panel.reset()
    rig.ui.checkin_banner.show()
    panel.focus_faces()
    qtbot.waitUntil(lambda: panel.isAncestorOf(_focused()))
    qtbot.keyClick(_focused(), Qt.Key.Key_5)
    qtbot.keyClick(_focused(), Qt.Key.Key_Left)  # arrows move the focus only
    assert panel.chosen == 5
    qtbot.keyClick(_focused(), Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: len(rig.world.checkins()) == 1)
    assert rig.world.checkins()[0].mood == 5 and rig.world.checkins()[0].note == ""


def test_after_back_to_work_the_check_in_banner_has_the_keyboard_not_the_verdicts(rig_factory, qtbot) -> None:
    """Found on Xvfb as alex (issue 14): Ctrl+Shift+B, "Back to work" early, then 2: the banner asked
    "How are you feeling after your break?" but 2 started an Age-restrict verdict instead."""
    rig = rig_factory(real=True)
    rig.window.activateWindow()
    qtbot.waitUntil(rig.window.isActiveWindow)
    qtbot.keyClick(rig.window, Qt.Key.Key_B, CTRL_SHIFT)  # "Take a break now"
    assert rig.controller.current_break is not None
    rig.ui.screen.resume_button.click()  # back before the suggested time
    assert rig.controller.current_break is None
    panel = rig.ui.checkin_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.isAncestorOf(_focused()))
    qtbot.keyClick(_focused(), Qt.Key.Key_2)
    assert panel.chosen == 2 and rig.window.panel.pending is None
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.note, "fine")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(rig.world.checkins()) == 1)
    assert (rig.world.checkins()[0].mood, rig.world.checkins()[0].note) == (2, "fine")


def _in_view(widget: Any) -> bool:
    """The whole of ``widget`` lies inside the viewport of the scroll area it is in (if any)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QScrollArea

    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is None:
        return bool(widget.isVisible())
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    whole = widget.height() >= widget.sizeHint().height()  # not squeezed by its layout either
    return bool(widget.isVisible() and whole and viewport.rect().contains(QRect(top_left, widget.size())))


def test_the_banners_check_in_says_it_was_saved_where_it_can_be_read(rig_factory, qtbot, qapp, world) -> None:
    """Found on Xvfb as alex (issue 14): in the dark theme with a support contact, the banner's
    "Saved privately" line sat below the bottom of the fixed-height notice strip: nothing visible
    said the check-in was kept."""
    from ui.theme import apply_theme

    _save(world, WellbeingPolicy(support_contact="Ana Ruiz, ext. 4412"))
    world.services.wellbeing.use_policy(world.services.wellbeing.load_policy())
    palette, sheet = qapp.palette(), qapp.styleSheet()
    apply_theme(qapp, "dark")
    try:
        rig = rig_factory(real=True)
        rig.window.activateWindow()
        qtbot.waitUntil(rig.window.isActiveWindow)
        rig.controller.take_break("self")
        rig.ui.screen.resume_button.click()
        panel = rig.ui.checkin_panel
        qtbot.waitUntil(lambda: panel.isAncestorOf(_focused()))
        qtbot.keyClick(_focused(), Qt.Key.Key_2)
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(rig.world.checkins()) == 1)
        assert panel.thanks.text().startswith("Saved privately: low")
        qtbot.waitUntil(lambda: _in_view(panel.thanks))
    finally:
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def test_the_support_contact_is_on_the_break_screen_the_check_in_and_the_own_view(
    rig_factory, qtbot, world
) -> None:
    _save(world, WellbeingPolicy(support_contact=CONTACT))
    world.services.wellbeing.use_policy(world.services.wellbeing.load_policy())
    rig = rig_factory()
    rig.controller.this_affected_me()
    screen = rig.ui.screen
    assert screen.support.isVisible() and CONTACT in screen.support.text()
    assert CONTACT in rig.ui.checkin_panel.support.text()  # the banner after a break
    rig.ui.open_own_view()
    assert rig.ui.own_view is not None and CONTACT in rig.ui.own_view.support.text()
    assert rig.ui.own_view.support.isVisible()


def test_without_a_contact_the_screens_still_say_where_to_turn(rig_factory) -> None:
    rig = rig_factory()
    assert rig.ui.screen.support.text() == "Need to talk to someone? Your wellbeing staff are there for you."


def test_a_change_saved_elsewhere_reaches_the_running_workstation_off_the_gui_thread(
    rig_factory, qtbot, world, db_url, tmp_path, fake_timers
) -> None:
    # A real worker: the re-read must run off the GUI thread (tests elsewhere run work inline).
    rig = rig_factory(policy_refresh_seconds=0.2, care_runner=TaskRunner(1, name="care-test"))
    care = rig.controller.records
    threads: list[bool] = []
    original = care.load_policy

    def load() -> WellbeingPolicy:
        threads.append(threading.current_thread() is threading.main_thread())
        return original()

    care.load_policy = load  # type: ignore[method-assign]
    rig.controller.start()
    new = WellbeingPolicy(support_contact=CONTACT, breaks=BreakPolicy(soft_prompt_dose=5.0))
    with qtbot.waitSignal(rig.controller.policyChanged, timeout=10_000) as changed:
        if world.services.db.is_sqlite:
            # a second process: the command line, signed in as this OS account given the wellbeing role
            world.services.directory.add_user(config.os_account(), ("wellbeing",), team="blue")
            policy_file = tmp_path / "p.toml"
            policy_file.write_text(policy_to_toml(new), encoding="utf-8")
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "workstation",
                    "--database-url",
                    db_url,
                    "policy",
                    "set",
                    str(policy_file),
                    "--reason",
                    "from another process",
                ],
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert done.returncode == 0, done.stderr
        else:  # PostgreSQL: another set of service objects over its own connection pool
            _save(world, new, "from another connection")
        fake_timers.advance(200)  # the re-read timer hands the read to the worker thread
    assert changed.args[0].support_contact == CONTACT
    assert threads and not any(threads)  # every re-read ran on the runner's worker thread
    assert rig.controller.policy.breaks.soft_prompt_dose == 5.0
    assert care.policy.breaks.soft_prompt_dose == 5.0  # the claim gate too
    assert CONTACT in rig.ui.screen.support.text()
    advice = rig.controller.planner.advise(dose_since_break=5.0, continuous_seconds=60, now=world.clock.now())
    assert advice.kind == "soft"  # the new threshold of 5 weighted minutes is the planner's now


@pytest.mark.parametrize("bad", ["[caps]\ndaily_budget_dose = 'lots'\n"])
def test_an_unreadable_stored_policy_changes_nothing_on_the_workstation(rig_factory, world, bad: str) -> None:
    rig = rig_factory()
    before = rig.controller.policy
    from workstation.models import Setting

    with world.services.db.write() as session:
        session.merge(Setting(key="wellbeing_policy", value=bad, updated_at=world.clock.now()))
    with running_task():  # what the runner does
        assert rig.controller.refresh_policy() is False
    assert rig.controller.policy == before

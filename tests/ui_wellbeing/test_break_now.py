""""Take a break now" in the real reviewer window (Ctrl+Shift+B and the status-bar button), what the
screen says after it, and handling times that leave the break out (issue 14)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import select

from tests.conftest import require_tool
from ui.wellbeing_ui import BREAK_KEY
from workstation.models import Decision

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _ready(rig, qtbot):  # type: ignore[no-untyped-def]
    window = rig.window
    window.queue_box.setCurrentIndex(window.queue_box.findData("general"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@SQLITE
def test_the_break_key_starts_an_own_break_and_the_screen_says_what_comes_next(rig_factory, qtbot) -> None:
    rig = rig_factory(real=True)
    window = _ready(rig, qtbot)
    assert window.session.item is None
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL_SHIFT)
    screen = rig.ui.screen
    assert screen.state == "running" and screen.isVisible() and screen.title.text() == "A short break"
    assert window.panel.blocked and window.media_view.hidden
    [row] = rig.world.breaks()
    assert (row.kind, row.outcome, row.ended_at) == ("self", "taken", None)
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL_SHIFT)  # again on a break: still one break
    assert len(rig.world.breaks()) == 1

    rig.world.clock.advance(rig.controller.policy.breaks.break_minutes * 60)
    rig.controller.tick()
    qtbot.mouseClick(screen.resume_button, Qt.MouseButton.LeftButton)
    assert screen.isHidden() and not window.panel.blocked and not window.media_view.hidden
    [row] = rig.world.breaks()
    assert row.ended_at is not None
    # No item was open: the screen says how to go on, not "Media hidden" and not a stale sentence.
    assert "Media hidden" not in window.media_view.message
    assert window.media_view.message == "Welcome back. Press N to claim the next item."


@SQLITE
def test_esc_pressed_during_a_break_does_not_leave_media_hidden_with_no_item(rig_factory, qtbot) -> None:
    """Esc on the break screen hides media (there is none); after the break, with no item open, the
    view says how to go on rather than "Media hidden. Press Esc" about media that does not exist."""
    rig = rig_factory(real=True)
    window = _ready(rig, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL_SHIFT)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.panic_active
    rig.world.clock.advance(5 * 60)
    rig.controller.tick()
    qtbot.mouseClick(rig.ui.screen.resume_button, Qt.MouseButton.LeftButton)
    assert not window.media_view.hidden and not window.panic_active
    assert window.media_view.message == "Welcome back. Press N to claim the next item."


@SQLITE
def test_the_button_starts_a_break_and_the_key_is_on_the_shortcut_sheet(rig_factory, qtbot) -> None:
    rig = rig_factory(real=True)
    window = _ready(rig, qtbot)
    button = rig.ui.break_button
    assert button.isVisible() and BREAK_KEY in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert rig.ui.screen.state == "running" and rig.controller.current_break is not None
    assert rig.controller.current_break.kind == "self"
    listed = {k.keys[0]: k.text for k in window.extra_keys() if k.keys}
    assert QKeySequence(BREAK_KEY).toString() in listed
    assert listed[QKeySequence(BREAK_KEY).toString()].startswith("Take a break now")


@SQLITE
def test_a_break_over_an_open_item_is_not_handling_time(rig_factory, qtbot) -> None:
    rig = rig_factory(real=True)
    rig.world.add_image("img-1")
    window = _ready(rig, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_N)
    item = window.session.item
    assert item is not None
    rig.world.clock.advance(20)  # looking at the item
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL_SHIFT)
    rig.world.clock.advance(5 * 60)  # the break
    rig.controller.tick()
    qtbot.mouseClick(rig.ui.screen.resume_button, Qt.MouseButton.LeftButton)
    rig.world.clock.advance(4)
    qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)  # "This affected me" over the same item
    rig.world.clock.advance(10 * 60)
    rig.controller.tick()
    qtbot.mouseClick(rig.ui.screen.resume_button, Qt.MouseButton.LeftButton)
    rig.world.clock.advance(6)
    qtbot.keyClick(window, Qt.Key.Key_1)  # Allow
    with rig.world.services.db.read() as session:
        handling = session.execute(
            select(Decision.handling_seconds).where(Decision.claim_id == item.claim_id)
        ).scalar_one()
    assert handling == pytest.approx(30)  # 20 + 4 + 6: neither break counts


@pytest.mark.slow
def test_the_break_key_on_a_real_x_screen() -> None:
    """The tests above on a real X screen (Xvfb at 1280x800, xcb, no window manager): the key reaches
    the window through the X server's keyboard path, and the screen ends as it should."""
    require_tool("xvfb-run")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_XCB_GL_INTEGRATION": "none"}
    run = subprocess.run(
        [
            "xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__,
            "-k", "not real_x_screen",
        ],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "4 passed" in run.stdout

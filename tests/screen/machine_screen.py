"""The screen harness's inner run: the real reviewer window on a real X server (Xvfb), driven by real
key presses (``xdotool``, through the X server's XTEST extension, as a keyboard would) in random
sequences, with the X screen captured (``QScreen.grabWindow(0)``: the root window's pixels, never
``QWidget.grab()``) after every step.

Started by ``tests/screen/test_screen.py`` with ``DISPLAY`` set and ``QT_QPA_PLATFORM=xcb``; it is not
collected by a plain ``pytest`` run (its name does not start with ``test_``).

After every step, on the capture of the media area (docs/architecture.md, invariant 6):
* the media is filtered (``screen_checks.filtered_problem``) unless the revealed border AND label
  are visible on the capture;
* with no item open, no media pixels are on screen, only the view's words;
* an item whose media cannot be opened says so (its words are on screen, not a blank area);
* once the window has settled, the screen state, the top bar and the indicator agree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests.screen import screen_checks as checks
from tests.screen.screen_world import Media, ScreenWorld, make_media, make_world
from ui.media_view import REVEAL_BORDER_PX, REVEAL_COLOUR
from ui.prefs import Preferences
from ui.qimage import to_array
from ui.tasks import TaskRunner
from ui.window import ReviewerWindow, Runners
from wellbeing.exposure import ExposureMeter
from wellbeing.policy import load_policy

INNER = os.environ.get("WORKSTATION_SCREEN_HARNESS") == "1"
pytestmark = pytest.mark.skipif(not INNER, reason="run by tests/screen/test_screen.py under Xvfb")

REVEAL_SECONDS = 0.6  # short, so the "wait" rule sees reveals end without long real waits
EXAMPLES = int(os.environ.get("WORKSTATION_SCREEN_EXAMPLES", "6"))
STEPS = int(os.environ.get("WORKSTATION_SCREEN_STEPS", "45"))
COLOUR = (REVEAL_COLOUR.red(), REVEAL_COLOUR.green(), REVEAL_COLOUR.blue())
XDOTOOL = shutil.which("xdotool") or "xdotool"
LOOK_KEYS = ["r", "bracketleft", "bracketright", "g", "y"]


class KeyCounter(QObject):
    """Counts key events the application receives, to know a real key press has arrived."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and watched.isWidgetType():
            self.count += 1
        return False


def pump(app: QApplication, condition: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until ``condition()`` or the timeout (no sleeping: the loop waits for
    events, and a timer wakes it to look at the clock). ``processEvents`` is called without a time
    limit: with one, Qt ignores ``WaitForMoreEvents`` and returns at once when nothing is pending, and
    the loop spun a core (half the harness's processor time went there)."""
    end = time.monotonic() + timeout_s
    tick = QTimer()
    tick.start(10)
    try:
        while not condition():
            if time.monotonic() > end:
                return False
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return True
    finally:
        tick.stop()


class ScreenMachine(RuleBasedStateMachine):
    app: QApplication
    media: Media
    folder: Path
    steps = 0
    captures = 0
    seen: ClassVar[dict[str, int]] = {
        "marked": 0, "filtered media": 0, "no item": 0, "broken item": 0, "playing": 0
    }

    def __init__(self) -> None:
        super().__init__()
        app = self.app
        self.tmp = Path(tempfile.mkdtemp(dir=self.folder))
        self.world: ScreenWorld = make_world(self.tmp, self.media)
        prefs = Preferences(QSettings(str(self.tmp / "prefs.ini"), QSettings.Format.IniFormat), "rita")
        prefs.reveal_seconds = REVEAL_SECONDS
        self.runners = Runners(
            db=TaskRunner(1, name="db"),
            media=TaskRunner(2, name="media"),
            prefetch=TaskRunner(1, name="prefetch"),
            history=TaskRunner(1, name="history"),
        )
        services = self.world.services
        self.window = ReviewerWindow(
            services,
            self.world.reviewer,
            prefs,
            self.runners,
            meter=ExposureMeter(load_policy(), services.clock),
            app=app,
            idle_seconds=600,
            # The considered-press wait (docs/reviewer-keys.md) has its own tests on a fake clock;
            # here decisions must get through so every situation (down to "no item") is reached.
            min_view_seconds=0,
        )
        self.window.resize(1280, 800)
        self.window.move(0, 0)
        self.window.show()
        self.keys = KeyCounter()
        app.installEventFilter(self.keys)
        self.other: QWidget | None = None
        self.on_break = False
        self.focus()
        self.settle()

    # ------------------------------------------------------------------------------ plumbing

    def focus(self) -> None:
        window = self.window
        if not window.isActiveWindow():
            window.raise_()
            window.activateWindow()
            assert pump(self.app, window.isActiveWindow, 5), "the reviewer window never got the focus"

    def settle(self) -> None:
        """Until no worker has work and no service call is in flight (video frames may go on)."""
        runners = (self.runners.db, self.runners.media, self.runners.prefetch, self.runners.history)

        def idle() -> bool:
            return not self.window.session.busy and all(r.wait(0) for r in runners)

        pump(self.app, idle, 10)
        self.app.processEvents()

    def xdotool(self, *args: str) -> None:
        subprocess.run([XDOTOOL, *args], check=True, timeout=10)

    def press(self, *keys: str) -> None:
        """Real key presses through the X server; returns once the window has received them."""
        self.focus()
        before = self.keys.count
        self.xdotool("key", *keys)
        pump(self.app, lambda: self.keys.count >= before + 2 * len(keys), 2)
        self.check("right after the key press")

    def capture(self) -> np.ndarray:
        """The media area as the X server shows it now."""
        view = self.window.media_view
        screen = self.app.primaryScreen()
        image = to_array(screen.grabWindow(0).toImage())
        origin = view.mapToGlobal(QPoint(0, 0))
        ScreenMachine.captures += 1
        return image[origin.y() : origin.y() + view.height(), origin.x() : origin.x() + view.width()]

    def check(self, when: str, settled: bool = False) -> None:
        window, view = self.window, self.window.media_view
        if window.stack.currentWidget() is not view:
            return  # the text view (no text items in this world)
        area = self.capture()
        state = view.screen_state()
        label = view.label_rect(state.label_text())
        border = checks.border_visible(area, COLOUR, REVEAL_BORDER_PX)
        marked = border and checks.label_visible(
            area, (label.x(), label.y(), label.width(), label.height()), COLOUR
        )
        ref = window.session.item.external_ref if window.session.item is not None else None
        where = f"{when}, step {ScreenMachine.steps}, item {ref}"
        seen = ScreenMachine.seen
        seen["marked"] += marked
        seen["filtered media"] += (not marked) and state.media_visible
        seen["playing"] += state.playing
        if not marked:
            problem = checks.filtered_problem(area)
            assert problem is None, f"{problem}, with no revealed border and label ({where})"
        if window.session.item is None and not window.session.busy:
            seen["no item"] += 1
            bg = view.palette().color(view.backgroundRole())
            share = checks.media_share(area, (bg.red(), bg.green(), bg.blue()))
            assert share < checks.NO_MEDIA_SHARE_MAX, f"no item open, yet {share:.1%} media pixels ({where})"
        if not settled:
            return
        assert state.revealed == border == marked, (
            f"state revealed={state.revealed}, border={border}, marked={marked} ({where})"
        )
        assert window.filter_label.text().startswith("REVEALED") == state.revealed, where
        item = window.session.item
        if item is not None and item.external_ref in self.world.unreadable and not state.hidden:
            seen["broken item"] += 1
            assert "truncated JPEG" in view.message, where
            bg = view.palette().color(view.backgroundRole())
            words = checks.media_share(area, (bg.red(), bg.green(), bg.blue()))
            assert words > 0.001, f"a broken item shows a blank area ({where})"

    def teardown(self) -> None:
        self.app.removeEventFilter(self.keys)
        if self.other is not None:
            self.other.close()
        self.window.shutdown()
        self.window.close()
        for runner in (self.runners.db, self.runners.media, self.runners.prefetch, self.runners.history):
            runner.wait(10000)
        self.app.processEvents()
        self.window.deleteLater()
        self.world.close()

    # ------------------------------------------------------------------------------ rules

    @initialize(play=st.booleans())
    def first_claim(self, play: bool) -> None:
        """The first item is the video (screen_world): sometimes it starts playing at once."""
        self.press("n")
        if play:
            self.settle()
            self.press("space")

    @rule()
    def claim(self) -> None:
        self.press("n")

    @rule(n=st.sampled_from(["1", "2", "3"]))
    def verdict(self, n: str) -> None:
        self.press(n)

    @rule()
    def decide(self) -> None:
        """A whole decision as a reviewer makes it, whatever is in progress: Age-restrict, its first
        reason, Enter (a verdict asking for a reason takes 2 and 1 as reasons; an escalation's open
        note takes them as its text; either way Enter records a decision). The other rules decide
        only by chance sequences, and reaching "no item" needs six decisions or skips in one
        example; the derandomized sequences are a digest of this class's source text, so without
        this rule an unrelated edit (three lines in ``__init__``) left all six examples short of it."""
        self.press("2", "1", "Return")

    @rule()
    def confirm(self) -> None:
        self.press("Return")

    @rule()
    def cancel(self) -> None:
        self.press("ctrl+BackSpace")

    @rule()
    def skip(self) -> None:
        self.press("s")

    @rule()
    def escalate(self) -> None:
        self.press("e")

    @rule()
    def reveal(self) -> None:
        self.press("r")

    @rule(keys=st.lists(st.sampled_from(LOOK_KEYS), min_size=1, max_size=3))
    def filter_keys(self, keys: list[str]) -> None:
        """A few reveal and filter keys in a row (the common way of looking closer)."""
        self.press(*keys)

    @rule()
    def panic(self) -> None:
        self.press("Escape")

    @rule()
    def play_pause(self) -> None:
        self.press("space")

    @rule(dx=st.integers(-200, 200), dy=st.integers(-150, 150))
    def hold_peek(self, dx: int, dy: int) -> None:
        view = self.window.media_view
        centre = view.mapToGlobal(view.rect().center())
        self.focus()
        self.xdotool("mousemove", str(centre.x() + dx), str(centre.y() + dy))
        before = self.keys.count
        self.xdotool("keydown", "p")
        pump(self.app, lambda: self.keys.count > before, 2)
        self.check("while P is held")
        pump(self.app, lambda: False, 0.2)
        self.check("P held a while")
        before = self.keys.count
        self.xdotool("keyup", "p")
        pump(self.app, lambda: self.keys.count > before, 2)
        self.check("P released")

    @rule()
    def focus_loss(self) -> None:
        if self.other is None:
            self.other = QWidget()
            self.other.setWindowTitle("Another application")
            self.other.setGeometry(1090, 620, 180, 120)
        self.other.show()
        self.other.raise_()
        self.other.activateWindow()
        pump(self.app, lambda: not self.window.isActiveWindow(), 3)
        self.check("focus lost")
        self.other.hide()
        self.focus()

    @rule()
    def idle(self) -> None:
        self.window.on_idle()  # what the idle timer calls
        self.check("idle")

    @precondition(lambda self: not self.on_break)
    @rule()
    def take_break(self) -> None:
        self.on_break = True
        self.window.hide_all_media("break")  # what the wellbeing break does
        self.check("break started")

    @precondition(lambda self: self.on_break)
    @rule()
    def end_break(self) -> None:
        self.on_break = False
        self.window.restore_media("break")
        self.check("break ended")

    @rule(seconds=st.sampled_from([0.3, REVEAL_SECONDS + 0.3]))
    def wait(self, seconds: float) -> None:
        """Time passes (a reveal may time out meanwhile); the screen is checked along the way."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            pump(self.app, lambda: False, 0.25)
            self.check("while waiting")

    @invariant()
    def screen_is_what_the_reviewer_chose(self) -> None:
        ScreenMachine.steps += 1
        self.settle()
        self.check("settled", settled=True)


@pytest.fixture(scope="module")
def media_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="ws-screen-"))


def test_the_screen_shows_only_what_the_reviewer_chose(qapp: QApplication, media_folder: Path) -> None:
    assert qapp.platformName() == "xcb", "the screen harness needs a real X server (Xvfb)"
    ScreenMachine.app = qapp
    ScreenMachine.folder = media_folder
    ScreenMachine.media = make_media(media_folder / "media")
    started = time.monotonic()
    run_state_machine_as_test(
        ScreenMachine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            derandomize=True,  # the same sequences in CI and here
            deadline=None,
            database=None,
            phases=(Phase.explicit, Phase.generate),  # a failure is reported as found, unshrunk
            suppress_health_check=list(HealthCheck),
        ),
    )
    print(
        f"screen harness: {ScreenMachine.steps} steps, {ScreenMachine.captures} screen captures "
        f"in {time.monotonic() - started:.1f} s; checks by what was on screen: {ScreenMachine.seen}"
    )
    assert all(ScreenMachine.seen.values()), f"some situations were never reached: {ScreenMachine.seen}"

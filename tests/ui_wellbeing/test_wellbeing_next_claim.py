"""Budget and break before the next claim: the claim that follows a decision uses the live exposure
meter (with the span of the item just closed, not yet stored), so the item after the one that spent
the daily budget is already refused with the service's sentence; a break that became due with the
decision comes before any next item. Real window, real services on SQLite and PostgreSQL, a fake
clock, and a wellbeing runner that has not run yet (the span flush is still on its way)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import func, select

from tests.ui.ui_samples import ManualRunner
from tests.ui_wellbeing.conftest import REVEALED
from ui.prefs import Preferences
from ui.tasks import ImmediateRunner
from ui.wellbeing_ui import install_wellbeing
from ui.window import ReviewerWindow, Runners
from wellbeing.exposure import ExposureMeter
from workstation.models import Claim, Decision


@pytest.fixture
def rig(world, qtbot, qapp, tmp_path: Path) -> Any:
    meter = ExposureMeter(world.services.wellbeing.policy, world.clock)
    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat), "rita")
    runner = ImmediateRunner()
    window = ReviewerWindow(
        world.services, world.reviewer, prefs,
        Runners(db=runner, media=runner, prefetch=runner, history=runner),
        meter=meter, app=qapp, prefetch=False, min_view_seconds=0,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    flushes = ManualRunner()  # the span flush is queued, as on the app's wellbeing thread, not run yet
    ui = install_wellbeing(window, world.services, world.reviewer, meter, runner=flushes, start=False)
    ui.controller.tick()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window, ui, meter, flushes
    flushes.run_all()
    ui.shutdown()
    window.shutdown()


def _work(world: Any, meter: ExposureMeter, controller: Any, seconds: float) -> None:
    for _ in range(int(seconds // 10)):
        world.clock.advance(10)
        meter.user_input()
        controller.tick()


def test_the_item_after_the_one_that_spent_the_budget_is_refused(world, rig, qtbot) -> None:
    window, ui, meter, _flushes = rig
    world.store_dose(239)  # stored earlier today: 1 weighted minute of the 240 left
    meter.start_new_day(world.services.wellbeing.dose_today(world.reviewer.id))
    for n in range(3):
        world.add_image(f"severe-{n}", queue="violence", seed=n)
    window.queue_box.setCurrentIndex(window.queue_box.findData("violence"))
    qtbot.keyClick(window, Qt.Key.Key_N)
    first = window.session.item
    assert first is not None and first.external_ref == "severe-0"
    meter.view_changed(REVEALED)  # revealed, tier 4 (x2): two weighted minutes a minute
    _work(world, meter, ui.controller, 60)
    assert meter.dose_today >= 240, "the live meter has spent the budget"
    assert world.services.wellbeing.dose_today(world.reviewer.id) < 240, "the store has not seen it yet"

    qtbot.keyClick(window, Qt.Key.Key_1)  # Allow: recorded; the next claim must be refused
    with world.services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Decision)) == 1
        assert session.scalar(select(func.count()).select_from(Claim)) == 1, "no second item claimed"
    assert window.session.item is None
    assert window.banner.isVisible()
    text = window.banner.text()
    assert text.startswith("Today's exposure budget (240 weighted minutes) is spent")
    assert "'violence' is tier 4; lower-tier queues stay open." in text
    assert "Recorded “Allow” for severe-0" in window.status_bar.currentMessage()

    # A lower tier stays open, with the same live figure.
    world.add_image("calm-0", queue="general")
    window.queue_box.setCurrentIndex(window.queue_box.findData("general"))
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is not None and window.session.item.external_ref == "calm-0"


def test_no_next_item_is_claimed_behind_a_break_that_became_due(world, rig, qtbot) -> None:
    window, ui, meter, _flushes = rig
    for n in range(3):
        world.add_image(f"img-{n}", queue="general", seed=n)
    window.queue_box.setCurrentIndex(window.queue_box.findData("general"))
    qtbot.keyClick(window, Qt.Key.Key_N)
    meter.view_changed(REVEALED)
    _work(world, meter, ui.controller, 61 * 60)  # past the enforced dose (60), not yet checked
    assert ui.screen.state == "closed"
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert ui.screen.state == "due" and window.panel.blocked
    with world.services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Decision)) == 1
        assert session.scalar(select(func.count()).select_from(Claim)) == 1, "none behind the break"
    assert window.session.item is None

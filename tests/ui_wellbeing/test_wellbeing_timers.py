"""The wellbeing controller's own timers (break check, span flush, policy re-read) do their work when
time passes, with nobody calling ``tick`` or ``check_breaks`` by hand: fake timers on the fake clock,
so hours pass in milliseconds."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from tests.ui_wellbeing.conftest import REVEALED
from ui.wellbeing_controller import BREAK_CHECK_SECONDS, FLUSH_SECONDS, POLICY_REFRESH_SECONDS

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _present_for(rig: Any, fake_timers: Any, seconds: float) -> None:
    """The reviewer works (input every 10 s) while the controller's timers run on their own."""
    for _ in range(int(seconds // 10)):
        rig.meter.user_input()
        fake_timers.advance(10_000)


@SQLITE
def test_the_break_check_and_the_flush_run_on_their_timers(rig_factory, fake_timers, qtbot) -> None:
    rig = rig_factory()
    fake_timers.clock = rig.world.clock
    rig.controller.start()
    rig.meter.item_shown("x1", "general", 2, REVEALED)
    soft = rig.controller.policy.breaks.soft_prompt_dose * 60
    _present_for(rig, fake_timers, soft - 20)
    assert rig.ui.soft.isHidden() and rig.world.breaks() == []
    assert rig.world.spans(), f"the flush timer (every {FLUSH_SECONDS} s) wrote nothing"
    with qtbot.waitSignal(rig.controller.softPromptDue, timeout=0):
        _present_for(rig, fake_timers, 20 + BREAK_CHECK_SECONDS)
    assert rig.ui.soft.isVisible()
    [prompted] = rig.world.breaks()
    assert (prompted.kind, prompted.outcome) == ("soft", "prompted")


@SQLITE
def test_a_changed_policy_is_picked_up_by_the_re_read_timer(rig_factory, fake_timers, monkeypatch) -> None:
    rig = rig_factory()
    rig.controller.start()
    changed = replace(rig.controller.policy, support_contact="Call Dana on 555-0100")
    monkeypatch.setattr(rig.controller.records, "load_policy", lambda: changed)
    fake_timers.advance(POLICY_REFRESH_SECONDS * 1000 - 1)
    assert rig.controller.policy != changed
    fake_timers.advance(1)
    assert rig.controller.policy == changed

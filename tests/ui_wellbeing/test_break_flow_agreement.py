"""The shift simulation and the window's controller agree: one scripted sequence, played through
``wellbeing.simulation`` and through ``WellbeingController`` (real services, fake clock), stores the
same breaks (kinds, times, postponements, outcomes). Both drive ``wellbeing.break_flow.BreakFlow``;
this proves neither adds rules of its own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wellbeing.exposure import ViewState
from wellbeing.simulation import Close, Show, Step, TakeBreak, Work, simulate_shift

REVEALED = ViewState(media_visible=True, revealed=True)  # tier 2: dose 1.0 per minute
SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _script() -> list[Step]:
    """Items of revealed tier-2 work: an own break, a soft prompt (ignored), an enforced break
    postponed and started when the item closes, then one long item during which the postponement
    runs out and the break starts by itself."""
    steps: list[Step] = []
    for n in range(3):
        steps += [Show(f"a{n}", "general", 2, REVEALED), Work(300), Close()]
    steps += [TakeBreak(5)]
    for n in range(12):
        steps += [Show(f"b{n}", "general", 2, REVEALED), Work(300), Close()]
    steps += [Show("c0", "general", 2, REVEALED), Work(75 * 60), Close()]
    return steps


def _naive(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


@SQLITE
def test_the_simulation_and_the_controller_store_the_same_breaks(world, rig_factory) -> None:
    script = _script()
    start = world.clock.now()
    from wellbeing.clock import FakeClock

    simulated = simulate_shift(world.services.wellbeing.policy, FakeClock(start), script)

    rig = rig_factory()
    c = rig.controller
    c.enforcedBreakDue.connect(lambda advice: c.postpone() if advice.postponable else None)
    sessions: list[object] = []
    c.breakStarted.connect(sessions.append)

    def have_break(seconds: float) -> None:
        world.clock.advance(seconds)  # away from the desk: no input
        c.tick()
        assert c.end_break()

    def between(step_seconds: float, seconds: float) -> None:
        done = 0.0
        while done < seconds - 1e-9:
            if c.current_break is not None:  # started by a check (the postponement ran out)
                have_break(c.current_break.required_seconds)
            dt = min(step_seconds, seconds - done)
            world.clock.advance(dt)
            done += dt
            rig.meter.user_input()
            c.tick()
            c.check_breaks()

    for step in script:
        match step:
            case Show(item_id=item, queue=queue, tier=tier, view=view):
                rig.meter.item_shown(item, queue, tier, view)
                rig.window.itemChanged.emit(object())
            case Work(seconds=seconds):
                between(10, seconds)
            case Close():
                rig.meter.item_closed()
                rig.window.itemChanged.emit(None)  # a postponed break starts here
                if c.current_break is not None:
                    have_break(c.current_break.required_seconds)
            case TakeBreak(minutes=minutes):
                c.take_break("self")
                have_break(minutes * 60)
    if c.current_break is not None:
        have_break(c.current_break.required_seconds)

    def shape(kind: str, prompted, started, ended, postponed: int, outcome: str):  # type: ignore[no-untyped-def]
        return (str(kind), _naive(prompted), _naive(started), _naive(ended), postponed, outcome)

    def shapes(rows) -> list[tuple]:  # type: ignore[no-untyped-def]
        return sorted(
            shape(r.kind, r.prompted_at, r.started_at, r.ended_at, r.postponed, r.outcome) for r in rows
        )

    expected, stored = shapes(simulated.breaks), shapes(world.breaks())
    assert stored == expected
    # The sequence exercised what it claims: an own break, an ignored soft prompt, an enforced break
    # that waited for the item, and one that started by itself when its postponement ran out.
    kinds = [(k, outcome, postponed) for k, _p, _s, _e, postponed, outcome in expected]
    assert ("self", "taken", 0) in kinds and ("soft", "prompted", 0) in kinds
    assert kinds.count(("enforced", "taken", 1)) == 2
    assert simulated.enforced_breaks == 2 and simulated.postponements == 2

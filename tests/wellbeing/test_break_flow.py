"""The break flow (wellbeing/break_flow.py): each transition of its state machine on a fake clock, over
the real planner and exposure meter under the shipped policy (soft at dose 30, enforced at 60, one
postponement of 10 min, breaks of 5 and 15 min)."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from wellbeing.break_flow import BreakFlow, BreakKind, FlowEvent, FlowState
from wellbeing.breaks import BreakAdvice, BreakPlanner
from wellbeing.clock import FakeClock
from wellbeing.exposure import ExposureMeter, ViewState
from wellbeing.policy import WellbeingPolicy

REVEALED = ViewState(media_visible=True, revealed=True)  # tier 2: dose 1.0 per minute


class Desk:
    def __init__(self) -> None:
        self.policy = WellbeingPolicy()
        self.clock = FakeClock()
        self.meter = ExposureMeter(self.policy, self.clock)
        ids = itertools.count(1)
        self.flow = BreakFlow(BreakPlanner(self.policy), self.meter, new_id=lambda: f"b{next(ids)}")
        self.meter.item_shown("i1", "general", 2, REVEALED)

    def work(self, minutes: float) -> None:
        """Revealed work with input every 10 s; no checks (the test checks when it wants)."""
        for _ in range(round(minutes * 6)):
            self.clock.advance(10)
            self.meter.user_input()
            self.meter.tick()

    def away(self, minutes: float) -> None:
        self.clock.advance(minutes * 60)
        self.meter.tick()

    def check(self):  # type: ignore[no-untyped-def]
        return self.flow.check(self.clock.now())


@pytest.fixture
def desk() -> Desk:
    return Desk()


def test_working_stays_working_below_the_thresholds(desk: Desk) -> None:
    desk.work(29)
    step = desk.check()
    assert step.state is FlowState.WORKING and step.events == () and step.records == ()


def test_soft_prompt_is_shown_once_and_recorded(desk: Desk) -> None:
    desk.work(30)
    step = desk.check()
    assert step.state is FlowState.SOFT_PROMPTED and step.events == (FlowEvent.SOFT_PROMPT,)
    [record] = step.records
    assert (record.kind, record.outcome, record.prompted_at) == (BreakKind.SOFT, "prompted", desk.clock.now())
    desk.work(1)
    assert desk.check().events == ()  # edge-triggered: not shown again


def test_not_now_snoozes_and_the_prompt_returns_after_the_snooze(desk: Desk) -> None:
    desk.work(30)
    first = desk.check().records[0]
    step = desk.flow.postpone(desk.clock.now())
    assert step.accepted and step.state is FlowState.SNOOZED and step.events == (FlowEvent.CLEARED,)
    assert step.records[0].client_id == first.client_id and step.records[0].outcome == "dismissed"
    desk.work(9)
    assert desk.check().state is FlowState.WORKING  # the planner says "snoozed": nothing shown
    desk.work(1.5)
    again = desk.check()
    assert again.state is FlowState.SOFT_PROMPTED and again.records[0].client_id != first.client_id


def test_advice_gone_clears_the_prompt(desk: Desk) -> None:
    desk.work(30)
    desk.check()
    desk.meter.item_closed()
    desk.away(6)  # an absence as long as a break counts as one: the figures fall below every threshold
    desk.meter.user_input()
    step = desk.check()
    assert step.state is FlowState.WORKING and step.events == (FlowEvent.CLEARED,)


def test_taking_the_soft_break_keeps_its_record_and_may_end_early(desk: Desk) -> None:
    desk.work(30)
    prompt = desk.check().records[0]
    step = desk.flow.take_break(desk.clock.now())
    assert step.state is FlowState.ON_BREAK and step.events == (FlowEvent.BREAK_STARTED,)
    assert step.session is not None and step.session.kind is BreakKind.SOFT and not step.session.enforced
    assert step.session.client_id == prompt.client_id and step.session.required_seconds == 300
    assert desk.flow.check(desk.clock.now()).accepted is False  # no advice on a break
    desk.away(2)
    ended = desk.flow.end_break(desk.clock.now())
    assert ended.accepted and not ended.complete and ended.state is FlowState.WORKING
    assert ended.events == (FlowEvent.BREAK_ENDED, FlowEvent.CHECKIN)
    assert ended.records[0].ended_at == desk.clock.now() and ended.records[0].outcome == "taken"
    assert desk.check().events == ()  # back early: the suggestion is snoozed, not repeated at once


def test_enforced_break_postponed_then_started_when_the_item_closes(desk: Desk) -> None:
    desk.work(60)
    due = desk.check()
    assert due.state is FlowState.ENFORCED_DUE and due.events == (FlowEvent.ENFORCED_DUE,)
    assert due.advice is not None and due.advice.postponable
    prompt = due.records[0]
    postponed = desk.flow.postpone(desk.clock.now())
    assert postponed.state is FlowState.POSTPONED and postponed.events == (FlowEvent.POSTPONED,)
    assert postponed.records[0].postponed == 1 and postponed.records[0].client_id == prompt.client_id
    limit = timedelta(minutes=desk.policy.breaks.postpone_max_minutes)
    assert postponed.postponed_until == desk.clock.now() + limit
    desk.work(2)
    assert desk.check().events == ()  # the planner's reminder while postponed shows nothing new
    desk.meter.item_closed()
    started = desk.flow.item_closed(desk.clock.now())
    assert started.state is FlowState.ON_BREAK and started.session is not None
    assert started.session.enforced and started.session.kind is BreakKind.ENFORCED
    assert started.session.client_id == prompt.client_id and started.session.postponed == 1
    assert started.session.required_seconds == 15 * 60


def test_enforced_break_starts_by_itself_when_the_postponement_runs_out(desk: Desk) -> None:
    desk.work(60)
    prompt = desk.check().records[0]
    desk.flow.postpone(desk.clock.now())
    desk.work(10)  # the item is still open when the postponement ends
    step = desk.check()
    assert step.events == (FlowEvent.ENFORCED_DUE, FlowEvent.BREAK_STARTED)
    assert step.state is FlowState.ON_BREAK and step.advice is not None and not step.advice.postponable
    assert [r.client_id for r in step.records] == [prompt.client_id]  # the same break, now taken
    assert step.records[0].outcome == "taken" and step.records[0].postponed == 1


def test_an_enforced_break_cannot_end_early_and_counts_when_over(desk: Desk) -> None:
    desk.work(60)
    desk.check()
    desk.flow.take_break(desk.clock.now())
    desk.away(14)
    early = desk.flow.end_break(desk.clock.now())
    assert not early.accepted and desk.flow.state is FlowState.ON_BREAK
    desk.away(1)
    done = desk.flow.end_break(desk.clock.now())
    assert done.accepted and done.complete and done.state is FlowState.WORKING
    assert desk.meter.dose_since_break == 0.0
    assert desk.check().events == ()


def test_postpone_is_refused_when_nothing_is_shown_or_none_is_left(desk: Desk) -> None:
    assert not desk.flow.postpone(desk.clock.now()).accepted
    desk.work(60)
    desk.check()
    assert desk.flow.postpone(desk.clock.now()).accepted
    assert not desk.flow.postpone(desk.clock.now()).accepted  # postponed already: no stacking


def test_own_break_and_this_affected_me(desk: Desk) -> None:
    desk.work(30)
    soft = desk.check().records[0]
    step = desk.flow.this_affected_me(desk.clock.now())
    assert step.events == (FlowEvent.BREAK_STARTED, FlowEvent.CHECKIN)
    assert step.records[0].client_id == soft.client_id and step.records[0].outcome == "dismissed"
    assert step.session is not None and step.session.kind is BreakKind.AFFECTED
    assert step.records[1].kind is BreakKind.AFFECTED and step.records[1].outcome == "taken"
    again = desk.flow.this_affected_me(desk.clock.now())
    assert again.events == (FlowEvent.CHECKIN,) and again.records == ()  # on a break: only the check-in
    desk.away(5)
    desk.flow.end_break(desk.clock.now())
    own = desk.flow.take_break(desk.clock.now(), BreakKind.SELF)
    assert own.session is not None and own.session.kind is BreakKind.SELF
    assert not own.session.enforced and own.session.prompted_at == own.session.started_at


def test_an_enforced_prompt_wins_over_the_kind_asked_for(desk: Desk) -> None:
    desk.work(60)
    desk.check()
    step = desk.flow.take_break(desk.clock.now(), BreakKind.SELF)  # "Take a break now" on the screen
    assert step.session is not None and step.session.kind is BreakKind.ENFORCED and step.session.enforced


def test_advice_is_ignored_on_a_break() -> None:
    desk = Desk()
    desk.flow.take_break(desk.clock.now(), BreakKind.SELF)
    step = desk.flow.advised(BreakAdvice("enforced", "test", 15, True), desk.clock.now())
    assert not step.accepted and step.state is FlowState.ON_BREAK and step.records == ()

"""When a break ended, and whether the person ended it or its end was inferred because its window died
(``wellbeing.attention.break_end``): the one rule the person's page and the next start share."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from wellbeing.attention import (
    OPEN_BREAK_LIMIT,
    BreakEnd,
    BreakFact,
    break_end,
    break_minutes,
    break_status,
    since_last_break,
)
from wellbeing.policy import load_policy

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
POLICY = load_policy()


def _taken(ended: datetime | None, kind: str = "self") -> BreakFact:
    return BreakFact(kind, T0, "taken", 0, T0, ended)


def test_an_end_the_person_typed_is_theirs() -> None:
    b = _taken(T0 + timedelta(minutes=6))
    assert break_end(b, T0 + timedelta(hours=1)) == BreakEnd(T0 + timedelta(minutes=6), inferred=False)
    assert break_minutes(b, T0 + timedelta(hours=1)) == 6.0
    assert break_status(b, POLICY, T0 + timedelta(hours=1)) == "taken"


def test_an_end_stored_at_the_start_was_inferred_and_counts_nothing() -> None:
    b = _taken(T0)  # closed by the person's next start: nothing was recorded after the start
    assert break_end(b, T0 + timedelta(hours=1)) == BreakEnd(T0, inferred=True)
    assert break_minutes(b, T0 + timedelta(hours=1)) == 0.0
    said = break_status(b, POLICY, T0 + timedelta(hours=1))
    assert said == "taken, ended when the workstation stopped (time inferred)"
    assert "ended early" not in said


def test_a_break_with_no_end_runs_until_something_later_or_the_limit() -> None:
    b = _taken(None)
    soon = T0 + timedelta(minutes=20)
    assert break_end(b, soon) is None and break_minutes(b, soon) is None
    assert break_status(b, POLICY, soon) == "taken, not ended yet"
    # The person worked again (a span, a break, a check-in after the start): the break is over.
    assert break_end(b, soon, later=T0 + timedelta(minutes=10)) == BreakEnd(T0, inferred=True)
    assert break_end(b, soon, later=T0) is None  # at the start itself proves nothing
    assert break_end(b, T0 + OPEN_BREAK_LIMIT) == BreakEnd(T0, inferred=True)
    postponed = BreakFact("enforced", T0, "taken", 1, T0, None)
    assert break_status(postponed, POLICY, soon, T0 + timedelta(minutes=1)) == (
        "taken, postponed once, ended when the workstation stopped (time inferred)"
    )


def test_a_break_never_taken_has_no_end() -> None:
    assert break_end(BreakFact("soft", T0, "dismissed"), T0 + OPEN_BREAK_LIMIT * 2) is None
    assert break_end(BreakFact("enforced", T0, "prompted", 1), T0 + OPEN_BREAK_LIMIT * 2) is None


def _span(start_min: float, minutes: float, dose: float) -> tuple[datetime, datetime, float, float]:
    start = T0 + timedelta(minutes=start_min)
    return (start, start + timedelta(minutes=minutes), minutes * 60, dose)


def test_since_the_last_break_a_killed_break_counts_only_as_long_as_the_records_show() -> None:
    work = [_span(0, 30, 15.0), _span(31, 20, 10.0)]  # 09:00-09:51, a one-minute pause
    at = T0 + timedelta(minutes=51)
    killed = BreakFact("self", at, "taken", 0, at, None)  # its window died; restarted 3 min later
    assert since_last_break(work, [killed], POLICY, at + timedelta(minutes=3)) == (25.0, 3000.0)
    closed = BreakFact("self", at, "taken", 0, at, at)  # closed by the next start: 0 minutes
    assert since_last_break(work, [closed], POLICY, at + timedelta(minutes=3)) == (25.0, 3000.0)
    # A break the person ended after its length counts; one ended early does not.
    done = BreakFact(
        "self",
        T0 + timedelta(minutes=30),
        "taken",
        0,
        T0 + timedelta(minutes=30),
        T0 + timedelta(minutes=30 + POLICY.breaks.break_minutes),
    )
    later = [_span(0, 30, 15.0), _span(30 + POLICY.breaks.break_minutes, 10, 5.0)]
    now = T0 + timedelta(minutes=30 + POLICY.breaks.break_minutes + 11)
    assert since_last_break(later, [done], POLICY, now) == (5.0, 600.0)
    early = replace(done, ended_at=T0 + timedelta(minutes=31))
    back = [_span(0, 30, 15.0), _span(32, 10, 5.0)]
    assert since_last_break(back, [early], POLICY, T0 + timedelta(minutes=43)) == (20.0, 2400.0)


def test_since_the_last_break_a_pause_as_long_as_a_break_is_one() -> None:
    work = [_span(0, 30, 15.0), _span(30 + POLICY.breaks.break_minutes, 10, 5.0)]
    now = T0 + timedelta(minutes=30 + POLICY.breaks.break_minutes + 10)
    assert since_last_break(work, [], POLICY, now) == (5.0, 600.0)
    # Coming back (a restart) a break's length after the last span: nothing since the last break.
    assert since_last_break(work, [], POLICY, now + timedelta(minutes=POLICY.breaks.break_minutes)) == (0, 0)
    assert since_last_break([], [], POLICY, now) == (0.0, 0.0)

"""When a break ended, and whether the person ended it or its end was inferred because its window died
(``wellbeing.attention.break_end``): the one rule the person's page and the next start share."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from wellbeing.attention import OPEN_BREAK_LIMIT, BreakEnd, BreakFact, break_end, break_minutes, break_status
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

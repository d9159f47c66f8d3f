"""The reference 8-hour shift (``wellbeing.simulation.eight_hour_script``) under the shipped policy,
with every expected number derived by hand.

Timeline (wall clock; ticks every second, input every 10 s while working; weights from the policy:
blurred+gray 0.1, blurred+color 0.2, revealed 1.0, audio +0.3; tiers 1..4 weigh 0.5/1.0/1.5/2.0):

A 09:00-10:00  12 triage items, tier 2, blurred+gray (0.1/min), 5 min each         dose  6.0
               10:00:00 continuous time reaches 60 min -> soft prompt #1 (ignored)
B 10:00-10:50  10 violence items, tier 4: 4 min blurred+gray (0.2/min) + 1 min
               revealed (2.0/min) = 2.8 each                                          dose 28.0
               10:45:00 10th consecutive tier>=3 item -> rotation prompt #1
C 10:50-11:35  6 spam items, tier 1, blurred+gray (0.05/min), 5 min each             dose  1.5
               11:00:00 continuous 120 min -> enforced, postponed ("finish this item"); the item
               at hand (c1) closes at that same second, so the break starts: 11:00-11:15 (the
               break flow starts a postponed break when the item closes, as the app does)
D 11:35-12:20  lunch: window unfocused 45 min, no input -> natural break at 11:40
E 12:20-14:50  21 video items, tier 4, revealed (2.0/min), 5 min each = 105 min     dose 210.0
               every 15 min of work is dose 30 (soft), every 30 min dose 60 (enforced); item
               ends fall on those minutes, so each postponed break starts at once:
               12:35 soft #2; 12:50 enforced, postponed, break 12:50-13:05 (e0-e5 done)
               13:20 soft #3 and the 10th consecutive high item -> rotation prompt #2
               13:35 enforced, postponed, break 13:35-13:50 (e6-e11)
               14:05 soft #4; 14:20 enforced, postponed, break 14:20-14:35 (e12-e17)
               14:47:15 dose today reaches 240 -> tiers 3-4 locked
                   (35.5 before E + 180 by 14:20 = 215.5; 24.5 more at 2.0/min = 12 min 15 s)
               14:50 soft #5 (dose 30 since the 14:35 break; cleared by the suspend's natural break)
F 14:50        claims of a tier-4 and a tier-3 item are refused (locked)
  14:50-15:20  6 triage items tier 2 blurred+gray                                     dose  3.0
  15:20-15:23  item, then 180 s with no input: only the first 60 s (idle_seconds) count dose 0.1
  15:23-15:48  item: 60 s, machine suspended 20 min (wall only), 240 s              dose  0.5
               the suspend is a clock jump and a 20-min absence -> natural break #2
  15:48        wall clock stepped back 10 min (clock jump #2) -> 15:38
  15:38-15:43  item: 120 s, unfocused 120 s, 60 s focused                             dose  0.3
  15:43-15:48  item: 30 s, panic 60 s, 210 s                                          dose  0.4
  15:48-15:53  item with unmuted audio playing: 0.1 + 0.3 = 0.4/min for 5 min         dose  2.0
  15:53-17:13  16 triage items tier 2 blurred+gray                                    dose  8.0
               continuous since the suspend: 240+180+300+300 = 1020 s at 15:53, reaches 3600 s
               43 min later -> 16:36:00 soft #6
Total dose 259.8; soft prompts 6; enforced breaks 4 (each after one postponement); locked at 14:47:15.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wellbeing.clock import FakeClock
from wellbeing.exposure import ViewState
from wellbeing.policy import WellbeingPolicy
from wellbeing.simulation import (
    ShiftResult,
    Step,
    eight_hour_script,
    review,
    script_duration,
    simulate_shift,
)

__all__ = ["eight_hour_script"]  # re-exported: tests/workstation replays the same day into the database

DAY = datetime(2026, 1, 5, tzinfo=UTC)
REVEALED = ViewState(media_visible=True, revealed=True)


def at(hh: int, mm: int, ss: int = 0) -> datetime:
    return DAY + timedelta(hours=hh, minutes=mm, seconds=ss)


@pytest.fixture(scope="module")
def shift() -> ShiftResult:
    clock = FakeClock(at(9, 0))
    return simulate_shift(WellbeingPolicy(), clock, eight_hour_script())


def test_total_dose_of_the_day(shift: ShiftResult) -> None:
    assert shift.total_dose == pytest.approx(259.8, abs=1e-9)
    assert sum(span.dose for span in shift.spans) == pytest.approx(259.8, abs=1e-9)


def test_revealed_seconds(shift: ShiftResult) -> None:
    assert shift.revealed_seconds == pytest.approx(10 * 60 + 21 * 300)


def test_soft_prompts_at_the_expected_times(shift: ShiftResult) -> None:
    assert shift.soft_prompts == 6
    soft = [record.prompted_at for record in shift.breaks if record.kind == "soft"]
    assert soft == [at(10, 0), at(12, 35), at(13, 20), at(14, 5), at(14, 50), at(16, 36)]
    assert all(record.outcome == "prompted" for record in shift.breaks if record.kind == "soft")


def test_enforced_breaks_after_one_postponement_each(shift: ShiftResult) -> None:
    assert shift.enforced_breaks == 4
    assert shift.postponements == 4
    enforced = [record for record in shift.breaks if record.kind == "enforced"]
    # Each postponed break starts when the item at hand closes, which here is the same second.
    assert [(r.prompted_at, r.started_at, r.ended_at) for r in enforced] == [
        (at(11, 0), at(11, 0), at(11, 15)),
        (at(12, 50), at(12, 50), at(13, 5)),
        (at(13, 35), at(13, 35), at(13, 50)),
        (at(14, 20), at(14, 20), at(14, 35)),
    ]
    assert all(r.postponed == 1 and r.outcome == "taken" for r in enforced)


def test_lock_after_the_daily_budget(shift: ShiftResult) -> None:
    assert shift.locked_at == at(14, 47, 15)
    assert shift.locked_tiers == frozenset({3, 4})
    assert shift.refused_claims == 2
    assert not any(span.item_id in {"f0", "f1"} for span in shift.spans)


def test_rotation_natural_breaks_and_clock_jumps(shift: ShiftResult) -> None:
    assert shift.rotation_prompts == 2
    assert shift.natural_breaks == 2
    assert shift.clock_jumps == 2


def test_shift_times(shift: ShiftResult) -> None:
    assert shift.started_at == at(9, 0)
    assert shift.ended_at == at(17, 13)
    # scripted time + 4 enforced breaks + the 20-min suspend - the 10-min backwards step
    assert shift.ended_at - shift.started_at == timedelta(
        seconds=script_duration(eight_hour_script()) + 4 * 15 * 60 + 20 * 60 - 10 * 60
    )


def test_no_exposure_is_stamped_inside_a_break_and_spans_are_short(shift: ShiftResult) -> None:
    taken = [(r.started_at, r.ended_at) for r in shift.breaks if r.outcome == "taken"]
    for span in shift.spans:
        assert 0 < span.seconds <= 15.0
        for start, end in taken:
            assert start is not None and end is not None
            assert span.ended_at <= start or span.started_at >= end


def test_per_item_doses_match_the_timeline(shift: ShiftResult) -> None:
    by_item: dict[str | None, float] = {}
    for span in shift.spans:
        by_item[span.item_id] = by_item.get(span.item_id, 0.0) + span.dose
    assert by_item["b0"] == pytest.approx(2.8)
    assert by_item["e0"] == pytest.approx(10.0)
    assert by_item["g6"] == pytest.approx(0.1)  # idle: 60 of 180 s
    assert by_item["g7"] == pytest.approx(0.5)  # suspend adds nothing
    assert by_item["g8"] == pytest.approx(0.3)  # unfocused adds nothing
    assert by_item["g9"] == pytest.approx(0.4)  # panic adds nothing
    assert by_item["g10"] == pytest.approx(2.0)  # audio


def test_a_reviewer_who_takes_soft_breaks_is_never_forced() -> None:
    """Following every soft prompt keeps continuous time and dose under the enforced thresholds."""
    from wellbeing.simulation import ReviewerBehaviour

    script: list[Step] = []
    for i in range(40):
        script += review(f"v{i}", "violence", 4, 300, view=REVEALED)
    result = simulate_shift(
        WellbeingPolicy(), FakeClock(at(9, 0)), script, behaviour=ReviewerBehaviour(takes_soft_breaks=True)
    )
    # Revealed tier-4 work weighs 2.0/min: a soft prompt after every 15 min of work (dose 30), each
    # followed by a 5-min break that resets the since-break figures. After 24 items (120 min of work,
    # 8 prompts and breaks) the day's dose is 240: tiers 3-4 lock and the last 16 claims are refused.
    # The reviewer spends those 80 min in the queue view, on task but unexposed: continuous time
    # reaches 60 min once more -> prompt 9. Wall time: 200 min of work + 9 breaks x 5 min.
    assert result.enforced_breaks == 0
    assert result.soft_prompts == 9
    assert [r.outcome for r in result.breaks] == ["taken"] * 9
    assert result.refused_claims == 16
    assert result.total_dose == pytest.approx(240.0)
    assert result.locked_at == at(9, 0) + timedelta(minutes=120 + 7 * 5)
    assert result.ended_at == at(9, 0) + timedelta(minutes=200 + 9 * 5)


def test_review_rejects_a_reveal_longer_than_the_item() -> None:
    with pytest.raises(ValueError, match="reveal_seconds"):
        review("i", "q", 1, 10, reveal_seconds=11)

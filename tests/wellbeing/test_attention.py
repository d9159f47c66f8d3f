"""The attention rules on a scripted shift with a fake clock: each reason triggers, and each clears."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

import pytest

from wellbeing.attention import (
    Acknowledgement,
    BreakFact,
    CheckinFact,
    PersonWellbeing,
    WorkSpan,
    assess,
    attention_list,
    longest_stretch,
    lookback_days,
)
from wellbeing.clock import FakeClock
from wellbeing.policy import WellbeingPolicy, policy_from_toml, policy_to_toml


@dataclass
class Shift:
    """One reviewer's shift written as it happens: work, breaks and check-ins at the clock's time."""

    clock: FakeClock
    spans: list[WorkSpan] = field(default_factory=list)
    breaks: list[BreakFact] = field(default_factory=list)
    checkins: list[CheckinFact] = field(default_factory=list)
    daily: dict[date, float] = field(default_factory=dict)
    ack: Acknowledgement | None = None

    def work(self, minutes: float, dose_per_minute: float = 0.5) -> None:
        start = self.clock.now()
        self.clock.advance(minutes * 60)
        self.spans.append(WorkSpan(start, self.clock.now()))
        day = start.date()
        self.daily[day] = self.daily.get(day, 0.0) + minutes * dose_per_minute

    def pause(self, minutes: float) -> None:
        self.clock.advance(minutes * 60)

    def enforced(self, *, taken: bool, postponed: int = 0) -> None:
        now = self.clock.now()
        self.breaks.append(
            BreakFact("enforced", now, "taken" if taken else "prompted", postponed, now if taken else None)
        )
        if taken:
            self.pause(15)

    def affected(self) -> None:
        now = self.clock.now()
        self.breaks.append(BreakFact("affected", now, "taken", 0, now))
        self.pause(5)

    def checkin(self, mood: int, note: str = "") -> None:
        self.checkins.append(CheckinFact(self.clock.now(), mood, note))

    def next_day(self, days: int = 1) -> None:
        now = self.clock.now()
        morning = datetime.combine(now.date() + timedelta(days=days), now.timetz().replace(hour=9, minute=0))
        self.clock.advance((morning - now).total_seconds())

    def acknowledge(self, note: str = "called") -> None:
        now = self.clock.now()
        self.ack = Acknowledgement(now, now.date(), "wendy", note)

    def person(self) -> PersonWellbeing:
        return PersonWellbeing(
            "alex",
            "Alex Kim",
            dict(self.daily),
            tuple(self.spans),
            tuple(self.breaks),
            tuple(self.checkins),
            self.ack,
        )

    def kinds(self, policy: WellbeingPolicy) -> set[str]:
        return {r.kind for r in assess(self.person(), policy, self.clock.now())}


@pytest.fixture
def shift(clock: FakeClock) -> Shift:
    return Shift(clock)


def test_an_ordinary_shift_lists_nobody(shift: Shift, policy: WellbeingPolicy) -> None:
    for _ in range(4):
        shift.work(55)
        shift.pause(10)
    shift.checkin(4)
    assert shift.kinds(policy) == set()
    assert attention_list([shift.person()], policy, shift.clock.now()) == []


def test_a_low_checkin_with_its_note_triggers_and_a_better_one_clears_it(
    shift: Shift, policy: WellbeingPolicy
) -> None:
    shift.work(30)
    shift.checkin(2, "the third video stays with me")
    (reason,) = assess(shift.person(), policy, shift.clock.now())
    assert reason.kind == "low_checkin"
    assert reason.text.startswith("Low check-in on ")
    assert '"the third video stays with me"' in reason.text
    shift.work(30)
    shift.checkin(1)
    (reason,) = assess(shift.person(), policy, shift.clock.now())
    assert (
        reason.text.startswith("Very low") and "2 low in a row" in reason.text and "(no note)" in reason.text
    )
    very_low_weight = reason.weight
    shift.work(30)
    shift.checkin(3)
    assert shift.kinds(policy) == set()  # fine again: the lows are answered
    shift.checkin(2)
    assert shift.kinds(policy) == {"low_checkin"}
    assert very_low_weight > assess(shift.person(), policy, shift.clock.now())[0].weight


def test_a_low_checkin_clears_when_it_leaves_the_window(shift: Shift, policy: WellbeingPolicy) -> None:
    shift.checkin(1, "bad day")
    shift.next_day(policy.attention.checkin_days - 1)
    assert shift.kinds(policy) == {"low_checkin"}
    shift.next_day(1)
    shift.pause(1)  # seven days (of 24 hours) after it
    assert shift.kinds(policy) == set()


def test_this_affected_me_triggers_and_clears_after_its_window(shift: Shift, policy: WellbeingPolicy) -> None:
    shift.work(20)
    shift.affected()
    shift.work(20)
    shift.affected()
    (reason,) = assess(shift.person(), policy, shift.clock.now())
    assert reason.kind == "affected" and reason.text.startswith('"This affected me" 2 times in 7 days')
    shift.next_day(policy.attention.affected_days)
    shift.pause(120)  # the window is that many 24-hour days back from now
    assert shift.kinds(policy) == set()


def test_a_skipped_enforced_break_counts_only_once_it_can_no_longer_be_postponed(
    shift: Shift, policy: WellbeingPolicy
) -> None:
    shift.work(120)
    shift.enforced(taken=False, postponed=1)
    assert "breaks_skipped" not in shift.kinds(policy)  # still within its postponement
    shift.work(policy.breaks.postpone_max_minutes * (policy.breaks.postponements_allowed + 1))
    assert "breaks_skipped" in shift.kinds(policy)
    shift.next_day(policy.attention.breaks_days)
    shift.pause(8 * 60)  # the window is that many 24-hour days back from now
    assert shift.kinds(policy) == set()


def test_taken_enforced_breaks_are_no_reason_and_postponing_twice_is(
    shift: Shift, policy: WellbeingPolicy
) -> None:
    shift.work(100)
    shift.enforced(taken=True)
    shift.work(100)
    shift.enforced(taken=True, postponed=1)
    assert shift.kinds(policy) == set()  # one postponement: under the threshold of 2
    shift.work(100)
    shift.enforced(taken=True, postponed=1)
    (reason,) = assess(shift.person(), policy, shift.clock.now())
    assert reason.kind == "breaks_postponed" and "postponed 2 times" in reason.text
    shift.next_day(policy.attention.breaks_days)
    shift.pause(8 * 60)  # the window is that many 24-hour days back from now
    assert shift.kinds(policy) == set()


def test_a_day_over_budget_triggers_and_clears_after_its_window(
    shift: Shift, policy: WellbeingPolicy
) -> None:
    budget = policy.caps.daily_budget_dose
    for _ in range(5):  # 5 x 55 min at 1 weighted min/min, with breaks: 275 >= 240
        shift.work(55, dose_per_minute=1.0)
        shift.pause(10)
    assert shift.daily[shift.clock.now().date()] >= budget
    (reason,) = assess(shift.person(), policy, shift.clock.now())
    assert reason.kind == "over_budget" and "on 1 day in 7" in reason.text and "highest 275" in reason.text
    shift.next_day(policy.attention.over_budget_days - 1)
    assert shift.kinds(policy) == {"over_budget"}
    shift.next_day(1)
    shift.pause(1)  # seven days (of 24 hours) after it
    assert shift.kinds(policy) == set()


def test_a_long_stretch_without_a_break_triggers_and_a_pause_splits_it(
    shift: Shift, policy: WellbeingPolicy
) -> None:
    gap = policy.breaks.break_minutes
    for _ in range(4):
        shift.work(40)
        shift.pause(gap - 1)  # shorter than a break: the stretch goes on
    (reason,) = assess(shift.person(), policy, shift.clock.now())
    assert reason.kind == "long_stretch" and reason.text.startswith("2 h 52 min of exposure work")
    shift.next_day(policy.attention.stretch_days + 1)
    for _ in range(4):
        shift.work(40)
        shift.pause(gap)  # a break's length: each stretch is 40 minutes
    assert shift.kinds(policy) == set()


def test_longest_stretch_merges_overlapping_spans(clock: FakeClock) -> None:
    t = clock.now()
    spans = [
        WorkSpan(t, t + timedelta(minutes=10)),
        WorkSpan(t + timedelta(minutes=5), t + timedelta(minutes=8)),
    ]
    assert longest_stretch(spans, timedelta(minutes=5)) == (t, t + timedelta(minutes=10))
    assert longest_stretch([], timedelta(minutes=5)) is None


def test_a_dose_rising_week_on_week_triggers_and_a_flat_week_clears_it(
    shift: Shift, policy: WellbeingPolicy
) -> None:
    for minutes in (20, 40, 60):  # three weeks, each more exposure per day than the last
        for _day in range(7):
            shift.work(minutes)
            shift.next_day()
    reasons = assess(shift.person(), policy, shift.clock.now())
    (reason,) = [r for r in reasons if r.kind == "dose_trend"]
    assert "rising 3 weeks in a row" in reason.text and "→" in reason.text
    for _day in range(7):  # a week back at the first week's level
        shift.work(20)
        shift.next_day()
    assert "dose_trend" not in shift.kinds(policy)


def test_the_trend_leaves_out_today_so_a_morning_is_no_fall(shift: Shift, policy: WellbeingPolicy) -> None:
    for minutes in (20, 40, 42):  # a small last rise: 7 x 42 > 7 x 40, but 6 x 42 + 0 < 6 x 40 + 42
        for _day in range(7):
            shift.work(minutes)
            shift.next_day()
    # 09:00, nothing done yet today: the windows end yesterday, so the rise is still seen.
    assert "dose_trend" in shift.kinds(policy)


def test_a_small_rise_from_almost_nothing_is_no_trend(shift: Shift, policy: WellbeingPolicy) -> None:
    for minutes in (1, 2, 3):
        for _day in range(7):
            shift.work(minutes)
            shift.next_day()
    assert "dose_trend" not in shift.kinds(policy)


def test_acknowledging_clears_the_person_until_something_new_happens(
    shift: Shift, policy: WellbeingPolicy
) -> None:
    shift.checkin(2, "rough")
    shift.work(30)
    shift.affected()
    bea = replace(shift.person(), username="bea", display_name="Bea", acknowledged=None)
    shift.pause(60)
    shift.acknowledge()
    (alex, other) = attention_list([shift.person(), bea], policy, shift.clock.now())
    assert (alex.username, alex.cleared, alex.urgency) == ("bea", False, 8)  # not acknowledged: first
    assert (other.username, other.cleared, other.urgency) == ("alex", True, 0)
    assert len(other.reasons) == 2  # still shown, marked as contacted
    shift.pause(60)
    shift.checkin(1, "worse")
    (first, second) = attention_list([shift.person(), bea], policy, shift.clock.now())
    # New since the contact: listed again, by the weight of what is new (5), under Bea's 8.
    assert (first.username, second.username) == ("bea", "alex")
    assert not second.cleared and [r.kind for r in second.new] == ["low_checkin"] and second.urgency == 5


def test_urgency_sorts_by_the_sum_of_reasons(shift: Shift, policy: WellbeingPolicy) -> None:
    shift.checkin(2)
    one = replace(shift.person(), username="one")
    shift.affected()
    two = replace(shift.person(), username="two")
    ordered = attention_list([one, two], policy, shift.clock.now())
    assert [a.username for a in ordered] == ["two", "one"]
    assert ordered[0].urgency > ordered[1].urgency


def test_thresholds_come_from_the_policy(shift: Shift, policy: WellbeingPolicy) -> None:
    shift.checkin(3, "meh")
    assert shift.kinds(policy) == set()
    lenient = policy_from_toml(policy_to_toml(policy).replace("low_mood = 2", "low_mood = 3"))
    assert shift.kinds(lenient) == {"low_checkin"}
    assert lookback_days(policy) == 21


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("low_mood = 5", "attention.low_mood must be 1 to 4"),
        ("trend_weeks = 1", "attention.trend_weeks must be a whole number from 2 to 52"),
        ("stretch_days = 100000", "attention.stretch_days must be a whole number from 1 to 366"),
        ("long_stretch_minutes = -3", "attention.long_stretch_minutes must be a number greater than 0"),
        ("stretch = 3", "unknown key attention.stretch"),
    ],
)
def test_bad_attention_thresholds_are_refused_with_the_key(line: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        policy_from_toml(f"[attention]\n{line}\n")

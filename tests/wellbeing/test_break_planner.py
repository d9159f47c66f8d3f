"""Breaks, caps and rotation are due exactly when the policy says (thresholds are inclusive)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing.breaks import BreakPlanner, locked_tiers, rotation_due
from wellbeing.policy import BreakPolicy, CapPolicy, WellbeingPolicy

NOW = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)


def minutes(n: float) -> datetime:
    return NOW + timedelta(minutes=n)


@pytest.fixture
def planner(policy: WellbeingPolicy) -> BreakPlanner:
    return BreakPlanner(policy)


def test_soft_prompt_at_exactly_the_dose_threshold(planner: BreakPlanner, policy: WellbeingPolicy) -> None:
    threshold = policy.breaks.soft_prompt_dose
    below = planner.advise(dose_since_break=threshold - 1e-9, continuous_seconds=0, now=NOW)
    at = planner.advise(dose_since_break=threshold, continuous_seconds=0, now=NOW)
    assert below.kind == "none"
    assert (at.kind, at.break_minutes, at.postponable) == ("soft", policy.breaks.break_minutes, True)
    assert "exposure since your last break" in at.reason


def test_soft_prompt_at_exactly_the_continuous_threshold(
    planner: BreakPlanner, policy: WellbeingPolicy
) -> None:
    seconds = policy.breaks.soft_prompt_continuous_minutes * 60
    assert planner.advise(dose_since_break=0, continuous_seconds=seconds - 1, now=NOW).kind == "none"
    advice = planner.advise(dose_since_break=0, continuous_seconds=seconds, now=NOW)
    assert advice.kind == "soft"
    assert "worked 60 min without a break" in advice.reason


@pytest.mark.parametrize(
    ("before", "at"),
    [
        ({"dose_since_break": 60.0 - 1e-9, "continuous_seconds": 0.0}, {"dose_since_break": 60.0}),
        ({"dose_since_break": 0.0, "continuous_seconds": 7199.0}, {"continuous_seconds": 7200.0}),
    ],
)
def test_enforced_at_exactly_the_enforced_threshold(
    planner: BreakPlanner, policy: WellbeingPolicy, before: dict[str, float], at: dict[str, float]
) -> None:
    rules = policy.breaks
    assert (rules.enforced_dose, rules.enforced_continuous_minutes) == (60.0, 120.0)
    assert planner.advise(**before, now=NOW).kind == "soft"  # past the soft threshold already
    advice = planner.advise(**{**before, **at}, now=NOW)
    assert advice.kind == "enforced"
    assert (advice.break_minutes, advice.postponable) == (rules.enforced_break_minutes, True)


def test_one_postponement_then_the_break_is_enforced(
    planner: BreakPlanner, policy: WellbeingPolicy
) -> None:
    rules = policy.breaks
    figures = {"dose_since_break": rules.enforced_dose, "continuous_seconds": 0.0}
    assert planner.advise(**figures, now=NOW).kind == "enforced"
    assert planner.postpone(NOW) is True
    assert planner.postponements_used == 1
    during = planner.advise(**figures, now=minutes(rules.postpone_max_minutes) - timedelta(seconds=1))
    assert (during.kind, during.postponable) == ("soft", False)
    # The moment itself, not a clock time in UTC: the window shows it in the reviewer's zone (ui.i18n.shown).
    assert "postponed until 2026-" in during.reason and "10:10 UTC" in during.reason
    assert getattr(during.reason, "tr_values", {}).get("time") == minutes(rules.postpone_max_minutes)
    assert planner.postpone(minutes(1)) is False  # no stacking while postponed
    after = planner.advise(**figures, now=minutes(rules.postpone_max_minutes))
    assert (after.kind, after.postponable) == ("enforced", False)
    assert planner.postpone(minutes(rules.postpone_max_minutes)) is False


def test_no_postponement_when_the_policy_allows_none() -> None:
    planner = BreakPlanner(WellbeingPolicy(breaks=BreakPolicy(postponements_allowed=0)))
    advice = planner.advise(dose_since_break=60, continuous_seconds=0, now=NOW)
    assert (advice.kind, advice.postponable) == ("enforced", False)
    assert planner.postpone(NOW) is False


def test_an_enforced_break_must_last_its_minutes_to_count(
    planner: BreakPlanner, policy: WellbeingPolicy
) -> None:
    rules = policy.breaks
    planner.advise(dose_since_break=rules.enforced_dose, continuous_seconds=0, now=NOW)
    planner.break_started(NOW)
    assert planner.on_break
    during = planner.advise(dose_since_break=rules.enforced_dose, continuous_seconds=0, now=minutes(1))
    assert during.kind == "none"
    assert planner.break_remaining_seconds(minutes(5)) == (rules.enforced_break_minutes - 5) * 60
    assert planner.break_ended(minutes(rules.enforced_break_minutes) - timedelta(seconds=1)) is False
    planner.break_started(minutes(20))
    assert planner.break_ended(minutes(20 + rules.enforced_break_minutes)) is True


def test_a_new_enforcement_after_a_counted_break_may_be_postponed_again(planner: BreakPlanner) -> None:
    planner.advise(dose_since_break=60, continuous_seconds=0, now=NOW)
    assert planner.postpone(NOW)
    planner.advise(dose_since_break=60, continuous_seconds=0, now=minutes(10))
    planner.break_started(minutes(10))
    assert planner.break_ended(minutes(25))
    assert planner.advise(dose_since_break=0, continuous_seconds=0, now=minutes(25)).kind == "none"
    again = planner.advise(dose_since_break=60, continuous_seconds=0, now=minutes(90))
    assert (again.kind, again.postponable) == ("enforced", True)


def test_a_soft_prompt_can_be_snoozed(planner: BreakPlanner, policy: WellbeingPolicy) -> None:
    figures = {"dose_since_break": policy.breaks.soft_prompt_dose, "continuous_seconds": 0.0}
    assert planner.advise(**figures, now=NOW).kind == "soft"
    assert planner.postpone(NOW) is True
    assert planner.advise(**figures, now=minutes(5)).kind == "none"
    assert planner.advise(**figures, now=minutes(policy.breaks.postpone_max_minutes)).kind == "soft"


def test_postpone_with_nothing_due_is_refused(planner: BreakPlanner) -> None:
    planner.advise(dose_since_break=0, continuous_seconds=0, now=NOW)
    assert planner.postpone(NOW) is False
    assert planner.break_ended(NOW) is False  # no break running


@settings(max_examples=100, deadline=None)
@given(dose=st.floats(0, 200), continuous=st.floats(0, 5 * 3600))
def test_advice_kind_follows_the_thresholds(dose: float, continuous: float) -> None:
    rules = WellbeingPolicy().breaks
    planner = BreakPlanner(WellbeingPolicy())
    advice = planner.advise(dose_since_break=dose, continuous_seconds=continuous, now=NOW)
    if dose >= rules.enforced_dose or continuous >= rules.enforced_continuous_minutes * 60:
        assert advice.kind == "enforced"
    elif dose >= rules.soft_prompt_dose or continuous >= rules.soft_prompt_continuous_minutes * 60:
        assert advice.kind == "soft"
    else:
        assert advice.kind == "none"


# --- caps and rotation


def test_locked_tiers_once_the_daily_budget_is_spent(policy: WellbeingPolicy) -> None:
    budget = policy.caps.daily_budget_dose
    assert locked_tiers(policy, budget - 1e-9) == frozenset()
    assert locked_tiers(policy, budget) == frozenset({3, 4})
    assert locked_tiers(policy, budget * 3) == frozenset({3, 4})


def test_lock_tiers_above_is_configurable() -> None:
    policy = WellbeingPolicy(caps=CapPolicy(daily_budget_dose=100, lock_tiers_above=0))
    assert locked_tiers(policy, 100) == frozenset({1, 2, 3, 4})
    policy = WellbeingPolicy(caps=CapPolicy(daily_budget_dose=100, lock_tiers_above=4))
    assert locked_tiers(policy, 100) == frozenset()


def test_rotation_due_after_k_consecutive_high_severity_items(policy: WellbeingPolicy) -> None:
    k = policy.caps.rotation_after_consecutive_high
    high = policy.caps.high_severity_tier
    assert not rotation_due(policy, [high] * (k - 1))
    assert rotation_due(policy, [high] * k)
    assert rotation_due(policy, [1, 2] + [4] * k)
    assert not rotation_due(policy, [4] * k + [high - 1])
    assert not rotation_due(policy, [4] * (k - 1) + [high - 1] + [4] * (k - 1))
    assert not rotation_due(policy, [])


def test_rotation_uses_the_configured_k_and_tier() -> None:
    policy = WellbeingPolicy(caps=CapPolicy(rotation_after_consecutive_high=2, high_severity_tier=4))
    assert not rotation_due(policy, [3, 3, 3])
    assert rotation_due(policy, [3, 4, 4])


def test_a_small_dose_never_reads_zero_weighted_minutes() -> None:
    """A policy may set the soft threshold below one weighted minute: the prompt must not say "0"."""
    from datetime import UTC, datetime

    from wellbeing.breaks import BreakPlanner, fmt_dose
    from wellbeing.policy import BreakPolicy, WellbeingPolicy

    planner = BreakPlanner(WellbeingPolicy(breaks=BreakPolicy(soft_prompt_dose=0.2)))
    advice = planner.advise(dose_since_break=0.3, continuous_seconds=20, now=datetime(2026, 1, 1, tzinfo=UTC))
    assert advice.kind == "soft"
    assert advice.reason == "exposure since your last break is less than 1 weighted min"
    assert " 0 weighted" not in advice.reason
    assert fmt_dose(4.44) == "4.4 weighted min" and fmt_dose(31.6) == "32 weighted min"
    assert fmt_dose(0.0) == "0 weighted min"

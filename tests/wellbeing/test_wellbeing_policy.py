"""The policy file: shipped defaults, strict parsing with errors that name the key, and round-tripping."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing.policy import (
    DEFAULT_POLICY_PATH,
    BreakPolicy,
    CapPolicy,
    QueueOverride,
    ScreeningPolicy,
    VisibilityWeights,
    WellbeingPolicy,
    load_policy,
    policy_from_toml,
    policy_to_toml,
)


def test_shipped_file_equals_the_code_defaults() -> None:
    """The TOML and the dataclass defaults must not drift apart."""
    assert DEFAULT_POLICY_PATH.is_file()
    assert load_policy() == WellbeingPolicy()


def test_shipped_defaults_are_the_documented_numbers(policy: WellbeingPolicy) -> None:
    assert policy.visibility == VisibilityWeights(
        hidden=0.0, blurred_gray=0.1, blurred_color=0.2, stylised=0.3, gray_unblurred=0.6,
        revealed=1.0, audio_unmuted_add=0.3,
    )
    assert dict(policy.severity_weights) == {1: 0.5, 2: 1.0, 3: 1.5, 4: 2.0}
    assert policy.caps.daily_budget_dose == 240.0
    assert policy.caps.lock_tiers_above == 2
    assert policy.breaks.postponements_allowed == 1
    assert policy.min_group_size == 5
    assert policy.decision_min_view_seconds == 0.4  # docs/reviewer-keys.md


def test_severity_weight_uses_queue_overrides() -> None:
    policy = WellbeingPolicy(
        queue_overrides={"gore": QueueOverride(severity_weight=2.5), "spam-ish": QueueOverride(tier=1)}
    )
    assert policy.severity_weight("other", 3) == 1.5
    assert policy.severity_weight("gore", 1) == 2.5
    assert policy.severity_weight("spam-ish", 4) == 0.5
    assert policy.effective_tier("spam-ish", 4) == 1
    assert policy.effective_tier("gore", 2) == 2


def test_unknown_tier_is_an_error(policy: WellbeingPolicy) -> None:
    with pytest.raises(ValueError, match="unknown severity tier 7"):
        policy.severity_weight("q", 7)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[breaks]\nsoft_prompt_dose = -1\n", "breaks.soft_prompt_dose"),
        ("[breaks]\nsoft_prompt_dose = 'ten'\n", "breaks.soft_prompt_dose"),
        ("[breaks]\nsoft_prompt_dose = 90.0\n", "breaks.soft_prompt_dose"),  # above enforced_dose
        ("[breaks]\nsnooze = 3\n", "breaks.snooze"),
        ("[caps]\nlock_tiers_above = 2.5\n", "caps.lock_tiers_above"),
        ("[caps]\nhigh_severity_tier = 9\n", "caps.high_severity_tier"),
        ("[visibility]\nrevealed = nan\n", "visibility.revealed"),
        ("[visibility]\nblurred_gray = true\n", "visibility.blurred_gray"),
        ("[severity_weights]\nx = 1.0\n", "severity_weights.x"),
        ("[severity_weights]\n2 = -1.0\n", "severity_weights.2"),
        ("idle_seconds = 0\n", "idle_seconds"),
        ("decision_min_view_seconds = -0.1\n", "decision_min_view_seconds"),
        ("decision_min_view_seconds = 11\n", "decision_min_view_seconds"),
        ("decision_min_view_seconds = 'soon'\n", "decision_min_view_seconds"),
        ("min_group_size = 0\n", "min_group_size"),
        ("min_group_size = 2\n", "min_group_size must be a whole number from 3 to 1000"),
        ("[visibility]\nrevealed = 0\n", "visibility.revealed must be greater than 0"),
        ("colour = 1\n", "colour"),
        ('[queue_overrides."a b"]\ntier = 9\n', "queue_overrides.a b"),
        ('[queue_overrides."a b"]\nweight = 1.0\n', "queue_overrides.a b.weight"),
        ('[queue_overrides."a b"]\n', "queue_overrides.a b"),
        ("visibility = 3\n", "visibility"),
        ("[visibility]\nrevealed = 1.5\n", "visibility.revealed"),
        ("[caps]\ndaily_budget_dose = 1e9\n", "caps.daily_budget_dose"),
        ("[caps]\ndaily_budget_dose = inf\n", "caps.daily_budget_dose"),
        ("[breaks]\nbreak_minutes = 100000\n", "breaks.break_minutes"),
        ("[breaks]\npostponements_allowed = 1000\n", "breaks.postponements_allowed"),
        ("min_group_size = 99999999999\n", "min_group_size"),
        ("support_contact = 5\n", "support_contact"),
        ('support_contact = "a\\u0007b"\n', "support_contact"),
        ("[screening]\nenabled = 'yes'\n", "screening.enabled"),
        ("[screening]\ninterval_days = 3\n", "screening.interval_days"),
    ],
)
def test_bad_files_name_the_key(text: str, key: str) -> None:
    with pytest.raises(ValueError, match=key.replace(".", r"\.")):
        policy_from_toml(text)


def test_invalid_toml_syntax_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not valid TOML"):
        policy_from_toml("[breaks\n")


def test_load_policy_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("[caps]\ndaily_budget_dose = 0\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"policy\.toml.*caps\.daily_budget_dose"):
        load_policy(path)


def test_partial_file_keeps_defaults_for_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("[caps]\ndaily_budget_dose = 300\n", encoding="utf-8")
    loaded = load_policy(path)
    assert loaded.caps.daily_budget_dose == 300.0
    assert loaded.breaks == BreakPolicy()
    assert loaded.visibility == VisibilityWeights()


def test_policy_mappings_are_read_only(policy: WellbeingPolicy) -> None:
    with pytest.raises(TypeError):
        policy.severity_weights[1] = 9.0  # type: ignore[index]


_weights = st.floats(min_value=0.0, max_value=50.0, allow_nan=False)
_positive = st.floats(min_value=0.01, max_value=1000.0, allow_nan=False)
_fractions = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
_positive_fraction = st.floats(min_value=0.0, max_value=1.0, allow_nan=False, exclude_min=True)
_contact_chars = st.characters().filter(lambda c: c.isprintable() or c == "\n")


@st.composite
def _policies(draw: st.DrawFn) -> WellbeingPolicy:
    tiers = draw(st.lists(_weights, min_size=1, max_size=6))
    severity = {i + 1: w for i, w in enumerate(tiers)}
    soft_dose, enforced_dose = sorted(draw(st.tuples(_positive, _positive)))
    soft_min, enforced_min = sorted(draw(st.tuples(_positive, _positive)))
    names = draw(st.lists(st.text(min_size=0, max_size=12), max_size=3, unique=True))
    overrides = {
        name: draw(
            st.one_of(
                st.builds(QueueOverride, severity_weight=_weights),
                st.builds(QueueOverride, tier=st.integers(1, len(tiers))),
                st.builds(QueueOverride, severity_weight=_weights, tier=st.integers(1, len(tiers))),
            )
        )
        for name in names
    }
    return WellbeingPolicy(
        visibility=VisibilityWeights(*draw(st.tuples(*[_fractions] * 5, _positive_fraction, _fractions))),
        severity_weights=severity,
        idle_seconds=draw(_positive),
        clock_jump_seconds=draw(_positive),
        breaks=BreakPolicy(
            soft_prompt_dose=soft_dose,
            soft_prompt_continuous_minutes=soft_min,
            enforced_dose=enforced_dose,
            enforced_continuous_minutes=enforced_min,
            break_minutes=draw(_positive),
            enforced_break_minutes=draw(_positive),
            postponements_allowed=draw(st.integers(0, 5)),
            postpone_max_minutes=draw(_positive),
        ),
        caps=CapPolicy(
            daily_budget_dose=draw(_positive),
            lock_tiers_above=draw(st.integers(0, 6)),
            rotation_after_consecutive_high=draw(st.integers(1, 30)),
            high_severity_tier=draw(st.integers(1, len(tiers))),
        ),
        queue_overrides=overrides,
        min_group_size=draw(st.integers(3, 20)),
        support_contact=draw(st.text(_contact_chars, max_size=40)),
        screening=ScreeningPolicy(draw(st.booleans()), draw(st.integers(14, 365))),
    )


@settings(max_examples=60, deadline=None)
@given(_policies())
def test_policy_round_trips_through_toml(policy: WellbeingPolicy) -> None:
    assert policy_from_toml(policy_to_toml(policy)) == policy


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("[breaks]\nsoft_prompt_dose = -1\n", "breaks.soft_prompt_dose must be a number greater than 0"),
        ("[visibility]\nrevealed = nan\n", "visibility.revealed must be a number from 0 to 1, got nan"),
        ("[caps]\ndaily_budget_dose = 1e9\n", "at most 100000"),
        ("min_group_size = 'five'\n", "min_group_size must be an integer, got 'five'"),
        ("[breaks]\npostponements_allowed = 1000\n", "a whole number from 0 to 10, got 1000"),
    ],
)
def test_bad_values_get_a_sentence_a_person_can_act_on(text: str, sentence: str) -> None:
    with pytest.raises(ValueError) as caught:
        policy_from_toml(text)
    assert sentence in str(caught.value)


def test_changes_name_each_setting_that_moved(policy: WellbeingPolicy) -> None:
    from dataclasses import replace

    from wellbeing.policy import policy_changes

    new = replace(
        policy,
        caps=replace(policy.caps, daily_budget_dose=200.0),
        support_contact="Dr. Rivera, ext. 4411",
        screening=ScreeningPolicy(enabled=True),
    )
    assert policy_changes(policy, new) == [
        "caps.daily_budget_dose: 240 -> 200",
        "screening.enabled: false -> true",
        "support_contact: '' -> 'Dr. Rivera, ext. 4411'",
    ]
    assert policy_changes(policy, policy) == []

"""The exposure meter against docs/architecture.md, invariant 4: what counts, when, and how much."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing.clock import FakeClock
from wellbeing.exposure import ExposureMeter, ExposureSpan, ViewState, visibility_weight
from wellbeing.policy import QueueOverride, VisibilityWeights, WellbeingPolicy

BLURRED = ViewState(media_visible=True)
REVEALED = ViewState(media_visible=True, revealed=True)


class Recorder:
    """Drives a meter like the app's timers do and keeps every span it hands out."""

    def __init__(self, meter: ExposureMeter, clock: FakeClock) -> None:
        self.meter, self.clock, self.spans = meter, clock, list[ExposureSpan]()

    def run(self, seconds: int, *, input_every: int | None = 10) -> None:
        for second in range(1, seconds + 1):
            self.clock.advance(1)
            if input_every is not None and second % input_every == 0:
                self.meter.user_input()
            self.spans += self.meter.tick()

    def flushed(self) -> list[ExposureSpan]:
        return self.spans + self.meter.flush()


def run_for(meter: ExposureMeter, clock: FakeClock, seconds: int, *, input_every: int | None = 10) -> None:
    """Tick once a second for ``seconds``, with input on schedule (spans are dropped)."""
    Recorder(meter, clock).run(seconds, input_every=input_every)


# --- weights


def test_one_blurred_gray_minute_of_tier_4_is_a_fifth_of_a_dose(
    meter: ExposureMeter, clock: FakeClock
) -> None:
    meter.item_shown("i1", "violence", 4)
    assert meter.explain() == "blurred+gray (0.10) x severity tier 4 (2.0) = 0.20 per minute"
    run_for(meter, clock, 60)
    assert meter.dose_today == pytest.approx(0.2)
    assert meter.current_weight == pytest.approx(0.2)


_weight = st.floats(min_value=0.01, max_value=10.0, allow_nan=False)
_fraction = st.floats(min_value=0.01, max_value=1.0, allow_nan=False)  # a view weight is a fraction


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(revealed=_fraction, blurred=_fraction, tier1=_weight, tier4=_weight)
def test_revealed_tier_4_minute_over_blurred_tier_1_minute_is_the_weights_ratio(
    revealed: float, blurred: float, tier1: float, tier4: float
) -> None:
    policy = WellbeingPolicy(
        visibility=VisibilityWeights(blurred_gray=blurred, revealed=revealed),
        severity_weights={1: tier1, 2: 1.0, 3: 1.0, 4: tier4},
    )
    doses = []
    for view, tier in ((REVEALED, 4), (BLURRED, 1)):
        clock = FakeClock()
        meter = ExposureMeter(policy, clock)
        meter.item_shown("i", "q", tier, view)
        run_for(meter, clock, 60)
        doses.append(meter.dose_today)
    assert doses[0] / doses[1] == pytest.approx((revealed * tier4) / (blurred * tier1), rel=1e-12)
    assert doses[0] == pytest.approx(revealed * tier4, rel=1e-12)


def test_with_the_shipped_weights_a_revealed_tier_4_minute_is_40_blurred_tier_1_minutes(
    policy: WellbeingPolicy,
) -> None:
    weights, severity = policy.visibility, policy.severity_weights
    assert (weights.revealed * severity[4]) / (weights.blurred_gray * severity[1]) == pytest.approx(40.0)


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (ViewState(), 0.0),
        (ViewState(media_visible=True), 0.1),
        (ViewState(media_visible=True, grayscale=False), 0.2),
        (ViewState(media_visible=True, blur_level=0, stylised=True, grayscale=False), 0.3),
        (ViewState(media_visible=True, blur_level=0), 0.6),
        (ViewState(media_visible=True, blur_level=0, grayscale=False), 1.0),
        (ViewState(media_visible=True, blur_level=0, stylised=True), 0.3),  # lowest of the active filters
        (ViewState(media_visible=True, revealed=True), 1.0),
        (ViewState(media_visible=True, spotlight_fraction=0.25), 0.1 + 0.9 * 0.25),
        (ViewState(media_visible=True, spotlight_fraction=2.0), 1.0),  # clamped
        (ViewState(media_visible=True, audio_unmuted=True), 0.1),  # audio only counts while playing
        (ViewState(media_visible=True, audio_unmuted=True, playing=True), 0.4),
        (ViewState(media_visible=True, playing=True), 0.1),
        (ViewState(media_visible=False, audio_unmuted=True, playing=True, revealed=True), 0.0),
    ],
)
def test_visibility_weight(state: ViewState, expected: float) -> None:
    assert visibility_weight(VisibilityWeights(), state) == pytest.approx(expected)


def test_spotlight_counts_as_revealed_seconds(meter: ExposureMeter, clock: FakeClock) -> None:
    rec = Recorder(meter, clock)
    meter.item_shown("i", "q", 2, ViewState(media_visible=True, spotlight_fraction=0.5))
    rec.run(30)
    meter.view_changed(BLURRED)
    rec.run(30)
    spans = rec.flushed()
    assert sum(s.revealed_seconds for s in spans) == 30
    assert sum(s.seconds for s in spans) == 60
    assert meter.dose_today == pytest.approx(30 / 60 * 0.55 + 30 / 60 * 0.1)
    assert "50% spotlight (0.55)" in ExposureMeter.explain(_meter_with_view(ViewState(media_visible=True,
                                                                                       spotlight_fraction=0.5)))


def _meter_with_view(view: ViewState) -> ExposureMeter:
    meter = ExposureMeter(WellbeingPolicy(), FakeClock())
    meter.item_shown("i", "q", 2, view)
    return meter


def test_queue_override_weight_is_used_and_explained(clock: FakeClock) -> None:
    policy = WellbeingPolicy(queue_overrides={"gore": QueueOverride(severity_weight=2.5)})
    meter = ExposureMeter(policy, clock)
    meter.item_shown("i", "gore", 1, REVEALED)
    assert meter.explain() == "revealed (1.00) x severity of queue 'gore' (2.5) = 2.50 per minute"
    run_for(meter, clock, 60)
    assert meter.dose_today == pytest.approx(2.5)


def test_unknown_tier_is_refused_without_changing_state(meter: ExposureMeter, clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="tier 9"):
        meter.item_shown("i", "q", 9)
    run_for(meter, clock, 60)
    assert meter.dose_today == 0.0
    assert meter.recent_tiers == ()


# --- when nothing counts


def test_nothing_counts_without_an_item_or_with_media_hidden(meter: ExposureMeter, clock: FakeClock) -> None:
    meter.view_changed(REVEALED)  # no item open
    run_for(meter, clock, 30)
    meter.item_shown("i", "q", 4, ViewState(media_visible=False))
    run_for(meter, clock, 30)
    assert meter.dose_today == 0.0
    assert meter.explain().startswith("not counted: media hidden")


def test_nothing_counts_while_unfocused(meter: ExposureMeter, clock: FakeClock) -> None:
    meter.item_shown("i", "q", 4, REVEALED)
    meter.focus_changed(False)
    run_for(meter, clock, 120)
    assert meter.dose_today == 0.0
    assert "window not active" in meter.explain()
    meter.focus_changed(True)
    run_for(meter, clock, 30)
    assert meter.dose_today == pytest.approx(1.0)


def test_nothing_counts_behind_the_panic_key_or_on_a_break(meter: ExposureMeter, clock: FakeClock) -> None:
    meter.item_shown("i", "q", 4, REVEALED)
    meter.panic(True)
    run_for(meter, clock, 60)
    meter.panic(False)
    meter.break_started()
    run_for(meter, clock, 60)
    assert meter.dose_today == 0.0
    assert "on a break" in meter.explain()


def test_idle_stops_counting_exactly_idle_seconds_after_the_last_input(
    meter: ExposureMeter, clock: FakeClock, policy: WellbeingPolicy
) -> None:
    rec = Recorder(meter, clock)
    start = clock.now()
    meter.item_shown("i", "q", 2, REVEALED)  # opening an item is input
    rec.run(10)
    meter.user_input()  # last input at t=10
    rec.run(200, input_every=None)
    assert policy.idle_seconds == 60
    assert meter.dose_today == pytest.approx((10 + 60) / 60)
    assert meter.continuous_seconds == 70
    assert meter.explain().startswith("not counted: idle")
    spans = rec.flushed()
    assert sum(s.seconds for s in spans) == 70
    assert spans[-1].ended_at == start + timedelta(seconds=70)


def test_idle_cut_does_not_depend_on_how_often_tick_runs(policy: WellbeingPolicy) -> None:
    clock = FakeClock()
    meter = ExposureMeter(policy, clock)
    meter.item_shown("i", "q", 2, REVEALED)
    clock.advance(1000)  # nobody ticked for 1000 s
    assert meter.dose_today == pytest.approx(60 / 60)


def test_input_after_idle_resumes_counting_from_the_input(meter: ExposureMeter, clock: FakeClock) -> None:
    meter.item_shown("i", "q", 2, REVEALED)
    clock.advance(300)
    meter.user_input()
    run_for(meter, clock, 30)
    assert meter.dose_today == pytest.approx((60 + 30) / 60)


# --- clock jumps


def _jump(clock: FakeClock, kind: str) -> None:
    if kind == "suspend":
        clock.suspend(3600)
    elif kind == "forward":
        clock.jump_wall(3600)
    else:
        clock.jump_wall(-5)


@pytest.mark.parametrize("kind", ["suspend", "forward", "backward"])
def test_a_clock_jump_adds_nothing(policy: WellbeingPolicy, kind: str) -> None:
    """The same session with and without a jump in the middle yields the same dose and span seconds."""
    results = []
    for with_jump in (False, True):
        clock = FakeClock()
        meter = ExposureMeter(policy, clock)
        rec = Recorder(meter, clock)
        meter.item_shown("i", "q", 4, REVEALED)
        rec.run(30)
        if with_jump:
            _jump(clock, kind)
        meter.user_input()
        rec.run(30)
        results.append((meter.dose_today, sum(s.seconds for s in rec.flushed()), len(meter.clock_jumps)))
    assert results[0][:2] == results[1][:2] == (pytest.approx(2.0), 60)
    assert (results[0][2], results[1][2]) == (0, 1)


@pytest.mark.parametrize("kind", ["suspend", "forward", "backward"])
def test_after_a_clock_jump_counting_waits_for_input(
    meter: ExposureMeter, clock: FakeClock, kind: str
) -> None:
    meter.item_shown("i", "q", 4, REVEALED)
    run_for(meter, clock, 30)
    before = meter.dose_today
    _jump(clock, kind)
    meter.tick()  # the app's next tick notices it
    run_for(meter, clock, 20, input_every=None)
    assert meter.dose_today == before
    assert "clock jump" in meter.explain()
    meter.user_input()
    run_for(meter, clock, 30)
    assert meter.dose_today == pytest.approx(before + 1.0)


def test_small_wall_drift_is_not_a_jump(
    meter: ExposureMeter, clock: FakeClock, policy: WellbeingPolicy
) -> None:
    meter.item_shown("i", "q", 2, REVEALED)
    clock.jump_wall(policy.clock_jump_seconds)  # exactly the threshold: not more than it
    clock.advance(30)
    assert meter.clock_jumps == ()
    assert meter.dose_today == pytest.approx(0.5)


def test_spans_are_stamped_from_wall_time_but_measured_by_monotonic_time(
    meter: ExposureMeter, clock: FakeClock
) -> None:
    rec = Recorder(meter, clock)
    start = clock.now()
    meter.item_shown("i", "q", 2, REVEALED)
    rec.run(10)
    clock.suspend(600)
    meter.user_input()
    rec.run(10)
    spans = rec.flushed()
    assert [(s.started_at, s.ended_at, s.seconds) for s in spans] == [
        (start, start + timedelta(seconds=10), 10),
        (start + timedelta(seconds=610), start + timedelta(seconds=620), 10),
    ]


# --- spans


def test_spans_are_cut_every_max_span_seconds_at_exact_boundaries(
    clock: FakeClock, policy: WellbeingPolicy
) -> None:
    meter = ExposureMeter(policy, clock, max_span_seconds=15)
    meter.item_shown("i", "q", 2, REVEALED)
    clock.advance(40)
    spans = meter.tick()  # the open 10 s stays open: crash loses at most one max span
    assert [s.seconds for s in spans] == [15, 15]
    assert [s.seconds for s in meter.flush()] == [10]
    assert meter.flush() == []


def test_a_weight_or_item_change_starts_a_new_span(meter: ExposureMeter, clock: FakeClock) -> None:
    rec = Recorder(meter, clock)
    meter.item_shown("i1", "q", 2)
    rec.run(5)
    meter.view_changed(BLURRED)  # same weight: same span
    rec.run(5)
    meter.view_changed(REVEALED)
    rec.run(5)
    meter.item_shown("i2", "q", 2, REVEALED)
    rec.run(5)
    spans = rec.flushed()
    assert [(s.item_id, s.seconds, s.visibility_weight) for s in spans] == [
        ("i1", 10, 0.1), ("i1", 5, 1.0), ("i2", 5, 1.0)
    ]
    for span in spans:
        assert span.dose == pytest.approx(span.seconds / 60 * span.visibility_weight * span.severity_weight)
        assert span.ended_at - span.started_at == timedelta(seconds=span.seconds)


def test_events_close_spans_that_the_next_tick_returns(meter: ExposureMeter, clock: FakeClock) -> None:
    meter.item_shown("i1", "q", 2)
    clock.advance(5)
    meter.item_closed()
    assert [s.seconds for s in meter.tick()] == [5]


# --- time on task, breaks, days


def test_continuous_time_counts_while_present_and_focused_even_with_media_hidden(
    meter: ExposureMeter, clock: FakeClock
) -> None:
    run_for(meter, clock, 100)  # in the queue view, no item
    meter.focus_changed(False)
    run_for(meter, clock, 60, input_every=None)
    meter.focus_changed(True)
    run_for(meter, clock, 20)
    assert meter.continuous_seconds == 120
    assert meter.dose_today == 0.0


def test_break_resets_since_break_figures_but_not_the_day(meter: ExposureMeter, clock: FakeClock) -> None:
    meter.item_shown("i", "q", 4, REVEALED)
    run_for(meter, clock, 60)
    meter.break_started()
    run_for(meter, clock, 300, input_every=None)
    meter.break_ended()
    assert meter.continuous_seconds == 0
    assert meter.dose_since_break == 0
    assert meter.dose_today == pytest.approx(2.0)
    assert meter.natural_breaks == 0  # an announced break is not also a natural one


def test_a_short_break_can_be_declared_not_to_count(meter: ExposureMeter, clock: FakeClock) -> None:
    meter.item_shown("i", "q", 4, REVEALED)
    run_for(meter, clock, 60)
    meter.break_started()
    clock.advance(30)
    meter.break_ended(counts_as_break=False)
    assert meter.continuous_seconds == 60
    assert meter.dose_since_break == pytest.approx(2.0)


def test_an_absence_of_break_minutes_is_a_natural_break(
    meter: ExposureMeter, clock: FakeClock, policy: WellbeingPolicy
) -> None:
    run_for(meter, clock, 600)
    meter.focus_changed(False)
    run_for(meter, clock, int(policy.breaks.break_minutes * 60) - 1, input_every=None)
    assert meter.continuous_seconds == 600 and meter.natural_breaks == 0
    run_for(meter, clock, 1, input_every=None)
    assert meter.continuous_seconds == 0 and meter.natural_breaks == 1


def test_idle_time_counts_toward_a_natural_break(meter: ExposureMeter, clock: FakeClock) -> None:
    run_for(meter, clock, 600)
    run_for(meter, clock, 60 + 299, input_every=None)  # 60 s present, then 299 s idle
    assert meter.natural_breaks == 0 and meter.continuous_seconds == 660
    run_for(meter, clock, 1, input_every=None)
    assert meter.natural_breaks == 1 and meter.continuous_seconds == 0


def test_a_long_suspend_is_a_natural_break(meter: ExposureMeter, clock: FakeClock) -> None:
    run_for(meter, clock, 600)
    clock.suspend(3600)
    meter.tick()
    assert meter.natural_breaks == 1
    assert meter.continuous_seconds == 0


def test_dose_today_can_be_seeded_and_restarted(policy: WellbeingPolicy, clock: FakeClock) -> None:
    meter = ExposureMeter(policy, clock, dose_today=100.0)
    meter.item_shown("i", "q", 4, REVEALED)
    run_for(meter, clock, 30)
    assert meter.dose_today == pytest.approx(101.0)
    assert meter.dose_since_break == pytest.approx(1.0)
    meter.start_new_day()
    assert meter.dose_today == 0.0
    run_for(meter, clock, 30)
    assert meter.dose_today == pytest.approx(1.0)


def test_recent_tiers_use_the_effective_tier(clock: FakeClock) -> None:
    meter = ExposureMeter(WellbeingPolicy(queue_overrides={"calm": QueueOverride(tier=1)}), clock)
    meter.item_shown("a", "calm", 4)
    meter.item_shown("b", "other", 3)
    assert meter.recent_tiers == (1, 3)


def test_constructor_rejects_nonsense(policy: WellbeingPolicy, clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="max_span_seconds"):
        ExposureMeter(policy, clock, max_span_seconds=0)
    with pytest.raises(ValueError, match="dose_today"):
        ExposureMeter(policy, clock, dose_today=-1)
    assert math.isfinite(ExposureMeter(policy, clock).dose_today)


def test_a_scheduler_thread_may_tick_while_events_arrive(policy: WellbeingPolicy) -> None:
    """The lock keeps spans and totals consistent when tick() runs on another thread."""
    import threading

    clock = FakeClock()
    meter = ExposureMeter(policy, clock, max_span_seconds=1.0)
    spans: list[ExposureSpan] = []
    done = threading.Event()

    def ticker() -> None:
        while not done.is_set():
            spans.extend(meter.tick())

    thread = threading.Thread(target=ticker)
    thread.start()
    try:
        for i in range(3000):
            if i % 100 == 0:
                meter.item_shown(f"i{i}", "q", 1 + i // 100 % 4, REVEALED)
            clock.advance(0.25)
            meter.user_input()
    finally:
        done.set()
        thread.join()
    spans += meter.flush()
    assert sum(s.seconds for s in spans) == pytest.approx(3000 * 0.25)
    assert sum(s.dose for s in spans) == pytest.approx(meter.dose_today)


def test_a_full_span_never_exceeds_the_maximum_by_rounding() -> None:
    """Regression: at large monotonic values (start + 15) - start came out as 15.000000000000114."""
    from wellbeing.clock import FakeClock
    from wellbeing.exposure import ExposureMeter, ViewState
    from wellbeing.policy import load_policy

    clock = FakeClock()
    clock.advance(18.948088)  # (1018.948088 + 15) - 1018.948088 > 15 in binary floating point
    meter = ExposureMeter(load_policy(), clock, max_span_seconds=15.0)
    meter.item_shown("item", "queue", 1, ViewState(media_visible=True))
    spans = []
    for _ in range(40):
        clock.advance(0.7)
        meter.user_input()
        spans += meter.tick()
    spans += meter.flush()
    assert spans and all(0 < s.seconds <= 15.0 for s in spans)

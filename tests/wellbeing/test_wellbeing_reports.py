"""Report definitions against values computed by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from wellbeing.reports import (
    Distribution,
    checkin_trend,
    days_over_budget,
    distribution,
    dose_by_day,
    percentile,
    suppress_small_groups,
)


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([7.0], 90, 7.0),
        ([1.0, 2.0, 3.0, 4.0], 50, 2.5),  # rank 1.5 -> halfway between 2 and 3
        ([1.0, 2.0, 3.0, 4.0], 90, 3.7),  # rank 2.7 -> 3 + 0.7 * (4 - 3)
        ([10.0, 0.0, 5.0], 0, 0.0),
        ([10.0, 0.0, 5.0], 100, 10.0),
        ([10.0, 0.0, 5.0], 25, 2.5),  # sorted 0, 5, 10; rank 0.5
        ([15.0, 20.0, 35.0, 40.0, 50.0], 40, 29.0),  # rank 1.6 -> 20 + 0.6 * 15
    ],
)
def test_percentile_linear_interpolation(values: list[float], q: float, expected: float) -> None:
    assert percentile(values, q) == pytest.approx(expected)


def test_percentile_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="no values"):
        percentile([], 50)
    with pytest.raises(ValueError, match=r"0\.\.100"):
        percentile([1.0], 101)


def test_distribution_by_hand() -> None:
    doses = {"ana": 100.0, "ben": 250.0, "cai": 240.0, "dee": 10.0, "eve": 300.0}
    # sorted: 10, 100, 240, 250, 300; median rank 2 -> 240; p90 rank 3.6 -> 250 + 0.6 * 50 = 280
    result = distribution(doses, budget=240.0)
    assert result == Distribution(
        count=5, median=240.0, p90=result.p90, maximum=300.0, over_budget=3, mean=180.0
    )
    assert result.p90 == pytest.approx(280.0)


def test_no_order_statistic_for_readers_who_may_not_see_one_person() -> None:
    """The median of five is the third person's dose, the maximum the top one's: both withheld."""
    doses = {"ana": 100.0, "ben": 250.0, "cai": 240.0, "dee": 10.0, "eve": 300.0}
    result = distribution(doses, budget=240.0, order_statistics=False)
    assert result == Distribution(count=5, median=None, p90=None, maximum=None, over_budget=3, mean=180.0)


def test_distribution_of_nobody_has_no_statistics() -> None:
    assert distribution({}, budget=240.0) == Distribution(0, None, None, None, 0)


def test_suppress_groups_under_five_people() -> None:
    groups = {"team-a": 12.5, "team-b": 30.0, "team-c": 7.0, "team-d": 1.0}
    sizes = {"team-a": 5, "team-b": 4, "team-c": 40}
    assert suppress_small_groups(groups, sizes) == {
        "team-a": 12.5, "team-b": None, "team-c": 7.0, "team-d": None  # d: size unknown
    }
    assert suppress_small_groups(groups, sizes, min_size=6) == {
        "team-a": None, "team-b": None, "team-c": 7.0, "team-d": None
    }


def test_days_over_budget() -> None:
    daily = {date(2026, 1, 5): 239.9, date(2026, 1, 6): 240.0, date(2026, 1, 7): 300.0, date(2026, 1, 8): 0.0}
    assert days_over_budget(daily, 240.0) == 2
    assert days_over_budget({}, 240.0) == 0


def test_checkin_trend_slope_per_week() -> None:
    # Mood falls one point every two days: slope -0.5 per day = -3.5 per week.
    moods = [(date(2026, 1, 5), 5), (date(2026, 1, 7), 4), (date(2026, 1, 9), 3)]
    assert checkin_trend(moods) == pytest.approx(-3.5)


def test_checkin_trend_least_squares_by_hand() -> None:
    # x = 0, 1, 2, 3 days; y = 2, 4, 3, 5. mean x 1.5, mean y 3.5
    # Sxy = (-1.5)(-1.5) + (-0.5)(0.5) + (0.5)(-0.5) + (1.5)(1.5) = 4.0; Sxx = 5.0 -> 0.8/day = 5.6/week
    moods = [(date(2026, 2, 2), 2), (date(2026, 2, 3), 4), (date(2026, 2, 4), 3), (date(2026, 2, 5), 5)]
    assert checkin_trend(list(reversed(moods))) == pytest.approx(5.6)


def test_checkin_trend_needs_two_days() -> None:
    assert checkin_trend([]) is None
    assert checkin_trend([(date(2026, 1, 5), 3)]) is None
    assert checkin_trend([(date(2026, 1, 5), 3), (date(2026, 1, 5), 5)]) is None
    two_days = [(date(2026, 1, 5), 3), (date(2026, 1, 5), 5), (date(2026, 1, 6), 4)]
    assert checkin_trend(two_days) == pytest.approx(0.0)


@dataclass(frozen=True)
class _Row:
    started_at: datetime
    ended_at: datetime
    dose: float


def test_dose_by_day_uses_the_local_day_and_splits_across_midnight() -> None:
    berlin = ZoneInfo("Europe/Berlin")  # UTC+1 in January
    rows = [
        # 22:30-23:30 UTC is 23:30-00:30 in Berlin: half on the 5th, half on the 6th.
        _Row(datetime(2026, 1, 5, 22, 30, tzinfo=UTC), datetime(2026, 1, 5, 23, 30, tzinfo=UTC), 3.0),
        # A naive stored row is UTC: 10:00 UTC is 11:00 in Berlin on the 6th.
        _Row(datetime(2026, 1, 6, 10, 0), datetime(2026, 1, 6, 10, 1), 0.5),
        _Row(datetime(2026, 1, 7, 8, 0, tzinfo=UTC), datetime(2026, 1, 7, 8, 0, tzinfo=UTC), 0.25),
    ]
    assert dose_by_day(rows, berlin) == {
        date(2026, 1, 5): pytest.approx(1.5),
        date(2026, 1, 6): pytest.approx(2.0),
        date(2026, 1, 7): pytest.approx(0.25),
    }
    assert dose_by_day(rows, UTC) == {
        date(2026, 1, 5): pytest.approx(3.0),
        date(2026, 1, 6): pytest.approx(0.5),
        date(2026, 1, 7): pytest.approx(0.25),
    }

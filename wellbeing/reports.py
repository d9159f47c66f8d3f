"""Definitions of the report figures, over rows handed in by ``workstation`` (no SQL here).

Keeping the definitions here means the dashboard, the CLI export and the tests all agree on what
"p90" or "over budget" mean, whatever database computed the inputs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol, TypeVar

from wellbeing.policy import budget_spent

__all__ = [
    "Distribution",
    "checkin_trend",
    "days_over_budget",
    "distribution",
    "dose_by_day",
    "percentile",
    "suppress_small_groups",
]

T = TypeVar("T")


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (q in 0..100) by linear interpolation between closest ranks.

    Same as numpy's default (``method="linear"``): rank ``(n - 1) * q / 100`` in the sorted values,
    interpolated between its neighbours. Raises ValueError on no values or q outside 0..100.
    """
    if not values:
        raise ValueError("percentile of no values")
    if not 0.0 <= q <= 100.0:
        raise ValueError(f"percentile q must be within 0..100, got {q}")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    fraction = rank - low
    return ordered[low] + (ordered[high] - ordered[low]) * fraction


@dataclass(frozen=True)
class Distribution:
    """Doses across people. The statistics are None when there is nobody (not 0, which would be a claim)."""

    count: int
    median: float | None
    p90: float | None
    maximum: float | None
    over_budget: int


def distribution(doses_by_person: Mapping[str, float], budget: float) -> Distribution:
    """Median, p90 and maximum of per-person doses, and how many people spent their budget
    (``budget_spent``: at or above it)."""
    values = list(doses_by_person.values())
    if not values:
        return Distribution(count=0, median=None, p90=None, maximum=None, over_budget=0)
    return Distribution(
        count=len(values),
        median=percentile(values, 50),
        p90=percentile(values, 90),
        maximum=max(values),
        over_budget=sum(1 for dose in values if budget_spent(dose, budget)),
    )


def suppress_small_groups(
    groups: Mapping[str, T], sizes: Mapping[str, int], min_size: int = 5
) -> dict[str, T | None]:
    """Replace the figures of groups with fewer than ``min_size`` people by None ("suppressed").

    Care data stays care data (design.md invariant 5): a group of unknown size is suppressed too.
    """
    return {name: value if sizes.get(name, 0) >= min_size else None for name, value in groups.items()}


def days_over_budget(daily_doses: Mapping[date, float], budget: float) -> int:
    """How many days the dose reached the budget (``budget_spent``)."""
    return sum(1 for dose in daily_doses.values() if budget_spent(dose, budget))


def checkin_trend(moods: Sequence[tuple[date, int]]) -> float | None:
    """Least-squares slope of mood (1-5) against time, in mood points per week.

    Every check-in is a point (several on one day all count). None when the check-ins span fewer than
    two distinct days, since no slope can be drawn.
    """
    if len({day for day, _ in moods}) < 2:
        return None
    origin = min(day for day, _ in moods)
    xs = [float((day - origin).days) for day, _ in moods]
    ys = [float(mood) for _, mood in moods]
    mean_x = sum(xs) / len(xs)
    mean_y = sum(ys) / len(ys)
    sxx = sum((x - mean_x) ** 2 for x in xs)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return sxy / sxx * 7.0


class SpanLike(Protocol):
    """Anything with the three fields a daily total needs: an ``ExposureSpan`` or a stored span row."""

    @property
    def started_at(self) -> datetime: ...

    @property
    def ended_at(self) -> datetime: ...

    @property
    def dose(self) -> float: ...


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; the store writes UTC, so read them as UTC.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def dose_by_day(spans: Iterable[SpanLike], tz: tzinfo) -> dict[date, float]:
    """Dose per local calendar day in ``tz`` (the reviewer's day, not UTC's), for ``days_over_budget``.

    A span across local midnight is split in proportion to its wall time on each side; a span of no
    length counts on the day it started. Naive datetimes are taken as UTC.
    """
    totals: dict[date, float] = {}
    for span in spans:
        start, end = _aware(span.started_at).astimezone(tz), _aware(span.ended_at).astimezone(tz)
        length = (end - start).total_seconds()
        if length <= 0:
            totals[start.date()] = totals.get(start.date(), 0.0) + span.dose
            continue
        cursor = start
        while cursor < end:
            midnight = datetime.combine(cursor.date() + timedelta(days=1), time(0), tzinfo=tz)
            piece_end = min(end, midnight)
            share = (piece_end - cursor).total_seconds() / length
            totals[cursor.date()] = totals.get(cursor.date(), 0.0) + span.dose * share
            cursor = piece_end
    return totals

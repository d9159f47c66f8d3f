"""Definitions of the report figures, over rows handed in by ``workstation`` (no SQL here).

Keeping the definitions here means the dashboard, the CLI export and the tests all agree on what
"p90" or "over budget" mean, whatever database computed the inputs.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Final, Protocol, TypeVar

from wellbeing.policy import budget_spent

__all__ = [
    "TOTAL",
    "Distribution",
    "checkin_trend",
    "complementary_suppression",
    "days_over_budget",
    "distribution",
    "dose_by_day",
    "percentile",
    "suppress_small_groups",
]

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


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
    """Doses across people. The statistics are None when there is nobody (not 0, which would be a claim),
    and the order statistics are None when withheld (see ``distribution``)."""

    count: int
    median: float | None
    p90: float | None
    maximum: float | None
    over_budget: int
    mean: float | None = None


def distribution(
    doses_by_person: Mapping[str, float], budget: float, *, order_statistics: bool = True
) -> Distribution:
    """Mean, median, p90 and maximum of per-person doses, and how many people spent their budget
    (``budget_spent``: at or above it).

    ``order_statistics=False`` is the rule for readers who may not see one person's figure (leads and
    admins; docs/architecture.md, invariant 5): no median, percentile, maximum or minimum, whatever
    the group's size. An order statistic *is* one person's figure (the maximum; the median of an odd
    group; any percentile whose rank ``(n - 1) q / 100`` is whole) or a weighted mean of two
    neighbours' figures, so no group size makes it safe. The mean stays: it is the group's total over
    its head count, both published anyway, so it tells a reader nothing a sum does not.
    """
    values = list(doses_by_person.values())
    if not values:
        return Distribution(count=0, median=None, p90=None, maximum=None, over_budget=0)
    return Distribution(
        count=len(values),
        median=percentile(values, 50) if order_statistics else None,
        p90=percentile(values, 90) if order_statistics else None,
        maximum=max(values) if order_statistics else None,
        over_budget=sum(1 for dose in values if budget_spent(dose, budget)),
        mean=sum(values) / len(values),
    )


def suppress_small_groups(
    groups: Mapping[str, T], sizes: Mapping[str, int], min_size: int = 5
) -> dict[str, T | None]:
    """Replace the figures of groups with fewer than ``min_size`` people by None ("suppressed").

    Wellbeing data stays wellbeing data (docs/architecture.md, invariant 5): a group of unknown size is
    suppressed too. This alone does not stop differencing (a total minus the other groups): a report
    with totals goes through ``complementary_suppression``.
    """
    return {name: value if sizes.get(name, 0) >= min_size else None for name, value in groups.items()}


class _Total:
    """The row or column key of a table's margins (one object, compared by identity)."""

    def __repr__(self) -> str:
        return "TOTAL"


TOTAL: Final = _Total()

Node = tuple[str, Hashable]


def complementary_suppression(
    people: Mapping[K, int | None],
    tables: Sequence[Mapping[tuple[Hashable, Hashable], K]],
    min_size: int,
) -> set[K]:
    """The cells to suppress so that no suppressed cell can be worked out from the published ones.

    ``tables`` are two-way tables published with their margins: ``table[(row, col)]`` is the key of
    a cell, ``table[(row, TOTAL)]`` the row's total, ``table[(TOTAL, col)]`` the column's total and
    ``table[(TOTAL, TOTAL)]`` the grand total (for the exposure report: teams or queues by period,
    each team over the range, ``all`` per period, ``all`` over the range). At most two tables, which
    share their total row (same keys). A pair absent from a table is a known zero. ``people`` gives
    each cell's head count; a cell under ``min_size`` people, or of unknown size, is suppressed.

    Why cell suppression and not merging small groups into "other": the time dimension. A team with
    5 people over a year may have 2 on a Saturday; merged into "other" that day, it is still the
    year's total minus its other days. Merging cannot close that margin; suppressing a second cell
    of the team's row (and of the day's column) can, and it keeps every group that is big enough.

    How: a suppressed cell is derivable from the published ones exactly when it is a bridge of the
    graph whose nodes are the table's lines (rows, columns, the margins) and whose edges are the
    suppressed cells (each line sums to its total; a set of lines cut off by one suppressed edge
    sums to that edge plus published cells). The classic rule comes first and does most of the work:
    a line with exactly one suppressed cell gets its smallest published cell suppressed too (inner
    cells before a group's total, before a period's ``all``, fewest people first), repeated until
    stable. Then any remaining bridge (a suppressed cell pinned down through several lines) gets the
    cheapest published cell across its cut suppressed, and the rule runs again. Two tables that
    share a suppressed total are checked together: each table's bridges are found with the other
    table's knowledge of sums of those totals folded in (its total-row node split by the other
    table's blocks), which is exact for sums and differences of published cells. Every step hides
    one more cell, so it ends; at worst everything is hidden.

    Returns every suppressed key (the primary ones and their complements).
    """
    if len(tables) > 2:
        raise ValueError("complementary suppression checks at most two tables sharing their total row")
    order = {k: i for i, k in enumerate(dict.fromkeys([*people, *(k for t in tables for k in t.values())]))}
    tier: dict[K, int] = {}
    lines: list[list[K]] = []
    for table in tables:
        by_row: dict[Hashable, list[K]] = defaultdict(list)
        by_col: dict[Hashable, list[K]] = defaultdict(list)
        for (row, col), key in table.items():
            by_row[row].append(key)
            by_col[col].append(key)
            tier[key] = max(tier.get(key, 0), 2 * (row is TOTAL) + (col is TOTAL))
        lines += [*by_row.values(), *by_col.values()]
    suppressed = {k for k in order if (people.get(k) or 0) < min_size}
    if any(t.get((TOTAL, TOTAL)) in suppressed for t in tables):
        return set(order)  # every cell is part of the grand total: nothing is big enough

    def cost(key: K) -> tuple[int, int, int]:
        return tier.get(key, 0), people.get(key) or 0, order[key]

    lines_of: dict[K, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        for key in line:
            lines_of[key].append(index)
    pending = list(range(len(lines)))
    while True:
        while pending:  # the classic rule, to a fixed point
            line = lines[pending.pop()]
            hidden = sum(1 for k in line if k in suppressed)
            shown = [k for k in line if k not in suppressed]
            if hidden == 1 and shown:
                pick = min(shown, key=cost)
                suppressed.add(pick)
                pending += lines_of[pick]
        found = _bridge_complement(tables, suppressed, cost)
        if found is None:
            return suppressed
        suppressed.add(found)
        pending = list(lines_of[found])


def _bridge_complement(
    tables: Sequence[Mapping[tuple[Hashable, Hashable], K]],
    suppressed: set[K],
    cost: Callable[[K], tuple[int, int, int]],
) -> K | None:
    """A published cell whose suppression protects a derivable suppressed cell, or None if none is."""
    for index, table in enumerate(tables):
        other = tables[1 - index] if len(tables) == 2 else None
        roots = _components(other, suppressed) if other is not None else {}
        pick = _protect_bridges(table, other, roots, suppressed, cost)
        if pick is not None:
            return pick
    return None


def _components(table: Mapping[tuple[Hashable, Hashable], K], suppressed: set[K]) -> dict[Node, Node]:
    """Each node of ``table``'s suppressed cells outside the total row, to its component's root.

    The table pins down the sum of the suppressed totals hanging from each component (a column's
    ``all`` hangs from the column), and nothing finer about them: that is what the other table may use.
    """
    parent: dict[Node, Node] = {}

    def find(node: Node) -> Node:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for (row, col), key in table.items():
        if key in suppressed:
            a, b = find(("c", col)), find(("r", row) if row is not TOTAL else ("c", col))
            parent[a] = b
    return {node: find(node) for node in list(parent)}


def _protect_bridges(
    table: Mapping[tuple[Hashable, Hashable], K],
    other: Mapping[tuple[Hashable, Hashable], K] | None,
    roots: dict[Node, Node],
    suppressed: set[K],
    cost: Callable[[K], tuple[int, int, int]],
) -> K | None:
    """Find the bridges of ``table``'s suppressed cells; return the cheapest cell across a bridge's cut."""

    def ends(row: Hashable, col: Hashable) -> tuple[Node, Node]:
        if row is TOTAL:  # the total row's node, split into the blocks the other table sums
            return ("R", roots.get(("c", col))), ("c", col)
        return ("r", row), ("c", col)

    adjacency: dict[Node, list[tuple[Node, K]]] = defaultdict(list)
    for (row, col), key in table.items():
        if key in suppressed:
            a, b = ends(row, col)
            adjacency[a].append((b, key))
            adjacency[b].append((a, key))
    for bridge, start in _bridges(adjacency):
        side = {start}  # the bridge's component on ``start``'s side of it
        todo = [start]
        while todo:
            for nxt, key in adjacency[todo.pop()]:
                if key != bridge and nxt not in side:
                    side.add(nxt)
                    todo.append(nxt)
        across = []  # published cells in exactly one line of ``side``: the bridge is their signed sum
        for (row, col), key in table.items():
            if key in suppressed:
                continue
            if row is TOTAL:  # a published total sits in its column's line only
                if ("c", col) in side:
                    across.append(key)
            elif (("r", row) in side) != (("c", col) in side):
                across.append(key)
        if across:
            return min(across, key=cost)
        if other is not None:  # pinned by the other table's block sums: widen those blocks
            used = {node[1] for node in side if node[0] == "R" and node[1] is not None}
            widen = [
                key
                for (row, col), key in other.items()
                if key not in suppressed
                and row is not TOTAL
                and (roots.get(("r", row)) in used or roots.get(("c", col)) in used)
            ]
            if widen:
                return min(widen, key=cost)
    return None


def _bridges(adjacency: Mapping[Node, list[tuple[Node, K]]]) -> list[tuple[K, Node]]:
    """The bridges of a multigraph (Tarjan, iterative), each with the endpoint deeper in the DFS."""
    seen: dict[Node, int] = {}
    low: dict[Node, int] = {}
    found: list[tuple[K, Node]] = []
    for root in list(adjacency):
        if root in seen:
            continue
        seen[root] = low[root] = len(seen)
        stack: list[tuple[Node, K | None, Iterator[tuple[Node, K]]]] = [(root, None, iter(adjacency[root]))]
        while stack:
            node, via, edges = stack[-1]
            for nxt, key in edges:
                if key == via:
                    continue
                if nxt in seen:
                    low[node] = min(low[node], seen[nxt])
                else:
                    seen[nxt] = low[nxt] = len(seen)
                    stack.append((nxt, key, iter(adjacency[nxt])))
                    break
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > seen[parent] and via is not None:
                        found.append((via, node))
    return found


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

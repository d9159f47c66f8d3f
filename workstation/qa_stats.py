"""The statistics of quality review, over plain values handed in: no Qt, no SQLAlchemy, no I/O.

- ``agreement``: the share of items on which two reviewers chose the same verdict.
- ``cohen``: Cohen's kappa for two ratings per item, with the large-sample standard error of Fleiss,
  Cohen and Everitt (1969) and a 95 % interval ``kappa ± 1.96·se``.
- ``fleiss``: Fleiss' kappa for items rated by two or more reviewers (the number may differ per
  item: each item's agreement is over its own pairs), with a jackknife (leave one item out) standard
  error and interval: deterministic, and valid where the closed-form variance assumes a fixed count.
- ``confusion``: the matrix of first verdict by second verdict.
- figures are **shown only from n ≥ 30** items (``MIN_N``): below that, a kappa and its interval
  say more about chance than about reviewers, so the result carries ``shown=False`` and no numbers.
- ``stratified_sample``: the QA sample of issue 16 (random, stratified by verdict, a minimum per
  reviewer, every urgent decision of a reviewer in their first two weeks).

A test checks this module imports nothing but the standard library.
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

MIN_N = 30
Z95 = 1.959963984540054


@dataclass(frozen=True)
class Kappa:
    """A kappa with its 95 % interval; ``shown`` False (and no numbers) below ``MIN_N`` items."""

    n: int
    shown: bool
    kappa: float | None = None
    se: float | None = None
    low: float | None = None
    high: float | None = None
    agreement: float | None = None  # observed agreement (Cohen: the share of equal pairs)


def agreement(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """The share of pairs whose two verdicts are equal (None for no pairs)."""
    if not pairs:
        return None
    return sum(1 for a, b in pairs if a == b) / len(pairs)


def confusion(pairs: Sequence[tuple[Hashable, Hashable]]) -> tuple[list[str], list[list[int]]]:
    """Labels (sorted) and ``matrix[i][j]``: items whose first verdict is label i and second label j."""
    labels = sorted({str(a) for a, _ in pairs} | {str(b) for _, b in pairs})
    index = {label: n for n, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for a, b in pairs:
        matrix[index[str(a)]][index[str(b)]] += 1
    return labels, matrix


def _interval(n: int, value: float, se: float, po: float | None) -> Kappa:
    return Kappa(n, True, value, se, value - Z95 * se, value + Z95 * se, po)


def cohen(pairs: Sequence[tuple[Hashable, Hashable]], *, min_n: int = MIN_N) -> Kappa:
    """Cohen's kappa of two ratings per item, with the Fleiss-Cohen-Everitt standard error."""
    n = len(pairs)
    if n < min_n or n == 0:
        return Kappa(n, False)
    labels, matrix = confusion(pairs)
    p = [[c / n for c in row] for row in matrix]
    rows = [sum(r) for r in p]
    cols = [sum(p[i][j] for i in range(len(labels))) for j in range(len(labels))]
    po = sum(p[i][i] for i in range(len(labels)))
    pe = sum(rows[i] * cols[i] for i in range(len(labels)))
    if pe >= 1.0:  # one verdict only, from both: agreement is perfect and chance explains all of it
        return Kappa(n, True, 1.0 if po == 1.0 else 0.0, 0.0, None, None, po)
    k = (po - pe) / (1 - pe)
    size = len(labels)
    a = sum(p[i][i] * (1 - (rows[i] + cols[i]) * (1 - k)) ** 2 for i in range(size))
    b = (1 - k) ** 2 * sum(
        p[i][j] * (cols[i] + rows[j]) ** 2 for i in range(size) for j in range(size) if i != j
    )
    c = (k - pe * (1 - k)) ** 2
    var = max(a + b - c, 0.0) / (n * (1 - pe) ** 2)
    return _interval(n, k, math.sqrt(var), po)


def _fleiss_value(items: Sequence[Mapping[Hashable, int]]) -> float | None:
    totals: Counter[Hashable] = Counter()
    raters = 0
    per_item = []
    for counts in items:
        m = sum(counts.values())
        totals.update(counts)
        raters += m
        per_item.append((sum(c * c for c in counts.values()) - m) / (m * (m - 1)))
    pbar = sum(per_item) / len(per_item)
    pe = sum((t / raters) ** 2 for t in totals.values())
    if pe >= 1.0:
        return None
    return (pbar - pe) / (1 - pe)


def fleiss(ratings: Sequence[Sequence[Hashable]], *, min_n: int = MIN_N) -> Kappa:
    """Fleiss' kappa over items each rated by at least two reviewers (``ratings[i]`` is item i's
    verdicts), with a jackknife 95 % interval. Items with fewer than two ratings are left out."""
    items = [Counter(r) for r in ratings if len(r) >= 2]
    n = len(items)
    if n < min_n or n == 0:
        return Kappa(n, False)
    value = _fleiss_value(items)
    if value is None:
        return Kappa(n, True, None, None, None, None)
    leave_out = [_fleiss_value(items[:i] + items[i + 1 :]) for i in range(n)]
    known = [v for v in leave_out if v is not None]
    mean = sum(known) / len(known)
    se = math.sqrt((n - 1) / n * sum((v - mean) ** 2 for v in known))
    return _interval(n, value, se, None)


def accuracy(pairs: Sequence[tuple[Hashable, Hashable]]) -> tuple[int, int, float | None]:
    """Golden items: ``(correct, n, share)`` of (expected, given) pairs."""
    correct = sum(1 for expected, given in pairs if expected == given)
    return correct, len(pairs), (correct / len(pairs) if pairs else None)


# -- sampling -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A decision that may be sampled for QA."""

    decision_id: int
    reviewer: str
    verdict: str
    urgent: bool = False
    reviewer_since: date | None = None  # the reviewer's first day (their first two weeks: all urgent ones)
    decided_on: date | None = None


def stratified_sample(
    candidates: Iterable[Candidate],
    *,
    rate: float,
    min_per_reviewer: int,
    rng: random.Random,
    new_reviewer_days: int = 14,
) -> list[int]:
    """The decisions to review again, per reviewer: every urgent decision made in the reviewer's
    first ``new_reviewer_days`` days, then, stratified by verdict, ``max(ceil(rate·n),
    min_per_reviewer)`` of their decisions (at most all), each stratum sampled at random in
    proportion to its size (largest remainders get the rounding)."""
    if not 0 < rate <= 1:
        raise ValueError("the rate is a share above 0 and at most 1, e.g. 0.05")
    if min_per_reviewer < 0:
        raise ValueError("the minimum per reviewer cannot be negative")
    by_reviewer: dict[str, list[Candidate]] = defaultdict(list)
    for c in candidates:
        by_reviewer[c.reviewer].append(c)
    chosen: list[int] = []
    for reviewer in sorted(by_reviewer):
        mine = sorted(by_reviewer[reviewer], key=lambda c: c.decision_id)
        forced = [
            c
            for c in mine
            if c.urgent
            and c.reviewer_since is not None
            and c.decided_on is not None
            and c.decided_on < c.reviewer_since + timedelta(days=new_reviewer_days)
        ]
        forced_ids = {c.decision_id for c in forced}
        rest = [c for c in mine if c.decision_id not in forced_ids]
        target = min(len(mine), max(math.ceil(rate * len(mine)), min_per_reviewer)) - len(forced)
        chosen += [c.decision_id for c in forced]
        if target <= 0 or not rest:
            continue
        strata: dict[str, list[Candidate]] = defaultdict(list)
        for c in rest:
            strata[c.verdict].append(c)
        exact = {v: target * len(s) / len(rest) for v, s in strata.items()}
        take = {v: math.floor(x) for v, x in exact.items()}
        short = target - sum(take.values())
        for v in sorted(exact, key=lambda v: (-(exact[v] - take[v]), v))[:short]:
            take[v] += 1
        for v in sorted(strata):
            chosen += [c.decision_id for c in rng.sample(strata[v], min(take[v], len(strata[v])))]
    return sorted(chosen)

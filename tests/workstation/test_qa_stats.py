"""QA statistics against hand-computed examples and reference implementations written here."""

from __future__ import annotations

import math
import random
import subprocess
import sys
from collections import Counter
from datetime import date, timedelta
from itertools import combinations

import pytest

from workstation import qa_stats
from workstation.qa_stats import Candidate, cohen, confusion, fleiss, stratified_sample


def table_pairs(table: list[list[int]], labels: str = "abcdefg") -> list[tuple[str, str]]:
    return [
        (labels[i], labels[j]) for i, row in enumerate(table) for j, c in enumerate(row) for _ in range(c)
    ]


def reference_cohen(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa by counting, written independently of the module."""
    n = len(pairs)
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    po = sum(a == b for a, b in pairs) / n
    pe = sum(first[k] * second[k] for k in first) / (n * n)
    return (po - pe) / (1 - pe)


def jackknife_se(pairs: list[tuple[str, str]]) -> float:
    n = len(pairs)
    values = [reference_cohen(pairs[:i] + pairs[i + 1 :]) for i in range(n)]
    mean = sum(values) / n
    return math.sqrt((n - 1) / n * sum((v - mean) ** 2 for v in values))


def scott_pi(pairs: list[tuple[str, str]]) -> float:
    """Scott's pi: Fleiss' kappa with two ratings per item is exactly this."""
    n = len(pairs)
    pooled = Counter(a for a, _ in pairs) + Counter(b for _, b in pairs)
    po = sum(a == b for a, b in pairs) / n
    pe = sum((c / (2 * n)) ** 2 for c in pooled.values())
    return (po - pe) / (1 - pe)


def test_cohen_on_a_hand_computed_table() -> None:
    # 50 items: both "a" 20, a/b 5, b/a 10, both "b" 15. po = 0.7; marginals (.5,.5) and (.6,.4):
    # pe = .5; kappa = (.7 - .5) / (1 - .5) = 0.4. Fleiss-Cohen-Everitt variance, by hand:
    # A = .4(1 - 1.1*.6)^2 + .3(1 - .9*.6)^2 = .10972; B = .36(.1*1.1^2 + .2*.9^2) = .10188;
    # C = (.4 - .5*.6)^2 = .01; var = (A + B - C) / (50 * .25) = .016128; se = .126996.
    result = cohen(table_pairs([[20, 5], [10, 15]]))
    assert result.shown and result.n == 50
    assert result.kappa == pytest.approx(0.4)
    assert result.agreement == pytest.approx(0.7)
    assert result.se == pytest.approx(math.sqrt(0.016128), abs=1e-9)
    assert result.low == pytest.approx(0.4 - 1.959964 * 0.126996, abs=1e-5)
    assert result.high == pytest.approx(0.4 + 1.959964 * 0.126996, abs=1e-5)


def test_cohen_perfect_and_chance_agreement() -> None:
    perfect = cohen(table_pairs([[20, 0, 0], [0, 10, 0], [0, 0, 5]]))
    assert perfect.kappa == pytest.approx(1.0) and perfect.se == pytest.approx(0.0)
    chance = cohen(table_pairs([[10, 10], [10, 10]]))  # independent ratings: kappa 0
    assert chance.kappa == pytest.approx(0.0)
    assert chance.low < 0 < chance.high  # type: ignore[operator]


@pytest.mark.parametrize("seed", range(5))
def test_cohen_matches_the_reference_and_its_se_the_jackknife(seed: int) -> None:
    rng = random.Random(seed)
    labels = ["allow", "restrict", "remove"]
    pairs = []
    for _ in range(300):
        first = rng.choices(labels, [5, 2, 3])[0]
        second = first if rng.random() < 0.7 else rng.choice(labels)
        pairs.append((first, second))
    result = cohen(pairs)
    assert result.kappa == pytest.approx(reference_cohen(pairs), abs=1e-12)
    assert result.se == pytest.approx(jackknife_se(pairs), rel=0.1)  # two estimators, one quantity


def test_no_figures_below_thirty_items() -> None:
    small = cohen(table_pairs([[14, 1], [2, 12]]))  # 29 items
    assert (small.n, small.shown, small.kappa, small.low, small.high) == (29, False, None, None, None)
    assert cohen(table_pairs([[15, 1], [2, 12]])).shown
    assert not fleiss([["a", "a", "b"]] * 29).shown


def test_fleiss_on_the_published_example() -> None:
    # Fleiss (1971) as worked on Wikipedia's "Fleiss' kappa": 10 items, 14 raters, 5 categories;
    # P-bar = 0.378, Pe-bar = 0.213, kappa = 0.210.
    table = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]
    ratings = [[j for j, c in enumerate(row) for _ in range(c)] for row in table]
    result = fleiss(ratings, min_n=10)
    assert result.kappa == pytest.approx(0.210, abs=0.0005)
    assert result.low < result.kappa < result.high  # type: ignore[operator]


@pytest.mark.parametrize("seed", range(5))
def test_fleiss_with_two_ratings_is_scotts_pi(seed: int) -> None:
    rng = random.Random(seed)
    pairs = [(rng.choice("abc"), rng.choice("abcc")) for _ in range(100)]
    assert fleiss([list(p) for p in pairs]).kappa == pytest.approx(scott_pi(pairs), abs=1e-12)


def test_fleiss_and_its_jackknife_interval_on_a_hand_computed_example() -> None:
    # Five items, three reviewers each: aaa, aab, bbb, abb, aaa. Per item agreement P_i = (sum n^2 - 3) / 6:
    # 1, 1/3, 1, 1/3, 1, so P-bar = 11/15; shares a 9/15, b 6/15, Pe = .36 + .16 = .52;
    # kappa = (11/15 - .52) / .48 = 4/9. Leaving each item out: 1/3, 23/35, 1/9, 5/8, 1/3 (mean .411984);
    # jackknife variance 4/5 * .208376 = .166701, se = .408290; interval 4/9 -+ 1.959964 * se.
    items = [list("aaa"), list("aab"), list("bbb"), list("abb"), list("aaa")]
    result = fleiss(items, min_n=1)
    assert result.kappa == pytest.approx(4 / 9, abs=1e-12)
    assert result.se == pytest.approx(0.408290, abs=1e-5)
    assert result.low == pytest.approx(4 / 9 - 1.959964 * 0.408290, abs=1e-4)
    assert result.high == pytest.approx(4 / 9 + 1.959964 * 0.408290, abs=1e-4)


def reference_fleiss(items: list[list[str]]) -> float:
    """Fleiss' kappa by enumerating every pair of ratings within an item (independent of the module)."""
    agree = [sum(a == b for a, b in combinations(r, 2)) / math.comb(len(r), 2) for r in items]
    every = [v for r in items for v in r]
    pe = sum((every.count(k) / len(every)) ** 2 for k in set(every))
    return (sum(agree) / len(agree) - pe) / (1 - pe)


def reference_fleiss_jackknife(items: list[list[str]]) -> tuple[float, float, float]:
    """(kappa, low, high): the leave-one-item-out standard error over ``reference_fleiss``."""
    n = len(items)
    values = [reference_fleiss(items[:i] + items[i + 1 :]) for i in range(n)]
    mean = sum(values) / n
    se = math.sqrt((n - 1) / n * sum((v - mean) ** 2 for v in values))
    k = reference_fleiss(items)
    return k, k - 1.959963984540054 * se, k + 1.959963984540054 * se


@pytest.mark.parametrize("seed", range(5))
def test_fleiss_matches_the_reference_with_three_to_six_reviewers_per_item(seed: int) -> None:
    rng = random.Random(seed)
    labels = ["allow", "restrict", "remove"]
    items = []
    for _ in range(60):
        truth = rng.choices(labels, [5, 2, 3])[0]
        items.append([truth if rng.random() < 0.6 else rng.choice(labels) for _ in range(rng.randint(3, 6))])
    result = fleiss(items)
    k, low, high = reference_fleiss_jackknife(items)
    assert result.shown and result.n == 60
    assert result.kappa == pytest.approx(k, abs=1e-12)
    assert (result.low, result.high) == (pytest.approx(low, abs=1e-9), pytest.approx(high, abs=1e-9))


def test_fleiss_interval_agrees_with_the_closed_form_under_chance() -> None:
    """Ratings by chance, four per item: the jackknife standard error and Fleiss, Nee and Landis'
    (1979) closed form for a fixed number of raters estimate one quantity."""
    rng = random.Random(4)
    labels, weights = ["a", "b", "c"], [5, 3, 2]
    n, m = 400, 4
    items = [rng.choices(labels, weights, k=m) for _ in range(n)]
    every = [v for r in items for v in r]
    p = [every.count(k) / len(every) for k in labels]
    pq = sum(x * (1 - x) for x in p)
    var0 = 2 / (n * m * (m - 1)) * (pq**2 - sum(x * (1 - x) * (1 - 2 * x) for x in p)) / pq**2
    result = fleiss(items)
    assert result.se == pytest.approx(math.sqrt(var0), rel=0.25)
    assert result.low < 0 < result.high  # type: ignore[operator]


def test_fleiss_is_shown_from_thirty_items_seen_by_more_than_two() -> None:
    assert not fleiss([list("aab")] * 15 + [list("abb")] * 14).shown  # 29
    assert fleiss([list("aab")] * 15 + [list("abb")] * 15).shown  # 30
    two = fleiss([list("ab")] * 40 + [list("a")] * 5)  # single ratings are left out
    assert two.n == 40


def test_confusion_matrix() -> None:
    labels, matrix = confusion(table_pairs([[20, 5], [10, 15]], "xy"))
    assert labels == ["x", "y"] and matrix == [[20, 5], [10, 15]]


def test_golden_accuracy() -> None:
    assert qa_stats.accuracy([("remove", "remove"), ("allow", "remove"), ("allow", "allow")])[:2] == (2, 3)


# -- sampling on a generated world -----------------------------------------------------------------------

START = date(2026, 11, 1)


def world(seed: int) -> list[Candidate]:
    rng = random.Random(seed)
    out = []
    n = 0
    for r in range(12):
        since = START - timedelta(days=3 if r < 2 else 200)  # two reviewers in their first two weeks
        for _ in range(rng.randrange(100, 600)):
            n += 1
            verdict = rng.choices(["allow", "restrict", "remove", "urgent"], [60, 15, 22, 3])[0]
            out.append(
                Candidate(
                    n,
                    f"r{r}",
                    verdict,
                    urgent=verdict == "urgent",
                    reviewer_since=since,
                    decided_on=START + timedelta(days=rng.randrange(0, 7)),
                )
            )
    return out


@pytest.mark.parametrize("seed", range(3))
def test_sample_sizes_strata_minimum_and_new_reviewers(seed: int) -> None:
    candidates = world(seed)
    chosen = set(stratified_sample(candidates, rate=0.05, min_per_reviewer=10, rng=random.Random(seed)))
    by_reviewer: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_reviewer.setdefault(c.reviewer, []).append(c)
    for reviewer, mine in by_reviewer.items():
        picked = [c for c in mine if c.decision_id in chosen]
        urgent_new = [
            c
            for c in mine
            if c.urgent and c.decided_on < c.reviewer_since + timedelta(days=14)  # type: ignore[operator]
        ]
        assert all(c.decision_id in chosen for c in urgent_new), reviewer  # 100 % for new reviewers
        target = max(math.ceil(0.05 * len(mine)), 10)
        assert len(picked) == max(target, len(urgent_new)), reviewer
        if not urgent_new:  # strata in proportion, within one of the exact share
            for verdict in {c.verdict for c in mine}:
                size = sum(c.verdict == verdict for c in mine)
                got = sum(c.verdict == verdict for c in picked)
                assert abs(got - target * size / len(mine)) < 1 + 1e-9, (reviewer, verdict)


def test_sample_is_random_within_statistical_bounds_and_seeded() -> None:
    candidates = [Candidate(i, "r", "allow" if i % 4 else "remove") for i in range(400)]  # target 20
    a = stratified_sample(candidates, rate=0.05, min_per_reviewer=10, rng=random.Random(7))
    assert a == stratified_sample(candidates, rate=0.05, min_per_reviewer=10, rng=random.Random(7))
    hits: Counter[int] = Counter()
    runs = 400
    for seed in range(runs):
        hits.update(stratified_sample(candidates, rate=0.05, min_per_reviewer=10, rng=random.Random(seed)))
    # each decision is picked with probability 0.05: over 400 runs, 20 expected, sd sqrt(400*.05*.95) = 4.36
    assert all(abs(hits[i] - 20) < 6 * 4.36 for i in range(400))
    firsts = sum(hits[i] for i in range(200)) / (200 * runs)
    assert firsts == pytest.approx(0.05, abs=0.005)  # no bias towards early decisions


def test_bad_sampling_parameters_are_refused() -> None:
    with pytest.raises(ValueError, match="rate"):
        stratified_sample([], rate=0, min_per_reviewer=1, rng=random.Random(1))
    with pytest.raises(ValueError, match="minimum"):
        stratified_sample([], rate=0.1, min_per_reviewer=-1, rng=random.Random(1))


def test_the_statistics_module_is_pure() -> None:
    code = (
        "import sys, workstation.qa_stats; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'alembic')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr

"""QA statistics against hand-computed examples and reference implementations written here."""

from __future__ import annotations

import math
import random
import subprocess
import sys
from collections import Counter
from datetime import date, timedelta

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

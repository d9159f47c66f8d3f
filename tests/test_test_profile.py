"""Property tests run under the pinned Hypothesis profile (tests/conftest.py): the same examples on
every machine and every run, none remembered between runs (docs/development.md, "Property tests")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

SEEN: list[list[int]] = []


def test_the_ci_profile_is_the_one_in_force(request: pytest.FixtureRequest) -> None:
    if request.config.getoption("hypothesis_profile") != "ci":
        pytest.skip("another profile was chosen on the command line (--hypothesis-profile)")
    current = settings.default
    assert current.derandomize and current.database is None and current.deadline is None


def test_a_property_draws_the_same_examples_every_time(request: pytest.FixtureRequest) -> None:
    if request.config.getoption("hypothesis_profile") != "ci":
        pytest.skip("another profile was chosen on the command line (--hypothesis-profile)")

    @given(st.lists(st.integers(), min_size=1))
    def draw(xs: list[int]) -> None:
        SEEN[-1].append(sum(xs))

    for _ in range(2):
        SEEN.append([])
        draw()
    assert SEEN[0] == SEEN[1] and len(SEEN[0]) > 1

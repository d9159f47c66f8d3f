"""Fixtures for the pure wellbeing tests: the shipped policy, a fake clock, and a meter on both."""

from __future__ import annotations

import pytest

from wellbeing.clock import FakeClock
from wellbeing.exposure import ExposureMeter
from wellbeing.policy import WellbeingPolicy, load_policy


@pytest.fixture
def policy() -> WellbeingPolicy:
    return load_policy()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def meter(policy: WellbeingPolicy, clock: FakeClock) -> ExposureMeter:
    return ExposureMeter(policy, clock)

"""The FakeClock other packages test with behaves like the real clocks, including during suspend."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wellbeing.clock import Clock, FakeClock, SystemClock


def test_fake_clock_starts_at_the_documented_monday_morning() -> None:
    assert FakeClock().now() == datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def test_advance_moves_both_clocks_by_the_same_amount(clock: FakeClock) -> None:
    wall, mono = clock.now(), clock.monotonic()
    clock.advance(12.5)
    assert clock.now() - wall == timedelta(seconds=12.5)
    assert clock.monotonic() - mono == 12.5


def test_jump_wall_and_suspend_move_only_the_wall_clock(clock: FakeClock) -> None:
    wall, mono = clock.now(), clock.monotonic()
    clock.jump_wall(-30)
    clock.suspend(3600)
    assert clock.now() - wall == timedelta(seconds=3570)
    assert clock.monotonic() == mono


def test_time_never_runs_backwards_on_advance_or_suspend(clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="backwards"):
        clock.advance(-1)
    with pytest.raises(ValueError, match="negative"):
        clock.suspend(-1)


def test_naive_start_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        FakeClock(datetime(2026, 1, 5, 9, 0))


def test_start_in_another_zone_is_normalised_to_utc() -> None:
    from datetime import timezone

    start = datetime(2026, 1, 5, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert FakeClock(start).now().tzinfo is UTC
    assert FakeClock(start).now() == datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def test_system_clock_is_aware_utc_and_monotonic() -> None:
    clock = SystemClock()
    assert isinstance(clock, Clock)
    assert clock.now().tzinfo is UTC
    first = clock.monotonic()
    assert clock.monotonic() >= first

"""The injected clock: wall time to stamp records, monotonic time to measure durations.

Exposure, breaks and leases all depend on time. Passing a ``Clock`` in (never calling ``time`` or
``datetime.now`` directly) lets every test drive time by hand and never sleep, and lets the exposure
meter tell a real elapsed second (monotonic) from a jump of the wall clock (sleep/resume, NTP step).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "FakeClock", "SystemClock"]


@runtime_checkable
class Clock(Protocol):
    """What time-dependent code needs: a timezone-aware UTC wall clock and a monotonic clock."""

    def now(self) -> datetime:
        """The current wall time, timezone-aware, in UTC. May jump (NTP, sleep/resume)."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never goes backwards. Use it for durations."""
        ...


class SystemClock:
    """The real clocks. ``time.monotonic`` is CLOCK_MONOTONIC on Linux, which stands still while suspended."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


_DEFAULT_START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # a Monday, 09:00 UTC


class FakeClock:
    """A hand-driven clock for tests across the project (exposure, breaks, DB leases).

    The monotonic clock starts at 1000.0 rather than 0 so code that confuses "monotonic value" with
    "elapsed seconds" fails in tests.
    """

    def __init__(self, start: datetime = _DEFAULT_START) -> None:
        if start.tzinfo is None or start.utcoffset() is None:
            raise ValueError("FakeClock start must be timezone-aware")
        self._wall = start.astimezone(UTC)
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._wall

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        """Real time passes: both clocks move by ``seconds`` (which must not be negative)."""
        if seconds < 0:
            raise ValueError(f"time cannot run backwards: advance({seconds})")
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        """Only the wall clock moves (an NTP step or a manual change); may be negative."""
        self._wall += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        """The machine sleeps: the wall clock moves on, CLOCK_MONOTONIC stands still (as on Linux)."""
        if seconds < 0:
            raise ValueError(f"cannot suspend for a negative time: suspend({seconds})")
        self._wall += timedelta(seconds=seconds)

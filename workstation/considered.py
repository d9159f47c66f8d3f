"""A decision needs a considered key press (docs/architecture.md, invariant 2).

Two rules, both measured on the injected clock's monotonic time so tests drive them by hand:

- a decision (a verdict, Enter, escalate, skip) counts only once the item's filtered frame has been
  on screen for ``min_view_seconds``;
- ``N`` counts only ``min_view_seconds`` after the last decision, so a held or hammered key cannot
  decide one item and claim past the next.

Auto-repeat is refused by the window itself (its decision actions do not auto-repeat); this class
holds no Qt and no database, only the timing. The minimum is the wellbeing policy's
``decision_min_view_seconds`` (0.4 s by default; ``docs/reviewer-keys.md``); 0 turns both rules off.
"""

from __future__ import annotations

from wellbeing.clock import Clock

DEFAULT_MIN_VIEW_SECONDS = 0.4


class ConsideredPress:
    """When a decision key or ``N`` may count; the refusal sentences are what the status bar says."""

    def __init__(self, clock: Clock, min_view_seconds: float = DEFAULT_MIN_VIEW_SECONDS) -> None:
        if min_view_seconds < 0:
            raise ValueError(f"min_view_seconds must be >= 0, got {min_view_seconds!r}")
        self._clock = clock
        self.min_view_seconds = float(min_view_seconds)
        self._open = False
        self._shown_at: float | None = None
        self._decided_at: float | None = None

    @property
    def on_screen(self) -> bool:
        """The open item's content (its filtered frame, or the sentence saying it has none) is shown."""
        return self._shown_at is not None

    def item_opened(self) -> None:
        """A new item: nothing of it is on screen yet."""
        self._open = True
        self._shown_at = None

    def item_shown(self) -> None:
        """The item's filtered frame (or its no-media sentence) reached the screen; only the first counts."""
        if self._open and self._shown_at is None:
            self._shown_at = self._clock.monotonic()

    def item_closed(self) -> None:
        self._open = False
        self._shown_at = None

    def decided(self) -> None:
        """A decision (or skip) was accepted: ``N`` waits ``min_view_seconds`` from now."""
        self._decided_at = self._clock.monotonic()

    def decision_refusal(self) -> str | None:
        """None when a decision key may count now, else the quiet hint to show."""
        if not self._open or self.min_view_seconds == 0:
            return None  # nothing to decide (the caller ignores the key anyway), or the wait is off
        if self._shown_at is None:
            return "Wait for the item to appear before deciding."
        if self._too_soon(self._shown_at):
            return f"Too quick: decision keys count {self.min_view_seconds:g} s after the item appears."
        return None

    def claim_refusal(self) -> str | None:
        """None when ``N`` may claim now, else the quiet hint to show."""
        if self._decided_at is None:
            return None
        if self._too_soon(self._decided_at):
            return f"Too quick: N counts {self.min_view_seconds:g} s after a decision."
        return None

    def _too_soon(self, since: float) -> bool:
        # A microsecond of slack: 1000.4 - 1000.0 is 0.39999999999997726 in floating point.
        return self._clock.monotonic() - since + 1e-6 < self.min_view_seconds


__all__ = ["DEFAULT_MIN_VIEW_SECONDS", "ConsideredPress"]

"""The considered-press rules on a fake clock (docs/reviewer-keys.md)."""

from __future__ import annotations

import pytest

from wellbeing.clock import FakeClock
from workstation.considered import ConsideredPress


def test_a_decision_counts_only_after_the_item_was_on_screen_long_enough() -> None:
    clock = FakeClock()
    press = ConsideredPress(clock, 0.4)
    assert press.decision_refusal() is None  # no item: nothing to refuse (the key does nothing)
    press.item_opened()
    assert press.decision_refusal() == "Wait for the item to appear before deciding."
    clock.advance(5)  # time before the frame reaches the screen does not count
    press.item_shown()
    assert press.decision_refusal() is not None
    clock.advance(0.3)
    press.item_shown()  # a later paint does not restart the wait
    clock.advance(0.1)
    assert press.decision_refusal() is None


def test_n_waits_after_a_decision_and_zero_turns_the_timing_off() -> None:
    clock = FakeClock()
    press = ConsideredPress(clock, 0.4)
    assert press.claim_refusal() is None
    press.decided()
    assert press.claim_refusal() == "Too quick: N counts 0.4 s after a decision."
    clock.advance(0.4)
    assert press.claim_refusal() is None
    off = ConsideredPress(clock, 0)
    off.item_opened()
    off.decided()
    assert off.decision_refusal() is None and off.claim_refusal() is None
    with pytest.raises(ValueError):
        ConsideredPress(clock, -1)

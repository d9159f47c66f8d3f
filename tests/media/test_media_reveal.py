"""Spotlight and full reveal: unfiltered pixels only inside the disc, never aliased."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from media_samples import noise

from media.filters import DEFAULT_FILTER, FilterSettings, prepare, render
from media.reveal import (
    Peek,
    RevealKind,
    RevealLog,
    ScreenState,
    below_defaults,
    full_reveal,
    spotlight,
    spotlight_area_fraction,
)


def distances(shape: tuple[int, ...], cx: float, cy: float) -> np.ndarray:
    ys, xs = np.mgrid[0 : shape[0], 0 : shape[1]]
    return np.hypot(xs - cx, ys - cy)


@settings(max_examples=30, deadline=None)
@given(
    w=st.integers(1, 120),
    h=st.integers(1, 120),
    cx=st.floats(-50, 170),
    cy=st.floats(-50, 170),
    radius=st.floats(0, 90),
    feather=st.floats(0, 1),
    seed=st.integers(0, 1000),
)
def test_spotlight_changes_only_pixels_inside_its_disc(
    w: int, h: int, cx: float, cy: float, radius: float, feather: float, seed: int
) -> None:
    filtered = noise(w, h, seed)
    unfiltered = noise(w, h, seed + 1)
    f_before, u_before = filtered.copy(), unfiltered.copy()
    out = spotlight(filtered, unfiltered, (cx, cy), radius, feather)
    d = distances(filtered.shape, cx, cy)
    outside = d >= radius
    np.testing.assert_array_equal(out[outside], filtered[outside])
    # Fully inside the core the pixels are exactly the unfiltered ones.
    core = d <= radius * (1 - feather) - 1e-3
    np.testing.assert_array_equal(out[core], unfiltered[core])
    # Every pixel is between its filtered and unfiltered value.
    lo, hi = np.minimum(filtered, unfiltered), np.maximum(filtered, unfiltered)
    assert np.all(out >= lo) and np.all(out <= hi)
    np.testing.assert_array_equal(filtered, f_before)
    np.testing.assert_array_equal(unfiltered, u_before)
    assert out is not filtered


def test_spotlight_on_real_pipeline_output() -> None:
    src = noise(640, 480)
    filtered = render(src, DEFAULT_FILTER, (320, 240))
    unfiltered = prepare(src, (320, 240))
    out = spotlight(filtered, unfiltered, (160, 120), 40)
    assert out[120, 160].tolist() == unfiltered[120, 160].tolist()
    assert out[0, 0].tolist() == filtered[0, 0].tolist()
    changed = np.any(out != filtered, axis=2)
    assert changed.sum() > 0.5 * math.pi * 30**2  # the core really is revealed


def test_feather_is_soft() -> None:
    filtered = np.zeros((101, 101, 3), np.uint8)
    unfiltered = np.full((101, 101, 3), 200, np.uint8)
    out = spotlight(filtered, unfiltered, (50, 50), 40, feather=0.5)
    row = out[50, 50:, 0].astype(int)
    assert row[0] == 200 and row[19] == 200  # core (radius 20)
    assert 0 < row[30] < 200  # ramp
    assert row[40] == 0 and row[50] == 0
    assert np.all(np.diff(row) <= 0)  # monotonic fade


def test_spotlight_validates() -> None:
    with pytest.raises(ValueError):
        spotlight(np.zeros((4, 4, 3), np.uint8), np.zeros((4, 5, 3), np.uint8), (1, 1), 2)
    with pytest.raises(ValueError):
        spotlight(np.zeros((4, 4, 3), np.uint8), np.zeros((4, 4, 3), np.uint8), (1, 1), 2, feather=2)


@pytest.mark.parametrize(
    ("center", "radius", "expected"),
    [
        ((50, 50), 0, 0.0),
        ((-500, -500), 10, 0.0),
        ((50, 50), 1000, 1.0),
        ((50, 50), 20, math.pi * 20**2 / 10_000),
        ((-0.5, -0.5), 20, math.pi * 20**2 / 4 / 10_000),  # a quarter disc in the corner
    ],
)
def test_area_fraction(center: tuple[float, float], radius: float, expected: float) -> None:
    fraction = spotlight_area_fraction((100, 100, 3), center, radius)
    assert fraction == pytest.approx(expected, rel=0.05, abs=1e-4)


def test_area_fraction_counts_exactly_the_changeable_pixels() -> None:
    f = np.zeros((60, 80, 3), np.uint8)
    u = np.full((60, 80, 3), 255, np.uint8)
    out = spotlight(f, u, (30.5, 20.25), 17, feather=0.0)
    changed = np.count_nonzero(np.any(out != f, axis=2))
    assert changed / (60 * 80) == pytest.approx(spotlight_area_fraction(f.shape, (30.5, 20.25), 17))


def test_full_reveal_is_a_copy() -> None:
    u = noise(10, 10)
    r = full_reveal(u)
    np.testing.assert_array_equal(r, u)
    assert not np.shares_memory(r, u)


# ---------------------------------------------------------------------------------- screen state

DEFAULTS = FilterSettings(blur_level=3, grayscale=True)


@pytest.mark.parametrize(
    ("settings", "below"),
    [
        (FilterSettings(blur_level=3, grayscale=True), False),
        (FilterSettings(blur_level=5, grayscale=True, stylise=True), False),
        (FilterSettings(blur_level=2, grayscale=True), True),
        (FilterSettings(blur_level=5, grayscale=False), True),
    ],
)
def test_below_defaults_is_any_weaker_protection(settings: FilterSettings, below: bool) -> None:
    assert below_defaults(settings, DEFAULTS) is below
    assert below_defaults(FilterSettings(blur_level=3, grayscale=True), DEFAULTS.with_(stylise=True))


def test_screen_state_says_how_revealed_in_words() -> None:
    shown = ScreenState(item="7", settings=DEFAULTS, defaults=DEFAULTS, frame_shown=True)
    assert not shown.revealed and shown.top_bar_text() == "blur 3/5, gray" and shown.label_text() == ""
    full = ScreenState(item="7", defaults=DEFAULTS, peek=Peek.REVEALED, reblur_in_s=6)
    assert full.reveal_kind is RevealKind.FULL
    assert full.label_text() == "Revealed: re-blurs in 6 s (R re-blurs now)"
    colour = FilterSettings(0, grayscale=False)
    lowered = ScreenState(item="7", settings=colour, defaults=DEFAULTS, reblur_in_s=2)
    assert lowered.top_bar_text() == "REVEALED (no blur, colour): re-blurs in 2 s"
    # nothing of an item on screen, or everything hidden: nothing is revealed, whatever was asked
    assert not ScreenState(item="", peek=Peek.REVEALED).revealed
    assert not ScreenState(item="7", peek=Peek.REVEALED, hidden=True).revealed


def test_reveal_log_closes_an_episode_when_its_kind_or_item_changes() -> None:
    log = RevealLog()
    at_defaults = ScreenState(item="7", defaults=DEFAULTS, settings=DEFAULTS)
    assert log.observe(at_defaults, 10.0) == []
    assert log.observe(ScreenState(item="7", peek=Peek.REVEALED), 11.0) == []
    assert log.observe(ScreenState(item="7", peek=Peek.REVEALED, reblur_in_s=3), 12.0) == []
    ended = log.observe(ScreenState(item="7", peek=Peek.SPOTLIGHT), 14.5)
    assert [(e.item, e.kind, e.seconds) for e in ended] == [("7", RevealKind.FULL, 3.5)]
    ended = log.observe(ScreenState(item="8", peek=Peek.SPOTLIGHT), 15.0)
    assert [(e.item, e.kind, e.seconds) for e in ended] == [("7", RevealKind.SPOTLIGHT, 0.5)]
    assert [(e.item, e.seconds) for e in log.close(16.0)] == [("8", 1.0)]
    assert log.close(17.0) == []

"""What "filtered", "marked" and "no media" mean on a capture of the X screen, in numbers.

A capture is an HxWx3 uint8 RGB array of the media area. The bounds are stated against synthetic
media built to break them when unfiltered (``screen_world.colourful``: saturated gradients, a 4-px
checker and noise): unfiltered it is strongly coloured almost everywhere and high-frequency detail
covers most of it, while at the reviewer's defaults (blur 3, gray) both are near zero.
``tests/screen/test_screen.py`` checks the bounds against both, so they cannot drift into
thresholds that nothing violates or nothing meets.
"""

from __future__ import annotations

import cv2
import numpy as np

# A pixel is strongly coloured when its channels differ by more than this (0 for gray).
COLOUR_SPREAD = 48
# Filtered media has fewer strongly coloured pixels than this share (unfiltered: > 60 %).
COLOUR_SHARE_MAX = 0.005
# A pixel carries high-frequency detail when |Laplacian of luminance| exceeds this.
DETAIL_LAPLACIAN = 40.0
# Filtered media (and the view's own messages) has less detail than this share (unfiltered: > 20 %).
DETAIL_SHARE_MAX = 0.04
# No item: at most this share of the area differs from the background (the message's words).
NO_MEDIA_SHARE_MAX = 0.04
BACKGROUND_TOLERANCE = 12


def colour_share(area: np.ndarray) -> float:
    a = area.astype(np.int16)
    spread = a.max(axis=2) - a.min(axis=2)
    return float(np.mean(spread > COLOUR_SPREAD))


def detail_share(area: np.ndarray) -> float:
    gray = cv2.cvtColor(np.ascontiguousarray(area), cv2.COLOR_RGB2GRAY).astype(np.float32)
    lap = np.abs(cv2.Laplacian(gray, cv2.CV_32F))
    return float(np.mean(lap > DETAIL_LAPLACIAN))


def filtered_problem(area: np.ndarray) -> str | None:
    """Why ``area`` does not look filtered (None when it does)."""
    colour, detail = colour_share(area), detail_share(area)
    if colour >= COLOUR_SHARE_MAX:
        return f"{colour:.1%} of the media area is strongly coloured (bound {COLOUR_SHARE_MAX:.1%})"
    if detail >= DETAIL_SHARE_MAX:
        return f"{detail:.1%} of the media area is fine detail (bound {DETAIL_SHARE_MAX:.1%})"
    return None


def media_share(area: np.ndarray, background: tuple[int, int, int]) -> float:
    """Share of the area that is not the view's background colour."""
    diff = np.abs(area.astype(np.int16) - np.array(background, np.int16)).max(axis=2)
    return float(np.mean(diff > BACKGROUND_TOLERANCE))


def _is(area: np.ndarray, rgb: tuple[int, int, int], tolerance: int = 12) -> np.ndarray:
    return np.all(np.abs(area.astype(np.int16) - np.array(rgb, np.int16)) <= tolerance, axis=2)


def border_visible(area: np.ndarray, colour: tuple[int, int, int], band: int) -> bool:
    """The revealed border: each of the four edge bands is partly the colour and partly black
    (the dash pattern), so neither a magenta image edge nor a dark one passes for it."""
    edges = [area[1 : band - 1, :], area[-band + 1 : -1, :], area[:, 1 : band - 1], area[:, -band + 1 : -1]]
    for edge in edges:
        coloured, dark = np.mean(_is(edge, colour)), np.mean(_is(edge, (0, 0, 0), 20))
        if coloured < 0.3 or dark < 0.3:
            return False
    return True


def label_visible(area: np.ndarray, box: tuple[int, int, int, int], colour: tuple[int, int, int]) -> bool:
    """The revealed label: a box mostly of the colour with dark words in it."""
    x, y, w, h = box
    part = area[y : y + h, x : x + w]
    if part.size == 0:
        return False
    return bool(np.mean(_is(part, colour)) > 0.5 and np.mean(np.all(part < 60, axis=2)) > 0.03)

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


# The measures below run on every capture of the screen harness (hundreds a run): they use OpenCV's
# per-channel operations, which give the same numbers as the plain NumPy definitions (a test checks
# that) in a tenth of the time (NumPy's reductions over the 3-wide colour axis were a quarter of the
# harness's processor time).


def _fraction(mask: np.ndarray) -> float:
    return float(np.count_nonzero(mask)) / mask.size


def _channel_spread(area: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per pixel, the largest and the smallest of its three channels."""
    r, g, b = cv2.split(np.ascontiguousarray(area))
    return cv2.max(cv2.max(r, g), b), cv2.min(cv2.min(r, g), b)


def colour_share(area: np.ndarray) -> float:
    high, low = _channel_spread(area)
    return _fraction(cv2.subtract(high, low) > COLOUR_SPREAD)


def detail_share(area: np.ndarray) -> float:
    gray = cv2.cvtColor(np.ascontiguousarray(area), cv2.COLOR_RGB2GRAY).astype(np.float32)
    lap = cv2.Laplacian(gray, cv2.CV_32F)
    return _fraction((lap > DETAIL_LAPLACIAN) | (lap < -DETAIL_LAPLACIAN))


def filtered_problem(area: np.ndarray) -> str | None:
    """Why ``area`` does not look filtered (None when it does)."""
    colour, detail = colour_share(area), detail_share(area)
    if colour >= COLOUR_SHARE_MAX:
        return f"{colour:.1%} of the media area is strongly coloured (bound {COLOUR_SHARE_MAX:.1%})"
    if detail >= DETAIL_SHARE_MAX:
        return f"{detail:.1%} of the media area is fine detail (bound {DETAIL_SHARE_MAX:.1%})"
    return None


def _distance(area: np.ndarray, rgb: tuple[int, int, int]) -> np.ndarray:
    """Per pixel, the largest difference of a channel from ``rgb``."""
    diff = cv2.absdiff(np.ascontiguousarray(area), np.full(area.shape, rgb, np.uint8))
    r, g, b = cv2.split(diff)
    return cv2.max(cv2.max(r, g), b)


def media_share(area: np.ndarray, background: tuple[int, int, int]) -> float:
    """Share of the area that is not the view's background colour."""
    return _fraction(_distance(area, background) > BACKGROUND_TOLERANCE)


def _is(area: np.ndarray, rgb: tuple[int, int, int], tolerance: int = 12) -> np.ndarray:
    return _distance(area, rgb) <= tolerance


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
    return bool(np.mean(_is(part, colour)) > 0.5 and _fraction(_channel_spread(part)[0] < 60) > 0.03)

"""Local reveal: the only deliberate path from filtered to unfiltered display pixels.

Both inputs are display-size frames (``filters.render`` and ``filters.prepare`` of one source), so
a spotlight touches only the pixels of its disc; the rest of the frame stays bit-identical.
"""

from __future__ import annotations

import math

import numpy as np


def _check_pair(filtered: np.ndarray, unfiltered: np.ndarray) -> None:
    if filtered.shape != unfiltered.shape or filtered.dtype != unfiltered.dtype:
        raise ValueError(
            f"filtered {filtered.shape}/{filtered.dtype} and unfiltered "
            f"{unfiltered.shape}/{unfiltered.dtype} must match"
        )


def spotlight(
    filtered: np.ndarray,
    unfiltered: np.ndarray,
    center_xy: tuple[float, float],
    radius: float,
    feather: float = 0.25,
) -> np.ndarray:
    """A copy of ``filtered`` with an unfiltered disc at ``center_xy`` (pixel coordinates).

    The disc is fully unfiltered up to ``radius * (1 - feather)`` and fades linearly to filtered at
    ``radius``: the soft edge lies *inside* the radius, so every pixel whose centre is at or beyond
    ``radius`` is bit-identical to ``filtered`` and exposure accounting by area stays honest.
    Only the disc's bounding box is computed, so the cost follows the disc, not the frame.
    """
    _check_pair(filtered, unfiltered)
    if not 0.0 <= feather <= 1.0:
        raise ValueError(f"feather must be in 0..1, got {feather}")
    out = filtered.copy()
    if radius <= 0:
        return out
    h, w = filtered.shape[:2]
    cx, cy = center_xy
    x0, x1 = max(0, math.floor(cx - radius)), min(w, math.ceil(cx + radius) + 1)
    y0, y1 = max(0, math.floor(cy - radius)), min(h, math.ceil(cy + radius) + 1)
    if x0 >= x1 or y0 >= y1:
        return out
    ys = np.arange(y0, y1, dtype=np.float64)[:, None] - cy
    xs = np.arange(x0, x1, dtype=np.float64)[None, :] - cx
    d2 = xs * xs + ys * ys
    within = d2 < radius * radius  # the same test as spotlight_area_fraction
    ramp = radius * feather
    if ramp > 1e-6:
        alpha = np.clip((radius - np.sqrt(d2)) / ramp, 0.0, 1.0)
        alpha[~within] = 0.0
    else:
        alpha = within.astype(np.float64)
    inside = alpha > 0
    if not inside.any():
        return out
    a = alpha[..., None] if filtered.ndim == 3 else alpha
    box_f = filtered[y0:y1, x0:x1].astype(np.float32)
    box_u = unfiltered[y0:y1, x0:x1].astype(np.float32)
    a = a.astype(np.float32)
    mixed = np.rint(box_f + (box_u - box_f) * a).astype(filtered.dtype)
    region = out[y0:y1, x0:x1]
    region[inside] = mixed[inside]
    return out


def spotlight_area_fraction(
    shape: tuple[int, ...], center_xy: tuple[float, float], radius: float
) -> float:
    """Fraction of the frame's pixels inside the disc (clipped to the frame), for exposure accounting.

    Counts pixel centres strictly inside ``radius``, the same set :func:`spotlight` may change.
    """
    h, w = int(shape[0]), int(shape[1])
    if h <= 0 or w <= 0 or radius <= 0:
        return 0.0
    cx, cy = center_xy
    x0, x1 = max(0, math.floor(cx - radius)), min(w, math.ceil(cx + radius) + 1)
    y0, y1 = max(0, math.floor(cy - radius)), min(h, math.ceil(cy + radius) + 1)
    if x0 >= x1 or y0 >= y1:
        return 0.0
    ys = np.arange(y0, y1, dtype=np.float64)[:, None] - cy
    xs = np.arange(x0, x1, dtype=np.float64)[None, :] - cx
    inside = int(np.count_nonzero(xs * xs + ys * ys < radius * radius))
    return inside / (h * w)


def full_reveal(unfiltered: np.ndarray) -> np.ndarray:
    """The unfiltered display frame, as a copy the caller may own (the source is never aliased)."""
    return unfiltered.copy()

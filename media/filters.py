"""The display pipeline: decoded frame + filter settings + view size -> display-ready RGB pixels.

Everything is computed at the smallest resolution that can still show the result: the frame is
first shrunk by exact factors of two (each step a 2x2 box average, the cheapest anti-aliased
shrink OpenCV offers), filtered there, converted to gray there, and only then enlarged to the
display size. A blur that spans dozens of display pixels needs only a few pixels of work
resolution, so a 4K frame costs about as much as copying it once (see benchmarks/media.py).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from media.geometry import fit_size

__all__ = [
    "BLUR_LEVELS",
    "DEFAULT_FILTER",
    "MAX_BLUR_LEVEL",
    "FilterSettings",
    "blur_sigma_px",
    "fit_size",
    "prepare",
    "render",
]

#: Gaussian sigma of each blur level as a fraction of the *displayed* image's diagonal, so a level
#: hides the same share of detail on a phone photo and a 4K frame, at any window size. On a
#: 1600x900 view (diagonal 1836 px): level 1 = 7 px (texture gone, faces still read as faces),
#: level 3 (default) = 22 px (shapes and colour masses only), level 5 = 64 px (layout only).
BLUR_LEVELS: dict[int, float] = {0: 0.0, 1: 0.004, 2: 0.008, 3: 0.012, 4: 0.02, 5: 0.035}
MAX_BLUR_LEVEL = 5

# Blur sigma, in work pixels, that the work resolution is chosen for. A Gaussian this wide has
# no energy left near the work image's Nyquist limit, so bilinear enlargement shows no blockiness.
_WORK_SIGMA = 1.5
# Floor of the blur sigma per level, in source pixels, for sources too small for BLUR_LEVELS.
_MIN_SOURCE_SIGMA = 0.6
# Pixelate block edge as a multiple of the level's blur sigma (display pixels).
_PIXELATE_FACTOR = 3.0
# Stylise: number of gray/colour bands after flattening ("posterise").
_STYLISE_BANDS = 5
_STYLISE_LUT = np.array(
    [min(255, round((v * _STYLISE_BANDS // 256) * 255 / (_STYLISE_BANDS - 1))) for v in range(256)],
    dtype=np.uint8,
)


@dataclass(frozen=True)
class FilterSettings:
    """How protected media is shown. Immutable: change it with :meth:`with_`.

    ``blur_level`` 0 (off) .. 5 (strongest), see :data:`BLUR_LEVELS`; ``stylise`` flattens the
    image into a few flat bands ("reduced detail"); ``pixelate`` replaces blur by coarse blocks;
    ``edges`` shows only soft outlines of large shapes. The default is blurred and gray.
    """

    blur_level: int = 3
    grayscale: bool = True
    stylise: bool = False
    pixelate: bool = False
    edges: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.blur_level, int) or not 0 <= self.blur_level <= MAX_BLUR_LEVEL:
            raise ValueError(f"blur_level must be an int in 0..{MAX_BLUR_LEVEL}, got {self.blur_level!r}")

    def with_(self, **changes: Any) -> FilterSettings:
        """A copy with some fields changed, e.g. ``settings.with_(blur_level=5)``."""
        return dataclasses.replace(self, **changes)

    @property
    def is_unfiltered(self) -> bool:
        """True when the settings show the original pixels (only resized)."""
        return not (self.blur_level or self.grayscale or self.stylise or self.pixelate or self.edges)


DEFAULT_FILTER = FilterSettings()


def blur_sigma_px(level: int, display_wh: tuple[int, int]) -> float:
    """Gaussian sigma in display pixels of a blur level at a given displayed size."""
    return BLUR_LEVELS[level] * math.hypot(*display_wh)


def _as_rgb(frame: np.ndarray) -> np.ndarray:
    if frame.dtype != np.uint8:
        raise ValueError(f"frame must be uint8, got {frame.dtype}")
    if frame.ndim == 2:
        return cv2.cvtColor(frame, cv2.COLOR_GRAY2RGB)
    if frame.ndim != 3 or frame.shape[2] != 3:
        raise ValueError(f"frame must be HxWx3 RGB, got shape {frame.shape}")
    if frame.shape[0] == 0 or frame.shape[1] == 0:
        raise ValueError("frame has no pixels")
    return frame


def _halve_until(img: np.ndarray, min_wh: tuple[int, int]) -> np.ndarray:
    """Halve repeatedly while the result stays at least ``min_wh``.

    A bilinear resize by exactly one half averages each 2x2 block: a correct box pre-filter that
    OpenCV runs far faster than INTER_AREA (which costs 10-15 ms on a 4K frame at odd ratios).
    The output always covers the full source extent, so results of different depths line up.
    """
    min_w, min_h = max(1, min_wh[0]), max(1, min_wh[1])
    while img.shape[1] // 2 >= min_w and img.shape[0] // 2 >= min_h:
        img = cv2.resize(img, (img.shape[1] // 2, img.shape[0] // 2), interpolation=cv2.INTER_LINEAR)
    return img


def _resize(img: np.ndarray, wh: tuple[int, int], interpolation: int = cv2.INTER_LINEAR) -> np.ndarray:
    if (img.shape[1], img.shape[0]) == wh:
        return img
    return cv2.resize(img, wh, interpolation=interpolation)


def _finish(img: np.ndarray, wh: tuple[int, int], interpolation: int = cv2.INTER_LINEAR) -> np.ndarray:
    """Enlarge (or fit) to the display size; gray stays single-channel until the last step."""
    out = _resize(img, wh, interpolation)
    if out.ndim == 2:
        return cv2.cvtColor(out, cv2.COLOR_GRAY2RGB)
    return np.ascontiguousarray(out)


def prepare(frame: np.ndarray, view_wh: tuple[int, int]) -> np.ndarray:
    """Resize only: the unfiltered frame at display size. Used solely by :mod:`media.reveal`."""
    frame = _as_rgb(frame)
    target = fit_size((frame.shape[1], frame.shape[0]), view_wh)
    small = _halve_until(frame, target)
    # After halving the remaining ratio is below 2, where bilinear barely aliases and is 10x cheaper
    # than a non-integer INTER_AREA.
    out = _resize(small, target, cv2.INTER_LINEAR)
    return out.copy() if out is frame else np.ascontiguousarray(out)


def render(frame: np.ndarray, settings: FilterSettings, view_wh: tuple[int, int]) -> np.ndarray:
    """The display pipeline: an RGB uint8 C-contiguous array of exactly ``fit_size(frame, view)``.

    Never returns the input object, and with any filter on never returns unfiltered pixels.
    Grayscale output has exactly equal R, G and B channels.
    """
    frame = _as_rgb(frame)
    src_wh = (frame.shape[1], frame.shape[0])
    target = fit_size(src_wh, view_wh)
    if settings.is_unfiltered:
        return prepare(frame, view_wh)
    # Stylise and edges need some smoothing even at level 0, or they would show full detail.
    level = settings.blur_level
    if level == 0 and (settings.stylise or settings.edges or settings.pixelate):
        level = 1
    sigma_t = blur_sigma_px(level, target)

    if settings.pixelate:
        block = max(2.0, _PIXELATE_FACTOR * sigma_t)
        grid = (max(1, round(target[0] / block)), max(1, round(target[1] / block)))
        small = _halve_until(frame, grid)
        if settings.grayscale or settings.edges:
            small = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
        cells = _resize(small, grid, cv2.INTER_AREA)
        return _finish(cells, target, cv2.INTER_NEAREST)

    # Work resolution: as small as possible while the blur still spans _WORK_SIGMA work pixels.
    scale = 1.0 if sigma_t <= _WORK_SIGMA else _WORK_SIGMA / sigma_t
    work_min = (max(1, math.ceil(target[0] * scale)), max(1, math.ceil(target[1] * scale)))
    work = _halve_until(frame, work_min)
    if settings.grayscale or settings.edges:
        work = cv2.cvtColor(work, cv2.COLOR_RGB2GRAY)
    sigma_w = sigma_t * work.shape[1] / target[0]
    if work.shape[1] == frame.shape[1]:
        # Tiny sources (diagonal under ~150 px) would get a sub-pixel blur at low levels and be
        # shown as enlarged but unfiltered pixels: blur at least a fraction of a source pixel.
        sigma_w = max(sigma_w, _MIN_SOURCE_SIGMA * level)
    if sigma_w > 0:
        work = cv2.GaussianBlur(work, (0, 0), sigma_w, borderType=cv2.BORDER_REFLECT)

    if settings.edges:
        gx = cv2.Sobel(work, cv2.CV_32F, 1, 0, ksize=3)
        gy = cv2.Sobel(work, cv2.CV_32F, 0, 1, ksize=3)
        mag = cv2.magnitude(gx, gy)
        peak = float(np.percentile(mag, 99)) if mag.size else 0.0
        norm = np.clip(mag * (255.0 / peak), 0, 255) if peak > 0 else np.zeros_like(mag)
        work = (255 - norm).astype(np.uint8)  # dark outlines on white
        return _finish(work, target)

    if settings.stylise:
        # Posterise at work resolution: flat bands joined by soft ramps once enlarged; doing it at
        # display size would draw crisp contour lines, i.e. add detail that the source lacks.
        work = cv2.LUT(work, _STYLISE_LUT)

    return _finish(work, target)

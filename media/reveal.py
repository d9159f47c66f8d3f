"""Local reveal: the only deliberate path from filtered to unfiltered display pixels, and the one
model of what is on screen (:class:`ScreenState`) that says when anything is shown below the defaults.

Both inputs are display-size frames (``filters.render`` and ``filters.prepare`` of one source), so
a spotlight touches only the pixels of its disc; the rest of the frame stays bit-identical.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

import numpy as np

from media.filters import DEFAULT_FILTER, FilterSettings
from media.phrases import QT_TRANSLATE_NOOP


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


def spotlight_area_fraction(shape: tuple[int, ...], center_xy: tuple[float, float], radius: float) -> float:
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


# ---------------------------------------------------------------------------------- screen state
#
# One model of what is on screen (docs/architecture.md, invariant 6). The media view paints from it,
# the window writes the top bar from it, the exposure meter is fed from it and the reveal audit is
# made from its transitions, so none of them can disagree with another. It lives here, without Qt,
# so its rules (what counts as "below the defaults", what the reviewer is told) are testable alone.


class RevealKind(enum.Enum):
    """How a state shows less protected media than the reviewer's defaults (strongest first)."""

    FULL = "full"  # R or a click: the whole item unfiltered
    SPOTLIGHT = "spotlight"  # P held: an unfiltered disc under the pointer
    LOWERED_FILTER = "lowered filter"  # [ / G / Y below the defaults


class Peek(enum.Enum):
    """What the reviewer asked to see beyond the filter."""

    FILTERED = "filtered"
    SPOTLIGHT = "spotlight"
    REVEALED = "revealed"


def below_defaults(settings: FilterSettings, defaults: FilterSettings) -> bool:
    """Whether ``settings`` protects less than ``defaults`` in any respect (weaker blur, colour where
    the defaults are gray, stylise/pixelate/edges off where the defaults have them on)."""
    return (
        settings.blur_level < defaults.blur_level
        or (defaults.grayscale and not settings.grayscale)
        or (defaults.stylise and not settings.stylise)
        or (defaults.pixelate and not settings.pixelate)
        or (defaults.edges and not settings.edges)
    )


def describe_filter(settings: FilterSettings) -> str:
    """The filter in the top bar's words: "blur 3/5, gray", "no blur, colour, stylised"."""
    blur = (
        QT_TRANSLATE_NOOP("Filter", "blur {level}/5").format(level=settings.blur_level)
        if settings.blur_level
        else QT_TRANSLATE_NOOP("Filter", "no blur")
    )
    colour = (
        QT_TRANSLATE_NOOP("Filter", "gray") if settings.grayscale else QT_TRANSLATE_NOOP("Filter", "colour")
    )
    if settings.stylise:
        return QT_TRANSLATE_NOOP("Filter", "{blur}, {colour}, stylised").format(blur=blur, colour=colour)
    return QT_TRANSLATE_NOOP("Filter", "{blur}, {colour}").format(blur=blur, colour=colour)


@dataclass(frozen=True)
class ScreenState:
    """Everything that decides what the media area shows, and nothing else.

    ``item`` is the key of the open item ("" when none); ``frame_shown`` says a media frame (not a
    message) is painted; ``reblur_in_s`` counts down, in whole seconds, to the timed return to the
    defaults (None when nothing is below them). Equal states paint equal pixels.
    """

    item: str = ""
    settings: FilterSettings = DEFAULT_FILTER
    defaults: FilterSettings = DEFAULT_FILTER
    peek: Peek = Peek.FILTERED
    spotlight_fraction: float = 0.0
    frame_shown: bool = False
    hidden: bool = False
    message: str = ""
    reblur_in_s: int | None = None
    playing: bool = False
    audio_unmuted: bool = False

    @property
    def media_visible(self) -> bool:
        return self.frame_shown and not self.hidden

    @property
    def filter_lowered(self) -> bool:
        return below_defaults(self.settings, self.defaults)

    @property
    def reveal_kind(self) -> RevealKind | None:
        """How the item is shown below the defaults right now (None: at or above them, or nothing
        of it is on screen)."""
        if not self.item or self.hidden:
            return None
        if self.peek is Peek.REVEALED:
            return RevealKind.FULL
        if self.peek is Peek.SPOTLIGHT:
            return RevealKind.SPOTLIGHT
        if self.filter_lowered:
            return RevealKind.LOWERED_FILTER
        return None

    @property
    def revealed(self) -> bool:
        """The one query everything asks ("is anything below the defaults?"): the border, the label,
        the top bar and the "Decided before" banner follow it."""
        return self.reveal_kind is not None

    def _countdown(self) -> str:
        if self.reblur_in_s is None:
            return QT_TRANSLATE_NOOP("Filter", "a moment")
        return QT_TRANSLATE_NOOP("Filter", "{seconds} s").format(seconds=self.reblur_in_s)

    def label_text(self) -> str:
        """The label painted over the media while revealed ("" otherwise)."""
        kind = self.reveal_kind
        if kind is None:
            return ""
        if kind is RevealKind.FULL:
            return QT_TRANSLATE_NOOP("Filter", "Revealed: re-blurs in {time} (R re-blurs now)").format(
                time=self._countdown()
            )
        if kind is RevealKind.SPOTLIGHT:
            return QT_TRANSLATE_NOOP("Filter", "Spotlight: re-blurs in {time} or when P is released").format(
                time=self._countdown()
            )
        return QT_TRANSLATE_NOOP("Filter", "Filter lowered to {filter}: back to {defaults} in {time}").format(
            filter=describe_filter(self.settings),
            defaults=describe_filter(self.defaults),
            time=self._countdown(),
        )

    def top_bar_text(self) -> str:
        """The top bar's filter text: the defaults' words, or what is revealed and for how long."""
        kind = self.reveal_kind
        if kind is None:
            return describe_filter(self.settings)
        what = {
            RevealKind.FULL: QT_TRANSLATE_NOOP("Filter", "unfiltered"),
            RevealKind.SPOTLIGHT: QT_TRANSLATE_NOOP("Filter", "spotlight"),
            RevealKind.LOWERED_FILTER: describe_filter(self.settings),
        }[kind]
        return QT_TRANSLATE_NOOP("Filter", "REVEALED ({what}): re-blurs in {time}").format(
            what=what, time=self._countdown()
        )


@dataclass(frozen=True)
class RevealEpisode:
    """One stretch of time an item was shown below the defaults in one way, for the audit."""

    item: str
    kind: RevealKind
    seconds: float


class RevealLog:
    """Turns the sequence of screen states into finished reveal episodes.

    Feed every state with a monotonic time; ``observe`` returns the episodes that just ended (the
    kind changed, the item closed, the media hid). Pure bookkeeping: the caller records them.
    """

    def __init__(self) -> None:
        self._open: tuple[str, RevealKind, float] | None = None

    def observe(self, state: ScreenState, now: float) -> list[RevealEpisode]:
        kind = state.reveal_kind
        current = (state.item, kind) if kind is not None else None
        ended: list[RevealEpisode] = []
        if self._open is not None and current != self._open[:2]:
            item, was, since = self._open
            ended.append(RevealEpisode(item, was, max(0.0, now - since)))
            self._open = None
        if current is not None and self._open is None:
            self._open = (state.item, current[1], now)
        return ended

    def close(self, now: float) -> list[RevealEpisode]:
        """End whatever is open (the window closes)."""
        return self.observe(ScreenState(), now)

"""Storyboards: a grid of filtered keyframes that summarises a video at a glance.

Only keyframes are decoded (the decoder skips every other frame), each converted straight to a
small size in the colour conversion, so a 60 s 1080p clip costs a few dozen I-frame decodes.
Scene changes are found by comparing tiny grayscale thumbnails of consecutive keyframes
(encoders such as x264 also place keyframes at cuts, so cuts are visible to this scan).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from media.errors import MediaError
from media.filters import FilterSettings, render
from media.geometry import fit_size
from media.limits import DEFAULT_LIMITS, Limits
from media.phrases import QT_TRANSLATE_NOOP
from media.video import VideoReader

# A cut is a jump in the mean absolute difference (0..255) between consecutive keyframe thumbnails:
# at least this much, and at least CUT_OVER_MEDIAN times the clip's typical (median) change, so
# steady motion between keyframes is not mistaken for cuts.
SCENE_CHANGE_THRESHOLD = 12.0
CUT_OVER_MEDIAN = 2.0
# Keyframes scanned at most; beyond this (e.g. all-intra video) evenly spaced seeks are used.
MAX_SCANNED_KEYFRAMES = 600
_THUMB = (32, 18)
_BACKGROUND = 24  # dark neutral gray around tiles whose aspect differs from the tile's


@dataclass(frozen=True)
class Storyboard:
    """A filtered grid image (RGB) and the time of each tile, in reading order."""

    image: np.ndarray
    times_s: tuple[float, ...]
    tile_wh: tuple[int, int]
    columns: int


@dataclass
class _Key:
    time_s: float
    frame: np.ndarray  # reduced, unfiltered: stays in memory only
    thumb: np.ndarray
    cut_score: float = 0.0


def _decode_size(src_wh: tuple[int, int], tile_wh: tuple[int, int]) -> tuple[int, int]:
    """Twice the tile fit: enough for the filter to shrink from, small enough to keep many."""
    w, h = fit_size(src_wh, (tile_wh[0] * 2, tile_wh[1] * 2))
    if w >= src_wh[0] or h >= src_wh[1]:
        return src_wh
    return max(2, w - w % 2), max(2, h - h % 2)


def _thumb(frame: np.ndarray) -> np.ndarray:
    gray = cv2.cvtColor(frame, cv2.COLOR_RGB2GRAY)
    return cv2.resize(gray, _THUMB, interpolation=cv2.INTER_AREA).astype(np.float32)


def _scan(video: VideoReader, size: tuple[int, int], count: int) -> list[_Key]:
    keys: list[_Key] = []
    for t, frame in video.keyframes(size):
        keys.append(_Key(t, frame, _thumb(frame)))
        if len(keys) > MAX_SCANNED_KEYFRAMES:
            break
    duration = video.duration_s or (keys[-1].time_s if keys else 0.0)
    if len(keys) > MAX_SCANNED_KEYFRAMES or len(keys) < count:
        # Too many keyframes to scan, or too few to fill the board: sample by time instead.
        keys = _sample_by_time(video, size, count, duration, keys)
    for prev, cur in itertools.pairwise(keys):
        cur.cut_score = float(np.mean(np.abs(cur.thumb - prev.thumb)))
    return keys


def _sample_by_time(
    video: VideoReader, size: tuple[int, int], count: int, duration: float, found: list[_Key]
) -> list[_Key]:
    """Add exact frames at evenly spaced times: all of them when the keyframe scan was abandoned,
    otherwise only at the targets farthest from any keyframe, until the board is full. They come
    from one sequential decode, the only option when a clip has a single keyframe."""
    keep = found if len(found) <= MAX_SCANNED_KEYFRAMES else []
    targets = [(i + 0.5) * duration / count if duration > 0 else 0.0 for i in range(count)]
    if keep:
        have = np.array([k.time_s for k in keep])
        targets.sort(key=lambda t: -float(np.min(np.abs(have - t))))
        targets = targets[: count - len(keep)]
    keys = {round(k.time_s, 3): k for k in keep}
    try:
        sampled = video.frames_at(targets, size)
    except MediaError:
        sampled = []
    for t, frame in sampled:
        keys.setdefault(round(t, 3), _Key(t, frame, _thumb(frame)))
    return sorted(keys.values(), key=lambda k: k.time_s)


def _select(keys: list[_Key], count: int, duration: float) -> list[_Key]:
    """Scene cuts first (strongest, up to half the board), the rest nearest to even spacing."""
    if len(keys) <= count:
        return keys
    chosen: dict[int, _Key] = {}
    median = float(np.median([k.cut_score for k in keys[1:]])) if len(keys) > 1 else 0.0
    threshold = max(SCENE_CHANGE_THRESHOLD, CUT_OVER_MEDIAN * median)
    cuts = sorted(
        (i for i, k in enumerate(keys) if k.cut_score >= threshold),
        key=lambda i: -keys[i].cut_score,
    )
    for i in cuts[: count // 2]:
        chosen[i] = keys[i]
    span = duration if duration > 0 else keys[-1].time_s
    targets = [(j + 0.5) * span / count for j in range(count)]
    times = np.array([k.time_s for k in keys])
    for t in targets:
        if len(chosen) >= count:
            break
        order = np.argsort(np.abs(times - t), kind="stable")
        for i in order:
            if int(i) not in chosen:
                chosen[int(i)] = keys[int(i)]
                break
    return [chosen[i] for i in sorted(chosen)]


def storyboard(
    path: Path,
    settings: FilterSettings,
    count: int = 12,
    tile_wh: tuple[int, int] = (320, 180),
    columns: int = 4,
    limits: Limits = DEFAULT_LIMITS,
) -> Storyboard:
    """Up to ``count`` keyframes (evenly spaced, plus scene cuts) filtered into a grid image.

    Tiles keep the video's aspect ratio, centred on a dark gray tile. Raises :class:`MediaError`.
    """
    if count < 1 or columns < 1 or tile_wh[0] < 1 or tile_wh[1] < 1:
        raise ValueError("count, columns and tile size must be positive")
    with VideoReader(path, limits) as video:
        size = _decode_size((video.width, video.height), tile_wh)
        keys = _scan(video, size, count)
        if not keys:
            raise MediaError(QT_TRANSLATE_NOOP("Media", "no decodable frames in video"))
        picked = _select(keys, count, video.duration_s or 0.0)
    cols = min(columns, len(picked))
    rows = math.ceil(len(picked) / cols)
    tw, th = tile_wh
    grid = np.full((rows * th, cols * tw, 3), _BACKGROUND, np.uint8)
    for n, key in enumerate(picked):
        tile = render(key.frame, settings, tile_wh)
        r, c = divmod(n, cols)
        y = r * th + (th - tile.shape[0]) // 2
        x = c * tw + (tw - tile.shape[1]) // 2
        grid[y : y + tile.shape[0], x : x + tile.shape[1]] = tile
    return Storyboard(grid, tuple(k.time_s for k in picked), tile_wh, cols)

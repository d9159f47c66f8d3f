"""What the reviewer window asks of a video, as plain functions a decoder process can run.

The window never opens an untrusted video itself: it calls a :class:`VideoSource`. The app's source
runs these functions in an isolated worker process (``workstation.isolation.IsolatedVideo``), where
a decoder that crashes, spins or balloons costs the item, not the window; tests and benchmarks use
:class:`LocalVideo`, which runs the same functions in this process. Playback comes in short chunks of
consecutive frames, so one worker serves a whole playback without a process per frame, and the
pixels cross the pipe once, already reduced to the view.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from media.filters import FilterSettings, fit_size
from media.storyboard import storyboard
from media.video import VideoReader

CHUNK_FRAMES = 4  # per round trip to the worker: small enough to start at once, large enough to amortise


def decode_size(source_wh: tuple[int, int], view_wh: tuple[int, int]) -> tuple[int, int]:
    """Frames are scaled in the decoder's colour conversion to fit the view, never enlarged."""
    w, h = fit_size(source_wh, view_wh)
    return (min(w, source_wh[0]), min(h, source_wh[1]))


def storyboard_image(
    path: str, settings: FilterSettings, count: int, tile_wh: tuple[int, int], columns: int
) -> np.ndarray:
    """The filtered keyframe grid (already filtered where it is made)."""
    return storyboard(Path(path), settings, count=count, tile_wh=tile_wh, columns=columns).image


def still_frame(path: str, at_s: float, view_wh: tuple[int, int]) -> tuple[float, np.ndarray]:
    """``(frames per second, the frame shown at at_s)`` scaled to the view, for a paused video."""
    with VideoReader(Path(path)) as reader:
        fps = reader.fps or 30.0
        return fps, reader.frame_at(at_s, size=decode_size((reader.width, reader.height), view_wh))


@dataclass
class _Session:
    key: tuple[int, str, tuple[int, int]]
    reader: VideoReader
    frames: Iterator[tuple[float, np.ndarray]]


_session: _Session | None = None  # the playback this process is decoding (one per worker)


def next_chunk(
    session: int, path: str, start_s: float, view_wh: tuple[int, int], count: int = CHUNK_FRAMES
) -> tuple[list[float], np.ndarray]:
    """The next ``count`` frames of playback ``session`` as ``(times, frames stacked)``; a session
    this process has not seen opens the file at ``start_s``. Fewer frames (none: shape ``(0,)``)
    means the video ended."""
    global _session
    key = (session, path, (view_wh[0], view_wh[1]))
    if _session is None or _session.key != key:
        close_session()
        reader = VideoReader(Path(path))
        size = decode_size((reader.width, reader.height), view_wh)
        _session = _Session(key, reader, reader.frames(start_s, size=size))
    times: list[float] = []
    frames: list[np.ndarray] = []
    for pts, frame in itertools.islice(_session.frames, count):
        times.append(pts)
        frames.append(frame)
    if len(frames) < count:
        close_session()
    return times, (np.stack(frames) if frames else np.empty((0,), np.uint8))


def close_session() -> None:
    global _session
    if _session is not None:
        _session.reader.close()
        _session = None


class VideoSource(Protocol):
    """How the window reads a video: a filtered storyboard, a still, and playback frames."""

    def storyboard(
        self, path: str, settings: FilterSettings, count: int, tile_wh: tuple[int, int], columns: int
    ) -> np.ndarray: ...

    def still(self, path: str, at_s: float, view_wh: tuple[int, int]) -> tuple[float, np.ndarray]: ...

    def frames(
        self, path: str, start_s: float, view_wh: tuple[int, int]
    ) -> Iterator[tuple[float, np.ndarray]]: ...


class LocalVideo:
    """Decodes in this process: tests and benchmarks. The app uses ``IsolatedVideo``."""

    def storyboard(
        self, path: str, settings: FilterSettings, count: int, tile_wh: tuple[int, int], columns: int
    ) -> np.ndarray:
        return storyboard_image(path, settings, count, tile_wh, columns)

    def still(self, path: str, at_s: float, view_wh: tuple[int, int]) -> tuple[float, np.ndarray]:
        return still_frame(path, at_s, view_wh)

    def frames(
        self, path: str, start_s: float, view_wh: tuple[int, int]
    ) -> Iterator[tuple[float, np.ndarray]]:
        with VideoReader(Path(path)) as reader:
            size = decode_size((reader.width, reader.height), view_wh)
            yield from reader.frames(start_s, size=size)


_sessions = itertools.count(1)


def new_session() -> int:
    """A playback id unique in this process (a worker keys its open decoder by it)."""
    return next(_sessions)

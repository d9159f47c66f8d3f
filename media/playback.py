"""What the reviewer window asks of a video, pictures and sound, as functions a decoder process can run.

The window never opens an untrusted video itself: it calls a :class:`VideoSource`. The app's source
runs these functions in an isolated worker process (``workstation.decode_sandbox.IsolatedVideo``), where
a decoder that crashes, spins or balloons costs the item, not the window; tests and benchmarks use
:class:`LocalVideo`, which runs the same functions in this process. Playback comes in short chunks of
consecutive frames, so one worker serves a whole playback without a process per frame, and the
pixels cross the pipe once, already reduced to the view. Sound comes the same way, as PCM blocks of a
quarter second, so the window's audio sink never sees the file.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from media.audio import AudioReader, PcmFormat
from media.filters import FilterSettings, fit_size
from media.storyboard import storyboard
from media.video import VideoReader

CHUNK_FRAMES = 4  # per round trip to the worker: small enough to start at once, large enough to amortise
AUDIO_CHUNK_S = 0.25  # of sound per round trip: 96 KB of stereo PCM, a few ms of decoding


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
class _VideoPlayback:
    key: tuple[int, str, tuple[int, int]]
    reader: VideoReader
    frames: Iterator[tuple[float, np.ndarray]]


_video: _VideoPlayback | None = None  # the playback this process is decoding (one per worker)


def next_chunk(
    playback: int, path: str, start_s: float, view_wh: tuple[int, int], count: int = CHUNK_FRAMES
) -> tuple[list[float], np.ndarray]:
    """The next ``count`` frames of ``playback`` (an id from ``new_playback_id``) as ``(times,
    frames stacked)``; a playback this process has not seen opens the file at ``start_s``. Fewer
    frames (none: shape ``(0,)``) means the video ended."""
    global _video
    key = (playback, path, (view_wh[0], view_wh[1]))
    if _video is None or _video.key != key:
        close_playback()
        reader = VideoReader(Path(path))
        size = decode_size((reader.width, reader.height), view_wh)
        _video = _VideoPlayback(key, reader, reader.frames(start_s, size=size))
    times: list[float] = []
    frames: list[np.ndarray] = []
    for pts, frame in itertools.islice(_video.frames, count):
        times.append(pts)
        frames.append(frame)
    if len(frames) < count:
        close_playback()
    return times, (np.stack(frames) if frames else np.empty((0,), np.uint8))


def close_playback() -> None:
    global _video
    if _video is not None:
        _video.reader.close()
        _video = None


@dataclass
class _SoundPlayback:
    key: tuple[int, str, float]
    reader: AudioReader
    blocks: Iterator[np.ndarray]
    ended: bool = False


_audio: _SoundPlayback | None = None  # the sound this process is decoding (one per worker)


def audio_chunk(
    playback: int, path: str, start_s: float, speed: float, seconds: float = AUDIO_CHUNK_S
) -> tuple[tuple[int, int, bool], np.ndarray]:
    """About ``seconds`` more sound of ``playback`` as ``((sample rate, channels, ended),
    int16 samples x channels)``; a playback this process has not seen opens the file at ``start_s``."""
    global _audio
    key = (playback, path, speed)
    if _audio is None or _audio.key != key:
        close_audio()
        reader = AudioReader(Path(path), start_s, speed)
        _audio = _SoundPlayback(key, reader, reader.chunks())
    fmt = _audio.reader.format
    wanted = int(seconds * fmt.sample_rate)
    blocks: list[np.ndarray] = []
    have = 0
    while have < wanted and not _audio.ended:
        block = next(_audio.blocks, None)
        if block is None:
            _audio.ended = True  # kept open, so asking again answers "ended", not a replay
            break
        blocks.append(block)
        have += len(block)
    pcm = np.concatenate(blocks) if blocks else np.empty((0, fmt.channels), np.int16)
    return (fmt.sample_rate, fmt.channels, _audio.ended), pcm


def close_audio() -> None:
    global _audio
    if _audio is not None:
        _audio.reader.close()
        _audio = None


def local_audio(path: str, start_s: float, speed: float) -> Iterator[tuple[PcmFormat, np.ndarray]]:
    """The sound from ``start_s`` in this process, in the blocks the decoder produces."""
    with AudioReader(Path(path), start_s, speed) as reader:
        for block in reader.chunks():
            yield reader.format, block


class VideoSource(Protocol):
    """How the window reads a video: a filtered storyboard, a still, and playback frames."""

    def storyboard(
        self, path: str, settings: FilterSettings, count: int, tile_wh: tuple[int, int], columns: int
    ) -> np.ndarray: ...

    def still(self, path: str, at_s: float, view_wh: tuple[int, int]) -> tuple[float, np.ndarray]: ...

    def frames(
        self, path: str, start_s: float, view_wh: tuple[int, int]
    ) -> Iterator[tuple[float, np.ndarray]]: ...

    def audio(self, path: str, start_s: float, speed: float) -> Iterator[tuple[PcmFormat, np.ndarray]]:
        """The sound track from ``start_s`` at ``speed`` (tempo, not pitch) as int16 PCM blocks."""
        ...


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

    def audio(self, path: str, start_s: float, speed: float) -> Iterator[tuple[PcmFormat, np.ndarray]]:
        return local_audio(path, start_s, speed)


_playback_ids = itertools.count(1)


def new_playback_id() -> int:
    """A playback id unique in this process (a worker keys its open decoder by it)."""
    return next(_playback_ids)

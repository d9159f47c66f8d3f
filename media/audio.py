"""The sound track of an untrusted video as plain 16-bit PCM, from a given time, at a given speed.

The window plays sound through a Qt audio sink fed with these samples, so the file itself is only
ever parsed here (in the app: in the isolated decoder process), never by Qt's in-process FFmpeg.
Speed changes the tempo, not the pitch (FFmpeg's ``atempo``), so 2x speech stays intelligible.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import av.error
import numpy as np

from media.errors import MediaError
from media.limits import DEFAULT_LIMITS, Limits
from media.phrases import QT_TRANSLATE_NOOP
from media.video import ffmpeg_reason, open_container

SAMPLE_RATE = 48_000  # what every sound card takes; FFmpeg resamples the source to it
MAX_CHANNELS = 2  # surround is folded down to stereo


@dataclass(frozen=True)
class PcmFormat:
    sample_rate: int
    channels: int


def tempo_chain(speed: float) -> list[float]:
    """``atempo`` factors whose product is ``speed``, each in the 0.5-2.0 range it accepts."""
    if not 0.01 <= speed <= 100:
        raise ValueError(f"speed {speed} is out of range")
    factors: list[float] = []
    while speed > 2.0:
        factors.append(2.0)
        speed /= 2.0
    while speed < 0.5:
        factors.append(0.5)
        speed /= 0.5
    if abs(speed - 1.0) > 1e-9 or not factors:
        factors.append(speed)
    return factors


class AudioReader:
    """Decodes one audio stream from ``start_s``; iterate :meth:`chunks` for int16 ``(n, channels)``
    blocks in playback order. Every decoder failure is a :class:`MediaError` with the reason."""

    def __init__(
        self, path: Path, start_s: float = 0.0, speed: float = 1.0, limits: Limits = DEFAULT_LIMITS
    ) -> None:
        self._container, _format = open_container(path, limits)
        try:
            if not self._container.streams.audio:
                raise MediaError(QT_TRANSLATE_NOOP("Media", "no audio stream"))
            self._stream = self._container.streams.audio[0]
            channels = max(1, min(MAX_CHANNELS, self._stream.channels or 1))
            self.format = PcmFormat(SAMPLE_RATE, channels)
            self._start = max(0.0, start_s)
            self._graph = self._make_graph(channels, speed)
            if self._start > 0:
                with contextlib.suppress(av.error.FFmpegError):  # else decode from the start and skip
                    self._container.seek(int(self._start * 1_000_000), any_frame=False, backward=True)
        except MediaError:
            self._container.close()
            raise
        except Exception as exc:
            self._container.close()
            raise MediaError(
                QT_TRANSLATE_NOOP("Media", "unreadable audio: {error}").format(error=ffmpeg_reason(exc))
            ) from exc

    def _make_graph(self, channels: int, speed: float) -> Any:
        graph = av.filter.Graph()
        nodes = [graph.add_abuffer(template=self._stream)]
        nodes += [graph.add("atempo", f"{factor:.6f}") for factor in tempo_chain(speed)]
        layout = "stereo" if channels == 2 else "mono"
        nodes.append(
            graph.add("aformat", f"sample_fmts=s16:sample_rates={SAMPLE_RATE}:channel_layouts={layout}")
        )
        nodes.append(graph.add("abuffersink"))
        for a, b in itertools.pairwise(nodes):
            a.link_to(b)
        graph.configure()
        return graph

    def close(self) -> None:
        self._container.close()

    def __enter__(self) -> AudioReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _trimmed(self) -> Iterator[Any]:
        """Decoded frames from ``start_s`` on (a seek lands on a packet boundary before it)."""
        try:
            for frame in self._container.decode(self._stream):
                if frame.pts is None or frame.time_base is None:
                    yield frame
                    continue
                begin = float(frame.pts * frame.time_base)
                end = begin + frame.samples / frame.sample_rate
                if end <= self._start:
                    continue
                if begin < self._start:
                    skip = round((self._start - begin) * frame.sample_rate)
                    # planar: (channels, samples); packed: (1, samples x channels)
                    step = 1 if frame.format.is_planar else len(frame.layout.channels)
                    array = frame.to_ndarray()[..., skip * step :]
                    if array.shape[-1] == 0:
                        continue
                    trimmed = av.AudioFrame.from_ndarray(
                        np.ascontiguousarray(array), format=frame.format.name, layout=frame.layout.name
                    )
                    trimmed.sample_rate = frame.sample_rate
                    trimmed.time_base = frame.time_base
                    trimmed.pts = frame.pts + round(skip / frame.sample_rate / frame.time_base)
                    yield trimmed
                else:
                    yield frame
        except av.error.FFmpegError as exc:
            raise MediaError(
                QT_TRANSLATE_NOOP("Media", "the audio could not be decoded: {error}").format(
                    error=ffmpeg_reason(exc)
                )
            ) from exc

    def chunks(self) -> Iterator[np.ndarray]:
        """int16 blocks of ``(samples, channels)``, already at the requested tempo."""
        try:
            for frame in self._trimmed():
                self._graph.push(frame)
                yield from self._drain()
            self._graph.push(None)
            yield from self._drain()
        except av.error.FFmpegError as exc:
            raise MediaError(
                QT_TRANSLATE_NOOP("Media", "the audio could not be decoded: {error}").format(
                    error=ffmpeg_reason(exc)
                )
            ) from exc

    def _drain(self) -> Iterator[np.ndarray]:
        while True:
            try:
                out = self._graph.pull()
            except (av.error.BlockingIOError, av.error.EOFError):
                return
            yield out.to_ndarray().reshape(-1, self.format.channels)

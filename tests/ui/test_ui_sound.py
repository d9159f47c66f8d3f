"""Sound of video items: decoded by the video source (a worker process in the app), written to a
sound output only while the item is unmuted and playing, silenced at once by M, pulled back into
step with the picture, and a failure of the sound is a line in the status bar, not a stop."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from ui_samples import write_clip

from media.audio import PcmFormat
from media.errors import MediaError
from media.playback import LocalVideo
from ui.audio import QtPcmSink


class RecordingSink:
    """A sound card that plays in real time what it is given, and keeps it."""

    def __init__(self) -> None:
        self.fmt: PcmFormat | None = None
        self.data = bytearray()
        self.closed = False
        self._opened = 0.0

    def open(self, fmt: PcmFormat) -> str | None:
        self.fmt, self._opened = fmt, time.monotonic()
        return None

    def free_bytes(self) -> int:
        return 0 if self.closed else 64 * 1024

    def write(self, data: bytes) -> int:
        assert not self.closed, "written after it was closed"
        self.data += data
        return len(data)

    def played_s(self) -> float:
        assert self.fmt is not None
        held = len(self.data) / (self.fmt.sample_rate * self.fmt.channels * 2)
        return min(time.monotonic() - self._opened, held)

    def close(self) -> None:
        self.closed = True

    def seconds(self) -> float:
        assert self.fmt is not None
        return len(self.data) / (self.fmt.sample_rate * self.fmt.channels * 2)


class Sinks(list[RecordingSink]):
    """The sound outputs a window made, each with the media time its sound started from."""

    def __init__(self) -> None:
        super().__init__()
        self.window: Any = None
        self.starts: list[float] = []

    def __call__(self) -> RecordingSink:
        self.append(RecordingSink())
        self.starts.append(self.window.video.sound.started_at if self.window is not None else 0.0)
        return self[-1]


def _samples(data: bytes | bytearray) -> np.ndarray:
    return np.frombuffer(bytes(data), np.int16).reshape(-1, 2)


def _assert_is_the_sound_from(sink: RecordingSink, clip: Path, start: float) -> None:
    """What reached the sound card is the clip's sound from ``start`` (past a decoder's warm-up
    after a seek: AAC primes over its first frames, so the first 0.3 s may differ slightly)."""
    heard = _samples(sink.data)
    expected = np.concatenate([pcm for _, pcm in LocalVideo().audio(str(clip), start, 1.0)])
    assert len(heard) <= len(expected)
    if start == 0.0:
        assert np.array_equal(heard, expected[: len(heard)])
    else:
        skip = int(0.3 * 48_000)
        diff = np.abs(heard[skip:].astype(np.int32) - expected[skip : len(heard)].astype(np.int32))
        assert len(diff) > 0 and diff.max() <= 32


@pytest.fixture
def tone(tmp_path: Path) -> Path:
    return write_clip(tmp_path / "tone.mp4", seconds=3.0, fps=30, size=(320, 240), tone_hz=440)


def _add_video(world, ref: str, clip: Path, has_audio: bool = True) -> None:
    meta = {"mime": "video/mp4", "width": 320, "height": 240, "duration_s": 3.0, "has_audio": has_audio}
    world.add_item(ref, [("video", clip, meta)])


def _playing_with_sound(world, make_window, qtbot, clip: Path) -> tuple[Any, Sinks]:
    """A window playing a video item, unmuted, once its first sound has reached the output."""
    sinks = Sinks()
    _add_video(world, "vid-1", clip)
    window = sinks.window = make_window(sound_sink=sinks)
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_M)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(sinks) and sinks[0].seconds() > 0, timeout=5000)
    return window, sinks


def test_sound_plays_only_while_unmuted_and_playing(world, make_window, qtbot, tone) -> None:
    sinks = Sinks()
    _add_video(world, "vid-1", tone)
    window = sinks.window = make_window(sound_sink=sinks)
    qtbot.keyClick(window, Qt.Key.Key_N)
    video = window.video
    assert video.muted and video.sound is None
    qtbot.keyClick(window, Qt.Key.Key_M)  # unmuted, but paused: nothing decodes the sound yet
    assert not video.muted and window.media_view.view_state().audio_unmuted
    assert video.sound is None and not sinks

    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(sinks) and sinks[0].seconds() >= 0.5, timeout=5000)
    assert video.sound_playing and sinks[0].fmt == PcmFormat(48_000, 2)
    assert sinks.starts[0] == 0.0  # where the picture started
    _assert_is_the_sound_from(sinks[0], tone, 0.0)

    qtbot.keyClick(window, Qt.Key.Key_M)  # silence now
    assert all(s.closed for s in sinks) and not video.sound_playing and video.playing
    made = len(sinks)
    qtbot.wait(200)
    assert len(sinks) == made  # nothing reopened while muted

    qtbot.keyClick(window, Qt.Key.Key_M)  # sound again, from where the picture is
    qtbot.waitUntil(lambda: len(sinks) > made and sinks[made].seconds() >= 0.6, timeout=5000)
    assert sinks.starts[made] > 0.0
    _assert_is_the_sound_from(sinks[made], tone, sinks.starts[made])

    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause: silent
    assert all(s.closed for s in sinks) and not video.sound_playing

    _add_video(world, "vid-2", tone)
    qtbot.keyClick(window, Qt.Key.Key_1)  # decide; the next item starts muted
    assert window.session.item is not None and window.session.item.external_ref == "vid-2"
    assert window.video.muted and not window.video.sound_playing
    made = len(sinks)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.video.frames_shown >= 3, timeout=5000)
    assert len(sinks) == made and all(s.closed for s in sinks)


def test_a_speed_change_restarts_the_sound_at_the_new_tempo(world, make_window, qtbot, tone) -> None:
    window, sinks = _playing_with_sound(world, make_window, qtbot, tone)
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_L)  # 1 -> 1.25 -> 1.5 -> 2 -> 3
    assert window.video.speed == 3.0
    first = sinks[0]
    assert first.closed  # the 1x sound stopped with the first speed change
    qtbot.waitUntil(lambda: not window.video.playing, timeout=5000)  # played to the end
    assert all(s.closed for s in sinks)  # and the sound stopped with the picture
    last = sinks[-1]
    assert last is not first
    # what is left of a 3 s clip at 3x: at most a second of sound, not three
    assert 0 < last.seconds() <= 1.05


class _BrokenSound(LocalVideo):
    def audio(self, path: str, start_s: float, speed: float) -> Iterator[tuple[PcmFormat, np.ndarray]]:
        yield PcmFormat(48_000, 2), np.zeros((4800, 2), np.int16)
        raise MediaError("the decoder crashed (signal 11)")


def test_a_sound_failure_is_shown_and_the_picture_plays_on(world, make_window, qtbot, tone) -> None:
    sinks = Sinks()
    _add_video(world, "vid-1", tone)
    window = make_window(sound_sink=sinks, video_source=_BrokenSound())
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_M)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: "no sound: the decoder crashed (signal 11)" in window.video_bar.text(), timeout=5000
    )
    assert sinks and sinks[0].closed
    assert not window.video.muted  # as the reviewer left it: M twice tries again
    assert window.media_view.view_state().audio_unmuted is False  # nothing heard: the meter adds no sound
    shown = window.video.frames_shown
    qtbot.waitUntil(lambda: window.video.frames_shown > shown + 5, timeout=5000)
    assert window.video.playing


def test_the_sound_card_says_why_it_cannot_play(qapp) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    sink = QtPcmSink()
    reason = sink.open(PcmFormat(48_000, 2))
    try:
        if QMediaDevices.defaultAudioOutput().isNull():  # CI and headless machines
            assert reason == "no sound output device"
            assert sink.free_bytes() == 0 and sink.write(b"\0" * 64) == 0
        else:
            assert reason is None
            assert sink.write(b"\0" * 4800) > 0
    finally:
        sink.close()


def test_the_panic_key_silences_the_sound_at_once(world, make_window, qtbot, tone) -> None:
    window, sinks = _playing_with_sound(world, make_window, qtbot, tone)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert all(s.closed for s in sinks) and not window.video.playing
    made = len(sinks)
    qtbot.wait(200)
    assert len(sinks) == made

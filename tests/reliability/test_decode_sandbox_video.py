"""Videos decode in a worker process too: the window's storyboard, paused frame and playback come
back pixel-identical to an in-process decode, and a video decoder that crashes or hangs mid-playback
costs that playback (a MediaError with the reason), never the window; the next playback works."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from media.errors import MediaError
from media.filters import FilterSettings
from media.playback import LocalVideo
from tests.media.media_samples import write_video
from tests.reliability import decoders
from workstation.decode_sandbox import DecoderPool, IsolatedVideo, IsolationLimits

VIEW = (320, 200)


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_video(tmp_path_factory.mktemp("video") / "clip.mp4", seconds=2.0, fps=25, size=(640, 360))


@pytest.fixture
def video() -> Iterator[IsolatedVideo]:
    source = IsolatedVideo()
    yield source
    source.close()


def test_playback_frames_match_an_in_process_decode(video: IsolatedVideo, clip: Path) -> None:
    here = list(LocalVideo().frames(str(clip), 0.5, VIEW))
    there = list(video.frames(str(clip), 0.5, VIEW))
    assert len(there) == len(here) == 37  # 0.52 s to 1.96 s at 25 fps, in chunks across the pipe
    assert [t for t, _ in there] == pytest.approx([t for t, _ in here])
    assert all(np.array_equal(a, b) for (_, a), (_, b) in zip(there, here, strict=True))
    assert there[0][1].shape == (180, 320, 3)  # scaled to the view in the worker, not in the window


def test_storyboard_and_paused_frame_match_an_in_process_decode(video: IsolatedVideo, clip: Path) -> None:
    blurred = FilterSettings()
    assert np.array_equal(
        video.storyboard(str(clip), blurred, 6, (160, 90), 3),
        LocalVideo().storyboard(str(clip), blurred, 6, (160, 90), 3),
    )
    fps, frame = video.still(str(clip), 1.0, VIEW)
    assert fps == 25.0
    assert np.array_equal(frame, LocalVideo().still(str(clip), 1.0, VIEW)[1])
    assert video.pool.run(decoders.worker_pid) != os.getpid()  # decoded in another process


def test_a_decoder_crashing_mid_playback_ends_that_playback_with_the_reason(
    video: IsolatedVideo, clip: Path
) -> None:
    frames = video.frames(str(clip), 0.0, VIEW, chunk=2)
    next(frames)
    os.kill(video.pool.run(decoders.worker_pid), signal.SIGSEGV)  # a wild pointer in FFmpeg
    next(frames)  # the rest of the chunk already crossed the pipe
    with pytest.raises(MediaError) as caught:
        next(frames)
    assert caught.value.reason == "the decoder crashed (signal 11)"
    assert len(list(video.frames(str(clip), 1.5, VIEW))) == 12  # a fresh worker plays the next one


def test_a_hanging_video_decoder_is_stopped_by_the_wall_clock(clip: Path) -> None:
    pool = DecoderPool(1, IsolationLimits(wall_seconds=2.0), preload=())
    video = IsolatedVideo(pool)
    try:
        frames = video.frames(str(clip), 0.0, VIEW, chunk=1)
        next(frames)
        os.kill(pool.run(decoders.worker_pid), signal.SIGSTOP)  # stuck, using no processor time
        with pytest.raises(MediaError, match=r"decoding took longer than 2 s"):
            next(frames)
        fps, _frame = video.still(str(clip), 0.0, VIEW)  # replaced: the window goes on
        assert fps == 25.0
    finally:
        pool.close()


def test_an_unreadable_video_is_a_reason_not_a_crash(video: IsolatedVideo, tmp_path: Path) -> None:
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(4000))
    with pytest.raises(MediaError) as caught:
        list(video.frames(str(broken), 0.0, VIEW))
    assert caught.value.reason  # a sentence for the item, from the worker
    with pytest.raises(MediaError):
        video.storyboard(str(broken), FilterSettings(), 6, (160, 90), 3)


@pytest.fixture(scope="module")
def tone_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_video(
        tmp_path_factory.mktemp("sound") / "tone.mp4",
        seconds=2.0,
        fps=25,
        size=(320, 180),
        audio=True,
        tone_hz=440,
    )


def test_sound_decodes_in_its_own_worker_as_it_would_here(video: IsolatedVideo, tone_clip: Path) -> None:
    there = list(video.audio(str(tone_clip), 0.5, 1.5))
    here = list(LocalVideo().audio(str(tone_clip), 0.5, 1.5))
    assert {fmt for fmt, _ in there} == {fmt for fmt, _ in here}
    assert np.array_equal(np.concatenate([p for _, p in there]), np.concatenate([p for _, p in here]))
    assert len(there) < len(here)  # quarter-second blocks across the pipe, not one per AAC frame
    pids = {os.getpid(), video.pool.run(decoders.worker_pid), video.audio_pool.run(decoders.worker_pid)}
    assert len(pids) == 3  # neither the window nor the picture's worker parses the sound


def test_a_sound_decoder_crash_silences_the_item_and_the_picture_plays_on(
    video: IsolatedVideo, tone_clip: Path
) -> None:
    frames = video.frames(str(tone_clip), 0.0, VIEW, chunk=2)
    sound = video.audio(str(tone_clip), 0.0, 1.0)
    next(frames)
    next(sound)
    os.kill(video.audio_pool.run(decoders.worker_pid), signal.SIGSEGV)
    with pytest.raises(MediaError) as caught:
        next(sound)
    assert caught.value.reason == "the decoder crashed (signal 11)"
    assert len(list(frames)) == 49  # the other 49 of 50 frames: the picture's worker was not touched
    assert len(list(video.audio(str(tone_clip), 1.0, 1.0))) >= 3  # a fresh sound worker

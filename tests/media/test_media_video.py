"""Video: every container/codec we generate, probing, random access and corrupt streams."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from media_samples import scene_frame, write_video

from media.errors import MediaError
from media.limits import Limits
from media.video import VideoReader

CASES = [
    ("h264.mp4", "libx264", "mp4"),
    ("mpeg4.mp4", "mpeg4", "mp4"),
    ("clip.mov", "libx264", "mov"),
    ("vp8.webm", "libvpx", "webm"),
    ("vp9.webm", "libvpx-vp9", "webm"),
    ("clip.mkv", "libx264", "mkv"),
    ("clip.avi", "mpeg4", "avi"),
]


@pytest.mark.parametrize(("name", "codec", "fmt"), CASES)
def test_containers_and_codecs(tmp_path: Path, name: str, codec: str, fmt: str) -> None:
    path = write_video(tmp_path / name, seconds=1.0, fps=20, size=(96, 64), codec=codec)
    with VideoReader(path) as video:
        assert video.format == fmt
        assert (video.width, video.height) == (96, 64)
        assert video.fps == pytest.approx(20, rel=0.01)
        assert video.duration_s == pytest.approx(1.0, abs=0.1)
        assert video.frame_count == 20
        assert not video.has_audio
        frames = list(video.frames())
    assert len(frames) == 20
    times = [t for t, _ in frames]
    assert times == sorted(times) and times[0] == pytest.approx(0.0, abs=0.06)
    first = frames[0][1]
    assert first.shape == (64, 96, 3) and first.dtype == np.uint8 and first.flags.c_contiguous


def test_audio_is_detected(tmp_path: Path) -> None:
    path = write_video(tmp_path / "a.mp4", seconds=1.0, audio=True)
    with VideoReader(path) as video:
        assert video.has_audio


def test_frame_at_returns_the_frame_shown_at_that_time(tmp_path: Path) -> None:
    path = write_video(tmp_path / "seek.mp4", seconds=4.0, fps=10, gop=10)
    with VideoReader(path) as video:
        frames = list(video.frames())
        for t in (0.0, 0.05, 1.0, 1.55, 2.99, 3.9):
            expected = max((f for f in frames if f[0] <= t + 1e-6), key=lambda f: f[0])[1]
            np.testing.assert_array_equal(video.frame_at(t), expected)
        # Out of range: clamp to the first / last frame.
        np.testing.assert_array_equal(video.frame_at(-5), frames[0][1])
        np.testing.assert_array_equal(video.frame_at(100), frames[-1][1])
        # Random access in any order, after sequential reads.
        np.testing.assert_array_equal(video.frame_at(0.5), frames[5][1])


def test_frames_from_a_start_time(tmp_path: Path) -> None:
    path = write_video(tmp_path / "s.mp4", seconds=3.0, fps=10, gop=10)
    with VideoReader(path) as video:
        later = list(video.frames(start_s=1.5))
    assert later[0][0] == pytest.approx(1.5, abs=0.01)
    assert len(later) == 15


@pytest.mark.parametrize(
    ("name", "codec"),
    [("k.mp4", "libx264"), ("k.webm", "libvpx"), ("k9.webm", "libvpx-vp9"), ("k.avi", "mpeg4")],
)
def test_keyframes_only(tmp_path: Path, name: str, codec: str) -> None:
    """Every decoder, including those that ignore skip_frame (VP8/VP9, MPEG-4), yields only keyframes."""
    path = write_video(tmp_path / name, seconds=3.0, fps=10, gop=10, codec=codec)
    with VideoReader(path) as video:
        keys = list(video.keyframes(size=(40, 24)))
        assert [round(t, 2) for t, _ in keys] == [0.0, 1.0, 2.0]
        assert keys[0][1].shape == (24, 40, 3)
        t, _frame = video.keyframe_at(1.7)
        assert t == pytest.approx(1.0)
        # Normal decoding still works afterwards (skip_frame was restored).
        assert len(list(video.frames())) == 30


def test_corrupt_frames_mid_stream_are_skipped(tmp_path: Path) -> None:
    path = write_video(tmp_path / "c.mp4", seconds=4.0, fps=25, size=(160, 96), gop=25)
    data = bytearray(path.read_bytes())
    start, end = len(data) // 3, len(data) // 3 + len(data) // 5
    data[start:end] = bytes((i * 37 + 11) % 256 for i in range(end - start))
    path.write_bytes(bytes(data))
    with VideoReader(path) as video:
        frames = list(video.frames())
        assert 25 <= len(frames) < 100  # the damaged packets are dropped, the rest decode
        assert all(f.shape == (96, 160, 3) for _, f in frames)
        t, last = frames[-1]
        assert t > 3.5
        assert np.abs(last.astype(int) - scene_frame(t, 160, 96).astype(int)).mean() < 5
        assert video.frame_at(3.9).shape == (96, 160, 3)  # after the damage, still decodable


def test_truncated_video(tmp_path: Path) -> None:
    path = write_video(tmp_path / "t.mp4", seconds=2.0)
    path.write_bytes(path.read_bytes()[:400])
    with pytest.raises(MediaError), VideoReader(path) as video:
        video.frame_at(1.0)


def test_no_video_stream(tmp_path: Path) -> None:
    import av

    path = tmp_path / "audio_only.mp4"
    with av.open(str(path), mode="w") as out:
        stream = out.add_stream("aac", rate=8000)
        for k in range(4):
            frame = av.AudioFrame.from_ndarray(np.zeros((1, 1024), np.float32), format="fltp", layout="mono")
            frame.sample_rate = 8000
            frame.pts = k * 1024
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    with pytest.raises(MediaError, match=r"^no video stream$"):
        VideoReader(path)


def test_video_limits(tmp_path: Path) -> None:
    path = write_video(tmp_path / "l.mp4", seconds=2.0, fps=25, size=(160, 96))
    with pytest.raises(MediaError, match="160x96 pixels exceeds"):
        VideoReader(path, Limits(max_pixels=10_000))
    with pytest.raises(MediaError, match="50 frames exceeds the 10 frame limit"):
        VideoReader(path, Limits(max_frames=10))
    with pytest.raises(MediaError, match="exceeds the 1 s limit"):
        VideoReader(path, Limits(max_duration_s=1.0))
    with pytest.raises(MediaError, match="byte limit"):
        VideoReader(path, Limits(max_file_bytes=100))


def test_not_a_video(tmp_path: Path) -> None:
    path = tmp_path / "x.mp4"
    path.write_text("hello")
    with pytest.raises(MediaError, match="not a video"):
        VideoReader(path)
    fake = tmp_path / "fake.mp4"
    fake.write_bytes(b"\x00\x00\x00\x18ftypisom" + b"\x00" * 64)
    with pytest.raises(MediaError), VideoReader(fake) as video:
        video.frame_at(0)


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_display_rotation_is_applied(tmp_path: Path, rotation: int) -> None:
    """Phone videos store landscape frames plus a display rotation: frames come out upright."""
    import av

    path = write_video(tmp_path / "r.mp4", seconds=0.5, fps=10, size=(96, 64), rotation=rotation)
    # The stored (landscape) frame of the same file: libx264 with threads does not encode the same
    # pictures to the same bytes twice, so a second, unrotated clip is no reference.
    with av.open(str(path)) as container:
        stored = next(container.decode(video=0)).to_ndarray(format="rgb24")
    assert stored.shape == (64, 96, 3)
    with VideoReader(path) as video:
        expected_wh = (64, 96) if rotation in (90, 270) else (96, 64)
        assert (video.width, video.height) == expected_wh
        upright = video.frame_at(0.0)
        np.testing.assert_array_equal(upright, np.rot90(stored, rotation // 90))
        small = video.frame_at(0.0, size=(expected_wh[0] // 2, expected_wh[1] // 2))
        assert small.shape == (expected_wh[1] // 2, expected_wh[0] // 2, 3)
        assert all(f.shape == upright.shape for _, f in video.frames())


def test_frames_at_matches_frame_at(tmp_path: Path) -> None:
    path = write_video(tmp_path / "m.mp4", seconds=3.0, fps=10, gop=300, options={"sc_threshold": "0"})
    with VideoReader(path) as video:
        times = [2.55, 0.0, 1.0, 1.04, 9.0]
        got = video.frames_at(times, size=(80, 48))
        assert [t for t, _ in got] == sorted(times)
        for t, frame in got:
            np.testing.assert_array_equal(frame, video.frame_at(t, size=(80, 48)))
        assert video.frames_at([]) == []

"""A video's sound as PCM: from a time, at a tempo that keeps the pitch, and every failure a reason."""

from __future__ import annotations

import math
from pathlib import Path

import av
import numpy as np
import pytest
from media_samples import write_video

from media.audio import SAMPLE_RATE, AudioReader, tempo_chain
from media.errors import MediaError
from media.playback import audio_chunk, close_audio, local_audio


def _pcm(path: Path, start_s: float = 0.0, speed: float = 1.0) -> np.ndarray:
    with AudioReader(path, start_s, speed) as reader:
        return np.concatenate(list(reader.chunks()))


def _pitch_hz(pcm: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(pcm[:, 0].astype(np.float64)))
    return float(np.argmax(spectrum) * SAMPLE_RATE / len(pcm))


@pytest.fixture(scope="module")
def tone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_video(tmp_path_factory.mktemp("audio") / "tone.mp4", seconds=4.0, audio=True, tone_hz=440)


@pytest.mark.parametrize(
    ("speed", "chain"),
    [(1.0, [1.0]), (0.25, [0.5, 0.5]), (0.75, [0.75]), (3.0, [2.0, 1.5]), (4.0, [2.0, 2.0])],
)
def test_tempo_chain_stays_in_the_range_atempo_takes(speed: float, chain: list[float]) -> None:
    assert tempo_chain(speed) == pytest.approx(chain)
    assert math.prod(chain) == pytest.approx(speed)


def test_the_sound_is_int16_at_48khz_for_the_whole_clip(tone: Path) -> None:
    with AudioReader(tone) as reader:
        assert (reader.format.sample_rate, reader.format.channels) == (48_000, 2)
        pcm = np.concatenate(list(reader.chunks()))
    assert pcm.dtype == np.int16 and pcm.shape[1] == 2
    # 31 AAC frames of 1024 samples at 8 kHz: 3.968 s
    assert len(pcm) / SAMPLE_RATE == pytest.approx(3.968, abs=0.01)
    assert _pitch_hz(pcm) == pytest.approx(440, abs=2)
    assert 8_000 < np.abs(pcm).max() < 20_000  # the tone, not silence or clipping


def test_starting_later_gives_the_same_samples_as_the_tail(tone: Path) -> None:
    full, part = _pcm(tone), _pcm(tone, 1.5)
    start = int(1.5 * SAMPLE_RATE)
    assert len(part) == len(full) - start
    # after the decoder's warm-up past the seek point (AAC priming) the samples are the same
    diff = np.abs(part[2048:].astype(np.int32) - full[start + 2048 :].astype(np.int32))
    assert diff.max() <= 32


@pytest.mark.parametrize("speed", [0.25, 0.5, 2.0, 4.0])
def test_speed_changes_the_tempo_not_the_pitch(tone: Path, speed: float) -> None:
    pcm = _pcm(tone, 0.0, speed)
    assert len(pcm) / SAMPLE_RATE == pytest.approx(3.968 / speed, rel=0.02)
    assert _pitch_hz(pcm) == pytest.approx(440, abs=2)  # resampling alone would give 440 x speed


def test_packed_pcm_in_a_mov_is_trimmed_by_frames_not_bytes(tmp_path: Path) -> None:
    path = tmp_path / "pcm.mov"
    with av.open(str(path), "w") as out:
        video = out.add_stream("libx264", rate=10)
        video.width, video.height, video.pix_fmt = 64, 48, "yuv420p"
        sound = out.add_stream("pcm_s16le", rate=8000, layout="stereo")
        for _ in range(20):
            for packet in video.encode(av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), "rgb24")):
                out.mux(packet)
        for packet in video.encode():
            out.mux(packet)
        for k in range(16):
            wave = (10_000 * np.sin(2 * np.pi * 300 * (np.arange(1000) + k * 1000) / 8000)).astype(np.int16)
            frame = av.AudioFrame.from_ndarray(
                np.stack([wave, wave]).T.reshape(1, -1).copy(), format="s16", layout="stereo"
            )
            frame.sample_rate, frame.pts = 8000, k * 1000
            for packet in sound.encode(frame):
                out.mux(packet)
        for packet in sound.encode():
            out.mux(packet)
    full, part = _pcm(path), _pcm(path, 0.8)
    assert len(full) == 2 * SAMPLE_RATE and len(part) == len(full) - int(0.8 * SAMPLE_RATE)
    assert np.array_equal(part[100:2000], full[int(0.8 * SAMPLE_RATE) + 100 : int(0.8 * SAMPLE_RATE) + 2000])
    assert _pitch_hz(full) == pytest.approx(300, abs=2)


def test_every_failure_is_a_reason(tmp_path: Path, tone: Path) -> None:
    silent_film = write_video(tmp_path / "mute.mp4", seconds=0.5)
    with pytest.raises(MediaError, match="no audio stream"):
        AudioReader(silent_film)
    text = tmp_path / "x.mp4"
    text.write_text("hello")
    with pytest.raises(MediaError, match="not a video"):
        AudioReader(text)
    truncated = tmp_path / "cut.mp4"
    truncated.write_bytes(tone.read_bytes()[: tone.stat().st_size // 2])
    try:  # a cut file either fails with a reason or yields what it holds; never another exception
        _pcm(truncated)
    except MediaError as error:
        assert error.reason


def test_worker_chunks_are_the_same_samples_and_say_when_they_end(tone: Path) -> None:
    try:
        blocks = []
        while True:
            (rate, channels, ended), pcm = audio_chunk(7, str(tone), 1.0, 2.0)
            assert (rate, channels) == (48_000, 2)
            blocks.append(pcm)
            if ended:
                break
            assert len(pcm) >= 0.25 * SAMPLE_RATE  # a quarter second a round trip
        assert audio_chunk(7, str(tone), 1.0, 2.0)[0][2]  # asked again: still ended, no replay
    finally:
        close_audio()
    local = np.concatenate([pcm for _, pcm in local_audio(str(tone), 1.0, 2.0)])
    assert np.array_equal(np.concatenate(blocks), local)

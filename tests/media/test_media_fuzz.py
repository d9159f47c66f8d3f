"""Damaged files of every kind fail with MediaError or load correctly shaped: never anything else."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from media_samples import noise, save, write_video

from media.errors import MediaError
from media.image import load_image
from media.probe import probe
from media.video import VideoReader

IMAGE_KINDS = ["jpg", "png", "gif", "webp", "bmp", "tiff"]


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("originals")
    files = {ext: save(noise(48, 32), folder / f"n.{ext}").read_bytes() for ext in IMAGE_KINDS}
    files["mp4"] = write_video(folder / "v.mp4", seconds=1.0, fps=10, size=(64, 48)).read_bytes()
    webm = write_video(folder / "v.webm", seconds=1.0, fps=10, size=(64, 48), codec="libvpx")
    files["webm"] = webm.read_bytes()
    return files


def damage(data: bytes, cut: float, flips: list[tuple[float, int]]) -> bytes:
    out = bytearray(data[: max(1, int(len(data) * cut))])
    for where, value in flips:
        out[int(where * (len(out) - 1))] = value
    return bytes(out)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from([*IMAGE_KINDS, "mp4", "webm"]),
    cut=st.floats(0.05, 1.0),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=6),
)
def test_damaged_files_fail_cleanly(
    tmp_path: Path, originals: dict[str, bytes], kind: str, cut: float, flips: list[tuple[float, int]]
) -> None:
    path = tmp_path / f"damaged.{kind}"
    path.write_bytes(damage(originals[kind], cut, flips))
    try:
        info = probe(path)
        if info.kind == "image":
            img = load_image(path)
            assert img.ndim == 3 and img.shape[2] == 3 and img.dtype == np.uint8
        elif info.kind == "video":
            with VideoReader(path) as video:
                for _t, frame in video.frames():
                    assert frame.shape == (video.height, video.width, 3)
    except MediaError as exc:
        assert exc.reason and str(exc) == exc.reason

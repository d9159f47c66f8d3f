"""Storyboards: tile count, spacing, scene cuts, filtering and speed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from media_samples import write_video

from media.errors import MediaError
from media.filters import DEFAULT_FILTER, FilterSettings
from media.storyboard import storyboard


def test_grid_layout_and_even_spacing(tmp_path: Path) -> None:
    path = write_video(tmp_path / "v.mp4", seconds=12.0, fps=10, size=(160, 90), gop=10)
    plain = FilterSettings(grayscale=False, blur_level=0)
    board = storyboard(path, plain, count=6, tile_wh=(80, 45), columns=3)
    assert board.image.shape == (90, 240, 3)
    assert board.columns == 3 and board.tile_wh == (80, 45)
    assert len(board.times_s) == 6
    assert list(board.times_s) == sorted(board.times_s)
    gaps = np.diff(board.times_s)
    assert gaps.min() >= 1.0 and gaps.max() <= 3.0  # roughly every 2 s of 12 s


def test_output_is_filtered(tmp_path: Path) -> None:
    path = write_video(tmp_path / "v.mp4", seconds=4.0, fps=10, size=(320, 180), gop=10)
    board = storyboard(path, DEFAULT_FILTER, count=4, tile_wh=(160, 90), columns=2)
    img = board.image
    assert np.array_equal(img[..., 0], img[..., 1]) and np.array_equal(img[..., 1], img[..., 2])
    plain = storyboard(path, FilterSettings(blur_level=0, grayscale=False), count=4, tile_wh=(160, 90))
    # Inside the first tile: hard block edges unfiltered, soft ones filtered.
    def sharpness(a: np.ndarray) -> float:
        tile = a[4:86, 4:156].astype(int)
        return float(np.abs(np.diff(tile, axis=1)).max())

    assert sharpness(img) < sharpness(plain.image) / 3


def test_scene_cuts_are_included(tmp_path: Path) -> None:
    """Four scenes with cuts at 2.5, 5 and 7.5 s: a keyframe at each cut lands on the board."""
    path = write_video(tmp_path / "cuts.mp4", seconds=10.0, fps=10, size=(160, 90), scenes=4, gop=300)
    board = storyboard(path, DEFAULT_FILTER, count=4, tile_wh=(64, 36))
    for cut in (2.5, 5.0, 7.5):
        assert any(abs(t - cut) < 0.11 for t in board.times_s), (cut, board.times_s)


def test_sparse_keyframes_are_filled_by_time(tmp_path: Path) -> None:
    """One keyframe only (long GOP, no cuts): the board is still filled at evenly spaced times."""
    path = write_video(tmp_path / "sparse.mp4", seconds=6.0, fps=10, size=(160, 90), gop=600,
                       options={"sc_threshold": "0"})
    board = storyboard(path, DEFAULT_FILTER, count=6, tile_wh=(64, 36), columns=3)
    assert len(board.times_s) == 6
    assert board.image.shape == (72, 192, 3)


def test_short_video_and_partial_last_row(tmp_path: Path) -> None:
    path = write_video(tmp_path / "short.mp4", seconds=0.5, fps=10, size=(64, 36))
    board = storyboard(path, DEFAULT_FILTER, count=5, tile_wh=(64, 36), columns=4)
    assert board.image.shape[1] == 4 * 64
    assert 1 <= len(board.times_s) <= 5


def test_not_a_video(tmp_path: Path) -> None:
    path = tmp_path / "n.mp4"
    path.write_text("words")
    with pytest.raises(MediaError):
        storyboard(path, DEFAULT_FILTER)
    with pytest.raises(ValueError):
        storyboard(path, DEFAULT_FILTER, count=0)


@pytest.mark.slow  # docs/development.md, "Slow tests"
def test_one_minute_1080p_keyframes_and_cuts(tmp_path: Path) -> None:
    """Its speed (well under a second) is measured by benchmarks/media.py, not asserted here."""
    # A 60 s 1080p clip with a 2 s GOP, as streaming encoders use; 5 fps keeps encoding cheap
    # (the storyboard decodes only intra frames, so the frame rate barely matters to it).
    path = write_video(tmp_path / "minute.mp4", seconds=60.0, fps=5, size=(1920, 1080), gop=10,
                       scenes=3, options={"preset": "ultrafast"})
    board = storyboard(path, DEFAULT_FILTER)
    assert len(board.times_s) == 12
    assert 20.0 in board.times_s and 40.0 in board.times_s  # the two cuts

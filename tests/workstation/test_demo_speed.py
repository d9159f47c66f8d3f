"""What makes the demo's first run fast changes nothing it makes (docs/install.md, "First run"):
files probed and hashed ahead of the import give the import's own answers, and clips encoded two at
a time are the clips encoded one after another."""

from __future__ import annotations

from pathlib import Path

import pytest

from media.errors import MediaError
from media.limits import Limits
from media.phash import perceptual_hash
from media.probe import probe
from workstation import demo_media
from workstation.demo import _MediaFiles, _Probed


def test_files_probed_ahead_give_the_imports_own_answers(tmp_path: Path) -> None:
    files = _MediaFiles(
        images=demo_media.write_images(tmp_path / "images", 4),
        videos=[demo_media.write_video(tmp_path / "v.mp4", seconds=1, size=(160, 96), fps=10, seed=1)],
        texts=demo_media.write_texts(tmp_path / "texts")[:1],
        broken=demo_media.write_broken(tmp_path / "broken"),
    )
    ahead, limits = _Probed(files), Limits()
    for path in (*files.images, *files.videos, *files.texts):
        info = ahead.probe(path, limits)
        assert info == probe(path, limits)
        assert ahead.hash(path, info, limits) == perceptual_hash(path, info, limits)
    assert ahead.hash(files.images[0], probe(files.images[0], limits), limits) is not None
    for path in files.broken:  # not probed ahead: refused as the import refuses them
        with pytest.raises(MediaError):
            ahead.probe(path, limits)
    # Other limits than the ones probed under: asked again, so a stricter limit still refuses.
    with pytest.raises(MediaError):
        ahead.probe(files.images[0], Limits(max_pixels=100))


def test_clips_encoded_two_at_a_time_are_the_clips_encoded_in_turn(tmp_path: Path) -> None:
    together = demo_media.write_videos(tmp_path / "together", 2, workers=2)
    in_turn = demo_media.write_videos(tmp_path / "in-turn", 2, workers=1)
    assert [p.name for p in together] == ["clip-01.mp4", "clip-02.mp4"]
    assert [p.read_bytes() for p in together] == [p.read_bytes() for p in in_turn]

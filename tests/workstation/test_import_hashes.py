""" "Decided before" (issue 13, Media): PDQ quality is kept, flat frames never match, a video is
matched on its best keyframe pair, and only queues of the same taxonomy are compared.
All media is synthetic: textures and black frames made here."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image
from sqlalchemy import select

from tests.media.media_samples import write_video
from tests.workstation.conftest import Core
from workstation import history, taxonomy
from workstation.claims import ClaimedItem
from workstation.decisions import DecisionRequest
from workstation.importer import Importer
from workstation.models import MediaAsset

SIZE = (192, 128)


def _texture(seed: int, shift: int) -> np.ndarray:
    """Smooth random blobs (low-frequency noise, its own per seed), moved ``shift`` pixels."""
    w, h = SIZE
    coarse = np.random.default_rng(seed).integers(0, 256, (h // 16, (w + 64) // 16, 3), dtype=np.uint8)
    smooth = cv2.resize(coarse, (w + 64, h), interpolation=cv2.INTER_CUBIC)
    return np.ascontiguousarray(np.roll(smooth, shift, axis=1)[:, :w])


def _clip(path: Path, seed: int, **options: object) -> Path:
    """A black first frame, then a slowly moving texture of its own (different per seed)."""

    def frame(i: int) -> np.ndarray:
        if i == 0:
            return np.zeros((SIZE[1], SIZE[0], 3), np.uint8)
        return _texture(seed, i)

    return write_video(path, seconds=3.0, fps=10, size=SIZE, frames=frame, **options)  # type: ignore[arg-type]


def _claim(core: Core, queue: str) -> ClaimedItem:
    claimed = core.claims.claim_next(core.actor, queue)  # type: ignore[attr-defined]
    assert claimed is not None
    return claimed


def _decide(core: Core, queue: str) -> None:
    claimed = _claim(core, queue)
    core.decisions.decide(core.actor, DecisionRequest(claimed.claim_id, "allow"))  # type: ignore[attr-defined]


@pytest.fixture
def queues(core: Core) -> Core:
    core.actor = core.reviewer("rita")  # type: ignore[attr-defined]
    core.queue("one")
    core.queue("two")
    core.directory.add_queue("harsh", severity_tier=3, verdicts=taxonomy.builtin("violence"))
    return core


def test_videos_that_start_black_match_only_their_own_reencodings(queues: Core, tmp_path: Path) -> None:
    core = queues
    importer = Importer(core.db, core.clock)
    first = _clip(tmp_path / "first.mp4", seed=1, gop=10)
    unrelated = _clip(tmp_path / "unrelated.mp4", seed=7, gop=10)
    reencoded = _clip(tmp_path / "reencoded.mp4", seed=1, gop=7, options={"crf": "33"})
    assert importer.run(None, "one", [first]).items == 1
    _decide(core, "one")
    assert importer.run(None, "one", [unrelated]).items == 1
    assert importer.run(None, "two", [reencoded]).items == 1
    with core.db.read() as session:
        stored = {Path(a.path).name: a for a in session.execute(select(MediaAsset)).scalars()}
    for asset in stored.values():
        assert asset.phash_quality is not None and asset.phash_quality >= 50
        assert asset.phashes is not None and len(asset.phashes) >= 2  # several keyframes
        assert asset.phash != "0" * 64
    other = _claim(core, "one")
    assert history.earlier_decisions(core.db, other.media[0], exclude_item_id=other.item_id) == []
    copy = _claim(core, "two")
    found = history.earlier_decisions(core.db, copy.media[0], exclude_item_id=copy.item_id)
    assert [f.external_ref for f in found] == ["first.mp4"] and found[0].distance <= 31


def test_an_all_black_image_has_no_hash_and_matches_nothing(queues: Core, tmp_path: Path) -> None:
    core = queues
    black = tmp_path / "black.png"
    Image.new("RGB", SIZE).save(black)
    Importer(core.db, core.clock).run(None, "one", [black])
    with core.db.read() as session:
        asset = session.execute(select(MediaAsset)).scalar_one()
    assert asset.phash is None and asset.readable


def test_decided_before_only_within_queues_of_the_same_taxonomy(queues: Core, tmp_path: Path) -> None:
    core = queues
    picture = _texture(3, 0)
    Image.fromarray(picture).save(tmp_path / "original.png")
    Image.fromarray(picture).save(tmp_path / "copy.jpg", quality=80)
    Image.fromarray(picture).save(tmp_path / "copy.webp", quality=80)
    importer = Importer(core.db, core.clock)
    importer.run(None, "one", [tmp_path / "original.png"])
    _decide(core, "one")
    importer.run(None, "two", [tmp_path / "copy.jpg"])  # the same "general" taxonomy
    importer.run(None, "harsh", [tmp_path / "copy.webp"])  # the violence taxonomy
    same = _claim(core, "two")
    assert [f.external_ref for f in history.earlier_decisions(core.db, same.media[0])] == ["original.png"]
    other = _claim(core, "harsh")
    assert history.earlier_decisions(core.db, other.media[0]) == []
    assert history.same_taxonomy(
        taxonomy.to_json(taxonomy.builtin("general")), taxonomy.to_json(taxonomy.builtin("general"))
    )
    assert not history.same_taxonomy(
        taxonomy.to_json(taxonomy.builtin("general")), taxonomy.to_json(taxonomy.builtin("violence"))
    )

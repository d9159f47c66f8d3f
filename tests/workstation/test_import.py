"""Import: every bad input gets a specific message and the good inputs beside it are imported."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import cv2
import numpy as np
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from tests.workstation.conftest import Core
from workstation import config
from workstation.cli import main
from workstation.demo_media import write_video
from workstation.importer import Importer
from workstation.models import Item, MediaAsset


def _png(path: Path, seed: int = 0, size: int = 64) -> Path:
    rng = np.random.default_rng(seed)
    ok, buf = cv2.imencode(".png", rng.integers(0, 255, (size, size, 3), dtype=np.uint8))
    assert ok
    path.write_bytes(buf.tobytes())
    return path


def _jpeg_bytes(seed: int = 1) -> bytes:
    ok, buf = cv2.imencode(
        ".jpg", np.random.default_rng(seed).integers(0, 255, (200, 200, 3), dtype=np.uint8)
    )
    assert ok
    return buf.tobytes()


@pytest.fixture
def media(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    _png(folder / "good.png", 1)
    (folder / "photo.jpg").write_bytes(_jpeg_bytes(2))
    write_video(folder / "clip.mp4", seconds=1, size=(160, 120), fps=10, seed=1)
    (folder / "note.txt").write_text("a harmless text item\n", encoding="utf-8")
    return folder


def _assets(core: Core) -> dict[str, MediaAsset]:
    with core.db.read() as session:
        return {Path(a.path).name: a for a in session.execute(select(MediaAsset)).scalars()}


def test_a_folder_imports_every_kind_sniffed_from_content(core: Core, media: Path) -> None:
    q = core.queue()
    _png(media / "really-a-png.mp4", 3)  # mislabelled: the content decides
    report = Importer(core.db, core.clock).run(None, q, [media])
    assert report.clean, report
    assert report.items == 5
    assets = _assets(core)
    assert {n: a.kind for n, a in assets.items()} == {
        "good.png": "image",
        "photo.jpg": "image",
        "clip.mp4": "video",
        "note.txt": "text",
        "really-a-png.mp4": "image",
    }
    assert assets["clip.mp4"].duration_s == pytest.approx(1.0, abs=0.15)
    assert assets["good.png"].width == 64 and len(assets["good.png"].sha256) == 64
    assert assets["good.png"].phash_kind == "pdq" and assets["good.png"].phash


def test_bad_files_are_marked_unreadable_and_the_rest_goes_on(core: Core, media: Path) -> None:
    q = core.queue()
    (media / "truncated.jpg").write_bytes(_jpeg_bytes(5)[:300])
    (media / "empty.png").write_bytes(b"")
    (media / "noise.jpg").write_bytes(os.urandom(4096))
    report = Importer(core.db, core.clock).run(None, q, [media])
    reasons = {Path(p.source).name: p.reason for p in report.unreadable}
    assert set(reasons) == {"truncated.jpg", "empty.png", "noise.jpg"}
    assert "truncated" in reasons["truncated.jpg"].lower()
    assert "empty" in reasons["empty.png"].lower()
    assert "unrecognised" in reasons["noise.jpg"].lower()
    assert report.items == 7  # unreadable files are still items, marked, so nothing is lost
    assets = _assets(core)
    assert not assets["truncated.jpg"].readable and assets["truncated.jpg"].unreadable_reason
    assert assets["good.png"].readable


def test_exact_duplicates_are_reported_not_imported_twice(core: Core, media: Path) -> None:
    q = core.queue()
    importer = Importer(core.db, core.clock)
    assert importer.run(None, q, [media / "good.png"]).items == 1
    copy = media / "copy-of-good.png"
    copy.write_bytes((media / "good.png").read_bytes())
    report = importer.run(None, q, [copy, media / "photo.jpg"])
    assert report.items == 1
    assert len(report.duplicates) == 1 and "good.png" in report.duplicates[0].reason


def test_manifest_lines_are_checked_with_their_line_numbers(core: Core, media: Path, tmp_path: Path) -> None:
    q = core.queue()
    outside = _png(tmp_path / "outside.png", 9)
    (media / "link.png").symlink_to(outside)
    lines = [
        {"external_ref": "A-1", "reason": "report", "priority": 2, "sla": 4, "media": ["good.png"]},
        "{not json",
        {"reason": "no ref", "media": ["photo.jpg"]},
        {"external_ref": "A-4", "priority": "high", "media": ["photo.jpg"]},
        {"external_ref": "A-5", "sla": "tomorrow", "media": ["photo.jpg"]},
        {"external_ref": "A-6", "media": []},
        {"external_ref": "A-7", "media": ["../outside.png"]},
        {"external_ref": "A-8", "media": ["/etc/hostname"]},
        {"external_ref": "A-9", "media": ["missing.png"]},
        {"external_ref": "A-10", "media": ["link.png"]},
        {"external_ref": "A-11", "sla": "2026-01-06T17:00:00Z", "media": ["clip.mp4", "note.txt"]},
    ]
    manifest = media / "batch.jsonl"
    manifest.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    report = Importer(core.db, core.clock).run(None, q, [manifest])
    rejected = {p.line: p.reason for p in report.rejected}
    assert rejected.keys() == {2, 3, 4, 5, 6, 7, 8, 9, 10}
    assert "not valid JSON" in rejected[2]
    assert "missing external_ref" in rejected[3]
    assert "priority" in rejected[4]
    assert "sla" in rejected[5]
    assert "no media" in rejected[6]
    assert "leaves the manifest's folder" in rejected[7]
    assert "absolute" in rejected[8]
    assert "not found" in rejected[9]
    assert "leaves the manifest's folder" in rejected[10]
    assert report.items == 2
    with core.db.read() as session:
        items = {i.external_ref: i for i in session.execute(select(Item)).scalars()}
        assert items["A-1"].priority == 2
        assert (items["A-1"].sla_due_at - core.clock.now()).total_seconds() == 4 * 3600
        assert [m.kind for m in items["A-11"].media] == ["video", "text"]


def test_csv_manifest_with_a_short_row(core: Core, media: Path) -> None:
    q = core.queue()
    manifest = media / "batch.csv"
    manifest.write_text(
        "external_ref,reason,priority,sla,media\n"
        "C-1,user report,1,,good.png;photo.jpg\n"
        "C-2,too,many,fields,x,y\n"
        "C-3,ok,0,8,note.txt\n"
    )
    report = Importer(core.db, core.clock).run(None, q, [manifest])
    assert report.items == 2
    assert [(p.line, "fields" in p.reason) for p in report.rejected] == [(3, True)]


def test_cli_import_exit_status_and_messages(db_url: str, media: Path) -> None:
    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(["--database-url", db_url, *argv], out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    # who acts: the OS account on SQLite, the login on PostgreSQL (docs/threat-model.md)
    me = config.os_account() if db_url.startswith("sqlite") else str(make_url(db_url).username)
    assert run("users", "add", me, "--role", "admin")[0] == 0
    assert run("queues", "add", "inbox", "--tier", "2")[0] == 0
    code, out, _ = run("import", str(media / "good.png"), "--queue", "inbox")
    assert code == 0 and "imported 1 items" in out
    (media / "empty.jpg").write_bytes(b"")
    code, out, _ = run("import", str(media), str(media / "nope.png"), "--queue", "inbox", "--format", "json")
    payload = json.loads(out)
    assert code == 1
    assert payload["items"] == 4  # photo, clip, note, and the empty file marked unreadable
    assert [p["reason"] for p in payload["rejected"]] == ["no such file or folder"]
    assert len(payload["duplicates"]) == 1  # good.png again
    code, _, err = run("import", str(media), "--queue", "no-such-queue")
    assert code == 2 and "no queue named 'no-such-queue'" in err and "Traceback" not in err


def test_an_item_without_its_own_sla_is_due_its_queues_target_after_import(core: Core, media: Path) -> None:
    """docs/operations-sla.md: the manifest's sla wins; else import time plus the queue's target."""
    from datetime import UTC, datetime, timedelta

    from workstation.sla import OperationsSettings

    q = core.queue()
    admin = core.reviewer("ada", "admin")
    OperationsSettings(core.db, core.clock).set_sla_target(admin, q, 90)
    lines = [
        {"external_ref": "T-1", "media": ["photo.jpg"]},
        {"external_ref": "T-2", "sla": "2026-01-06T17:00:00Z", "media": ["good.png"]},
    ]
    manifest = media / "sla.jsonl"
    manifest.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    assert Importer(core.db, core.clock).run(None, q, [manifest]).items == 2
    with core.db.read() as session:
        due = dict(session.execute(select(Item.external_ref, Item.sla_due_at)).all())
    assert due["T-1"] == core.clock.now() + timedelta(minutes=90)
    assert due["T-2"] == datetime(2026, 1, 6, 17, 0, tzinfo=UTC)

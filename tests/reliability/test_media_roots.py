"""Media paths are confined to the configured media roots: no traversal, no symlinks out."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from wellbeing.clock import FakeClock
from workstation import cli, config, taxonomy
from workstation import importer as importer_module
from workstation.db import Database
from workstation.decode_sandbox import DecoderPool
from workstation.directory import Directory
from workstation.errors import ConfigError
from workstation.importer import Importer
from workstation.media_roots import MediaPathRefused, confine


@pytest.fixture
def tree(tmp_path: Path) -> dict[str, Path]:
    root = tmp_path / "media"
    (root / "cases").mkdir(parents=True)
    outside = tmp_path / "private"
    outside.mkdir()
    secret = outside / "secret.png"
    Image.fromarray(np.zeros((8, 8, 3), np.uint8)).save(secret)
    inside = root / "cases" / "ok.png"
    Image.fromarray(np.full((8, 8, 3), 200, np.uint8)).save(inside)
    (root / "cases" / "link-out.png").symlink_to(secret)
    (root / "cases" / "link-in.png").symlink_to(inside)
    return {"root": root, "inside": inside, "secret": secret}


def test_a_path_inside_a_root_is_returned_resolved(tree: dict[str, Path]) -> None:
    root = tree["root"]
    assert confine(root / "cases" / "ok.png", [root]) == tree["inside"].resolve()
    assert confine(root / "cases" / ".." / "cases" / "ok.png", [root]) == tree["inside"].resolve()
    assert confine(root / "cases" / "link-in.png", [root]) == tree["inside"].resolve()


@pytest.mark.parametrize(
    "escape",
    [
        "cases/../../private/secret.png",  # traversal
        "cases/link-out.png",  # a symlink pointing out of the root
    ],
)
def test_escapes_are_refused(tree: dict[str, Path], escape: str) -> None:
    with pytest.raises(MediaPathRefused, match="outside the media folders"):
        confine(tree["root"] / escape, [tree["root"]])


def test_an_absolute_path_elsewhere_and_a_missing_file_are_refused(tree: dict[str, Path]) -> None:
    with pytest.raises(MediaPathRefused, match="outside the media folders"):
        confine(tree["secret"], [tree["root"]])
    with pytest.raises(MediaPathRefused, match="cannot be opened"):
        confine(tree["root"] / "nope.png", [tree["root"]])


def test_without_roots_nothing_is_restricted(tree: dict[str, Path]) -> None:
    assert confine(tree["secret"], []) == tree["secret"].resolve()


def test_roots_come_from_the_environment(tree: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.ENV_MEDIA_ROOTS, raising=False)
    assert config.media_roots() == ()
    other = tree["secret"].parent
    monkeypatch.setenv(config.ENV_MEDIA_ROOTS, f"{tree['root']}{os.pathsep}{other}")
    assert config.media_roots() == (tree["root"].resolve(), other.resolve())
    monkeypatch.setenv(config.ENV_MEDIA_ROOTS, "relative/folder")
    with pytest.raises(ConfigError, match="not an absolute path"):
        config.media_roots()


def test_the_import_refuses_media_outside_the_roots(tree: dict[str, Path], tmp_path: Path) -> None:
    manifest = tree["root"] / "cases" / "m.jsonl"
    manifest.write_text(json.dumps({"external_ref": "A", "media": ["ok.png"]}) + "\n")
    # A manifest outside the roots naming a file beside it: fine for the manifest, not for the roots.
    elsewhere = tree["secret"].parent / "m.jsonl"
    elsewhere.write_text(json.dumps({"external_ref": "B", "media": ["secret.png"]}) + "\n")
    db = Database(f"sqlite:///{tmp_path / 'ws.db'}")
    try:
        db.upgrade()
        clock = FakeClock()
        Directory(db, clock).add_queue("q", severity_tier=1, verdicts=taxonomy.builtin("general"))
        importer = Importer(db, clock, media_roots=[tree["root"]])
        report = importer.run(None, "q", [manifest, elsewhere, tree["root"]])
    finally:
        db.dispose()
    assert report.items == 2  # A, and the scanned m.jsonl as a text (ok.png twins: duplicates)
    refused = sorted((Path(p.source).name, p.line) for p in report.rejected)
    assert refused == [("link-out.png", None), ("m.jsonl", 1)]
    reasons = {Path(p.source).name: p.reason for p in report.rejected}
    assert "outside the media folders" in reasons["m.jsonl"]
    # a link in an imported folder never leaves that folder, media roots or not
    assert "leads outside the imported folder" in reasons["link-out.png"]


def test_the_cli_import_probes_in_isolated_workers_within_the_roots(
    tree: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used: list[object] = []

    class Recording(Importer):
        def __init__(self, *args: object, **kwargs: object) -> None:
            used.append(kwargs["prober"])
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importer_module, "Importer", Recording)  # what the import command loads
    monkeypatch.setenv(config.ENV_MEDIA_ROOTS, str(tree["root"]))
    url = f"sqlite:///{tmp_path / 'cli.db'}"

    def run(*argv: str) -> tuple[int, str]:
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(["--database-url", url, *argv], out=out, err=err, account=lambda: "lead")
        return code, out.getvalue() + err.getvalue()

    assert run("users", "add", "lead", "--role", "lead")[0] == 0
    assert run("queues", "list")[0] == 0
    db = Database(url)
    try:
        Directory(db, FakeClock()).add_queue("q", severity_tier=1, verdicts=taxonomy.builtin("general"))
    finally:
        db.dispose()
    code, text = run("import", str(tree["inside"]), str(tree["secret"]), "--queue", "q")
    assert code == 1, text
    assert "imported 1 items" in text and "outside the media folders" in text
    assert len(used) == 1 and isinstance(getattr(used[0], "__self__", None), DecoderPool)

"""The import against a generated hostile corpus (issue 13, Import): every bad input is named with
its reason, nothing outside the imported folder is read, and the import always reaches its summary."""

from __future__ import annotations

import contextlib
import io
import json
import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from tests.workstation.conftest import Core
from tests.workstation.test_import import _png
from workstation import config
from workstation.cli import main
from workstation.importer import Importer, ImportLimits, ImportReport, Problem, shown
from workstation.models import AuditEvent, Item, MediaAsset


def _all_reasons(report: ImportReport) -> str:
    return "\n".join(str(p) for p in [*report.rejected, *report.unreadable, *report.duplicates])


def test_symlinks_never_leave_the_imported_folder(core: Core, tmp_path: Path) -> None:
    q = core.queue()
    folder = tmp_path / "drop"
    (folder / "sub").mkdir(parents=True)
    _png(folder / "real.png", 1)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "environ.txt").symlink_to(f"/proc/{os.getpid()}/environ")
    (folder / "sub" / "up.txt").symlink_to("../../outside.txt")
    (tmp_path / "outside.txt").write_text("a secret beside the folder\n")
    (folder / "inside.png").symlink_to(folder / "real.png")  # inside: allowed (a duplicate here)
    (folder / "loop").symlink_to(folder)  # a folder: never followed
    (folder / "dangling.png").symlink_to(folder / "nowhere.png")
    for roots in ((), (Path("/"),)):  # with or without media roots: same answer
        report = Importer(core.db, core.clock, media_roots=roots).run(None, q, [folder])
        reasons = {Path(p.source).name: p.reason for p in report.rejected}
        assert "leads outside the imported folder" in reasons["passwd.txt"]
        assert "leads outside the imported folder" in reasons["environ.txt"]
        assert "leads outside the imported folder" in reasons["up.txt"]
        assert "not followed" in reasons["loop"]
        assert "leads nowhere" in reasons["dangling.png"]
        text = _all_reasons(report)
        assert "root:" not in text and "PATH=" not in text and "secret" not in text
    with core.db.read() as session:
        paths = list(session.execute(select(MediaAsset.path)).scalars())
    assert paths == [str((folder / "real.png").resolve())]


def test_every_manifest_field_is_checked_and_a_bad_line_never_stops_the_rest(
    core: Core, tmp_path: Path
) -> None:
    q = core.queue()
    _png(tmp_path / "a.png", 1)
    lines = [
        '{"external_ref": "S-1", "sla": 1e12, "media": ["a.png"]}',
        '{"external_ref": "S-2", "sla": "nan", "media": ["a.png"]}',
        '{"external_ref": "S-3", "sla": -1e9, "media": ["a.png"]}',
        '{"external_ref": "P-1", "priority": 1e400, "media": ["a.png"]}',
        '{"external_ref": "P-2", "priority": 1000000000000000000000000000000, "media": ["a.png"]}',
        '{"external_ref": "P-3", "priority": NaN, "media": ["a.png"]}',
        '{"external_ref": "P-4", "priority": true, "media": ["a.png"]}',
        "[" * 100_000 + "]" * 100_000,
        '{"external_ref": "R-1", "reason": "' + "x" * 20_000 + '", "media": ["a.png"]}',
        '{"external_ref": "R-2", "reason": "a\\u0000b", "media": ["a.png"]}',
        '{"external_ref": "R-3\\u001b[2J", "media": ["a.png"]}',
        json.dumps({"external_ref": "M-1", "media": ["a.png"] * 100_000}),
        '{"external_ref": "M-2", "media": ["a\\u0000.png"]}',
        '{"external_ref": "M-3", "media": [7]}',
        '{"external_ref": "S-4", "sla": "9999-12-25T00:00Z", "media": ["a.png"]}',
        '{"external_ref": "OK-1", "reason": "fine", "priority": 3, "sla": 2.5, "media": ["a.png"]}',
    ]
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("\n".join(lines) + "\n")
    with manifest.open("ab") as handle:  # a line that is not UTF-8, and a 50 MB reason
        handle.write(b'{"external_ref": "U-1\xff", "media": ["a.png"]}\n')
        handle.write(b'{"external_ref": "BIG", "reason": "' + b"y" * 50_000_000 + b'", "media": ["a.png"]}\n')
    report = Importer(core.db, core.clock).run(None, q, [manifest])
    rejected = {p.line: p.reason for p in report.rejected}
    expected = {
        1: "sla of 1000000000000.0 hours is out of range",
        2: "sla",
        3: "sla of -1000000000.0 hours is out of range",
        4: "priority must be a whole number",
        5: "priority must be a whole number",
        6: "not valid JSON",
        7: "priority must be a whole number",
        8: "JSON nested more than 16 levels deep",
        9: "reason of 20,000 characters; at most 10,000",
        10: "reason holds control characters",
        11: "external_ref holds control characters",
        12: "100,000 media paths; at most 32 a line",
        13: "control characters",
        14: "no media",
        15: "more than ten years from now",
        17: "not valid UTF-8",
        18: "line is longer than 1,000,000 bytes",
    }
    assert set(rejected) == set(expected), rejected
    for line, words in expected.items():
        assert words in rejected[line], (line, rejected[line])
    assert report.items == 1 and report.rejected_count == len(expected)
    with core.db.read() as session:
        item = session.execute(select(Item)).scalar_one()
    assert (item.external_ref, item.priority, item.reason) == ("OK-1", 3, "fine")


def test_csv_manifests_get_the_same_checks(core: Core, tmp_path: Path) -> None:
    q = core.queue()
    _png(tmp_path / "a.png", 1)
    manifest = tmp_path / "m.csv"
    manifest.write_bytes(
        b"external_ref,reason,priority,sla,media\n"
        b"C-1,r,1e400,,a.png\n"
        b"C-2,r,0,nan,a.png\n"
        b"C-3,r\xff,0,,a.png\n"
        b'C-4,"' + b"z" * 200_000 + b'",0,,a.png\n'
        b"C-5,ok,2,1,a.png\n"
    )
    report = Importer(core.db, core.clock).run(None, q, [manifest])
    rejected = {p.line: p.reason for p in report.rejected}
    assert sorted(rejected) == [2, 3, 4, 5], rejected
    assert "priority" in rejected[2] and "sla" in rejected[3] and "UTF-8" in rejected[4]
    assert report.items == 1


def _remove_deep(top: Path, bottom: Path) -> None:
    """Bottom-up, without recursion: pytest's own clean-up (shutil.rmtree) recurses and would fail
    on this tree, in this session or in a later one sharing the temporary folder."""
    for child in bottom.iterdir():
        child.unlink()
    current = bottom
    while current != top.parent:
        current.rmdir()
        current = current.parent


def test_odd_names_deep_folders_and_special_files_are_named_and_the_rest_imported(
    core: Core, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    q = core.queue()
    folder = tmp_path / "drop"
    folder.mkdir()
    _png(folder / "ok.png", 1)
    bad_name = os.fsencode(str(folder)) + b"/bad\xff\xfename.png"
    with open(bad_name, "wb") as handle:
        handle.write(b"whatever")
    os.mkfifo(folder / "pipe.png")
    deep = folder
    for _ in range(1_100):  # os.makedirs recurses, and would fail here itself
        deep = deep / "d"
        deep.mkdir()
    _png(deep / "bottom.png", 2)
    request.addfinalizer(lambda: _remove_deep(folder / "d", deep))
    manifest = tmp_path / "m.jsonl"
    os.mkfifo(tmp_path / "fifo.mp4")
    manifest.write_text(json.dumps({"external_ref": "F", "media": ["fifo.mp4"]}) + "\n")
    report = Importer(core.db, core.clock).run(None, q, [folder, manifest])
    reasons = {shown(Path(p.source).name): p.reason for p in report.rejected}
    assert "not valid UTF-8" in reasons["bad\\xff\\xfename.png"]
    assert "named pipe (FIFO)" in reasons["pipe.png"]
    assert "named pipe (FIFO)" in reasons["m.jsonl"]
    assert report.items == 2  # ok.png and the file 1,100 folders down
    with core.db.read() as session:
        refs = sorted(session.execute(select(Item.external_ref)).scalars())
    assert refs[1] == "ok.png" and len(refs[0]) <= 200 and refs[0].endswith("/d/d/bottom.png")


def test_names_reach_the_terminal_escaped(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "evil\x1b[31mred\nimported 99 items.txt").write_bytes(b"\x00\x01binary")
    out, err = io.StringIO(), io.StringIO()
    # who acts: the OS account on SQLite, the login on PostgreSQL (docs/threat-model.md)
    me = config.os_account() if db_url.startswith("sqlite") else str(make_url(db_url).username)
    assert main(["--database-url", db_url, "users", "add", me, "--role", "admin"], out=out, err=err) == 0
    assert main(["--database-url", db_url, "queues", "add", "q", "--tier", "2"], out=out, err=err) == 0
    out = io.StringIO()
    code = main(["--database-url", db_url, "import", str(folder), "--queue", "q"], out=out, err=err)
    text = out.getvalue()
    assert code == 1
    assert "\x1b" not in text and "\\x1b[31m" in text
    assert [line for line in text.splitlines() if line.startswith("imported")] == [
        "imported 1 items (1 media files) into q"
    ]
    assert str(Problem("a\nb", "c\rd")) == "a\\x0ab: c\\x0dd"


def test_two_imports_of_one_folder_at_once_store_each_file_once(core: Core, tmp_path: Path) -> None:
    core.queue("one")
    core.queue("two")
    folder = tmp_path / "drop"
    folder.mkdir()
    for n in range(6):
        _png(folder / f"f{n}.png", n)
    barrier = threading.Barrier(2, timeout=20)

    def in_step(path: Path, limits: object) -> object:
        # both imports have checked for duplicates and are probing the same file: the race
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait()
        from media.probe import probe

        return probe(path)

    reports: dict[str, ImportReport] = {}
    errors: list[BaseException] = []

    def run(queue: str) -> None:
        try:
            reports[queue] = Importer(core.db, core.clock, prober=in_step).run(None, queue, [folder])  # type: ignore[arg-type]
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(q,)) for q in ("one", "two")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    with core.db.read() as session:
        stored = session.execute(select(MediaAsset.sha256, func.count()).group_by(MediaAsset.sha256)).all()
    assert len(stored) == 6 and all(count == 1 for _digest, count in stored)
    assert reports["one"].items + reports["two"].items == 6
    assert reports["one"].duplicates_count + reports["two"].duplicates_count == 6


def test_the_database_refuses_the_same_content_twice(core: Core) -> None:
    core.items(core.queue(), 2)
    with pytest.raises(IntegrityError), core.db.write() as session:
        ids = list(session.execute(select(Item.id)).scalars())
        for n, item_id in enumerate(ids):
            session.add(
                MediaAsset(
                    item_id=item_id, path=f"/x{n}", sha256="a" * 64, content_key="a" * 64, kind="image"
                )
            )
        session.flush()


def test_each_batch_commits_with_its_audit_event_so_a_killed_import_is_accounted_for(
    core: Core, tmp_path: Path
) -> None:
    q = core.queue()
    lead = core.reviewer("lee", "lead")
    for n in range(7):
        _png(tmp_path / f"f{n}.png", n)
    calls = []

    def dies_on_the_fifth(path: Path, limits: object) -> object:
        calls.append(path)
        if len(calls) == 5:
            raise KeyboardInterrupt  # the import is killed here
        from media.probe import probe

        return probe(path)

    files = sorted(tmp_path.glob("f*.png"))
    importer = Importer(
        core.db, core.clock, prober=dies_on_the_fifth, import_limits=ImportLimits(batch_items=2)
    )  # type: ignore[arg-type]
    with pytest.raises(KeyboardInterrupt):
        importer.run(lead, q, files)
    with core.db.read() as session:
        items = session.execute(select(func.count(Item.id))).scalar_one()
        events = [
            e.details
            for e in session.execute(select(AuditEvent).where(AuditEvent.action == "import")).scalars()
        ]
    assert items == 4
    assert [(e["batch"], e["items"], e["final"]) for e in events] == [(1, 2, False), (2, 2, False)]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_goes_to_a_terminal_only_throttled_and_escaped() -> None:
    from workstation.cli.imports import ProgressBar

    piped = io.StringIO()
    bar = ProgressBar(piped)
    bar(1, 10, "a")
    bar.end()
    assert piped.getvalue() == ""  # not a terminal: nothing
    now = [0.0]
    screen = _Terminal()
    bar = ProgressBar(screen, clock=lambda: now[0])
    for n in range(1, 1_001):  # a thousand lines within 0.05 s: drawn once
        now[0] = n / 20_000
        bar(n, 100_000, "ESC-\x1b[2J")
    assert screen.getvalue().count("\r") == 1
    now[0] = 1.0
    bar(100_000, 100_000, "last\nline")
    bar.end()
    text = screen.getvalue()
    assert "100,000/100,000" in text and "\x1b" not in text and "last\\x0aline" in text
    assert text.endswith("\n")
    unknown = _Terminal()
    ProgressBar(unknown)(5, 0, "folder/file")
    assert "5 read" in unknown.getvalue()

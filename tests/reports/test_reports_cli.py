"""``report exposure``, ``export decisions`` and ``audit verify``: exit statuses and clear refusals."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from reports_world import World
from sqlalchemy import update

from workstation import cli
from workstation.models import Decision


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """SQLite only: the CLI signs in as the OS account there, which a test can stand in for. On
    PostgreSQL it signs in as the database login (tests/identity covers that with real login roles),
    and the reports themselves run on both backends in test_reports.py."""
    return f"sqlite:///{tmp_path / 'ws.db'}"


def run(world: World, user: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    # ``account``: the OS account running the command, as SQLite identifies people
    code = cli.main(["--database-url", world.db.url, *argv], out=out, err=err, account=lambda: user)
    assert "Traceback" not in err.getvalue()
    return code, out.getvalue(), err.getvalue()


WEEK = ("--from", "2026-01-05", "--to", "2026-01-11")


def test_report_exposure_csv_for_wellbeing_and_json_for_a_lead(week: World, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    code, _, err = run(week, "well", "report", "exposure", *WEEK, "--format", "csv", "--out", str(out))
    assert code == 0 and "with individual rows" in err
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    a1 = next(r for r in rows if r["level"] == "reviewer" and r["group"] == "a1")
    assert (a1["dose"], a1["items"], a1["days_over_budget"], a1["checkin_trend"]) == (
        "90.0",
        "4",
        "1",
        "-1.75",
    )
    code, text, _ = run(week, "lead", "report", "exposure", *WEEK, "--format", "json")
    assert code == 0
    report = json.loads(text)
    assert not report["individual_rows"] and report["min_group_size"] == 5
    red = next(r for r in report["rows"] if r["group"] == "red")
    assert red["suppressed"] and red["dose"] is None
    assert not any(r["level"] == "reviewer" for r in report["rows"] + report["overall"])


def test_a_reviewer_is_refused_the_report_and_the_export(logged: World, tmp_path: Path) -> None:
    code, _, err = run(logged, "ann", "report", "exposure", *WEEK)
    assert code == 2 and "ann may not run the exposure report" in err
    code, _, err = run(logged, "ann", "export", "decisions", "--out", str(tmp_path / "x.csv"))
    assert code == 2 and "ann may not export decisions: that needs the lead or admin role" in err
    code, _, err = run(logged, "ann", "audit", "verify")
    assert code == 2 and "may not verify the audit trail" in err


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_then_verify_the_file_and_catch_an_edit(logged: World, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"log.{fmt}"
    key = ("--key", str(logged.keys_dir / "lead.pem"))
    code, _, err = run(
        logged, "lead", "export", "decisions", "--format", fmt, "--out", str(path), "--progress", *key
    )
    assert code == 0 and "exported 9 decisions" in err and "100% 9/9 rows" in err
    code, out, _ = run(logged, "lead", "audit", "verify", str(path))
    assert code == 0 and "ok (9 records, the whole log; signed by lead with key" in out
    assert "decisions/1: seq 1..5, last hash" in out and "decisions/2: seq 1..4, last hash" in out
    path.write_text(path.read_text(encoding="utf-8").replace("gore", "calm", 1), encoding="utf-8")
    code, out, _ = run(logged, "lead", "audit", "verify", str(path))
    assert code == 1 and "REFUSED" in out and "was altered" in out


def test_a_filtered_export_verifies_with_partial(logged: World, tmp_path: Path) -> None:
    path = tmp_path / "ann.csv"
    args = ("export", "decisions", "--out", str(path), "--reviewer", "ann", "--from", "2026-01-01")
    code, _, err = run(logged, "admin", *args, "--key", str(logged.keys_dir / "lead.pem"))
    assert code == 0 and "exported 5 decisions" in err
    code, out, _ = run(logged, "admin", "audit", "verify", str(path))
    assert code == 0 and "filtered by reviewer=ann, start=2026-01-01" in out
    assert run(logged, "admin", "audit", "verify", "--partial", str(path))[0] == 0  # still accepted
    code, _, err = run(logged, "admin", "audit", "verify", str(tmp_path / "nope.csv"))
    assert code == 2 and "no such file" in err


def test_audit_verify_the_database(logged: World) -> None:
    code, out, _ = run(logged, "lead", "audit", "verify")
    assert code == 0 and "audit: ok" in out
    assert "decisions: ok (0 records; no trusted checkpoint" in out  # the legacy chain, before 0005
    assert "decisions/1: ok (5 records; no trusted checkpoint" in out
    assert "decisions/2: ok (4 records; no trusted checkpoint" in out
    chain = f"decisions/{logged.queues['general']}"
    with logged.db.write() as session:
        session.execute(
            update(Decision).where(Decision.chain == chain, Decision.seq == 3).values(verdict="remove")
        )
    code, out, _ = run(logged, "lead", "audit", "verify")
    assert code == 1 and f"{chain}: BROKEN: record 3 (seq 3) was altered" in out, out
    assert "decisions/2: ok (4 records" in out  # the other queue's chain is untouched


def test_csv_and_json_never_load_qt(week: World, tmp_path: Path) -> None:
    """Nor the media decoders: a command that reads no media starts without OpenCV, PyAV and NumPy
    (about 150 ms of every command's start; workstation/cli/imports.py loads the importer late)."""
    probe = (
        "import sys\n"
        "from workstation.cli import main\n"
        f"code = main(['--database-url', {week.db.url!r}, 'report', 'exposure',"
        " '--from', '2026-01-05', '--to', '2026-01-11', '--format', 'json',"
        f" '--out', {str(tmp_path / 'r.json')!r}], account=lambda: 'well')\n"
        "assert code == 0, code\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'ui'))], 'Qt was loaded'\n"
        "loaded = [m for m in ('cv2', 'av', 'numpy', 'pdqhash', 'media.phash') if m in sys.modules]\n"
        "assert not loaded, f'the decoders were loaded: {loaded}'\n"
        "print('clean')\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "clean", result.stderr

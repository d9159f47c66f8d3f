"""``report sla``, ``report daily``, ``operations`` and ``queues list`` from the command line, as each
role, with absurd input: one sentence and exit status 2, never a traceback.

The command line runs on the real clock, months after sla_world's day: figures that depend on "now"
are checked by the service tests (test_sla_operations.py); here, what a past day's report says."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sla_world import World, build

from ui.launch import main
from workstation.db import Database


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """SQLite, where the command line acts as the OS account a test names (on PostgreSQL it acts as
    its login: test_sla_pg_roles.py covers that path with real logins)."""
    return f"sqlite:///{tmp_path / 'sla.db'}"


@pytest.fixture
def sla(db_url: str, migrated_sqlite: Callable[[Path], str]) -> Iterator[World]:
    db = Database(migrated_sqlite(Path(db_url.removeprefix("sqlite:///"))))
    yield build(db)
    db.dispose()


def run(db_url: str, user: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--database-url", db_url, *argv], out=out, err=err, account=lambda: user)
    return code, out.getvalue(), err.getvalue()


def test_report_sla_json_and_csv_as_the_lead(sla: World, db_url: str) -> None:
    code, out, err = run(db_url, "leo", "report", "sla", "--period", "week", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["time_zone"] == "UTC" and [r["group"] for r in data["rows"]] == ["general", "gore"]
    assert data["breaches"] == []  # this week (the real one) holds none of the world's March days
    code, out, _ = run(db_url, "leo", "report", "sla", "--by", "team")
    assert code == 0
    table = list(csv.reader(io.StringIO(out)))
    # no decision in the real window, so no team has a row: the two headers, a blank line between
    assert (
        table == [list(table[0]), [], list(table[2])] and table[0][0] == "group" and table[2][1] == "item_ref"
    )


def test_report_daily_markdown_and_pdf(sla: World, db_url: str, tmp_path: Path) -> None:
    code, out, err = run(db_url, "leo", "report", "daily", "--date", "2026-03-10")
    assert code == 0, err
    assert out.startswith("# Daily report Tuesday 10 March 2026")
    assert "| general | 6 (avg 0.1, +4100%) | 3 (avg 0.1, +2000%) | 1 (avg 0) | 3 | 11.0 h |" in out
    assert "Coordinated spam wave from one network" in out
    pdf = tmp_path / "daily.pdf"
    code, _, err = run(
        db_url, "leo", "report", "daily", "--date", "2026-03-10", "--format", "pdf", "--out", str(pdf)
    )
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF"), err


@pytest.mark.parametrize(
    ("user", "argv", "says"),
    [
        ("ann", ("report", "sla"), "ann may not run the SLA report: that needs the lead or admin role"),
        ("bob", ("report", "daily", "--date", "2026-03-10"), "may not run the daily report"),
        ("leo", ("report", "daily", "--date", "2026-02-30"), "not a date"),
        ("leo", ("report", "daily", "--date", "9999-01-01"), "outside the dates"),
        ("leo", ("report", "daily", "--date", "2026-03-10", "--team", "nobody"), "no team named 'nobody'"),
        ("leo", ("report", "sla", "--format", "pdf"), "a PDF needs --out FILE"),
        ("leo", ("report", "sla", "--out", "/nonexistent/dir/x.csv"), "/nonexistent/dir"),
        ("leo", ("operations", "sla-target", "general", "--minutes", "30"), "needs the admin role"),
        ("ada", ("operations", "sla-target", "general", "--minutes", "-5"), "1 minute to 366 days"),
        ("ada", ("operations", "sla-target", "general", "--hours", "nan"), "positive number"),
        ("ada", ("operations", "sla-target", "nowhere", "--minutes", "5"), "no queue named 'nowhere'"),
        ("ada", ("operations", "timezone", "Not/AZone"), "not a time zone"),
        ("ada", ("operations", "timezone", "UTC", "--team", "nobody"), "no team named 'nobody'"),
    ],
)
def test_refusals_are_one_sentence(
    sla: World, db_url: str, user: str, argv: tuple[str, ...], says: str
) -> None:
    code, _, err = run(db_url, user, *argv)
    assert code == 2 and says in err and "Traceback" not in err and "This is a bug" not in err, err


def test_admin_settings_and_queues_list_columns(sla: World, db_url: str) -> None:
    assert run(db_url, "ada", "operations", "sla-target", "gore", "--hours", "1.5")[0] == 0
    assert run(db_url, "ada", "operations", "timezone", "Europe/Dublin", "--team", "blue")[0] == 0
    assert run(db_url, "ada", "operations", "per-person", "allow")[0] == 0
    code, out, _ = run(db_url, "ada", "queues", "list", "--format", "json")
    assert code == 0
    rows = {r["name"]: r for r in json.loads(out)}
    assert (rows["general"]["due_1h"], rows["general"]["overdue"]) == (0, 3)  # g5-g7, long past due
    assert rows["general"]["oldest"].endswith(" d") and rows["gore"]["oldest"] == ""
    _, out, _ = run(db_url, "ada", "queues", "list")
    assert out.splitlines()[0].split()[6:9] == ["OLDEST", "DUE_1H", "OVERDUE"]

"""Absurd names from the command line, as an admin and as every other role: one clear sentence, no
control character reaches the terminal or the database, and nothing changes."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from wellbeing.clock import FakeClock
from workstation import cli, taxonomy
from workstation.db import Database
from workstation.directory import DEMO_KEY, Directory
from workstation.models import AuditEvent, Setting, Team, User

PEOPLE = {"ann": "reviewer", "wendy": "wellbeing", "leo": "lead", "ada": "admin"}
LONG = "x" * 5000
ABSURD = [LONG, "ann\nroot", "e\x1b]0;pwned\x07", "\x1b[2Jhi", "a\u202eb", "tab\there", ""]


@pytest.fixture
def url(tmp_path: Path, migrated_sqlite: Callable[[Path], str]) -> str:
    """A demo-marked database, so --user can stand for each role in one process."""
    db = Database(migrated_sqlite(tmp_path / "names.db"))
    directory = Directory(db, FakeClock())
    for name, role in PEOPLE.items():
        directory.add_user(name, [role])
    directory.add_queue("open", severity_tier=1, verdicts=taxonomy.builtin("general"))
    directory.add_queue("secret", severity_tier=4, verdicts=taxonomy.builtin("general"), restricted=True)
    with db.write() as session:
        session.add(Setting(key=DEMO_KEY, value="1", updated_at=FakeClock().now()))
    db.dispose()
    return f"sqlite:///{tmp_path / 'names.db'}"


def run(url: str, who: str, *argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["--database-url", url, "--user", who, *argv], out=out, err=err)
    text = out.getvalue() + err.getvalue()
    assert "Traceback" not in text and "This is a bug" not in text
    assert "\x1b" not in text and "\x07" not in text, repr(text)  # nothing drives the terminal
    return code, text


def state(url: str) -> tuple[list[str], list[str], int]:
    db = Database(url)
    try:
        with db.read() as session:
            users = sorted(session.execute(select(User.username)).scalars())
            teams = sorted(session.execute(select(Team.name)).scalars())
            events = len(session.execute(select(AuditEvent.id).where(AuditEvent.action != "refused")).all())
            return users, teams, events
    finally:
        db.dispose()


@pytest.mark.parametrize("name", ABSURD, ids=["5000", "newline", "osc", "csi", "rtl", "tab", "empty"])
def test_absurd_names_are_refused_in_one_sentence(url: str, name: str) -> None:
    before = state(url)
    for argv in (
        ("users", "add", name, "--role", "reviewer"),
        ("users", "add", "fine", "--role", "reviewer", "--team", name or " "),
        ("users", "add", "fine2", "--role", "reviewer", "--display-name", name or " "),
        ("users", "set-roles", name, "--role", "admin"),
        ("users", "set-team", "ann", name),
        ("users", "deactivate", name),
        ("users", "grant", "ann", name),
        ("users", "grant", name, "secret"),
        ("queues", "add", name, "--tier", "1"),
    ):
        code, text = run(url, "ada", *argv)
        assert code == 2, (argv, text)
        assert len(text) < 300 and text.count("\n") == 1, text
    assert state(url) == before


def test_names_are_trimmed(url: str) -> None:
    code, _ = run(url, "ada", "users", "add", "  kim  ", "--role", "reviewer", "--team", " red ")
    assert code == 0
    users, teams, _ = state(url)
    assert "kim" in users and "red" in teams


@pytest.mark.parametrize("who", ["ann", "wendy", "leo"])
def test_absurd_names_from_non_admins_are_refused_for_the_role_first(url: str, who: str) -> None:
    code, text = run(url, who, "users", "add", LONG, "--role", "admin")
    assert code == 2 and f"{who} may not add users" in text


def test_a_hostile_user_flag_is_refused_without_echoing_it(url: str) -> None:
    code, text = run(url, "\x1b[31mada", "users", "list")
    assert code == 2 and "printable" in text


def test_a_hostile_name_stored_earlier_is_escaped_in_listings(url: str) -> None:
    db = Database(url)
    with db.write() as session:  # as a database written before names were checked could hold
        session.add(User(username="old\x1b[2J", display_name="d", created_at=FakeClock().now()))
    db.dispose()
    code, text = run(url, "ada", "users", "list")
    assert code == 0 and "old\\x1b[2J" in text


def test_listings_show_only_what_the_reader_may_see(url: str) -> None:
    """queues list once showed restricted queues and their counts to everyone (the CLI passed no
    reader); users list showed every person to a reviewer."""
    for who in ("ann", "wendy", "leo"):
        code, text = run(url, who, "queues", "list", "--format", "json")
        assert code == 0 and '"open"' in text and "secret" not in text, (who, text)
    code, text = run(url, "ada", "queues", "list")
    assert code == 0 and "secret" in text
    code, text = run(url, "ann", "users", "list", "--format", "json")
    assert code == 0 and '"ann"' in text and "leo" not in text and "ada" not in text
    code, text = run(url, "wendy", "users", "list")
    assert code == 0 and "leo" in text and "ada" in text

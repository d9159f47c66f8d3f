"""The command line: every command listed, exit statuses, clear errors, no tracebacks."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from workstation import cli, config


def run(*argv: str, account: str | None = None) -> tuple[int, str, str]:
    """The CLI in-process; ``account`` stands for the OS account running it (SQLite identity)."""
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err, account=(lambda: account) if account else None)
    return code, out.getvalue(), err.getvalue()


def test_help_lists_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "workstation", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    for command in ("demo", "db", "users", "queues", "import"):
        assert command in result.stdout


def test_the_core_alone_opens_no_window_and_says_which_program_does(tmp_path: Path) -> None:
    """``python -m workstation`` has no desktop interface (the core never imports ui): the window
    command and the demo's window are refused in a sentence, before any sign-in, and Qt never loads."""
    url = f"sqlite:///{tmp_path / 'w.db'}"
    probe = (
        "import sys\n"
        "from workstation.cli import main\n"
        f"codes = [main(['--database-url', {url!r}], account=lambda: 'ann'),"
        f" main(['--database-url', {url!r}, 'demo'], account=lambda: 'ann')]\n"
        "assert codes == [2, 2], codes\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'ui'))], 'Qt or ui was loaded'\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("workstation:")]
    assert len(lines) == 2 and "Traceback" not in result.stderr, result.stderr
    assert "opening the window needs the desktop interface" in lines[0] and "python -m ui" in lines[0]
    assert "the demo's window needs the desktop interface" in lines[1]


def test_usage_errors_exit_2_without_traceback() -> None:
    code, _, err = run("queues", "add", "x", "--tier", "9")
    assert code == 2 and "invalid choice" in err and "Traceback" not in err
    code, _, err = run("--database-url", "mysql://x/y", "queues", "list")
    assert code == 2 and "unsupported database" in err
    code, _, err = run("--database-url", "postgresql://u:pw@127.0.0.1:1/x", "queues", "list")
    assert code == 2 and "psycopg" in err and "pw" not in err


def test_unreachable_database_is_exit_2_and_hides_the_password() -> None:
    code, _, err = run("--database-url", "postgresql+psycopg://u:hunter2@127.0.0.1:1/x", "db", "current")
    assert code == 2 and "cannot reach the database" in err and "hunter2" not in err


def test_users_and_queues_lifecycle(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # who is acting: the OS account on SQLite, the login (the test server's superuser) on PostgreSQL
    me = config.os_account() if db_url.startswith("sqlite") else make_url(db_url).username
    base = ("--database-url", db_url)
    assert run(*base, "db", "upgrade")[0] == 0
    code, out, _ = run(*base, "db", "current", "--format", "json")
    assert code == 0 and json.loads(out)[0]["status"] == "up to date"
    # the first user of an empty database needs no admin
    assert run(*base, "users", "add", me, "--role", "admin", "--role", "reviewer", "--team", "North")[0] == 0
    assert run(*base, "users", "add", "bob", "--role", "reviewer")[0] == 0
    assert run(*base, "queues", "add", "violent", "--tier", "3", "--taxonomy", "violence")[0] == 0
    code, out, _ = run(*base, "queues", "list", "--format", "json")
    assert code == 0
    [queue] = json.loads(out)
    assert queue["name"] == "violent" and queue["tier"] == 3 and queue["pending"] == 0
    code, out, _ = run(*base, "users", "list", "--format", "json")
    assert {u["name"]: u["roles"] for u in json.loads(out)} == {me: "admin,reviewer", "bob": "reviewer"}
    # acting as bob is refused outside the demo database, whatever the environment says
    monkeypatch.setenv("WORKSTATION_ALLOW_USER_OVERRIDE", "1")
    code, _, err = run(*base, "--user", "bob", "users", "add", "eve", "--role", "lead")
    assert code == 2 and ("only in the demo database" in err or "--user 'bob' is refused" in err)
    # bob himself is no admin: his adds are refused
    if db_url.startswith("sqlite"):  # on PostgreSQL bob would need his own login: tests/identity
        code, _, err = run(*base, "users", "add", "eve", "--role", "lead", account="bob")
        assert code == 2 and "bob may not add users" in err
    if db_url.startswith("sqlite"):
        code, _, err = run(*base, "queues", "list", account="nobody")
        assert code == 2 and "'nobody' is not a user" in err and "users add nobody" in err
    code, _, err = run(*base, "queues", "add", "violent", "--tier", "2")
    assert code == 2 and "already exists" in err


def test_unexpected_errors_are_logged_not_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(ctx: cli.Context) -> object:
        raise RuntimeError("kaboom")

    import workstation.cli.admin as admin

    # What the handler calls, not the handler: the parser, built once per process, holds the handler.
    monkeypatch.setattr(admin, "_database", boom)
    code, _, err = run("db", "current")
    assert code == 2 and "This is a bug" in err and "workstation.log" in err and "Traceback" not in err


def test_a_first_run_on_an_empty_database_says_how_to_start(db_url: str) -> None:
    code, _, err = run("--database-url", db_url, "queues", "list")
    assert code == 2 and "no users yet" in err and "users add" in err and "workstation demo" in err

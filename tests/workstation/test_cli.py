"""The command line: every command listed, exit statuses, clear errors, no tracebacks."""

from __future__ import annotations

import getpass
import io
import json
import subprocess
import sys

import pytest

from workstation import cli


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_help_lists_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "workstation", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    for command in ("demo", "db", "users", "queues", "import"):
        assert command in result.stdout


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
    me = getpass.getuser()
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
    # bob is no admin: acting as him is refused unless allowed, and then his adds are refused
    code, _, err = run(*base, "--user", "bob", "users", "add", "eve", "--role", "lead")
    assert code == 2 and "not allowed" in err
    monkeypatch.setenv("WORKSTATION_ALLOW_USER_OVERRIDE", "1")
    code, _, err = run(*base, "--user", "bob", "users", "add", "eve", "--role", "lead")
    assert code == 2 and "not an admin" in err
    code, _, err = run(*base, "--user", "nobody", "queues", "list")
    assert code == 2 and "no user named 'nobody'" in err and "users add nobody" in err
    code, _, err = run(*base, "queues", "add", "violent", "--tier", "2")
    assert code == 2 and "already exists" in err


def test_unexpected_errors_are_logged_not_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(ctx: cli.Context) -> int:
        raise RuntimeError("kaboom")

    import workstation.cli_admin as admin

    monkeypatch.setattr(admin, "_db_current", boom)
    code, _, err = run("db", "current")
    assert code == 2 and "This is a bug" in err and "workstation.log" in err and "Traceback" not in err


def test_a_first_run_on_an_empty_database_says_how_to_start(db_url: str) -> None:
    code, _, err = run("--database-url", db_url, "queues", "list")
    assert code == 2 and "no users yet" in err and "users add" in err and "workstation demo" in err

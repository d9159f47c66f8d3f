"""Who acts is proven, never read from the environment (docs/architecture.md, invariant 7).

Each attack runs the real command line as a subprocess with a hostile environment: on SQLite the
person is the OS account of the process's real uid, whatever LOGNAME, USER, LNAME, USERNAME,
WORKSTATION_USER or WORKSTATION_ALLOW_USER_OVERRIDE say; ``--user`` acts as someone else only in the
database ``workstation demo`` created.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from wellbeing.clock import FakeClock
from workstation import config
from workstation.db import Database
from workstation.directory import DEMO_KEY, Directory
from workstation.models import AuditEvent, Setting, User

ME = config.os_account()
HOSTILE = ("LOGNAME", "USER", "LNAME", "USERNAME", "WORKSTATION_USER", "WORKSTATION_ALLOW_USER_OVERRIDE")


@pytest.fixture
def real_db(tmp_path: Path, migrated_sqlite: Callable[[Path], str]) -> Database:
    """A real (not demo) SQLite database: the OS account is only a reviewer; leo leads, ada administers."""
    db = Database(migrated_sqlite(tmp_path / "real.db"))
    directory = Directory(db, FakeClock())
    directory.add_user(ME, ["reviewer"])
    directory.add_user("leo", ["lead"])
    directory.add_user("ada", ["admin"])
    yield db
    db.dispose()


def cli(
    db: Database, tmp_path: Path, *argv: str, env: dict[str, str], unset: tuple[str, ...] = ()
) -> tuple[int, str]:
    environ = {k: v for k, v in os.environ.items() if k not in HOSTILE and k not in unset}
    environ.update(env, WORKSTATION_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--database-url", db.url, *argv],  # the program (ui/launch.py)
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout + result.stderr


def refusals(db: Database) -> list[AuditEvent]:
    with db.read() as session:
        return list(session.execute(select(AuditEvent).where(AuditEvent.action == "refused")).scalars())


def test_logname_does_not_make_a_reviewer_the_lead(real_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    code, text = cli(real_db, tmp_path, "export", "decisions", "--out", str(out), env={"LOGNAME": "leo"})
    assert code == 2 and f"{ME} may not export decisions" in text, text
    assert not out.exists()


def test_user_without_logname_does_not_make_an_admin(real_db: Database, tmp_path: Path) -> None:
    code, text = cli(
        real_db,
        tmp_path,
        "users",
        "add",
        "mallory",
        "--role",
        "admin",
        env={"USER": "ada"},
        unset=("LOGNAME",),
    )
    assert code == 2 and f"{ME} may not add users" in text, text
    with real_db.read() as session:
        assert session.execute(select(User).where(User.username == "mallory")).first() is None
    [refusal] = refusals(real_db)  # and the refusal is in the audit log
    assert refusal.subject == "add users"


@pytest.mark.parametrize("name", ["LNAME", "USERNAME", "WORKSTATION_USER"])
def test_no_environment_variable_names_the_user(real_db: Database, tmp_path: Path, name: str) -> None:
    code, text = cli(
        real_db,
        tmp_path,
        "export",
        "decisions",
        "--out",
        str(tmp_path / "y.csv"),
        env={name: "leo", "WORKSTATION_ALLOW_USER_OVERRIDE": "1"},
    )
    assert code == 2 and f"{ME} may not export decisions" in text, text


def test_the_override_variable_does_not_allow_user(real_db: Database, tmp_path: Path) -> None:
    code, text = cli(
        real_db,
        tmp_path,
        "--user",
        "ada",
        "users",
        "set-roles",
        ME,
        "--role",
        "admin",
        env={"WORKSTATION_ALLOW_USER_OVERRIDE": "1", "WORKSTATION_USER": "ada"},
    )
    assert code == 2 and "only in the demo database" in text, text
    with real_db.read() as session:
        me = session.execute(select(User).where(User.username == ME)).scalar_one()
        assert {r.role for r in me.roles} == {"reviewer"}
    [refusal] = refusals(real_db)
    assert refusal.subject == "change roles" and refusal.details["account"] == ME


def test_user_acts_as_another_only_in_the_demo_database(real_db: Database, tmp_path: Path) -> None:
    code, text = cli(real_db, tmp_path, "--user", "leo", "users", "list", env={})
    assert code == 2 and "only in the demo database" in text
    with real_db.write() as session:  # what 'workstation demo' writes last when it creates its database
        session.add(Setting(key=DEMO_KEY, value="1", updated_at=FakeClock().now()))
    code, text = cli(real_db, tmp_path, "--user", "leo", "users", "list", env={})
    assert code == 0 and "leo" in text and "lead" in text, text


def test_the_demo_command_does_not_turn_a_real_database_into_a_demo(
    real_db: Database, tmp_path: Path
) -> None:
    code, text = cli(real_db, tmp_path, "demo", "--user", "ada", env={"WORKSTATION_ALLOW_USER_OVERRIDE": "1"})
    assert code == 2 and "incomplete" in text, text
    assert not Directory(real_db, FakeClock()).is_demo()

"""Test-wide setup. Qt must be told to render offscreen before any Qt module loads."""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")
# Keep tests from ever touching the real user's data folder or database.
os.environ.pop("WORKSTATION_DATABASE_URL", None)
os.environ.pop("WORKSTATION_USER", None)
# The window's language is English in tests whatever the machine's locale; tests/i18n switch it themselves.
os.environ["WORKSTATION_LANG"] = "en_US"
os.environ["WORKSTATION_DATA_DIR"] = tempfile.mkdtemp(prefix="ws-test-data-")

# Hypothesis profiles (docs/development.md, "Property tests"). "ci", the default chosen in
# pyproject.toml's addopts, derives every example from the test itself (derandomize) and stores no
# example database, so a run fails or passes the same way on every machine and every time; a test's
# own @settings(max_examples=...) still sets how many. "dev" (--hypothesis-profile=dev) explores with
# fresh random examples and remembers failing ones in .hypothesis/ to replay them.
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    max_examples=50,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=50, deadline=None)

# The server tests use; they create and drop their own database inside it and touch nothing else.
PG_ADMIN_URL = os.environ.get("WORKSTATION_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE_PG = os.environ.get("WORKSTATION_TEST_REQUIRE_POSTGRES", "") == "1" or os.environ.get("CI") == "true"


def require_tool(tool: str) -> str:
    """The path of a command a real-screen test needs (``xvfb-run``, ``xdotool``, ``import``...): a
    skip that says so on a developer's machine, a failure in CI, where the real screen must be checked."""
    import shutil

    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed (tools/bootstrap installs it); this real-screen check cannot run"
        if os.environ.get("CI") == "true" or REQUIRE_PG:
            pytest.fail(message + " and CI must not skip it")
        pytest.skip(message)
    return path


class _PgServer:
    """A throw-away database on the test server, created once per session and dropped at its end."""

    def __init__(self) -> None:
        self.error: str | None = None
        self.dbname = f"ws_test_{os.getpid()}_{secrets.token_hex(3)}"
        self.created = False

    def start(self) -> None:
        import psycopg

        try:
            with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
                conn.execute(f'CREATE DATABASE "{self.dbname}"')
            self.created = True
        except psycopg.Error as error:
            self.error = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {error}".strip()

    def stop(self) -> None:
        if not self.created:
            return
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.dbname}" WITH (FORCE)')

    def require(self, what: str) -> None:
        """Skip ``what`` when no server is reachable, saying so; fail instead in CI."""
        if not self.error:
            return
        if REQUIRE_PG:
            pytest.fail(f"{self.error} (CI requires PostgreSQL; {what} must not be skipped)")
        pytest.skip(f"{self.error}; {what} did not run")

    def url(self, schema: str | None = None) -> str:
        base = PG_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://", 1).rsplit("/", 1)[0]
        url = f"{base}/{self.dbname}"
        return url + (f"?options=-csearch_path%3D{schema}" if schema else "")

    def create_schema(self) -> str:
        import psycopg

        schema = f"t_{secrets.token_hex(4)}"
        conninfo = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{self.dbname}"
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        return schema

    def drop_schema(self, schema: str) -> None:
        """Drop the schema, then the roles its migration made (group roles and the logins named with
        its prefix: roles are cluster-wide, so nothing else on the server carries that prefix)."""
        import psycopg

        conninfo = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{self.dbname}"
        with psycopg.connect(conninfo, autocommit=True) as conn:
            roles = _schema_roles(conn, schema)
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            for role in roles:
                conn.execute(f'DROP OWNED BY "{role}"')
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def _schema_roles(conn: Any, schema: str) -> list[str]:
    """The roles made for ``schema``: its group roles and every login named with its prefix (roles
    are cluster-wide and outlive the schema)."""
    if conn.execute("SELECT to_regclass(%s)", (f'"{schema}".db_roles',)).fetchone()[0] is None:
        return []
    row = conn.execute(f'SELECT role_name FROM "{schema}".db_roles WHERE name = \'prefix\'').fetchone()
    if row is None:
        return []
    like = row[0].replace("_", "\\_") + "\\_%"
    rows = conn.execute(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY rolcanlogin DESC", (like,)
    ).fetchall()
    return [r[0] for r in rows]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[_PgServer]:
    server = _PgServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL: a SQLite file, or a new schema in the test PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ws.db'}"
        return
    server: _PgServer = request.getfixturevalue("pg_server")
    server.require("the PostgreSQL half of the database suite")
    schema = server.create_schema()
    yield server.url(schema)
    server.drop_schema(schema)


@pytest.fixture
def database(db_url: str) -> Iterator[object]:
    """An upgraded database on both backends."""
    from workstation.db import Database

    db = Database(db_url)
    db.upgrade()
    yield db
    db.dispose()

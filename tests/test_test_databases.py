"""The test databases themselves (tests/conftest.py): a migrated database is reused or copied to save
the migration's cost, and must still be each test's own, exactly as the migration left it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import _PgServer
from wellbeing.clock import FakeClock
from workstation import pg_roles
from workstation.db import Database
from workstation.directory import Directory
from workstation.models import LedgerHead, User


def _people(url: str) -> list[tuple[int, str]]:
    db = Database(url)
    try:
        with db.read() as session:
            return [(r.id, r.username) for r in session.execute(select(User).order_by(User.id)).scalars()]
    finally:
        db.dispose()


def test_each_sqlite_copy_is_at_the_newest_schema_empty_and_its_own(
    migrated_sqlite: Callable[[Path], str], tmp_path: Path
) -> None:
    first, second = migrated_sqlite(tmp_path / "a.db"), migrated_sqlite(tmp_path / "b.db")
    db = Database(first)
    try:
        assert db.current_revision() == db.head_revision()
        Directory(db, FakeClock()).add_user("ann", ["admin"])
    finally:
        db.dispose()
    assert [name for _, name in _people(first)] == ["ann"]
    assert _people(second) == []  # the other copy (and the template) never saw ann


@pytest.fixture
def server(pg_server: _PgServer) -> _PgServer:
    pg_server.require("the reused PostgreSQL test schema")
    return pg_server


def _exists(server: _PgServer, schema: str) -> bool:
    with server._connect() as conn:
        return bool(conn.execute("SELECT to_regnamespace(%s) IS NOT NULL", (f'"{schema}"',)).fetchone()[0])


@pytest.mark.postgres
def test_a_reused_schema_comes_back_as_the_migration_left_it(server: _PgServer) -> None:
    schema = server.migrated_schema()
    db = Database(server.url(schema))
    try:
        with db.read() as session:
            heads = session.execute(select(func.count()).select_from(LedgerHead)).scalar_one()
        ann = Directory(db, FakeClock()).add_user("ann", ["admin"])
        with db.write() as session:
            login = pg_roles.create_login(session.connection(), ann.id)
            session.execute(LedgerHead.__table__.delete())  # a row the migration wrote
    finally:
        db.dispose()
    server.release_schema(schema)

    again = server.migrated_schema()
    try:
        assert again == schema  # reused, not migrated afresh
        assert _people(server.url(again)) == []
        with server._connect() as conn:
            assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is None
        db = Database(server.url(again))
        try:
            with db.read() as session:
                assert session.execute(select(func.count()).select_from(LedgerHead)).scalar_one() == heads
            assert Directory(db, FakeClock()).add_user("bob", ["reviewer"]).id == ann.id  # ids start again
        finally:
            db.dispose()
    finally:
        server.release_schema(again)


CHANGES = {  # each a way a test could leave the schema different from what the migration made
    "trigger disabled": "ALTER TABLE policy_versions DISABLE TRIGGER trg_policy_versions_no_truncate",
    "row security off": "ALTER TABLE decisions DISABLE ROW LEVEL SECURITY",
    "privilege granted": "GRANT DELETE ON decisions TO PUBLIC",
    "column added": "ALTER TABLE items ADD COLUMN note text",
    "function replaced": (
        "CREATE OR REPLACE FUNCTION ws_is_owner() RETURNS boolean LANGUAGE sql AS 'SELECT 1 = 1'"
    ),
}


@pytest.mark.postgres
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_schema_a_test_changed_is_dropped_not_reused(server: _PgServer, change: str) -> None:
    schema = server.migrated_schema()
    with server._connect() as conn:
        conn.execute(f'SET search_path = "{schema}"')
        conn.execute(CHANGES[change])
    server.release_schema(schema)
    assert not _exists(server, schema)
    again = server.migrated_schema()
    server.release_schema(again)
    assert again != schema

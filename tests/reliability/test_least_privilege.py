"""docs/postgres-least-privilege.sql, applied for real: the application's PostgreSQL role runs the
normal flow, and PostgreSQL itself refuses it UPDATE or DELETE on decisions and audit events."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PG_ADMIN_URL, _PgServer
from workstation import app, signing, taxonomy
from workstation.checkpoints import Checkpoints
from workstation.db import Database
from workstation.decisions import DecisionRequest
from workstation.models import Item

SQL = Path(__file__).resolve().parents[2] / "docs" / "postgres-least-privilege.sql"
PART_2 = "-- ===== part 2"

pytestmark = pytest.mark.postgres


def statements(text: str, variables: dict[str, str]) -> list[str]:
    """The file's statements with psql's :"name" variables substituted (as psql -v would)."""
    code = "\n".join(line.split("--", 1)[0] for line in text.splitlines())
    code = re.sub(r':"(\w+)"', lambda m: '"' + variables[m.group(1)].replace('"', '""') + '"', code)
    return [s.strip() for s in code.split(";") if s.strip()]


@dataclass
class Setup:
    dbname: str
    owner: str
    appuser: str

    def url(self, role: str, *, driver: str = "postgresql+psycopg") -> str:
        host = PG_ADMIN_URL.split("@", 1)[1].rsplit("/", 1)[0]
        return f"{driver}://{role}@{host}/{self.dbname}"


@pytest.fixture
def setup(pg_server: _PgServer) -> Iterator[Setup]:
    import psycopg

    pg_server.require("the least-privilege tests")
    tag = secrets.token_hex(4)
    s = Setup(dbname=f"ws_lp_{tag}", owner=f"ws_owner_{tag}", appuser=f"ws_app_{tag}")
    variables = {"owner": s.owner, "app": s.appuser, "dbname": s.dbname}
    text = SQL.read_text(encoding="utf-8")
    part1, part2 = text[: text.index(PART_2)], text[text.index(PART_2) :]
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{s.dbname}"')
    try:
        with psycopg.connect(s.url("postgres", driver="postgresql"), autocommit=True) as su:
            for statement in statements(part1, variables):
                su.execute(statement.encode())
        owner_db = Database(s.url(s.owner))
        try:
            owner_db.upgrade()  # the migrations run as the owner
        finally:
            owner_db.dispose()
        with psycopg.connect(s.url(s.owner, driver="postgresql"), autocommit=True) as owner:
            for statement in statements(part2, variables):  # the owner grants on its own tables
                owner.execute(statement.encode())
        yield s
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{s.dbname}" WITH (FORCE)')
            admin.execute(f'DROP ROLE IF EXISTS "{s.appuser}"')
            admin.execute(f'DROP ROLE IF EXISTS "{s.owner}"')


def test_the_app_role_runs_the_normal_flow(setup: Setup, tmp_path: Path) -> None:
    services = app.build(setup.url(setup.appuser), outbox_path=tmp_path / "outbox.db")
    try:
        directory = services.directory
        admin = directory.add_user("root", ["admin"])
        ann = directory.add_user("ann", ["reviewer"], by=admin)
        directory.add_queue("general", severity_tier=2, verdicts=taxonomy.builtin("general"), by=admin)
        queue_id = directory.queue("general").id
        with services.db.write() as session:
            now = services.clock.now()
            session.add_all(Item(queue_id=queue_id, external_ref=f"r{n}", created_at=now) for n in range(2))
        claim = services.claims.claim_next(ann, "general")
        assert claim is not None
        services.claims.heartbeat(ann, claim.claim_id)
        result = services.reliable.decide(ann, DecisionRequest(claim.claim_id, "allow"))
        assert result.record is not None and not result.queued
        again = services.decisions.undo(ann, result.record.id)  # undo appends; it changes nothing
        assert again.item_id == claim.item_id
        services.claims.release(ann, again.claim_id)
        assert services.decisions.verify().ok
        checkpoints = Checkpoints(services.db, services.clock)  # keys listed, a checkpoint signed
        signer = signing.generate(tmp_path / "root.pem")
        checkpoints.add_key(admin, "root", signer.public)
        checkpoints.checkpoint(admin, signer)
        checkpoints.revoke_key(admin, "root")
        assert checkpoints.verify_database(admin).ok
    finally:
        services.close()


@pytest.mark.parametrize("table", ["decisions", "audit_events"])
def test_postgres_refuses_the_app_role_update_and_delete(setup: Setup, table: str) -> None:
    import psycopg
    from psycopg import errors

    with psycopg.connect(setup.url(setup.appuser, driver="postgresql"), autocommit=True) as conn:
        conn.execute(
            "INSERT INTO audit_events (seq, at, action, subject, details, prev_hash, hash) "
            "VALUES (1000, now(), 'probe', '', '{}', 'p', 'h-probe')"
        )
        assert conn.execute("SELECT count(*) FROM audit_events WHERE seq = 1000").fetchone() == (1,)
        for statement in (
            f"UPDATE {table} SET prev_hash = 'forged'",
            f"DELETE FROM {table}",
            f"SELECT * FROM {table} FOR UPDATE",  # row locks need UPDATE rights: the app never locks them
            f"TRUNCATE {table}",
            f"ALTER TABLE {table} DISABLE TRIGGER ALL",
            f"DROP TABLE {table}",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement.encode())
        assert conn.execute("SELECT count(*) FROM audit_events WHERE seq = 1000").fetchone() == (1,)

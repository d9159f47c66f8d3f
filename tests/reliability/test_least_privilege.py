"""docs/postgres-least-privilege.sql, run with psql in the order its steps are written: part 1 as a
superuser, the migrations as the owner, part 2 for each person as the owner. Then every person works
through their own login, and PostgreSQL refuses what their group may not do."""

from __future__ import annotations

import secrets
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PG_ADMIN_URL, _PgServer
from workstation import app, ledger, pg_roles, signing, taxonomy
from workstation.checkpoints import Checkpoints
from workstation.db import Database
from workstation.decisions import DecisionRequest
from workstation.directory import Directory
from workstation.models import Item, Role

SQL = Path(__file__).resolve().parents[2] / "docs" / "postgres-least-privilege.sql"
PEOPLE = {"ann": Role.REVIEWER, "wendy": Role.WELLBEING, "leo": Role.LEAD, "ada": Role.ADMIN}

pytestmark = pytest.mark.postgres


@dataclass
class Setup:
    dbname: str
    owner: str
    logins: dict[str, str] = field(default_factory=dict)
    groups: dict[Role, str] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return PG_ADMIN_URL.split("@", 1)[1].rsplit("/", 1)[0]

    def url(self, role: str, *, driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://{role}@{self.host}/{self.dbname}"

    def psql(self, user: str, **variables: str) -> None:
        host, port = self.host.split(":")
        args = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", host, "-p", port, "-U", user]
        for name, value in variables.items():
            args += ["-v", f"{name}={value}"]
        done = subprocess.run([*args, "-d", self.dbname, "-f", str(SQL)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def setup(pg_server: _PgServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    """One database set up by the documented script, shared by this module's tests: each builds its
    own services on it, and the refusal tests change nothing (a statement that got through would fail
    its own test). Setting it up costs a second of server work (a database, the migration, the
    logins), which 23 tests paid each before."""
    import psycopg

    tmp_path = tmp_path_factory.mktemp("least-privilege")

    pg_server.require("the least-privilege tests")
    if shutil.which("psql") is None:
        pytest.skip("psql is not installed: the least-privilege file is a psql script")
    tag = secrets.token_hex(4)
    s = Setup(dbname=f"ws_lp_{tag}", owner=f"ws_owner_{tag}")
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{s.dbname}"')
    try:
        s.psql("postgres", owner=s.owner, dbname=s.dbname)  # step 1: part 1, as a superuser
        services = app.build(s.url(s.owner), outbox_path=tmp_path / "owner-outbox.db")  # step 2
        try:
            with services.db.read() as session:
                s.groups = pg_roles.group_roles(session.connection())
            for name, role in PEOPLE.items():  # the first admin, then people, as the owner
                services.directory.add_user(name, [role.value], team="blue")
            services.directory.add_queue("general", severity_tier=2, verdicts=taxonomy.builtin("general"))
            queue_id = services.directory.queue("general").id
            with services.db.write() as session:
                now = services.clock.now()
                session.add_all(
                    Item(queue_id=queue_id, external_ref=f"r{n}", created_at=now) for n in range(3)
                )
        finally:
            services.close()
        for name, role in PEOPLE.items():  # step 3: part 2 for each person, as the owner
            s.logins[name] = f"{name}_{tag}"
            s.psql(s.owner, person=s.logins[name], username=name, group=s.groups[role])
        yield s
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{s.dbname}" WITH (FORCE)')
            for role in [*s.logins.values(), *s.groups.values(), s.owner]:
                admin.execute(f'DROP ROLE IF EXISTS "{role}"')


def _services(setup: Setup, who: str, tmp_path: Path) -> Any:
    return app.build(setup.url(setup.logins[who]), upgrade=False, outbox_path=tmp_path / f"{who}.db")


def test_each_person_works_through_their_own_login(setup: Setup, tmp_path: Path) -> None:
    ann = _services(setup, "ann", tmp_path)
    try:
        me = Directory(ann.db, ann.clock).sign_in("ann")
        claim = ann.claims.claim_next(me, "general")
        assert claim is not None
        ann.claims.heartbeat(me, claim.claim_id)
        result = ann.outbox_sync.decide(me, DecisionRequest(claim.claim_id, "allow"))
        assert result.record is not None and not result.queued
        again = ann.decisions.undo(me, result.record.id)  # undo appends; it changes nothing
        assert again.item_id == claim.item_id
        ann.claims.release(me, again.claim_id)
        ann.wellbeing.record_checkin(me, 3, "a note for wellbeing staff only")
    finally:
        ann.close()
    ada = _services(setup, "ada", tmp_path)
    try:  # an admin adds a queue: its decision chain head comes with it
        admin = Directory(ada.db, ada.clock).sign_in("ada")
        ada.directory.add_queue("more", severity_tier=1, verdicts=taxonomy.builtin("general"), by=admin)
        signer = signing.generate(tmp_path / "leo.pem")  # the lead's key, listed by the admin
        Checkpoints(ada.db, ada.clock).add_key(admin, "leo", signer.public)
    finally:
        ada.close()
    leo = _services(setup, "leo", tmp_path)
    try:
        lead = Directory(leo.db, leo.clock).sign_in("leo")
        checkpoints = Checkpoints(leo.db, leo.clock)  # the lead signs every chain's head, as a login
        checkpoints.checkpoint(lead, signer)
        report = checkpoints.verify_database(lead)
        assert report.ok, report
        with leo.db.read() as session:  # the new queue has its chain; the lead sees no check-in note
            names = set(session.connection().exec_driver_sql("SELECT name FROM ledger_heads").scalars())
            assert {ledger.decision_chain(2), "audit"} <= names
            assert session.connection().exec_driver_sql("SELECT count(*) FROM checkins").scalar() == 0
    finally:
        leo.close()
    wendy = _services(setup, "wendy", tmp_path)
    try:
        with wendy.db.read() as session:
            notes = session.connection().exec_driver_sql("SELECT note FROM checkins").scalars().all()
        assert notes == ["a note for wellbeing staff only"]
    finally:
        wendy.close()


@pytest.mark.parametrize("who", sorted(PEOPLE))
@pytest.mark.parametrize("table", ["decisions", "audit_events", "ledger_heads", "claims", "items"])
def test_postgres_refuses_every_login_changes_to_the_record(setup: Setup, who: str, table: str) -> None:
    import psycopg
    from psycopg import errors

    with psycopg.connect(setup.url(setup.logins[who], driver="postgresql"), autocommit=True) as conn:
        for statement in (
            f"UPDATE {table} SET {'name = name' if table == 'ledger_heads' else 'id = id'}",
            f"DELETE FROM {table}",
            f"SELECT * FROM {table} FOR UPDATE",  # row locks need UPDATE rights
            f"TRUNCATE {table}",
            f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY",
            f"DROP TABLE {table}",
            "CREATE TABLE x (id int)",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement.encode())


def test_a_login_outside_the_groups_cannot_connect(setup: Setup) -> None:
    import psycopg

    stranger = f"stranger_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE ROLE "{stranger}" LOGIN')
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            psycopg.connect(setup.url(stranger, driver="postgresql")).close()
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP ROLE "{stranger}"')


def test_the_owners_database_is_the_owners(setup: Setup) -> None:
    db = Database(setup.url(setup.owner))
    try:
        with db.read() as session:
            assert pg_roles.owner_role(session.connection()) == setup.owner
            assert pg_roles.is_owner(session.connection())
    finally:
        db.dispose()

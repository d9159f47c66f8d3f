"""A migrated PostgreSQL schema with one real login per product role, for psql-level attacks.

The schema is migrated and seeded by the superuser (the owner path); each person then gets a LOGIN
role through ``workstation.pg_roles.create_login`` and the tests connect as that login, exactly as a
person with psql and their own password would.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import quote

import pytest

from tests.conftest import PG_ADMIN_URL, _PgServer
from wellbeing.clock import SystemClock
from workstation import app, pg_roles, taxonomy
from workstation.actor import Actor
from workstation.decisions import DecisionRequest
from workstation.models import Item
from workstation.wellbeing_records import WellbeingRecords


@dataclass
class World:
    """The seeded schema: people by username, their logins, ids of interesting rows."""

    server: _PgServer
    schema: str
    owner_url: str
    people: dict[str, Actor] = field(default_factory=dict)
    logins: dict[str, str] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)

    def url(self, username: str, *, driver: str = "postgresql+psycopg") -> str:
        """The URL ``username`` connects with: their own login, nothing else."""
        host = PG_ADMIN_URL.split("@", 1)[1].rsplit("/", 1)[0]
        options = quote(f"-csearch_path={self.schema}")
        return f"{driver}://{self.logins[username]}@{host}/{self.server.dbname}?options={options}"

    def connect(self, username: str):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(self.url(username, driver="postgresql"), autocommit=True)


#: One person per product role (plus a second reviewer, the victim of impersonation).
PEOPLE = {"ann": "reviewer", "bob": "reviewer", "wendy": "wellbeing", "leo": "lead", "ada": "admin"}


@pytest.fixture
def world(pg_server: _PgServer) -> Iterator[World]:
    pg_server.require("the PostgreSQL attack tests")
    schema = pg_server.migrated_schema()  # reused, as the migration left it (tests/conftest.py)
    w = World(pg_server, schema, pg_server.url(schema))
    services = app.build(w.owner_url, clock=SystemClock(), outbox_path=None)
    try:
        directory = services.directory
        for name, role in PEOPLE.items():
            w.people[name] = directory.add_user(name, [role], team="blue")
        directory.add_queue("general", severity_tier=2, verdicts=taxonomy.builtin("general"))
        directory.add_queue("secret", severity_tier=4, verdicts=taxonomy.builtin("general"), restricted=True)
        directory.grant_queue("bob", "secret")
        now = services.clock.now()
        with services.db.write() as session:
            for queue in ("general", "secret"):
                queue_id = directory.queue(queue).id
                session.add_all(
                    Item(queue_id=queue_id, external_ref=f"{queue}-{n}", created_at=now, sla_due_at=now)
                    for n in range(6)
                )
        w.ids["general"] = directory.queue("general").id
        w.ids["secret"] = directory.queue("secret").id
        # bob's wellbeing data and a decision of his, made through the owner path on his behalf
        care = WellbeingRecords(services.db, services.clock)
        care.record_checkin(w.people["bob"], 2, "rough day, please keep this private")
        claim = services.claims.claim_next(w.people["bob"], "general")
        assert claim is not None
        record = services.decisions.decide(w.people["bob"], DecisionRequest(claim.claim_id, "allow"))
        w.ids["bob_decision"] = record.id
        w.ids["decided_item"] = record.item_id
        with services.db.write() as session:
            conn = session.connection()
            for name, actor in w.people.items():
                w.logins[name] = pg_roles.create_login(conn, actor.id)
        yield w
    finally:
        services.close()
        pg_server.release_schema(schema)


def open_as(world: World, username: str):  # type: ignore[no-untyped-def]
    """The app's services over ``username``'s own login (no upgrade: the schema is the owner's)."""
    return app.build(world.url(username), clock=SystemClock(), upgrade=False, outbox_path=None)


LEASE = timedelta(seconds=60)


@dataclass(frozen=True)
class Recorded:
    """A refusal a ``ws_*`` wrapper of migration 0010 recorded: what it said and what it returned."""

    sqlstate: str
    message: str
    rows: list[tuple[object, ...]]


def recorded_refusal(conn, sql: str, params: tuple[object, ...] = (), *, state: str = "42501") -> Recorded:  # type: ignore[no-untyped-def]
    """Run ``sql`` as psql would: it must not fail (an error would roll its audit event back) but warn
    with ``state`` and ``pgfunc.REFUSAL_DETAIL``, returning no row or NULL."""
    from workstation.pgfunc import REFUSAL_DETAIL, notice_fields

    notices: list[tuple[str | None, ...]] = []

    def handler(diag: object) -> None:  # a notice's Diagnostic is valid only inside the handler
        notices.append(notice_fields(diag))

    conn.add_notice_handler(handler)
    try:
        rows = list(conn.execute(sql, params or None).fetchall())
    finally:
        conn.remove_notice_handler(handler)
    warnings = [n for n in notices if n[3] == REFUSAL_DETAIL]
    assert len(warnings) == 1, f"{sql}: expected one recorded refusal, got {notices!r} and rows {rows!r}"
    severity, sqlstate, message, _detail = warnings[0]
    assert severity == "WARNING" and sqlstate == state, (sqlstate, message)
    assert rows in ([], [(None,)], [("",)]), rows  # no row, NULL, or void
    return Recorded(str(sqlstate), str(message), rows)


def refusals(world: World, login_of: str | None = None) -> list[tuple[object, ...]]:
    """The ``refused`` audit events (actor id, subject, login, function, why), read as the owner."""
    import psycopg

    with psycopg.connect(world.server.url().replace("+psycopg", ""), autocommit=True) as su:
        su.execute(f"SET search_path = {world.schema}")
        rows = su.execute(
            "SELECT actor_id, subject, details->>'login', details->>'function', details->>'why' "
            "FROM audit_events WHERE action = 'refused' ORDER BY seq"
        ).fetchall()
    if login_of is not None:
        rows = [r for r in rows if r[2] == world.logins[login_of]]
    return [tuple(r) for r in rows]

"""SLA operations over real PostgreSQL logins (migration 0014): the lead's own login gets the same
figures as the owner; a reviewer's login with psql can flag only what the window lets them flag,
cannot write key tickets directly, and reads no one else's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any
from urllib.parse import quote

import psycopg
import pytest
from sla_world import World, build

from tests.conftest import PG_ADMIN_URL, _PgServer
from workstation import app, pg_roles
from workstation.daily_report import DailyReports
from workstation.errors import PermissionDenied
from workstation.key_tickets import KeyTickets
from workstation.sla import SlaReports

pytestmark = pytest.mark.postgres


class Org:
    def __init__(self, server: _PgServer, schema: str, world: World, services: Any) -> None:
        self.server, self.schema, self.world, self.services = server, schema, world, services
        self.logins: dict[str, str] = {}

    def url(self, username: str, *, driver: str = "postgresql+psycopg") -> str:
        host = PG_ADMIN_URL.split("@", 1)[1].rsplit("/", 1)[0]
        options = quote(f"-csearch_path={self.schema}")
        return f"{driver}://{self.logins[username]}@{host}/{self.server.dbname}?options={options}"

    def connect(self, username: str) -> psycopg.Connection[Any]:
        return psycopg.connect(self.url(username, driver="postgresql"), autocommit=True)

    def services_of(self, username: str) -> Any:
        return app.build(self.url(username), clock=self.world.clock, upgrade=False, outbox_path=None)


@pytest.fixture
def org(pg_server: _PgServer) -> Iterator[Org]:
    pg_server.require("SLA operations over PostgreSQL logins")
    schema = pg_server.migrated_schema()  # reused, as the migration left it (tests/conftest.py)
    services = app.build(pg_server.url(schema), outbox_path=None)
    try:
        world = build(services.db)
        o = Org(pg_server, schema, world, services)
        world.people["wendy"] = services.directory.add_user("wendy", ["wellbeing"])
        with services.db.write() as session:
            for name in ("ada", "leo", "ann", "bob", "wendy"):
                o.logins[name] = pg_roles.create_login(session.connection(), world.people[name].id)
        yield o
    finally:
        services.close()
        pg_server.release_schema(schema)


def test_a_leads_own_login_gets_the_owners_figures(org: Org) -> None:
    owner = SlaReports(org.services.db, org.world.clock).report(org.world.people["leo"], by="queue")
    lead_services = org.services_of("leo")
    try:
        lead = lead_services.directory.authenticate()
        # the lead's own login reads through row-level security and ws_now ignores a client clock for
        # it, so compare what does not depend on "now": the finished decisions of the window
        mine = SlaReports(lead_services.db, org.world.clock).report(lead, by="queue")
        assert [(r.group, r.decided, r.attainment_today) for r in mine.rows] == [
            (r.group, r.decided, r.attainment_today) for r in owner.rows
        ]
        daily = DailyReports(lead_services.db, org.world.clock).report(lead, date(2026, 3, 10))
        assert [k.item_ref for k in daily.key_tickets] == ["g2"]
    finally:
        lead_services.close()


def test_a_reviewers_login_cannot_run_the_reports(org: Org) -> None:
    services = org.services_of("ann")
    try:
        ann = services.directory.authenticate()
        with pytest.raises(PermissionDenied):
            SlaReports(services.db, org.world.clock).report(ann)
        with pytest.raises(PermissionDenied):
            DailyReports(services.db, org.world.clock).report(ann, date(2026, 3, 10))
    finally:
        services.close()


def test_psql_as_a_reviewer_flags_only_what_they_claimed(org: Org) -> None:
    items, people = org.world.items, org.world.people
    with org.connect("ann") as conn:
        # an item ann claimed: allowed, through the function, credited to ann whatever p_actor says
        conn.execute("SELECT ws_flag_key_ticket(NULL, %s, 'ann saw a pattern', NULL)", (items["g1"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only a reviewer who claimed"):
            conn.execute("SELECT ws_flag_key_ticket(NULL, %s, 'not mine', NULL)", (items["g7"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="acts only as itself"):
            conn.execute("SELECT ws_flag_key_ticket(%s, %s, 'as bob', NULL)", (people["bob"].id, items["g2"]))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO key_tickets (item_id, queue_id, user_id, summary, flagged_at) "
                "SELECT id, queue_id, %s, 'direct', now() FROM items WHERE id = %s",
                (people["ann"].id, items["g1"]),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE key_tickets SET summary = 'rewritten'")
        with pytest.raises(psycopg.Error, match="one-line summary"):
            conn.execute("SELECT ws_flag_key_ticket(NULL, %s, E'two\\nlines', NULL)", (items["g1"],))
        # row-level security: ann reads her own flag only, not bob's
        seen = conn.execute("SELECT summary FROM key_tickets ORDER BY id").fetchall()
        assert seen == [("ann saw a pattern",)]
        # a client clock counts for the owner only: ann's flag is stamped with the server's time
        stamped = conn.execute("SELECT flagged_at FROM key_tickets").fetchone()
        assert stamped is not None and stamped[0].year >= 2026
    with org.connect("leo") as conn:  # the lead reads every flag
        assert len(conn.execute("SELECT id FROM key_tickets").fetchall()) == 2
        actions = conn.execute(
            "SELECT subject FROM audit_events WHERE action = 'key_ticket' ORDER BY seq"
        ).fetchall()
        assert (f"item {items['g1']}",) in actions


def test_the_service_flags_through_the_function_over_a_reviewers_login(org: Org) -> None:
    services = org.services_of("bob")
    try:
        bob = services.directory.authenticate()
        KeyTickets(services.db, org.world.clock).flag(bob, org.world.items["g5"], "skipped but worth a look")
        with pytest.raises(PermissionDenied, match="only a reviewer who claimed"):
            KeyTickets(services.db, org.world.clock).flag(bob, org.world.items["g1"], "ann's item")
    finally:
        services.close()


def test_only_an_admins_login_sets_targets_and_policy(org: Org) -> None:
    from workstation.models import Queue
    from workstation.sla import OperationsSettings

    admin = org.services_of("ada")
    try:
        ada = admin.directory.authenticate()
        settings = OperationsSettings(admin.db, org.world.clock)
        settings.set_sla_target(ada, "gore", 45)
        settings.set_timezone(ada, "Europe/Dublin", team="blue")
        settings.set_per_person(ada, True)
        with admin.db.read() as session:
            assert session.query(Queue.sla_minutes).filter(Queue.name == "gore").scalar() == 45
    finally:
        admin.close()
    with org.connect("leo") as conn:  # a lead's psql: no UPDATE on queues, no INSERT on settings
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE queues SET sla_minutes = 1")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # EXECUTE is granted to admins only
            conn.execute("SELECT ws_set_queue_sla(NULL, 'gore', 1, NULL)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO settings (key, value, updated_at) "
                "VALUES ('operations.timezone', 'Pacific/Kiritimati', now())"
            )
    # nobody writes settings directly (migration 0012), wellbeing staff included; nor the operations ones
    with org.connect("wendy") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE settings SET value = 'forbidden' WHERE key = 'operations.per_person_figures'"
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES ('operations.timezone', 'UTC', now())"
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the function is an admin's
            conn.execute("SELECT ws_set_operations_setting(NULL, 'operations.timezone', 'UTC', NULL)")

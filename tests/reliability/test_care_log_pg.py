"""Wellbeing staff's care log (migration 0011) as each person's own PostgreSQL login sees it.

Acknowledgements ("contacted on ...", a private note) and page views are for wellbeing staff only:
leads, admins and reviewers get "permission denied" on SELECT, may not write the table nor call its
function, and wellbeing staff write only as themselves, through ``ws_care_log``.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reliability.pg_logins import World, open_as
from tests.reliability.test_pg_rules import refused, rows
from wellbeing.policy import load_policy
from workstation.errors import PermissionDenied
from workstation.wellbeing_attention import WellbeingAttention

pytestmark = pytest.mark.postgres

CALL = "SELECT ws_care_log(%s, 'x', %s, NULL, 'acknowledged', current_date, 'forged')"


def _acknowledge_as_wendy(world: World) -> None:
    services = open_as(world, "wendy")
    try:
        service = WellbeingAttention(services.db, services.clock, load_policy())
        service.acknowledge(world.people["wendy"], "bob", date.today(), "called him; keep this private")
        listed = service.attention(world.people["wendy"])  # bob's Low check-in, now acknowledged
        assert [(a.username, a.cleared) for a in listed] == [("bob", True)]
        page = service.person(world.people["wendy"], "bob")
        assert page.acknowledgements[0].note == "called him; keep this private"
    finally:
        services.close()


@pytest.mark.parametrize("who", ["leo", "ada", "ann", "bob"])
def test_only_wellbeing_staff_read_or_write_the_care_log(world: World, who: str) -> None:
    _acknowledge_as_wendy(world)
    with world.connect("wendy") as conn:
        found = rows(conn, "SELECT user_id, kind, note FROM care_log ORDER BY id")
        assert (world.people["bob"].id, "acknowledged", "called him; keep this private") in found
        assert "viewed" in {kind for _u, kind, _n in found}
    bob = world.people["bob"].id
    with world.connect(who) as conn:
        assert "permission denied for table care_log" in refused(conn, "SELECT * FROM care_log")
        assert "permission denied" in refused(
            conn, "SELECT count(*) FROM care_log WHERE user_id = %s", (bob,)
        )
        refused(
            conn,
            "INSERT INTO care_log (client_id, user_id, author_id, at, kind, note) "
            "VALUES ('f', %s, %s, now(), 'acknowledged', 'forged')",
            (bob, world.people[who].id),
        )
        assert "permission denied for function ws_care_log" in refused(
            conn, CALL, (world.people[who].id, bob)
        )
        # The shared audit trail, which leads and admins read, names nobody for care events.
        for subject, details in rows(
            conn, "SELECT subject, details::text FROM audit_events WHERE action LIKE 'care.%%'"
        ):
            assert subject == "" and details == "{}"


def test_leads_and_admins_are_refused_by_the_service_with_a_sentence(world: World) -> None:
    for who in ("leo", "ada"):
        services = open_as(world, who)
        try:
            service = WellbeingAttention(services.db, services.clock, load_policy())
            with pytest.raises(
                PermissionDenied,
                match=f"{who} may not see who needs attention: that needs the wellbeing role",
            ):
                service.attention(world.people[who])
            with pytest.raises(PermissionDenied, match="may not acknowledge a person"):
                service.acknowledge(world.people[who], "bob", date.today(), "x")
        finally:
            services.close()


def test_wellbeing_staff_write_only_as_themselves_and_never_change_a_row(world: World) -> None:
    _acknowledge_as_wendy(world)
    wendy, bob = world.people["wendy"].id, world.people["bob"].id
    with world.connect("wendy") as conn:
        assert "acts only as itself" in refused(conn, CALL, (world.people["ann"].id, bob))
        refused(conn, "UPDATE care_log SET note = 'rewritten'")
        refused(conn, "DELETE FROM care_log")
        # A clock of one's own does not count: the row gets the database's time.
        conn.execute(
            "SELECT ws_care_log(%s, 'mine', %s, '2001-01-01', 'acknowledged', current_date, 'ok')",
            (wendy, bob),
        )
        (at,) = rows(conn, "SELECT at FROM care_log WHERE client_id = %s", (f"{wendy}/mine",))[0]
        assert at.year > 2001
        import psycopg

        with pytest.raises(psycopg.DatabaseError, match="not be in the future"):
            conn.execute(
                "SELECT ws_care_log(%s, 'later', %s, NULL, 'acknowledged', current_date + 30, '')",
                (wendy, bob),
            )

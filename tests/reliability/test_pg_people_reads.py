"""Who may read whom on PostgreSQL, and refusals an insider leaves in the audit log (migration 0010).

Connected with psycopg as each group's real login, as psql would be: a reviewer reads their own
person and roles only; wellbeing staff, leads and admins read everyone (their screens list people).
A decision on someone else's claim, tried from psql, is refused and leaves a ``refused`` event naming
the login, although the call's transaction committed nothing else.
"""

from __future__ import annotations

import pytest

from tests.reliability.pg_logins import PEOPLE, World, open_as, recorded_refusal, refusals

pytestmark = pytest.mark.postgres

QUERIES = (
    "SELECT username FROM users",
    "SELECT u.username FROM users u JOIN user_roles r ON r.user_id = u.id",
    "SELECT DISTINCT user_id::text FROM user_roles",
    "SELECT coalesce(db_login, username) FROM users",
    "SELECT t.name FROM teams t JOIN users u ON u.team_id = t.id",
)


@pytest.mark.parametrize("who", ["ann", "bob"])
def test_a_reviewer_reads_only_themself(world: World, who: str) -> None:
    me = world.people[who]
    with world.connect(who) as conn:
        assert conn.execute("SELECT id, username FROM users").fetchall() == [(me.id, who)]
        assert conn.execute("SELECT user_id, role FROM user_roles").fetchall() == [(me.id, "reviewer")]
        for sql in QUERIES:  # no way round: joins, other columns, counts
            assert len(conn.execute(sql).fetchall()) <= 1, sql
        assert conn.execute("SELECT count(*) FROM users").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM users WHERE username = 'ada'").fetchone() == (0,)
        # what the app needs still works: who am I, may I, and the first-run check
        assert conn.execute("SELECT ws_me(), ws_me_has('reviewer'), ws_has_people()").fetchone() == (
            me.id,
            True,
            True,
        )


@pytest.mark.parametrize("who", ["wendy", "leo", "ada"])
def test_care_leads_and_admins_read_everyone(world: World, who: str) -> None:
    with world.connect(who) as conn:
        names = {r[0] for r in conn.execute("SELECT username FROM users").fetchall()}
        assert names == set(PEOPLE)
        assert conn.execute("SELECT count(DISTINCT user_id) FROM user_roles").fetchone() == (len(PEOPLE),)


def test_the_cli_sign_in_and_listing_still_work_for_a_reviewer(world: World) -> None:
    services = open_as(world, "ann")
    try:
        assert services.directory.authenticate().username == "ann"
        assert [u.username for u in services.directory.list_users(for_actor=world.people["ann"])] == ["ann"]
        # even asked for everyone (no reader named: the app-itself path), the database gives ann only
        assert [(u.username, u.roles) for u in services.directory.list_users()] == [("ann", ("reviewer",))]
    finally:
        services.close()


def test_deciding_someone_elses_claim_from_psql_is_audited(world: World) -> None:
    bob, ann = world.people["bob"], world.people["ann"]
    with world.connect("bob") as conn:
        claim = conn.execute("SELECT o_claim FROM ws_claim_next(%s, 'general', NULL, 60, true)", (bob.id,))
        bobs_claim = claim.fetchone()[0]
    with world.connect("ann") as conn:
        refusal = recorded_refusal(
            conn,
            "SELECT * FROM ws_decide(%s, %s, 'steal-1', 'remove', '', '', NULL, 1, 'filtered', NULL)",
            (ann.id, bobs_claim),
            state="WSNF0",
        )
        assert refusal.message == f"claim {bobs_claim} is not yours"
        assert conn.execute("SELECT count(*) FROM decisions WHERE client_id = 'steal-1'").fetchone() == (0,)
    [(actor, subject, login, function, why)] = refusals(world, "ann")
    assert (actor, subject, login, function, why) == (
        ann.id,
        "decide items",
        world.logins["ann"],
        "ws_decide",
        refusal.message,
    )
    with world.connect("bob") as conn:  # bob's claim is untouched: he decides it
        row = conn.execute(
            "SELECT o_verdict FROM ws_decide(%s, %s, 'mine-1', 'allow', '', '', NULL, 1, 'filtered', NULL)",
            (bob.id, bobs_claim),
        ).fetchone()
        assert row == ("allow",)


def test_the_workstation_still_raises_its_error_for_a_recorded_refusal(world: World) -> None:
    """Through the services over ann's login: the same NotFound as before 0010, and the wrapper's
    audit row rolls back with the workstation's transaction (nothing half-written)."""
    from workstation.decisions import DecisionRequest
    from workstation.errors import NotFound

    bob, ann = world.people["bob"], world.people["ann"]
    with world.connect("bob") as conn:
        bobs_claim = conn.execute(
            "SELECT o_claim FROM ws_claim_next(%s, 'general', NULL, 60, true)", (bob.id,)
        ).fetchone()[0]
    services = open_as(world, "ann")
    try:
        with pytest.raises(NotFound, match=f"claim {bobs_claim} is not yours"):
            services.decisions.decide(ann, DecisionRequest(bobs_claim, "remove"))
    finally:
        services.close()

"""PostgreSQL itself enforces the rules (docs/postgresql.md; docs/architecture.md, invariant 7).

Every attack of issue 11 is tried as psql would: connected with psycopg as a real login of each group
role, sending SQL directly. PostgreSQL must refuse it (an error, or no rows where row-level security
hides them); the normal flow runs through the app's services over the same logins.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.reliability.pg_logins import PEOPLE, World, open_as, recorded_refusal, refusals
from workstation import ledger
from workstation.checkpoints import Checkpoints
from workstation.decisions import DecisionRequest
from workstation.errors import PermissionDenied
from workstation.wellbeing_records import break_payload

pytestmark = pytest.mark.postgres

EVERYONE = sorted(PEOPLE)


def refused(conn: Any, sql: str, params: tuple[Any, ...] = ()) -> str:
    """Run ``sql``; it must fail with insufficient_privilege (grants, policies or a function's check)."""
    from psycopg import errors

    with pytest.raises(errors.InsufficientPrivilege) as info:
        conn.execute(sql.encode() if not params else sql, params or None)
    return str(info.value)


def rows(conn: Any, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return list(conn.execute(sql, params or None).fetchall())


@pytest.mark.parametrize("who", EVERYONE)
def test_nobody_grants_themself_a_role(world: World, who: str) -> None:
    me = world.people[who].id
    with world.connect(who) as conn:
        for role in ("admin", "lead", "wellbeing"):
            refused(conn, "INSERT INTO user_roles (user_id, role) VALUES (%s, %s)", (me, role))
        refused(conn, "UPDATE user_roles SET role = 'admin' WHERE user_id = %s", (me,))
        refused(conn, "DELETE FROM user_roles")
        assert rows(conn, "SELECT role FROM user_roles WHERE user_id = %s", (me,)) == [(PEOPLE[who],)]


@pytest.mark.parametrize("who", EVERYONE)
def test_nobody_grants_themself_a_restricted_queue(world: World, who: str) -> None:
    me, secret = world.people[who].id, world.ids["secret"]
    with world.connect(who) as conn:
        refused(conn, "INSERT INTO queue_grants (user_id, queue_id) VALUES (%s, %s)", (me, secret))
        refused(conn, "DELETE FROM queue_grants")


@pytest.mark.parametrize("who", EVERYONE)
def test_nobody_marks_an_item_decided_without_a_decision(world: World, who: str) -> None:
    with world.connect(who) as conn:
        refused(conn, "UPDATE items SET status = 'decided'")
        refused(conn, "DELETE FROM items")
        refused(conn, "UPDATE claims SET lease_expires_at = now() + interval '10 years'")
        refused(
            conn,
            "INSERT INTO claims (item_id, user_id, claimed_at, lease_expires_at, outcome) "
            "SELECT id, 1, now(), now(), 'open' FROM items",
        )
        refused(conn, "UPDATE media_assets SET path = '/etc/passwd'")


@pytest.mark.parametrize("who", [p for p in EVERYONE if PEOPLE[p] != "wellbeing" and p != "bob"])
def test_check_in_notes_and_exposure_are_for_their_person_and_wellbeing_only(
    world: World,
    who: str,
) -> None:
    with world.connect(who) as conn:
        assert rows(conn, "SELECT note FROM checkins") == []
        for table in ("exposure_spans", "exposure_daily", "breaks"):
            assert rows(conn, f"SELECT * FROM {table} WHERE user_id <> %s", (world.people[who].id,)) == []
        refused(conn, "UPDATE checkins SET note = ''")
        refused(
            conn,
            "INSERT INTO checkins (client_id, user_id, at, mood, note) VALUES ('x', %s, now(), 5, 'fine')",
            (world.people["bob"].id,),
        )
    with world.connect("wendy") as conn:  # wellbeing staff see it; bob sees his own
        assert rows(conn, "SELECT note FROM checkins") == [("rough day, please keep this private",)]
    with world.connect("bob") as conn:
        assert len(rows(conn, "SELECT note FROM checkins")) == 1


def _forged_decision(conn: Any, chain: str) -> tuple[str, dict[str, Any]]:
    """A backdated decision credited to bob, with a valid hash onto the chain's current head."""
    from datetime import UTC, datetime

    head = rows(conn, "SELECT seq, hash FROM ledger_heads WHERE name = %s", (chain,))
    seq, prev = head[0] if head else (0, ledger.GENESIS)
    fields = {
        "client_id": "forged-1",
        "external_ref": "general-5",
        "queue": "general",
        "reviewer": "bob",
        "verdict": "remove",
        "reason": "",
        "note": "",
        "supersedes": "",
        "reveal_state": "filtered",
        "decided_at": datetime(2026, 1, 1, tzinfo=UTC),
        "handling_seconds": 1.0,
    }
    digest = ledger.digest(prev, {**fields, "seq": seq + 1})
    values = {"seq": seq + 1, "prev": prev, "hash": digest}
    return digest, values


@pytest.mark.parametrize("who", EVERYONE)
def test_a_backdated_forged_decision_with_a_valid_hash_is_refused(world: World, who: str) -> None:
    chain = ledger.decision_chain(world.ids["general"])
    bob = world.people["bob"].id
    with world.connect(who) as conn:
        digest, v = _forged_decision(conn, chain)
        refused(
            conn,
            "INSERT INTO decisions (chain, seq, client_id, item_id, queue_id, user_id, verdict, reason, note,"
            " decided_at, handling_seconds, reveal_state, prev_hash, hash) VALUES "
            "(%s, %s, 'forged-1', (SELECT id FROM items WHERE external_ref = 'general-5'), %s, %s, 'remove', "
            "'', '', '2026-01-01', 1.0, 'filtered', %s, %s)",
            (chain, v["seq"], world.ids["general"], bob, v["prev"], digest),
        )
        refused(
            conn, "UPDATE ledger_heads SET seq = %s, hash = %s WHERE name = %s", (v["seq"], digest, chain)
        )
        # nor through the owner's chaining function, nor by editing or removing decisions
        refused(
            conn,
            "SELECT ws_chain_decision(%s, %s, NULL, 'forged-2', 'remove', '', '', '2026-01-01', 1, "
            "'filtered', NULL)",
            (bob, world.ids["decided_item"]),
        )
        refused(conn, "UPDATE decisions SET verdict = 'remove'")
        refused(conn, "DELETE FROM decisions")
        refused(conn, "TRUNCATE decisions")
        refused(conn, "ALTER TABLE decisions DISABLE ROW LEVEL SECURITY")


@pytest.mark.parametrize("who", EVERYONE)
def test_nobody_clobbers_a_chain_head(world: World, who: str) -> None:
    with world.connect(who) as conn:
        refused(conn, "UPDATE ledger_heads SET hash = %s", ("0" * 64,))
        refused(conn, "DELETE FROM ledger_heads")
        refused(
            conn, "INSERT INTO ledger_heads (name, seq, hash) VALUES ('decisions/999', 0, %s)", ("0" * 64,)
        )
        refused(conn, "UPDATE audit_events SET details = '{}'")
        refused(
            conn,
            "INSERT INTO audit_events (seq, at, action, subject, details, prev_hash, hash) "
            "VALUES (1000, now(), 'probe', '', '{}', 'p', 'h')",
        )


@pytest.mark.parametrize("who", EVERYONE)
def test_a_function_called_with_another_persons_id_refuses(world: World, who: str) -> None:
    victim = world.people["bob" if who != "bob" else "ann"].id
    with world.connect(who) as conn:
        # The functions an insider would try first record the refusal (migration 0010), naming the login.
        for sql, params in (
            ("SELECT * FROM ws_claim_next(%s, 'general', NULL, 60, true)", (victim,)),
            ("SELECT * FROM ws_decide(%s, 1, 'c-x', 'allow', '', '', NULL, 1, 'filtered', NULL)", (victim,)),
            ("SELECT ws_undo(%s, %s, NULL, NULL, 60)", (victim, world.ids["bob_decision"])),
        ):
            message = recorded_refusal(conn, sql, params).message
            assert "acts only as itself" in message or "may not" in message
        logged = refusals(world, who)
        assert [r[3] for r in logged] == ["ws_claim_next", "ws_decide", "ws_undo"]
        assert {r[0] for r in logged} == {world.people[who].id}
        for sql, params in (
            ("SELECT ws_heartbeat(%s, 1, NULL, 60)", (victim,)),
            ("SELECT ws_close_claim(%s, 1, 'released', NULL)", (victim,)),
            ("SELECT ws_record_spans(%s, '[]')", (victim,)),
            (
                "SELECT ws_record_break(%s, 'b-x', 'soft', now()::timestamp, NULL, NULL, 0, 'taken')",
                (victim,),
            ),
            ("SELECT ws_record_checkin(%s, 'c-y', NULL, 5, 'forged')", (victim,)),
            ("SELECT * FROM ws_audit(%s, NULL, 'reveal', 'item 1', '{}')", (victim,)),
        ):
            message = refused(conn, sql, params)
            assert "acts only as itself" in message or "may not" in message or "permission denied" in message


def test_a_login_cannot_pass_a_clock_or_a_lease_of_its_own(world: World) -> None:
    """A login's times are the server's: a claim made 'in 2030' with a ten-year lease is an ordinary
    claim of now, with a lease of at most an hour."""
    ann = world.people["ann"].id
    with world.connect("ann") as conn:
        row = rows(
            conn,
            "SELECT o_claimed_at, o_expires, now() AT TIME ZONE 'UTC' FROM "
            "ws_claim_next(%s, 'general', '2030-01-01', 315360000, true)",
            (ann,),
        )
        claimed_at, expires, now = row[0]
        assert abs((claimed_at - now).total_seconds()) < 5
        assert (expires - claimed_at).total_seconds() == 3600


def test_functions_are_not_injectable(world: World) -> None:
    import psycopg

    ann = world.people["ann"].id
    evil = "general'; UPDATE items SET status = 'decided'; --"
    with world.connect("ann") as conn:
        with pytest.raises(psycopg.DatabaseError, match="no queue named"):
            conn.execute("SELECT * FROM ws_claim_next(%s, %s, NULL, 60, true)", (ann, evil))
        claim = rows(conn, "SELECT o_claim FROM ws_claim_next(%s, 'general', NULL, 60, true)", (ann,))[0][0]
        note = '\'); DELETE FROM decisions; -- "seq":-1 \u2028 \x01 ünï'
        decided = rows(
            conn,
            "SELECT o_hash, o_note FROM ws_decide(%s, %s, 'inj-1', 'allow', '', %s, NULL, "
            "2.0005, 'filtered', NULL)",
            (ann, claim, note),
        )
        assert decided[0][1] == note
    with world.connect("leo") as conn:
        assert rows(conn, "SELECT count(*) FROM items WHERE status = 'decided'") == [(2,)]
    services = open_as(world, "leo")
    try:  # the database's hash of the odd note is the one Python verifies
        assert services.decisions.verify().ok
    finally:
        services.close()


def test_restricted_queues_are_invisible_without_a_grant(world: World) -> None:
    secret = world.ids["secret"]
    with world.connect("ann") as conn:
        assert rows(conn, "SELECT name FROM queues WHERE restricted") == []
        assert rows(conn, "SELECT id FROM items WHERE queue_id = %s", (secret,)) == []
    for who in ("bob", "leo", "ada"):
        with world.connect(who) as conn:
            assert len(rows(conn, "SELECT id FROM items WHERE queue_id = %s", (secret,))) == 6
    services = open_as(world, "ann")
    try:
        with pytest.raises(PermissionDenied, match="restricted"):
            services.claims.claim_next(world.people["ann"], "secret")
    finally:
        services.close()


def test_import_adds_pending_items_only(world: World) -> None:
    queue = world.ids["general"]
    with world.connect("leo") as conn:
        conn.execute(
            "INSERT INTO items (queue_id, external_ref, reason, priority, status, created_at) "
            "VALUES (%s, 'new-1', '', 0, 'pending', now())",
            (queue,),
        )
        refused(
            conn,
            "INSERT INTO items (queue_id, external_ref, reason, priority, status, created_at) "
            "VALUES (%s, 'new-2', '', 0, 'decided', now())",
            (queue,),
        )
    with world.connect("ann") as conn:  # a reviewer imports nothing
        refused(
            conn,
            "INSERT INTO items (queue_id, external_ref, reason, priority, status, created_at) "
            "VALUES (%s, 'new-3', '', 0, 'pending', now())",
            (queue,),
        )


def test_the_app_runs_the_review_flow_over_a_reviewers_own_login(world: World) -> None:
    services = open_as(world, "ann")
    ann = world.people["ann"]
    try:
        claim = services.claims.claim_next(ann, "general")
        assert claim is not None
        services.claims.heartbeat(ann, claim.claim_id)
        record = services.decisions.decide(
            ann, DecisionRequest(claim.claim_id, "allow", handling_seconds=1.5)
        )
        assert record.chain == ledger.decision_chain(world.ids["general"])
        again = services.decisions.undo(ann, record.id)
        services.claims.skip(ann, again.claim_id)
        services.wellbeing.record_checkin(ann, 4, "ok")
        services.wellbeing.record_break(ann, kind="soft", prompted_at=services.clock.now(), outcome="taken")
    finally:
        services.close()
    lead = open_as(world, "leo")
    try:
        assert lead.decisions.verify().ok
        report = Checkpoints(lead.db, lead.clock).verify_database(world.people["leo"])
        assert report.ok, report
    finally:
        lead.close()


def test_a_login_cannot_replay_or_decide_as_someone_else(world: World) -> None:
    """An edited outbox names another person: the database refuses it, whatever the payload says."""
    from datetime import UTC, datetime, timedelta

    from wellbeing.exposure import ExposureSpan

    services = open_as(world, "ann")
    try:
        start = datetime.now(UTC) - timedelta(minutes=5)
        span = ExposureSpan(
            item_id="1",
            queue="general",
            tier=2,
            started_at=start,
            ended_at=start + timedelta(seconds=30),
            seconds=30.0,
            visibility_weight=1.0,
            severity_weight=1.0,
            dose=0.5,
            revealed_seconds=0.0,
        )
        from workstation.wellbeing_records import spans_payload

        with pytest.raises(PermissionDenied, match="acts only as itself"):
            services.wellbeing.replay_spans(spans_payload(world.people["bob"].id, [span]))
        assert services.wellbeing.replay_spans(spans_payload(world.people["ann"].id, [span])) == 1
        with pytest.raises(PermissionDenied, match="acts only as itself"):
            services.decisions.decide(world.people["bob"], DecisionRequest(1, "allow"))
    finally:
        services.close()


def test_every_function_is_the_owners_with_a_pinned_search_path(world: World) -> None:
    """A SECURITY DEFINER function that resolved names through the caller's search_path could be
    made to run a login's own objects with the owner's rights."""
    import psycopg

    with psycopg.connect(world.owner_url.replace("+psycopg", ""), autocommit=True) as conn:
        owner = rows(conn, "SELECT role_name FROM db_roles WHERE name = 'owner'")[0][0]
        found = rows(
            conn,
            "SELECT p.proname, p.prosecdef, p.proconfig, pg_get_userbyid(p.proowner), "
            "has_function_privilege('public', p.oid, 'EXECUTE') FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = %s AND p.proname LIKE 'ws\\_%%'",
            (world.schema,),
        )
    pure = {"ws_canon", "ws_iso", "ws_hash", "ws_check_verdict"}  # no table access: invoker's rights
    assert len(found) >= 20
    for name, definer, config, proowner, public in found:
        assert proowner == owner, name
        assert any(c.startswith(f"search_path={world.schema}") for c in config or ()), name
        assert definer == (name not in pure), name
        assert not public, f"{name} is executable by PUBLIC"


def test_a_killed_break_is_closed_by_the_reviewers_own_next_start_and_never_reopened(world: World) -> None:
    """The next start's close and the outbox's replay of a break, over the reviewer's own login
    (docs/wellbeing.md#a-break-whose-window-died)."""
    services = open_as(world, "ann")
    ann = world.people["ann"]
    try:
        care, now = services.wellbeing, services.clock.now()
        cid = care.record_break(ann, kind="self", prompted_at=now, started_at=now, outcome="taken")
        later = now + timedelta(minutes=30)
        assert care.close_interrupted_breaks(ann, later) == [cid]
        assert care.close_interrupted_breaks(ann, later) == []
        start = break_payload(
            ann.id, client_id=cid, kind="self", prompted_at=now, started_at=now, outcome="taken"
        )
        care.replay_break(start)  # the start sent again: the break stays closed
        with world.connect("ann") as conn:
            row = conn.execute(
                "SELECT started_at, ended_at FROM breaks WHERE client_id = %s", (cid,)
            ).fetchone()
        assert row is not None and row[0] == row[1]
    finally:
        services.close()

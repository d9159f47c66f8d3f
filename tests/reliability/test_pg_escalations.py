"""Escalations and incidents over real PostgreSQL logins (migration 0013; docs/architecture.md,
invariant 7): the flow through the app as each person, and what psql with one's own login cannot do."""

from __future__ import annotations

from typing import Any

import pytest
from psycopg import errors

from tests.reliability.pg_logins import World, open_as
from workstation import taxonomy
from workstation.checkpoints import Checkpoints
from workstation.decisions import DecisionRequest

pytestmark = pytest.mark.postgres


def _flow(world: World) -> dict[str, int]:
    """ann escalates general -> secret with the imminent-harm box; bob (granted secret) decides it."""
    ids: dict[str, int] = {}
    admin = open_as(world, "ada")
    try:
        admin.escalations.set_routes(world.people["ada"], "general", ["secret", "leads"])
    finally:
        admin.close()
    ann = open_as(world, "ann")
    try:
        claim = ann.claims.claim_next(world.people["ann"], "general")
        assert claim is not None
        record = ann.decisions.decide(
            world.people["ann"],
            DecisionRequest(
                claim.claim_id, taxonomy.ESCALATE, note="threat, needs specialist", imminent=True
            ),
        )
        ids["escalation_decision"], ids["item"], ids["incident"] = (
            record.id,
            claim.item_id,
            record.incident_id or 0,
        )
        [mine] = ann.escalations.list(world.people["ann"])
        ids["escalation"] = mine.id
        assert ann.incidents.list(world.people["ann"])[0].severity == "P0"  # her own incident
    finally:
        ann.close()
    bob = open_as(world, "bob")
    try:
        claim = bob.claims.claim_next(world.people["bob"], "secret")
        assert claim is not None and claim.item_id == ids["item"]
        history = bob.escalations.history(world.people["bob"], ids["item"])
        assert [(h.verdict, h.note) for h in history] == [("escalate", "threat, needs specialist")]
        final = bob.decisions.decide(
            world.people["bob"], DecisionRequest(claim.claim_id, "remove", reason="spam")
        )
        assert final.supersedes_client_id is not None
        assert bob.incidents.list(world.people["bob"]) == []  # not his: row-level security
    finally:
        bob.close()
    return ids


def test_routing_and_supersession_over_each_persons_own_login(world: World) -> None:
    ids = _flow(world)
    lead = open_as(world, "leo")
    try:
        leo = world.people["leo"]
        [closed] = lead.escalations.list(leo, open_only=False)
        assert (closed.to, closed.state, closed.imminent) == ("secret", "decided", True)
        lead.incidents.set_duty(leo, ["leo"])
        view = lead.incidents.record(leo, ids["incident"], "acknowledged")
        assert view.acknowledged_by == "leo"
        lead.incidents.record(leo, ids["incident"], "closed", outcome="reported", external_ref="CASE-9")
        report = Checkpoints(lead.db, lead.clock).verify_database(leo)
        assert report.ok, [(c.name, c.report.problem) for c in report.chains]
        assert "incidents" in {c.name for c in report.chains}
    finally:
        lead.close()


def _refused(
    conn: Any, sql: str, params: tuple[Any, ...] = (), kind: type[Exception] = errors.InsufficientPrivilege
) -> str:
    with pytest.raises(kind) as info:
        conn.execute(sql, params or None)
    return str(info.value)


def test_what_psql_with_ones_own_login_cannot_do(world: World) -> None:
    ids = _flow(world)
    item, esc, inc = ids["item"], ids["escalation"], ids["incident"]
    with world.connect("ann") as conn:
        _refused(
            conn,
            "INSERT INTO escalations (item_id, decision_id, from_queue_id, by_user_id, at, note, "
            "imminent) VALUES (%s, %s, 1, %s, now(), 'x', false)",
            (item, ids["escalation_decision"], world.people["ann"].id),
        )
        _refused(conn, "UPDATE escalations SET closed_at = NULL, outcome = NULL")
        _refused(conn, "UPDATE items SET queue_id = %s WHERE id = %s", (world.ids["general"], item))
        _refused(
            conn,
            "INSERT INTO incident_events (seq, incident_id, kind, actor_id, at, note, outcome, "
            "external_ref, prev_hash, hash) VALUES (99, %s, 'closed', 1, now(), '', 'x', '', '', 'x')",
            (inc,),
        )
        _refused(conn, "DELETE FROM incident_events")
        _refused(conn, "DELETE FROM incident_duty")
        # a reviewer cannot act on incidents, set the duty list or routes, nor open an incident herself
        _refused(conn, "SELECT ws_incident_event(NULL, %s, 'closed', '', 'nothing', '', NULL)", (inc,))
        _refused(conn, "SELECT ws_set_duty(NULL, ARRAY['ann'], NULL)")
        _refused(conn, "SELECT ws_set_routes(NULL, 'general', ARRAY['leads'], NULL)")
        _refused(
            conn,
            "SELECT ws_open_incident(%s, %s, NULL, 'P0', 'fake', now()::timestamp)",
            (world.people["ann"].id, item),
        )
        _refused(conn, "SELECT ws_incident_append(%s, 'closed', 1, now()::timestamp, '', 'x', '')", (inc,))
        # the history of an item she no longer holds; bob's decision routed again as hers
        _refused(conn, "SELECT * FROM ws_item_history(%s)", (item,))
        with pytest.raises(errors.Error, match="is not yours"):
            conn.execute("SELECT ws_route_escalation(%s, 'leads', true, NULL)", (world.ids["bob_decision"],))
        # decided by the second tier: it cannot be taken back
        with pytest.raises(errors.Error, match="closed"):
            conn.execute("SELECT ws_take_back(NULL, %s, NULL, NULL, NULL)", (esc,))
    with world.connect("bob") as conn:
        with pytest.raises(errors.Error, match="not yours"):
            conn.execute("SELECT ws_take_back(NULL, %s, NULL, NULL, NULL)", (esc,))
        assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM incident_events").fetchone() == (0,)
    with world.connect("wendy") as conn:  # wellbeing staff: incidents are not wellbeing data
        assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (0,)
        _refused(conn, "SELECT ws_incident_event(NULL, %s, 'acknowledged', '', '', '', NULL)", (inc,))
    with world.connect("leo") as conn:
        assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (1,)
        # a lead's login cannot pass its own clock, nor write the timeline directly
        _refused(conn, "UPDATE incident_events SET note = 'edited'")
        conn.execute("SELECT ws_incident_event(NULL, %s, 'acknowledged', '', '', '', '2020-01-01')", (inc,))
        (at,) = conn.execute(
            "SELECT at FROM incident_events WHERE incident_id = %s AND kind = 'acknowledged'", (inc,)
        ).fetchone()
        assert at.year >= 2026


def test_a_take_back_before_anyone_claims_it_over_the_authors_login(world: World) -> None:
    admin = open_as(world, "ada")
    try:
        admin.escalations.set_routes(world.people["ada"], "general", ["leads"])
    finally:
        admin.close()
    ann = open_as(world, "ann")
    try:
        me = world.people["ann"]
        claim = ann.claims.claim_next(me, "general")
        assert claim is not None
        ann.decisions.decide(me, DecisionRequest(claim.claim_id, taxonomy.ESCALATE, note="unsure"))
        [esc] = ann.escalations.list(me)
        back = ann.escalations.take_back(me, esc.id)
        assert back.item_id == claim.item_id and back.queue == "general"
        record = ann.decisions.decide(me, DecisionRequest(back.claim_id, "allow"))
        assert record.supersedes_client_id is None
    finally:
        ann.close()
    lead = open_as(world, "leo")
    try:
        [closed] = lead.escalations.list(world.people["leo"], open_only=False)
        assert closed.state == "taken_back"
        assert Checkpoints(lead.db, lead.clock).verify_database(world.people["leo"]).ok
    finally:
        lead.close()


def test_a_lead_decides_an_escalation_to_the_leads_over_their_own_login(world: World) -> None:
    ann = open_as(world, "ann")
    try:
        me = world.people["ann"]
        claim = ann.claims.claim_next(me, "general")
        assert claim is not None
        ann.decisions.decide(me, DecisionRequest(claim.claim_id, taxonomy.ESCALATE, note="lead please"))
        [esc] = ann.escalations.list(me)
        assert esc.to == "leads"
    finally:
        ann.close()
    with world.connect("ann") as conn:  # a reviewer cannot decide it as a lead
        _refused(conn, "SELECT ws_lead_decide(NULL, %s, 'x1', 'allow', '', '', NULL)", (esc.id,))
        # nor tick the imminent-harm box afterwards to open an incident
        (mine,) = conn.execute("SELECT id FROM decisions WHERE verdict = 'escalate'").fetchone()
        assert conn.execute("SELECT ws_route_escalation(%s, '', true, NULL)", (mine,)).fetchone() == (None,)
        assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (0,)
    lead = open_as(world, "leo")
    try:
        leo = world.people["leo"]
        lead.escalations.decide(leo, esc.id, "allow", note="fine")
        [closed] = lead.escalations.list(leo, open_only=False)
        assert closed.state == "decided"
        assert Checkpoints(lead.db, lead.clock).verify_database(leo).ok
    finally:
        lead.close()

"""Escalations that go somewhere, urgent incidents on a chain of their own (issue 15)

Both databases:
- ``escalation_routes``: where each queue's escalations go, in order (another queue, or the leads of
  the escalating reviewer's team when ``to_queue_id`` is NULL);
- ``escalations``: one row per ``escalate`` decision, closed by the decision that supersedes it (the
  second tier's, or the author's take-back);
- ``incidents`` (never updated) and ``incident_events`` (opened, acknowledged, action, closed),
  hash-chained on the ``incidents`` chain, whose head is created here;
- ``incident_duty``: the leads the alert ladder reaches, in order.

PostgreSQL only (docs/escalations-and-incidents.md, docs/postgresql.md): the functions below,
``SECURITY DEFINER`` and owned by the owner like revision 0005's; row-level security on the new
tables; ``ws_chain_decision`` is replaced by the same function plus one rule: a decision on an item
with an open escalation supersedes the escalation's decision (and closes it).

Revision ID: 0013
Revises: 0009
Create Date: 2026-11-30 21:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
INCIDENTS = "incidents"

FUNCTIONS = (
    "ws_route_escalation(integer, text, boolean, timestamp)",
    "ws_take_back(integer, integer, text, timestamp, double precision)",
    "ws_item_history(integer)",
    "ws_incident_append(integer, text, integer, timestamp, text, text, text)",
    "ws_open_incident(integer, integer, integer, text, text, timestamp)",
    "ws_incident_event(integer, integer, text, text, text, text, timestamp)",
    "ws_set_duty(integer, text[], timestamp)",
    "ws_set_routes(integer, text, text[], timestamp)",
    "ws_routes(integer)",
    "ws_lead_decide(integer, integer, text, text, text, text, timestamp)",
)
CALLABLE = {
    "reviewer": (
        "ws_route_escalation(integer, text, boolean, timestamp)",
        "ws_take_back(integer, integer, text, timestamp, double precision)",
        "ws_item_history(integer)",
        "ws_routes(integer)",
    ),
    "lead": (
        "ws_lead_decide(integer, integer, text, text, text, text, timestamp)",
        "ws_item_history(integer)",
        "ws_routes(integer)",
        "ws_incident_event(integer, integer, text, text, text, text, timestamp)",
        "ws_set_duty(integer, text[], timestamp)",
    ),
    "admin": (
        "ws_item_history(integer)",
        "ws_routes(integer)",
        "ws_incident_event(integer, integer, text, text, text, text, timestamp)",
        "ws_set_duty(integer, text[], timestamp)",
        "ws_set_routes(integer, text, text[], timestamp)",
    ),
}


def upgrade() -> None:
    op.create_table(
        "escalation_routes",
        sa.Column("queue_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("to_queue_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["queue_id"], ["queues.id"], name=op.f("fk_escalation_routes_queue_id_queues"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["to_queue_id"], ["queues.id"], name=op.f("fk_escalation_routes_to_queue_id_queues")),
        sa.PrimaryKeyConstraint("queue_id", "position", name=op.f("pk_escalation_routes")),
    )
    op.create_table(
        "escalations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("from_queue_id", sa.Integer(), nullable=False),
        sa.Column("to_queue_id", sa.Integer(), nullable=True),
        sa.Column("to_team_id", sa.Integer(), nullable=True),
        sa.Column("by_user_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("imminent", sa.Boolean(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("closing_decision_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('decided', 'taken_back')", name=op.f("ck_escalations_known_outcome")
        ),
        sa.ForeignKeyConstraint(["by_user_id"], ["users.id"], name=op.f("fk_escalations_by_user_id_users")),
        sa.ForeignKeyConstraint(
            ["closing_decision_id"], ["decisions.id"], name=op.f("fk_escalations_closing_decision_id_decisions")
        ),
        sa.ForeignKeyConstraint(["decision_id"], ["decisions.id"], name=op.f("fk_escalations_decision_id_decisions")),
        sa.ForeignKeyConstraint(["from_queue_id"], ["queues.id"], name=op.f("fk_escalations_from_queue_id_queues")),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_escalations_item_id_items")),
        sa.ForeignKeyConstraint(["to_queue_id"], ["queues.id"], name=op.f("fk_escalations_to_queue_id_queues")),
        sa.ForeignKeyConstraint(["to_team_id"], ["teams.id"], name=op.f("fk_escalations_to_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalations")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_escalations_decision_id")),
    )
    op.create_index("ix_escalations_open", "escalations", ["to_queue_id", "closed_at"], unique=False)
    op.create_index(op.f("ix_escalations_item_id"), "escalations", ["item_id"], unique=False)
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("severity", sa.String(length=2), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("opened_by", sa.Integer(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("severity IN ('P0', 'P1', 'P2')", name=op.f("ck_incidents_known_severity")),
        sa.ForeignKeyConstraint(["decision_id"], ["decisions.id"], name=op.f("fk_incidents_decision_id_decisions")),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_incidents_item_id_items")),
        sa.ForeignKeyConstraint(["opened_by"], ["users.id"], name=op.f("fk_incidents_opened_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_incidents_decision_id")),
    )
    op.create_index(op.f("ix_incidents_item_id"), "incidents", ["item_id"], unique=False)
    op.create_index(op.f("ix_incidents_opened_at"), "incidents", ["opened_at"], unique=False)
    op.create_table(
        "incident_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("external_ref", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "kind IN ('opened', 'acknowledged', 'action', 'closed')", name=op.f("ck_incident_events_known_kind")
        ),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], name=op.f("fk_incident_events_actor_id_users")),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_incident_events_incident_id_incidents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_incident_events_hash")),
        sa.UniqueConstraint("seq", name=op.f("uq_incident_events_seq")),
    )
    op.create_index(op.f("ix_incident_events_incident_id"), "incident_events", ["incident_id"], unique=False)
    op.create_table(
        "incident_duty",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_incident_duty_user_id_users")),
        sa.PrimaryKeyConstraint("position", name=op.f("pk_incident_duty")),
        sa.UniqueConstraint("user_id", name=op.f("uq_incident_duty_user_id")),
    )
    op.execute(f"INSERT INTO ledger_heads (name, seq, hash) VALUES ('{INCIDENTS}', 0, '{GENESIS}')")
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _install_postgresql(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _run(bind, [f"DROP FUNCTION IF EXISTS {f}" for f in reversed(FUNCTIONS)])
        schema = bind.dialect.identifier_preparer.quote(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
        _run(bind, [_CHAIN_DECISION_0005.replace("{path}", f"SET search_path = {schema}, pg_catalog, pg_temp")])
    op.execute(f"DELETE FROM ledger_heads WHERE name = '{INCIDENTS}'")
    for table in ("incident_duty", "incident_events", "incidents", "escalations", "escalation_routes"):
        op.drop_table(table)


def _run(bind: sa.Connection, statements: list[str]) -> None:
    raw = bind.connection.driver_connection
    assert raw is not None
    for statement in statements:
        raw.execute(statement.encode())


def _install_postgresql(bind: sa.Connection) -> None:
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    q = bind.dialect.identifier_preparer.quote
    groups = {str(n): q(str(r)) for n, r in bind.exec_driver_sql("SELECT name, role_name FROM db_roles").all()}
    everyone = ", ".join(groups[g] for g in ("reviewer", "wellbeing", "lead", "admin"))
    lead_or_admin = "(SELECT ws_me_has('lead')) OR (SELECT ws_me_has('admin'))"
    me = "(SELECT ws_me())"
    statements = _functions(q(schema))
    statements += [f"REVOKE EXECUTE ON FUNCTION {f} FROM PUBLIC" for f in FUNCTIONS]
    for group, functions in CALLABLE.items():
        statements += [f"GRANT EXECUTE ON FUNCTION {f} TO {groups[group]}" for f in functions]
    statements.append(
        f"GRANT SELECT ON escalation_routes, escalations, incidents, incident_events, incident_duty TO {everyone}"
    )
    policies = {
        # the author, leads and admins, and whoever may open the queue it went to
        "escalations": f"by_user_id = {me} OR {lead_or_admin} OR "
        "(to_queue_id IS NOT NULL AND ws_queue_visible(to_queue_id))",
        "incidents": f"opened_by = {me} OR {lead_or_admin}",
        "incident_events": f"{lead_or_admin} OR EXISTS "
        f"(SELECT 1 FROM incidents i WHERE i.id = incident_id AND i.opened_by = {me})",
    }
    for table, predicate in policies.items():
        statements.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        statements.append(f"CREATE POLICY ws_read ON {table} FOR SELECT TO {everyone} USING ({predicate})")
    _run(bind, statements)


# Revision 0005's ws_chain_decision, restored by the downgrade.
_CHAIN_DECISION_0005 = """
CREATE OR REPLACE FUNCTION ws_chain_decision(p_user integer, p_item integer, p_claim integer, p_client text,
                                  p_verdict text, p_reason text, p_note text, p_at timestamp,
                                  p_handling double precision, p_reveal text, p_supersedes integer)
RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $$
DECLARE it record; v_chain text; h record; v_hand numeric := round(p_handling::numeric, 3);
        v_hash text; v_id integer;
BEGIN
    SELECT i.id, i.external_ref, q.id AS queue_id, q.name AS queue INTO it
    FROM items i JOIN queues q ON q.id = i.queue_id WHERE i.id = p_item;
    v_chain := 'decisions/' || it.queue_id;
    SELECT l.seq, l.hash INTO h FROM ledger_heads l WHERE l.name = v_chain FOR UPDATE;
    IF h.hash IS NULL THEN
        INSERT INTO ledger_heads (name, seq, hash) VALUES (v_chain, 0, repeat('0', 64))
        ON CONFLICT (name) DO NOTHING;
        SELECT l.seq, l.hash INTO h FROM ledger_heads l WHERE l.name = v_chain FOR UPDATE;
    END IF;
    v_hash := ws_hash(h.hash, ws_canon(jsonb_build_object(
        'client_id', p_client, 'external_ref', it.external_ref, 'queue', it.queue,
        'reviewer', (SELECT username FROM users WHERE id = p_user), 'verdict', p_verdict,
        'reason', coalesce(p_reason, ''), 'note', coalesce(p_note, ''), 'decided_at', ws_iso(p_at),
        'handling_seconds', v_hand::text, 'reveal_state', p_reveal,
        'supersedes', coalesce((SELECT client_id FROM decisions WHERE id = p_supersedes), ''),
        'seq', h.seq + 1)));
    UPDATE ledger_heads SET seq = h.seq + 1, prev_hash = h.hash, hash = v_hash WHERE name = v_chain;
    INSERT INTO decisions (chain, seq, client_id, item_id, queue_id, user_id, claim_id, verdict, reason,
                           note, decided_at, handling_seconds, reveal_state, supersedes_id, prev_hash, hash)
    VALUES (v_chain, h.seq + 1, p_client, p_item, it.queue_id, p_user, p_claim, p_verdict,
            coalesce(p_reason, ''), coalesce(p_note, ''), p_at, v_hand::double precision, p_reveal,
            p_supersedes, h.hash, v_hash)
    RETURNING id INTO v_id;
    RETURN v_id;
END $$"""


def _functions(schema: str) -> list[str]:
    path = f"SET search_path = {schema}, pg_catalog, pg_temp"
    definer = f"SECURITY DEFINER {path}"
    return [
        # Revision 0005's function, plus: with no explicit supersedes, a decision on an item with an
        # open escalation supersedes the escalation's decision; the escalation closes with it.
        f"""
CREATE OR REPLACE FUNCTION ws_chain_decision(p_user integer, p_item integer, p_claim integer, p_client text,
                                  p_verdict text, p_reason text, p_note text, p_at timestamp,
                                  p_handling double precision, p_reveal text, p_supersedes integer)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE it record; v_chain text; h record; v_hand numeric := round(p_handling::numeric, 3);
        v_hash text; v_id integer; v_sup integer := p_supersedes;
BEGIN
    SELECT i.id, i.external_ref, q.id AS queue_id, q.name AS queue INTO it
    FROM items i JOIN queues q ON q.id = i.queue_id WHERE i.id = p_item;
    IF v_sup IS NULL THEN
        SELECT e.decision_id INTO v_sup FROM escalations e
        WHERE e.item_id = p_item AND e.closed_at IS NULL ORDER BY e.id DESC LIMIT 1;
    END IF;
    v_chain := 'decisions/' || it.queue_id;
    SELECT l.seq, l.hash INTO h FROM ledger_heads l WHERE l.name = v_chain FOR UPDATE;
    IF h.hash IS NULL THEN
        INSERT INTO ledger_heads (name, seq, hash) VALUES (v_chain, 0, repeat('0', 64))
        ON CONFLICT (name) DO NOTHING;
        SELECT l.seq, l.hash INTO h FROM ledger_heads l WHERE l.name = v_chain FOR UPDATE;
    END IF;
    v_hash := ws_hash(h.hash, ws_canon(jsonb_build_object(
        'client_id', p_client, 'external_ref', it.external_ref, 'queue', it.queue,
        'reviewer', (SELECT username FROM users WHERE id = p_user), 'verdict', p_verdict,
        'reason', coalesce(p_reason, ''), 'note', coalesce(p_note, ''), 'decided_at', ws_iso(p_at),
        'handling_seconds', v_hand::text, 'reveal_state', p_reveal,
        'supersedes', coalesce((SELECT client_id FROM decisions WHERE id = v_sup), ''),
        'seq', h.seq + 1)));
    UPDATE ledger_heads SET seq = h.seq + 1, prev_hash = h.hash, hash = v_hash WHERE name = v_chain;
    INSERT INTO decisions (chain, seq, client_id, item_id, queue_id, user_id, claim_id, verdict, reason,
                           note, decided_at, handling_seconds, reveal_state, supersedes_id, prev_hash, hash)
    VALUES (v_chain, h.seq + 1, p_client, p_item, it.queue_id, p_user, p_claim, p_verdict,
            coalesce(p_reason, ''), coalesce(p_note, ''), p_at, v_hand::double precision, p_reveal,
            v_sup, h.hash, v_hash)
    RETURNING id INTO v_id;
    IF v_sup IS NOT NULL THEN
        UPDATE escalations SET closed_at = p_at, closing_decision_id = v_id,
               outcome = CASE WHEN p_verdict = 'undone' THEN 'taken_back' ELSE 'decided' END
        WHERE decision_id = v_sup AND closed_at IS NULL;
    END IF;
    RETURN v_id;
END $$""",
        # One link of the incidents chain, hashed from what is stored (the same text as
        # workstation.incidents.event_fields through ledger.digest).
        f"""
CREATE FUNCTION ws_incident_append(p_incident integer, p_kind text, p_actor integer, p_at timestamp,
                                   p_note text, p_outcome text, p_ref text)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE h record; inc record; v_hash text; v_id integer;
BEGIN
    SELECT i.id, i.severity, i.category, coalesce(it.external_ref, '') AS item INTO inc
    FROM incidents i LEFT JOIN items it ON it.id = i.item_id WHERE i.id = p_incident;
    SELECT l.seq, l.hash INTO h FROM ledger_heads l WHERE l.name = 'incidents' FOR UPDATE;
    v_hash := ws_hash(h.hash, ws_canon(jsonb_build_object(
        'incident', p_incident, 'kind', p_kind, 'actor', (SELECT username FROM users WHERE id = p_actor),
        'at', ws_iso(p_at), 'severity', inc.severity, 'category', inc.category, 'item', inc.item,
        'note', coalesce(p_note, ''), 'outcome', coalesce(p_outcome, ''), 'external_ref', coalesce(p_ref, ''),
        'seq', h.seq + 1)));
    UPDATE ledger_heads SET seq = h.seq + 1, prev_hash = h.hash, hash = v_hash WHERE name = 'incidents';
    INSERT INTO incident_events (seq, incident_id, kind, actor_id, at, note, outcome, external_ref,
                                 prev_hash, hash)
    VALUES (h.seq + 1, p_incident, p_kind, p_actor, p_at, coalesce(p_note, ''), coalesce(p_outcome, ''),
            coalesce(p_ref, ''), h.hash, v_hash)
    RETURNING id INTO v_id;
    RETURN v_id;
END $$""",
        f"""
CREATE FUNCTION ws_open_incident(p_user integer, p_item integer, p_decision integer, p_severity text,
                                 p_category text, p_at timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_id integer;
BEGIN
    SELECT id INTO v_id FROM incidents WHERE decision_id = p_decision;
    IF v_id IS NOT NULL THEN
        RETURN v_id;  -- a replayed decision opens its incident once
    END IF;
    INSERT INTO incidents (severity, category, item_id, decision_id, opened_by, opened_at)
    VALUES (p_severity, left(p_category, 200), p_item, p_decision, p_user, p_at) RETURNING id INTO v_id;
    PERFORM ws_incident_append(v_id, 'opened', p_user, p_at, '', '', '');
    RETURN v_id;
END $$""",
        # After a reviewer's decision (ws_decide), in the same transaction: an escalation goes where
        # the queue sends it (p_dest: a queue name, 'leads', or '' for the queue's first route); an
        # urgent verdict, or an escalation with the imminent-harm box, opens an incident. Idempotent,
        # so an outbox replay of the pair records each once.
        f"""
CREATE FUNCTION ws_route_escalation(p_decision integer, p_dest text, p_imminent boolean, p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE d record; v_user integer := ws_act(NULL); v_to integer; v_found boolean := false; v_route record;
        v_offered text; v_sev text; v_cat text; v_entry json;
BEGIN
    SELECT dc.id, dc.user_id, dc.item_id, dc.queue_id, dc.verdict, dc.note, dc.reason, dc.decided_at,
           q.taxonomy, q.name AS queue, i.external_ref, u.team_id
        INTO d
    FROM decisions dc JOIN queues q ON q.id = dc.queue_id JOIN items i ON i.id = dc.item_id
    JOIN users u ON u.id = dc.user_id WHERE dc.id = p_decision;
    IF d.id IS NULL OR (NOT ws_is_owner() AND d.user_id <> v_user) THEN
        RAISE EXCEPTION 'decision % is not yours', p_decision USING ERRCODE = 'WSNF0';
    END IF;
    IF d.verdict = 'escalate' AND NOT EXISTS (SELECT 1 FROM escalations WHERE decision_id = d.id) THEN
        IF EXISTS (SELECT 1 FROM decisions WHERE supersedes_id = d.id) THEN
            RAISE EXCEPTION 'that escalation was already taken back or decided' USING ERRCODE = 'WSIN0';
        END IF;
        FOR v_route IN SELECT r.to_queue_id, coalesce(tq.name, 'leads') AS name FROM escalation_routes r
                LEFT JOIN queues tq ON tq.id = r.to_queue_id WHERE r.queue_id = d.queue_id ORDER BY r.position LOOP
            IF NOT v_found AND (coalesce(p_dest, '') = '' OR v_route.name = p_dest) THEN
                v_to := v_route.to_queue_id;
                v_found := true;
            END IF;
            v_offered := coalesce(v_offered || ', ', '') || v_route.name;
        END LOOP;
        IF NOT v_found THEN
            IF coalesce(p_dest, '') NOT IN ('', 'leads') THEN
                RAISE EXCEPTION 'queue % does not escalate to %; choose one of %', d.queue, p_dest,
                    coalesce(v_offered, 'leads') USING ERRCODE = 'WSIN0';
            END IF;
            v_to := NULL;  -- a queue without routes escalates to the leads of the reviewer's team
        END IF;
        IF v_to IS NOT NULL THEN
            IF EXISTS (SELECT 1 FROM items WHERE queue_id = v_to AND external_ref = d.external_ref) THEN
                RAISE EXCEPTION 'the queue % already holds an item %; nothing was recorded',
                    (SELECT name FROM queues WHERE id = v_to), d.external_ref USING ERRCODE = 'WSIN0';
            END IF;
            UPDATE items SET queue_id = v_to, status = 'pending' WHERE id = d.item_id;
        END IF;
        INSERT INTO escalations (item_id, decision_id, from_queue_id, to_queue_id, to_team_id, by_user_id, at,
                                 note, imminent)
        VALUES (d.item_id, d.id, d.queue_id, v_to, d.team_id, d.user_id, d.decided_at,
                btrim(coalesce(nullif(d.note, ''), d.reason)), coalesce(p_imminent, false));
    END IF;
    -- the box counts as recorded with the escalation, not in a later call
    IF d.verdict = 'escalate' AND coalesce((SELECT imminent FROM escalations WHERE decision_id = d.id), false) THEN
        v_sev := 'P0';
        v_cat := 'imminent harm (escalated from ' || d.queue || ')';
    ELSE
        SELECT e INTO v_entry FROM json_array_elements(d.taxonomy) AS e WHERE e->>'key' = d.verdict LIMIT 1;
        v_sev := nullif(v_entry->>'urgent', '');
        v_cat := coalesce(v_entry->>'label', d.verdict);
    END IF;
    IF v_sev IN ('P0', 'P1', 'P2') THEN
        RETURN ws_open_incident(d.user_id, d.item_id, d.id, v_sev, v_cat, d.decided_at);
    END IF;
    RETURN NULL;
END $$""",
        f"""
CREATE FUNCTION ws_take_back(p_actor integer, p_escalation integer, p_client text, p_now timestamp,
                             p_lease double precision)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); e record; v_claim integer;
        v_ref text;
BEGIN
    PERFORM ws_require(v_user, ARRAY['reviewer'], 'take back escalations');
    SELECT * INTO e FROM escalations WHERE id = p_escalation;
    IF e.id IS NULL OR e.by_user_id <> v_user THEN
        RAISE EXCEPTION 'escalation % is not yours', p_escalation USING ERRCODE = 'WSNF0';
    END IF;
    SELECT external_ref INTO v_ref FROM items WHERE id = e.item_id FOR UPDATE;  -- no claim slips in
    IF e.closed_at IS NOT NULL THEN
        RAISE EXCEPTION 'escalation % is closed (%); it cannot be taken back', p_escalation, e.outcome
            USING ERRCODE = 'WSIN0';
    END IF;
    IF EXISTS (SELECT 1 FROM claims WHERE item_id = e.item_id AND claimed_at >= e.at
               AND id > coalesce((SELECT claim_id FROM decisions WHERE id = e.decision_id), 0)) THEN
        RAISE EXCEPTION 'escalation % was already claimed by the second tier; it cannot be taken back',
            p_escalation USING ERRCODE = 'WSIN0';
    END IF;
    IF EXISTS (SELECT 1 FROM items WHERE queue_id = e.from_queue_id AND external_ref = v_ref
               AND id <> e.item_id) THEN
        RAISE EXCEPTION 'the queue % already holds another item %',
            (SELECT name FROM queues WHERE id = e.from_queue_id), v_ref USING ERRCODE = 'WSIN0';
    END IF;
    UPDATE items SET queue_id = e.from_queue_id, status = 'pending' WHERE id = e.item_id;
    PERFORM ws_chain_decision(v_user, e.item_id, NULL, coalesce(p_client, gen_random_uuid()::text),
                              'undone', '', 'escalation taken back', v_now, 0, 'filtered', e.decision_id);
    INSERT INTO claims (item_id, user_id, claimed_at, lease_expires_at, outcome)
    VALUES (e.item_id, v_user, v_now,
            v_now + make_interval(secs => least(greatest(coalesce(p_lease, 120), 1), 3600)), 'open')
    RETURNING id INTO v_claim;
    PERFORM ws_audit(v_user, v_now, 'escalation.take_back', v_ref, jsonb_build_object('escalation', e.id));
    RETURN v_claim;
END $$""",
        # The decision history of an item, for whoever holds its claim now (the second tier), leads
        # and admins: row-level security shows a reviewer only their own decisions.
        f"""
CREATE FUNCTION ws_item_history(p_item integer)
RETURNS TABLE (o_at timestamp, o_who text, o_queue text, o_verdict text, o_reason text, o_note text,
               o_superseded boolean)
LANGUAGE plpgsql STABLE {definer} AS $$
BEGIN
    IF NOT (ws_is_owner() OR ws_me_has('lead') OR ws_me_has('admin') OR EXISTS (
            SELECT 1 FROM claims WHERE item_id = p_item AND user_id = ws_me() AND released_at IS NULL)) THEN
        RAISE EXCEPTION 'the history of an item is shown to whoever holds its claim, leads and admins'
            USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
    SELECT d.decided_at, u.display_name::text, q.name::text, d.verdict::text, d.reason, d.note,
           EXISTS (SELECT 1 FROM decisions s WHERE s.supersedes_id = d.id)
    FROM decisions d JOIN users u ON u.id = d.user_id JOIN queues q ON q.id = d.queue_id
    WHERE d.item_id = p_item ORDER BY d.decided_at, d.id;
END $$""",
        f"""
CREATE FUNCTION ws_incident_event(p_actor integer, p_incident integer, p_kind text, p_note text,
                                  p_outcome text, p_ref text, p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); last record;
BEGIN
    PERFORM ws_require(v_user, ARRAY['lead', 'admin'], 'act on incidents');
    PERFORM 1 FROM incidents WHERE id = p_incident FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no incident %', p_incident USING ERRCODE = 'WSNF0';
    END IF;
    IF p_kind NOT IN ('acknowledged', 'action', 'closed') THEN
        RAISE EXCEPTION 'an incident event is acknowledged, action or closed, not %', p_kind
            USING ERRCODE = 'WSIN0';
    END IF;
    IF EXISTS (SELECT 1 FROM incident_events WHERE incident_id = p_incident AND kind = 'closed') THEN
        RAISE EXCEPTION 'incident % is closed' , p_incident USING ERRCODE = 'WSIN0';
    END IF;
    SELECT u.display_name, e.at INTO last FROM incident_events e JOIN users u ON u.id = e.actor_id
    WHERE e.incident_id = p_incident AND e.kind = 'acknowledged';
    IF p_kind = 'acknowledged' AND last.at IS NOT NULL THEN
        RAISE EXCEPTION 'incident % was already acknowledged by % at % UTC', p_incident, last.display_name,
            to_char(last.at, 'HH24:MI') USING ERRCODE = 'WSIN0';
    END IF;
    IF p_kind = 'action' AND btrim(coalesce(p_note, '')) = '' THEN
        RAISE EXCEPTION 'an action needs a note saying what was done' USING ERRCODE = 'WSIN0';
    END IF;
    IF p_kind = 'closed' AND btrim(coalesce(p_outcome, '')) = '' THEN
        RAISE EXCEPTION 'closing an incident needs an outcome' USING ERRCODE = 'WSIN0';
    END IF;
    IF length(coalesce(p_note, '')) > 4000 OR length(coalesce(p_outcome, '')) > 4000
       OR length(coalesce(p_ref, '')) > 200 THEN
        RAISE EXCEPTION 'a note or outcome has at most 4000 characters, a reference 200' USING ERRCODE = 'WSIN0';
    END IF;
    RETURN ws_incident_append(p_incident, p_kind, v_user, v_now, btrim(coalesce(p_note, '')),
                              btrim(coalesce(p_outcome, '')), btrim(coalesce(p_ref, '')));
END $$""",
        f"""
CREATE FUNCTION ws_set_duty(p_actor integer, p_names text[], p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); v_name text; v_id integer;
        n integer := 0;
BEGIN
    PERFORM ws_require(v_user, ARRAY['lead', 'admin'], 'set the incident duty list');
    DELETE FROM incident_duty;
    FOREACH v_name IN ARRAY coalesce(p_names, ARRAY[]::text[]) LOOP
        SELECT u.id INTO v_id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'lead'
        WHERE u.username = btrim(v_name) AND u.active;
        IF v_id IS NULL THEN
            RAISE EXCEPTION '% is not an active lead; only leads can be on incident duty', v_name
                USING ERRCODE = 'WSIN0';
        END IF;
        IF EXISTS (SELECT 1 FROM incident_duty WHERE user_id = v_id) THEN
            RAISE EXCEPTION '% is named twice in the duty list', v_name USING ERRCODE = 'WSIN0';
        END IF;
        n := n + 1;
        INSERT INTO incident_duty (position, user_id) VALUES (n, v_id);
    END LOOP;
    PERFORM ws_audit(v_user, v_now, 'incidents.duty', '', jsonb_build_object('duty', to_jsonb(p_names)));
    RETURN n;
END $$""",
        # A lead decides an escalation sent to the leads (of their team; a lead without a team leads all): the
        # decision supersedes the escalation like the second tier's; an urgent verdict opens an incident.
        f"""
CREATE FUNCTION ws_lead_decide(p_actor integer, p_escalation integer, p_client text, p_verdict text,
                               p_reason text, p_note text, p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); e record; v_id integer;
        v_team integer;
BEGIN
    PERFORM ws_require(v_user, ARRAY['lead'], 'decide escalations sent to the leads');
    IF p_client IS NULL OR length(p_client) NOT BETWEEN 1 AND 64 THEN
        RAISE EXCEPTION 'a decision id has 1 to 64 characters' USING ERRCODE = 'WSIN0';
    END IF;
    SELECT es.*, q.taxonomy INTO e FROM escalations es JOIN items i ON i.id = es.item_id
    JOIN queues q ON q.id = i.queue_id WHERE es.id = p_escalation;
    IF e.id IS NULL OR e.to_queue_id IS NOT NULL THEN
        RAISE EXCEPTION 'escalation % was not sent to the leads', p_escalation USING ERRCODE = 'WSNF0';
    END IF;
    SELECT team_id INTO v_team FROM users WHERE id = v_user;
    IF e.to_team_id IS NOT NULL AND v_team IS NOT NULL AND v_team <> e.to_team_id THEN  -- no team: all teams
        RAISE EXCEPTION 'escalation % went to the leads of another team', p_escalation USING ERRCODE = 'WSIN0';
    END IF;
    PERFORM 1 FROM items WHERE id = e.item_id FOR UPDATE;
    IF EXISTS (SELECT 1 FROM escalations WHERE id = p_escalation AND closed_at IS NOT NULL) THEN
        RAISE EXCEPTION 'escalation % is closed', p_escalation USING ERRCODE = 'WSIN0';
    END IF;
    IF p_verdict IN ('escalate', 'undone') THEN
        RAISE EXCEPTION 'a lead decides an escalation with one of the queue''s verdicts' USING ERRCODE = 'WSIN0';
    END IF;
    PERFORM ws_check_verdict(e.taxonomy, p_verdict, p_reason, p_note);
    UPDATE items SET status = 'decided' WHERE id = e.item_id;
    v_id := ws_chain_decision(v_user, e.item_id, NULL, p_client, p_verdict, p_reason, p_note, v_now, 0,
                              'filtered', NULL);
    PERFORM ws_route_escalation(v_id, '', false, p_now);
    RETURN v_id;
END $$""",
        # Where a queue escalates, by name: the E dialog's choices (a restricted destination queue's
        # name is not readable by a reviewer without its grant, but they may send items there).
        f"""
CREATE FUNCTION ws_routes(p_queue integer) RETURNS TABLE (o_position integer, o_name text)
LANGUAGE sql STABLE {definer} AS $$
    SELECT r.position, coalesce(q.name, 'leads')::text FROM escalation_routes r
    LEFT JOIN queues q ON q.id = r.to_queue_id WHERE r.queue_id = p_queue ORDER BY r.position
$$""",
        f"""
CREATE FUNCTION ws_set_routes(p_actor integer, p_queue text, p_dests text[], p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); v_queue integer; v_dest text;
        v_to integer; n integer := 0;
BEGIN
    PERFORM ws_require(v_user, ARRAY['admin'], 'set where queues escalate');
    SELECT id INTO v_queue FROM queues WHERE name = p_queue;
    IF v_queue IS NULL THEN
        RAISE EXCEPTION 'no queue named %', quote_literal(p_queue) USING ERRCODE = 'WSNF0';
    END IF;
    DELETE FROM escalation_routes WHERE queue_id = v_queue;
    FOREACH v_dest IN ARRAY coalesce(p_dests, ARRAY[]::text[]) LOOP
        v_to := NULL;
        IF v_dest <> 'leads' THEN
            SELECT id INTO v_to FROM queues WHERE name = v_dest;
            IF v_to IS NULL THEN
                RAISE EXCEPTION 'no queue named %', quote_literal(v_dest) USING ERRCODE = 'WSNF0';
            END IF;
            IF v_to = v_queue THEN
                RAISE EXCEPTION 'a queue cannot escalate to itself' USING ERRCODE = 'WSIN0';
            END IF;
        END IF;
        IF EXISTS (SELECT 1 FROM escalation_routes WHERE queue_id = v_queue
                   AND to_queue_id IS NOT DISTINCT FROM v_to) THEN
            RAISE EXCEPTION '% is named twice', v_dest USING ERRCODE = 'WSIN0';
        END IF;
        n := n + 1;
        INSERT INTO escalation_routes (queue_id, position, to_queue_id) VALUES (v_queue, n, v_to);
    END LOOP;
    PERFORM ws_audit(v_user, v_now, 'queue.routes', p_queue, jsonb_build_object('escalate_to', to_jsonb(p_dests)));
    RETURN n;
END $$""",
    ]

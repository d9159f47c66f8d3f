"""policies (SOPs) beside verdicts; every decision records the policy version it was made under

Both databases:
- ``policy_versions``: each published version of the policies (docs/policies-and-quality.md). A
  trigger refuses UPDATE, DELETE (and on PostgreSQL TRUNCATE) of a row: a published version never
  changes, whoever asks.
- ``decisions.policy_version``: the version in force at the decision's time. It is one of the hashed
  fields when set (``decisions.decision_fields``); decisions recorded before, which have none, hash
  as they always did and still verify.

PostgreSQL only:
- ``ws_policy_at(timestamp)``: the version in force at a moment (the rule the workstation applies on
  SQLite: the latest ``effective_at`` on or before it);
- ``ws_chain_decision`` is replaced (same signature, so callers and grants stay): it stamps the
  version in SQL and hashes it with the row, so nobody with a login chooses a decision's version;
- ``ws_publish_policy``: ``SECURITY DEFINER``, leads and admins, audited; no group may INSERT,
  UPDATE or DELETE ``policy_versions`` directly; every group may read it (reviewers read the SOPs).

Revision ID: 0015
Revises: 0009
Create Date: 2026-11-30 21:40:00
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

PUBLISH = "ws_publish_policy(integer, text, text, timestamp, jsonb, timestamp)"
CORRECT = "ws_correct(integer, integer, text, text, text, text, timestamp)"
APPEAL = "ws_appeal(integer, integer, text, text, timestamp)"
NOTICES = "ws_my_notices(integer, timestamp)"
FUNCTIONS = (
    "ws_policy_frozen()",
    "ws_policy_at(timestamp)",
    PUBLISH,
    "ws_supersedable(integer, text, text)",
    CORRECT,
    APPEAL,
    NOTICES,
)
#: Revision 0005's functions this one replaces (same signatures, so grants stay), restored on downgrade.
REPLACED = ("ws_chain_decision", "ws_decide", "ws_claim_next")
WRAPPED_BY_0010 = ("ws_decide", "ws_claim_next")
FROZEN = "a published policy version never changes; publish a new version instead"


def upgrade() -> None:
    op.create_table(
        "policy_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("effective_at", sa.DateTime(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("published_by", sa.Integer(), nullable=True),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["published_by"], ["users.id"], name=op.f("fk_policy_versions_published_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_versions")),
        sa.UniqueConstraint("version", name=op.f("uq_policy_versions_version")),
    )
    op.create_index(
        op.f("ix_policy_versions_effective_at"), "policy_versions", ["effective_at"], unique=False
    )
    op.add_column("decisions", sa.Column("policy_version", sa.String(length=40), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER trg_policy_versions_frozen_{event.lower()} BEFORE {event} ON policy_versions "
                f"BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END"
            )
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    q = bind.dialect.identifier_preparer.quote
    groups = {str(n): str(r) for n, r in bind.exec_driver_sql("SELECT name, role_name FROM db_roles").all()}
    everyone = ", ".join(q(groups[g]) for g in ("reviewer", "wellbeing", "lead", "admin"))
    leads = ", ".join(q(groups[g]) for g in ("lead", "admin"))
    _run(
        bind,
        [
            *_statements(q(schema)),
            *(f"REVOKE EXECUTE ON FUNCTION {f} FROM PUBLIC" for f in FUNCTIONS),
            f"GRANT SELECT ON policy_versions TO {everyone}",
            f"GRANT EXECUTE ON FUNCTION {PUBLISH} TO {leads}",
            f"GRANT EXECUTE ON FUNCTION {CORRECT} TO {leads}",
            f"GRANT EXECUTE ON FUNCTION {APPEAL} TO {leads}",
            f"GRANT EXECUTE ON FUNCTION {NOTICES} TO {everyone}",
        ],
    )


def downgrade() -> None:
    bind = op.get_bind()
    stamped = bind.exec_driver_sql("SELECT count(*) FROM decisions WHERE policy_version IS NOT NULL").scalar()
    if stamped:
        raise RuntimeError(
            f"{stamped} decisions record a policy version inside their hash, which revision 0009 cannot "
            "hold (they would no longer verify): restore a backup taken before upgrading instead"
        )
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS trg_policy_versions_frozen_update")
        op.execute("DROP TRIGGER IF EXISTS trg_policy_versions_frozen_delete")
    else:
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        _run(
            bind,
            [
                *_of_0005(bind.dialect.identifier_preparer.quote(schema)).values(),
                "DROP TRIGGER IF EXISTS trg_policy_versions_frozen ON policy_versions",
                "DROP TRIGGER IF EXISTS trg_policy_versions_no_truncate ON policy_versions",
                *(f"DROP FUNCTION IF EXISTS {f}" for f in reversed(FUNCTIONS)),
            ],
        )
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("policy_version")
    op.drop_index(op.f("ix_policy_versions_effective_at"), table_name="policy_versions")
    op.drop_table("policy_versions")


def _run(bind: sa.Connection, statements: list[str]) -> None:
    raw = bind.connection.driver_connection
    assert raw is not None
    for statement in statements:
        raw.execute(statement.encode())


def _of_0005(schema: str) -> dict[str, str]:
    """Revision 0005's text of each function this revision replaces, as ``CREATE OR REPLACE``: the
    downgrade restores them, and ``ws_decide`` and ``ws_claim_next`` are that text with the appeal
    rules added (written out once, not copied)."""
    path = Path(__file__).with_name("0005_pg_rules_and_queue_chains.py")
    spec = importlib.util.spec_from_file_location("ws_migration_0005", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    names = {g: g for g in ("reviewer", "wellbeing", "lead", "admin")}
    found: dict[str, str] = {}
    for statement in module._statements(schema, names, names):
        for name in REPLACED:
            if f"CREATE FUNCTION {name}(" in statement:
                found[name] = str(statement).replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
    assert set(found) == set(REPLACED), found.keys()
    # Revision 0010 made ws_decide and ws_claim_next wrappers (the cap, audited refusals) around their
    # 0005 text renamed ws_<name>_body: that body is what this revision patches and restores.
    for name in WRAPPED_BY_0010:
        found[name] = _patched(found[name], f"FUNCTION {name}(", f"FUNCTION {name}_body(")
    # Revision 0013 (escalations) replaced ws_chain_decision before this one: restore its text.
    path13 = Path(__file__).with_name("0013_escalations_incidents.py")
    spec13 = importlib.util.spec_from_file_location("ws_migration_0013", path13)
    assert spec13 is not None and spec13.loader is not None
    module13 = importlib.util.module_from_spec(spec13)
    spec13.loader.exec_module(module13)
    (chain,) = [f for f in module13._functions(schema) if "FUNCTION ws_chain_decision(" in f]
    found["ws_chain_decision"] = chain
    return found


def _patched(text: str, old: str, new: str) -> str:
    """``text`` with ``old`` replaced once; a revision 0005 that no longer holds ``old`` is a bug here."""
    if text.count(old) != 1:
        raise RuntimeError(f"migration 0015: revision 0005's function text changed near {old[:40]!r}")
    return text.replace(old, new)


def _appeal_rules(schema: str) -> list[str]:
    """``ws_claim_next``: an item under appeal never goes to the reviewer whose decision is appealed.
    ``ws_decide``: that reviewer cannot decide it, and the decision on an appealed item supersedes
    the appeal record (so the chain reads decision <- appeal <- the appeal's decision)."""
    old = _of_0005(schema)
    claim = _patched(
        old["ws_claim_next"],
        "WHERE c.item_id = i.id AND c.user_id = v_user AND c.outcome = 'skipped')",
        "WHERE c.item_id = i.id AND c.user_id = v_user AND c.outcome = 'skipped')\n"
        "          AND NOT EXISTS (SELECT 1 FROM decisions a JOIN decisions o ON o.item_id = a.item_id\n"
        "                          WHERE a.item_id = i.id AND a.verdict = 'appealed' AND o.user_id = v_user\n"
        "                            AND o.verdict NOT IN ('undone', 'appealed'))",
    )
    decide = _patched(
        old["ws_decide"], "last record; v_id integer;", "last record; v_id integer; v_appeal integer;"
    )
    decide = _patched(
        decide,
        "    PERFORM ws_check_verdict(r.taxonomy, p_verdict, p_reason, p_note);\n",
        "    PERFORM ws_check_verdict(r.taxonomy, p_verdict, p_reason, p_note);\n"
        "    SELECT a.id INTO v_appeal FROM decisions a WHERE a.item_id = r.item_id AND a.verdict = 'appealed'\n"
        "      AND NOT EXISTS (SELECT 1 FROM decisions s WHERE s.supersedes_id = a.id);\n"
        "    IF v_appeal IS NOT NULL AND EXISTS (SELECT 1 FROM decisions o WHERE o.item_id = r.item_id\n"
        "           AND o.user_id = v_user AND o.verdict NOT IN ('undone', 'appealed')) THEN\n"
        "        RAISE EXCEPTION 'this item is an appeal of a decision you took part in; another reviewer decides it'\n"
        "            USING ERRCODE = 'WSIN0';\n"
        "    END IF;\n",
    )
    decide = _patched(decide, "p_handling, p_reveal, NULL);", "p_handling, p_reveal, v_appeal);")
    return [claim, decide]


def _statements(schema: str) -> list[str]:
    path = f"SET search_path = {schema}, pg_catalog, pg_temp"
    definer = f"SECURITY DEFINER {path}"
    return [
        f"""
CREATE FUNCTION ws_policy_frozen() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
BEGIN
    RAISE EXCEPTION '{FROZEN}' USING ERRCODE = 'WSIN0';
END $$""",
        "CREATE TRIGGER trg_policy_versions_frozen BEFORE UPDATE OR DELETE ON policy_versions "
        "FOR EACH ROW EXECUTE FUNCTION ws_policy_frozen()",
        "CREATE TRIGGER trg_policy_versions_no_truncate BEFORE TRUNCATE ON policy_versions "
        "FOR EACH STATEMENT EXECUTE FUNCTION ws_policy_frozen()",
        f"""
CREATE FUNCTION ws_policy_at(p_at timestamp) RETURNS text LANGUAGE sql STABLE {definer} AS $$
    SELECT version::text FROM policy_versions WHERE effective_at <= p_at
    ORDER BY effective_at DESC, id DESC LIMIT 1
$$""",
        f"""
CREATE FUNCTION ws_publish_policy(p_actor integer, p_version text, p_title text, p_effective timestamp,
                                  p_content jsonb, p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); v_latest record;
        v_sha text; v_id integer;
BEGIN
    IF v_user IS NOT NULL OR NOT ws_is_owner() THEN
        PERFORM ws_require(v_user, ARRAY['lead', 'admin'], 'publish policies');
    END IF;
    IF p_version IS NULL OR p_version !~ '^[A-Za-z0-9][A-Za-z0-9._-]{{0,39}}$' THEN
        RAISE EXCEPTION 'a policy version is 1-40 letters, digits, ".", "_" or "-"' USING ERRCODE = 'WSIN0';
    END IF;
    IF p_title IS NULL OR length(btrim(p_title)) NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'a policy needs a title of 1 to 200 characters' USING ERRCODE = 'WSIN0';
    END IF;
    IF p_effective IS NULL OR p_content IS NULL OR jsonb_typeof(p_content -> 'sections') <> 'array'
       OR jsonb_array_length(p_content -> 'sections') = 0 THEN
        RAISE EXCEPTION 'a policy needs an effective day and at least one section' USING ERRCODE = 'WSIN0';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('ws_publish_policy'));  -- one publication at a time
    IF EXISTS (SELECT 1 FROM policy_versions WHERE version = p_version) THEN
        RAISE EXCEPTION 'policy version % is already published and never changes; publish the new text under a new version',
            p_version USING ERRCODE = 'WSIN0';
    END IF;
    IF NOT ws_is_owner() THEN
        IF p_effective < date_trunc('day', v_now) THEN
            RAISE EXCEPTION 'a policy takes effect today or later, not %', to_char(p_effective, 'YYYY-MM-DD')
                USING ERRCODE = 'WSIN0';
        END IF;
        IF p_effective > date_trunc('day', v_now) + interval '366 days' THEN
            RAISE EXCEPTION 'a policy takes effect within 366 days, not %', to_char(p_effective, 'YYYY-MM-DD')
                USING ERRCODE = 'WSIN0';
        END IF;
        SELECT version, effective_at INTO v_latest FROM policy_versions
        ORDER BY effective_at DESC, id DESC LIMIT 1;
        IF v_latest.effective_at IS NOT NULL AND p_effective < v_latest.effective_at THEN
            RAISE EXCEPTION 'versions take effect in order: % is before version % (%)',
                to_char(p_effective, 'YYYY-MM-DD'), v_latest.version, to_char(v_latest.effective_at, 'YYYY-MM-DD')
                USING ERRCODE = 'WSIN0';
        END IF;
    END IF;
    v_sha := encode(sha256(convert_to(ws_canon(p_content), 'UTF8')), 'hex');
    INSERT INTO policy_versions (version, title, effective_at, published_at, published_by, content, sha256)
    VALUES (p_version, btrim(p_title), p_effective, v_now, v_user, p_content::json, v_sha)
    RETURNING id INTO v_id;
    PERFORM ws_audit(v_user, v_now, 'policy published', p_version, jsonb_build_object(
        'effective', to_char(p_effective, 'YYYY-MM-DD'), 'sha256', v_sha,
        'sections', jsonb_array_length(p_content -> 'sections')));
    RETURN v_id;
END $$""",
        # Revision 0013's function (0005's, plus: with no explicit supersedes, a decision on an item with
        # an open escalation supersedes the escalation's decision, which closes with it), with the policy
        # version stamped and hashed (when there is one).
        f"""
CREATE OR REPLACE FUNCTION ws_chain_decision(p_user integer, p_item integer, p_claim integer, p_client text,
                                  p_verdict text, p_reason text, p_note text, p_at timestamp,
                                  p_handling double precision, p_reveal text, p_supersedes integer)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE it record; v_chain text; h record; v_hand numeric := round(p_handling::numeric, 3);
        v_hash text; v_id integer; v_policy text := ws_policy_at(p_at); v_body jsonb;
        v_sup integer := p_supersedes;
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
    v_body := jsonb_build_object(
        'client_id', p_client, 'external_ref', it.external_ref, 'queue', it.queue,
        'reviewer', (SELECT username FROM users WHERE id = p_user), 'verdict', p_verdict,
        'reason', coalesce(p_reason, ''), 'note', coalesce(p_note, ''), 'decided_at', ws_iso(p_at),
        'handling_seconds', v_hand::text, 'reveal_state', p_reveal,
        'supersedes', coalesce((SELECT client_id FROM decisions WHERE id = v_sup), ''),
        'seq', h.seq + 1);
    IF v_policy IS NOT NULL THEN
        v_body := v_body || jsonb_build_object('policy_version', v_policy);
    END IF;
    v_hash := ws_hash(h.hash, ws_canon(v_body));
    UPDATE ledger_heads SET seq = h.seq + 1, prev_hash = h.hash, hash = v_hash WHERE name = v_chain;
    INSERT INTO decisions (chain, seq, client_id, item_id, queue_id, user_id, claim_id, verdict, reason,
                           note, decided_at, handling_seconds, reveal_state, supersedes_id, prev_hash, hash,
                           policy_version)
    VALUES (v_chain, h.seq + 1, p_client, p_item, it.queue_id, p_user, p_claim, p_verdict,
            coalesce(p_reason, ''), coalesce(p_note, ''), p_at, v_hand::double precision, p_reveal,
            v_sup, h.hash, v_hash, v_policy)
    RETURNING id INTO v_id;
    IF v_sup IS NOT NULL THEN
        UPDATE escalations SET closed_at = p_at, closing_decision_id = v_id,
               outcome = CASE WHEN p_verdict = 'undone' THEN 'taken_back' ELSE 'decided' END
        WHERE decision_id = v_sup AND closed_at IS NULL;
    END IF;
    RETURN v_id;
END $$""",
        *_appeal_rules(schema),
        # -- corrections and appeals (workstation.corrections) ---------------------------------------
        f"""
CREATE FUNCTION ws_supersedable(p_decision integer, p_client text, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE d record; v_later integer;
BEGIN
    IF p_client IS NULL OR length(p_client) NOT BETWEEN 1 AND 64
       OR EXISTS (SELECT 1 FROM decisions WHERE client_id = p_client) THEN
        RAISE EXCEPTION 'a decision id has 1 to 64 characters and is used once' USING ERRCODE = 'WSIN0';
    END IF;
    IF p_reason IS NULL OR length(btrim(p_reason)) = 0 THEN
        RAISE EXCEPTION 'a correction or an appeal needs a reason: the reviewer is told it' USING ERRCODE = 'WSIN0';
    END IF;
    IF length(p_reason) > 2000 THEN
        RAISE EXCEPTION 'the reason has % characters; at most 2000', length(p_reason) USING ERRCODE = 'WSIN0';
    END IF;
    SELECT id, item_id, verdict INTO d FROM decisions WHERE id = p_decision;
    IF d.id IS NULL THEN
        RAISE EXCEPTION 'no decision %', p_decision USING ERRCODE = 'WSNF0';
    END IF;
    PERFORM 1 FROM items WHERE id = d.item_id FOR UPDATE;  -- every append to an item's decisions
    SELECT id INTO v_later FROM decisions WHERE supersedes_id = d.id;
    IF v_later IS NOT NULL THEN
        RAISE EXCEPTION 'decision % was already superseded (by decision %); correct the latest one',
            p_decision, v_later USING ERRCODE = 'WSIN0';
    END IF;
    IF d.verdict IN ('undone', 'appealed') THEN
        RAISE EXCEPTION 'decision % is an % record, not a verdict; %', p_decision, quote_literal(d.verdict),
            CASE WHEN d.verdict = 'appealed' THEN 'wait for the appeal''s decision' ELSE 'nothing to correct' END
            USING ERRCODE = 'WSIN0';
    END IF;
END $$""",
        f"""
CREATE FUNCTION ws_correct(p_actor integer, p_decision integer, p_client text, p_verdict text, p_reason text,
                           p_note text, p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); d record; v_id integer;
BEGIN
    PERFORM ws_require(v_user, ARRAY['lead', 'admin'], 'correct decisions');
    PERFORM ws_supersedable(p_decision, p_client, p_reason);
    IF p_verdict IS NULL OR p_verdict IN ('escalate', 'undone', 'appealed', 'skip') THEN
        RAISE EXCEPTION 'a correction records a verdict of the queue, not %', quote_literal(coalesce(p_verdict, ''))
            USING ERRCODE = 'WSIN0';
    END IF;
    SELECT dd.id, dd.item_id, dd.client_id, dd.verdict, i.external_ref, q.taxonomy INTO d
    FROM decisions dd JOIN items i ON i.id = dd.item_id JOIN queues q ON q.id = i.queue_id WHERE dd.id = p_decision;
    PERFORM ws_check_verdict(d.taxonomy, p_verdict, btrim(p_reason), coalesce(p_note, ''));
    UPDATE items SET status = 'decided' WHERE id = d.item_id;
    v_id := ws_chain_decision(v_user, d.item_id, NULL, p_client, p_verdict, btrim(p_reason),
                              btrim(coalesce(p_note, '')), v_now, 0, 'filtered', d.id);
    PERFORM ws_audit(v_user, v_now, 'decision corrected', d.external_ref, jsonb_build_object(
        'decision', d.client_id, 'by', p_client, 'from', d.verdict, 'to', p_verdict));
    RETURN v_id;
END $$""",
        f"""
CREATE FUNCTION ws_appeal(p_actor integer, p_decision integer, p_client text, p_reason text, p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); d record; v_id integer;
BEGIN
    PERFORM ws_require(v_user, ARRAY['lead', 'admin'], 'record appeals');
    PERFORM ws_supersedable(p_decision, p_client, p_reason);
    SELECT dd.id, dd.item_id, dd.client_id, dd.verdict, i.external_ref INTO d
    FROM decisions dd JOIN items i ON i.id = dd.item_id WHERE dd.id = p_decision;
    IF d.verdict = 'escalate' THEN
        RAISE EXCEPTION 'an escalation is not a verdict to appeal; decide the item instead' USING ERRCODE = 'WSIN0';
    END IF;
    UPDATE items SET status = 'pending' WHERE id = d.item_id;
    v_id := ws_chain_decision(v_user, d.item_id, NULL, p_client, 'appealed', btrim(p_reason), '', v_now, 0,
                              'filtered', d.id);
    PERFORM ws_audit(v_user, v_now, 'decision appealed', d.external_ref, jsonb_build_object(
        'decision', d.client_id, 'by', p_client, 'from', d.verdict, 'to', 'appealed'));
    RETURN v_id;
END $$""",
        # A reviewer cannot read a lead's decisions (row-level security): what happened to their own
        # decisions reaches them through this, and only that.
        f"""
CREATE FUNCTION ws_my_notices(p_actor integer, p_since timestamp)
RETURNS TABLE (o_id integer, o_kind text, o_ref text, o_queue text, o_old text, o_new text, o_reason text,
               o_at timestamp, o_by text)
LANGUAGE sql STABLE {definer} AS $$
    WITH me AS (SELECT ws_act(p_actor) AS id),
    mine AS (SELECT d.id, d.verdict, d.item_id, d.queue_id FROM decisions d, me WHERE d.user_id = me.id),
    sup AS (
        SELECT s.id, CASE WHEN s.verdict = 'appealed' THEN 'appealed' ELSE 'corrected' END AS kind,
               m.item_id, m.queue_id, m.verdict AS old, s.verdict AS new, s.reason, s.decided_at,
               u.display_name::text AS who
        FROM mine m JOIN decisions s ON s.supersedes_id = m.id JOIN users u ON u.id = s.user_id, me
        WHERE s.user_id <> me.id AND s.verdict <> 'undone'
        UNION ALL
        SELECT o.id, 'appeal decided', m.item_id, m.queue_id, m.verdict, o.verdict, '', o.decided_at, ''
        FROM mine m JOIN decisions a ON a.supersedes_id = m.id AND a.verdict = 'appealed'
        JOIN decisions o ON o.supersedes_id = a.id AND o.verdict <> 'undone')
    SELECT sup.id, sup.kind, i.external_ref::text, q.name::text,
           coalesce((SELECT e->>'label' FROM json_array_elements(q.taxonomy) e WHERE e->>'key' = sup.old LIMIT 1), sup.old),
           coalesce((SELECT e->>'label' FROM json_array_elements(q.taxonomy) e WHERE e->>'key' = sup.new LIMIT 1), sup.new),
           sup.reason, sup.decided_at, sup.who
    FROM sup JOIN items i ON i.id = sup.item_id JOIN queues q ON q.id = sup.queue_id
    WHERE sup.decided_at > p_since
    ORDER BY sup.decided_at, sup.id
$$""",
    ]

"""PostgreSQL enforces the rules; decisions chain per queue

Both databases:
- ``decisions.chain`` names the hash chain a decision belongs to. Decisions made before this revision
  stay on the legacy ``decisions`` chain (re-chaining them would change every hash); from now on a
  decision goes on its queue's chain ``decisions/<queue id>``, so decisions of different queues do not
  wait on one lock. ``seq`` is unique per chain. Every queue gets its chain head when it is created (a
  trigger on ``queues``), existing queues here.
- ``users.db_login``: the PostgreSQL login role of a person when it is not their username.
- ``db_roles``: the PostgreSQL group roles of this database (empty on SQLite).

PostgreSQL only (docs/postgresql.md; docs/architecture.md, invariant 7):
- one group role per product role (reviewer, wellbeing, lead, admin), named ``<prefix>_<role>`` where
  the prefix is made from the database (and schema) name so that several databases on one cluster
  never share a role; the role running this migration is recorded as the owner;
- no INSERT, UPDATE or DELETE on the work tables for anyone but the owner: writes go through
  ``SECURITY DEFINER`` functions owned by the owner, with a pinned ``search_path``, that take the
  acting person from ``session_user`` (``ws_act``) and check their roles;
- row-level security: care data (exposure spans, the daily rollup, breaks, check-ins) is readable by
  its person and wellbeing staff only; restricted queues, their items and media by granted people,
  leads and admins only; decisions and audit events by their person, leads and admins.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 18:00:00
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

LEGACY_CHAIN = "decisions"
GENESIS = "0" * 64
GROUPS = ("reviewer", "wellbeing", "lead", "admin")


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "db_roles",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_db_roles")),
    )
    op.add_column("users", sa.Column("db_login", sa.String(length=63), nullable=True))
    op.create_index(op.f("ix_users_db_login"), "users", ["db_login"], unique=True)
    if bind.dialect.name == "sqlite":
        # The batch copy below drops and recreates tables that others reference: check at commit.
        op.execute("PRAGMA defer_foreign_keys = ON")
    with op.batch_alter_table("ledger_heads") as batch:
        batch.alter_column("name", existing_type=sa.String(length=20), type_=sa.String(length=80))
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(
            sa.Column("chain", sa.String(length=80), nullable=False, server_default=LEGACY_CHAIN)
        )
        batch.drop_constraint("uq_decisions_seq", type_="unique")
        batch.create_unique_constraint(batch.f("uq_decisions_chain_seq"), ["chain", "seq"])
    if bind.dialect.name != "sqlite":  # SQLite cannot drop a default without copying the table again
        op.alter_column("decisions", "chain", server_default=None, existing_type=sa.String(length=80))
    # Every queue's chain head, then the trigger that makes it for each new queue.
    op.execute(
        "INSERT INTO ledger_heads (name, seq, hash) "
        f"SELECT 'decisions/' || id, 0, '{GENESIS}' FROM queues "
        "WHERE NOT EXISTS (SELECT 1 FROM ledger_heads h WHERE h.name = 'decisions/' || queues.id)"
    )
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER trg_queues_chain AFTER INSERT ON queues BEGIN "
            "INSERT OR IGNORE INTO ledger_heads (name, seq, hash) "
            f"VALUES ('decisions/' || NEW.id, 0, '{GENESIS}'); END"
        )
        return
    install_postgresql(bind)


def downgrade() -> None:
    bind = op.get_bind()
    chained = bind.exec_driver_sql(f"SELECT count(*) FROM decisions WHERE chain <> '{LEGACY_CHAIN}'").scalar()
    if chained:
        raise RuntimeError(
            f"{chained} decisions are on per-queue chains, which revision 0004 cannot hold (one chain, "
            "seq unique): restore a backup taken before upgrading instead of downgrading"
        )
    if bind.dialect.name == "sqlite":
        op.execute("PRAGMA defer_foreign_keys = ON")
        op.execute("DROP TRIGGER IF EXISTS trg_queues_chain")
    else:
        uninstall_postgresql(bind)
    op.execute("DELETE FROM ledger_heads WHERE name LIKE 'decisions/%'")
    with op.batch_alter_table("decisions") as batch:
        batch.drop_constraint("uq_decisions_chain_seq", type_="unique")
        batch.create_unique_constraint("uq_decisions_seq", ["seq"])
        batch.drop_column("chain")
    with op.batch_alter_table("ledger_heads") as batch:
        batch.alter_column("name", existing_type=sa.String(length=80), type_=sa.String(length=20))
    op.drop_index(op.f("ix_users_db_login"), table_name="users")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("db_login")
    op.drop_table("db_roles")


# -- PostgreSQL: group roles, functions, privileges, row-level security ------------------------------
#
# The SQL is written out here, not imported, so this revision installs the same thing whatever later
# code does. Statements run one by one on the migration's own psycopg connection (no parameters, so
# format()'s and RAISE's % signs reach the server as written).


def _role_prefix(database: str, schema: str) -> str:
    """``<database>[_<schema>]`` made of [a-z0-9_], short enough for ``<prefix>_wellbeing`` and logins
    named ``<prefix>_u<id>`` (PostgreSQL names have at most 63 bytes)."""
    import hashlib

    raw = database if schema == "public" else f"{database}_{schema}"
    clean = re.sub(r"[^a-z0-9_]", "_", raw.lower())
    if len(clean) > 40 or not clean:
        clean = f"ws_{hashlib.sha256(raw.encode()).hexdigest()[:16]}"
    return clean


def _run(bind: sa.Connection, statements: list[str]) -> None:
    raw = bind.connection.driver_connection
    assert raw is not None
    for statement in statements:
        raw.execute(statement.encode())


def install_postgresql(bind: sa.Connection) -> None:
    database, schema, owner = bind.exec_driver_sql(
        "SELECT current_database(), current_schema(), current_user"
    ).one()
    prefix = _role_prefix(database, schema)
    groups = {name: f"{prefix}_{name}" for name in GROUPS}
    bind.execute(
        sa.text("INSERT INTO db_roles (name, role_name) VALUES (:n, :r)"),
        [{"n": "owner", "r": owner}, {"n": "prefix", "r": prefix}]
        + [{"n": name, "r": role} for name, role in groups.items()],
    )
    q = bind.dialect.identifier_preparer.quote
    _run(bind, _statements(q(schema), {k: q(v) for k, v in groups.items()}, groups))


def uninstall_postgresql(bind: sa.Connection) -> None:
    """Back to the shared-role model of revision 0004. The group roles stay (they are cluster-wide and
    may hold grants in other databases); drop them by hand once nothing uses them."""
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    q = bind.dialect.identifier_preparer.quote
    groups = [q(r) for n, r in bind.exec_driver_sql("SELECT name, role_name FROM db_roles").all() if n in GROUPS]
    statements = ["DROP TRIGGER IF EXISTS trg_queues_chain ON queues"]
    for table in RLS_TABLES:
        statements += [f"DROP POLICY IF EXISTS {p} ON {table}" for p in ("ws_read", "ws_insert", "ws_write", "ws_update")]
        statements.append(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    statements += [f"DROP FUNCTION IF EXISTS {f}" for f in reversed(FUNCTIONS)]
    statements.append("DROP FUNCTION IF EXISTS ws_queue_chain()")
    if groups:
        statements.append(f"REVOKE ALL ON ALL TABLES IN SCHEMA {q(schema)} FROM {', '.join(groups)}")
        statements.append(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {q(schema)} FROM {', '.join(groups)}")
        statements.append(f"REVOKE ALL ON SCHEMA {q(schema)} FROM {', '.join(groups)}")
    _run(bind, statements)


# Every function the revision creates, by signature (for the downgrade and for the tests that check
# each one is owned by the owner, SECURITY DEFINER and has a pinned search_path).
FUNCTIONS = (
    "ws_is_owner()",
    "ws_me()",
    "ws_me_has(text)",
    "ws_act(integer)",
    "ws_require(integer, text[], text)",
    "ws_now(timestamp)",
    "ws_queue_visible(integer)",
    "ws_canon(jsonb)",
    "ws_iso(timestamp)",
    "ws_hash(text, text)",
    "ws_audit(integer, timestamp, text, text, jsonb)",
    "ws_explain_loss(integer)",
    "ws_claim_row(integer)",
    "ws_claim_next(integer, text, timestamp, double precision, boolean)",
    "ws_heartbeat(integer, integer, timestamp, double precision)",
    "ws_close_claim(integer, integer, text, timestamp)",
    "ws_check_verdict(json, text, text, text)",
    "ws_chain_decision(integer, integer, integer, text, text, text, text, timestamp, double precision, text, integer)",
    "ws_decision_row(integer)",
    "ws_decide(integer, integer, text, text, text, text, timestamp, double precision, text, timestamp)",
    "ws_undo(integer, integer, text, timestamp, double precision)",
    "ws_record_spans(integer, jsonb)",
    "ws_record_break(integer, text, text, timestamp, timestamp, timestamp, integer, text)",
    "ws_record_checkin(integer, text, timestamp, integer, text)",
)
# What each group may call (everything else is for the owner and the functions themselves).
CALLABLE = {
    "reviewer": (
        "ws_claim_next(integer, text, timestamp, double precision, boolean)",
        "ws_heartbeat(integer, integer, timestamp, double precision)",
        "ws_close_claim(integer, integer, text, timestamp)",
        "ws_decide(integer, integer, text, text, text, text, timestamp, double precision, text, timestamp)",
        "ws_undo(integer, integer, text, timestamp, double precision)",
        "ws_record_spans(integer, jsonb)",
    ),
    "all": (
        "ws_is_owner()",
        "ws_me()",
        "ws_me_has(text)",
        "ws_queue_visible(integer)",
        "ws_audit(integer, timestamp, text, text, jsonb)",
        "ws_record_break(integer, text, text, timestamp, timestamp, timestamp, integer, text)",
        "ws_record_checkin(integer, text, timestamp, integer, text)",
    ),
}
RLS_TABLES = (
    "exposure_spans",
    "exposure_daily",
    "breaks",
    "checkins",
    "queues",
    "items",
    "media_assets",
    "queue_grants",
    "decisions",
    "audit_events",
)
READABLE = (
    "teams",
    "users",
    "user_roles",
    "queues",
    "queue_grants",
    "items",
    "media_assets",
    "claims",
    "decisions",
    "ledger_heads",
    "exposure_spans",
    "exposure_daily",
    "breaks",
    "checkins",
    "audit_events",
    "settings",
    "db_roles",
    "alembic_version",
)


CLAIM_ROW = (
    "o_claim integer, o_item integer, o_claimed_at timestamp, o_expires timestamp, o_ref text, "
    "o_reason text, o_priority integer, o_sla timestamp, o_queue_id integer, o_queue text, o_tier integer, "
    "o_taxonomy json, o_restricted boolean, o_media json"
)


def _statements(schema: str, g: dict[str, str], names: dict[str, str]) -> list[str]:
    """The DDL, with ``schema`` and the group roles ``g`` already quoted."""
    path = f"SET search_path = {schema}, pg_catalog, pg_temp"
    definer = f"SECURITY DEFINER {path}"
    everyone = ", ".join(g.values())
    out: list[str] = []
    for name, role in g.items():
        out.append(
            "DO $$ BEGIN "
            f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {_literal(names[name])}) THEN "
            f"CREATE ROLE {role} NOLOGIN; END IF; END $$"
        )
    out.append(f"GRANT USAGE ON SCHEMA {schema} TO {everyone}")
    # People connect through their groups (docs/postgres-least-privilege.sql revokes it from PUBLIC).
    out.append(
        "DO $$ BEGIN EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %s', current_database(), "
        f"{_literal(everyone)}); END $$"
    )
    out += [
        # -- who is acting ---------------------------------------------------------------------------
        f"""
CREATE FUNCTION ws_is_owner() RETURNS boolean LANGUAGE sql STABLE {definer} AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND r.rolsuper)
        OR session_user = (SELECT role_name FROM db_roles WHERE name = 'owner')
        OR pg_has_role(session_user, (SELECT role_name FROM db_roles WHERE name = 'owner'), 'MEMBER')
$$""",
        f"""
CREATE FUNCTION ws_me() RETURNS integer LANGUAGE sql STABLE {definer} AS $$
    SELECT id FROM users WHERE active AND coalesce(db_login, username) = session_user
    ORDER BY db_login IS NULL, id LIMIT 1
$$""",
        f"""
CREATE FUNCTION ws_me_has(p_role text) RETURNS boolean LANGUAGE sql STABLE {definer} AS $$
    SELECT EXISTS (SELECT 1 FROM user_roles WHERE user_id = ws_me() AND role = p_role)
$$""",
        f"""
CREATE FUNCTION ws_act(p_actor integer) RETURNS integer LANGUAGE plpgsql STABLE {definer} AS $$
DECLARE me integer;
BEGIN
    IF ws_is_owner() THEN
        RETURN p_actor;  -- the owner (migrations, seeding, tests) acts on behalf of anyone
    END IF;
    me := ws_me();
    IF me IS NULL THEN
        RAISE EXCEPTION 'the database login % is not an active person of this database', session_user
            USING ERRCODE = '42501';
    END IF;
    IF p_actor IS NOT NULL AND p_actor <> me THEN
        RAISE EXCEPTION 'the database login % acts only as itself (user %), not as user %',
            session_user, me, p_actor USING ERRCODE = '42501';
    END IF;
    RETURN me;
END $$""",
        f"""
CREATE FUNCTION ws_require(p_user integer, p_roles text[], p_what text) RETURNS void
LANGUAGE plpgsql STABLE {definer} AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id
        WHERE u.id = p_user AND u.active AND r.role = ANY (p_roles)
    ) THEN
        RAISE EXCEPTION '% may not %: that needs the % role',
            coalesce((SELECT username FROM users WHERE id = p_user), 'nobody'), p_what,
            array_to_string(p_roles, ' or ') USING ERRCODE = '42501';
    END IF;
END $$""",
        f"""
CREATE FUNCTION ws_now(p_now timestamp) RETURNS timestamp LANGUAGE sql STABLE {definer} AS $$
    -- a workstation's clock counts only for the owner (tests with a fake clock, seeding)
    SELECT CASE WHEN p_now IS NOT NULL AND ws_is_owner() THEN p_now
                ELSE (now() AT TIME ZONE 'UTC') END
$$""",
        f"""
CREATE FUNCTION ws_queue_visible(p_queue integer) RETURNS boolean LANGUAGE sql STABLE {definer} AS $$
    SELECT EXISTS (
        SELECT 1 FROM queues q WHERE q.id = p_queue AND (
            NOT q.restricted OR ws_me_has('lead') OR ws_me_has('admin')
            OR EXISTS (SELECT 1 FROM queue_grants g WHERE g.queue_id = q.id AND g.user_id = ws_me())))
$$""",
        # -- hash chains, computed by the database from the row it writes ---------------------------
        # The same text as ledger.digest: sha256(prev + "\\n" + canonical JSON with sorted keys and no
        # spaces). Numbers must be integers (the workstation sends floats as canonical strings).
        f"""
CREATE FUNCTION ws_canon(j jsonb) RETURNS text LANGUAGE plpgsql IMMUTABLE {path} AS $$
DECLARE out text := ''; k text; v jsonb;
BEGIN
    CASE jsonb_typeof(j)
    WHEN 'object' THEN
        FOR k, v IN SELECT key, value FROM jsonb_each(j) ORDER BY key COLLATE "C" LOOP
            out := out || CASE WHEN out = '' THEN '' ELSE ',' END || to_json(k)::text || ':' || ws_canon(v);
        END LOOP;
        RETURN '{{' || out || '}}';
    WHEN 'array' THEN
        SELECT coalesce(string_agg(ws_canon(e), ',' ORDER BY n), '') INTO out
        FROM jsonb_array_elements(j) WITH ORDINALITY AS t(e, n);
        RETURN '[' || out || ']';
    WHEN 'string' THEN
        RETURN to_json(j #>> '{{}}')::text;
    WHEN 'number' THEN
        IF j::text !~ '^-?[0-9]+$' THEN
            RAISE EXCEPTION 'a chained record holds numbers as integers or canonical text, not %', j::text
                USING ERRCODE = 'WSIN0';
        END IF;
        RETURN j::text;
    ELSE
        RETURN j::text;
    END CASE;
END $$""",
        f"""
CREATE FUNCTION ws_iso(t timestamp) RETURNS text LANGUAGE sql IMMUTABLE {path} AS $$
    SELECT to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')
$$""",
        f"""
CREATE FUNCTION ws_hash(p_prev text, p_body text) RETURNS text LANGUAGE sql IMMUTABLE {path} AS $$
    SELECT encode(sha256(convert_to(p_prev || E'\\n' || p_body, 'UTF8')), 'hex')
$$""",
        f"""
CREATE FUNCTION ws_audit(p_actor integer, p_at timestamp, p_action text, p_subject text, p_details jsonb)
RETURNS TABLE (o_id integer, o_seq bigint, o_prev text, o_hash text, o_at timestamp)
LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_actor integer := ws_act(p_actor); v_at timestamp := ws_now(p_at); h record; v_hash text;
        v_details jsonb := coalesce(p_details, '{{}}'); v_id integer;
BEGIN
    IF p_action IS NULL OR length(p_action) NOT BETWEEN 1 AND 40 THEN
        RAISE EXCEPTION 'an audit action is a name of 1 to 40 characters' USING ERRCODE = 'WSIN0';
    END IF;
    IF jsonb_typeof(v_details) <> 'object' THEN
        RAISE EXCEPTION 'audit details are a JSON object' USING ERRCODE = 'WSIN0';
    END IF;
    SELECT l.seq, l.hash INTO h FROM ledger_heads l WHERE l.name = 'audit' FOR UPDATE;
    v_hash := ws_hash(h.hash, ws_canon(jsonb_build_object(
        'at', ws_iso(v_at), 'actor_id', v_actor, 'action', p_action,
        'subject', coalesce(p_subject, ''), 'details', v_details, 'seq', h.seq + 1)));
    UPDATE ledger_heads SET seq = h.seq + 1, prev_hash = h.hash, hash = v_hash WHERE name = 'audit';
    INSERT INTO audit_events (seq, at, actor_id, action, subject, details, prev_hash, hash)
    VALUES (h.seq + 1, v_at, v_actor, p_action, coalesce(p_subject, ''), v_details::json, h.hash, v_hash)
    RETURNING id INTO v_id;
    RETURN QUERY SELECT v_id, h.seq + 1, h.hash::text, v_hash, v_at;
END $$""",
        # -- claims ---------------------------------------------------------------------------------
        f"""
CREATE FUNCTION ws_explain_loss(p_claim integer) RETURNS text LANGUAGE plpgsql STABLE {definer} AS $$
DECLARE c record; other text;
BEGIN
    SELECT cl.id, cl.item_id, cl.outcome, cl.lease_expires_at, i.external_ref INTO c
    FROM claims cl JOIN items i ON i.id = cl.item_id WHERE cl.id = p_claim;
    IF c.outcome = 'expired' THEN
        SELECT u.display_name INTO other FROM users u JOIN claims o ON o.user_id = u.id
        WHERE o.item_id = c.item_id AND o.id > c.id ORDER BY o.id DESC LIMIT 1;
        RETURN format('your claim on %s expired at %s UTC (no heartbeat reached the database)%s. '
                      'Nothing was recorded for it; claim the next item.',
                      c.external_ref, to_char(c.lease_expires_at, 'HH24:MI:SS'),
                      CASE WHEN other IS NULL THEN '' ELSE ' and ' || other || ' has it now' END);
    END IF;
    RETURN format('your claim on %s is closed (%s).', c.external_ref, c.outcome);
END $$""",
        # What the window needs of a claim in one row (the item, its queue and media as JSON), read as
        # the owner: the claim was checked, so row-level security need not be evaluated per row.
        f"""
CREATE FUNCTION ws_claim_row(p_claim integer) RETURNS TABLE ({CLAIM_ROW})
LANGUAGE sql STABLE {definer} AS $$
    SELECT c.id, c.item_id, c.claimed_at, c.lease_expires_at, i.external_ref::text, i.reason, i.priority,
           i.sla_due_at, q.id, q.name::text, q.severity_tier, q.taxonomy, q.restricted,
           coalesce((SELECT json_agg(json_build_object(
                        'id', m.id, 'path', m.path, 'kind', m.kind, 'mime', m.mime, 'sha256', m.sha256,
                        'width', m.width, 'height', m.height, 'duration_s', m.duration_s,
                        'has_audio', m.has_audio, 'readable', m.readable,
                        'unreadable_reason', m.unreadable_reason, 'phash_kind', m.phash_kind,
                        'phash', m.phash) ORDER BY m.position, m.id)
                     FROM media_assets m WHERE m.item_id = i.id), '[]'::json)
    FROM claims c JOIN items i ON i.id = c.item_id JOIN queues q ON q.id = i.queue_id
    WHERE c.id = p_claim
$$""",
        f"""
CREATE FUNCTION ws_claim_next(p_actor integer, p_queue text, p_now timestamp, p_lease double precision,
                              p_expire boolean)
RETURNS TABLE ({CLAIM_ROW})
LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); v_until timestamp;
        q record; mine record; v_item integer; v_claim integer;
BEGIN
    PERFORM ws_require(v_user, ARRAY['reviewer'], 'claim items');
    -- a lease is 1 s to 1 h unless the owner says otherwise (a login cannot hold an item forever)
    v_until := v_now + make_interval(secs => CASE WHEN ws_is_owner() THEN coalesce(p_lease, 120)
                                             ELSE least(greatest(coalesce(p_lease, 120), 1), 3600) END);
    SELECT id, restricted INTO q FROM queues WHERE name = p_queue;
    IF q.id IS NULL THEN
        RAISE EXCEPTION 'no queue named %', quote_literal(p_queue) USING ERRCODE = 'WSNF0';
    END IF;
    IF q.restricted AND NOT EXISTS (SELECT 1 FROM queue_grants WHERE user_id = v_user AND queue_id = q.id) THEN
        RAISE EXCEPTION 'the queue % is restricted and % has not been granted it', quote_literal(p_queue),
            (SELECT username FROM users WHERE id = v_user) USING ERRCODE = '42501';
    END IF;
    SELECT c.id, c.item_id, c.claimed_at, c.lease_expires_at INTO mine
    FROM claims c JOIN items i ON i.id = c.item_id
    WHERE c.user_id = v_user AND c.released_at IS NULL AND i.queue_id = q.id ORDER BY c.id LIMIT 1;
    IF mine.id IS NOT NULL AND mine.lease_expires_at >= v_now THEN  -- the reviewer's open claim
        UPDATE claims SET lease_expires_at = v_until WHERE id = mine.id;
        RETURN QUERY SELECT * FROM ws_claim_row(mine.id);
        RETURN;
    END IF;
    IF p_expire OR mine.id IS NOT NULL THEN  -- hand back items whose workstation went quiet
        UPDATE claims SET released_at = v_now, outcome = 'expired'
        WHERE released_at IS NULL AND lease_expires_at < v_now
          AND item_id IN (SELECT id FROM items WHERE queue_id = q.id);
    END IF;
    FOR attempt IN 1..5 LOOP
        SELECT i.id INTO v_item FROM items i
        WHERE i.queue_id = q.id AND i.status = 'pending'
          AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.item_id = i.id AND c.released_at IS NULL)
          AND NOT EXISTS (SELECT 1 FROM claims c
                          WHERE c.item_id = i.id AND c.user_id = v_user AND c.outcome = 'skipped')
        ORDER BY i.priority DESC, i.sla_due_at ASC NULLS LAST, i.id
        LIMIT 1 FOR UPDATE OF i SKIP LOCKED;
        IF v_item IS NULL THEN
            RETURN;
        END IF;
        INSERT INTO claims (item_id, user_id, claimed_at, lease_expires_at, outcome)
        VALUES (v_item, v_user, v_now, v_until, 'open')
        ON CONFLICT (item_id) WHERE released_at IS NULL DO NOTHING
        RETURNING id INTO v_claim;
        IF v_claim IS NOT NULL THEN
            RETURN QUERY SELECT * FROM ws_claim_row(v_claim);
            RETURN;
        END IF;
        v_item := NULL;  -- another workstation claimed it between our read and our insert
    END LOOP;
END $$""",
        f"""
CREATE FUNCTION ws_heartbeat(p_actor integer, p_claim integer, p_now timestamp, p_lease double precision)
RETURNS timestamp LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_until timestamp; c record;
BEGIN
    PERFORM ws_require(v_user, ARRAY['reviewer'], 'hold items');
    v_until := ws_now(p_now) + make_interval(secs => CASE WHEN ws_is_owner() THEN coalesce(p_lease, 120)
                                             ELSE least(greatest(coalesce(p_lease, 120), 1), 3600) END);
    SELECT id, user_id, released_at INTO c FROM claims WHERE id = p_claim FOR UPDATE;
    IF c.id IS NULL OR c.user_id <> v_user THEN
        RAISE EXCEPTION 'claim % is not yours', p_claim USING ERRCODE = 'WSNF0';
    END IF;
    IF c.released_at IS NOT NULL THEN
        RAISE EXCEPTION '%', ws_explain_loss(p_claim) USING ERRCODE = 'WSLL0';
    END IF;
    UPDATE claims SET lease_expires_at = v_until WHERE id = p_claim;
    RETURN v_until;
END $$""",
        f"""
CREATE FUNCTION ws_close_claim(p_actor integer, p_claim integer, p_outcome text, p_now timestamp)
RETURNS void LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); c record;
BEGIN
    PERFORM ws_require(v_user, ARRAY['reviewer'], 'give items back');
    IF p_outcome IS NULL OR p_outcome NOT IN ('skipped', 'released') THEN
        RAISE EXCEPTION 'a claim is given back as skipped or released' USING ERRCODE = 'WSIN0';
    END IF;
    SELECT id, user_id, released_at, outcome INTO c FROM claims WHERE id = p_claim FOR UPDATE;
    IF c.id IS NULL OR c.user_id <> v_user THEN
        RAISE EXCEPTION 'claim % is not yours', p_claim USING ERRCODE = 'WSNF0';
    END IF;
    IF c.released_at IS NULL THEN
        UPDATE claims SET released_at = ws_now(p_now), outcome = p_outcome WHERE id = p_claim;
    ELSIF p_outcome = 'skipped' AND c.outcome = 'expired' THEN
        UPDATE claims SET outcome = 'skipped' WHERE id = p_claim;  -- still remember the skip
    END IF;
END $$""",
        # -- decisions ------------------------------------------------------------------------------
        f"""
CREATE FUNCTION ws_check_verdict(p_taxonomy json, p_verdict text, p_reason text, p_note text)
RETURNS void LANGUAGE plpgsql IMMUTABLE {path} AS $$
DECLARE v json; blank_reason boolean := btrim(coalesce(p_reason, ''), E' \\t\\r\\n\\f\\v') = '';
        blank_note boolean := btrim(coalesce(p_note, ''), E' \\t\\r\\n\\f\\v') = '';
BEGIN
    IF p_verdict = 'escalate' THEN
        IF blank_reason AND blank_note THEN
            RAISE EXCEPTION 'an escalation needs a reason or a note for whoever picks it up'
                USING ERRCODE = 'WSIN0';
        END IF;
        RETURN;
    END IF;
    SELECT e INTO v FROM json_array_elements(p_taxonomy) AS e WHERE e->>'key' = p_verdict LIMIT 1;
    IF v IS NULL THEN
        RAISE EXCEPTION '% is not a verdict of this queue; choose one of %', quote_literal(p_verdict),
            (SELECT string_agg(e->>'key', ', ') FROM json_array_elements(p_taxonomy) AS e)
            USING ERRCODE = 'WSIN0';
    END IF;
    IF coalesce((v->>'requires_reason')::boolean, false) AND blank_reason THEN
        RAISE EXCEPTION '''%'' needs a reason', coalesce(v->>'label', p_verdict) USING ERRCODE = 'WSIN0';
    END IF;
    IF coalesce((v->>'requires_note')::boolean, false) AND blank_note THEN
        RAISE EXCEPTION '''%'' needs a note', coalesce(v->>'label', p_verdict) USING ERRCODE = 'WSIN0';
    END IF;
END $$""",
        # The one place a decision row is written on PostgreSQL: on its queue's chain, hashed by the
        # database from exactly what it stores. Callable by the owner only (and the functions).
        f"""
CREATE FUNCTION ws_chain_decision(p_user integer, p_item integer, p_claim integer, p_client text,
                                  p_verdict text, p_reason text, p_note text, p_at timestamp,
                                  p_handling double precision, p_reveal text, p_supersedes integer)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
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
END $$""",
        f"""
CREATE FUNCTION ws_decision_row(p_id integer)
RETURNS TABLE (o_id integer, o_seq bigint, o_chain text, o_prev text, o_hash text, o_client text,
               o_item integer, o_ref text, o_queue text, o_reviewer text, o_verdict text, o_reason text,
               o_note text, o_at timestamp, o_handling double precision, o_reveal text, o_supersedes text)
LANGUAGE sql STABLE {definer} AS $$
    SELECT d.id, d.seq, d.chain::text, d.prev_hash::text, d.hash::text, d.client_id::text, d.item_id,
           i.external_ref::text, q.name::text, u.username::text, d.verdict::text, d.reason, d.note,
           d.decided_at, d.handling_seconds, d.reveal_state::text, s.client_id::text
    FROM decisions d JOIN items i ON i.id = d.item_id JOIN queues q ON q.id = d.queue_id
    JOIN users u ON u.id = d.user_id LEFT JOIN decisions s ON s.id = d.supersedes_id
    WHERE d.id = p_id
$$""",
        f"""
CREATE FUNCTION ws_decide(p_actor integer, p_claim integer, p_client text, p_verdict text, p_reason text,
                          p_note text, p_decided_at timestamp, p_handling double precision, p_reveal text,
                          p_now timestamp)
RETURNS TABLE (o_id integer, o_seq bigint, o_chain text, o_prev text, o_hash text, o_client text,
               o_item integer, o_ref text, o_queue text, o_reviewer text, o_verdict text, o_reason text,
               o_note text, o_at timestamp, o_handling double precision, o_reveal text, o_supersedes text)
LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); v_at timestamp;
        ex record; r record; last record; v_id integer;
BEGIN
    PERFORM ws_require(v_user, ARRAY['reviewer'], 'decide items');
    IF p_reveal IS NULL OR p_reveal NOT IN ('filtered', 'spotlight', 'revealed') THEN
        RAISE EXCEPTION 'reveal state must be one of filtered, spotlight, revealed' USING ERRCODE = 'WSIN0';
    END IF;
    IF p_handling IS NULL OR p_handling < 0 OR p_handling > 1e9 OR p_handling = 'NaN' THEN
        RAISE EXCEPTION 'handling time must be a number of seconds, not negative' USING ERRCODE = 'WSIN0';
    END IF;
    IF p_client IS NULL OR length(p_client) NOT BETWEEN 1 AND 64 THEN
        RAISE EXCEPTION 'a decision id has 1 to 64 characters' USING ERRCODE = 'WSIN0';
    END IF;
    SELECT id, user_id, verdict INTO ex FROM decisions WHERE client_id = p_client;
    IF ex.id IS NOT NULL THEN  -- a retry of a decision that was recorded: the same record
        IF ex.user_id <> v_user OR ex.verdict <> p_verdict THEN
            RAISE EXCEPTION 'decision id % was already used for another decision', p_client
                USING ERRCODE = 'WSIN0';
        END IF;
        RETURN QUERY SELECT * FROM ws_decision_row(ex.id);
        RETURN;
    END IF;
    SELECT c.user_id, c.claimed_at, c.released_at, c.outcome, i.id AS item_id, i.external_ref, i.status,
           q.taxonomy INTO r
    FROM claims c JOIN items i ON i.id = c.item_id JOIN queues q ON q.id = i.queue_id
    WHERE c.id = p_claim FOR UPDATE OF i;
    IF r.user_id IS NULL OR r.user_id <> v_user THEN
        RAISE EXCEPTION 'claim % is not yours', p_claim USING ERRCODE = 'WSNF0';
    END IF;
    PERFORM ws_check_verdict(r.taxonomy, p_verdict, p_reason, p_note);
    UPDATE claims SET released_at = v_now, outcome = 'decided' WHERE id = p_claim AND released_at IS NULL;
    IF NOT FOUND THEN  -- the lease ran out or the claim was closed: forgiven or explained
        IF r.outcome <> 'expired' THEN
            RAISE EXCEPTION 'this claim is already closed (%); nothing was recorded', r.outcome
                USING ERRCODE = 'WSIN0';
        END IF;
        IF r.status <> 'pending' THEN
            SELECT u.display_name, d.decided_at INTO last FROM decisions d JOIN users u ON u.id = d.user_id
            WHERE d.item_id = r.item_id ORDER BY d.decided_at DESC, d.id DESC LIMIT 1;
            RAISE EXCEPTION 'your claim on % expired and %; your decision was not recorded.', r.external_ref,
                CASE WHEN last.display_name IS NULL THEN 'it was decided'
                     ELSE last.display_name || ' decided it at ' || to_char(last.decided_at, 'HH24:MI:SS')
                          || ' UTC' END
                USING ERRCODE = 'WSLL0';
        END IF;
        IF EXISTS (SELECT 1 FROM claims WHERE item_id = r.item_id AND released_at IS NULL) THEN
            RAISE EXCEPTION '%', ws_explain_loss(p_claim) USING ERRCODE = 'WSLL0';
        END IF;
        UPDATE claims SET outcome = 'decided' WHERE id = p_claim;
    END IF;
    -- A login's decision time lies within its claim (an offline replay keeps when it was decided).
    v_at := coalesce(p_decided_at, v_now);
    IF NOT ws_is_owner() THEN
        v_at := least(greatest(v_at, r.claimed_at), v_now);
    END IF;
    UPDATE items SET status = CASE WHEN p_verdict = 'escalate' THEN 'escalated' ELSE 'decided' END
    WHERE id = r.item_id;
    v_id := ws_chain_decision(v_user, r.item_id, p_claim, p_client, p_verdict, p_reason, p_note, v_at,
                              p_handling, p_reveal, NULL);
    RETURN QUERY SELECT * FROM ws_decision_row(v_id);
END $$""",
        f"""
CREATE FUNCTION ws_undo(p_actor integer, p_decision integer, p_client text, p_now timestamp,
                        p_lease double precision)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); d record; v_claim integer;
BEGIN
    PERFORM ws_require(v_user, ARRAY['reviewer'], 'undo decisions');
    SELECT id, user_id, item_id, claim_id, decided_at INTO d FROM decisions WHERE id = p_decision;
    IF d.id IS NULL OR d.user_id <> v_user THEN
        RAISE EXCEPTION 'decision % is not yours', p_decision USING ERRCODE = 'WSNF0';
    END IF;
    PERFORM 1 FROM items WHERE id = d.item_id FOR UPDATE;  -- serialises two undos of one decision
    IF EXISTS (SELECT 1 FROM decisions WHERE supersedes_id = d.id) THEN
        RAISE EXCEPTION 'that decision was already undone or corrected' USING ERRCODE = 'WSIN0';
    END IF;
    IF v_now - d.decided_at > interval '10 seconds' THEN
        RAISE EXCEPTION 'undo is possible for 10 s after deciding; ask a lead to correct it'
            USING ERRCODE = 'WSIN0';
    END IF;
    PERFORM ws_chain_decision(v_user, d.item_id, d.claim_id, coalesce(p_client, gen_random_uuid()::text),
                              'undone', '', '', v_now, 0, 'filtered', d.id);
    UPDATE items SET status = 'pending' WHERE id = d.item_id;
    INSERT INTO claims (item_id, user_id, claimed_at, lease_expires_at, outcome)
    VALUES (d.item_id, v_user, v_now,
            v_now + make_interval(secs => CASE WHEN ws_is_owner() THEN coalesce(p_lease, 120)
                                          ELSE least(greatest(coalesce(p_lease, 120), 1), 3600) END),
            'open')
    RETURNING id INTO v_claim;
    RETURN v_claim;
END $$""",
        # -- care data: written by its person only ---------------------------------------------------
        # A span's client id is derived from its content on the workstation; stored under the
        # writer's id, so nobody can take the id of another person's span before it is written.
        f"""
CREATE FUNCTION ws_record_spans(p_actor integer, p_spans jsonb) RETURNS integer
LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); n integer;
BEGIN
    IF v_user IS NULL THEN
        RAISE EXCEPTION 'exposure belongs to a person' USING ERRCODE = 'WSIN0';
    END IF;
    INSERT INTO exposure_spans (client_id, user_id, item_id, queue_id, started_at, ended_at, seconds,
                                revealed_seconds, visibility_weight, severity_weight, dose)
    SELECT v_user || '/' || x.client_id, v_user, x.item_id, q.id, x.started_at, x.ended_at, x.seconds,
           coalesce(x.revealed_seconds, 0), x.visibility_weight, x.severity_weight, x.dose
    FROM jsonb_to_recordset(p_spans) AS x(client_id text, item_id integer, queue_name text,
         started_at timestamp, ended_at timestamp, seconds double precision,
         revealed_seconds double precision, visibility_weight double precision,
         severity_weight double precision, dose double precision)
    LEFT JOIN queues q ON q.name = x.queue_name
    WHERE x.seconds > 0 AND x.dose >= 0 AND x.ended_at >= x.started_at
    ON CONFLICT (client_id) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$""",
        f"""
CREATE FUNCTION ws_record_break(p_actor integer, p_client text, p_kind text, p_prompted timestamp,
                                p_started timestamp, p_ended timestamp, p_postponed integer, p_outcome text)
RETURNS void LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); b record;
BEGIN
    IF p_kind IS NULL OR p_kind NOT IN ('soft', 'enforced', 'affected', 'self') THEN
        RAISE EXCEPTION 'unknown break kind %', quote_literal(coalesce(p_kind, '')) USING ERRCODE = 'WSIN0';
    END IF;
    IF p_outcome IS NULL OR p_outcome NOT IN ('prompted', 'taken', 'dismissed') THEN
        RAISE EXCEPTION 'unknown break outcome %', quote_literal(coalesce(p_outcome, ''))
            USING ERRCODE = 'WSIN0';
    END IF;
    SELECT id, user_id INTO b FROM breaks WHERE client_id = p_client FOR UPDATE;
    IF b.id IS NULL THEN
        INSERT INTO breaks (client_id, user_id, kind, prompted_at, started_at, ended_at, postponed, outcome)
        VALUES (p_client, v_user, p_kind, p_prompted, p_started, p_ended, coalesce(p_postponed, 0), p_outcome);
    ELSIF b.user_id <> v_user THEN
        RAISE EXCEPTION 'that break belongs to someone else' USING ERRCODE = 'WSIN0';
    ELSE
        UPDATE breaks SET started_at = p_started, ended_at = p_ended, postponed = coalesce(p_postponed, 0),
                          outcome = p_outcome
        WHERE id = b.id;
    END IF;
END $$""",
        f"""
CREATE FUNCTION ws_record_checkin(p_actor integer, p_client text, p_at timestamp, p_mood integer,
                                  p_note text)
RETURNS void LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor);
BEGIN
    IF p_mood IS NULL OR p_mood NOT BETWEEN 1 AND 5 THEN
        RAISE EXCEPTION 'mood is 1 (very low) to 5 (very good)' USING ERRCODE = 'WSIN0';
    END IF;
    IF EXISTS (SELECT 1 FROM checkins WHERE client_id = p_client AND user_id <> v_user) THEN
        RAISE EXCEPTION 'that check-in belongs to someone else' USING ERRCODE = 'WSIN0';
    END IF;
    INSERT INTO checkins (client_id, user_id, at, mood, note)
    VALUES (p_client, v_user, ws_now(p_at), p_mood, left(btrim(coalesce(p_note, '')), 2000))
    ON CONFLICT (client_id) DO NOTHING;
END $$""",
        # -- every queue gets its decision chain head ------------------------------------------------
        f"""
CREATE FUNCTION ws_queue_chain() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
BEGIN
    INSERT INTO ledger_heads (name, seq, hash) VALUES ('decisions/' || NEW.id, 0, repeat('0', 64))
    ON CONFLICT (name) DO NOTHING;
    RETURN NULL;
END $$""",
        "CREATE TRIGGER trg_queues_chain AFTER INSERT ON queues FOR EACH ROW EXECUTE FUNCTION ws_queue_chain()",
    ]
    # -- privileges: read what the window shows; write through the functions only ------------------
    out.append(f"REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA {schema} FROM PUBLIC")
    out += [f"GRANT EXECUTE ON FUNCTION {f} TO {everyone}" for f in CALLABLE["all"]]
    out += [f"GRANT EXECUTE ON FUNCTION {f} TO {g['reviewer']}" for f in CALLABLE["reviewer"]]
    out.append(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {everyone}")
    out.append(f"GRANT SELECT ON {', '.join(READABLE)} TO {everyone}")
    # Administration (queues, teams, people, shared settings); the wellbeing policy is a setting.
    out.append(f"GRANT INSERT, UPDATE ON queues, teams, users, settings TO {g['admin']}")
    out.append(f"GRANT INSERT, UPDATE ON settings TO {g['wellbeing']}")
    # Import adds items and their media (pending only: see the policy below); never updates them.
    out.append(f"GRANT INSERT ON items, media_assets TO {g['lead']}, {g['admin']}")
    out.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {g['lead']}, {g['admin']}")
    # -- row-level security -------------------------------------------------------------------------
    me = "(SELECT ws_me())"
    care = f"user_id = {me} OR (SELECT ws_me_has('wellbeing'))"
    lead_or_admin = "(SELECT ws_me_has('lead')) OR (SELECT ws_me_has('admin'))"
    policies = {
        "exposure_spans": care,
        "exposure_daily": care,
        "breaks": care,
        "checkins": care,
        # by its own columns: a queue being inserted (INSERT .. RETURNING) is not in the table yet
        "queues": f"NOT restricted OR {lead_or_admin} OR EXISTS "
        f"(SELECT 1 FROM queue_grants g WHERE g.queue_id = id AND g.user_id = {me})",
        "items": "ws_queue_visible(queue_id)",
        "media_assets": "ws_queue_visible((SELECT i.queue_id FROM items i WHERE i.id = item_id))",
        "queue_grants": f"user_id = {me} OR {lead_or_admin}",
        "decisions": f"user_id = {me} OR {lead_or_admin}",
        "audit_events": f"actor_id = {me} OR {lead_or_admin}",
    }
    for table, predicate in policies.items():
        out.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        out.append(f"CREATE POLICY ws_read ON {table} FOR SELECT TO {everyone} USING ({predicate})")
    out.append(
        f"CREATE POLICY ws_insert ON items FOR INSERT TO {g['lead']}, {g['admin']} "
        "WITH CHECK (status = 'pending' AND ws_queue_visible(queue_id))"
    )
    out.append(
        f"CREATE POLICY ws_insert ON media_assets FOR INSERT TO {g['lead']}, {g['admin']} "
        "WITH CHECK (ws_queue_visible((SELECT i.queue_id FROM items i WHERE i.id = item_id)))"
    )
    out += [
        f"CREATE POLICY ws_write ON queues FOR INSERT TO {g['admin']} WITH CHECK (true)",
        f"CREATE POLICY ws_update ON queues FOR UPDATE TO {g['admin']} USING (true)",
    ]
    return out


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"

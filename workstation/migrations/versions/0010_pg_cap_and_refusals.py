"""PostgreSQL: the daily exposure cap in the claim function, audited refusals, people readable by need

Until this revision three rules held only when the workstation was used honestly (docs/threat-model.md):

- **The daily exposure cap** was the Python claim gate (``CareService.gate``): a reviewer's login calling
  ``ws_claim_next`` from psql claimed a tier-4 item with the day's budget spent. ``ws_claim_next`` now
  refuses, before it claims or renews anything, what the Python gate refuses: the queue's effective
  tier (``[queue_overrides."<queue>"] tier`` of the stored policy, else the queue's) is above
  ``caps.lock_tiers_above`` and the person's dose of today (exposure spans started since midnight) has
  reached ``caps.daily_budget_dose``; both numbers are read from the stored policy (``ws_policy_number``,
  revision 0009). "Today" is the calendar day in the time zone ``ws_cap_refusal`` was installed with
  (the server's, unless the installer's session said otherwise), pinned to the function so a caller's
  ``SET TimeZone`` cannot move midnight; the workstation counts in its own local zone, and both must be
  the organisation's (docs/postgresql.md says how to change the function's).
- **Refusals inside the ``ws_*`` functions were lost**: a function that RAISEs rolls back every row it
  wrote, its audit event too. The functions an insider would try (claim, decide, undo and every
  people/queue administration function) are now wrappers around the previous bodies (renamed
  ``ws_<name>_body``, callable by nobody but the owner): a refusal of the caller's rights
  (``insufficient_privilege``, a claim or decision that is not theirs, the cap) is caught, written to
  the audit chain as a ``refused`` event naming the login (``ws_refused``) and to the server log
  (``RAISE LOG``, which no rollback removes), and reported as a WARNING with the refusal's SQLSTATE,
  the function returning no row (NULL). ``workstation.pgfunc.call`` turns that warning into the same
  domain error as before. The wrappers are executable by every group, so that a reviewer trying
  ``SELECT ws_set_roles(..)`` reaches the check that audits them instead of PostgreSQL's EXECUTE check,
  which audits nothing; the bodies still check the caller's roles from ``session_user``.
- **Every group could read every person**: ``users`` and ``user_roles`` are now under row-level
  security: a person reads their own row; wellbeing staff, leads and admins (whose screens list
  people: care reports, exports, people administration) read everyone. Names that a reviewer's screen
  shows of someone else (who holds an item now) come from the definer functions.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 21:40:00
"""

from __future__ import annotations

from typing import NamedTuple

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

GROUPS = ("reviewer", "wellbeing", "lead", "admin")

#: What the workstation sends with a refusal it recorded (``pgfunc.REFUSAL_DETAIL`` matches it).
REFUSAL_DETAIL = "refused by the database; recorded in the audit log"
#: The SQLSTATE of a claim refused by the daily exposure cap (``pgfunc`` maps it to QueueLocked).
CAP_STATE = "WSCP0"

CLAIM_ROW = (
    "o_claim integer, o_item integer, o_claimed_at timestamp, o_expires timestamp, o_ref text, "
    "o_reason text, o_priority integer, o_sla timestamp, o_queue_id integer, o_queue text, o_tier integer, "
    "o_taxonomy json, o_restricted boolean, o_media json"
)
DECISION_ROW = (
    "o_id integer, o_seq bigint, o_chain text, o_prev text, o_hash text, o_client text, o_item integer, "
    "o_ref text, o_queue text, o_reviewer text, o_verdict text, o_reason text, o_note text, "
    "o_at timestamp, o_handling double precision, o_reveal text, o_supersedes text"
)


class Wrapped(NamedTuple):
    """A function of revisions 0005/0006 that is now a wrapper auditing its refusals (a NamedTuple:
    Alembic loads this file without registering it as a module, which dataclasses need)."""

    name: str
    params: str  # declaration, as in the original
    returns: str  # "TABLE (...)", "integer", "text" or "void"
    what: str  # the refused action, as the Python side names it in its audit events
    states: tuple[str, ...]  # the SQLSTATEs that are a refusal of the caller's rights
    groups: tuple[str, ...]  # who could call it before this revision (for the downgrade)

    @property
    def types(self) -> str:
        return ", ".join(p.split(" ", 1)[1] for p in self.params.split(", "))

    @property
    def args(self) -> str:
        return ", ".join(p.split(" ", 1)[0] for p in self.params.split(", "))

    @property
    def signature(self) -> str:
        return f"{self.name}({self.types})"

    @property
    def body_signature(self) -> str:
        return f"{self.name}_body({self.types})"


PRIVILEGE = ("42501",)
NOT_YOURS = ("42501", "WSNF0")  # WSNF0 in these functions: "claim/decision N is not yours"
WRAPPED = (
    Wrapped(
        "ws_claim_next",
        "p_actor integer, p_queue text, p_now timestamp, p_lease double precision, p_expire boolean",
        f"TABLE ({CLAIM_ROW})",
        "claim items",
        PRIVILEGE,
        ("reviewer",),
    ),
    Wrapped(
        "ws_decide",
        "p_actor integer, p_claim integer, p_client text, p_verdict text, p_reason text, p_note text, "
        "p_decided_at timestamp, p_handling double precision, p_reveal text, p_now timestamp",
        f"TABLE ({DECISION_ROW})",
        "decide items",
        NOT_YOURS,
        ("reviewer",),
    ),
    Wrapped(
        "ws_undo",
        "p_actor integer, p_decision integer, p_client text, p_now timestamp, p_lease double precision",
        "integer",
        "undo decisions",
        NOT_YOURS,
        ("reviewer",),
    ),
    Wrapped(
        "ws_add_user",
        "p_actor integer, p_username text, p_display text, p_team text, p_roles text[], p_now timestamp",
        "integer",
        "add users",
        PRIVILEGE,
        ("admin",),
    ),
    Wrapped(
        "ws_set_roles",
        "p_actor integer, p_username text, p_roles text[], p_now timestamp",
        "void",
        "change roles",
        PRIVILEGE,
        ("admin",),
    ),
    Wrapped(
        "ws_set_team",
        "p_actor integer, p_username text, p_team text, p_now timestamp",
        "void",
        "change teams",
        PRIVILEGE,
        ("admin",),
    ),
    Wrapped(
        "ws_deactivate", "p_actor integer, p_username text, p_now timestamp", "integer", "deactivate users",
        PRIVILEGE, ("admin",),
    ),
    Wrapped(
        "ws_grant_queue",
        "p_actor integer, p_username text, p_queue text, p_now timestamp",
        "void",
        "grant restricted queues",
        PRIVILEGE,
        ("admin",),
    ),
    Wrapped(
        "ws_add_queue",
        "p_actor integer, p_name text, p_description text, p_tier integer, p_taxonomy text, "
        "p_restricted boolean, p_now timestamp",
        "integer",
        "add queues",
        PRIVILEGE,
        ("admin",),
    ),
    Wrapped(
        "ws_create_login",
        "p_actor integer, p_username text, p_verifier text, p_now timestamp",
        "text",
        "create logins",
        PRIVILEGE,
        ("admin",),
    ),
)
HELPERS = (
    "ws_refused(integer, text, text, text, text)",
    "ws_policy_queue_tier(text)",
    "ws_cap_refusal(integer, integer, timestamp)",
    "ws_has_people()",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return  # one machine, no roles: the workstation's gate and audit are all there is
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    q = bind.dialect.identifier_preparer.quote
    groups = {str(n): q(str(r)) for n, r in bind.exec_driver_sql("SELECT name, role_name FROM db_roles").all()}
    _run(bind, _statements(q(schema), groups))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return
    q = bind.dialect.identifier_preparer.quote
    groups = {str(n): q(str(r)) for n, r in bind.exec_driver_sql("SELECT name, role_name FROM db_roles").all()}
    statements = []
    for w in WRAPPED:
        statements.append(f"DROP FUNCTION {w.signature}")
        statements.append(f"ALTER FUNCTION {w.body_signature} RENAME TO {w.name}")
        statements += [f"GRANT EXECUTE ON FUNCTION {w.signature} TO {groups[g]}" for g in w.groups]
    statements += [f"DROP FUNCTION IF EXISTS {f}" for f in reversed(HELPERS)]
    for table in ("users", "user_roles"):
        statements.append(f"DROP POLICY IF EXISTS ws_read ON {table}")
        statements.append(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    _run(bind, statements)


def _run(bind: sa.Connection, statements: list[str]) -> None:
    raw = bind.connection.driver_connection
    assert raw is not None
    for statement in statements:
        raw.execute(statement.encode())


def _wrapper(w: Wrapped, definer: str) -> str:
    """The function ``w`` as a wrapper: its body runs in a subtransaction; a refusal of the caller's
    rights is recorded and reported as a warning instead of an error (which would roll the record back)."""
    table = w.returns.startswith("TABLE")
    call = f"SELECT * FROM {w.name}_body({w.args})" if table else f"SELECT {w.name}_body({w.args})"
    states = " OR ".join(f"SQLSTATE '{s}'" for s in w.states)
    if table:
        run = f"RETURN QUERY {call};"
        done = "RETURN;"
    elif w.returns == "void":
        run = f"PERFORM {w.name}_body({w.args});"
        done = "RETURN;"
    else:
        run = f"v_out := ({call});"
        done = "RETURN v_out;"
    declare = "" if table or w.returns == "void" else f"v_out {w.returns};"
    cap = ""
    if w.name == "ws_claim_next":
        # The cap, before the body claims or renews anything: the same rule as CareService.gate.
        cap = f"""
        v_user := ws_act(p_actor);
        PERFORM ws_require(v_user, ARRAY['reviewer'], 'claim items');
        SELECT id INTO v_queue FROM queues q WHERE q.name = p_queue AND (NOT q.restricted OR EXISTS (
            SELECT 1 FROM queue_grants g WHERE g.queue_id = q.id AND g.user_id = v_user));
        IF v_queue IS NOT NULL THEN
            v_msg := ws_cap_refusal(v_user, v_queue, p_now);
            IF v_msg IS NOT NULL THEN
                PERFORM ws_refused(p_actor, 'claim from ' || p_queue, v_msg, '{CAP_STATE}', '{w.name}');
                RAISE WARNING '%', v_msg USING ERRCODE = '{CAP_STATE}', DETAIL = '{REFUSAL_DETAIL}';
                RETURN;
            END IF;
        END IF;"""
        declare += " v_user integer; v_queue integer;"
    what = "'claim from ' || coalesce(p_queue, '')" if w.name == "ws_claim_next" else f"'{w.what}'"
    return f"""
CREATE FUNCTION {w.name}({w.params}) RETURNS {w.returns}
LANGUAGE plpgsql VOLATILE {definer} SET client_min_messages = warning AS $$
DECLARE v_msg text; v_state text; {declare}
BEGIN
    BEGIN{cap}
        {run}
    EXCEPTION WHEN {states} THEN
        GET STACKED DIAGNOSTICS v_msg = MESSAGE_TEXT, v_state = RETURNED_SQLSTATE;
        PERFORM ws_refused(p_actor, {what}, v_msg, v_state, '{w.name}');
        RAISE WARNING '%', v_msg USING ERRCODE = v_state, DETAIL = '{REFUSAL_DETAIL}';
    END;
    {done}
END $$"""


def _statements(schema: str, g: dict[str, str]) -> list[str]:
    path = f"SET search_path = {schema}, pg_catalog, pg_temp"
    definer = f"SECURITY DEFINER {path}"
    everyone = ", ".join(g[name] for name in GROUPS)
    out: list[str] = []
    out += [
        # -- a refusal, on the audit chain and in the server log --------------------------------------
        # The actor is the login's person (NULL when the login is nobody's); the owner acting for
        # someone names them. Written like ws_audit, which would refuse a login that is nobody.
        f"""
CREATE FUNCTION ws_refused(p_actor integer, p_what text, p_why text, p_state text, p_call text)
RETURNS void LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_actor integer := CASE WHEN ws_is_owner() THEN p_actor ELSE ws_me() END;
        v_at timestamp := now() AT TIME ZONE 'UTC'; h record; v_hash text; v_details jsonb;
BEGIN
    v_details := jsonb_build_object('why', coalesce(p_why, ''), 'login', session_user::text,
                                    'function', p_call, 'sqlstate', p_state);
    IF p_actor IS NOT NULL AND p_actor IS DISTINCT FROM v_actor THEN
        v_details := v_details || jsonb_build_object('claimed_actor', p_actor::text);
    END IF;
    RAISE LOG 'workstation refusal: login % (user %) %: %', session_user, coalesce(v_actor::text, 'none'),
        p_what, p_why;
    SELECT l.seq, l.hash INTO h FROM ledger_heads l WHERE l.name = 'audit' FOR UPDATE;
    v_hash := ws_hash(h.hash, ws_canon(jsonb_build_object(
        'at', ws_iso(v_at), 'actor_id', v_actor, 'action', 'refused',
        'subject', left(coalesce(p_what, ''), 200), 'details', v_details, 'seq', h.seq + 1)));
    UPDATE ledger_heads SET seq = h.seq + 1, prev_hash = h.hash, hash = v_hash WHERE name = 'audit';
    INSERT INTO audit_events (seq, at, actor_id, action, subject, details, prev_hash, hash)
    VALUES (h.seq + 1, v_at, v_actor, 'refused', left(coalesce(p_what, ''), 200), v_details::json, h.hash,
            v_hash);
END $$""",
        # -- the daily cap ------------------------------------------------------------------------------
        # A queue's override tier in the stored policy, as policy_to_toml writes it:
        # [queue_overrides."<name>"] (or a bare [queue_overrides.<name>]) then ``tier = N``.
        f"""
CREATE FUNCTION ws_policy_queue_tier(p_queue text) RETURNS integer
LANGUAGE plpgsql STABLE {definer} AS $$
DECLARE v_text text; v_line text; v_in boolean := false; m text[]; v_headers text[];
BEGIN
    SELECT value INTO v_text FROM settings WHERE key = 'wellbeing_policy';
    IF v_text IS NULL OR p_queue IS NULL THEN
        RETURN NULL;
    END IF;
    v_headers := ARRAY['[queue_overrides."' || replace(replace(p_queue, '\\', '\\\\'), '"', '\\"') || '"]'];
    IF p_queue ~ '^[A-Za-z0-9_-]+$' THEN
        v_headers := v_headers || ('[queue_overrides.' || p_queue || ']');
    END IF;
    FOR v_line IN SELECT regexp_split_to_table(v_text, E'\\r?\\n') LOOP
        IF v_line ~ '^\\s*\\[' THEN
            -- the header is up to its last ']' (a quoted name may hold '#' or ']'), then a comment
            v_in := (regexp_match(v_line, '^\\s*(\\[.*\\])\\s*(#[^\\]]*)?$'))[1] = ANY (v_headers);
            CONTINUE;
        END IF;
        IF v_in THEN
            m := regexp_match(v_line, '^\\s*tier\\s*=\\s*\\+?([0-9]+)\\s*(#.*)?$');
            IF m IS NOT NULL THEN
                RETURN m[1]::integer;
            END IF;
        END IF;
    END LOOP;
    RETURN NULL;
END $$""",
        # The sentence CareService.gate says, or NULL when the claim may go ahead. SET TimeZone FROM
        # CURRENT pins "today" to the zone this was installed with (see the module docstring).
        f"""
CREATE FUNCTION ws_cap_refusal(p_user integer, p_queue integer, p_now timestamp) RETURNS text
LANGUAGE plpgsql STABLE {definer} SET TimeZone FROM CURRENT AS $$
DECLARE q record; v_tier integer; v_lock double precision; v_budget double precision;
        v_now timestamp := ws_now(p_now); v_start timestamp; v_dose double precision;
BEGIN
    SELECT name, severity_tier INTO q FROM queues WHERE id = p_queue;
    IF q.name IS NULL THEN
        RETURN NULL;
    END IF;
    v_tier := coalesce(ws_policy_queue_tier(q.name), q.severity_tier);
    v_lock := ws_policy_number('caps', 'lock_tiers_above', 2);
    IF v_tier <= v_lock THEN
        RETURN NULL;
    END IF;
    v_budget := ws_policy_number('caps', 'daily_budget_dose', 240);
    v_start := date_trunc('day', v_now AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
    SELECT coalesce(sum(dose), 0) INTO v_dose FROM exposure_spans
    WHERE user_id = p_user AND started_at >= v_start AND started_at < v_start + interval '1 day';
    IF v_dose < v_budget THEN
        RETURN NULL;
    END IF;
    RETURN format('today''s exposure budget (%s weighted minutes) is spent, so queues above severity '
                  'tier %s are closed to you until tomorrow. ''%s'' is tier %s; lower-tier queues stay open.',
                  round(v_budget)::bigint, v_lock::integer, q.name, v_tier);
END $$""",
    ]
    # Whether anyone is set up yet, for a login that may read no person (the sign-in's first-run advice).
    out.append(
        f"CREATE FUNCTION ws_has_people() RETURNS boolean LANGUAGE sql STABLE {definer} AS "
        "$$ SELECT EXISTS (SELECT 1 FROM users) $$"
    )
    out += [f"REVOKE EXECUTE ON FUNCTION {f} FROM PUBLIC" for f in HELPERS]
    out.append(f"GRANT EXECUTE ON FUNCTION ws_has_people() TO {everyone}")
    # -- the wrappers: the bodies keep their code under a new name, for the owner only ----------------
    for w in WRAPPED:
        out.append(f"ALTER FUNCTION {w.signature} RENAME TO {w.name}_body")
        out.append(f"REVOKE EXECUTE ON FUNCTION {w.body_signature} FROM PUBLIC, {everyone}")
        out.append(_wrapper(w, definer))
        out.append(f"REVOKE EXECUTE ON FUNCTION {w.signature} FROM PUBLIC")
        out.append(f"GRANT EXECUTE ON FUNCTION {w.signature} TO {everyone}")
    # -- people: each person reads themself; the groups whose screens list people read everyone -------
    for table, key in (("users", "id"), ("user_roles", "user_id")):
        out.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        out.append(
            f"CREATE POLICY ws_read ON {table} FOR SELECT TO {everyone} USING ({key} = (SELECT ws_me()) "
            "OR (SELECT ws_me_has('wellbeing')) OR (SELECT ws_me_has('lead')) OR (SELECT ws_me_has('admin')))"
        )
    return out

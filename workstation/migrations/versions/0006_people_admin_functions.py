"""PostgreSQL: people and queue administration only through audited SECURITY DEFINER functions

Revision 0005 let the admin group INSERT and UPDATE ``users``, ``teams`` and ``queues`` directly, so an
admin with psql could change people with no audit event, and ``user_roles``/``queue_grants`` were
written by the owner only. From here on (docs/threat-model.md; docs/architecture.md, invariant 7):

- nobody but the owner writes ``users``, ``user_roles``, ``teams``, ``queues`` or ``queue_grants``
  directly; the admin group calls ``ws_add_user``, ``ws_set_roles``, ``ws_set_team``,
  ``ws_deactivate``, ``ws_grant_queue``, ``ws_add_queue`` and ``ws_create_login``, each of which checks
  the caller's admin role from ``session_user`` (``ws_act``, ``ws_require``) and writes its audit event
  (``ws_audit``) in the same transaction;
- a person's login role follows their roles: ``ws_create_login`` makes it (``LOGIN``, an optional SCRAM
  verifier computed by the client, never a clear password) with the group roles of their product
  roles, ``ws_set_roles`` grants and revokes group roles, ``ws_deactivate`` disables it (``NOLOGIN``)
  and removes it from every group, releases the person's open claims and keeps their history.

Only logins this database manages are ever altered: a login that is a superuser or the owner, or that
is neither mapped by ``users.db_login`` nor a member of one of this database's group roles, is left
alone. SQLite has no roles: nothing to do there.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

FUNCTIONS = (
    "ws_admin(integer, text)",
    "ws_clean_name(text, text, integer)",
    "ws_team_id(text)",
    "ws_managed_login(integer)",
    "ws_sync_login(integer)",
    "ws_add_user(integer, text, text, text, text[], timestamp)",
    "ws_set_roles(integer, text, text[], timestamp)",
    "ws_set_team(integer, text, text, timestamp)",
    "ws_deactivate(integer, text, timestamp)",
    "ws_grant_queue(integer, text, text, timestamp)",
    "ws_add_queue(integer, text, text, integer, text, boolean, timestamp)",
    "ws_create_login(integer, text, text, timestamp)",
)
# What the admin group may call; the helpers are for the functions themselves.
ADMIN_CALLABLE = FUNCTIONS[5:]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    groups: dict[str, str] = {str(n): str(r) for n, r in bind.execute(sa.text("SELECT name, role_name FROM db_roles")).all()}
    q = bind.dialect.identifier_preparer.quote
    _run(bind, _statements(q(schema), q(groups["admin"])))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    groups: dict[str, str] = {str(n): str(r) for n, r in bind.execute(sa.text("SELECT name, role_name FROM db_roles")).all()}
    admin = bind.dialect.identifier_preparer.quote(groups["admin"])
    statements = [f"DROP FUNCTION IF EXISTS {f}" for f in reversed(FUNCTIONS)]
    statements += [
        f"GRANT INSERT, UPDATE ON queues, teams, users TO {admin}",
        f"CREATE POLICY ws_write ON queues FOR INSERT TO {admin} WITH CHECK (true)",
        f"CREATE POLICY ws_update ON queues FOR UPDATE TO {admin} USING (true)",
    ]
    _run(bind, statements)


def _run(bind: sa.Connection, statements: list[str]) -> None:
    raw = bind.connection.driver_connection
    assert raw is not None
    for statement in statements:
        raw.execute(statement.encode())


def _statements(schema: str, admin: str) -> list[str]:
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_catalog, pg_temp"
    out = [
        f"REVOKE INSERT, UPDATE, DELETE ON queues, teams, users, user_roles, queue_grants FROM {admin}",
        "DROP POLICY IF EXISTS ws_write ON queues",
        "DROP POLICY IF EXISTS ws_update ON queues",
        # -- helpers ----------------------------------------------------------------------------------
        f"""
CREATE FUNCTION ws_admin(p_actor integer, p_what text) RETURNS integer
LANGUAGE plpgsql STABLE {definer} AS $$
DECLARE v integer := ws_act(p_actor);
BEGIN
    IF NOT ws_is_owner() THEN
        PERFORM ws_require(v, ARRAY['admin'], p_what);
    END IF;
    RETURN v;
END $$""",
        f"""
CREATE FUNCTION ws_clean_name(p_kind text, p_name text, p_max integer) RETURNS text
LANGUAGE plpgsql IMMUTABLE {definer} AS $$
DECLARE v text := regexp_replace(coalesce(p_name, ''), '^\\s+|\\s+$', '', 'g');
BEGIN
    IF v = '' THEN
        RAISE EXCEPTION 'a % name cannot be empty', p_kind USING ERRCODE = 'WSIN0';
    END IF;
    IF v ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION 'a % name may contain only printable characters', p_kind USING ERRCODE = 'WSIN0';
    END IF;
    IF octet_length(v) > p_max THEN
        RAISE EXCEPTION 'a % name may be at most % bytes long', p_kind, p_max USING ERRCODE = 'WSIN0';
    END IF;
    RETURN v;
END $$""",
        f"""
CREATE FUNCTION ws_team_id(p_team text) RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_name text; v_id integer;
BEGIN
    IF p_team IS NULL OR btrim(p_team) = '' THEN
        RETURN NULL;
    END IF;
    v_name := ws_clean_name('team', p_team, 63);
    SELECT id INTO v_id FROM teams WHERE name = v_name;
    IF v_id IS NULL THEN
        INSERT INTO teams (name) VALUES (v_name) RETURNING id INTO v_id;
    END IF;
    RETURN v_id;
END $$""",
        # The login of a person, when this database manages it (never a superuser or the owner).
        f"""
CREATE FUNCTION ws_managed_login(p_user integer) RETURNS text LANGUAGE sql STABLE {definer} AS $$
    SELECT r.rolname::text FROM users u JOIN pg_roles r ON r.rolname = coalesce(u.db_login, u.username)
    WHERE u.id = p_user AND NOT r.rolsuper
      AND r.rolname <> (SELECT role_name FROM db_roles WHERE name = 'owner')
      AND (u.db_login IS NOT NULL OR EXISTS (
            SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
            WHERE m.member = r.oid AND g.rolname IN (
                SELECT role_name FROM db_roles WHERE name IN ('reviewer', 'wellbeing', 'lead', 'admin'))))
$$""",
        # Make a person's login a member of exactly the group roles of their roles (none when inactive).
        f"""
CREATE FUNCTION ws_sync_login(p_user integer) RETURNS void LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_login text := ws_managed_login(p_user); g record; v_active boolean;
BEGIN
    IF v_login IS NULL THEN
        RETURN;
    END IF;
    SELECT active INTO v_active FROM users WHERE id = p_user;
    FOR g IN SELECT d.name, d.role_name FROM db_roles d
             WHERE d.name IN ('reviewer', 'wellbeing', 'lead', 'admin') LOOP
        IF v_active AND EXISTS (SELECT 1 FROM user_roles WHERE user_id = p_user AND role = g.name) THEN
            EXECUTE format('GRANT %I TO %I', g.role_name, v_login);
        ELSIF pg_has_role(v_login, g.role_name, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', g.role_name, v_login);
        END IF;
    END LOOP;
    IF NOT v_active THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', v_login);
    END IF;
END $$""",
        # -- people -----------------------------------------------------------------------------------
        f"""
CREATE FUNCTION ws_add_user(p_actor integer, p_username text, p_display text, p_team text,
                            p_roles text[], p_now timestamp) RETURNS integer
LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_actor integer := ws_admin(p_actor, 'add users');
        v_name text := ws_clean_name('user', p_username, 63);
        v_roles text[]; v_id integer; v_team integer; v_details jsonb;
BEGIN
    SELECT array_agg(DISTINCT r ORDER BY r) INTO v_roles FROM unnest(p_roles) AS r;
    IF v_roles IS NULL THEN
        RAISE EXCEPTION 'a user needs at least one role' USING ERRCODE = 'WSIN0';
    END IF;
    IF EXISTS (SELECT 1 FROM users WHERE username = v_name) THEN
        RAISE EXCEPTION 'a user named % already exists', quote_literal(v_name) USING ERRCODE = 'WSIN0';
    END IF;
    v_team := ws_team_id(p_team);
    INSERT INTO users (username, display_name, team_id, active, created_at)
    VALUES (v_name, coalesce(nullif(btrim(p_display), ''), v_name), v_team, true, ws_now(p_now))
    RETURNING id INTO v_id;
    INSERT INTO user_roles (user_id, role) SELECT v_id, r FROM unnest(v_roles) AS r;
    v_details := jsonb_build_object('roles', to_jsonb(v_roles), 'created', true);
    IF v_team IS NOT NULL THEN
        v_details := v_details || jsonb_build_object('team', (SELECT name FROM teams WHERE id = v_team));
    END IF;
    PERFORM ws_audit(v_actor, ws_now(p_now), 'role_change', v_name, v_details);
    RETURN v_id;
END $$""",
        f"""
CREATE FUNCTION ws_set_roles(p_actor integer, p_username text, p_roles text[], p_now timestamp)
RETURNS void LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_actor integer := ws_admin(p_actor, 'change roles'); v_user users; v_roles text[]; v_before text[];
BEGIN
    SELECT * INTO v_user FROM users WHERE username = btrim(p_username) FOR UPDATE;
    IF v_user.id IS NULL THEN
        RAISE EXCEPTION 'no user named %', quote_literal(p_username) USING ERRCODE = 'WSNF0';
    END IF;
    SELECT array_agg(DISTINCT r ORDER BY r) INTO v_roles FROM unnest(p_roles) AS r;
    IF v_roles IS NULL THEN
        RAISE EXCEPTION 'a user needs at least one role' USING ERRCODE = 'WSIN0';
    END IF;
    IF v_actor = v_user.id AND NOT 'admin' = ANY (v_roles) THEN
        RAISE EXCEPTION 'you cannot remove your own admin role; ask another admin' USING ERRCODE = 'WSIN0';
    END IF;
    SELECT coalesce(array_agg(role ORDER BY role), '{{}}') INTO v_before FROM user_roles WHERE user_id = v_user.id;
    DELETE FROM user_roles WHERE user_id = v_user.id;
    INSERT INTO user_roles (user_id, role) SELECT v_user.id, r FROM unnest(v_roles) AS r;
    PERFORM ws_sync_login(v_user.id);
    PERFORM ws_audit(v_actor, ws_now(p_now), 'role_change', v_user.username,
                     jsonb_build_object('roles', to_jsonb(v_roles), 'before', to_jsonb(v_before)));
END $$""",
        f"""
CREATE FUNCTION ws_set_team(p_actor integer, p_username text, p_team text, p_now timestamp)
RETURNS void LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_actor integer := ws_admin(p_actor, 'change teams'); v_user users; v_team integer;
        v_before text;
BEGIN
    SELECT * INTO v_user FROM users WHERE username = btrim(p_username) FOR UPDATE;
    IF v_user.id IS NULL THEN
        RAISE EXCEPTION 'no user named %', quote_literal(p_username) USING ERRCODE = 'WSNF0';
    END IF;
    SELECT name INTO v_before FROM teams WHERE id = v_user.team_id;
    v_team := ws_team_id(p_team);
    UPDATE users SET team_id = v_team WHERE id = v_user.id;
    PERFORM ws_audit(v_actor, ws_now(p_now), 'team_change', v_user.username,
                     jsonb_build_object('team', (SELECT name FROM teams WHERE id = v_team), 'before', v_before));
END $$""",
        f"""
CREATE FUNCTION ws_deactivate(p_actor integer, p_username text, p_now timestamp) RETURNS integer
LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_actor integer := ws_admin(p_actor, 'deactivate users'); v_user users; v_released integer;
        v_login text;
BEGIN
    SELECT * INTO v_user FROM users WHERE username = btrim(p_username) FOR UPDATE;
    IF v_user.id IS NULL THEN
        RAISE EXCEPTION 'no user named %', quote_literal(p_username) USING ERRCODE = 'WSNF0';
    END IF;
    IF v_actor = v_user.id THEN
        RAISE EXCEPTION 'you cannot deactivate yourself; ask another admin' USING ERRCODE = 'WSIN0';
    END IF;
    UPDATE claims SET released_at = ws_now(p_now), outcome = 'released'
    WHERE user_id = v_user.id AND released_at IS NULL;
    GET DIAGNOSTICS v_released = ROW_COUNT;
    UPDATE users SET active = false WHERE id = v_user.id;
    v_login := ws_managed_login(v_user.id);
    PERFORM ws_sync_login(v_user.id);  -- NOLOGIN, out of every group
    PERFORM ws_audit(v_actor, ws_now(p_now), 'deactivate', v_user.username,
                     jsonb_build_object('released_claims', v_released, 'was_active', v_user.active,
                                        'login_disabled', v_login));
    RETURN v_released;
END $$""",
        f"""
CREATE FUNCTION ws_grant_queue(p_actor integer, p_username text, p_queue text, p_now timestamp)
RETURNS void LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_actor integer := ws_admin(p_actor, 'grant restricted queues'); v_user integer; v_queue integer;
BEGIN
    SELECT id INTO v_user FROM users WHERE username = btrim(p_username);
    IF v_user IS NULL THEN
        RAISE EXCEPTION 'no user named %', quote_literal(p_username) USING ERRCODE = 'WSNF0';
    END IF;
    SELECT id INTO v_queue FROM queues WHERE name = btrim(p_queue);
    IF v_queue IS NULL THEN
        RAISE EXCEPTION 'no queue named %', quote_literal(p_queue) USING ERRCODE = 'WSNF0';
    END IF;
    INSERT INTO queue_grants (user_id, queue_id) VALUES (v_user, v_queue) ON CONFLICT DO NOTHING;
    IF FOUND THEN
        PERFORM ws_audit(v_actor, ws_now(p_now), 'grant', btrim(p_username),
                         jsonb_build_object('queue', btrim(p_queue)));
    END IF;
END $$""",
        f"""
CREATE FUNCTION ws_add_queue(p_actor integer, p_name text, p_description text, p_tier integer,
                             p_taxonomy text, p_restricted boolean, p_now timestamp) RETURNS integer
LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_actor integer := ws_admin(p_actor, 'add queues'); v_name text := ws_clean_name('queue', p_name, 63);
        v_id integer;
BEGIN
    IF p_tier IS NULL OR p_tier NOT BETWEEN 1 AND 4 THEN
        RAISE EXCEPTION 'severity tier must be 1 to 4, not %', p_tier USING ERRCODE = 'WSIN0';
    END IF;
    IF EXISTS (SELECT 1 FROM queues WHERE name = v_name) THEN
        RAISE EXCEPTION 'a queue named % already exists', quote_literal(v_name) USING ERRCODE = 'WSIN0';
    END IF;
    INSERT INTO queues (name, description, severity_tier, taxonomy, restricted, created_at)
    VALUES (v_name, coalesce(p_description, ''), p_tier, p_taxonomy::json, coalesce(p_restricted, false),
            ws_now(p_now))
    RETURNING id INTO v_id;
    PERFORM ws_audit(v_actor, ws_now(p_now), 'queue_add', v_name,
                     jsonb_build_object('tier', p_tier, 'restricted', coalesce(p_restricted, false)));
    RETURN v_id;
END $$""",
        # p_verifier: a SCRAM-SHA-256 verifier the client computed, or NULL (the organisation's method).
        f"""
CREATE FUNCTION ws_create_login(p_actor integer, p_username text, p_verifier text, p_now timestamp)
RETURNS text LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_actor integer := ws_admin(p_actor, 'create logins'); v_user users;
BEGIN
    SELECT * INTO v_user FROM users WHERE username = btrim(p_username) FOR UPDATE;
    IF v_user.id IS NULL THEN
        RAISE EXCEPTION 'no user named %', quote_literal(p_username) USING ERRCODE = 'WSNF0';
    END IF;
    IF NOT v_user.active THEN
        RAISE EXCEPTION 'the user % was deactivated', quote_literal(v_user.username) USING ERRCODE = 'WSIN0';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_user.username) THEN
        RAISE EXCEPTION 'a database login named % already exists on this server; ask the database '
            'administrator', quote_literal(v_user.username) USING ERRCODE = 'WSIN0';
    END IF;
    IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\\$' THEN
        RAISE EXCEPTION 'a login password is set from its SCRAM verifier, never in clear'
            USING ERRCODE = 'WSIN0';
    END IF;
    IF p_verifier IS NULL THEN
        EXECUTE format('CREATE ROLE %I LOGIN', v_user.username);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', v_user.username, p_verifier);
    END IF;
    UPDATE users SET db_login = v_user.username WHERE id = v_user.id;
    PERFORM ws_sync_login(v_user.id);
    PERFORM ws_audit(v_actor, ws_now(p_now), 'login_create', v_user.username,
                     jsonb_build_object('login', v_user.username, 'password', p_verifier IS NOT NULL));
    RETURN v_user.username;
END $$""",
    ]
    out += [f"REVOKE EXECUTE ON FUNCTION {f} FROM PUBLIC" for f in FUNCTIONS]
    out += [f"GRANT EXECUTE ON FUNCTION {f} TO {admin}" for f in ADMIN_CALLABLE]
    return out

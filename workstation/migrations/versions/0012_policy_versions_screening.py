"""the wellbeing policy's versions, written by wellbeing staff only; WHO-5 screenings as care data

Both databases:
- ``wellbeing_policy_versions``: every saved wellbeing policy (its TOML text), who saved it, when and why. The
  newest is also kept in ``settings['wellbeing_policy']``, which every workstation and
  ``ws_exposure_cells`` (revision 0009) read.
- ``screenings``: the optional periodic WHO-5 questionnaire (answers and the 0-100 score), care data.

PostgreSQL (docs/postgresql.md; docs/architecture.md, invariants 5 and 7):
- nobody but the owner writes ``settings`` directly any more (revision 0005 let the wellbeing and
  admin groups INSERT and UPDATE it, with no audit event and no version kept);
  ``ws_save_policy``, ``SECURITY DEFINER``, is the one way to change the policy: it needs the
  wellbeing role (not admin: the policy holds the minimum group size that keeps care data from leads
  and admins, so they must not be able to lower it), keeps the version and writes the audit event in
  the same transaction;
- ``screenings``: row-level security shows a row to its person and wellbeing staff only (leads and
  admins read nothing); written only through ``ws_record_screening``, which scores the answers itself
  and stores them as the session's person's.

Revision ID: 0012
Revises: 0009
Create Date: 2026-11-30 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SAVE_POLICY = "ws_save_policy(integer, text, text, jsonb, timestamp)"
RECORD_SCREENING = "ws_record_screening(integer, text, timestamp, integer[])"
FUNCTIONS = (SAVE_POLICY, RECORD_SCREENING)


def upgrade() -> None:
    op.create_table(
        "wellbeing_policy_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["saved_by"], ["users.id"], name=op.f("fk_wellbeing_policy_versions_saved_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wellbeing_policy_versions")),
        sa.UniqueConstraint("version", name=op.f("uq_wellbeing_policy_versions_version")),
    )
    op.create_table(
        "screenings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("instrument", sa.String(length=20), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.CheckConstraint("score BETWEEN 0 AND 100", name=op.f("ck_screenings_score_range")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_screenings_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screenings")),
        sa.UniqueConstraint("client_id", name=op.f("uq_screenings_client_id")),
    )
    op.create_index("ix_screenings_user_at", "screenings", ["user_id", "at"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    q = bind.dialect.identifier_preparer.quote
    groups = {
        str(n): q(str(r)) for n, r in bind.exec_driver_sql("SELECT name, role_name FROM db_roles").all()
    }
    everyone = ", ".join(groups[g] for g in ("reviewer", "wellbeing", "lead", "admin"))
    _run(
        bind,
        [
            f"REVOKE INSERT, UPDATE, DELETE ON settings FROM {groups['wellbeing']}, {groups['admin']}",
            *_functions(q(schema)),
            *(f"REVOKE EXECUTE ON FUNCTION {f} FROM PUBLIC" for f in FUNCTIONS),
            f"GRANT EXECUTE ON FUNCTION {SAVE_POLICY} TO {groups['wellbeing']}",
            f"GRANT EXECUTE ON FUNCTION {RECORD_SCREENING} TO {everyone}",
            f"GRANT SELECT ON wellbeing_policy_versions, screenings TO {everyone}",
            "ALTER TABLE screenings ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY ws_read ON screenings FOR SELECT TO {everyone} "
            "USING (user_id = (SELECT ws_me()) OR (SELECT ws_me_has('wellbeing')))",
        ],
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        q = bind.dialect.identifier_preparer.quote
        groups = {
            str(n): q(str(r)) for n, r in bind.exec_driver_sql("SELECT name, role_name FROM db_roles").all()
        }
        _run(
            bind,
            [
                *(f"DROP FUNCTION IF EXISTS {f}" for f in reversed(FUNCTIONS)),
                f"GRANT INSERT, UPDATE ON settings TO {groups['wellbeing']}, {groups['admin']}",
            ],
        )
    op.drop_index("ix_screenings_user_at", table_name="screenings")
    op.drop_table("screenings")
    op.drop_table("wellbeing_policy_versions")


def _run(bind: sa.Connection, statements: list[str]) -> None:
    raw = bind.connection.driver_connection
    assert raw is not None
    for statement in statements:
        raw.execute(statement.encode())


def _functions(schema: str) -> list[str]:
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_catalog, pg_temp"
    return [
        # The workstation validated the text (wellbeing.policy) before calling; a login calling this from
        # psql with text the workstation cannot read changes nothing that matters: every reader falls
        # back to the newest version it can read, and the attempt is on the audit trail.
        f"""
CREATE FUNCTION ws_save_policy(p_actor integer, p_text text, p_reason text, p_changes jsonb, p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_at timestamp := ws_now(p_now); v_version integer;
        v_reason text := btrim(coalesce(p_reason, ''), E' \\t\\r\\n');
BEGIN
    IF NOT ws_is_owner() THEN
        PERFORM ws_require(v_user, ARRAY['wellbeing'], 'change the wellbeing policy');
    END IF;
    IF p_text IS NULL OR length(p_text) NOT BETWEEN 1 AND 65536 THEN
        RAISE EXCEPTION 'a wellbeing policy is 1 to 65536 characters of TOML' USING ERRCODE = 'WSIN0';
    END IF;
    IF length(v_reason) NOT BETWEEN 1 AND 500 THEN
        RAISE EXCEPTION 'say why the policy changes (1 to 500 characters)' USING ERRCODE = 'WSIN0';
    END IF;
    IF p_changes IS NOT NULL AND jsonb_typeof(p_changes) <> 'array' THEN
        RAISE EXCEPTION 'the list of changes is a JSON array' USING ERRCODE = 'WSIN0';
    END IF;
    LOCK TABLE wellbeing_policy_versions IN SHARE ROW EXCLUSIVE MODE;  -- one version number per save
    SELECT coalesce(max(version), 0) + 1 INTO v_version FROM wellbeing_policy_versions;
    INSERT INTO wellbeing_policy_versions (version, text, saved_at, saved_by, reason)
    VALUES (v_version, p_text, v_at, v_user, v_reason);
    INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('wellbeing_policy', p_text, v_at, v_user)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at,
                                    updated_by = EXCLUDED.updated_by;
    PERFORM ws_audit(v_user, p_now, 'policy_change', 'wellbeing_policy', jsonb_build_object(
        'version', v_version, 'reason', v_reason, 'changes', coalesce(p_changes, '[]'::jsonb)));
    RETURN v_version;
END $$""",
        f"""
CREATE FUNCTION ws_record_screening(p_actor integer, p_client text, p_at timestamp, p_answers integer[])
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_score integer;
BEGIN
    IF p_answers IS NULL OR cardinality(p_answers) <> 5 OR array_ndims(p_answers) <> 1 THEN
        RAISE EXCEPTION 'WHO-5 has 5 questions; answer each of them' USING ERRCODE = 'WSIN0';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(p_answers) AS a WHERE a IS NULL OR a NOT BETWEEN 0 AND 5) THEN
        RAISE EXCEPTION 'each WHO-5 question is answered with 0 (at no time) to 5 (all of the time)'
            USING ERRCODE = 'WSIN0';
    END IF;
    IF p_client IS NULL OR length(p_client) NOT BETWEEN 1 AND 64 THEN
        RAISE EXCEPTION 'a screening needs a client id of 1 to 64 characters' USING ERRCODE = 'WSIN0';
    END IF;
    IF EXISTS (SELECT 1 FROM screenings WHERE client_id = p_client AND user_id <> v_user) THEN
        RAISE EXCEPTION 'that screening belongs to someone else' USING ERRCODE = 'WSIN0';
    END IF;
    SELECT sum(a) * 4 INTO v_score FROM unnest(p_answers) AS a;
    INSERT INTO screenings (client_id, user_id, at, instrument, answers, score)
    VALUES (p_client, v_user, ws_now(p_at), 'WHO-5', to_json(p_answers), v_score)
    ON CONFLICT (client_id) DO NOTHING;
    RETURN v_score;
END $$""",
    ]

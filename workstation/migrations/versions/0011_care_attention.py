"""care_log: wellbeing staff's record about a person ("contacted on ...", a private note; page views)

The "Needs attention" view lets wellbeing staff acknowledge a person: "contacted on <date>", with a
private note. That record, and every time staff open a person's page, is care data about the person
and about the staff's work with them: it must never reach leads or admins (docs/architecture.md,
invariant 5). Both databases get the append-only table ``care_log``.

PostgreSQL (docs/postgresql.md): only the wellbeing group may read it (a grant, and row-level security
as on the other care tables); nobody but the owner may write it directly; ``ws_care_log``
(``SECURITY DEFINER``, pinned ``search_path``) writes a row as the session's person after checking
they hold the wellbeing role, and only wellbeing staff may call it. Leads and admins get
"permission denied" on SELECT.

Revision ID: 0011
Revises: 0009
Create Date: 2026-11-30 21:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

CARE_LOG = "ws_care_log(integer, text, integer, timestamp, text, date, text)"
NOTE_MAX = 2000


def upgrade() -> None:
    op.create_table(
        "care_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("contacted_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('acknowledged', 'viewed')", name=op.f("ck_care_log_kind")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_care_log_user_id_users")),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], name=op.f("fk_care_log_author_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_log")),
        sa.UniqueConstraint("client_id", name=op.f("uq_care_log_client_id")),
    )
    op.create_index("ix_care_log_user_at", "care_log", ["user_id", "at"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    q = bind.dialect.identifier_preparer.quote
    groups = {
        str(n): q(str(r)) for n, r in bind.exec_driver_sql("SELECT name, role_name FROM db_roles").all()
    }
    everyone = ", ".join(groups[g] for g in ("reviewer", "wellbeing", "lead", "admin"))
    wellbeing = groups["wellbeing"]
    _run(
        bind,
        [
            f"REVOKE ALL ON care_log FROM PUBLIC, {everyone}",
            f"REVOKE ALL ON SEQUENCE care_log_id_seq FROM PUBLIC, {everyone}",
            f"GRANT SELECT ON care_log TO {wellbeing}",
            "ALTER TABLE care_log ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY ws_read ON care_log FOR SELECT TO {wellbeing} USING ((SELECT ws_me_has('wellbeing')))",
            _function(q(schema)),
            f"REVOKE EXECUTE ON FUNCTION {CARE_LOG} FROM PUBLIC",
            f"GRANT EXECUTE ON FUNCTION {CARE_LOG} TO {wellbeing}",
        ],
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        _run(bind, [f"DROP FUNCTION IF EXISTS {CARE_LOG}"])
    op.drop_index("ix_care_log_user_at", table_name="care_log")
    op.drop_table("care_log")


def _run(bind: sa.Connection, statements: list[str]) -> None:
    raw = bind.connection.driver_connection
    assert raw is not None
    for statement in statements:
        raw.execute(statement.encode())


def _function(schema: str) -> str:
    return f"""
CREATE FUNCTION ws_care_log(p_actor integer, p_client text, p_user integer, p_at timestamp, p_kind text,
                            p_on date, p_note text)
RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = {schema}, pg_catalog, pg_temp
AS $$
DECLARE v_author integer := ws_act(p_actor); v_at timestamp := ws_now(p_at); v_id integer;
BEGIN
    PERFORM ws_require(v_author, ARRAY['wellbeing'], 'keep care notes about a person');
    IF p_kind IS NULL OR p_kind NOT IN ('acknowledged', 'viewed') THEN
        RAISE EXCEPTION 'unknown care record kind %', quote_literal(coalesce(p_kind, ''))
            USING ERRCODE = 'WSIN0';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE id = p_user) THEN
        RAISE EXCEPTION 'no such person (user %)', p_user USING ERRCODE = 'WSNF0';
    END IF;
    IF p_kind = 'acknowledged' AND (p_on IS NULL OR p_on > (v_at + interval '14 hours')::date) THEN
        RAISE EXCEPTION 'the contact date must be given and not be in the future' USING ERRCODE = 'WSIN0';
    END IF;
    IF length(coalesce(p_note, '')) > {NOTE_MAX} THEN
        RAISE EXCEPTION 'a care note has at most {NOTE_MAX} characters' USING ERRCODE = 'WSIN0';
    END IF;
    INSERT INTO care_log (client_id, user_id, author_id, at, kind, contacted_on, note)
    VALUES (v_author || '/' || p_client, p_user, v_author, v_at, p_kind, p_on, btrim(coalesce(p_note, '')))
    ON CONFLICT (client_id) DO NOTHING
    RETURNING id INTO v_id;
    RETURN v_id;
END $$"""

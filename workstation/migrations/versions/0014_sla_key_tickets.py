"""SLA targets per queue, key tickets, and the indexes of the SLA and daily reports

- ``queues.sla_minutes``: the queue's SLA target; an item imported without its own ``sla`` is due
  that long after its import (docs/operations-sla.md).
- ``key_tickets``: items a reviewer flagged (``Shift+K``) with a one-line summary for the lead's daily
  report. On PostgreSQL written only through ``ws_flag_key_ticket`` (SECURITY DEFINER, the actor from
  ``session_user``), read by the author, leads and admins (row-level security).
- Indexes so both reports read a day or a week, and the pending items, from indexes however many
  decided items and closed claims pile up: items by import time, pending items per queue by due time,
  claims by release and by lease end.

Revision ID: 0014
Revises: 0009
Create Date: 2026-11-30 21:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

FLAG = "ws_flag_key_ticket(integer, integer, text, timestamp)"
SET_SLA = "ws_set_queue_sla(integer, text, integer, timestamp)"
GUARD = "ws_guard_operations_settings()"
SET_OPERATIONS = "ws_set_operations_setting(integer, text, text, timestamp)"
SUMMARY_MAX = 200


def upgrade() -> None:
    # A plain ADD COLUMN with its CHECK, on both databases: a batch (copy-and-move) on SQLite would
    # drop the queues table's triggers, among them the one that opens each queue's decision chain.
    op.execute(
        "ALTER TABLE queues ADD COLUMN sla_minutes INTEGER CONSTRAINT ck_queues_sla_range "
        "CHECK (sla_minutes IS NULL OR sla_minutes BETWEEN 1 AND 527040)"
    )
    op.create_table(
        "key_tickets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.String(length=SUMMARY_MAX), nullable=False),
        sa.Column("flagged_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_key_tickets_item_id_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["queue_id"], ["queues.id"], name=op.f("fk_key_tickets_queue_id_queues")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_key_tickets_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_tickets")),
        sa.UniqueConstraint("item_id", "user_id", name=op.f("uq_key_tickets_item_id_user_id")),
    )
    op.create_index("ix_key_tickets_flagged_at", "key_tickets", ["flagged_at"])
    op.create_index("ix_items_created_at", "items", ["created_at"])
    pending = sa.text("status = 'pending'")
    op.create_index(
        "ix_items_pending_due",
        "items",
        ["queue_id", "sla_due_at", "created_at"],
        sqlite_where=pending,
        postgresql_where=pending,
    )
    op.create_index("ix_claims_released_at", "claims", ["released_at"])
    op.create_index("ix_claims_lease_expires_at", "claims", ["lease_expires_at"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _install_postgresql(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS trg_settings_operations ON settings")
        for function in (FLAG, SET_SLA, GUARD, SET_OPERATIONS):
            bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS {function}")
    op.drop_index("ix_claims_lease_expires_at", table_name="claims")
    op.drop_index("ix_claims_released_at", table_name="claims")
    op.drop_index("ix_items_pending_due", table_name="items")
    op.drop_index("ix_items_created_at", table_name="items")
    op.drop_index("ix_key_tickets_flagged_at", table_name="key_tickets")
    op.drop_table("key_tickets")
    op.execute("ALTER TABLE queues DROP COLUMN sla_minutes")  # SQLite 3.35+; no index or key uses it


def _install_postgresql(bind: sa.Connection) -> None:
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    q = bind.dialect.identifier_preparer.quote
    groups = {str(n): str(r) for n, r in bind.exec_driver_sql("SELECT name, role_name FROM db_roles").all()}
    everyone = ", ".join(q(groups[g]) for g in ("reviewer", "wellbeing", "lead", "admin"))
    flaggers = ", ".join(q(groups[g]) for g in ("reviewer", "lead", "admin"))
    definer = f"SECURITY DEFINER SET search_path = {q(schema)}, pg_catalog, pg_temp"
    statements = [
        # A reviewer flags an item they claimed (or a lead or admin any item they may see); flagging
        # again replaces the summary. The summary is one line: a newline or a control character would
        # forge lines of the Markdown and CSV reports that print it.
        f"""
CREATE FUNCTION ws_flag_key_ticket(p_actor integer, p_item integer, p_summary text, p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_actor integer := ws_act(p_actor); v_at timestamp := ws_now(p_now); v_queue integer;
        v_ref text; v_summary text := btrim(coalesce(p_summary, '')); v_id integer;
BEGIN
    PERFORM ws_require(v_actor, ARRAY['reviewer', 'lead', 'admin'], 'flag key tickets');
    IF length(v_summary) NOT BETWEEN 1 AND {SUMMARY_MAX} OR v_summary ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION 'a key ticket needs a one-line summary of 1 to {SUMMARY_MAX} characters'
            USING ERRCODE = 'WSIN0';
    END IF;
    SELECT i.queue_id, i.external_ref INTO v_queue, v_ref FROM items i WHERE i.id = p_item;
    IF v_queue IS NULL OR NOT ws_queue_visible(v_queue) THEN
        RAISE EXCEPTION 'no item % to flag', p_item USING ERRCODE = 'WSNF0';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM user_roles WHERE user_id = v_actor AND role IN ('lead', 'admin'))
       AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.item_id = p_item AND c.user_id = v_actor) THEN
        RAISE EXCEPTION 'only a reviewer who claimed % (or a lead) may flag it as a key ticket', v_ref
            USING ERRCODE = '42501';
    END IF;
    INSERT INTO key_tickets (item_id, queue_id, user_id, summary, flagged_at)
    VALUES (p_item, v_queue, v_actor, v_summary, v_at)
    ON CONFLICT (item_id, user_id) DO UPDATE SET summary = EXCLUDED.summary, flagged_at = EXCLUDED.flagged_at
    RETURNING id INTO v_id;
    PERFORM ws_audit(v_actor, v_at, 'key_ticket', 'item ' || p_item,
                     jsonb_build_object('item_ref', v_ref, 'summary', v_summary));
    RETURN v_id;
END $$""",
        # Admins write queues only through functions (migration 0006): the SLA target too, audited.
        f"""
CREATE FUNCTION ws_set_queue_sla(p_actor integer, p_queue text, p_minutes integer, p_now timestamp)
RETURNS void LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_actor integer := ws_admin(p_actor, 'set SLA targets');
BEGIN
    IF p_minutes IS NOT NULL AND p_minutes NOT BETWEEN 1 AND 527040 THEN
        RAISE EXCEPTION 'an SLA target is 1 minute to 366 days, not % minutes', p_minutes
            USING ERRCODE = 'WSIN0';
    END IF;
    UPDATE queues SET sla_minutes = p_minutes WHERE name = p_queue;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no queue named %', quote_literal(p_queue) USING ERRCODE = 'WSNF0';
    END IF;
    PERFORM ws_audit(v_actor, ws_now(p_now), 'queue_sla', p_queue, jsonb_build_object('sla_minutes', p_minutes));
END $$""",
        # Since migration 0012 nobody but the owner writes settings directly: an admin's operations
        # settings (time zones, the per-person policy) go through this function, audited.
        f"""
CREATE FUNCTION ws_set_operations_setting(p_actor integer, p_key text, p_value text, p_now timestamp)
RETURNS void LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_actor integer := ws_admin(p_actor, 'change the operations settings'); v_at timestamp := ws_now(p_now);
BEGIN
    IF p_key IS NULL OR p_key NOT LIKE 'operations.%' OR length(p_key) > 200
       OR p_value IS NULL OR length(p_value) > 200 OR p_value ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION 'an operations setting is operations.<name> with a one-line value of at most 200 characters'
            USING ERRCODE = 'WSIN0';
    END IF;
    INSERT INTO settings (key, value, updated_at, updated_by) VALUES (p_key, p_value, v_at, v_actor)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at,
                                    updated_by = EXCLUDED.updated_by;
    PERFORM ws_audit(v_actor, v_at, 'policy_change', p_key, jsonb_build_object('value', p_value));
END $$""",
        # Wellbeing staff may write settings (their policy lives there, migration 0005); the operations
        # settings (time zones, the per-person policy) are an admin's: refused to anyone else's login.
        f"""
CREATE FUNCTION ws_guard_operations_settings() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
BEGIN
    IF (NEW.key LIKE 'operations.%' OR (TG_OP = 'UPDATE' AND OLD.key LIKE 'operations.%'))
       AND NOT ws_is_owner() AND NOT ws_me_has('admin') THEN
        RAISE EXCEPTION 'the operations settings are an admin''s to change' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$""",
        "CREATE TRIGGER trg_settings_operations BEFORE INSERT OR UPDATE ON settings FOR EACH ROW "
        "EXECUTE FUNCTION ws_guard_operations_settings()",
        f"REVOKE EXECUTE ON FUNCTION {SET_SLA} FROM PUBLIC",
        f"REVOKE EXECUTE ON FUNCTION {GUARD} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {SET_SLA} TO {q(groups['admin'])}",
        f"REVOKE EXECUTE ON FUNCTION {SET_OPERATIONS} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {SET_OPERATIONS} TO {q(groups['admin'])}",
        f"REVOKE EXECUTE ON FUNCTION {FLAG} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {FLAG} TO {flaggers}",
        f"GRANT SELECT ON key_tickets TO {everyone}",
        "ALTER TABLE key_tickets ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY ws_read ON key_tickets FOR SELECT TO {everyone} USING (user_id = (SELECT ws_me()) "
        "OR (SELECT ws_me_has('lead')) OR (SELECT ws_me_has('admin')))",
    ]
    raw = bind.connection.driver_connection
    assert raw is not None
    for statement in statements:  # the driver's own execute: no parameter parsing of RAISE's '%'
        raw.execute(statement.encode())

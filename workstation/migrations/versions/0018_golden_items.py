"""golden items: known-answer items mixed into queues as look-alike copies (issue 16)

Both databases (docs/policies-and-quality.md, "Golden items"):
- ``golden_items``: an item whose right verdict a lead knows (``expected``, a verdict of its queue),
  who added it and when, and when it was retired (a retired one is never mixed in again);
- ``golden_instances``: each copy of a golden item mixed into its queue at import time. The copy is an
  ordinary ``items`` row with its media; only this table says it is a test.

PostgreSQL only: the two tables are readable by leads and admins and by nobody else (no grant to the
reviewer or wellbeing groups), so a reviewer's own login cannot tell a copy from a real item. Writes
go through ``SECURITY DEFINER`` functions: ``ws_golden_add`` and ``ws_golden_retire`` (leads and
admins, audited), ``ws_golden_mixed`` (the importer's record of the copies it made: leads and admins,
new pending items only), and ``ws_my_golden`` (a person's own golden accuracy, counted only over
decisions made before today, so it cannot say which of today's items was a test).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01 00:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

ADD = "ws_golden_add(integer, integer, text, timestamp)"
RETIRE = "ws_golden_retire(integer, integer, timestamp)"
MIXED = "ws_golden_mixed(integer, integer[], integer[], timestamp)"
MINE = "ws_my_golden(integer, timestamp)"
FUNCTIONS = (ADD, RETIRE, MIXED, MINE)


def upgrade() -> None:
    op.create_table(
        "golden_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=False),
        sa.Column("expected", sa.String(length=60), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("retired_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_golden_items_item_id_items")),
        sa.ForeignKeyConstraint(["queue_id"], ["queues.id"], name=op.f("fk_golden_items_queue_id_queues")),
        sa.ForeignKeyConstraint(["added_by"], ["users.id"], name=op.f("fk_golden_items_added_by_users")),
        sa.ForeignKeyConstraint(["retired_by"], ["users.id"], name=op.f("fk_golden_items_retired_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_golden_items")),
        sa.UniqueConstraint("item_id", name=op.f("uq_golden_items_item_id")),
    )
    op.create_table(
        "golden_instances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("golden_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("mixed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["golden_id"], ["golden_items.id"], name=op.f("fk_golden_instances_golden_id_golden_items")
        ),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_golden_instances_item_id_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_golden_instances")),
        sa.UniqueConstraint("item_id", name=op.f("uq_golden_instances_item_id")),
    )
    op.create_index(op.f("ix_golden_instances_golden_id"), "golden_instances", ["golden_id"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _install_postgresql(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _run(bind, [f"DROP FUNCTION IF EXISTS {f}" for f in reversed(FUNCTIONS)])
    op.drop_index(op.f("ix_golden_instances_golden_id"), table_name="golden_instances")
    op.drop_table("golden_instances")
    op.drop_table("golden_items")


def _run(bind: sa.Connection, statements: list[str]) -> None:
    raw = bind.connection.driver_connection
    assert raw is not None
    for statement in statements:  # the driver's own execute: no parameter parsing of RAISE's '%'
        raw.execute(statement.encode())


def _install_postgresql(bind: sa.Connection) -> None:
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    q = bind.dialect.identifier_preparer.quote
    groups = {
        str(n): q(str(r)) for n, r in bind.exec_driver_sql("SELECT name, role_name FROM db_roles").all()
    }
    leads = f"{groups['lead']}, {groups['admin']}"
    people = f"{groups['reviewer']}, {groups['lead']}, {groups['admin']}"
    statements = _functions(q(schema))
    statements += ["REVOKE ALL ON golden_items, golden_instances FROM PUBLIC"]
    statements += [f"REVOKE EXECUTE ON FUNCTION {f} FROM PUBLIC" for f in FUNCTIONS]
    statements += [
        # leads and admins only: a reviewer's login must not tell a copy from a real item
        f"GRANT SELECT ON golden_items, golden_instances TO {leads}",
        f"GRANT EXECUTE ON FUNCTION {ADD} TO {leads}",
        f"GRANT EXECUTE ON FUNCTION {RETIRE} TO {leads}",
        f"GRANT EXECUTE ON FUNCTION {MIXED} TO {leads}",
        f"GRANT EXECUTE ON FUNCTION {MINE} TO {people}",
    ]
    _run(bind, statements)


def _functions(schema: str) -> list[str]:
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_catalog, pg_temp"
    return [
        f"""
CREATE FUNCTION ws_golden_add(p_actor integer, p_item integer, p_expected text, p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); it record; v_id integer;
        v_old record;
BEGIN
    PERFORM ws_require(v_user, ARRAY['lead', 'admin'], 'add golden items');
    SELECT i.id, i.external_ref, q.id AS queue_id, q.name AS queue, q.taxonomy INTO it
    FROM items i JOIN queues q ON q.id = i.queue_id WHERE i.id = p_item;
    IF it.id IS NULL THEN
        RAISE EXCEPTION 'no item %', p_item USING ERRCODE = 'WSNF0';
    END IF;
    IF EXISTS (SELECT 1 FROM golden_instances WHERE item_id = p_item) THEN
        RAISE EXCEPTION '% is a copy of a golden item; add the original instead', it.external_ref
            USING ERRCODE = 'WSIN0';
    END IF;
    SELECT id, retired_at INTO v_old FROM golden_items WHERE item_id = p_item;
    IF v_old.id IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'WSIN0', MESSAGE = format('%s is already golden item %s%s',
            it.external_ref, v_old.id, CASE WHEN v_old.retired_at IS NULL THEN ''
                                            ELSE ' (retired: a retired golden item is not used again)' END);
    END IF;
    IF p_expected IS NULL OR p_expected IN ('escalate', 'undone', 'appealed', 'skip')
       OR NOT EXISTS (SELECT 1 FROM json_array_elements(it.taxonomy) e WHERE e->>'key' = p_expected) THEN
        RAISE EXCEPTION '% is not a verdict of queue %', quote_literal(coalesce(p_expected, '')), it.queue
            USING ERRCODE = 'WSIN0';
    END IF;
    INSERT INTO golden_items (item_id, queue_id, expected, added_at, added_by)
    VALUES (p_item, it.queue_id, p_expected, v_now, v_user) RETURNING id INTO v_id;
    PERFORM ws_audit(v_user, v_now, 'golden added', it.external_ref,
                     jsonb_build_object('golden', v_id, 'queue', it.queue, 'expected', p_expected));
    RETURN v_id;
END $$""",
        f"""
CREATE FUNCTION ws_golden_retire(p_actor integer, p_golden integer, p_now timestamp)
RETURNS void LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); g record;
BEGIN
    PERFORM ws_require(v_user, ARRAY['lead', 'admin'], 'retire golden items');
    SELECT gi.id, gi.retired_at, i.external_ref INTO g
    FROM golden_items gi JOIN items i ON i.id = gi.item_id WHERE gi.id = p_golden FOR UPDATE OF gi;
    IF g.id IS NULL THEN
        RAISE EXCEPTION 'no golden item %', p_golden USING ERRCODE = 'WSNF0';
    END IF;
    IF g.retired_at IS NOT NULL THEN
        RAISE EXCEPTION 'golden item % was already retired', p_golden USING ERRCODE = 'WSIN0';
    END IF;
    UPDATE golden_items SET retired_at = v_now, retired_by = v_user WHERE id = p_golden;
    PERFORM ws_audit(v_user, v_now, 'golden retired', g.external_ref, jsonb_build_object('golden', p_golden));
END $$""",
        # The importer's record of the copies it mixed into a batch: each a new pending item of the
        # golden item's queue, never decided or claimed, of an active golden item.
        f"""
CREATE FUNCTION ws_golden_mixed(p_actor integer, p_items integer[], p_goldens integer[], p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); n integer := 0; i integer;
BEGIN
    PERFORM ws_require(v_user, ARRAY['lead', 'admin'], 'import escalations');
    IF coalesce(array_length(p_items, 1), 0) <> coalesce(array_length(p_goldens, 1), 0) THEN
        RAISE EXCEPTION 'each copy needs its golden item' USING ERRCODE = 'WSIN0';
    END IF;
    FOR i IN 1 .. coalesce(array_length(p_items, 1), 0) LOOP
        IF NOT EXISTS (SELECT 1 FROM items it JOIN golden_items g ON g.queue_id = it.queue_id
                       WHERE it.id = p_items[i] AND g.id = p_goldens[i] AND g.retired_at IS NULL
                         AND it.status = 'pending' AND g.item_id <> it.id)
           OR EXISTS (SELECT 1 FROM decisions WHERE item_id = p_items[i])
           OR EXISTS (SELECT 1 FROM claims WHERE item_id = p_items[i])
           OR EXISTS (SELECT 1 FROM golden_items WHERE item_id = p_items[i]) THEN
            RAISE EXCEPTION 'item % is not a new copy of active golden item %', p_items[i], p_goldens[i]
                USING ERRCODE = 'WSIN0';
        END IF;
        INSERT INTO golden_instances (golden_id, item_id, mixed_at) VALUES (p_goldens[i], p_items[i], v_now);
        n := n + 1;
    END LOOP;
    RETURN n;
END $$""",
        # A person's own golden accuracy, over their decisions made before today (UTC) only: the figure
        # changes once a day, so watching it cannot tell which item just decided was a test.
        f"""
CREATE FUNCTION ws_my_golden(p_actor integer, p_now timestamp)
RETURNS TABLE (o_n integer, o_correct integer)
LANGUAGE plpgsql STABLE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor);  -- first: refuses a login naming someone else
        v_before timestamp := date_trunc('day', ws_now(p_now));
BEGIN
    RETURN QUERY
    SELECT count(*)::integer, (count(*) FILTER (WHERE d.verdict = g.expected))::integer
    FROM golden_instances gi JOIN golden_items g ON g.id = gi.golden_id
    JOIN decisions d ON d.item_id = gi.item_id
    WHERE d.user_id = v_user AND d.verdict NOT IN ('undone', 'appealed')
      AND NOT EXISTS (SELECT 1 FROM decisions s WHERE s.supersedes_id = d.id)
      AND d.decided_at < v_before;
END $$""",
    ]

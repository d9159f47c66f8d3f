"""PostgreSQL: a lead's exposure cells hold exposure only; care events change nothing in them

``ws_exposure_cells`` (revision 0009) returned, for leads and admins, each group's break and check-in
counts and mood trend, and counted a person towards a group's people when they had any record in the
period, a break or a check-in included. So a check-in, a "This affected me" break or a postponed
break changed what a lead's own login read: the counts themselves, and whether a small group passed
the minimum size (issue 14; docs/architecture.md, invariant 5). Since this revision the function
returns exposure aggregates only (people, dose, revealed seconds, items, days and people over the
daily budget, as before), and a group's people are those with exposure in it in that period. Breaks
and check-ins are not read at all. Wellbeing staff keep the full report: they aggregate rows
themselves (docs/reports-privacy.md).

The return type changes, so the function is dropped and created again with the same grants;
downgrade restores revision 0009's function exactly.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01 01:00:00
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

EXPOSURE_CELLS = "ws_exposure_cells(date, date, text, integer, double precision)"
#: The shipped policy's values (resources/wellbeing_policy.toml), used when none is stored.
DEFAULT_MIN_GROUP_SIZE = 5
DEFAULT_DAILY_BUDGET = 240.0


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return  # SQLite: the workstation aggregates rows itself (workstation/reports.py)
    _replace(bind, _cells(_schema(bind)))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    previous = _revision_0009()._statements(_schema(bind))
    body = next(s for s in previous if "CREATE FUNCTION ws_exposure_cells" in s)
    _replace(bind, body)


def _schema(bind: sa.Connection) -> str:
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    return str(bind.dialect.identifier_preparer.quote(schema))


def _replace(bind: sa.Connection, body: str) -> None:
    q = bind.dialect.identifier_preparer.quote
    groups = {str(n): str(r) for n, r in bind.exec_driver_sql("SELECT name, role_name FROM db_roles").all()}
    readers = ", ".join(q(groups[g]) for g in ("wellbeing", "lead", "admin"))
    raw = bind.connection.driver_connection
    assert raw is not None
    for statement in (
        f"DROP FUNCTION {EXPOSURE_CELLS}",
        body,
        f"REVOKE EXECUTE ON FUNCTION {EXPOSURE_CELLS} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {EXPOSURE_CELLS} TO {readers}",
    ):
        raw.execute(statement.encode())


def _revision_0009() -> ModuleType:
    """Revision 0009's module, whose function body the downgrade restores (loaded by path: a module
    name that starts with a digit cannot be imported)."""
    path = next(Path(__file__).parent.glob("0009_*.py"))
    spec = importlib.util.spec_from_file_location("_ws_revision_0009", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cells(schema: str) -> str:
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_catalog, pg_temp"
    return f"""
CREATE FUNCTION ws_exposure_cells(p_start date, p_end date, p_period text, p_min_size integer,
    p_budget double precision)
RETURNS TABLE (o_first date, o_last date, o_level text, o_group text, o_people integer,
    o_dose double precision, o_revealed_seconds double precision, o_items bigint,
    o_days_over_budget bigint, o_people_over_budget bigint, o_contributors jsonb, o_min_size integer,
    o_budget double precision, o_whole boolean)
LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE
    v_owner boolean := ws_is_owner();
    v_stored_min integer :=
        greatest(1, ws_policy_number('', 'min_group_size', {DEFAULT_MIN_GROUP_SIZE})::integer);
    v_stored_budget double precision := ws_policy_number('caps', 'daily_budget_dose', {DEFAULT_DAILY_BUDGET});
    v_min integer; v_budget double precision;
    v_level text[]; v_group text[]; v_col date[]; v_people integer[]; v_tier integer[];
    v_hidden boolean[]; v_n jsonb[]; v_few boolean[]; v_fig text; v_all_queues boolean;
    v_withheld jsonb[]; v_cells jsonb[];
BEGIN
    IF NOT v_owner AND NOT (ws_me_has('lead') OR ws_me_has('admin') OR ws_me_has('wellbeing')) THEN
        RAISE EXCEPTION 'the database login % may not run the exposure report: that needs the lead, admin '
            'or wellbeing role', session_user USING ERRCODE = '42501';
    END IF;
    IF p_period IS NULL OR p_period NOT IN ('day', 'week') THEN
        RAISE EXCEPTION 'period must be one of day, week' USING ERRCODE = '22023';
    END IF;
    IF p_start IS NULL OR p_end IS NULL OR p_end < p_start OR p_end - p_start + 1 > 3 * 366 THEN
        RAISE EXCEPTION 'a report covers 1 to % days, ending on or after its start', 3 * 366
            USING ERRCODE = '22023';
    END IF;
    -- Only the owner (tests, the owner's own tools) may pass another policy; a person's login gets
    -- at least the stored minimum and exactly the stored budget.
    v_min := CASE WHEN v_owner THEN greatest(1, coalesce(p_min_size, v_stored_min))
                  ELSE greatest(coalesce(p_min_size, 1), v_stored_min) END;
    v_budget := CASE WHEN v_owner THEN coalesce(p_budget, v_stored_budget) ELSE v_stored_budget END;
    -- Every call by a person's login is an audit event, psql's too: many overlapping ranges are how
    -- a reader would difference one report against another (docs/reports-privacy.md).
    IF NOT v_owner THEN
        PERFORM ws_audit(NULL, NULL, 'report.cells', 'all', jsonb_build_object(
            'from', p_start::text, 'to', p_end::text, 'period', p_period, 'min_group_size', v_min));
    END IF;

    -- Exposure only: breaks and check-ins are not read, so they neither show nor count anyone.
    WITH
    daily AS (
        SELECT e.user_id, e.day, e.queue_id, sum(e.dose) AS dose, sum(e.revealed_seconds) AS revealed,
               sum(e.items) AS items
        FROM exposure_daily e WHERE e.day BETWEEN p_start AND p_end
        GROUP BY 1, 2, 3
    ),
    by_day AS (SELECT user_id, day, sum(dose) AS dose FROM daily GROUP BY 1, 2),
    -- every day to its period's column, and to the whole range's column ('infinity')
    cols AS (
        SELECT d::date AS day,
               CASE WHEN p_period = 'day' THEN d::date
                    ELSE greatest(date_trunc('week', d)::date, p_start) END AS col
        FROM generate_series(p_start::timestamp, p_end::timestamp, interval '1 day') AS d
        UNION ALL
        SELECT d::date, 'infinity'::date
        FROM generate_series(p_start::timestamp, p_end::timestamp, interval '1 day') AS d
    ),
    -- one person with exposure over one column
    person AS (
        SELECT x.user_id, x.col, x.dose, x.revealed, x.items, coalesce(o.days_over, 0) AS days_over,
               coalesce(t.name, '(no team)') AS team
        FROM (SELECT user_id, col, sum(dose) AS dose, sum(revealed) AS revealed, sum(items) AS items
              FROM daily JOIN cols USING (day) GROUP BY 1, 2) x
        JOIN users u ON u.id = x.user_id
        LEFT JOIN teams t ON t.id = u.team_id
        LEFT JOIN (SELECT user_id, col, count(*) AS days_over
                   FROM by_day JOIN cols USING (day) WHERE dose >= v_budget GROUP BY 1, 2) o
            USING (user_id, col)
    ),
    member AS (  -- a person in each group: all, their team
        SELECT 'all' AS lvl, 'all' AS grp, p.* FROM person p
        UNION ALL
        SELECT 'team', p.team, p.* FROM person p
    ),
    group_cells AS (
        SELECT m.lvl, m.grp, m.col, count(*)::int AS people, sum(m.dose) AS dose,
               sum(m.revealed) AS revealed, sum(m.items)::bigint AS items,
               sum(m.days_over)::bigint AS days_over,
               count(*) FILTER (WHERE m.days_over > 0) AS people_over,
               jsonb_build_object(
                   'dose', count(*) FILTER (WHERE m.dose <> 0),
                   'revealed_minutes', count(*) FILTER (WHERE m.revealed <> 0),
                   'items', count(*) FILTER (WHERE m.items <> 0),
                   'days_over_budget', count(*) FILTER (WHERE m.days_over <> 0)) AS n
        FROM member m GROUP BY m.lvl, m.grp, m.col
    ),
    queue_names AS (  -- a restricted queue that the reader may not see is '(no queue)', as on the row path
        SELECT id, CASE WHEN v_owner OR ws_queue_visible(id) THEN name ELSE '(no queue)' END AS name
        FROM queues
    ),
    in_queue AS (  -- a person's exposure in one queue over one column
        SELECT d.user_id, cols.col,
               coalesce(q.name, '(no queue)') AS grp,
               sum(d.dose) AS dose, sum(d.revealed) AS revealed, sum(d.items) AS items
        FROM daily d JOIN cols USING (day) LEFT JOIN queue_names q ON q.id = d.queue_id
        GROUP BY 1, 2, 3
    ),
    queue_cells AS (
        SELECT 'queue' AS lvl, i.grp, i.col, count(*)::int AS people, sum(i.dose) AS dose,
               sum(i.revealed) AS revealed, sum(i.items)::bigint AS items,
               NULL::bigint AS days_over, count(*) FILTER (WHERE p.days_over > 0) AS people_over,
               jsonb_build_object(
                   'dose', count(*) FILTER (WHERE i.dose <> 0),
                   'revealed_minutes', count(*) FILTER (WHERE i.revealed <> 0),
                   'items', count(*) FILTER (WHERE i.items <> 0)) AS n
        FROM in_queue i JOIN person p USING (user_id, col)
        GROUP BY i.grp, i.col
    ),
    cells AS (
        SELECT * FROM group_cells
        UNION ALL SELECT * FROM queue_cells
    )
    SELECT array_agg(lvl ORDER BY col, lvl, grp), array_agg(grp ORDER BY col, lvl, grp),
           array_agg(col ORDER BY col, lvl, grp), array_agg(people ORDER BY col, lvl, grp),
           array_agg(CASE WHEN lvl = 'all' THEN 2 ELSE 0 END + CASE WHEN col = 'infinity' THEN 1 ELSE 0 END
                     ORDER BY col, lvl, grp),
           array_agg(n ORDER BY col, lvl, grp), array_agg(to_jsonb(cells) ORDER BY col, lvl, grp)
    INTO v_level, v_group, v_col, v_people, v_tier, v_n, v_cells
    FROM cells;

    IF v_level IS NULL THEN
        RETURN;
    END IF;
    -- primary suppression, then the classic rule over both tables
    SELECT array_agg(p < v_min ORDER BY i) INTO v_hidden FROM unnest(v_people) WITH ORDINALITY AS u(p, i);
    IF EXISTS (SELECT 1 FROM unnest(v_level, v_col, v_hidden) AS u(l, c, h)
               WHERE l = 'all' AND c = 'infinity' AND h) THEN
        v_hidden := array_fill(true, ARRAY[cardinality(v_level)]);  -- the grand total is too small
    ELSE
        v_hidden := ws_classic_rule(v_level, v_group, v_col, v_people, v_tier, v_hidden,
                                    ARRAY['team', 'queue']);
    END IF;
    -- a figure of a shown cell that comes from 1 .. min - 1 of its people: withheld, with the rule
    v_withheld := array_fill('[]'::jsonb, ARRAY[cardinality(v_level)]);
    FOREACH v_fig IN ARRAY ARRAY['dose', 'revealed_minutes', 'items', 'days_over_budget'] LOOP
        v_all_queues := v_fig IN ('dose', 'revealed_minutes', 'items');
        SELECT array_agg(h OR coalesce((n ->> v_fig)::int BETWEEN 1 AND v_min - 1, false) ORDER BY i)
        INTO v_few FROM unnest(v_hidden, v_n) WITH ORDINALITY AS u(h, n, i);
        IF v_few = v_hidden THEN
            CONTINUE;
        END IF;
        v_few := ws_classic_rule(v_level, v_group, v_col, v_people, v_tier, v_few,
                                 CASE WHEN v_all_queues THEN ARRAY['team', 'queue'] ELSE ARRAY['team'] END);
        SELECT array_agg(CASE WHEN f AND NOT h THEN w || to_jsonb(v_fig) ELSE w END ORDER BY i)
        INTO v_withheld FROM unnest(v_few, v_hidden, v_withheld) WITH ORDINALITY AS u(f, h, w, i);
    END LOOP;

    RETURN QUERY
    SELECT
        CASE WHEN c.col = 'infinity' THEN p_start ELSE c.col END,
        CASE WHEN c.col = 'infinity' THEN p_end
             WHEN p_period = 'day' THEN c.col
             ELSE least(date_trunc('week', c.col::timestamp)::date + 6, p_end) END,
        c.lvl, c.grp,
        CASE WHEN c.hid THEN NULL ELSE (x ->> 'people')::int END,
        CASE WHEN c.hid OR c.withheld ? 'dose' THEN NULL ELSE (x ->> 'dose')::double precision END,
        CASE WHEN c.hid OR c.withheld ? 'revealed_minutes' THEN NULL
             ELSE (x ->> 'revealed')::double precision END,
        CASE WHEN c.hid OR c.withheld ? 'items' THEN NULL ELSE (x ->> 'items')::bigint END,
        CASE WHEN c.hid OR c.withheld ? 'days_over_budget' THEN NULL ELSE (x ->> 'days_over')::bigint END,
        CASE WHEN c.hid THEN NULL ELSE (x ->> 'people_over')::bigint END,
        CASE WHEN c.hid THEN NULL ELSE (x -> 'n') || jsonb_build_object('withheld', c.withheld) END,
        v_min, v_budget, c.col = 'infinity'
    FROM unnest(v_level, v_group, v_col, v_hidden, v_withheld, v_cells) AS c(lvl, grp, col, hid, withheld, x);
END $$"""

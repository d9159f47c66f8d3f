"""PostgreSQL: the exposure report's aggregates for leads and admins, computed by the database

Row-level security (revision 0005) shows the daily rollup, breaks and check-ins to their person and
wellbeing staff only, so a lead's own login reading rows would aggregate over nobody but themself.
Granting leads the rows would break docs/architecture.md, invariant 5. Instead ``ws_exposure_cells``,
``SECURITY DEFINER`` and owned by the owner, returns only the cells of the lead's report: every group
(``all``, each team, each queue) per period and over the whole range, with

- primary suppression in SQL: a cell of fewer than the minimum group size people comes back with no
  figures; the minimum and the daily budget are read from the stored wellbeing policy (a caller other
  than the owner cannot lower the minimum nor choose the budget, which would let them find one
  person's dose by moving a threshold);
- the classic complementary rule in SQL (a margin line with exactly one hidden cell gets its
  cheapest shown cell hidden, until stable), over team x period and queue x period with ``all`` as
  their shared total row, for the cells and for each figure that comes from too few people;
- no per-person rows and no order statistics.

The workstation runs the full ``complementary_suppression`` (which also closes bridges through
several lines) over what this returns; docs/reports-privacy.md says what each layer guarantees.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 19:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: The shipped policy's values (resources/wellbeing_policy.toml), used when none is stored.
DEFAULT_MIN_GROUP_SIZE = 5
DEFAULT_DAILY_BUDGET = 240.0

FUNCTIONS = (
    "ws_policy_number(text, text, double precision)",
    "ws_classic_rule(text[], text[], date[], integer[], integer[], boolean[], text[])",
    "ws_exposure_cells(date, date, text, integer, double precision)",
)
EXPOSURE_CELLS = "ws_exposure_cells(date, date, text, integer, double precision)"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return  # one machine, no database roles: the workstation aggregates rows itself
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    q = bind.dialect.identifier_preparer.quote
    groups = {str(n): str(r) for n, r in bind.exec_driver_sql("SELECT name, role_name FROM db_roles").all()}
    readers = ", ".join(q(groups[g]) for g in ("wellbeing", "lead", "admin"))
    _run(
        bind,
        [
            *_statements(q(schema)),
            *(f"REVOKE EXECUTE ON FUNCTION {f} FROM PUBLIC" for f in FUNCTIONS),
            f"GRANT EXECUTE ON FUNCTION {EXPOSURE_CELLS} TO {readers}",
        ],
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return
    _run(bind, [f"DROP FUNCTION IF EXISTS {f}" for f in reversed(FUNCTIONS)])


def _run(bind: sa.Connection, statements: list[str]) -> None:
    raw = bind.connection.driver_connection
    assert raw is not None
    for statement in statements:
        raw.execute(statement.encode())


def _statements(schema: str) -> list[str]:
    path = f"SET search_path = {schema}, pg_catalog, pg_temp"
    definer = f"SECURITY DEFINER {path}"
    return [
        # A number of the stored policy (TOML text in settings), the way policy_from_toml finds it for
        # the plain forms policy_to_toml writes: ``key = 5`` in ``[section]`` (or top level for ''),
        # or ``section.key = 5`` at top level. Anything else: the shipped default.
        f"""
CREATE FUNCTION ws_policy_number(p_section text, p_key text, p_default double precision)
RETURNS double precision LANGUAGE plpgsql STABLE {definer} AS $$
DECLARE v_text text; v_line text; v_section text := ''; m text[];
BEGIN
    SELECT value INTO v_text FROM settings WHERE key = 'wellbeing_policy';
    IF v_text IS NULL THEN
        RETURN p_default;
    END IF;
    FOR v_line IN SELECT regexp_split_to_table(v_text, E'\\r?\\n') LOOP
        m := regexp_match(v_line, '^\\s*\\[\\s*([A-Za-z0-9_.-]+)\\s*\\]');
        IF m IS NOT NULL THEN
            v_section := m[1];
            CONTINUE;
        END IF;
        IF v_section = p_section THEN
            m := regexp_match(v_line, '^\\s*' || p_key || '\\s*=\\s*([-+]?[0-9_.eE+-]+)\\s*(#.*)?$');
        ELSIF v_section = '' AND p_section <> '' THEN
            m := regexp_match(v_line,
                '^\\s*' || p_section || '\\.' || p_key || '\\s*=\\s*([-+]?[0-9_.eE+-]+)\\s*(#.*)?$');
        ELSE
            m := NULL;
        END IF;
        IF m IS NOT NULL THEN
            BEGIN
                RETURN replace(m[1], '_', '')::double precision;
            EXCEPTION WHEN others THEN
                RETURN p_default;
            END;
        END IF;
    END LOOP;
    RETURN p_default;
END $$""",
        # The classic complementary rule over two-way tables with margins, to a fixed point. Cells are
        # given as parallel arrays: level ('all' is the total row both tables share), group, column
        # ('infinity': the whole range, the tables' total column), people and tier (cost order: inner
        # cells first, then a group's total, then ``all``). ``p_tables``: the levels whose tables are
        # checked. Returns the hidden flags. Every pass hides at least one more cell, so it ends.
        # (It reads no table; SECURITY DEFINER like every ws_ function, executable by the owner only.)
        f"""
CREATE FUNCTION ws_classic_rule(p_level text[], p_group text[], p_col date[], p_people integer[],
    p_tier integer[], p_hidden boolean[], p_tables text[])
RETURNS boolean[] LANGUAGE plpgsql STABLE {definer} AS $$
DECLARE v_hidden boolean[] := p_hidden; v_picks bigint[];
BEGIN
    LOOP
        WITH c AS (
            SELECT * FROM unnest(p_level, p_group, p_col, p_people, p_tier, v_hidden)
                WITH ORDINALITY AS c(lvl, grp, col, ppl, tier, hid, i)
        ), m AS (  -- each cell in its row line and its column line of each table it belongs to
            SELECT i, t AS tbl, 'r' AS kind, CASE WHEN lvl = 'all' THEN '' ELSE grp END AS line,
                   hid, tier, ppl
            FROM c JOIN unnest(p_tables) AS t ON c.lvl = t OR c.lvl = 'all'
            UNION ALL
            SELECT i, t, 'c', col::text, hid, tier, ppl
            FROM c JOIN unnest(p_tables) AS t ON c.lvl = t OR c.lvl = 'all'
        ), lines AS (
            SELECT tbl, kind, line FROM m GROUP BY tbl, kind, line
            HAVING count(*) FILTER (WHERE hid) = 1 AND count(*) FILTER (WHERE NOT hid) > 0
        ), picks AS (
            SELECT DISTINCT ON (m.tbl, m.kind, m.line) m.i
            FROM m JOIN lines USING (tbl, kind, line)
            WHERE NOT m.hid
            ORDER BY m.tbl, m.kind, m.line, m.tier, coalesce(m.ppl, 0), m.i
        )
        SELECT array_agg(DISTINCT i) INTO v_picks FROM picks;
        EXIT WHEN v_picks IS NULL;
        SELECT array_agg(h OR i = ANY (v_picks) ORDER BY i) INTO v_hidden
        FROM unnest(v_hidden) WITH ORDINALITY AS u(h, i);
    END LOOP;
    RETURN v_hidden;
END $$""",
        # The cells of the exposure report for a reader who may not see one person's figures.
        f"""
CREATE FUNCTION ws_exposure_cells(p_start date, p_end date, p_period text, p_min_size integer,
    p_budget double precision)
RETURNS TABLE (o_first date, o_last date, o_level text, o_group text, o_people integer,
    o_dose double precision, o_revealed_seconds double precision, o_items bigint,
    o_breaks_prompted bigint, o_breaks_taken bigint, o_breaks_postponed bigint,
    o_days_over_budget bigint, o_people_over_budget bigint, o_checkins bigint,
    o_checkin_trend double precision, o_contributors jsonb, o_min_size integer, o_budget double precision,
    o_whole boolean)
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

    WITH
    daily AS (
        SELECT e.user_id, e.day, e.queue_id, sum(e.dose) AS dose, sum(e.revealed_seconds) AS revealed,
               sum(e.items) AS items
        FROM exposure_daily e WHERE e.day BETWEEN p_start AND p_end
        GROUP BY 1, 2, 3
    ),
    by_day AS (SELECT user_id, day, sum(dose) AS dose FROM daily GROUP BY 1, 2),
    brk AS (
        SELECT b.user_id, b.prompted_at::date AS day, (b.kind <> 'self')::int AS prompted,
               (b.outcome = 'taken')::int AS taken, b.postponed
        FROM breaks b
        WHERE b.prompted_at >= p_start::timestamp AND b.prompted_at < (p_end + 1)::timestamp
    ),
    chk AS (
        SELECT c.user_id, c.at::date AS day, c.mood
        FROM checkins c WHERE c.at >= p_start::timestamp AND c.at < (p_end + 1)::timestamp
    ),
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
    -- one person over one column: the figures that belong to people
    person AS (
        SELECT k.user_id, k.col,
               coalesce(x.dose, 0) AS dose, coalesce(x.revealed, 0) AS revealed,
               coalesce(x.items, 0) AS items, coalesce(o.days_over, 0) AS days_over,
               coalesce(b.prompted, 0) AS prompted, coalesce(b.taken, 0) AS taken,
               coalesce(b.postponed, 0) AS postponed, coalesce(h.checkins, 0) AS checkins,
               coalesce(t.name, '(no team)') AS team
        FROM (
            SELECT user_id, col FROM daily JOIN cols USING (day)
            UNION SELECT user_id, col FROM brk JOIN cols USING (day)
            UNION SELECT user_id, col FROM chk JOIN cols USING (day)
        ) k
        JOIN users u ON u.id = k.user_id
        LEFT JOIN teams t ON t.id = u.team_id
        LEFT JOIN (SELECT user_id, col, sum(dose) AS dose, sum(revealed) AS revealed, sum(items) AS items
                   FROM daily JOIN cols USING (day) GROUP BY 1, 2) x USING (user_id, col)
        LEFT JOIN (SELECT user_id, col, count(*) AS days_over
                   FROM by_day JOIN cols USING (day) WHERE dose >= v_budget GROUP BY 1, 2) o
            USING (user_id, col)
        LEFT JOIN (SELECT user_id, col, sum(prompted) AS prompted, sum(taken) AS taken,
                          sum(postponed) AS postponed
                   FROM brk JOIN cols USING (day) GROUP BY 1, 2) b USING (user_id, col)
        LEFT JOIN (SELECT user_id, col, count(*) AS checkins FROM chk JOIN cols USING (day) GROUP BY 1, 2) h
            USING (user_id, col)
    ),
    member AS (  -- a person in each group: all, their team
        SELECT 'all' AS lvl, 'all' AS grp, p.* FROM person p
        UNION ALL
        SELECT 'team', p.team, p.* FROM person p
    ),
    care AS (
        SELECT m.lvl, m.grp, m.col, count(*)::int AS people, sum(m.dose) AS dose,
               sum(m.revealed) AS revealed, sum(m.items)::bigint AS items,
               sum(m.prompted)::bigint AS prompted, sum(m.taken)::bigint AS taken,
               sum(m.postponed)::bigint AS postponed, sum(m.days_over)::bigint AS days_over,
               count(*) FILTER (WHERE m.days_over > 0) AS people_over, sum(m.checkins)::bigint AS checkins,
               NULL::double precision AS trend,
               jsonb_build_object(
                   'dose', count(*) FILTER (WHERE m.dose <> 0),
                   'revealed_minutes', count(*) FILTER (WHERE m.revealed <> 0),
                   'items', count(*) FILTER (WHERE m.items <> 0),
                   'breaks_prompted', count(*) FILTER (WHERE m.prompted <> 0),
                   'breaks_taken', count(*) FILTER (WHERE m.taken <> 0),
                   'breaks_postponed', count(*) FILTER (WHERE m.postponed <> 0),
                   'days_over_budget', count(*) FILTER (WHERE m.days_over <> 0),
                   'checkins', count(*) FILTER (WHERE m.checkins <> 0)) AS n
        FROM member m GROUP BY m.lvl, m.grp, m.col
    ),
    trend AS (  -- the least-squares slope of every check-in of the group's people, per week
        SELECT g.lvl, g.grp, g.col,
               CASE WHEN count(DISTINCT g.day) >= 2 THEN regr_slope(g.mood, g.day - p_start) * 7.0 END AS trend
        FROM (
            SELECT 'all' AS lvl, 'all' AS grp, cols.col, c.day, c.mood FROM chk c JOIN cols USING (day)
            UNION ALL
            SELECT 'team', p.team, cols.col, c.day, c.mood
            FROM chk c JOIN cols USING (day) JOIN person p ON p.user_id = c.user_id AND p.col = cols.col
        ) g
        GROUP BY g.lvl, g.grp, g.col
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
               NULL::bigint AS prompted, NULL::bigint AS taken, NULL::bigint AS postponed,
               NULL::bigint AS days_over, count(*) FILTER (WHERE p.days_over > 0) AS people_over,
               NULL::bigint AS checkins, NULL::double precision AS trend,
               jsonb_build_object(
                   'dose', count(*) FILTER (WHERE i.dose <> 0),
                   'revealed_minutes', count(*) FILTER (WHERE i.revealed <> 0),
                   'items', count(*) FILTER (WHERE i.items <> 0)) AS n
        FROM in_queue i JOIN person p USING (user_id, col)
        GROUP BY i.grp, i.col
    ),
    cells AS (
        SELECT c.lvl, c.grp, c.col, c.people, c.dose, c.revealed, c.items, c.prompted, c.taken, c.postponed,
               c.days_over, c.people_over, c.checkins, t.trend, c.n
        FROM care c LEFT JOIN trend t USING (lvl, grp, col)
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
    FOREACH v_fig IN ARRAY ARRAY['dose', 'revealed_minutes', 'items', 'breaks_prompted', 'breaks_taken',
                                 'breaks_postponed', 'days_over_budget', 'checkins'] LOOP
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
        CASE WHEN c.hid OR c.withheld ? 'breaks_prompted' THEN NULL ELSE (x ->> 'prompted')::bigint END,
        CASE WHEN c.hid OR c.withheld ? 'breaks_taken' THEN NULL ELSE (x ->> 'taken')::bigint END,
        CASE WHEN c.hid OR c.withheld ? 'breaks_postponed' THEN NULL ELSE (x ->> 'postponed')::bigint END,
        CASE WHEN c.hid OR c.withheld ? 'days_over_budget' THEN NULL ELSE (x ->> 'days_over')::bigint END,
        CASE WHEN c.hid THEN NULL ELSE (x ->> 'people_over')::bigint END,
        CASE WHEN c.hid OR c.withheld ? 'checkins' THEN NULL ELSE (x ->> 'checkins')::bigint END,
        -- a trend drawn through fewer people's check-ins than the minimum is theirs: withheld
        CASE WHEN c.hid OR c.withheld ? 'checkins' OR coalesce((x -> 'n' ->> 'checkins')::int, 0) < v_min
             THEN NULL ELSE (x ->> 'trend')::double precision END,
        CASE WHEN c.hid THEN NULL ELSE (x -> 'n') || jsonb_build_object('withheld', c.withheld) END,
        v_min, v_budget, c.col = 'infinity'
    FROM unnest(v_level, v_group, v_col, v_hidden, v_withheld, v_cells) AS c(lvl, grp, col, hid, withheld, x);
END $$""",
    ]

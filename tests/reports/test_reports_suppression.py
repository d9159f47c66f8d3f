"""``wellbeing.reports.complementary_suppression`` on tables: by hand, and against the exact attack."""

from __future__ import annotations

from differencing import derivable, table_relations
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from wellbeing.reports import TOTAL, complementary_suppression

Table = dict[tuple[object, object], str]


def grid(rows: list[str], cols: list[str], prefix: str = "") -> Table:
    table: Table = {(r, c): f"{prefix}{r}/{c}" for r in rows for c in cols}
    table.update({(r, TOTAL): f"{prefix}{r}/*" for r in rows})
    table.update({(TOTAL, c): f"*/{c}" for c in cols})
    table[(TOTAL, TOTAL)] = "*/*"
    return table


def test_one_small_team_takes_the_next_smallest_with_it() -> None:
    """Everyone minus blue is red: blue is hidden too, though it has 5 people (the report's week)."""
    table = grid(["blue", "red"], ["week"])
    people = {"blue/week": 5, "red/week": 2, "blue/*": 5, "red/*": 2, "*/week": 7, "*/*": 7}
    assert complementary_suppression(people, [table], 5) == {"red/week", "red/*", "blue/week", "blue/*"}


def test_a_small_day_is_protected_along_the_team_and_the_time_margins() -> None:
    """Team a has 2 people on Saturday: its year minus its weekdays would give them, and Saturday's
    everyone minus the other team too. The cheapest inner cells go with it, no total."""
    table = grid(["a", "b", "c"], ["mon", "tue", "sat"])
    people = {f"{t}/{d}": 9 for t in "abc" for d in ("mon", "tue", "sat")}
    people["a/sat"] = 2
    people["c/tue"] = 6
    people.update({f"{t}/*": 9 for t in "abc"})
    people.update({"*/mon": 27, "*/tue": 24, "*/sat": 20, "*/*": 27})
    hidden = complementary_suppression(people, [table], 5)
    assert "a/sat" in hidden and not any(k.endswith("*") or k.startswith("*") for k in hidden)
    assert derivable(hidden, table_relations(table, TOTAL), {k: 1.0 for k in people if k not in hidden}) == {}
    assert len(hidden) == 4  # a 2x2 rectangle: the least that protects one cell of a two-way table


def test_nothing_shows_when_everyone_together_is_too_few() -> None:
    table = grid(["a"], ["mon"])
    people = {"a/mon": 4, "a/*": 4, "*/mon": 4, "*/*": 4}
    assert complementary_suppression(people, [table], 5) == set(people)


@st.composite
def two_tables(draw: st.DrawFn) -> tuple[dict[str, int | None], list[Table]]:
    """Teams and queues by period, shaped like a report: a group over the range exists when it has a
    period, a period exists in both tables or in neither (every dose has a queue); any head counts."""
    cols = [f"d{n}" for n in range(draw(st.integers(1, 6)))]
    groups = {
        "t": [f"t{n}" for n in range(draw(st.integers(1, 5)))],
        "q": [f"q{n}" for n in range(draw(st.integers(1, 4)))],
    }
    present = {
        prefix: {(r, c) for r in rows for c in cols if draw(st.integers(0, 3))}
        for prefix, rows in groups.items()
    }
    live = [c for c in cols if all(any(col == c for _r, col in cells) for cells in present.values())]
    if not live:
        return {}, []
    tables: list[Table] = []
    for prefix, cells in present.items():
        inner = {(r, c) for r, c in cells if c in live}
        table: Table = {(r, c): f"{prefix}:{r}/{c}" for r, c in inner}
        table.update({(r, TOTAL): f"{prefix}:{r}/*" for r in {r for r, _c in inner}})
        table.update({(TOTAL, c): f"*/{c}" for c in live})
        table[(TOTAL, TOTAL)] = "*/*"
        tables.append(table)
    keys = dict.fromkeys(k for t in tables for k in t.values())
    people = {k: draw(st.one_of(st.integers(1, 12), st.none())) for k in keys}  # None: size unknown
    return people, tables


@seed(20261130)
@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(two_tables())
def test_no_hidden_cell_follows_from_the_published_ones(
    case: tuple[dict[str, int | None], list[Table]],
) -> None:
    """Any head counts, two tables sharing their total row (teams and queues by period): after
    suppression, no hidden cell is a linear combination of published cells along the margins."""
    people, tables = case
    hidden = complementary_suppression(people, tables, 5)
    assert {k for k, n in people.items() if n is None or n < 5} <= hidden
    relations = [rel for table in tables for rel in table_relations(table, TOTAL)]
    published = {k: float(hash(k) % 97 + 1) for k in people if k not in hidden}
    assert derivable(hidden, relations, published) == {}


def test_a_cell_pinned_through_several_lines_is_protected_too() -> None:
    """Every line holds two hidden cells, yet b/3 is fixed: it joins two closed rectangles (a bridge),
    so the rows of b, c, d minus the columns 1, 2 and 4 give it. The classic rule alone misses it."""
    rows, cols = ["a", "b", "c", "d", "e"], ["1", "2", "3", "4", "5"]
    table = grid(rows, cols)
    small = {"a/1", "a/2", "b/1", "b/2", "c/3", "c/4", "d/3", "d/4", "b/3"}
    people = {key: 2 if key in small else 20 for key in table.values()}
    relations = table_relations(table, TOTAL)
    everything_else = {k: 1.0 for k in people if k not in small}
    assert set(derivable(small, relations, everything_else)) == {"b/3"}  # the attack, on the classic rule
    hidden = complementary_suppression(people, [table], 5)
    assert derivable(hidden, relations, {k: 1.0 for k in people if k not in hidden}) == {}


def test_two_tables_that_share_their_totals_are_protected_together() -> None:
    """Days 1-5 each have fewer than 5 people. Team a works days 1-3, team b days 4-5; queue q runs
    on days 1-2, queue r on days 3-5. Each table alone pins no day, but together they do: day 3 is
    team a's total minus queue q's. The check folds each table's block sums into the other's."""
    days = ["1", "2", "3", "4", "5"]
    teams: Table = {("a", d): f"t:a/{d}" for d in days[:3]}
    teams |= {("b", d): f"t:b/{d}" for d in days[3:]}
    queues: Table = {("q", d): f"q:q/{d}" for d in days[:2]}
    queues |= {("r", d): f"q:r/{d}" for d in days[2:]}
    for table, prefix in ((teams, "t"), (queues, "q")):
        for row in {r for r, _ in table}:
            table[(row, TOTAL)] = f"{prefix}:{row}/*"
        table.update({(TOTAL, d): f"*/{d}" for d in days})
        table[(TOTAL, TOTAL)] = "*/*"
    people = {key: 3 for t in (teams, queues) for key in t.values()}
    people.update({"t:a/*": 8, "t:b/*": 6, "q:q/*": 6, "q:r/*": 9, "*/*": 14})
    relations = table_relations(teams, TOTAL) + table_relations(queues, TOTAL)
    primary = {k for k, n in people.items() if n < 5}
    shown = {k: 1.0 for k in people if k not in primary}
    for table in (teams, queues):  # each table alone gives nothing away
        alone = {k for k in primary if k in table.values()}
        assert derivable(alone, table_relations(table, TOTAL), shown) == {}
    # together they give day 3: everyone, and so team a and queue r, its only groups that day
    assert set(derivable(primary, relations, shown)) == {"*/3", "t:a/3", "q:r/3"}
    hidden = complementary_suppression(people, [teams, queues], 5)
    assert derivable(hidden, relations, {k: 1.0 for k in people if k not in hidden}) == {}

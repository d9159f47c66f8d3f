"""A lead's exposure report over their own PostgreSQL login (issue 11; migration 0009).

Row-level security shows a lead's login only their own care rows, so the report cannot be aggregated
from rows there: ``ws_exposure_cells`` computes it in the database. These tests connect as real login
roles (``pg_roles.create_login``), never as the owner: the owner may read everything, which is how the
report looked right on PostgreSQL while it aggregated over nobody for a real lead.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import quote

import pytest
from differencing import Relation, derivable, table_relations

from tests.conftest import PG_ADMIN_URL, _PgServer
from wellbeing.clock import FakeClock
from wellbeing.policy import CapPolicy, WellbeingPolicy, policy_to_toml
from workstation import app, pg_roles, taxonomy
from workstation.actor import Actor
from workstation.models import BreakRow, CheckIn, ExposureSpanRow, Setting
from workstation.reports import ExposureReports, row_dict

pytestmark = pytest.mark.postgres

START = date(2026, 3, 4)  # a Wednesday: the first week is clipped
END = date(2026, 3, 17)
MIN_SIZE = 5
BUDGET = 30.0
TEAM_SIZES = {f"t{n}": n for n in range(1, 9)}  # teams of 1 .. 8 people
TOTAL = "TOTAL"


@dataclass
class Org:
    server: _PgServer
    schema: str
    services: Any
    people: dict[str, Actor] = field(default_factory=dict)
    logins: dict[str, str] = field(default_factory=dict)
    dose: dict[str, float] = field(default_factory=dict)  # per person over the range

    def url(self, username: str, *, driver: str = "postgresql+psycopg") -> str:
        host = PG_ADMIN_URL.split("@", 1)[1].rsplit("/", 1)[0]
        options = quote(f"-csearch_path={self.schema}")
        return f"{driver}://{self.logins[username]}@{host}/{self.server.dbname}?options={options}"

    def connect(self, username: str) -> Any:
        import psycopg

        return psycopg.connect(self.url(username, driver="postgresql"), autocommit=True)

    def reports(self, services: Any) -> ExposureReports:
        policy = WellbeingPolicy(min_group_size=MIN_SIZE, caps=CapPolicy(daily_budget_dose=BUDGET))
        return ExposureReports(services.db, services.clock, policy)


@pytest.fixture(params=[(11, 0.4), (2, 0.8)], ids=["busy", "sparse"])
def org(pg_server: _PgServer, request: pytest.FixtureRequest) -> Iterator[Org]:
    """Eight teams of 1 to 8 reviewers, two queues, two weeks of spans, breaks and check-ins (each
    person idle on 40 % or 80 % of days), the stored policy, and a login for the lead, the admin, the
    wellbeing officer and one reviewer."""
    pg_server.require("the lead's report over a PostgreSQL login")
    schema = pg_server.migrated_schema()  # reused, as the migration left it (tests/conftest.py)
    clock = FakeClock(datetime(2026, 3, 20, tzinfo=UTC))
    services = app.build(pg_server.url(schema), clock=clock, outbox_path=None)
    o = Org(pg_server, schema, services)
    try:
        d = services.directory
        for name, role in (("leo", "lead"), ("ada", "admin"), ("wendy", "wellbeing")):
            o.people[name] = d.add_user(name, [role], team=None)
        verdicts = taxonomy.builtin("general")
        queues = {q: d.add_queue(q, severity_tier=2, verdicts=verdicts).id for q in ("general", "gore")}
        for team, size in TEAM_SIZES.items():
            for n in range(size):
                o.people[f"{team}p{n}"] = d.add_user(f"{team}p{n}", ["reviewer"], team=team)
        seed, idle = request.param
        rng = random.Random(seed)
        policy = WellbeingPolicy(min_group_size=MIN_SIZE, caps=CapPolicy(daily_budget_dose=BUDGET))
        with services.db.write() as session:
            session.add(Setting(key="wellbeing_policy", value=policy_to_toml(policy), updated_at=clock.now()))
            for name, actor in o.people.items():
                if not name.startswith("t"):
                    continue
                for day in range((END - START).days + 1):
                    if rng.random() < idle:
                        continue
                    when = datetime.combine(START + timedelta(days=day), datetime.min.time(), UTC)
                    for queue in rng.sample(sorted(queues), rng.randint(1, 2)):
                        dose = rng.randint(1, 160) / 4  # quarters: sums are exact in binary
                        o.dose[name] = o.dose.get(name, 0.0) + dose
                        start = when + timedelta(hours=rng.randint(8, 17))
                        session.add(
                            ExposureSpanRow(
                                client_id=str(uuid.uuid4()),
                                user_id=actor.id,
                                item_id=None,
                                queue_id=queues[queue],
                                started_at=start,
                                ended_at=start + timedelta(seconds=60),
                                seconds=60.0,
                                revealed_seconds=float(rng.randint(0, 60)),
                                visibility_weight=1.0,
                                severity_weight=1.0,
                                dose=dose,
                            )
                        )
                    if rng.random() < 0.2:
                        session.add(
                            BreakRow(
                                client_id=str(uuid.uuid4()),
                                user_id=actor.id,
                                kind="soft",
                                prompted_at=when + timedelta(hours=12),
                                started_at=None,
                                ended_at=None,
                                postponed=rng.randint(0, 2),
                                outcome=rng.choice(["taken", "prompted"]),
                            )
                        )
                    if rng.random() < 0.3:
                        session.add(
                            CheckIn(
                                client_id=str(uuid.uuid4()),
                                user_id=actor.id,
                                at=when + timedelta(hours=9),
                                mood=rng.randint(1, 5),
                            )
                        )
        with services.db.write() as session:
            conn = session.connection()
            for name in ("leo", "ada", "wendy", "t8p0"):
                o.logins[name] = pg_roles.create_login(conn, o.people[name].id)
        yield o
    finally:
        services.close()
        pg_server.release_schema(schema)


def _as(org: Org, username: str) -> Any:
    return app.build(org.url(username), clock=org.services.clock, upgrade=False, outbox_path=None)


@pytest.mark.parametrize("who", ["leo", "ada"])
@pytest.mark.parametrize("period", ["day", "week"])
def test_a_leads_own_login_gets_the_figures_the_owner_computes(org: Org, who: str, period: str) -> None:
    owner = org.reports(org.services)  # the owner path: every person's rows, aggregated here
    with owner.db.read() as session:
        people = owner._load(session, START, END, period, user_id=None)
    expected = owner._build(people, START, END, period, individual=False, suppress=True)
    services = _as(org, who)
    try:
        got = org.reports(services).exposure(org.people[who], START, END, period=period)
    finally:
        services.close()
    # The same cells with the same figures; the database's own complementary rule may hide a few
    # more complements than the row path's (it runs first, on its own cost order), never fewer.
    for mine, theirs in ((got.rows, expected.rows), (got.overall, expected.overall)):
        assert [(r.period_start, r.level, r.group) for r in mine] == [
            (r.period_start, r.level, r.group) for r in theirs
        ]
        for a, b in zip(mine, theirs, strict=True):
            shown, truth = row_dict(a), row_dict(b)
            for name, value in truth.items():
                if name == "suppressed":
                    assert shown[name] or not value, (a.level, a.group, a.period_start)
                elif value is None:
                    assert shown[name] is None, (a.level, a.group, a.period_start, name)
                else:
                    assert shown[name] in (None, value), (a.level, a.group, a.period_start, name)
    assert row_dict(got.overall[0]) == row_dict(expected.overall[0])  # ``all`` over the range
    assert (got.min_group_size, got.daily_budget) == (MIN_SIZE, BUDGET)
    # and the figures are right, not an aggregate over nobody
    everyone = next(r for r in got.overall if r.level == "all")
    assert everyone.figures is not None and everyone.figures.people == len(org.dose)  # anyone active
    assert everyone.figures.dose == pytest.approx(sum(org.dose.values()))
    big = next(r for r in got.overall if r.group == "t8")
    assert big.figures is not None
    assert big.figures.dose == pytest.approx(sum(v for k, v in org.dose.items() if k.startswith("t8")))
    for small in ("t1", "t2", "t3", "t4"):
        assert next(r for r in got.overall if r.group == small).figures is None


CELLS = "SELECT * FROM ws_exposure_cells(%s, %s, %s, %s, %s)"
# A lead's cells hold exposure only since migration 0017: no break or check-in column.
ADDITIVE = {
    "o_dose": True,
    "o_revealed_seconds": True,
    "o_items": True,
    "o_days_over_budget": False,
}


def _cells(conn: Any, period: str, min_size: int, budget: float) -> list[dict[str, Any]]:
    cursor = conn.execute(CELLS, (START, END, period, min_size, budget))
    names = [c.name for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@pytest.mark.parametrize("period", ["day", "week"])
def test_a_lead_with_psql_gets_no_small_group_and_cannot_difference_one(org: Org, period: str) -> None:
    from psycopg import errors

    me = org.people["leo"].id
    with org.connect("leo") as conn:
        # the rows themselves stay wellbeing data
        for table in ("exposure_daily", "exposure_spans", "breaks", "checkins"):
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE user_id <> %s", (me,)).fetchone() == (0,)
        cells = _cells(conn, period, 1, 0.25)  # asks for no suppression and a tiny budget: neither is given
        assert cells == _cells(conn, period, MIN_SIZE, BUDGET)
        assert {(c["o_min_size"], c["o_budget"]) for c in cells} == {(MIN_SIZE, BUDGET)}
        assert not [k for k in cells[0] if any(s in k for s in ("median", "p90", "max"))]  # order statistics
        assert not [k for k in cells[0] if "break" in k or "checkin" in k]  # wellbeing data (issue 14)
        shown = [c for c in cells if c["o_people"] is not None]
        assert shown and all(c["o_people"] >= MIN_SIZE for c in shown)
        hidden_teams = {c["o_group"] for c in cells if c["o_whole"] and c["o_people"] is None}
        assert {"t1", "t2", "t3", "t4"} <= hidden_teams
        # no hidden figure follows from the published ones: teams and queues add up to all, periods
        # to the range (rows minus rows, totals minus parts, any mix)
        for figure, over_queues in ADDITIVE.items():
            relations: list[Relation] = []
            published: dict[Hashable, float] = {}
            hidden: list[Hashable] = []
            for level in ("team", "queue") if over_queues else ("team",):
                table: dict[tuple[Hashable, Hashable], Hashable] = {}
                for c in cells:
                    if c["o_level"] not in (level, "all"):
                        continue
                    key = (c["o_level"], c["o_group"], c["o_whole"], c["o_first"])
                    row = TOTAL if c["o_level"] == "all" else c["o_group"]
                    table[(row, TOTAL if c["o_whole"] else c["o_first"])] = key
                    if c[figure] is None:
                        hidden.append(key)
                    else:
                        published[key] = float(c[figure])
                relations += table_relations(table, TOTAL)
            assert derivable(hidden, relations, published) == {}, figure
        # every call is on the record, psql's too
        audited = conn.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'report.cells' AND actor_id = %s", (me,)
        ).fetchone()
        assert audited == (2,)
    with org.connect("t8p0") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(CELLS, (START, END, period, MIN_SIZE, BUDGET))


def test_the_minimum_and_budget_a_login_gets_are_the_stored_policys(org: Org) -> None:
    stricter = WellbeingPolicy(min_group_size=7, caps=CapPolicy(daily_budget_dose=12.5))
    with org.services.db.write() as session:
        row = session.get(Setting, "wellbeing_policy")
        assert row is not None
        row.value = policy_to_toml(stricter)
    with org.connect("leo") as conn:
        cells = _cells(conn, "week", MIN_SIZE, BUDGET)
        assert {(c["o_min_size"], c["o_budget"]) for c in cells} == {(7, 12.5)}
        assert all(c["o_people"] >= 7 for c in cells if c["o_people"] is not None)
    with org.services.db.write() as session:  # a form the database does not read: the shipped defaults
        row = session.get(Setting, "wellbeing_policy")
        assert row is not None
        row.value = "min_group_size = 0x3\n"
    with org.connect("leo") as conn:
        assert {(c["o_min_size"], c["o_budget"]) for c in _cells(conn, "week", 1, 0.25)} == {(5, 240.0)}


def test_wellbeing_staff_keep_reading_rows_over_their_own_login(org: Org) -> None:
    owner = org.reports(org.services)
    with owner.db.read() as session:
        people = owner._load(session, START, END, "week", user_id=None)
    expected = owner._build(people, START, END, "week", individual=True, suppress=False)
    services = _as(org, "wendy")
    try:
        got = org.reports(services).exposure(org.people["wendy"], START, END, period="week")
    finally:
        services.close()
    assert got.individual
    assert [row_dict(r) for r in got.rows] == [row_dict(r) for r in expected.rows]

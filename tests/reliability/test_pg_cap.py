"""The daily exposure cap, enforced by PostgreSQL and by the workstation alike (migration 0010).

The same scripted situations (a stored policy, a reviewer's exposure today, yesterday and a colleague's,
a queue) run through the workstation's gate on SQLite (``ClaimService.claim_next`` with
``WellbeingRecords.gate``) and through PostgreSQL with the reviewer's own login calling ``ws_claim_next``
directly, as psql would. Both must give the same answer, the same sentence when they refuse, and
the answer each situation expects (docs/postgresql.md, "The daily exposure cap").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.reliability.pg_logins import World, open_as, recorded_refusal, refusals
from wellbeing.clock import SystemClock
from wellbeing.exposure import ExposureSpan
from wellbeing.policy import CapPolicy, QueueOverride, WellbeingPolicy, policy_to_toml
from workstation import app, pg_roles, pgfunc, taxonomy
from workstation.actor import Actor
from workstation.app import Services
from workstation.errors import QueueLocked
from workstation.models import Item
from workstation.pgfunc import REFUSAL_DETAIL
from workstation.wellbeing_records import day_start

pytestmark = pytest.mark.postgres

DEFAULT = WellbeingPolicy()
SMALL = WellbeingPolicy(caps=CapPolicy(daily_budget_dose=10.0))
HALF = WellbeingPolicy(caps=CapPolicy(daily_budget_dose=10.5))  # "10": both round half to even
LOCK3 = WellbeingPolicy(caps=CapPolicy(lock_tiers_above=3))
LOCK0 = WellbeingPolicy(caps=CapPolicy(lock_tiers_above=0))
OVERRIDES = WellbeingPolicy(
    queue_overrides={
        "calm": QueueOverride(tier=1),
        "hot": QueueOverride(tier=4),
        'odd "q" #1': QueueOverride(tier=2, severity_weight=0.5),
    }
)
#: queue -> severity tier (items in all but ``empty4``)
QUEUES = {"t1": 1, "t2": 2, "t3": 3, "t4": 4, "calm": 4, "hot": 1, 'odd "q" #1': 4, "empty4": 4}


@dataclass(frozen=True)
class Situation:
    name: str
    policy: WellbeingPolicy
    queue: str
    today: float = 0.0  # the reviewer's dose today
    yesterday: float = 0.0
    colleague_today: float = 0.0  # another reviewer's dose today: never counts
    expected: str = "claimed"  # claimed | refused | empty


SITUATIONS = (
    Situation("fresh reviewer, tier 4", DEFAULT, "t4"),
    Situation("just under the budget", DEFAULT, "t3", today=239.9),
    Situation("exactly the budget", DEFAULT, "t3", today=240.0, expected="refused"),
    Situation("over the budget, an open tier", DEFAULT, "t2", today=300.0),
    Situation("spent yesterday, not today", DEFAULT, "t4", yesterday=300.0),
    Situation("a stored smaller budget", SMALL, "t3", today=12.0, expected="refused"),
    Situation("a colleague's dose", SMALL, "t3", colleague_today=50.0),
    Situation("a fractional budget's sentence", HALF, "t4", today=11.0, expected="refused"),
    Situation("tiers above 3 locked: tier 3 open", LOCK3, "t3", today=300.0),
    Situation("tiers above 3 locked: tier 4", LOCK3, "t4", today=300.0, expected="refused"),
    Situation("every tier locked", LOCK0, "t1", today=240.0, expected="refused"),
    Situation("an override lowers the tier", OVERRIDES, "calm", today=300.0),
    Situation("an override raises the tier", OVERRIDES, "hot", today=300.0, expected="refused"),
    Situation("an override of an odd name", OVERRIDES, 'odd "q" #1', today=300.0),
    Situation("an empty locked queue", DEFAULT, "empty4", today=300.0, expected="refused"),
    Situation("an empty open queue", DEFAULT, "empty4", expected="empty"),
)


@dataclass
class Side:
    services: Services
    admin: Actor  # the policy's writer: wellbeing staff (docs/wellbeing.md, "Changing the policy")
    people: dict[str, Actor] = field(default_factory=dict)


def _seed(services: Services) -> Side:
    directory = services.directory
    side = Side(services, directory.add_user("pol", ["wellbeing"]))
    for name, tier in QUEUES.items():
        directory.add_queue(name, severity_tier=tier, verdicts=taxonomy.builtin("general"))
    now = services.clock.now()
    with services.db.write() as session:
        for name in QUEUES:
            if name != "empty4":
                queue_id = directory.queue(name).id
                session.add_all(
                    Item(queue_id=queue_id, external_ref=f"{name}-{n}", created_at=now) for n in range(20)
                )
    for n in range(len(SITUATIONS) + 1):
        side.people[f"r{n}"] = directory.add_user(f"r{n}", ["reviewer"])
    return side


def _span(when: Any, dose: float) -> ExposureSpan:
    return ExposureSpan(
        item_id=None,
        queue="t2",
        tier=2,
        started_at=when,
        ended_at=when + timedelta(minutes=1),
        seconds=60.0,
        visibility_weight=1.0,
        severity_weight=1.0,
        dose=dose,
        revealed_seconds=60.0,
    )


def _stage(side: Side, index: int, s: Situation) -> Actor:
    """Store the situation's policy and exposure; returns its reviewer."""
    care = side.services.wellbeing
    care.save_policy(side.admin, policy_to_toml(s.policy), f"situation {index}")
    midnight = day_start(side.services.clock.now())
    reviewer, colleague = side.people[f"r{index}"], side.people[f"r{len(SITUATIONS)}"]
    for who, when, dose in (
        (reviewer, midnight + timedelta(minutes=1 + index), s.today),
        (reviewer, midnight - timedelta(hours=1, minutes=index), s.yesterday),
        (colleague, midnight + timedelta(minutes=1 + index), s.colleague_today),
    ):
        if dose:
            care.record_spans(who, [_span(when, dose)])
    return reviewer


@pytest.fixture
def sqlite_side(tmp_path: Path) -> Iterator[Side]:
    services = app.build(f"sqlite:///{tmp_path / 'ws.db'}", clock=SystemClock(), outbox_path=None)
    try:
        yield _seed(services)
    finally:
        services.close()


@pytest.fixture
def pg_side(world: World) -> Iterator[tuple[World, Side]]:
    services = app.build(world.owner_url, clock=SystemClock(), upgrade=False, outbox_path=None)
    try:
        side = _seed(services)
        with services.db.write() as session:
            for name, actor in side.people.items():
                world.logins[name] = pg_roles.create_login(session.connection(), actor.id)
                world.people[name] = actor
        yield world, side
    finally:
        services.close()


def _python_outcome(side: Side, reviewer: Actor, queue: str) -> tuple[str, str | None]:
    try:
        claimed = side.services.claims.claim_next(reviewer, queue)
    except QueueLocked as locked:
        return "refused", str(locked)
    return ("empty", None) if claimed is None else ("claimed", None)


def _sql_outcome(world: World, reviewer: Actor, login: str, queue: str) -> tuple[str, str | None]:
    """The reviewer's own login calls the claim function, nothing in between."""
    notices: list[tuple[Any, ...]] = []
    with world.connect(login) as conn:
        conn.add_notice_handler(lambda d: notices.append(pgfunc.notice_fields(d)))
        rows = conn.execute(
            "SELECT o_claim FROM ws_claim_next(%s, %s, NULL, 60, true)", (reviewer.id, queue)
        ).fetchall()
    refused = [n for n in notices if n[3] == REFUSAL_DETAIL]
    if refused:
        assert rows == [] and refused[0][:2] == ("WARNING", "WSCP0"), (rows, refused)
        return "refused", str(refused[0][2])
    return ("claimed", None) if rows else ("empty", None)


def test_the_database_and_the_workstation_agree_on_every_situation(
    sqlite_side: Side, pg_side: tuple[World, Side]
) -> None:
    world, pg = pg_side
    results = []
    for index, s in enumerate(SITUATIONS):
        lite_reviewer = _stage(sqlite_side, index, s)
        pg_reviewer = _stage(pg, index, s)
        python = _python_outcome(sqlite_side, lite_reviewer, s.queue)
        sql = _sql_outcome(world, pg_reviewer, f"r{index}", s.queue)
        results.append((s.name, s.expected, python, sql))
    disagreements = [r for r in results if r[2] != r[3] or r[2][0] != r[1]]
    assert not disagreements, disagreements
    refused = [r for r in results if r[1] == "refused"]
    assert refused and all("today's exposure budget" in r[3][1] for r in refused)
    assert any("(10 weighted minutes)" in r[3][1] for r in refused)  # 10.5 rounds to 10, as in Python


def test_a_refused_claim_from_psql_is_audited_and_claims_nothing(pg_side: tuple[World, Side]) -> None:
    world, pg = pg_side
    reviewer = _stage(pg, 0, Situation("spent", DEFAULT, "t4", today=250.0))
    with world.connect("r0") as conn:
        message = recorded_refusal(
            conn, "SELECT * FROM ws_claim_next(%s, 't4', NULL, 60, true)", (reviewer.id,), state="WSCP0"
        ).message
        assert "'t4' is tier 4" in message
        mine = conn.execute("SELECT count(*) FROM claims WHERE user_id = %s", (reviewer.id,))
        assert mine.fetchone() == (0,)
        # a caller's time zone does not move midnight for the cap (the function pins its own)
        conn.execute("SET TimeZone = 'Etc/GMT-14'")
        recorded_refusal(
            conn, "SELECT * FROM ws_claim_next(%s, 't4', NULL, 60, true)", (reviewer.id,), state="WSCP0"
        )
        conn.execute("SET TimeZone = 'Etc/GMT+12'")
        recorded_refusal(
            conn, "SELECT * FROM ws_claim_next(%s, 't4', NULL, 60, true)", (reviewer.id,), state="WSCP0"
        )
        # nor can the login reach the body that does not check the cap
        from psycopg import errors

        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM ws_claim_next_body(%s, 't4', NULL, 60, true)", (reviewer.id,))
    logged = refusals(world, "r0")
    assert [(a, subj, fn) for a, subj, _login, fn, _why in logged] == [
        (reviewer.id, "claim from t4", "ws_claim_next")
    ] * 3
    assert logged[0][4] == message


def test_the_window_gets_the_workstations_sentence_and_the_database_backs_it(
    pg_side: tuple[World, Side],
) -> None:
    """Over the reviewer's own login: the gate agrees and says it; a workstation whose policy is
    more lenient than the stored one (an old copy, an edited build) is still refused by the database."""
    world, pg = pg_side
    reviewer = _stage(pg, 1, Situation("small budget", SMALL, "t3", today=12.0))
    services = open_as(world, "r1")
    try:
        with pytest.raises(QueueLocked, match="today's exposure budget \\(10 weighted minutes\\)"):
            services.claims.claim_next(reviewer, "t3")
        # a lenient policy in the workstation's memory: its gate would let the claim through
        services.wellbeing._policy = WellbeingPolicy(caps=CapPolicy(daily_budget_dose=1000.0))
        assert services.wellbeing.locked_tiers_for(reviewer.id) == frozenset()
        with pytest.raises(QueueLocked, match="'t3' is tier 3"):
            services.claims.claim_next(reviewer, "t3")
        assert services.claims.claim_next(reviewer, "t2") is not None  # lower tiers stay open
    finally:
        services.close()
    with world.connect("r1") as conn:
        assert conn.execute(
            "SELECT count(*) FROM claims c JOIN items i ON i.id = c.item_id "
            "JOIN queues q ON q.id = i.queue_id WHERE c.user_id = %s AND q.name = 't3'",
            (reviewer.id,),
        ).fetchone() == (0,)


def test_a_reviewer_cannot_raise_the_stored_budget(pg_side: tuple[World, Side]) -> None:
    from psycopg import errors

    world, pg = pg_side
    _stage(pg, 2, Situation("spent", DEFAULT, "t4", today=250.0))
    with world.connect("r2") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE settings SET value = 'caps.daily_budget_dose = 100000'")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DELETE FROM exposure_spans")


def test_the_migration_downgrades_to_0009_and_upgrades_again(world: World) -> None:
    """0010's downgrade gives the bodies back their names and grants, and drops what it added."""
    from alembic import command

    services = app.build(world.owner_url, clock=SystemClock(), upgrade=False, outbox_path=None)
    try:
        db = services.db

        def functions() -> set[str]:
            with db.read() as session:
                return set(
                    session.execute(
                        text(
                            "SELECT proname FROM pg_proc WHERE pronamespace = current_schema()::regnamespace "
                            "AND proname LIKE 'ws\\_%'"
                        )
                    ).scalars()
                )

        added = {"ws_refused", "ws_policy_queue_tier", "ws_cap_refusal", "ws_has_people"}
        assert added | {"ws_claim_next_body", "ws_set_roles_body"} <= functions()
        with db.engine.begin() as conn:
            command.downgrade(db._alembic(conn), "0009")
        after = functions()
        assert not added & after and not {f for f in after if f.endswith("_body")}
        assert {"ws_claim_next", "ws_set_roles", "ws_decide"} <= after
        with db.engine.begin() as conn:
            command.upgrade(db._alembic(conn), "head")
        assert added <= functions()
    finally:
        services.close()
    with world.connect("ann") as conn:  # and the upgraded database works for a login as before
        claimed = conn.execute(
            "SELECT o_claim FROM ws_claim_next(%s, 'general', NULL, 60, true)", (world.people["ann"].id,)
        ).fetchall()
        assert len(claimed) == 1
        assert conn.execute("SELECT count(*) FROM users").fetchone() == (1,)

"""The reports test world: services over both databases, seeded through the models, and the fixture week."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from wellbeing.clock import FakeClock
from wellbeing.policy import CapPolicy, WellbeingPolicy, policy_to_toml
from workstation import signing, taxonomy
from workstation.actor import Actor
from workstation.audit import AuditService
from workstation.checkpoints import Checkpoints
from workstation.claims import ClaimService
from workstation.db import Database
from workstation.decisions import DecisionRequest, DecisionService
from workstation.directory import Directory
from workstation.exports import DecisionExports
from workstation.models import AuditEvent, BreakRow, CheckIn, ExposureSpanRow, Item, Setting
from workstation.reports import ExposureReports

MONDAY = datetime(2026, 1, 5, tzinfo=UTC)  # the fixture week runs Monday 5 to Sunday 11 January 2026
BUDGET = 60.0


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    """A time in the fixture week: day 0 is Monday."""
    return MONDAY + timedelta(days=day, hours=hour, minutes=minute)


@dataclass
class World:
    db: Database
    clock: FakeClock
    directory: Directory
    claims: ClaimService
    decisions: DecisionService
    reports: ExposureReports
    exports: DecisionExports
    audit: AuditService
    users: dict[str, Actor]
    queues: dict[str, int]
    checkpoints: Checkpoints
    keys_dir: Path
    signers: dict[str, signing.Signer]

    def keypair(self, name: str, *, listed: bool = True) -> signing.Signer:
        """A signing key for ``name`` in ``keys_dir`` (``name``.pem), listed as trusted by the admin."""
        signer = signing.generate(self.keys_dir / f"{name}.pem")
        self.signers[name] = signer
        if listed:
            self.checkpoints.add_key(self.users["admin"], name, signer.public)
        return signer

    def trusted(self) -> dict[str, Any]:
        return self.checkpoints.trusted_keys()

    def user(self, name: str, *roles: str, team: str | None = "blue") -> Actor:
        actor = self.directory.add_user(name, roles or ("reviewer",), team=team)
        self.users[name] = actor
        return actor

    def queue(self, name: str, tier: int = 2) -> int:
        info = self.directory.add_queue(name, severity_tier=tier, verdicts=taxonomy.builtin("general"))
        self.queues[name] = info.id
        return info.id

    def item(self, queue: str, ref: str) -> int:
        with self.db.write() as session:
            row = Item(queue_id=self.queues[queue], external_ref=ref, created_at=self.clock.now())
            session.add(row)
            session.flush()
            return row.id

    def spans(self, *spans: tuple[str, str, int | None, datetime, float, float, float]) -> None:
        """Insert spans in one transaction: (user, queue, item id, start, seconds, revealed s, dose)."""
        with self.db.write() as session:
            session.add_all(
                ExposureSpanRow(
                    client_id=str(uuid.uuid4()),
                    user_id=self.users[user].id,
                    item_id=item,
                    queue_id=self.queues[queue],
                    started_at=start,
                    ended_at=start + timedelta(seconds=seconds),
                    seconds=seconds,
                    revealed_seconds=revealed,
                    visibility_weight=1.0,
                    severity_weight=1.0,
                    dose=dose,
                )
                for user, queue, item, start, seconds, revealed, dose in spans
            )

    def break_(self, user: str, when: datetime, kind: str, outcome: str, postponed: int = 0) -> None:
        with self.db.write() as session:
            session.add(
                BreakRow(
                    client_id=str(uuid.uuid4()),
                    user_id=self.users[user].id,
                    kind=kind,
                    prompted_at=when,
                    started_at=when if outcome == "taken" else None,
                    ended_at=when + timedelta(minutes=5) if outcome == "taken" else None,
                    postponed=postponed,
                    outcome=outcome,
                )
            )

    def checkin(self, user: str, when: datetime, mood: int) -> None:
        with self.db.write() as session:
            session.add(CheckIn(client_id=str(uuid.uuid4()), user_id=self.users[user].id, at=when, mood=mood))

    def decide(self, reviewer: str, queue: str, count: int, *, verdict: str = "allow") -> list[str]:
        """Claim and decide ``count`` new items of ``queue``; returns the decisions' client ids."""
        ids = []
        for n in range(count):
            self.item(queue, f"{reviewer}-{queue}-{len(ids)}-{uuid.uuid4().hex[:6]}")
            claim = self.claims.claim_next(self.users[reviewer], queue)
            assert claim is not None
            record = self.decisions.decide(
                self.users[reviewer],
                DecisionRequest(
                    claim_id=claim.claim_id,
                    verdict=verdict,
                    reason="spam" if verdict == "remove" else "",
                    note=f"note {n}, with a comma and\na newline" if n % 2 else "",
                    handling_seconds=12.3456 + n,
                    reveal_state=("filtered", "spotlight", "revealed")[n % 3],
                ),
            )
            ids.append(record.client_id)
            self.clock.advance(7)
        return ids

    def audit_actions(self) -> list[tuple[str, str]]:
        with self.db.read() as session:
            rows = session.execute(select(AuditEvent.action, AuditEvent.subject).order_by(AuditEvent.seq))
            return [(a, s) for a, s in rows]


def make_world(database: Database, keys_dir: Path) -> World:
    clock = FakeClock(MONDAY + timedelta(days=14))
    directory = Directory(database, clock)
    claims = ClaimService(database, clock, lease_seconds=60)
    decisions = DecisionService(database, clock, claims)
    policy = WellbeingPolicy(caps=CapPolicy(daily_budget_dose=BUDGET))
    return World(
        db=database,
        clock=clock,
        directory=directory,
        claims=claims,
        decisions=decisions,
        reports=ExposureReports(database, clock, policy),
        exports=DecisionExports(database, clock, decisions, key_path=keys_dir / "lead.pem"),
        audit=AuditService(database, clock),
        users={},
        queues={},
        checkpoints=Checkpoints(database, clock),
        keys_dir=keys_dir,
        signers={},
    )


def seed_week(world: World) -> World:
    """The hand-computed fixture week (figures in test_reports_exposure.py's docstring)."""
    with world.db.write() as session:  # the CLI reads the organisation's policy from the database
        session.add(
            Setting(
                key="wellbeing_policy",
                value=policy_to_toml(world.reports.policy),
                updated_at=world.clock.now(),
            )
        )
    world.user("admin", "admin", team=None)
    world.user("well", "wellbeing", team=None)
    world.user("lead", "lead", team=None)
    for name in ("a1", "a2", "a3", "a4", "a5"):
        world.user(name, team="blue")
    for name in ("r1", "r2"):
        world.user(name, team="red")
    world.queue("general", tier=2)
    world.queue("gore", tier=4)
    i1, i3 = world.item("general", "g-1"), world.item("general", "g-3")
    i2 = world.item("gore", "x-2")
    other = [world.item("general", f"g-{n}") for n in range(10, 16)]
    x = [world.item("gore", f"x-{n}") for n in range(10, 13)]
    # a1, Monday: item 1 in two spans of one statement, item 2 in gore (70 that day: over budget)
    world.spans(
        ("a1", "general", i1, at(0, 9), 120, 60, 10.0),
        ("a1", "general", i1, at(0, 9, 5), 240, 60, 20.0),
        ("a1", "gore", i2, at(0, 11), 300, 0, 40.0),
    )
    # a1, Tuesday: item 3, and item 1 again in a later transaction (an item counts once a day)
    world.spans(("a1", "general", i3, at(1, 9), 100, 30, 20.0))
    world.spans(("a1", "general", i1, at(1, 15), 30, 0, 0.0))
    world.spans(
        ("a2", "general", other[0], at(0, 10), 60, 0, 10.0),
        ("a2", "general", other[1], at(2, 10), 600, 120, 60.0),  # exactly the budget: spent
        ("a3", "general", other[2], at(0, 12), 60, 0, 5.0),
        ("a4", "gore", x[0], at(1, 12), 60, 0, 15.0),
        ("a5", "general", other[3], at(3, 12), 60, 0, 25.0),
        ("r1", "general", other[4], at(0, 13), 60, 0, 50.0),
        ("r2", "gore", x[1], at(4, 13), 60, 0, 100.0),
        # outside the week: must not count
        ("a1", "general", other[5], at(-1, 23, 59), 60, 60, 500.0),
        ("a1", "gore", x[2], at(7, 0), 60, 60, 500.0),
    )
    world.break_("a1", at(0, 10), "soft", "taken", postponed=1)
    world.break_("a1", at(0, 14), "enforced", "dismissed")
    world.break_("a1", at(1, 14), "self", "taken")
    world.break_("a2", at(2, 11), "soft", "prompted", postponed=2)
    world.break_("a2", at(9, 11), "soft", "taken")  # outside the week
    world.checkin("a1", at(0, 8), 4)
    world.checkin("a1", at(2, 8), 2)
    world.checkin("a1", at(4, 8), 3)
    world.checkin("a2", at(0, 8), 5)
    return world


def seed_log(world: World) -> World:
    """Two reviewers, two queues, 9 decisions (one undone), a lead, an admin and wellbeing staff."""
    world.user("admin", "admin", team=None)
    world.user("lead", "lead", team=None)
    world.user("well", "wellbeing", team=None)
    world.user("ann")
    world.user("bob")
    world.queue("general")
    world.queue("gore", tier=4)
    world.decide("ann", "general", 3)
    world.decide("bob", "gore", 2, verdict="remove")
    world.decide("ann", "gore", 2)
    last = world.decisions.find(world.decide("bob", "general", 1)[0])
    assert last is not None
    world.decisions.undo(world.users["bob"], last.id)  # a superseding record
    world.keypair("lead")  # the exports sign with it (World.exports' key_path)
    return world

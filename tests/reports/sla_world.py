"""A small hand-made world for the SLA and daily reports, with every figure worked out by hand.

Now is Tuesday 2026-03-10 15:00 UTC (a fake clock). Two queues: ``general`` (target 60 min) and
``gore`` (120 min); ann is in team blue, bob in team red. Times are UTC; (M) met, (X) missed.

general
  g1  imported 03-10 08:00, due 09:00, claimed 08:20 (ann), decided 08:30 allow          (M)
      corrected 09:00 by ann (a decision superseding g1's: not a first decision)
  g2  imported 09:00, due 10:00, claimed 10:00 (bob), decided 10:30 remove               (X, 30 min late)
  g3  imported 10:00, due 11:00, claimed 10:10 (ann), decided 10:20 escalate             (M)
  g4  imported 03-08 10:00, due 11:00, claimed 10:30 (ann), decided 10:40                (M, last week)
  g5  pending, imported 13:00, due 14:00: overdue now, missed today; bob skipped it at 13:10
  g6  pending, imported 14:30, due 15:30: due within the hour; ann's lease ran out 14:45
  g7  pending, imported 14:50, due 16:10 (its manifest's own SLA)
gore
  x1  imported 03-09 20:00, due 22:00, claimed 22:30 (bob), decided 23:00                (X, last week)
  x2  imported 03-10 11:00, no SLA, claimed 11:30 (ann), decided 12:00
  x3  imported 03-09 23:30, due 03-10 01:30, claimed 00:50 (ann), decided 01:00          (M)

Also: bob flags g2 as a key ticket at 11:00; g6's medium is unreadable, g7's crashed the decoder;
one offline conflict (12:00) and an import that rejected 3 lines (12:30), both on 03-10.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from wellbeing.clock import FakeClock
from workstation import audit, taxonomy
from workstation.actor import Actor
from workstation.decisions import append_decision
from workstation.directory import Directory
from workstation.key_tickets import KeyTickets
from workstation.models import Claim, Item, MediaAsset
from workstation.sla import OperationsSettings

NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


@dataclass
class World:
    db: Any
    clock: FakeClock
    people: dict[str, Actor] = field(default_factory=dict)
    items: dict[str, int] = field(default_factory=dict)


# ref: (queue, imported, due, claim (who, claimed, released, outcome) or None, decision (verdict, at) or None)
ITEMS: dict[str, tuple[str, datetime, datetime | None, Any, Any]] = {
    "g1": (
        "general",
        at(10, 8),
        at(10, 9),
        ("ann", at(10, 8, 20), at(10, 8, 30), "decided"),
        ("allow", at(10, 8, 30)),
    ),
    "g2": (
        "general",
        at(10, 9),
        at(10, 10),
        ("bob", at(10, 10), at(10, 10, 30), "decided"),
        ("remove", at(10, 10, 30)),
    ),
    "g3": (
        "general",
        at(10, 10),
        at(10, 11),
        ("ann", at(10, 10, 10), at(10, 10, 20), "decided"),
        ("escalate", at(10, 10, 20)),
    ),
    "g4": (
        "general",
        at(8, 10),
        at(8, 11),
        ("ann", at(8, 10, 30), at(8, 10, 40), "decided"),
        ("allow", at(8, 10, 40)),
    ),
    "g5": ("general", at(10, 13), at(10, 14), ("bob", at(10, 13, 5), at(10, 13, 10), "skipped"), None),
    "g6": (
        "general",
        at(10, 14, 30),
        at(10, 15, 30),
        ("ann", at(10, 14, 35), at(10, 14, 50), "expired"),
        None,
    ),
    "g7": ("general", at(10, 14, 50), at(10, 16, 10), None, None),
    "x1": ("gore", at(9, 20), at(9, 22), ("bob", at(9, 22, 30), at(9, 23), "decided"), ("remove", at(9, 23))),
    "x2": ("gore", at(10, 11), None, ("ann", at(10, 11, 30), at(10, 12), "decided"), ("allow", at(10, 12))),
    "x3": (
        "gore",
        at(9, 23, 30),
        at(10, 1, 30),
        ("ann", at(10, 0, 50), at(10, 1), "decided"),
        ("allow", at(10, 1)),
    ),
}


def build(db: Any) -> World:
    clock = FakeClock(at(1, 9))
    world = World(db, clock)
    directory = Directory(db, clock)
    world.people["ada"] = directory.add_user("ada", ["admin"], team=None)
    world.people["leo"] = directory.add_user("leo", ["lead"], team=None)
    world.people["ann"] = directory.add_user("ann", ["reviewer"], team="blue")
    world.people["bob"] = directory.add_user("bob", ["reviewer"], team="red")
    verdicts = taxonomy.builtin("general")
    queues = {q: directory.add_queue(q, severity_tier=2, verdicts=verdicts).id for q in ("general", "gore")}
    settings = OperationsSettings(db, clock)
    settings.set_sla_target(world.people["ada"], "general", 60)
    settings.set_sla_target(world.people["ada"], "gore", 120)
    decided: dict[str, tuple[int, str]] = {}
    with db.write() as session:
        conn = session.connection()
        for ref, (queue, imported, due, claim, decision) in ITEMS.items():
            item = Item(
                queue_id=queues[queue],
                external_ref=ref,
                reason="",
                priority=0,
                sla_due_at=due,
                status="decided" if decision else "pending",
                created_at=imported,
            )
            session.add(item)
            session.flush()
            world.items[ref] = item.id
            claim_id = None
            if claim:
                who, claimed, released, outcome = claim
                row = Claim(
                    item_id=item.id,
                    user_id=world.people[who].id,
                    claimed_at=claimed,
                    lease_expires_at=released - timedelta(minutes=5) if outcome == "expired" else released,
                    released_at=released,
                    outcome=outcome,
                )
                session.add(row)
                session.flush()
                claim_id = row.id
            if decision:
                verdict, when = decision
                who = claim[0]
                record = append_decision(
                    conn,
                    user_id=world.people[who].id,
                    reviewer=who,
                    item_id=item.id,
                    external_ref=ref,
                    queue_id=queues[queue],
                    queue_name=queue,
                    claim_id=claim_id,
                    verdict=verdict,
                    reason="other" if verdict == "remove" else "",
                    note="why" if verdict == "escalate" else "",
                    decided_at=when,
                    handling_seconds=42.0,
                    reveal_state="filtered",
                    client_id=f"c-{ref}",
                    supersedes=None,
                )
                decided[ref] = (record.id, record.client_id)
        # g1 corrected at 09:00: not a first decision, so it changes no SLA figure.
        append_decision(
            conn,
            user_id=world.people["ann"].id,
            reviewer="ann",
            item_id=world.items["g1"],
            external_ref="g1",
            queue_id=queues["general"],
            queue_name="general",
            claim_id=None,
            verdict="remove",
            reason="other",
            note="corrected",
            decided_at=at(10, 9),
            handling_seconds=5.0,
            reveal_state="filtered",
            client_id="c-g1-fix",
            supersedes=decided["g1"],
        )
        for ref, readable, reason in (
            ("g6", False, "not an image this program can read"),
            ("g7", False, "the decoder crashed (signal 11)"),
            ("g5", True, None),
        ):
            session.add(
                MediaAsset(
                    item_id=world.items[ref],
                    position=0,
                    path=f"/media/{ref}.jpg",
                    sha256=ref.ljust(64, "0"),
                    kind="image",
                    readable=readable,
                    unreadable_reason=reason,
                )
            )
        audit.record(session, at(10, 12), None, "offline_conflict", "decision c-zz", {"reason": "lease lost"})
        audit.record(session, at(10, 12, 30), world.people["leo"].id, "import", "general", {"rejected": 3})
    move_to(clock, at(10, 11))  # the flag is made at 11:00
    KeyTickets(db, clock).flag(
        world.people["bob"], world.items["g2"], "Coordinated spam wave from one network"
    )
    move_to(clock, NOW)
    return world


def move_to(clock: FakeClock, when: datetime) -> None:
    clock.jump_wall((when - clock.now()).total_seconds())

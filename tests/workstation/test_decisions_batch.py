"""``append_decisions`` (the demo's history in one pass) writes exactly what ``append_decision`` writes
one row at a time: the same links, policy stamps and superseded escalations (docs/install.md)."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import aliased

from tests.workstation.conftest import Core
from workstation import ledger, policies
from workstation.config import RESOURCES
from workstation.decisions import append_decision, append_decisions
from workstation.models import Claim, Decision, Escalation, LedgerHead

_COLUMNS = (
    Decision.chain, Decision.seq, Decision.prev_hash, Decision.hash, Decision.client_id, Decision.item_id,
    Decision.claim_id, Decision.verdict, Decision.reason, Decision.note, Decision.decided_at,
    Decision.handling_seconds, Decision.reveal_state, Decision.policy_version,
)  # fmt: skip
_SUPERSEDED = aliased(Decision)


def _world(core: Core, items_per_queue: int = 6) -> list[dict[str, Any]]:
    """Two queues' items, each with a closed claim, and one planned decision per item, decided on
    both sides of two policy versions (one of them a tie on its day) and on the exact midnight."""
    alex = core.reviewer("alex")
    service = policies.PolicyService(core.db, core.clock)
    old = policies.read_file(RESOURCES / "policies" / "sop-2026-11.toml")
    new = policies.read_file(RESOURCES / "policies" / "sop-2026-12.toml")
    service.publish(None, old, date(2026, 1, 1))
    service.publish(None, new, date(2026, 1, 3))
    service.publish(None, dataclasses.replace(new, version="tie-later"), date(2026, 1, 3))
    starts = [
        datetime(2025, 12, 31, 12, tzinfo=UTC),  # before any policy: none stamped
        datetime(2026, 1, 2, 23, 59, tzinfo=UTC),
        datetime(2026, 1, 3, 0, 0, tzinfo=UTC),  # the midnight the later versions take effect
    ]
    planned = []
    for queue in (core.queue("general"), core.queue("violence", tier=3)):
        info = core.directory.queue(queue)
        ids = core.items(queue, items_per_queue, prefix=queue)
        with core.db.write() as session:
            for n, item_id in enumerate(ids):
                at = starts[n % len(starts)] + timedelta(seconds=n // len(starts))
                claim = Claim(
                    item_id=item_id, user_id=alex.id, claimed_at=at - timedelta(minutes=1),
                    lease_expires_at=at + timedelta(minutes=1), released_at=at, outcome="decided",
                )  # fmt: skip
                session.add(claim)
                session.flush()
                planned.append(
                    {
                        "user_id": alex.id, "reviewer": "alex", "item_id": item_id,
                        "external_ref": f"{queue}-{n}", "queue_id": info.id, "queue_name": queue,
                        "claim_id": claim.id, "verdict": "allow", "reason": "", "note": f"n {n} ü \"q\"",
                        "decided_at": at, "handling_seconds": 12.3456 + n, "reveal_state": "filtered",
                        "client_id": str(uuid.UUID(int=n + 1000 * info.id)), "supersedes": None,
                    }
                )  # fmt: skip
    return planned


def _written(conn: Connection) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    # The superseded decision by its client id: ids are not reused after a rollback on PostgreSQL.
    rows = conn.execute(
        select(*_COLUMNS, _SUPERSEDED.client_id)
        .outerjoin(_SUPERSEDED, _SUPERSEDED.id == Decision.supersedes_id)
        .order_by(Decision.chain, Decision.seq)
    ).all()
    heads = conn.execute(select(LedgerHead.name, LedgerHead.seq, LedgerHead.hash).order_by(LedgerHead.name))
    return [tuple(r) for r in rows], [tuple(h) for h in heads]


def _both_ways(core: Core, planned: list[dict[str, Any]], before: Any = None) -> tuple[Any, Any]:
    """What one ``append_decision`` per row writes, then (that rolled back) what the batch writes."""
    results = []
    for batch in (False, True):
        with core.db.engine.connect() as conn:
            outer = conn.begin()
            if before is not None:
                before(conn)
            if batch:
                assert append_decisions(conn, [dict(p) for p in planned]) == len(planned)
            else:
                for p in planned:
                    append_decision(conn, **p)
            results.append(_written(conn))
            outer.rollback()
    return results[0], results[1]


def test_a_batch_writes_what_one_at_a_time_writes(core: Core) -> None:
    planned = _world(core)
    one_by_one, batch = _both_ways(core, planned)
    assert batch == one_by_one
    rows, _heads = batch
    assert len(rows) == len(planned)
    stamps = {p["decided_at"]: r[-2] for p in planned for r in rows if r[4] == p["client_id"]}
    assert stamps[datetime(2025, 12, 31, 12, tzinfo=UTC)] is None
    assert stamps[datetime(2026, 1, 2, 23, 59, tzinfo=UTC)] == "2026-11"
    assert stamps[datetime(2026, 1, 3, 0, 0, tzinfo=UTC)] == "tie-later"  # the later of a tie


def test_the_batch_chain_verifies_and_follows_earlier_links(core: Core) -> None:
    """A batch continues a chain that already has links, and the whole chain verifies."""
    planned = _world(core)
    with core.db.write() as session:
        for p in planned[:3]:
            append_decision(session.connection(), **p)
    with core.db.write() as session:
        append_decisions(session.connection(), planned[3:])
    report = core.decisions.verify()
    assert report.ok and report.checked == len(planned), report.problem


def test_an_item_with_an_open_escalation_is_superseded_as_one_at_a_time(core: Core) -> None:
    """The batch does not skip the rule that a decision supersedes the item's open escalation."""
    planned = _world(core, items_per_queue=3)
    first = planned[0]

    def escalate(conn: Connection) -> None:
        record = append_decision(
            conn, **(first | {"client_id": "escalation", "verdict": "escalate", "claim_id": None})
        )
        conn.execute(
            insert(Escalation).values(
                item_id=first["item_id"], decision_id=record.id, from_queue_id=first["queue_id"],
                by_user_id=first["user_id"], at=first["decided_at"] - timedelta(seconds=1),
            )
        )  # fmt: skip

    one_by_one, batch = _both_ways(core, planned, before=escalate)
    assert batch == one_by_one
    superseding = [r for r in batch[0] if r[4] == first["client_id"]]
    assert superseding[0][-1] == "escalation"  # it supersedes the escalation's decision


def test_append_many_links_as_append_does(core: Core) -> None:
    records = [{"n": n, "text": f"record {n}"} for n in range(5)]
    links = []
    with core.db.engine.connect() as conn:
        outer = conn.begin()
        links.append([ledger.append(conn, ledger.AUDIT, r) for r in records])
        outer.rollback()
        outer = conn.begin()
        links.append(ledger.append_many(conn, ledger.AUDIT, records))
        head = conn.execute(
            select(LedgerHead.seq, LedgerHead.hash).where(LedgerHead.name == ledger.AUDIT)
        ).one()
        outer.rollback()
    assert links[0] == links[1]
    assert (head.seq, head.hash) == (links[1][-1].seq, links[1][-1].hash)

"""Where an escalation goes and what an urgent verdict opens, on SQLite (docs/escalations-and-incidents.md).

PostgreSQL runs the same rules in migration 0013's functions (``ws_route_escalation``,
``ws_chain_decision``); the SQLite path of the decision service calls these in its transaction:

- :func:`open_escalation` finds the escalation a new decision on the item supersedes (the second
  tier's decision, or the author's take-back), and :func:`close_escalation` closes it;
- :func:`route` moves an escalated item to the queue it goes to (or leaves it with the leads),
  records the escalation, and opens an incident for an urgent verdict or the imminent-harm box.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from workstation import incidents, taxonomy
from workstation.errors import InvalidInput, NotFound
from workstation.models import Decision, Escalation, EscalationRoute, Item, ItemStatus, Queue, User

LEADS = "leads"  # the destination name of "the leads of the reviewer's team"


@dataclass(frozen=True)
class HistoryEntry:
    """One decision on an item, as the second tier sees it."""

    at: datetime
    who: str
    queue: str
    verdict: str
    reason: str
    note: str
    superseded: bool


def open_escalation(conn: Connection, item_id: int) -> tuple[int, str] | None:
    """The (decision id, client id) of the item's open escalation, which a new decision supersedes."""
    row = conn.execute(
        select(Decision.id, Decision.client_id)
        .join(Escalation, Escalation.decision_id == Decision.id)
        .where(Escalation.item_id == item_id, Escalation.closed_at.is_(None))
        .order_by(Escalation.id.desc())
        .limit(1)
    ).first()
    return (row.id, row.client_id) if row is not None else None


def close_escalation(
    conn: Connection, superseded_id: int, decision_id: int, verdict: str, at: datetime
) -> None:
    conn.execute(
        update(Escalation)
        .where(Escalation.decision_id == superseded_id, Escalation.closed_at.is_(None))
        .values(
            closed_at=at,
            closing_decision_id=decision_id,
            outcome="taken_back" if verdict == taxonomy.UNDONE else "decided",
        )
    )


def routes(conn: Connection, queue_id: int) -> list[tuple[int | None, str]]:
    """The queue's destinations in order, as (queue id or None for the leads, name)."""
    rows = conn.execute(
        select(EscalationRoute.to_queue_id, Queue.name)
        .outerjoin(Queue, Queue.id == EscalationRoute.to_queue_id)
        .where(EscalationRoute.queue_id == queue_id)
        .order_by(EscalationRoute.position)
    ).all()
    return [(to, name or LEADS) for to, name in rows]


def route(conn: Connection, decision_id: int, destination: str, imminent: bool) -> int | None:
    """After a reviewer's decision: route an escalation, open an incident where one is due. Returns
    the incident's id, if any. Idempotent (an outbox replay records each once)."""
    d = conn.execute(
        select(
            Decision.id,
            Decision.user_id,
            Decision.item_id,
            Decision.queue_id,
            Decision.verdict,
            Decision.note,
            Decision.reason,
            Decision.decided_at,
            Queue.taxonomy,
            Queue.name,
            Item.external_ref,
            User.team_id,
        )
        .join(Queue, Queue.id == Decision.queue_id)
        .join(Item, Item.id == Decision.item_id)
        .join(User, User.id == Decision.user_id)
        .where(Decision.id == decision_id)
    ).first()
    if d is None:
        raise NotFound(f"decision {decision_id} does not exist")
    escalating = d.verdict == taxonomy.ESCALATE
    if (
        escalating
        and conn.execute(select(Escalation.id).where(Escalation.decision_id == d.id)).first() is None
    ):
        if conn.execute(select(Decision.id).where(Decision.supersedes_id == d.id)).first() is not None:
            raise InvalidInput("that escalation was already taken back or decided")
        offered = routes(conn, d.queue_id)
        chosen = next((r for r in offered if not destination or r[1] == destination), None)
        if chosen is None:
            if destination not in ("", LEADS):
                names = ", ".join(n for _, n in offered) or LEADS
                raise InvalidInput(
                    f"queue {d.name} does not escalate to {destination}; choose one of {names}"
                )
            chosen = (None, LEADS)  # a queue without routes escalates to the leads of the reviewer's team
        to_queue = chosen[0]
        if to_queue is not None:
            clash = conn.execute(
                select(Queue.name)
                .join(Item, Item.queue_id == Queue.id)
                .where(Item.queue_id == to_queue, Item.external_ref == d.external_ref)
            ).first()
            if clash is not None:
                raise InvalidInput(
                    f"the queue {clash.name} already holds an item {d.external_ref}; nothing was recorded"
                )
            conn.execute(
                update(Item)
                .where(Item.id == d.item_id)
                .values(queue_id=to_queue, status=ItemStatus.PENDING.value)
            )
        conn.execute(
            insert(Escalation),
            {
                "item_id": d.item_id,
                "decision_id": d.id,
                "from_queue_id": d.queue_id,
                "to_queue_id": to_queue,
                "to_team_id": d.team_id,
                "by_user_id": d.user_id,
                "at": d.decided_at,
                "note": (d.note or d.reason).strip(),
                "imminent": imminent,
            },
        )
    recorded = conn.execute(select(Escalation.imminent).where(Escalation.decision_id == d.id)).scalar()
    if escalating and recorded:  # the box as recorded with the escalation, not in a later call
        severity, category = "P0", f"imminent harm (escalated from {d.name})"
    else:
        entry = next((e for e in d.taxonomy if isinstance(e, dict) and e.get("key") == d.verdict), None)
        severity = str(entry.get("urgent") or "") if entry else ""
        category = str(entry.get("label") or d.verdict) if entry else d.verdict
    if severity in incidents.SEVERITIES:
        return incidents.open_incident_sqlite(
            conn,
            user_id=d.user_id,
            item_id=d.item_id,
            decision_id=d.id,
            severity=severity,
            category=category,
            at=d.decided_at,
        )
    return None

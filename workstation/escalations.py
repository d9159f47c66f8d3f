"""Escalations that go somewhere: where each queue sends them, the item's history for the second
tier, listing, and taking one back (docs/escalations-and-incidents.md).

The escalation itself is a decision (verdict ``escalate``, with the destination and the imminent-harm
box in its request), routed in the decision's transaction (``workstation.routing`` on SQLite,
``ws_route_escalation`` on PostgreSQL). The second tier's decision supersedes the escalation's.
"""

from __future__ import annotations

import builtins
import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Boolean, Integer, String, Text, delete, select, text
from sqlalchemy.orm import Session, aliased

from wellbeing.clock import Clock
from workstation import audit, config, pgfunc, routing, taxonomy
from workstation.actor import Actor
from workstation.claims import ClaimedItem, ClaimService
from workstation.db import Database
from workstation.decisions import append_decision, new_client_id
from workstation.errors import InvalidInput, NotFound, PermissionDenied
from workstation.models import (
    Claim,
    ClaimOutcome,
    Decision,
    Escalation,
    EscalationRoute,
    Item,
    ItemStatus,
    Queue,
    QueueGrant,
    Role,
    User,
    UTCDateTime,
)

log = logging.getLogger(__name__)

LEADS = routing.LEADS
HistoryEntry = routing.HistoryEntry
HIDDEN = "(restricted)"  # what a person may not read of an escalation they may see


@dataclass(frozen=True)
class EscalationView:
    id: int
    item_ref: str
    from_queue: str
    to: str  # a queue name, or "leads"
    by: str
    at: datetime
    note: str
    imminent: bool
    state: str  # open | claimed | decided | taken_back


_PG_HISTORY = text("SELECT * FROM ws_item_history(CAST(:p_item AS integer))").columns(
    o_at=UTCDateTime(),
    o_who=String,
    o_queue=String,
    o_verdict=String,
    o_reason=Text,
    o_note=Text,
    o_superseded=Boolean,
)
_PG_ROUTES = text("SELECT o_name FROM ws_routes(CAST(:p_queue AS integer))")
_PG_SET_ROUTES = text(
    "SELECT ws_set_routes(CAST(:a AS integer), CAST(:q AS text), CAST(:d AS text[]), CAST(:now AS timestamp))"
)
_PG_LEAD_DECIDE = text(
    "SELECT ws_lead_decide(CAST(:a AS integer), CAST(:e AS integer), CAST(:c AS text), CAST(:v AS text), "
    "CAST(:r AS text), CAST(:n AS text), CAST(:now AS timestamp))"
).columns(ws_lead_decide=Integer)

_PG_TAKE_BACK = text(
    "SELECT ws_take_back(CAST(:a AS integer), CAST(:e AS integer), CAST(:c AS text), "
    "CAST(:now AS timestamp), CAST(:lease AS double precision))"
).columns(ws_take_back=Integer)


def _entry(row: Any) -> HistoryEntry:
    at, who, queue, verdict, reason, note, superseded = row
    return HistoryEntry(at, who, queue, verdict, reason, note, bool(superseded))


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


class EscalationService:
    def __init__(self, db: Database, clock: Clock, claims: ClaimService) -> None:
        self.db = db
        self.clock = clock
        self.claims = claims

    # -- configuration ----------------------------------------------------------------------------

    def set_routes(self, actor: Actor, queue_name: str, destinations: Sequence[str]) -> builtins.list[str]:
        """Where ``queue_name``'s escalations go, in the order the E dialog offers them: queue names,
        or ``leads`` (the leads of the escalating reviewer's team). Empty: the leads."""
        audit.require(self.db, self.clock, actor, "set where queues escalate", Role.ADMIN)
        queue_name = config.check_name("queue", queue_name)
        dests = [config.check_name("queue", d) for d in destinations]
        now = self.clock.now()
        if self.db.dialect == "postgresql":
            params = {"a": actor.id, "q": queue_name, "d": dests, "now": _naive(now)}
            self.db.run_write(lambda s: pgfunc.call(s.connection(), _PG_SET_ROUTES, params).scalar_one())
            return self.routes(queue_name)

        def work(session: Session) -> None:
            queue_id = session.execute(select(Queue.id).where(Queue.name == queue_name)).scalar()
            if queue_id is None:
                raise NotFound(f"no queue named {queue_name!r}")
            session.execute(delete(EscalationRoute).where(EscalationRoute.queue_id == queue_id))
            seen: set[int | None] = set()
            for position, dest in enumerate(dests, 1):
                to = None
                if dest != LEADS:
                    to = session.execute(select(Queue.id).where(Queue.name == dest)).scalar()
                    if to is None:
                        raise NotFound(f"no queue named {dest!r}")
                    if to == queue_id:
                        raise InvalidInput("a queue cannot escalate to itself")
                if to in seen:
                    raise InvalidInput(f"{dest} is named twice")
                seen.add(to)
                session.add(EscalationRoute(queue_id=queue_id, position=position, to_queue_id=to))
            session.flush()
            audit.record(session, now, actor.id, "queue.routes", queue_name, {"escalate_to": dests})

        self.db.run_write(work)
        return self.routes(queue_name)

    def routes(self, queue_name: str) -> builtins.list[str]:
        """The destinations of a queue's escalations, in order (empty: its team's leads)."""
        with self.db.read() as session:
            queue_id = session.execute(select(Queue.id).where(Queue.name == queue_name)).scalar()
            if queue_id is None:
                raise NotFound(f"no queue named {queue_name!r}")
            if self.db.dialect == "postgresql":
                return [str(n) for n in session.execute(_PG_ROUTES, {"p_queue": queue_id}).scalars()]
            return [name for _, name in routing.routes(session.connection(), queue_id)]

    # -- the second tier --------------------------------------------------------------------------

    def history(self, actor: Actor, item_id: int) -> builtins.list[HistoryEntry]:
        """Every decision on the item (who, what, when, notes), for whoever holds its claim, leads and
        admins: the second tier sees why it came to them."""
        with self.db.read() as session:
            if not actor.has(Role.LEAD, Role.ADMIN):
                holds = session.execute(
                    select(Claim.id).where(
                        Claim.item_id == item_id, Claim.user_id == actor.id, Claim.released_at.is_(None)
                    )
                ).first()
                if holds is None:
                    raise PermissionDenied(
                        "the history of an item is shown to whoever holds its claim, leads and admins"
                    )
            if self.db.dialect == "postgresql":  # row-level security hides others' decisions from a login
                found = pgfunc.call(session.connection(), _PG_HISTORY, {"p_item": item_id}).all()
                return [_entry(r) for r in found]
            later = aliased(Decision)
            rows = session.execute(
                select(
                    Decision.decided_at,
                    User.display_name,
                    Queue.name,
                    Decision.verdict,
                    Decision.reason,
                    Decision.note,
                    select(later.id).where(later.supersedes_id == Decision.id).exists(),
                )
                .join(User, User.id == Decision.user_id)
                .join(Queue, Queue.id == Decision.queue_id)
                .where(Decision.item_id == item_id)
                .order_by(Decision.decided_at, Decision.id)
            ).all()
            return [_entry(r) for r in rows]

    def list(self, actor: Actor, *, open_only: bool = True) -> builtins.list[EscalationView]:
        """Escalations: a reviewer's own, and those in queues they may open; leads and admins all."""
        src, dst = aliased(Queue), aliased(Queue)
        with self.db.read() as session:
            query = (
                select(Escalation, Item.external_ref, src.name, dst.name, User.display_name)
                .outerjoin(Item, Item.id == Escalation.item_id)  # row-level security may hide it
                .outerjoin(src, src.id == Escalation.from_queue_id)
                .outerjoin(dst, dst.id == Escalation.to_queue_id)
                .join(User, User.id == Escalation.by_user_id)
                .order_by(Escalation.at.desc(), Escalation.id.desc())
            )
            if open_only:
                query = query.where(Escalation.closed_at.is_(None))
            rows = session.execute(query).all()
            claimed = {e.item_id for e, *_ in rows if e.closed_at is None and self._claimed(session, e)}
            visible: set[int] = set()
            if not actor.has(Role.LEAD, Role.ADMIN):
                # PostgreSQL's row-level security does this for a login; this keeps SQLite the same.
                granted = select(QueueGrant.queue_id).where(QueueGrant.user_id == actor.id)
                visible = set(
                    session.execute(
                        select(Queue.id).where(~Queue.restricted | Queue.id.in_(granted))
                    ).scalars()
                )
        views = []
        for e, ref, from_q, to_q, by in rows:
            if visible and e.by_user_id != actor.id and e.to_queue_id not in visible:
                continue
            state = e.outcome or ("claimed" if e.item_id in claimed else "open")
            to = LEADS if e.to_queue_id is None else to_q or HIDDEN
            views.append(
                EscalationView(e.id, ref or HIDDEN, from_q or HIDDEN, to, by, e.at, e.note, e.imminent, state)
            )
        return views

    def decide(
        self, actor: Actor, escalation_id: int, verdict: str, *, reason: str = "", note: str = ""
    ) -> int:
        """A lead decides an escalation sent to the leads (of their team; a lead without a team leads
        every team): a decision on the item's queue chain that supersedes the escalation. Returns the
        decision's id."""
        audit.require(self.db, self.clock, actor, "decide escalations sent to the leads", Role.LEAD)
        client = new_client_id()
        now = self.clock.now()
        if self.db.dialect == "postgresql":
            params = {
                "a": actor.id,
                "e": escalation_id,
                "c": client,
                "v": verdict,
                "r": reason.strip(),
                "n": note.strip(),
                "now": _naive(now),
            }
            return int(
                self.db.run_write(lambda s: pgfunc.call(s.connection(), _PG_LEAD_DECIDE, params).scalar_one())
            )

        def work(session: Session) -> int:
            e = session.get(Escalation, escalation_id)
            if e is None or e.to_queue_id is not None:
                raise NotFound(f"escalation {escalation_id} was not sent to the leads")
            if e.to_team_id is not None and actor.team_id is not None and actor.team_id != e.to_team_id:
                raise InvalidInput(f"escalation {escalation_id} went to the leads of another team")
            item = session.execute(select(Item).where(Item.id == e.item_id).with_for_update()).scalar_one()
            if e.closed_at is not None:
                raise InvalidInput(f"escalation {escalation_id} is closed")
            if verdict in (taxonomy.ESCALATE, taxonomy.UNDONE):
                raise InvalidInput("a lead decides an escalation with one of the queue's verdicts")
            queue = session.get_one(Queue, item.queue_id)
            taxonomy.check_decision(taxonomy.parse(queue.taxonomy, source=queue.name), verdict, reason, note)
            item.status = ItemStatus.DECIDED.value
            session.flush()
            conn = session.connection()
            record = append_decision(
                conn,
                user_id=actor.id,
                reviewer=actor.username,
                item_id=item.id,
                external_ref=item.external_ref,
                queue_id=queue.id,
                queue_name=queue.name,
                claim_id=None,
                verdict=verdict,
                reason=reason.strip(),
                note=note.strip(),
                decided_at=now,
                handling_seconds=0.0,
                reveal_state="filtered",
                client_id=client,
                supersedes=None,
            )
            routing.route(conn, record.id, "", False)
            return record.id

        return self.db.run_write(work)

    @staticmethod
    def _claimed(session: Session, e: Escalation) -> bool:
        """Whether anyone claimed the item after it was escalated (a claim after the escalating one)."""
        own = session.execute(select(Decision.claim_id).where(Decision.id == e.decision_id)).scalar() or 0
        return (
            session.execute(
                select(Claim.id)
                .where(Claim.item_id == e.item_id, Claim.id > own, Claim.claimed_at >= e.at)
                .limit(1)
            ).first()
            is not None
        )

    def take_back(self, actor: Actor, escalation_id: int, *, client_id: str | None = None) -> ClaimedItem:
        """The author takes their escalation back while nobody has claimed it: a superseding
        ``undone`` record, the item returns to its queue, claimed for the author to decide."""
        audit.require(self.db, self.clock, actor, "take back escalations", Role.REVIEWER)
        client = client_id or new_client_id()
        now = self.clock.now()
        if self.db.dialect == "postgresql":
            params = {
                "a": actor.id,
                "e": escalation_id,
                "c": client,
                "now": _naive(now),
                "lease": self.claims.lease.total_seconds(),
            }

            def work_pg(session: Session) -> ClaimedItem:
                claim_id = pgfunc.call(session.connection(), _PG_TAKE_BACK, params).scalar_one()
                return self.claims.describe_claim(session, claim_id)

            return self.db.run_write(work_pg)

        def work(session: Session) -> ClaimedItem:
            e = session.get(Escalation, escalation_id)
            if e is None or e.by_user_id != actor.id:
                raise NotFound(f"escalation {escalation_id} is not yours")
            item = session.execute(select(Item).where(Item.id == e.item_id).with_for_update()).scalar_one()
            if e.closed_at is not None:
                raise InvalidInput(
                    f"escalation {escalation_id} is closed ({e.outcome}); it cannot be taken back"
                )
            if self._claimed(session, e):
                raise InvalidInput(
                    f"escalation {escalation_id} was already claimed by the second tier; "
                    "it cannot be taken back"
                )
            home = session.get_one(Queue, e.from_queue_id)
            if session.execute(
                select(Item.id).where(
                    Item.queue_id == home.id, Item.external_ref == item.external_ref, Item.id != item.id
                )
            ).first():
                raise InvalidInput(f"the queue {home.name} already holds another item {item.external_ref}")
            escalated = session.get_one(Decision, e.decision_id)
            item.queue_id = home.id
            item.status = ItemStatus.PENDING.value
            session.flush()
            append_decision(
                session.connection(),
                user_id=actor.id,
                reviewer=actor.username,
                item_id=item.id,
                external_ref=item.external_ref,
                queue_id=home.id,
                queue_name=home.name,
                claim_id=None,
                verdict=taxonomy.UNDONE,
                reason="",
                note="escalation taken back",
                decided_at=now,
                handling_seconds=0.0,
                reveal_state="filtered",
                client_id=client,
                supersedes=(escalated.id, escalated.client_id),
            )
            claim = Claim(
                item_id=item.id,
                user_id=actor.id,
                claimed_at=now,
                lease_expires_at=now + self.claims.lease,
                outcome=ClaimOutcome.OPEN.value,
            )
            session.add(claim)
            session.flush()
            audit.record(
                session, now, actor.id, "escalation.take_back", item.external_ref, {"escalation": e.id}
            )
            return self.claims.describe_claim(session, claim.id)

        return self.db.run_write(work)


def with_context(escalations: EscalationService, actor: Actor, item: ClaimedItem) -> ClaimedItem:
    """The item with where its queue escalates and its decisions so far (the second tier sees the
    escalation note and the whole history). Blocking; a claim lost meanwhile still opens the item."""
    try:
        return dataclasses.replace(
            item,
            escalate_to=tuple(escalations.routes(item.queue)),
            history=tuple(escalations.history(actor, item.item_id)),
        )
    except (PermissionDenied, NotFound) as error:
        log.warning("the escalation context of %s could not be read: %s", item.external_ref, error)
        return item

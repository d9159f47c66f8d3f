"""Key tickets: items a reviewer flags (``Shift+K`` in the reviewer window) for the lead's daily report.

A reviewer flags an item they claimed, with a one-line summary; a lead or admin may flag any item they
may see. Flagging again replaces the person's summary. Each flag is an audit event. On PostgreSQL the
write goes through ``ws_flag_key_ticket`` (migration 0014), which takes the actor from
``session_user`` and checks the same rules, so psql with a reviewer's login can do no more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import exists, select, text
from sqlalchemy.orm import Session

from wellbeing.clock import Clock
from workstation import audit, pgfunc
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import InvalidInput, NotFound, PermissionDenied
from workstation.models import Claim, Item, KeyTicket, Queue, QueueGrant, Role, User

SUMMARY_MAX = 200


@dataclass(frozen=True)
class KeyTicketRow:
    queue: str
    item_ref: str
    summary: str
    flagged_by: str
    flagged_at: datetime


def check_summary(summary: str) -> str:
    """One line of 1-200 characters: a newline or control character would forge report lines."""
    clean = (summary or "").strip()
    if not 1 <= len(clean) <= SUMMARY_MAX or not clean.isprintable():
        raise InvalidInput(f"a key ticket needs a one-line summary of 1 to {SUMMARY_MAX} characters")
    return clean


_PG_FLAG = text("SELECT ws_flag_key_ticket(:a, :i, :s, :now)")


class KeyTickets:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def flag(self, actor: Actor, item_id: int, summary: str) -> None:
        audit.require(self.db, self.clock, actor, "flag key tickets", Role.REVIEWER, Role.LEAD, Role.ADMIN)
        clean = check_summary(summary)
        now = self.clock.now()
        if not self.db.is_sqlite:
            with self.db.write() as session:
                pgfunc.call(
                    session.connection(),
                    _PG_FLAG,
                    {
                        "a": actor.id,
                        "i": item_id,
                        "s": clean,
                        "now": now.astimezone(UTC).replace(tzinfo=None),
                    },
                )
            return
        with self.db.write() as session:
            item = session.get(Item, item_id)
            if item is None or not _visible(session, actor, item.queue_id):
                raise NotFound(f"no item {item_id} to flag")
            if (
                not actor.has(Role.LEAD, Role.ADMIN)
                and not session.execute(
                    select(exists().where(Claim.item_id == item_id, Claim.user_id == actor.id))
                ).scalar()
            ):
                raise PermissionDenied(
                    f"only a reviewer who claimed {item.external_ref} (or a lead) may flag it as a key ticket"
                )
            found = session.execute(
                select(KeyTicket).where(KeyTicket.item_id == item_id, KeyTicket.user_id == actor.id)
            ).scalar_one_or_none()
            if found is None:
                session.add(
                    KeyTicket(
                        item_id=item_id,
                        queue_id=item.queue_id,
                        user_id=actor.id,
                        summary=clean,
                        flagged_at=now,
                    )
                )
            else:
                found.summary, found.flagged_at = clean, now
            session.flush()
            audit.record(
                session,
                now,
                actor.id,
                "key_ticket",
                f"item {item_id}",
                {"item_ref": item.external_ref, "summary": clean},
            )

    @staticmethod
    def between(
        session: Session, start: datetime, end: datetime, team_id: int | None = None
    ) -> list[KeyTicketRow]:
        """Flags made in [start, end) (``ix_key_tickets_flagged_at``), optionally by one team."""
        stmt = (
            select(Queue.name, Item.external_ref, KeyTicket.summary, User.username, KeyTicket.flagged_at)
            .join(Item, Item.id == KeyTicket.item_id)
            .join(Queue, Queue.id == KeyTicket.queue_id)
            .join(User, User.id == KeyTicket.user_id)
            .where(KeyTicket.flagged_at >= start, KeyTicket.flagged_at < end)
            .order_by(KeyTicket.flagged_at, KeyTicket.id)
        )
        if team_id is not None:
            stmt = stmt.where(User.team_id == team_id)
        return [KeyTicketRow(*row) for row in session.execute(stmt).all()]


def _visible(session: Session, actor: Actor, queue_id: int) -> bool:
    queue = session.get(Queue, queue_id)
    if queue is None:
        return False
    if not queue.restricted or actor.has(Role.LEAD, Role.ADMIN):
        return True
    return session.get(QueueGrant, (actor.id, queue_id)) is not None

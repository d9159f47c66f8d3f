"""Claims are leases: claim the next item, renew it while open, skip or release it.

Claiming is one statement: ``INSERT INTO claims ... SELECT`` the best pending item that nobody holds
and this reviewer has not skipped, locked ``FOR UPDATE SKIP LOCKED`` on PostgreSQL (SQLite
serialises writers). A partial unique index allows one open claim per item, whatever happens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, exists, insert, literal, literal_column, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wellbeing.clock import Clock
from workstation import audit, taxonomy
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import LeaseLost, NotFound, PermissionDenied
from workstation.models import (
    Claim,
    ClaimOutcome,
    Item,
    ItemStatus,
    MediaAsset,
    Queue,
    QueueGrant,
    Role,
    User,
    UTCDateTime,
)

log = logging.getLogger(__name__)
DEFAULT_LEASE_SECONDS = 120.0

# A check made inside the claim transaction before anything is claimed (the daily exposure cap
# plugs in here, so the service refuses a locked queue, not only the UI).
ClaimGate = Callable[[Session, Actor, Queue], None]


@dataclass(frozen=True)
class MediaInfo:
    id: int
    path: str
    kind: str
    mime: str
    sha256: str
    width: int | None
    height: int | None
    duration_s: float | None
    has_audio: bool
    readable: bool
    unreadable_reason: str | None
    phash_kind: str | None
    phash: str | None


@dataclass(frozen=True)
class ClaimedItem:
    claim_id: int
    item_id: int
    queue: str
    severity_tier: int
    verdicts: tuple[taxonomy.Verdict, ...]
    external_ref: str
    reason: str
    priority: int
    sla_due_at: datetime | None
    claimed_at: datetime
    lease_expires_at: datetime
    media: tuple[MediaInfo, ...]


def media_info(asset: MediaAsset) -> MediaInfo:
    return MediaInfo(
        id=asset.id,
        path=asset.path,
        kind=asset.kind,
        mime=asset.mime,
        sha256=asset.sha256,
        width=asset.width,
        height=asset.height,
        duration_s=asset.duration_s,
        has_audio=asset.has_audio,
        readable=asset.readable,
        unreadable_reason=asset.unreadable_reason,
        phash_kind=asset.phash_kind,
        phash=asset.phash,
    )


class ClaimService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        lease_seconds: float = DEFAULT_LEASE_SECONDS,
        gate: ClaimGate | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.lease = timedelta(seconds=lease_seconds)
        self.gate = gate

    def claim_next(self, actor: Actor, queue_name: str) -> ClaimedItem | None:
        """The reviewer's open claim in this queue if any, else the next item; None when empty."""
        audit.require(self.db, self.clock, actor, "claim items", Role.REVIEWER)
        try:
            return self.db.run_write(lambda session: self._claim_next(session, actor, queue_name))
        except PermissionDenied as refusal:  # a restricted queue: the claim rolled back, audit it
            why = {"why": str(refusal)}
            audit.record_refusal(self.db, self.clock, actor, f"claim from {queue_name}", why)
            raise

    def _claim_next(self, session: Session, actor: Actor, queue_name: str) -> ClaimedItem | None:
        queue = session.execute(select(Queue).where(Queue.name == queue_name)).scalar_one_or_none()
        if queue is None:
            raise NotFound(f"no queue named {queue_name!r}")
        if queue.restricted and session.get(QueueGrant, (actor.id, queue.id)) is None:
            raise PermissionDenied(
                f"the queue {queue_name!r} is restricted and {actor.username} has not been granted it"
            )
        if self.gate is not None:
            self.gate(session, actor, queue)
        now = self.clock.now()
        self._expire(session, now, queue.id)
        mine = session.execute(
            select(Claim)
            .join(Item, Item.id == Claim.item_id)
            .where(Claim.user_id == actor.id, Claim.released_at.is_(None), Item.queue_id == queue.id)
            .order_by(Claim.id)
            .limit(1)
        ).scalar_one_or_none()
        if mine is not None:
            mine.lease_expires_at = now + self.lease
            return self._describe(session, mine)
        for _attempt in range(5):
            try:
                with session.begin_nested():
                    claim_id = self._insert_claim(session, actor, queue.id, now)
            except IntegrityError:
                # Another workstation claimed the same item between our read and our insert
                # (PostgreSQL READ COMMITTED); the partial unique index stopped it. Try the next one.
                log.debug("claim race on queue %s; retrying", queue_name)
                continue
            if claim_id is None:
                return None
            return self._describe(session, session.get_one(Claim, claim_id))
        return None

    @staticmethod
    def _next_item(actor: Actor, queue_id: int) -> Select[int]:
        """The best pending item nobody holds and this reviewer has not skipped (one row)."""
        held = exists().where(Claim.item_id == Item.id, Claim.released_at.is_(None))
        # The two constants are rendered into the SQL, not bound: psycopg prepares a statement
        # after a few runs, and PostgreSQL's generic plan for a prepared statement cannot use a
        # partial index whose predicate arrives as a parameter (0.8 ms became 170 ms).
        skipped = exists().where(
            Claim.item_id == Item.id,
            Claim.user_id == actor.id,
            Claim.outcome == literal_column(f"'{ClaimOutcome.SKIPPED.value}'"),
        )
        pending = Item.status == literal_column(f"'{ItemStatus.PENDING.value}'")
        return (
            select(Item.id)
            .where(Item.queue_id == queue_id, pending, ~held, ~skipped)
            .order_by(Item.priority.desc(), Item.sla_due_at.asc().nulls_last(), Item.id)
            .limit(1)
        )

    def peek_next(self, actor: Actor, queue_name: str) -> ClaimedItem | None:
        """The item ``claim_next`` would hand this reviewer once their open claim is closed, without
        claiming or locking anything (the window prefetches its filtered preview).

        Only a hint: another workstation may claim it first. The result is not a claim:
        ``claim_id`` is 0 and ``claimed_at``/``lease_expires_at`` are now. Same permission checks as
        ``claim_next`` (a restricted queue is not peeked into without a grant).
        """
        audit.require(self.db, self.clock, actor, "claim items", Role.REVIEWER)
        try:
            return self._peek_next(actor, queue_name)
        except PermissionDenied as refusal:
            why = {"why": str(refusal)}
            audit.record_refusal(self.db, self.clock, actor, f"peek into {queue_name}", why)
            raise

    def _peek_next(self, actor: Actor, queue_name: str) -> ClaimedItem | None:
        with self.db.read() as session:
            queue = session.execute(select(Queue).where(Queue.name == queue_name)).scalar_one_or_none()
            if queue is None:
                raise NotFound(f"no queue named {queue_name!r}")
            if queue.restricted and session.get(QueueGrant, (actor.id, queue.id)) is None:
                raise PermissionDenied(
                    f"the queue {queue_name!r} is restricted and {actor.username} has not been granted it"
                )
            item_id = session.execute(self._next_item(actor, queue.id)).scalar_one_or_none()
            if item_id is None:
                return None
            item = session.get_one(Item, item_id)
            now = self.clock.now()
            return self._describe_item(session, item, claim_id=0, claimed_at=now, lease_expires_at=now)

    def _insert_claim(self, session: Session, actor: Actor, queue_id: int, now: datetime) -> int | None:
        nxt = self._next_item(actor, queue_id).with_for_update(skip_locked=True, of=Item).cte("next_item")
        stmt = (
            insert(Claim)
            .from_select(
                ["item_id", "user_id", "claimed_at", "lease_expires_at", "outcome"],
                select(
                    nxt.c.id,
                    literal(actor.id),
                    literal(now, UTCDateTime()),
                    literal(now + self.lease, UTCDateTime()),
                    literal(ClaimOutcome.OPEN.value),
                ),
            )
            .returning(Claim.id)
        )
        return session.execute(stmt).scalar_one_or_none()

    @staticmethod
    def _expire(session: Session, now: datetime, queue_id: int) -> None:
        """Return items whose lease ran out (their workstation died or went offline)."""
        session.execute(
            update(Claim)
            .where(
                Claim.released_at.is_(None),
                Claim.lease_expires_at < now,
                Claim.item_id.in_(select(Item.id).where(Item.queue_id == queue_id)),
            )
            .values(released_at=now, outcome=ClaimOutcome.EXPIRED.value)
            .execution_options(synchronize_session=False)
        )

    def heartbeat(self, actor: Actor, claim_id: int) -> datetime:
        """Renew the lease while the item is open; explain it when the lease was lost."""
        audit.require(self.db, self.clock, actor, "hold items", Role.REVIEWER)

        def renew(session: Session) -> datetime:
            claim = session.get(Claim, claim_id, with_for_update=True)
            if claim is None or claim.user_id != actor.id:
                raise NotFound(f"claim {claim_id} is not yours")
            if claim.released_at is not None:
                raise LeaseLost(self.explain_loss(session, claim))
            claim.lease_expires_at = self.clock.now() + self.lease
            return claim.lease_expires_at

        return self.db.run_write(renew)

    def skip(self, actor: Actor, claim_id: int) -> None:
        """Give the item back; it will not be offered to this reviewer again."""
        self._close(actor, claim_id, ClaimOutcome.SKIPPED)

    def release(self, actor: Actor, claim_id: int) -> None:
        """Give the item back (closing the window, a break); it may come back to anyone."""
        self._close(actor, claim_id, ClaimOutcome.RELEASED)

    def _close(self, actor: Actor, claim_id: int, outcome: ClaimOutcome) -> None:
        audit.require(self.db, self.clock, actor, "give items back", Role.REVIEWER)
        def close(session: Session) -> None:
            claim = session.get(Claim, claim_id, with_for_update=True)
            if claim is None or claim.user_id != actor.id:
                raise NotFound(f"claim {claim_id} is not yours")
            if claim.released_at is None:
                claim.released_at = self.clock.now()
                claim.outcome = outcome.value
            elif outcome is ClaimOutcome.SKIPPED and claim.outcome == ClaimOutcome.EXPIRED.value:
                claim.outcome = outcome.value  # still remember the skip

        self.db.run_write(close)

    def open_claims(self, actor: Actor) -> list[ClaimedItem]:
        audit.require(self.db, self.clock, actor, "hold items", Role.REVIEWER)
        with self.db.read() as session:
            claims = session.execute(
                select(Claim).where(Claim.user_id == actor.id, Claim.released_at.is_(None))
            ).scalars()
            return [self._describe(session, c) for c in claims]

    @staticmethod
    def explain_loss(session: Session, claim: Claim) -> str:
        item = session.get_one(Item, claim.item_id)
        when = claim.lease_expires_at.strftime("%H:%M:%S UTC")
        if claim.outcome == ClaimOutcome.EXPIRED.value:
            other = session.execute(
                select(User.display_name)
                .join(Claim, Claim.user_id == User.id)
                .where(Claim.item_id == item.id, Claim.id > claim.id)
                .order_by(Claim.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            whom = f" and {other} has it now" if other else ""
            return (
                f"your claim on {item.external_ref} expired at {when} (no heartbeat reached the "
                f"database){whom}. Nothing was recorded for it; claim the next item."
            )
        return f"your claim on {item.external_ref} is closed ({claim.outcome})."

    @classmethod
    def _describe(cls, session: Session, claim: Claim) -> ClaimedItem:
        item = session.get_one(Item, claim.item_id)
        return cls._describe_item(
            session,
            item,
            claim_id=claim.id,
            claimed_at=claim.claimed_at,
            lease_expires_at=claim.lease_expires_at,
        )

    @staticmethod
    def _describe_item(
        session: Session, item: Item, *, claim_id: int, claimed_at: datetime, lease_expires_at: datetime
    ) -> ClaimedItem:
        queue = item.queue
        return ClaimedItem(
            claim_id=claim_id,
            item_id=item.id,
            queue=queue.name,
            severity_tier=queue.severity_tier,
            verdicts=taxonomy.parse(queue.taxonomy, source=queue.name),
            external_ref=item.external_ref,
            reason=item.reason,
            priority=item.priority,
            sla_due_at=item.sla_due_at,
            claimed_at=claimed_at,
            lease_expires_at=lease_expires_at,
            media=tuple(media_info(m) for m in item.media),
        )

"""Claims are leases: claim the next item, renew it while open, skip or release it.

Claiming selects the best pending item that nobody holds and this reviewer has not skipped and
inserts the claim: on PostgreSQL in ``ws_claim_next`` (migration 0005), which locks it ``FOR UPDATE
SKIP LOCKED`` as the person the login is; on SQLite here (writers are serialised). A partial unique
index allows one open claim per item, whatever happens: a lost race inserts nothing and the next
item is tried.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Row,
    Select,
    String,
    bindparam,
    exists,
    insert,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnClause

from wellbeing.clock import Clock
from wellbeing.phrases import QT_TRANSLATE_NOOP
from workstation import audit, pgfunc, taxonomy
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import LeaseLost, NotFound, PermissionDenied, QueueLocked
from workstation.models import (
    Claim,
    ClaimOutcome,
    Decision,
    Item,
    ItemStatus,
    MediaAsset,
    Queue,
    QueueGrant,
    Role,
    User,
    UTCDateTime,
)
from workstation.routing import HistoryEntry

log = logging.getLogger(__name__)
DEFAULT_LEASE_SECONDS = 120.0
EXPIRY_INTERVAL = timedelta(seconds=1)

# A check made inside the claim transaction before anything is claimed (the daily exposure cap
# plugs in here, so the service refuses a locked queue, not only the UI). The last argument is the
# caller's live dose today (its exposure meter, with what is not stored yet), or None.
ClaimGate = Callable[[Session, Actor, "QueueRef", "float | None"], None]


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
    # Where this queue escalates, in order, and the item's decisions so far (an escalated item's
    # history, for the second tier); filled by the window's session (docs/escalations-and-incidents.md).
    escalate_to: tuple[str, ...] = ()
    history: tuple[HistoryEntry, ...] = ()
    # The item's language (a BCP 47 tag, workstation.languages), None when not known (migration 0020).
    language: str | None = None


@dataclass(frozen=True)
class QueueRef:
    """The queue a claim is made in, as the claim gate sees it."""

    id: int
    name: str
    severity_tier: int
    taxonomy: list[Any]
    restricted: bool


_ITEM_COLUMNS = (Item.id, Item.external_ref, Item.reason, Item.priority, Item.sla_due_at, Item.language)
_MEDIA_COLUMNS = (  # named as MediaInfo's fields
    MediaAsset.id,
    MediaAsset.path,
    MediaAsset.kind,
    MediaAsset.mime,
    MediaAsset.sha256,
    MediaAsset.width,
    MediaAsset.height,
    MediaAsset.duration_s,
    MediaAsset.has_audio,
    MediaAsset.readable,
    MediaAsset.unreadable_reason,
    MediaAsset.phash_kind,
    MediaAsset.phash,
)
MEDIA_COLUMNS = _MEDIA_COLUMNS  # public: a QA item opens its media the same way (workstation/qa.py)


# The statements of the claim path, built once with bound parameters: building a statement per
# call cost more CPU than running it (SQLAlchemy coerces every clause and derives a cache key).
_PENDING: ColumnClause[str] = literal_column(f"'{ItemStatus.PENDING.value}'", String)
_SKIPPED: ColumnClause[str] = literal_column(f"'{ClaimOutcome.SKIPPED.value}'", String)
_OPEN: ColumnClause[str] = literal_column(f"'{ClaimOutcome.OPEN.value}'", String)
_EXPIRED: ColumnClause[str] = literal_column(f"'{ClaimOutcome.EXPIRED.value}'", String)
# 'pending' and 'skipped' are rendered into the SQL, not bound: psycopg prepares a statement after
# a few runs, and PostgreSQL's generic plan for a prepared statement cannot use a partial index
# whose predicate arrives as a parameter (0.8 ms became 170 ms).
# An item under appeal never goes to anyone who recorded a verdict on it before: the reviewer whose
# decision is appealed, or a lead who corrected it (workstation.corrections).
_APPEAL, _EARLIER = aliased(Decision), aliased(Decision)
_NOT_MY_APPEAL = ~exists().where(
    _APPEAL.item_id == Item.id,
    _APPEAL.verdict == literal_column("'appealed'", String),
    _EARLIER.item_id == Item.id,
    _EARLIER.user_id == bindparam("p_user"),
    _EARLIER.verdict.not_in((literal_column("'undone'", String), literal_column("'appealed'", String))),
)
_NEXT_ITEM: Select[int, str, str, int, datetime | None, str | None] = (
    select(*_ITEM_COLUMNS)
    .where(
        Item.queue_id == bindparam("p_queue"),
        Item.status == _PENDING,
        ~exists().where(Claim.item_id == Item.id, Claim.released_at.is_(None)),
        ~exists().where(
            Claim.item_id == Item.id, Claim.user_id == bindparam("p_user"), Claim.outcome == _SKIPPED
        ),
        _NOT_MY_APPEAL,
    )
    .order_by(Item.priority.desc(), Item.sla_due_at.asc().nulls_last(), Item.id)
    .limit(1)
)
_QUEUE = select(
    Queue.id,
    Queue.name,
    Queue.severity_tier,
    Queue.taxonomy,
    Queue.restricted,
    exists().where(QueueGrant.user_id == bindparam("p_user"), QueueGrant.queue_id == Queue.id),
    select(Claim.id)  # the reviewer's open claim in this queue, if any
    .join(Item, Item.id == Claim.item_id)
    .where(Claim.user_id == bindparam("p_user"), Claim.released_at.is_(None), Item.queue_id == Queue.id)
    .order_by(Claim.id)
    .limit(1)
    .scalar_subquery(),
).where(Queue.name == bindparam("p_queue_name"))
_EXPIRE = (
    update(Claim)
    .where(
        Claim.released_at.is_(None),
        Claim.lease_expires_at < bindparam("p_now"),
        Claim.item_id.in_(select(Item.id).where(Item.queue_id == bindparam("p_queue"))),
    )
    .values(released_at=bindparam("p_now"), outcome=_EXPIRED)
)
_RENEW = (
    update(Claim)
    .where(Claim.id == bindparam("p_claim"), Claim.released_at.is_(None))
    .values(lease_expires_at=bindparam("p_until"))
    .returning(Claim.item_id, Claim.claimed_at)
)
_ITEM = select(*_ITEM_COLUMNS).where(Item.id == bindparam("p_item"))
_MEDIA = (
    select(*_MEDIA_COLUMNS).where(MediaAsset.item_id == bindparam("p_item")).order_by(MediaAsset.position)
)
_INSERT_CLAIM = insert(Claim).returning(Claim.id)


# PostgreSQL: the write functions of migration 0005 (docs/postgresql.md). Each takes the acting person
# from session_user; ``p_actor`` only says whom the owner acts for, and a login naming anyone else is
# refused. Times are the workstation's clock for the owner and the server's for everyone else.
_UTC = UTCDateTime()
# The item's language (migration 0020) is read beside the function's columns in the same statement (no
# round trip more); the login reads it as it reads the item, under row-level security.
_PG_CLAIM = text(
    "SELECT c.*, (SELECT i.language FROM items i WHERE i.id = c.o_item) AS o_language FROM ws_claim_next("
    "CAST(:p_actor AS integer), CAST(:p_queue AS text), CAST(:p_now AS timestamp), "
    "CAST(:p_lease AS double precision), CAST(:p_expire AS boolean)) AS c"
).columns(o_claimed_at=_UTC, o_expires=_UTC, o_sla=_UTC, o_taxonomy=JSON, o_media=JSON)
_PG_HEARTBEAT = text(
    "SELECT ws_heartbeat(CAST(:p_actor AS integer), CAST(:p_claim AS integer), "
    "CAST(:p_now AS timestamp), CAST(:p_lease AS double precision)) AS until"
).columns(until=_UTC)
_PG_CLOSE = text(
    "SELECT ws_close_claim(CAST(:p_actor AS integer), CAST(:p_claim AS integer), "
    "CAST(:p_outcome AS text), CAST(:p_now AS timestamp))"
)


def _naive(moment: datetime) -> datetime:
    """A bind value for a ``timestamp`` parameter of a function: naive UTC, as the tables store it."""
    return moment.astimezone(UTC).replace(tzinfo=None)


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
        self._expired_at: dict[int, datetime] = {}
        self._expired_by_name: dict[str, datetime] = {}

    def claim_next(
        self, actor: Actor, queue_name: str, *, live_dose: float | None = None
    ) -> ClaimedItem | None:
        """The reviewer's open claim in this queue if any, else the next item; None when empty.

        ``live_dose``: today's dose as the reviewer's window measures it now, spans not yet stored
        included. The gate uses the larger of it and the stored dose, so the item after the one that
        spent the daily budget is refused at once (it can only make the gate stricter)."""
        audit.require(self.db, self.clock, actor, "claim items", Role.REVIEWER)
        try:
            return self.db.run_write(lambda session: self._claim_next(session, actor, queue_name, live_dose))
        except PermissionDenied as refusal:  # a restricted queue: the claim rolled back, audit it
            why = {"why": str(refusal)}
            audit.record_refusal(self.db, self.clock, actor, f"claim from {queue_name}", why)
            raise

    # The claim path runs for every item of every reviewer, so it is Core SQL in as few round
    # trips as the rules allow. On PostgreSQL: the queue with its grant and the reviewer's open
    # claim (1), the next item locked and claimed (1), its media (1), plus expiry at most once a
    # second. The ORM version took 23 statements and 4 ms of CPU per claim and decision; under 50
    # reviewers on two cores every round trip is also two context switches.

    def _claim_next(
        self, session: Session, actor: Actor, queue_name: str, live_dose: float | None = None
    ) -> ClaimedItem | None:
        conn = session.connection()
        if conn.dialect.name == "postgresql":
            return self._claim_next_pg(session, actor, queue_name, live_dose)
        now = self.clock.now()
        queue, mine = self._queue(conn, actor, queue_name, with_open_claim=True)
        if self.gate is not None:
            self.gate(session, actor, queue, live_dose)
        lease_until = now + self.lease
        if mine is not None and mine.lease_expires_at >= now:
            renewed = conn.execute(_RENEW, {"p_claim": mine.id, "p_until": lease_until}).one()
            held = conn.execute(_ITEM, {"p_item": renewed.item_id}).one()
            return self._describe_row(conn, queue, held, mine.id, renewed.claimed_at, lease_until)
        self._expire(conn, now, queue.id, force=mine is not None)
        params = {"p_user": actor.id, "p_queue": queue.id, "p_now": now, "p_until": lease_until}
        # SQLite serialises writers: no race, no lock (PostgreSQL: ws_claim_next, which locks).
        found = conn.execute(_NEXT_ITEM, params).first()
        if found is None:
            return None
        values = {"user_id": actor.id, "claimed_at": now, "lease_expires_at": lease_until}
        claim_id = conn.execute(
            _INSERT_CLAIM, {**values, "item_id": found.id, "outcome": ClaimOutcome.OPEN.value}
        ).scalar_one()
        return self._describe_row(conn, queue, found, claim_id, now, lease_until)

    def _claim_next_pg(
        self, session: Session, actor: Actor, queue_name: str, live_dose: float | None = None
    ) -> ClaimedItem | None:
        """PostgreSQL: ``ws_claim_next`` renews the reviewer's open claim or claims the next item (and
        hands back dead workstations' items at most once a second per queue), then the item is read
        as the reviewer may see it. The claim gate runs after, in the same transaction: a refusal
        rolls the claim back."""
        conn = session.connection()
        now = self.clock.now()
        last = self._expired_by_name.get(queue_name)
        expire = last is None or not timedelta(0) <= now - last < EXPIRY_INTERVAL
        try:
            row = pgfunc.call(
                conn,
                _PG_CLAIM,
                {
                    "p_actor": actor.id,
                    "p_queue": queue_name,
                    "p_now": _naive(now),
                    "p_lease": self.lease.total_seconds(),
                    "p_expire": expire,
                },
            ).first()
        except QueueLocked:
            # The database's cap (migration 0010) refused before claiming: the gate says it in the
            # workstation's words (live dose included); the database's sentence if the gate disagrees.
            if self.gate is not None:
                self.gate(session, actor, self._queue(conn, actor, queue_name)[0], live_dose)
            raise
        if expire:
            self._expired_by_name[queue_name] = now
        if row is None:
            if self.gate is not None:  # an empty queue is still refused when its tier is locked
                self.gate(session, actor, self._queue(conn, actor, queue_name)[0], live_dose)
            return None
        queue = QueueRef(row.o_queue_id, row.o_queue, row.o_tier, row.o_taxonomy, row.o_restricted)
        if self.gate is not None:
            self.gate(session, actor, queue, live_dose)
        return ClaimedItem(
            claim_id=row.o_claim,
            item_id=row.o_item,
            queue=queue.name,
            severity_tier=queue.severity_tier,
            verdicts=taxonomy.parse(queue.taxonomy, source=queue.name),
            external_ref=row.o_ref,
            reason=row.o_reason,
            priority=row.o_priority,
            sla_due_at=row.o_sla,
            claimed_at=row.o_claimed_at,
            lease_expires_at=row.o_expires,
            media=tuple(MediaInfo(**m) for m in row.o_media),
            language=row.o_language,
        )

    @staticmethod
    def _queue(
        conn: Connection, actor: Actor, queue_name: str, *, with_open_claim: bool = False
    ) -> tuple[QueueRef, Row[int, datetime] | None]:
        """The queue (refused when restricted and not granted) and, if asked, the reviewer's open
        claim in it (id, lease expiry)."""
        row = conn.execute(_QUEUE, {"p_user": actor.id, "p_queue_name": queue_name}).first()
        if row is None:
            raise NotFound(f"no queue named {queue_name!r}")
        if row.restricted and not row[5]:
            raise PermissionDenied(
                f"the queue {queue_name!r} is restricted and {actor.username} has not been granted it"
            )
        queue = QueueRef(row.id, row.name, row.severity_tier, row.taxonomy, row.restricted)
        open_claim = None
        if with_open_claim and row[6] is not None:
            open_claim = conn.execute(
                select(Claim.id, Claim.lease_expires_at).where(Claim.id == row[6])
            ).one()
        return queue, open_claim

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
            conn = session.connection()
            queue, _ = self._queue(conn, actor, queue_name)
            item = conn.execute(_NEXT_ITEM, {"p_user": actor.id, "p_queue": queue.id}).first()
            if item is None:
                return None
            now = self.clock.now()
            return self._describe_row(conn, queue, item, 0, now, now)

    def _expire(self, conn: Connection, now: datetime, queue_id: int, *, force: bool = False) -> None:
        """Return items whose lease ran out (their workstation died or went offline).

        At most once a second per queue and workstation (leases last minutes; a second's delay in
        handing back a dead workstation's item costs nothing, a statement per claim does).
        """
        last = self._expired_at.get(queue_id)
        if not force and last is not None and timedelta(0) <= now - last < EXPIRY_INTERVAL:
            return
        self._expired_at[queue_id] = now
        conn.execute(_EXPIRE, {"p_now": now, "p_queue": queue_id})

    def heartbeat(self, actor: Actor, claim_id: int) -> datetime:
        """Renew the lease while the item is open; explain it when the lease was lost."""
        audit.require(self.db, self.clock, actor, "hold items", Role.REVIEWER)
        if self.db.dialect == "postgresql":
            params = {
                "p_actor": actor.id,
                "p_claim": claim_id,
                "p_now": _naive(self.clock.now()),
                "p_lease": self.lease.total_seconds(),
            }
            return self.db.run_write(
                lambda session: pgfunc.call(session.connection(), _PG_HEARTBEAT, params).scalar_one()
            )

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
        if self.db.dialect == "postgresql":
            params = {
                "p_actor": actor.id,
                "p_claim": claim_id,
                "p_outcome": outcome.value,
                "p_now": _naive(self.clock.now()),
            }
            self.db.run_write(lambda session: pgfunc.call(session.connection(), _PG_CLOSE, params).all())
            return

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
            ids = session.execute(
                select(Claim.id)
                .where(Claim.user_id == actor.id, Claim.released_at.is_(None))
                .order_by(Claim.id)
            ).scalars()
            return [self.describe_claim(session, claim_id) for claim_id in ids.all()]

    @staticmethod
    def explain_loss(session: Session, claim: Claim) -> str:
        item = session.get_one(Item, claim.item_id)
        when = claim.lease_expires_at  # a moment: UTC in the English, the person's zone in the window
        if claim.outcome == ClaimOutcome.EXPIRED.value:
            other = session.execute(
                select(User.display_name)
                .join(Claim, Claim.user_id == User.id)
                .where(Claim.item_id == item.id, Claim.id > claim.id)
                .order_by(Claim.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            lost = (  # whole sentences, with and without who has it now
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "your claim on {ref} expired at {when} (no heartbeat reached the database) and {who} "
                    "has it now. Nothing was recorded for it; claim the next item.",
                )
                if other
                else QT_TRANSLATE_NOOP(
                    "Errors",
                    "your claim on {ref} expired at {when} (no heartbeat reached the database). "
                    "Nothing was recorded for it; claim the next item.",
                )
            )
            return lost.format(ref=item.external_ref, when=when, who=other or "")
        return QT_TRANSLATE_NOOP("Errors", "your claim on {ref} is closed ({outcome}).").format(
            ref=item.external_ref, outcome=claim.outcome
        )

    @classmethod
    def describe_claim(cls, session: Session, claim_id: int) -> ClaimedItem:
        """What the window needs to show an open claim (the claim, its item, queue and media)."""
        conn = session.connection()
        row = conn.execute(
            select(
                Claim.claimed_at,
                Claim.lease_expires_at,
                Queue.id,
                Queue.name,
                Queue.severity_tier,
                Queue.taxonomy,
                Queue.restricted,
                *_ITEM_COLUMNS,
            )
            .join(Item, Item.id == Claim.item_id)
            .join(Queue, Queue.id == Item.queue_id)
            .where(Claim.id == claim_id)
        ).one()
        queue = QueueRef(row[2], row[3], row[4], row[5], row[6])
        item = row[7:]
        return cls._describe_row(conn, queue, item, claim_id, row.claimed_at, row.lease_expires_at)

    @staticmethod
    def _describe_row(
        conn: Connection,
        queue: QueueRef,
        item: Sequence[Any],
        claim_id: int,
        claimed_at: datetime,
        lease_expires_at: datetime,
    ) -> ClaimedItem:
        item_id, external_ref, reason, priority, sla_due_at, language = item
        media = conn.execute(_MEDIA, {"p_item": item_id}).all()
        return ClaimedItem(
            claim_id=claim_id,
            item_id=item_id,
            queue=queue.name,
            severity_tier=queue.severity_tier,
            verdicts=taxonomy.parse(queue.taxonomy, source=queue.name),
            external_ref=external_ref,
            reason=reason,
            priority=priority,
            sla_due_at=sla_due_at,
            claimed_at=claimed_at,
            lease_expires_at=lease_expires_at,
            media=tuple(MediaInfo(**m._asdict()) for m in media),
            language=language,
        )

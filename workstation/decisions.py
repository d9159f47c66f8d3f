"""Decisions: append-only, idempotent on the client's id, hash-chained, superseded never edited."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Float, Integer, String, bindparam, insert, select, text, update
from sqlalchemy.orm import Session, aliased

from wellbeing.clock import Clock
from wellbeing.phrases import QT_TRANSLATE_NOOP
from workstation import audit, ledger, pgfunc, policies, routing, taxonomy
from workstation.actor import Actor
from workstation.claims import ClaimedItem, ClaimService
from workstation.db import Database
from workstation.errors import InvalidInput, LeaseLost, NotFound
from workstation.models import (
    Claim,
    ClaimOutcome,
    Decision,
    Escalation,
    Item,
    ItemStatus,
    LedgerHead,
    Queue,
    Role,
    User,
    UTCDateTime,
)

UNDO_SECONDS = 10.0
REVEAL_STATES = ("filtered", "spotlight", "revealed")


def new_client_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class DecisionRequest:
    """What the reviewer decided. ``client_id`` is made once on the workstation, so a retry after a
    dropped connection (or an outbox replay) records the decision once."""

    claim_id: int
    verdict: str
    reason: str = ""
    note: str = ""
    handling_seconds: float = 0.0
    reveal_state: str = "filtered"
    client_id: str = field(default_factory=new_client_id)
    decided_at: datetime | None = None  # when the reviewer decided (an offline replay keeps it)
    # An escalation's destination (a queue name, "leads", or "" for the queue's first route) and the
    # imminent-harm box, which opens a P0 incident (docs/escalations-and-incidents.md).
    escalate_to: str = ""
    imminent: bool = False


@dataclass(frozen=True)
class DecisionRecord:
    id: int
    seq: int
    client_id: str
    item_id: int
    external_ref: str
    queue: str
    reviewer: str
    verdict: str
    reason: str
    note: str
    decided_at: datetime
    handling_seconds: float
    reveal_state: str
    supersedes_client_id: str | None
    prev_hash: str
    hash: str
    chain: str = ledger.DECISIONS  # the hash chain it is on (its queue's, or the legacy chain)
    policy_version: str | None = None  # the policy (SOP) version in force when decided (hashed when set)
    incident_id: int | None = None  # the incident this decision opened (an urgent verdict, imminent harm)


def decision_fields(
    *,
    client_id: str,
    external_ref: str,
    queue: str,
    reviewer: str,
    verdict: str,
    reason: str,
    note: str,
    decided_at: datetime,
    handling_seconds: float,
    reveal_state: str,
    supersedes: str | None,
    policy_version: str | None = None,
) -> dict[str, Any]:
    """The fields a decision's hash covers; the export writes exactly these, so a file verifies.

    ``policy_version`` is covered when the decision has one (migration 0015): a decision recorded
    before policies existed has none and hashes exactly as it did then, so it still verifies."""
    fields = {
        "client_id": client_id,
        "external_ref": external_ref,
        "queue": queue,
        "reviewer": reviewer,
        "verdict": verdict,
        "reason": reason,
        "note": note,
        "decided_at": decided_at,
        "handling_seconds": round(handling_seconds, 3),
        "reveal_state": reveal_state,
        "supersedes": supersedes or "",
    }
    if policy_version:
        fields["policy_version"] = policy_version
    return fields


def _decide_statements() -> dict[str, Any]:
    """The statements of the decision path, built once with bound parameters (building them per
    call cost more CPU than running them)."""
    earlier = select(Decision.id).where(Decision.client_id == bindparam("p_client")).scalar_subquery()
    lock = (  # columns read by name in DecisionService._decide
        select(
            Claim.user_id,
            Item.id.label("item_id"),
            Item.external_ref,
            Queue.id.label("queue_id"),
            Queue.name.label("queue_name"),
            Queue.taxonomy.label("queue_taxonomy"),
            earlier.label("earlier_decision_id"),
        )
        .join(Item, Item.id == Claim.item_id)
        .join(Queue, Queue.id == Item.queue_id)
        .where(Claim.id == bindparam("p_claim"))
        .with_for_update(of=Item)
    )
    close = (
        update(Claim)
        .where(Claim.id == bindparam("p_claim"), Claim.released_at.is_(None))
        .values(released_at=bindparam("p_now"), outcome=ClaimOutcome.DECIDED.value)
        .returning(Claim.id)
    )
    set_status = update(Item).where(Item.id == bindparam("p_item")).values(status=bindparam("p_status"))
    return {
        "lock": lock,
        "close": close,
        "set_status": set_status,
        "insert": insert(Decision).returning(Decision.id),
    }


_SQL = _decide_statements()

# PostgreSQL: migration 0005's functions decide, undo and chain (docs/postgresql.md). The database
# hashes the row it writes, so nobody with a login can chain a body that differs from the row.
_DECISION_COLUMNS: dict[str, Any] = {
    "o_id": Integer,
    "o_seq": Integer,
    "o_chain": String,
    "o_prev": String,
    "o_hash": String,
    "o_client": String,
    "o_item": Integer,
    "o_ref": String,
    "o_queue": String,
    "o_reviewer": String,
    "o_verdict": String,
    "o_reason": String,
    "o_note": String,
    "o_at": UTCDateTime(),
    "o_handling": Float,
    "o_reveal": String,
    "o_supersedes": String,
}
_PG_UNDO = text(
    "SELECT ws_undo(CAST(:p_actor AS integer), CAST(:p_decision AS integer), CAST(:p_client AS text), "
    "CAST(:p_now AS timestamp), CAST(:p_lease AS double precision))"
)
_PG_CHAIN = text(
    "SELECT ws_chain_decision(CAST(:p_user AS integer), CAST(:p_item AS integer), "
    "CAST(:p_claim AS integer), CAST(:p_client AS text), CAST(:p_verdict AS text), "
    "CAST(:p_reason AS text), CAST(:p_note AS text), CAST(:p_at AS timestamp), "
    "CAST(:p_handling AS double precision), CAST(:p_reveal AS text), CAST(:p_supersedes AS integer))"
)
# ws_decide, then (migration 0013) the escalation's routing and an urgent verdict's incident, in one
# statement: the set-returning ws_decide has run and written its row before the select list is
# evaluated, and one round trip per decision is kept.
_PG_DECIDE_ROUTED = text(
    "SELECT d.*, ws_route_escalation(d.o_id, CAST(:p_dest AS text), CAST(:p_imminent AS boolean), "
    "CAST(:p_now AS timestamp)) AS o_incident FROM ws_decide(CAST(:p_actor AS integer), "
    "CAST(:p_claim AS integer), CAST(:p_client AS text), CAST(:p_verdict AS text), CAST(:p_reason AS text), "
    "CAST(:p_note AS text), CAST(:p_decided_at AS timestamp), CAST(:p_handling AS double precision), "
    "CAST(:p_reveal AS text), CAST(:p_now AS timestamp)) AS d"
).columns(**_DECISION_COLUMNS, o_incident=Integer)
_PG_ROW = text("SELECT * FROM ws_decision_row(CAST(:p_id AS integer))").columns(**_DECISION_COLUMNS)


def _naive(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC).replace(tzinfo=None)


_POLICY_OF = text("SELECT policy_version FROM decisions WHERE id = :p_id")


def _stamped(conn: Connection, record: DecisionRecord) -> DecisionRecord:
    """The record with the policy version PostgreSQL stamped on the row (``ws_chain_decision`` of
    migration 0015; the row functions' result shape is revision 0005's)."""
    policy = conn.execute(_POLICY_OF, {"p_id": record.id}).scalar()
    return replace(record, policy_version=policy) if policy else record


def _record_of(row: Any) -> DecisionRecord:
    return DecisionRecord(
        id=row.o_id,
        seq=row.o_seq,
        client_id=row.o_client,
        item_id=row.o_item,
        external_ref=row.o_ref,
        queue=row.o_queue,
        reviewer=row.o_reviewer,
        verdict=row.o_verdict,
        reason=row.o_reason,
        note=row.o_note,
        decided_at=row.o_at,
        handling_seconds=row.o_handling,
        reveal_state=row.o_reveal,
        supersedes_client_id=row.o_supersedes,
        prev_hash=row.o_prev,
        hash=row.o_hash,
        chain=row.o_chain,
    )


def append_decision(
    conn: Connection,
    *,
    user_id: int,
    reviewer: str,
    item_id: int,
    external_ref: str,
    queue_id: int,
    queue_name: str,
    claim_id: int | None,
    verdict: str,
    reason: str,
    note: str,
    decided_at: datetime,
    handling_seconds: float,
    reveal_state: str,
    client_id: str,
    supersedes: tuple[int, str] | None,
    item_status: str | None = None,
) -> DecisionRecord:
    """Chain and insert one decision on its queue's chain (and set the item's status if given),
    without the service's checks: the SQLite path of the service, the undo, and the demo's history.
    On PostgreSQL it is the owner's ``ws_chain_decision`` (reviewers decide through ``ws_decide``,
    which calls it), so the database hashes what it stores either way."""
    if supersedes is None and conn.dialect.name != "postgresql":
        # A decision on an item with an open escalation supersedes the escalation's decision
        # (PostgreSQL: ws_chain_decision of migration 0013 does the same).
        supersedes = routing.open_escalation(conn, item_id)
    supersedes_id, supersedes_client_id = supersedes if supersedes else (None, None)
    fields = decision_fields(
        client_id=client_id,
        external_ref=external_ref,
        queue=queue_name,
        reviewer=reviewer,
        verdict=verdict,
        reason=reason,
        note=note,
        decided_at=decided_at,
        handling_seconds=handling_seconds,
        reveal_state=reveal_state,
        supersedes=supersedes_client_id,
    )
    handling = round(handling_seconds, 3)
    chain = ledger.decision_chain(queue_id)
    values = {
        "chain": chain,
        "client_id": client_id,
        "item_id": item_id,
        "queue_id": queue_id,
        "user_id": user_id,
        "claim_id": claim_id,
        "verdict": verdict,
        "reason": reason,
        "note": note,
        "decided_at": decided_at,
        "handling_seconds": handling,
        "reveal_state": reveal_state,
        "supersedes_id": supersedes_id,
    }
    status = {"p_item": item_id, "p_status": item_status}
    if conn.dialect.name == "postgresql":
        # The owner's way in (the demo's history, seeding): the database chains and hashes the row
        # (ws_chain_decision, callable by the owner only), exactly as for a reviewer's decision.
        if item_status is not None:
            conn.execute(_SQL["set_status"], status)
        decision_id = conn.execute(
            _PG_CHAIN,
            {
                "p_user": user_id,
                "p_item": item_id,
                "p_claim": claim_id,
                "p_client": client_id,
                "p_verdict": verdict,
                "p_reason": reason,
                "p_note": note,
                "p_at": _naive(decided_at),
                "p_handling": handling,
                "p_reveal": reveal_state,
                "p_supersedes": supersedes_id,
            },
        ).scalar_one()
        stored = conn.execute(_PG_ROW, {"p_id": decision_id}).one()
        return _stamped(conn, _record_of(stored))
    else:  # SQLite serialises writers: the head cannot be contended
        if item_status is not None:
            conn.execute(_SQL["set_status"], status)
        policy = policies.version_at(conn, decided_at)
        if policy:
            fields["policy_version"] = policy
        values["policy_version"] = policy
        link = ledger.append(conn, chain, fields)
        decision_id = conn.execute(
            _SQL["insert"], {**values, "seq": link.seq, "prev_hash": link.prev_hash, "hash": link.hash}
        ).scalar_one()
        if supersedes_id is not None:
            routing.close_escalation(conn, supersedes_id, decision_id, verdict, decided_at)
    return DecisionRecord(
        id=decision_id,
        seq=link.seq,
        client_id=client_id,
        item_id=item_id,
        external_ref=external_ref,
        queue=queue_name,
        reviewer=reviewer,
        verdict=verdict,
        reason=reason,
        note=note,
        decided_at=decided_at,
        handling_seconds=handling,
        reveal_state=reveal_state,
        supersedes_client_id=supersedes_client_id,
        prev_hash=link.prev_hash,
        hash=link.hash,
        chain=chain,
        policy_version=policy,
    )


def append_decisions(conn: Connection, decisions: Sequence[Mapping[str, Any]]) -> int:
    """Many ``append_decision`` calls (each mapping its keyword arguments) in order; returns how many.

    On SQLite, when no item of the batch has an open escalation (the demo's history: new items), the
    rows are chained here in one pass and inserted with one ``executemany``: every field, link and
    policy stamp is the one ``append_decision`` gives, one row at a time cost the demo's first run
    seconds (docs/install.md, "First run"). Otherwise, and on PostgreSQL (where the database hashes
    each row it writes), one ``append_decision`` per row.
    """
    if not decisions:
        return 0
    one_by_one = conn.dialect.name == "postgresql" or any(
        d.get("supersedes") is not None or d.get("item_status") is not None for d in decisions
    )
    if not one_by_one:
        items = {int(d["item_id"]) for d in decisions}
        one_by_one = (
            conn.execute(
                select(Escalation.id)
                .where(Escalation.item_id.in_(items), Escalation.closed_at.is_(None))
                .limit(1)
            ).first()
            is not None
        )
    if one_by_one:
        for decision in decisions:
            append_decision(conn, **decision)
        return len(decisions)
    policy_at = policies.versions_in_force(conn)
    by_chain: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    rows: list[dict[str, Any]] = []
    for d in decisions:
        policy = policy_at(d["decided_at"])
        fields = decision_fields(
            client_id=d["client_id"],
            external_ref=d["external_ref"],
            queue=d["queue_name"],
            reviewer=d["reviewer"],
            verdict=d["verdict"],
            reason=d["reason"],
            note=d["note"],
            decided_at=d["decided_at"],
            handling_seconds=d["handling_seconds"],
            reveal_state=d["reveal_state"],
            supersedes=None,
            policy_version=policy,
        )
        chain = ledger.decision_chain(d["queue_id"])
        row = {
            "chain": chain,
            "client_id": d["client_id"],
            "item_id": d["item_id"],
            "queue_id": d["queue_id"],
            "user_id": d["user_id"],
            "claim_id": d["claim_id"],
            "verdict": d["verdict"],
            "reason": d["reason"],
            "note": d["note"],
            "decided_at": d["decided_at"],
            "handling_seconds": round(d["handling_seconds"], 3),
            "reveal_state": d["reveal_state"],
            "supersedes_id": None,
            "policy_version": policy,
        }
        rows.append(row)
        by_chain.setdefault(chain, []).append((fields, row))
    for chain, pairs in by_chain.items():
        links = ledger.append_many(conn, chain, [fields for fields, _row in pairs])
        for (_fields, row), link in zip(pairs, links, strict=True):
            row.update(seq=link.seq, prev_hash=link.prev_hash, hash=link.hash)
    conn.execute(insert(Decision), rows)  # in the given order: the same ids as one at a time
    return len(rows)


def open_appeal(conn: Connection, item_id: int) -> tuple[int, str] | None:
    """The item's appeal record that no decision supersedes yet, as ``(id, client id)``: the next
    decision on the item supersedes it (SQLite; ``ws_decide`` does the same on PostgreSQL)."""
    later = aliased(Decision)
    row = conn.execute(
        select(Decision.id, Decision.client_id).where(
            Decision.item_id == item_id,
            Decision.verdict == taxonomy.APPEALED,
            ~select(later.id).where(later.supersedes_id == Decision.id).exists(),
        )
    ).first()
    return (row[0], row[1]) if row is not None else None


def _decided_before(conn: Connection, item_id: int, user_id: int) -> bool:
    """Whether ``user_id`` recorded a verdict on the item (an appeal goes to someone who did not)."""
    return (
        conn.execute(
            select(Decision.id)
            .where(
                Decision.item_id == item_id,
                Decision.user_id == user_id,
                Decision.verdict.not_in((taxonomy.UNDONE, taxonomy.APPEALED)),
            )
            .limit(1)
        ).first()
        is not None
    )


class DecisionService:
    def __init__(self, db: Database, clock: Clock, claims: ClaimService) -> None:
        self.db = db
        self.clock = clock
        self.claims = claims

    def decide(self, actor: Actor, request: DecisionRequest) -> DecisionRecord:
        audit.require(self.db, self.clock, actor, "decide items", Role.REVIEWER)
        if request.reveal_state not in REVEAL_STATES:
            raise InvalidInput(f"reveal state must be one of {', '.join(REVEAL_STATES)}")
        if request.handling_seconds < 0:
            raise InvalidInput("handling time cannot be negative")
        if self.db.dialect == "postgresql":
            params = {
                "p_actor": actor.id,
                "p_claim": request.claim_id,
                "p_client": request.client_id,
                "p_verdict": request.verdict,
                "p_reason": request.reason,
                "p_note": request.note,
                "p_decided_at": _naive(request.decided_at),
                "p_handling": request.handling_seconds,
                "p_reveal": request.reveal_state,
                "p_now": _naive(self.clock.now()),
            }
            params |= {"p_dest": request.escalate_to, "p_imminent": request.imminent}

            def work_pg(session: Session) -> DecisionRecord:
                conn = session.connection()
                row = pgfunc.call(conn, _PG_DECIDE_ROUTED, params).one()
                return dataclasses.replace(_stamped(conn, _record_of(row)), incident_id=row.o_incident)

            return self.db.run_write(work_pg)
        return self.db.run_write(lambda session: self._decide(session, actor, request))

    # SQLite: Core SQL with few statements: idempotency probe, item and queue (locked), close the
    # claim, item status, then the queue's chain head last. PostgreSQL runs the same steps in ws_decide.

    def _decide(self, session: Session, actor: Actor, request: DecisionRequest) -> DecisionRecord:
        conn = session.connection()
        row = conn.execute(_SQL["lock"], {"p_claim": request.claim_id, "p_client": request.client_id}).first()
        retried = row is None or row.earlier_decision_id is not None
        existing = self._by_client_id(session, request.client_id) if retried else None
        if existing is not None:  # a retry of a decision that was recorded: the same record
            if existing.user_id != actor.id or existing.verdict != request.verdict:
                raise InvalidInput(f"decision id {request.client_id} was already used for another decision")
            return self._record(session, existing)
        if row is None or row.user_id != actor.id:
            raise NotFound(f"claim {request.claim_id} is not yours")
        item_id, external_ref, queue_id = row.item_id, row.external_ref, row.queue_id
        queue_name, queue_taxonomy = row.queue_name, row.queue_taxonomy
        verdicts = taxonomy.parse(queue_taxonomy, source=queue_name)
        taxonomy.check_decision(verdicts, request.verdict, request.reason, request.note)
        appeal = open_appeal(conn, item_id)  # an appealed item's decision supersedes the appeal
        if appeal is not None and _decided_before(conn, item_id, actor.id):
            raise InvalidInput(
                "this item is an appeal of a decision you took part in; another reviewer decides it"
            )
        now = self.clock.now()
        closed = conn.execute(_SQL["close"], {"p_claim": request.claim_id, "p_now": now}).first()
        if closed is None:  # the lease ran out or the claim was closed: forgiven or explained
            claim = session.get_one(Claim, request.claim_id, with_for_update=True)
            self._check_lease(session, claim, session.get_one(Item, item_id))
            claim.outcome = ClaimOutcome.DECIDED.value
            session.flush()
        status = ItemStatus.ESCALATED if request.verdict == taxonomy.ESCALATE else ItemStatus.DECIDED
        record = append_decision(
            conn,
            user_id=actor.id,
            reviewer=actor.username,
            item_id=item_id,
            external_ref=external_ref,
            queue_id=queue_id,
            queue_name=queue_name,
            claim_id=request.claim_id,
            verdict=request.verdict,
            reason=request.reason,
            note=request.note,
            decided_at=request.decided_at or now,
            handling_seconds=request.handling_seconds,
            reveal_state=request.reveal_state,
            client_id=request.client_id,
            supersedes=appeal,
            item_status=status.value,
        )
        incident = routing.route(conn, record.id, request.escalate_to, request.imminent)
        return dataclasses.replace(record, incident_id=incident)

    def _check_lease(self, session: Session, claim: Claim, item: Item) -> None:
        """An expired lease is forgiven while nobody else took the item; otherwise explained."""
        if claim.released_at is None:
            return
        if claim.outcome != ClaimOutcome.EXPIRED.value:
            raise InvalidInput(f"this claim is already closed ({claim.outcome}); nothing was recorded")
        if item.status != ItemStatus.PENDING.value:
            last = session.execute(
                select(Decision, User.display_name)
                .join(User, User.id == Decision.user_id)
                .where(Decision.item_id == item.id)
                .order_by(Decision.seq.desc())
                .limit(1)
            ).first()
            lost = (  # whole sentences, with and without who decided it
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "your claim on {ref} expired and {who} decided it at {at}; "
                    "your decision was not recorded.",
                ).format(ref=item.external_ref, who=last[1], at=last[0].decided_at)  # a moment (see claims)
                if last
                else QT_TRANSLATE_NOOP(
                    "Errors",
                    "your claim on {ref} expired and it was decided; your decision was not recorded.",
                ).format(ref=item.external_ref)
            )
            raise LeaseLost(lost)
        other = session.execute(
            select(Claim.id).where(Claim.item_id == item.id, Claim.released_at.is_(None))
        ).first()
        if other is not None:
            raise LeaseLost(self.claims.explain_loss(session, claim))

    def undo(self, actor: Actor, decision_id: int, *, client_id: str | None = None) -> ClaimedItem:
        """Take back one's own decision within a few seconds: a superseding 'undone' record, and the
        item is claimed again for the same reviewer so they can decide anew."""
        audit.require(self.db, self.clock, actor, "undo decisions", Role.REVIEWER)
        if self.db.dialect == "postgresql":
            params = {
                "p_actor": actor.id,
                "p_decision": decision_id,
                "p_client": client_id,
                "p_now": _naive(self.clock.now()),
                "p_lease": self.claims.lease.total_seconds(),
            }

            def work_pg(session: Session) -> ClaimedItem:
                claim_id = pgfunc.call(session.connection(), _PG_UNDO, params).scalar_one()
                return self.claims.describe_claim(session, claim_id)

            return self.db.run_write(work_pg)

        def work(session: Session) -> ClaimedItem:
            # Decisions are never locked FOR UPDATE (that needs UPDATE privilege, which the app's
            # PostgreSQL role does not have on decisions): every append to an item's decisions
            # locks the item first, so the item lock serialises two undos of one decision.
            decision = session.get(Decision, decision_id)
            if decision is None or decision.user_id != actor.id:
                raise NotFound(f"decision {decision_id} is not yours")
            item = session.execute(
                select(Item).where(Item.id == decision.item_id).with_for_update(of=Item)
            ).scalar_one()
            if session.execute(select(Decision.id).where(Decision.supersedes_id == decision.id)).first():
                raise InvalidInput("that decision was already undone or corrected")
            now = self.clock.now()
            if now - decision.decided_at > timedelta(seconds=UNDO_SECONDS):
                raise InvalidInput(
                    f"undo is possible for {UNDO_SECONDS:.0f} s after deciding; ask a lead to correct it"
                )
            queue = session.get_one(Queue, item.queue_id)
            session.flush()  # the ORM's pending changes first: the append is Core SQL
            append_decision(
                session.connection(),
                user_id=actor.id,
                reviewer=actor.username,
                item_id=item.id,
                external_ref=item.external_ref,
                queue_id=queue.id,
                queue_name=queue.name,
                claim_id=decision.claim_id,
                verdict=taxonomy.UNDONE,
                reason="",
                note="",
                decided_at=now,
                handling_seconds=0.0,
                reveal_state="filtered",
                client_id=client_id or new_client_id(),
                supersedes=(decision.id, decision.client_id),
            )
            item.status = ItemStatus.PENDING.value
            claim = Claim(
                item_id=item.id,
                user_id=actor.id,
                claimed_at=now,
                lease_expires_at=now + self.claims.lease,
                outcome=ClaimOutcome.OPEN.value,
            )
            session.add(claim)
            session.flush()
            return self.claims.describe_claim(session, claim.id)

        return self.db.run_write(work)

    @staticmethod
    def _by_client_id(session: Session, client_id: str) -> Decision | None:
        return session.execute(select(Decision).where(Decision.client_id == client_id)).scalar_one_or_none()

    @staticmethod
    def _record(session: Session, d: Decision) -> DecisionRecord:
        item = session.get_one(Item, d.item_id)
        queue = session.get_one(Queue, d.queue_id)
        user = session.get_one(User, d.user_id)
        superseded = session.get(Decision, d.supersedes_id) if d.supersedes_id else None
        return DecisionRecord(
            id=d.id,
            seq=d.seq,
            client_id=d.client_id,
            item_id=d.item_id,
            external_ref=item.external_ref,
            queue=queue.name,
            reviewer=user.username,
            verdict=d.verdict,
            reason=d.reason,
            note=d.note,
            decided_at=d.decided_at,
            handling_seconds=d.handling_seconds,
            reveal_state=d.reveal_state,
            supersedes_client_id=superseded.client_id if superseded else None,
            prev_hash=d.prev_hash,
            hash=d.hash,
            chain=d.chain,
            policy_version=d.policy_version,
        )

    def find(self, client_id: str) -> DecisionRecord | None:
        with self.db.read() as session:
            d = self._by_client_id(session, client_id)
            return self._record(session, d) if d else None

    @staticmethod
    def chains(session: Session) -> list[str]:
        """Every decision chain with a head (the legacy one and one per queue), in a stable order."""
        names = session.execute(
            select(LedgerHead.name).where(
                (LedgerHead.name == ledger.DECISIONS) | LedgerHead.name.startswith(ledger.DECISIONS + "/")
            )
        ).scalars()
        return sorted(names, key=lambda n: (n != ledger.DECISIONS, len(n), n))

    def chain_records(
        self, session: Session, chain: str = ledger.DECISIONS
    ) -> Generator[tuple[dict[str, Any], str, str]]:
        """Every decision of ``chain`` as ``(hashed fields, prev_hash, hash)`` in chain order, streamed."""
        superseded = aliased(Decision)
        rows = session.execute(
            select(Decision, Item.external_ref, Queue.name, User.username, superseded.client_id)
            .join(Item, Item.id == Decision.item_id)
            .join(Queue, Queue.id == Decision.queue_id)
            .join(User, User.id == Decision.user_id)
            .outerjoin(superseded, superseded.id == Decision.supersedes_id)
            .where(Decision.chain == chain)
            .order_by(Decision.seq)
            .execution_options(yield_per=5000)
        )
        try:
            yield from (self._chain_row(*row) for row in rows)
        finally:
            rows.close()  # a verifier that stops at the first broken link leaves no open cursor

    @staticmethod
    def _chain_row(
        d: Decision, ref: str, queue: str, reviewer: str, sup: str | None
    ) -> tuple[dict[str, Any], str, str]:
        fields = decision_fields(
            client_id=d.client_id,
            external_ref=ref,
            queue=queue,
            reviewer=reviewer,
            verdict=d.verdict,
            reason=d.reason,
            note=d.note,
            decided_at=d.decided_at,
            handling_seconds=d.handling_seconds,
            reveal_state=d.reveal_state,
            supersedes=sup,
            policy_version=d.policy_version,
        )
        return {**fields, "seq": d.seq}, d.prev_hash, d.hash

    def verify(self) -> ledger.ChainReport:
        """Check every decision chain in the database (the legacy one and each queue's): the first
        altered, missing or reordered record, named with its chain. Also a chain whose head does not
        match its last record (a head set back or zeroed, records cut off)."""
        checked = 0
        with self.db.read() as session:
            for chain in self.chains(session):
                report = self.verify_chain(session, chain)
                checked += report.checked
                if not report.ok:
                    return ledger.ChainReport(checked, False, f"chain {chain}: {report.problem}")
        return ledger.ChainReport(checked, True)

    def verify_chain(self, session: Session, chain: str) -> ledger.ChainReport:
        records = self.chain_records(session, chain)
        last: list[tuple[int, str]] = []

        def tracked() -> Generator[tuple[dict[str, Any], str, str]]:
            for fields, prev, digest in records:
                last[:] = [(int(fields["seq"]), digest)]
                yield fields, prev, digest

        try:
            report = ledger.verify_chain(tracked(), contiguous=True)
        finally:
            records.close()
        if not report.ok:
            return report
        head = session.execute(
            select(LedgerHead.seq, LedgerHead.hash).where(LedgerHead.name == chain)
        ).one_or_none()
        seq, digest = last[0] if last else (0, ledger.GENESIS)
        if head is None or (head.seq, head.hash) != (seq, digest):
            return ledger.ChainReport(
                report.checked, False, f"the chain head does not match its last record (seq {seq})"
            )
        return report

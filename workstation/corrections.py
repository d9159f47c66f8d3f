"""Corrections and appeals: decisions that supersede a decision, never edits of it.

- A **correction**: a lead or admin records the right verdict with a required reason; it supersedes
  the decision it corrects (the latest one of the item: nothing supersedes it yet).
- An **appeal**: a lead or admin records that a decision is appealed (verdict ``appealed``, with the
  appeal's reason); the item goes back to its queue, where any reviewer **except the one whose
  decision is appealed** may claim it (``claims``: the claim SQL of both databases), and that
  reviewer's decision supersedes the appeal record (``open_appeal``).

All of these are decisions on the item's queue chain, hashed and exported with ``supersedes``. The
reviewer whose decision was corrected, or changed on appeal, is told in their window
(``notices_for``). On PostgreSQL the writes are ``ws_correct`` and ``ws_appeal`` (migration 0015),
and a reviewer reads their notices through ``ws_my_notices`` (they cannot read a lead's decisions).
docs/policies-and-quality.md says how leads use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Integer, String, select, text
from sqlalchemy.orm import Session, aliased

from wellbeing.clock import Clock
from wellbeing.phrases import QT_TRANSLATE_NOOP
from workstation import audit, pgfunc, taxonomy
from workstation.actor import Actor
from workstation.db import Database
from workstation.decisions import DecisionRecord, DecisionService, append_decision, new_client_id
from workstation.errors import InvalidInput, NotFound
from workstation.models import Decision, Item, ItemStatus, Queue, Role, User, UTCDateTime

APPEALED = taxonomy.APPEALED
REASON_MAX = 2000
NOT_CORRECTABLE = (taxonomy.UNDONE, APPEALED)


@dataclass(frozen=True)
class Notice:
    """What the reviewer is told about one of their decisions."""

    decision_id: int  # the superseding decision
    kind: str  # "corrected" | "appealed" | "appeal decided"
    external_ref: str
    queue: str
    old_verdict: str  # labels in the queue's taxonomy (the key when unknown)
    new_verdict: str
    reason: str
    at: datetime
    by: str  # who corrected or filed the appeal ("" for an appeal's outcome: the reviewer is not named)

    def text(self) -> str:
        if self.kind == "corrected":
            return f"your decision on {self.external_ref} was corrected to {self.new_verdict}: {self.reason}"
        if self.kind == "appealed":
            return f"your decision on {self.external_ref} ({self.old_verdict}) is under appeal: {self.reason}"
        if self.old_verdict == self.new_verdict:
            return f"your decision on {self.external_ref} ({self.old_verdict}) was upheld on appeal"
        return f"your decision on {self.external_ref} was changed on appeal to {self.new_verdict}"


_PG_CORRECT = text(
    "SELECT ws_correct(CAST(:p_actor AS integer), CAST(:p_decision AS integer), CAST(:p_client AS text), "
    "CAST(:p_verdict AS text), CAST(:p_reason AS text), CAST(:p_note AS text), CAST(:p_now AS timestamp))"
).columns(ws_correct=Integer)
_PG_APPEAL = text(
    "SELECT ws_appeal(CAST(:p_actor AS integer), CAST(:p_decision AS integer), CAST(:p_client AS text), "
    "CAST(:p_reason AS text), CAST(:p_now AS timestamp))"
).columns(ws_appeal=Integer)
_PG_NOTICES = text(
    "SELECT * FROM ws_my_notices(CAST(:p_actor AS integer), CAST(:p_since AS timestamp))"
).columns(
    o_id=Integer,
    o_kind=String,
    o_ref=String,
    o_queue=String,
    o_old=String,
    o_new=String,
    o_reason=String,
    o_at=UTCDateTime(),
    o_by=String,
)


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _label(entries: list[object], key: str) -> str:
    for entry in entries:
        if isinstance(entry, dict) and entry.get("key") == key:
            return str(entry.get("label", key))
    return key


class CorrectionService:
    def __init__(self, db: Database, clock: Clock, decisions: DecisionService) -> None:
        self.db = db
        self.clock = clock
        self.decisions = decisions

    # -- writing ------------------------------------------------------------------------------------

    def correct(
        self,
        actor: Actor,
        decision_id: int,
        verdict: str,
        reason: str,
        note: str = "",
        *,
        client_id: str | None = None,
    ) -> DecisionRecord:
        """Record ``verdict`` in place of decision ``decision_id`` (leads and admins; a reason is
        required). The item's status follows the correction."""
        audit.require(self.db, self.clock, actor, "correct decisions", Role.LEAD, Role.ADMIN)
        reason, note = self._reason(reason, "a correction"), note.strip()
        if verdict in taxonomy.RESERVED:
            raise InvalidInput(f"a correction records a verdict of the queue, not {verdict!r}")
        client = client_id or new_client_id()
        if self.db.dialect == "postgresql":
            params = {
                "p_actor": actor.id,
                "p_decision": decision_id,
                "p_client": client,
                "p_verdict": verdict,
                "p_reason": reason,
                "p_note": note,
                "p_now": _naive(self.clock.now()),
            }
            return self._pg(lambda conn: pgfunc.call(conn, _PG_CORRECT, params).scalar_one())

        def work(session: Session) -> DecisionRecord:
            target, item, queue = self._target(session, decision_id)
            verdicts = taxonomy.parse(queue.taxonomy, source=queue.name)
            taxonomy.check_decision(verdicts, verdict, reason, note)
            return self._append(
                session, actor, target, item, queue, verdict, reason, note, client, ItemStatus.DECIDED
            )

        return self.db.run_write(work)

    def appeal(
        self, actor: Actor, decision_id: int, reason: str, *, client_id: str | None = None
    ) -> DecisionRecord:
        """Record an appeal of decision ``decision_id`` (leads and admins, who file it for whoever
        appealed): the item goes back to its queue for a reviewer other than the original one."""
        audit.require(self.db, self.clock, actor, "record appeals", Role.LEAD, Role.ADMIN)
        reason = self._reason(reason, "an appeal")
        client = client_id or new_client_id()
        if self.db.dialect == "postgresql":
            params = {
                "p_actor": actor.id,
                "p_decision": decision_id,
                "p_client": client,
                "p_reason": reason,
                "p_now": _naive(self.clock.now()),
            }
            return self._pg(lambda conn: pgfunc.call(conn, _PG_APPEAL, params).scalar_one())

        def work(session: Session) -> DecisionRecord:
            target, item, queue = self._target(session, decision_id)
            if target.verdict == taxonomy.ESCALATE:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "an escalation is not a verdict to appeal; decide the item instead"
                    )
                )
            return self._append(
                session, actor, target, item, queue, APPEALED, reason, "", client, ItemStatus.PENDING
            )

        return self.db.run_write(work)

    @staticmethod
    def _reason(reason: str, what: str) -> str:
        reason = reason.strip()
        if not reason:
            raise InvalidInput(f"{what} needs a reason: the reviewer is told it")
        if len(reason) > REASON_MAX:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the reason has {count} characters; at most {most}").format(
                    count=len(reason), most=REASON_MAX
                )
            )
        return reason

    def _pg(self, call: object) -> DecisionRecord:
        def work(session: Session) -> DecisionRecord:
            new_id = call(session.connection())  # type: ignore[operator]
            record = session.get_one(Decision, new_id)
            return self.decisions._record(session, record)

        return self.db.run_write(work)

    @staticmethod
    def _target(session: Session, decision_id: int) -> tuple[Decision, Item, Queue]:
        target = session.get(Decision, decision_id)
        if target is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "no decision {id}").format(id=str(decision_id)))
        # Every append to an item's decisions locks the item first (as the undo does).
        item = session.execute(
            select(Item).where(Item.id == target.item_id).with_for_update(of=Item)
        ).scalar_one()
        later = session.execute(select(Decision.id).where(Decision.supersedes_id == target.id)).scalar()
        if later is not None:
            raise InvalidInput(
                f"decision {decision_id} was already superseded (by decision {later}); correct the latest one"
            )
        if target.verdict in NOT_CORRECTABLE:
            raise InvalidInput(
                f"decision {decision_id} is an {target.verdict!r} record, not a verdict; "
                + ("wait for the appeal's decision" if target.verdict == APPEALED else "nothing to correct")
            )
        return target, item, session.get_one(Queue, item.queue_id)

    def _append(
        self,
        session: Session,
        actor: Actor,
        target: Decision,
        item: Item,
        queue: Queue,
        verdict: str,
        reason: str,
        note: str,
        client: str,
        status: ItemStatus,
    ) -> DecisionRecord:
        now = self.clock.now()
        session.flush()
        record = append_decision(
            session.connection(),
            user_id=actor.id,
            reviewer=actor.username,
            item_id=item.id,
            external_ref=item.external_ref,
            queue_id=queue.id,
            queue_name=queue.name,
            claim_id=None,
            verdict=verdict,
            reason=reason,
            note=note,
            decided_at=now,
            handling_seconds=0.0,
            reveal_state="filtered",
            client_id=client,
            supersedes=(target.id, target.client_id),
            item_status=status.value,
        )
        action = "decision appealed" if verdict == APPEALED else "decision corrected"
        audit.record(
            session,
            now,
            actor.id,
            action,
            item.external_ref,
            {"decision": target.client_id, "by": record.client_id, "from": target.verdict, "to": verdict},
        )
        return record

    # -- reading --------------------------------------------------------------------------------------

    def item_decisions(self, actor: Actor, external_ref: str) -> list[dict[str, object]]:
        """Every decision of the items with ``external_ref`` (numbers to correct or appeal), in order."""
        audit.require(self.db, self.clock, actor, "list an item's decisions", Role.LEAD, Role.ADMIN)
        earlier = aliased(Decision)
        with self.db.read() as session:
            rows = session.execute(
                select(Decision, User.username, earlier.id, Queue.name)
                .join(Item, Item.id == Decision.item_id)
                .join(Queue, Queue.id == Decision.queue_id)
                .join(User, User.id == Decision.user_id)
                .outerjoin(earlier, earlier.id == Decision.supersedes_id)
                .where(Item.external_ref == external_ref)
                .order_by(Decision.decided_at, Decision.id)
            ).all()
        if not rows:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "no decision on an item {ref!r}").format(ref=external_ref)
            )
        return [
            {
                "id": d.id,
                "decided_at": f"{d.decided_at:%Y-%m-%d %H:%M:%S}",
                "reviewer": who,
                "verdict": d.verdict,
                "reason": d.reason,
                "supersedes": sup or "",
                "policy_version": d.policy_version or "",
                "queue": queue,
                "latest": not any(other.supersedes_id == d.id for other, *_ in rows),
            }
            for d, who, sup, queue in rows
        ]

    def notices_for(self, actor: Actor, since: datetime) -> list[Notice]:
        """What happened to ``actor``'s decisions since ``since``: corrections by others, appeals and
        their outcomes, oldest first."""
        with self.db.read() as session:
            if self.db.dialect == "postgresql":
                rows = session.execute(_PG_NOTICES, {"p_actor": actor.id, "p_since": _naive(since)}).all()
                return [
                    Notice(r.o_id, r.o_kind, r.o_ref, r.o_queue, r.o_old, r.o_new, r.o_reason, r.o_at, r.o_by)
                    for r in rows
                ]
            return self._notices_sqlite(session, actor.id, since)

    @staticmethod
    def _notices_sqlite(session: Session, user_id: int, since: datetime) -> list[Notice]:
        mine, by, outcome = aliased(Decision), aliased(Decision), aliased(Decision)
        who = aliased(User)
        rows = session.execute(
            select(by, mine.verdict, Item.external_ref, Queue.name, Queue.taxonomy, who.display_name)
            .join(mine, mine.id == by.supersedes_id)
            .join(Item, Item.id == mine.item_id)
            .join(Queue, Queue.id == mine.queue_id)
            .join(who, who.id == by.user_id)
            .where(mine.user_id == user_id, by.user_id != user_id, by.verdict != taxonomy.UNDONE)
        ).all()
        out: list[Notice] = []
        for d, old, ref, queue, tax, name in rows:
            if d.decided_at > since:
                kind = "appealed" if d.verdict == APPEALED else "corrected"
                out.append(
                    Notice(
                        d.id,
                        kind,
                        ref,
                        queue,
                        _label(tax, old),
                        _label(tax, d.verdict),
                        d.reason,
                        d.decided_at,
                        name,
                    )
                )
            if d.verdict == APPEALED:
                decided = session.execute(
                    select(outcome).where(outcome.supersedes_id == d.id, outcome.verdict != taxonomy.UNDONE)
                ).scalar_one_or_none()
                if decided is not None and decided.decided_at > since:
                    out.append(
                        Notice(
                            decided.id,
                            "appeal decided",
                            ref,
                            queue,
                            _label(tax, old),
                            _label(tax, decided.verdict),
                            "",
                            decided.decided_at,
                            "",
                        )
                    )
        return sorted(out, key=lambda n: (n.at, n.decision_id))

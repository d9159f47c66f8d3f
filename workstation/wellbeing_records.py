"""Wellbeing data: exposure spans, breaks and check-ins in the shared database, and the daily cap.

``wellbeing`` defines what exposure and care mean; this module stores them and reads them back.
Writes are idempotent (every row has a client id; a span's id is derived from its content), so an
outbox replay or a retried batch never counts a minute twice. Individual wellbeing data is readable by
the person themself and by wellbeing staff only (docs/architecture.md, invariant 5); every other read is
refused and audited.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast, overload

from sqlalchemy import Table, func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from wellbeing.attention import BreakFact, interrupted_end, since_last_break
from wellbeing.breaks import locked_tiers
from wellbeing.clock import Clock
from wellbeing.exposure import ExposureSpan
from wellbeing.phrases import QT_TRANSLATE_NOOP, Figure
from wellbeing.policy import WellbeingPolicy
from workstation import audit, pgfunc
from workstation.actor import Actor
from workstation.claims import QueueRef
from workstation.db import Database
from workstation.errors import InvalidInput, NotFound, QueueLocked
from workstation.models import BreakRow, CheckIn, ExposureSpanRow, Queue, Role, User
from workstation.policy_store import WellbeingPolicyService, stored_policy

# PostgreSQL: wellbeing data is written by the functions of migration 0005, as the session's person.
_PG_SPANS = text("SELECT ws_record_spans(CAST(:p_actor AS integer), CAST(:p_spans AS jsonb))")
_PG_BREAK = text(
    "SELECT ws_record_break(CAST(:p_actor AS integer), CAST(:p_client AS text), CAST(:p_kind AS text), "
    "CAST(:p_prompted AS timestamp), CAST(:p_started AS timestamp), CAST(:p_ended AS timestamp), "
    "CAST(:p_postponed AS integer), CAST(:p_outcome AS text))"
)
_PG_CHECKIN = text(
    "SELECT ws_record_checkin(CAST(:p_actor AS integer), CAST(:p_client AS text), "
    "CAST(:p_at AS timestamp), CAST(:p_mood AS integer), CAST(:p_note AS text))"
)


@overload
def _naive(moment: datetime) -> datetime: ...
@overload
def _naive(moment: None) -> None: ...
def _naive(moment: datetime | None) -> datetime | None:
    """A ``timestamp`` argument: naive UTC, as the tables store it."""
    return None if moment is None else moment.astimezone(UTC).replace(tzinfo=None)


_SPAN_NAMESPACE = uuid.UUID("5b0f3a52-8d0e-4f7b-9d1c-2f6b8c1e7a10")


def span_client_id(user_id: int, span: ExposureSpan) -> str:
    """A stable id from the span's content: the same span written twice is stored once."""
    key = (
        f"{user_id}|{span.item_id}|{span.started_at.isoformat()}|{span.seconds:.6f}|{span.visibility_weight}"
    )
    return str(uuid.uuid5(_SPAN_NAMESPACE, key))


#: The outbox kind of a batch of exposure spans (``OutboxSync.register(SPANS_OUTBOX_KIND, ...)``).
SPANS_OUTBOX_KIND = "exposure_spans"


def spans_payload(user_id: int, spans: Sequence[ExposureSpan]) -> dict[str, Any]:
    """A batch of one person's spans as JSON-ready data, for the local outbox."""
    return {
        "user_id": user_id,
        "spans": [
            {
                "item_id": s.item_id,
                "queue": s.queue,
                "tier": s.tier,
                "started_at": s.started_at.isoformat(),
                "ended_at": s.ended_at.isoformat(),
                "seconds": s.seconds,
                "visibility_weight": s.visibility_weight,
                "severity_weight": s.severity_weight,
                "dose": s.dose,
                "revealed_seconds": s.revealed_seconds,
            }
            for s in spans
        ],
    }


def spans_from_payload(payload: Mapping[str, Any]) -> tuple[int, list[ExposureSpan]]:
    spans = [
        ExposureSpan(
            item_id=raw["item_id"],
            queue=raw["queue"],
            tier=raw["tier"],
            started_at=datetime.fromisoformat(raw["started_at"]),
            ended_at=datetime.fromisoformat(raw["ended_at"]),
            seconds=float(raw["seconds"]),
            visibility_weight=float(raw["visibility_weight"]),
            severity_weight=float(raw["severity_weight"]),
            dose=float(raw["dose"]),
            revealed_seconds=float(raw["revealed_seconds"]),
        )
        for raw in payload["spans"]
    ]
    return int(payload["user_id"]), spans


def spans_batch_id(user_id: int, spans: Sequence[ExposureSpan]) -> str:
    """A stable id for a batch (the outbox's client id): the same batch queued twice is kept once."""
    key = ",".join(sorted(span_client_id(user_id, s) for s in spans))
    return str(uuid.uuid5(_SPAN_NAMESPACE, key))


#: The outbox kinds of breaks and check-ins: care records wait durably like spans when the database
#: is away (docs/wellbeing.md#the-break-flow).
BREAK_OUTBOX_KIND = "break"
CHECKIN_OUTBOX_KIND = "checkin"


def break_payload(
    user_id: int,
    *,
    client_id: str,
    kind: str,
    prompted_at: datetime,
    started_at: datetime | None = None,
    ended_at: datetime | None = None,
    postponed: int = 0,
    outcome: str = "prompted",
) -> dict[str, Any]:
    """One state of a break (they are upserts by ``client_id``) as JSON-ready data, for the outbox."""
    return {
        "user_id": user_id,
        "client_id": client_id,
        "kind": kind,
        "prompted_at": prompted_at.isoformat(),
        "started_at": started_at.isoformat() if started_at else None,
        "ended_at": ended_at.isoformat() if ended_at else None,
        "postponed": postponed,
        "outcome": outcome,
    }


def checkin_payload(user_id: int, *, client_id: str, at: datetime, mood: int, note: str) -> dict[str, Any]:
    """A check-in as JSON-ready data, for the outbox; it keeps the time it was made."""
    return {"user_id": user_id, "client_id": client_id, "at": at.isoformat(), "mood": mood, "note": note}


def day_start(moment: datetime) -> datetime:
    """Midnight of ``moment``'s day in the workstation's local time zone: a reviewer's "today"."""
    local = moment.astimezone()
    return datetime.combine(local.date(), time(0), tzinfo=local.tzinfo)


@dataclass(frozen=True)
class DaySummary:
    day: date
    dose: float
    revealed_minutes: float
    exposed_minutes: float
    breaks_taken: int
    breaks_prompted: int
    mood: float | None


@dataclass(frozen=True)
class WellbeingSummary:
    """A reviewer's own view: today and the last days, against the budget."""

    username: str
    budget: float
    today: DaySummary
    days: tuple[DaySummary, ...]
    checkins: tuple[tuple[datetime, int, str], ...]
    locked_tiers: frozenset[int]


class WellbeingRecords:
    def __init__(self, db: Database, clock: Clock, policy: WellbeingPolicy | None = None) -> None:
        self.db = db
        self.clock = clock
        self._policy = policy

    # -- the policy, shared by every workstation --------------------------------------------------

    @property
    def policy(self) -> WellbeingPolicy:
        if self._policy is None:
            self._policy = self.load_policy()
        return self._policy

    def load_policy(self) -> WellbeingPolicy:
        """The organisation's policy from the database, else the documented defaults (read fresh)."""
        return stored_policy(self.db)

    def use_policy(self, policy: WellbeingPolicy) -> None:
        """A workstation picked up a changed policy (``WellbeingController``): the claim gate uses it."""
        self._policy = policy

    def save_policy(self, actor: Actor, text: str, reason: str) -> WellbeingPolicy:
        """Save a new version (wellbeing staff only; ``WellbeingPolicyService.save``); used here at once."""
        WellbeingPolicyService(self.db, self.clock).save(actor, text, reason)
        self._policy = self.load_policy()
        return self._policy

    # -- writing ------------------------------------------------------------------------------------

    def record_spans(self, actor: Actor, spans: Iterable[ExposureSpan]) -> int:
        """Store a batch of the actor's own spans in one transaction; returns how many were new."""
        return self._record_spans(actor.id, spans)

    def replay_spans(self, payload: Mapping[str, Any]) -> int:
        """The outbox replayer of ``SPANS_OUTBOX_KIND``: store a batch made by ``spans_payload``."""
        user_id, spans = spans_from_payload(payload)
        return self._record_spans(user_id, spans)

    def _record_spans(self, user_id: int, spans: Iterable[ExposureSpan]) -> int:
        rows = [self._span_row(user_id, s) for s in spans if s.seconds > 0]
        if not rows:
            return 0

        if self.db.dialect == "postgresql":
            # ws_record_spans (migration 0005) stores them as the session's person's, under ids
            # scoped to that person, and refuses a login writing someone else's exposure.
            batch = json.dumps(
                [
                    {k: _naive(v).isoformat() if isinstance(v, datetime) else v for k, v in r.items()}
                    for r in rows
                ]
            )
            params = {"p_actor": user_id, "p_spans": batch}
            return self.db.run_write(
                lambda session: int(pgfunc.call(session.connection(), _PG_SPANS, params).scalar_one())
            )

        def write(session: Session) -> int:
            insert = pg_insert if self.db.dialect == "postgresql" else sqlite_insert
            queue_ids = dict(session.execute(select(Queue.name, Queue.id)).all())
            # New dicts: a retried attempt (a locked database) must find the rows as they were.
            values = [
                {k: v for k, v in row.items() if k != "queue_name"}
                | {"queue_id": queue_ids.get(row["queue_name"])}
                for row in rows
            ]
            # On the table, not the ORM class: the ORM's bulk path cost more than the insert itself
            # for the demo's 28,000 spans (docs/install.md, "First run").
            table = cast(Table, ExposureSpanRow.__table__)
            stmt = insert(table).on_conflict_do_nothing(index_elements=["client_id"])
            result = session.connection().execute(stmt.returning(table.c.id), values)
            return len(result.all())

        return self.db.run_write(write)

    @staticmethod
    def _span_row(user_id: int, span: ExposureSpan) -> dict[str, Any]:
        item_id = int(span.item_id) if span.item_id and span.item_id.isdigit() else None
        return {
            "client_id": span_client_id(user_id, span),
            "user_id": user_id,
            "item_id": item_id,
            "queue_name": span.queue,
            "started_at": span.started_at,
            "ended_at": span.ended_at,
            "seconds": span.seconds,
            "revealed_seconds": span.revealed_seconds,
            "visibility_weight": span.visibility_weight,
            "severity_weight": span.severity_weight,
            "dose": span.dose,
        }

    def record_break(
        self,
        actor: Actor,
        *,
        kind: str,
        prompted_at: datetime,
        started_at: datetime | None = None,
        ended_at: datetime | None = None,
        postponed: int = 0,
        outcome: str = "prompted",
        client_id: str | None = None,
    ) -> str:
        """Create or update (by client id) one break: prompted, then taken or dismissed."""
        return self._record_break(
            actor.id,
            kind=kind,
            prompted_at=prompted_at,
            started_at=started_at,
            ended_at=ended_at,
            postponed=postponed,
            outcome=outcome,
            client_id=client_id,
        )

    def replay_break(self, payload: Mapping[str, Any]) -> str:
        """The outbox replayer of ``BREAK_OUTBOX_KIND``: store a record made by ``break_payload``."""

        def moment(key: str) -> datetime | None:
            raw = payload.get(key)
            return datetime.fromisoformat(raw) if raw else None

        prompted = moment("prompted_at")
        if prompted is None:
            raise InvalidInput("a queued break has no prompted time")
        return self._record_break(
            int(payload["user_id"]),
            kind=str(payload["kind"]),
            prompted_at=prompted,
            started_at=moment("started_at"),
            ended_at=moment("ended_at"),
            postponed=int(payload.get("postponed", 0)),
            outcome=str(payload["outcome"]),
            client_id=str(payload["client_id"]),
        )

    def replay_checkin(self, payload: Mapping[str, Any]) -> str:
        """The outbox replayer of ``CHECKIN_OUTBOX_KIND``: store a check-in made by ``checkin_payload``,
        at the time it was made (not the time it was sent)."""
        return self._record_checkin(
            int(payload["user_id"]),
            int(payload["mood"]),
            str(payload.get("note", "")),
            client_id=str(payload["client_id"]),
            at=datetime.fromisoformat(payload["at"]),
        )

    def _record_break(
        self,
        user_id: int,
        *,
        kind: str,
        prompted_at: datetime,
        started_at: datetime | None,
        ended_at: datetime | None,
        postponed: int,
        outcome: str,
        client_id: str | None,
    ) -> str:
        if kind not in {"soft", "enforced", "affected", "self"}:
            raise InvalidInput(f"unknown break kind {kind!r}")
        if outcome not in {"prompted", "taken", "dismissed"}:
            raise InvalidInput(f"unknown break outcome {outcome!r}")
        cid = client_id or str(uuid.uuid4())
        if ended_at is None and started_at is not None and self._ended_already(cid, started_at):
            return cid  # a stale replay of the start: a break once ended never opens again
        if self.db.dialect == "postgresql":
            params = {
                "p_actor": user_id,
                "p_client": cid,
                "p_kind": kind,
                "p_prompted": _naive(prompted_at),
                "p_started": _naive(started_at),
                "p_ended": _naive(ended_at),
                "p_postponed": postponed,
                "p_outcome": outcome,
            }
            self.db.run_write(lambda session: pgfunc.call(session.connection(), _PG_BREAK, params).all())
            return cid

        def write(session: Session) -> str:
            row = session.execute(select(BreakRow).where(BreakRow.client_id == cid)).scalar_one_or_none()
            if row is None:
                row = BreakRow(client_id=cid, user_id=user_id, kind=kind, prompted_at=prompted_at)
                session.add(row)
            elif row.user_id != user_id:
                raise InvalidInput("that break belongs to someone else")
            row.started_at, row.ended_at = started_at, ended_at
            row.postponed, row.outcome = postponed, outcome
            return cid

        return self.db.run_write(write)

    def _ended_already(self, client_id: str, started_at: datetime) -> bool:
        """Whether this break (same start) is stored with an end, typed or inferred."""
        with self.db.read() as session:
            row = session.execute(
                select(BreakRow.started_at, BreakRow.ended_at).where(BreakRow.client_id == client_id)
            ).first()
        return row is not None and row.ended_at is not None and row.started_at == started_at

    def close_interrupted_breaks(self, actor: Actor, before: datetime) -> list[str]:
        """Close the actor's breaks that were taken before ``before`` and never ended: their window
        died (killed, crashed, power cut). Called on the person's next start, after the outbox has
        sent what waited. Each gets the end ``interrupted_end`` gives (its start: nothing is known
        after it), which readers show as "ended when the workstation stopped (time inferred)"
        (``wellbeing.attention.break_end``). A break with an end is never touched, so running this
        twice changes nothing. Returns the client ids closed."""
        with self.db.read() as session:
            rows = session.execute(
                select(BreakRow).where(
                    BreakRow.user_id == actor.id,
                    BreakRow.outcome == "taken",
                    BreakRow.started_at.is_not(None),
                    BreakRow.ended_at.is_(None),
                    BreakRow.started_at < before,
                )
            ).scalars()
            open_breaks = [
                (b.client_id, b.kind, b.prompted_at, b.started_at, b.postponed) for b in rows if b.started_at
            ]
        for client_id, kind, prompted_at, started_at, postponed in open_breaks:
            self._record_break(
                actor.id,
                kind=kind,
                prompted_at=prompted_at,
                started_at=started_at,
                ended_at=interrupted_end(started_at),
                postponed=postponed,
                outcome="taken",
                client_id=client_id,
            )
        return [c for c, *_ in open_breaks]

    def record_checkin(
        self,
        actor: Actor,
        mood: int,
        note: str = "",
        *,
        client_id: str | None = None,
        at: datetime | None = None,
    ) -> str:
        """Store a private check-in (idempotent by client id); ``at``: when it was made (default now)."""
        return self._record_checkin(actor.id, mood, note, client_id=client_id, at=at)

    def _record_checkin(
        self, user_id: int, mood: int, note: str, *, client_id: str | None, at: datetime | None
    ) -> str:
        if not 1 <= mood <= 5:
            raise InvalidInput("mood is 1 (very low) to 5 (very good)")
        cid = client_id or str(uuid.uuid4())
        when = at or self.clock.now()
        if self.db.dialect == "postgresql":
            params = {
                "p_actor": user_id,
                "p_client": cid,
                "p_at": _naive(when),
                "p_mood": mood,
                "p_note": note,
            }
            self.db.run_write(lambda session: pgfunc.call(session.connection(), _PG_CHECKIN, params).all())
            return cid

        def write(session: Session) -> str:
            if session.execute(select(CheckIn.id).where(CheckIn.client_id == cid)).first() is None:
                session.add(
                    CheckIn(
                        client_id=cid,
                        user_id=user_id,
                        at=when,
                        mood=mood,
                        note=note.strip()[:2000],
                    )
                )
            return cid

        return self.db.run_write(write)

    # -- the daily cap ------------------------------------------------------------------------------

    def dose_today(self, user_id: int, session: Session | None = None) -> float:
        start = day_start(self.clock.now())
        stmt = select(func.coalesce(func.sum(ExposureSpanRow.dose), 0.0)).where(
            ExposureSpanRow.user_id == user_id,
            ExposureSpanRow.started_at >= start,
            ExposureSpanRow.started_at < start + timedelta(days=1),
        )
        if session is not None:
            return float(session.execute(stmt).scalar_one())
        with self.db.read() as own:
            return float(own.execute(stmt).scalar_one())

    def since_last_break(self, user_id: int) -> tuple[float, float]:
        """Today's weighted minutes and seconds of exposure since the person's last break, from what
        is stored (``wellbeing.attention.since_last_break``): where a restarted meter goes on from."""
        now = self.clock.now()
        start = day_start(now)
        with self.db.read() as session:
            spans = [
                (started, ended, float(seconds), float(dose))
                for started, ended, seconds, dose in session.execute(
                    select(
                        ExposureSpanRow.started_at,
                        ExposureSpanRow.ended_at,
                        ExposureSpanRow.seconds,
                        ExposureSpanRow.dose,
                    ).where(ExposureSpanRow.user_id == user_id, ExposureSpanRow.started_at >= start)
                )
            ]
            breaks = [
                BreakFact(b.kind, b.prompted_at, b.outcome, b.postponed, b.started_at, b.ended_at)
                for b in session.execute(
                    select(BreakRow).where(BreakRow.user_id == user_id, BreakRow.prompted_at >= start)
                ).scalars()
            ]
        return since_last_break(spans, breaks, self.policy, now)

    def locked_tiers_for(self, user_id: int, session: Session | None = None) -> frozenset[int]:
        return locked_tiers(self.policy, self.dose_today(user_id, session))

    def gate(self, session: Session, actor: Actor, queue: QueueRef, live_dose: float | None = None) -> None:
        """The claim gate: refuses a queue whose tier is locked by today's spent budget.

        The dose is the stored one, or the caller's live figure (``live_dose``: its meter, with the
        spans not flushed yet) when that is larger; a live figure can only close, never open."""
        tier = self.policy.effective_tier(queue.name, queue.severity_tier)
        dose = self.dose_today(actor.id, session)
        if live_dose is not None and math.isfinite(live_dose):
            dose = max(dose, live_dose)
        if tier in locked_tiers(self.policy, dose):
            budget = self.policy.caps.daily_budget_dose
            raise QueueLocked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "today's exposure budget ({budget} weighted minutes) is spent, so queues above "
                    "severity tier {above} are closed to you until tomorrow. "
                    "'{queue}' is tier {tier}; lower-tier queues stay open.",
                ).format(
                    budget=Figure(budget, ".0f"),  # the window writes it in the locale
                    above=self.policy.caps.lock_tiers_above,
                    queue=queue.name,
                    tier=tier,
                )
            )

    # -- reading (own data, or wellbeing staff) -----------------------------------------------------

    def summary(self, actor: Actor, username: str | None = None, *, days: int = 7) -> WellbeingSummary:
        """Today and the last ``days`` days of one person's wellbeing data."""
        with self.db.read() as session:
            user = self._subject(session, actor, username)
        now = self.clock.now()
        start = day_start(now) - timedelta(days=days - 1)
        with self.db.read() as session:
            spans = session.execute(
                select(
                    ExposureSpanRow.started_at,
                    ExposureSpanRow.dose,
                    ExposureSpanRow.seconds,
                    ExposureSpanRow.revealed_seconds,
                ).where(ExposureSpanRow.user_id == user.id, ExposureSpanRow.started_at >= start)
            ).all()
            breaks = session.execute(
                select(BreakRow.prompted_at, BreakRow.outcome).where(
                    BreakRow.user_id == user.id, BreakRow.prompted_at >= start
                )
            ).all()
            checkins = [
                (at, mood, note)
                for at, mood, note in session.execute(
                    select(CheckIn.at, CheckIn.mood, CheckIn.note)
                    .where(CheckIn.user_id == user.id, CheckIn.at >= start)
                    .order_by(CheckIn.at)
                )
            ]
            dose_today = self.dose_today(user.id, session)
        by_day: dict[date, dict[str, Any]] = {}
        for offset in range(days):
            d = (start + timedelta(days=offset)).astimezone().date()
            by_day[d] = {"dose": 0.0, "seconds": 0.0, "revealed": 0.0, "taken": 0, "prompted": 0, "moods": []}
        for started, dose, seconds, revealed in spans:
            bucket = by_day.get(started.astimezone().date())
            if bucket is not None:
                bucket["dose"] += dose
                bucket["seconds"] += seconds
                bucket["revealed"] += revealed
        for prompted, outcome in breaks:
            bucket = by_day.get(prompted.astimezone().date())
            if bucket is not None:
                bucket["prompted"] += 1
                bucket["taken"] += outcome == "taken"
        for at, mood, _note in checkins:
            bucket = by_day.get(at.astimezone().date())
            if bucket is not None:
                bucket["moods"].append(mood)
        summaries = tuple(
            DaySummary(
                day=d,
                dose=b["dose"],
                revealed_minutes=b["revealed"] / 60,
                exposed_minutes=b["seconds"] / 60,
                breaks_taken=b["taken"],
                breaks_prompted=b["prompted"],
                mood=sum(b["moods"]) / len(b["moods"]) if b["moods"] else None,
            )
            for d, b in sorted(by_day.items())
        )
        return WellbeingSummary(
            username=user.username,
            budget=self.policy.caps.daily_budget_dose,
            today=summaries[-1],
            days=summaries,
            checkins=tuple(checkins),
            locked_tiers=locked_tiers(self.policy, dose_today),
        )

    def _subject(self, session: Session, actor: Actor, username: str | None) -> User:
        name = username or actor.username
        if name != actor.username and not actor.has(Role.WELLBEING):
            audit.require(self.db, self.clock, actor, f"read {name}'s exposure and check-ins", Role.WELLBEING)
        user = session.execute(select(User).where(User.username == name)).scalar_one_or_none()
        if user is None:
            raise NotFound(f"no user named {name!r}")
        return user

"""The optional periodic WHO-5 questionnaire, stored as wellbeing data (docs/wellbeing.md, "Screening").

Offered only when the organisation switches it on in the policy (``[screening] enabled``), at most
every ``interval_days``. A result (answers and the 0-100 score) is readable by its person and by
wellbeing staff only: here the service refuses anyone else and audits the refusal; on PostgreSQL
row-level security returns no row to them either (migration 0012), so a lead's or admin's psql
session reads nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wellbeing.clock import Clock
from wellbeing.policy import WellbeingPolicy
from wellbeing.screening import INSTRUMENT, is_due, who5_score
from workstation import pgfunc
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import InvalidInput, NotFound
from workstation.models import Role, Screening, User
from workstation.policy_store import require

_PG_RECORD = text(
    "SELECT ws_record_screening(CAST(:p_actor AS integer), CAST(:p_client AS text), "
    "CAST(:p_at AS timestamp), CAST(:p_answers AS integer[]))"
)


@dataclass(frozen=True)
class ScreeningResult:
    at: datetime
    instrument: str
    answers: tuple[int, ...]
    score: int


class ScreeningService:
    """Record one's own questionnaire; read one's own results, or anyone's as wellbeing staff."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def record(self, actor: Actor, answers: list[int], *, client_id: str | None = None) -> int:
        """Store the actor's own answers; returns the score 0-100."""
        try:
            score = who5_score(answers)
        except ValueError as error:
            raise InvalidInput(str(error)) from error
        cid = client_id or str(uuid.uuid4())
        now = self.clock.now()
        if self.db.dialect == "postgresql":
            params = {
                "p_actor": actor.id,
                "p_client": cid,
                "p_at": now.astimezone(UTC).replace(tzinfo=None),
                "p_answers": list(answers),
            }
            return self.db.run_write(
                lambda session: int(pgfunc.call(session.connection(), _PG_RECORD, params).scalar_one())
            )

        def write(session: Session) -> int:
            existing = session.execute(
                select(Screening).where(Screening.client_id == cid)
            ).scalar_one_or_none()
            if existing is not None:
                if existing.user_id != actor.id:
                    raise InvalidInput("that screening belongs to someone else")
                return existing.score
            session.add(
                Screening(
                    client_id=cid,
                    user_id=actor.id,
                    at=now,
                    instrument=INSTRUMENT,
                    answers=list(answers),
                    score=score,
                )
            )
            return score

        return self.db.run_write(write)

    def results(self, actor: Actor, username: str | None = None) -> list[ScreeningResult]:
        """One person's results, newest first: their own, or anyone's for wellbeing staff. Leads and
        admins are refused (and the refusal audited) even for a name that does not exist."""
        name = username or actor.username
        if name != actor.username:
            require(self.db, self.clock, actor, f"read {name}'s screening results", Role.WELLBEING)
        with self.db.read() as session:
            user_id = session.execute(select(User.id).where(User.username == name)).scalar_one_or_none()
            if user_id is None:
                raise NotFound(f"no user named {name!r}")
            rows = session.execute(
                select(Screening).where(Screening.user_id == user_id).order_by(Screening.at.desc())
            ).scalars()
            return [ScreeningResult(r.at, r.instrument, tuple(r.answers), r.score) for r in rows]

    def due(self, actor: Actor, policy: WellbeingPolicy) -> bool:
        """Whether to offer the questionnaire to the actor now (switched on, and not answered lately)."""
        if not policy.screening.enabled:
            return False
        with self.db.read() as session:
            last = session.execute(
                select(Screening.at)
                .where(Screening.user_id == actor.id)
                .order_by(Screening.at.desc())
                .limit(1)
            ).scalar_one_or_none()
        return is_due(last, self.clock.now(), policy.screening.interval_days)


__all__ = ["ScreeningResult", "ScreeningService"]

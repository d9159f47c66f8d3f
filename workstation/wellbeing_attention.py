"""Wellbeing staff's care work: who needs attention, one person's page, and "contacted on ...".

The rules are ``wellbeing.attention``'s; this service reads the wellbeing data they need, checks that only
wellbeing staff ask (everyone else is refused with a sentence, and the refusal audited), and keeps the
staff's own record in ``care_log`` (migration 0011): acknowledgements with a private note, and every
opening of a person's page. Nothing of it reaches leads or admins (docs/architecture.md, invariant 5):
on PostgreSQL the wellbeing group alone may read ``care_log`` and only ``ws_care_log`` writes it; the
shared audit trail, which leads read, gets an event that names no person and carries no note.
docs/wellbeing.md explains it for staff.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, case, func, select, text, type_coerce
from sqlalchemy.orm import Session

from wellbeing.attention import (
    Acknowledgement,
    Attention,
    BreakFact,
    CheckinFact,
    PersonWellbeing,
    Reason,
    WorkSpan,
    assess,
    attention_list,
    break_end,
    break_minutes,
    break_status,
    lookback_days,
)
from wellbeing.clock import Clock
from wellbeing.phrases import QT_TRANSLATE_NOOP, Figure
from wellbeing.policy import WellbeingPolicy
from workstation import audit, pgfunc
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import InvalidInput, NotFound
from workstation.models import BreakRow, CareLogRow, CheckIn, ExposureDaily, ExposureSpanRow, Role, User
from workstation.policy_store import stored_policy

_S = TypeVar("_S", bound=Select[*tuple[Any, ...]])
NOTE_MAX = 2000
PAGE_MAX_DAYS = 366
_PG_CARE_LOG = text(
    "SELECT ws_care_log(CAST(:p_actor AS integer), CAST(:p_client AS text), CAST(:p_user AS integer), "
    "CAST(:p_at AS timestamp), CAST(:p_kind AS text), CAST(:p_on AS date), CAST(:p_note AS text))"
)


@dataclass(frozen=True)
class BreakLine:
    prompted_at: datetime
    kind: str
    status: str  # taken | taken, postponed once | skipped | not now | open ...
    minutes: float | None  # how long it lasted, when taken and ended (as far as the records show)
    inferred: bool = False  # its window died: the end is inferred, not typed by the person


@dataclass(frozen=True)
class PersonPage:
    """One person's wellbeing data over a range, for wellbeing staff."""

    username: str
    display_name: str
    start: date
    end: date
    today: date  # the range's last day may be today: a partial day, marked so
    budget: float
    days: tuple[tuple[date, float], ...]  # every day of the range, 0 where nothing was recorded
    breaks: tuple[BreakLine, ...]
    checkins: tuple[CheckinFact, ...]
    events: tuple[tuple[datetime, str], ...]  # "This affected me", acknowledgements, newest first
    reasons: tuple[Reason, ...]  # why the attention view lists them now (empty: it does not)
    acknowledgements: tuple[Acknowledgement, ...]


def _utc_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), UTC)


class WellbeingAttention:
    """The attention view, a person's page and acknowledgements, for wellbeing staff only."""

    def __init__(self, db: Database, clock: Clock, policy: WellbeingPolicy | None = None) -> None:
        """``policy`` None: the organisation's stored policy, read at first use (on the caller's
        worker: the wellbeing window never waits on the database to build this)."""
        self.db = db
        self.clock = clock
        self._policy = policy

    @property
    def policy(self) -> WellbeingPolicy:
        if self._policy is None:
            self._policy = stored_policy(self.db)
        return self._policy

    # -- the attention view -------------------------------------------------------------------------

    def attention(self, actor: Actor) -> list[Attention]:
        """Everyone with a reason, most urgent first (``wellbeing.attention.attention_list``)."""
        audit.require(self.db, self.clock, actor, "see who needs attention", Role.WELLBEING)
        now = self.clock.now()
        with self.db.read() as session:
            people = self._gather(session, now, user_id=None)
        return attention_list(people.values(), self.policy, now)

    def _gather(self, session: Session, now: datetime, *, user_id: int | None) -> dict[int, PersonWellbeing]:
        since = now - timedelta(days=lookback_days(self.policy))
        first_day = now.astimezone(UTC).date() - timedelta(days=lookback_days(self.policy))
        run = session.connection().execute

        def only(stmt: _S, column: Any) -> _S:
            return stmt if user_id is None else stmt.where(column == user_id)

        users = {
            uid: (name, display)
            for uid, name, display in run(only(select(User.id, User.username, User.display_name), User.id))
        }
        daily: dict[int, dict[date, float]] = defaultdict(dict)
        doses = (
            select(ExposureDaily.user_id, ExposureDaily.day, func.sum(ExposureDaily.dose))
            .where(ExposureDaily.day >= first_day)
            .group_by(ExposureDaily.user_id, ExposureDaily.day)
        )
        for uid, day, dose in run(only(doses, ExposureDaily.user_id)):
            daily[uid][day if isinstance(day, date) else date.fromisoformat(str(day)[:10])] = float(dose)
        spans: dict[int, list[WorkSpan]] = defaultdict(list)
        for uid, started, ended in session.execute(self._stretches(now, user_id)):
            spans[uid].append(WorkSpan(started, ended))
        breaks: dict[int, list[BreakFact]] = defaultdict(list)
        b = BreakRow
        break_rows = select(
            b.user_id, b.kind, b.prompted_at, b.outcome, b.postponed, b.started_at, b.ended_at
        ).where(b.prompted_at >= since)
        for uid, kind, prompted, outcome, postponed, taken_at, back_at in session.execute(
            only(break_rows, b.user_id)
        ):
            breaks[uid].append(BreakFact(kind, prompted, outcome, postponed, taken_at, back_at))
        checkins: dict[int, list[CheckinFact]] = defaultdict(list)
        checkin_rows = select(CheckIn.user_id, CheckIn.at, CheckIn.mood, CheckIn.note).where(
            CheckIn.at >= since
        )
        for uid, at, mood, note in session.execute(only(checkin_rows, CheckIn.user_id)):
            checkins[uid].append(CheckinFact(at, mood, note or ""))
        acks = self._acknowledgements(session, user_id)
        out: dict[int, PersonWellbeing] = {}
        for uid, (name, display) in users.items():
            if not (daily.get(uid) or spans.get(uid) or breaks.get(uid) or checkins.get(uid)):
                continue
            mine = acks.get(uid, [])
            out[uid] = PersonWellbeing(
                name,
                display,
                daily.get(uid, {}),
                tuple(spans.get(uid, ())),
                tuple(breaks.get(uid, ())),
                tuple(checkins.get(uid, ())),
                mine[-1] if mine else None,
            )
        return out

    def _seconds(self, later: Any, earlier: Any) -> Any:
        """``later - earlier`` in seconds, in SQL (SQLite keeps timestamps as text)."""
        if self.db.is_sqlite:
            return (func.julianday(later) - func.julianday(earlier)) * 86400.0
        return func.extract("epoch", later - earlier)

    def _stretches(self, now: datetime, user_id: int | None) -> Select[int, datetime, datetime]:
        """Runs of exposure work with no pause of a break's length, at least as long as the rule's
        threshold: the database joins the spans (gaps and islands), so the service reads a few rows
        per person instead of every span of the week. A person's spans follow each other (one item at
        a time), so the gap is measured from the previous span's end."""
        a, gap = self.policy.attention, self.policy.breaks.break_minutes * 60.0
        s = ExposureSpanRow
        ordered = (
            select(
                s.user_id,
                s.started_at,
                s.ended_at,
                func.lag(s.ended_at)
                .over(partition_by=s.user_id, order_by=(s.started_at, s.id))
                .label("prev"),
            )
            .where(s.started_at >= now - timedelta(days=a.stretch_days), s.started_at <= now)
            .where(s.user_id == user_id if user_id is not None else s.user_id.is_not(None))
            .subquery()
        )
        new_run = case(
            (ordered.c.prev.is_(None), 1),
            (self._seconds(ordered.c.started_at, ordered.c.prev) >= gap, 1),
            else_=0,
        )
        runs = select(
            ordered.c.user_id,
            ordered.c.started_at,
            ordered.c.ended_at,
            func.sum(new_run)
            .over(partition_by=ordered.c.user_id, order_by=ordered.c.started_at, rows=(None, 0))
            .label("run"),
        ).subquery()
        first = type_coerce(func.min(runs.c.started_at), s.started_at.type)
        last = type_coerce(func.max(runs.c.ended_at), s.ended_at.type)
        return (
            select(runs.c.user_id, first, last)
            .group_by(runs.c.user_id, runs.c.run)
            .having(
                self._seconds(func.max(runs.c.ended_at), func.min(runs.c.started_at))
                >= a.long_stretch_minutes * 60
            )
        )

    @staticmethod
    def _acknowledgements(session: Session, user_id: int | None) -> dict[int, list[Acknowledgement]]:
        author = select(User.id, User.username).subquery()
        stmt = (
            select(
                CareLogRow.user_id, CareLogRow.at, CareLogRow.contacted_on, author.c.username, CareLogRow.note
            )
            .join(author, author.c.id == CareLogRow.author_id)
            .where(CareLogRow.kind == "acknowledged")
            .order_by(CareLogRow.at, CareLogRow.id)
        )
        if user_id is not None:
            stmt = stmt.where(CareLogRow.user_id == user_id)
        out: dict[int, list[Acknowledgement]] = defaultdict(list)
        for uid, at, on, by, note in session.execute(stmt):
            out[uid].append(Acknowledgement(at, on, by, note or ""))
        return out

    # -- a person's page ----------------------------------------------------------------------------

    def person(
        self, actor: Actor, username: str, start: date | None = None, end: date | None = None
    ) -> PersonPage:
        """One person's dose per day, breaks, check-ins and events, from their first data (or
        ``start``) to today (or ``end``). Opening it is recorded in the care log."""
        audit.require(self.db, self.clock, actor, "open a person's care page", Role.WELLBEING)
        now = self.clock.now()
        today = now.astimezone(UTC).date()
        end = end or today
        with self.db.read() as session:
            user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if user is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "no person named {name!r}").format(name=username))
            uid, display = user.id, user.display_name
            if start is None:
                start = self._first_day(session, uid) or end
            if end < start:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "the range ends ({end}) before it starts ({start})").format(
                        end=end, start=start
                    )
                )
            if (end - start).days + 1 > PAGE_MAX_DAYS:
                start = end - timedelta(days=PAGE_MAX_DAYS - 1)
            page = self._page(session, uid, username, display, start, end, now)
        self._log(actor, uid, "viewed", None, "")
        return page

    def _first_day(self, session: Session, uid: int) -> date | None:
        firsts = [
            session.execute(select(func.min(ExposureDaily.day)).where(ExposureDaily.user_id == uid)).scalar(),
            session.execute(select(func.min(BreakRow.prompted_at)).where(BreakRow.user_id == uid)).scalar(),
            session.execute(select(func.min(CheckIn.at)).where(CheckIn.user_id == uid)).scalar(),
        ]
        days = [
            (
                f.astimezone(UTC).date()
                if isinstance(f, datetime)
                else f
                if isinstance(f, date)
                else date.fromisoformat(str(f)[:10])
            )
            for f in firsts
            if f is not None
        ]
        return min(days) if days else None

    def _page(
        self, session: Session, uid: int, username: str, display: str, start: date, end: date, now: datetime
    ) -> PersonPage:
        since, until = _utc_midnight(start), _utc_midnight(end + timedelta(days=1))
        doses = {
            (day if isinstance(day, date) else date.fromisoformat(str(day)[:10])): float(dose)
            for day, dose in session.execute(
                select(ExposureDaily.day, func.sum(ExposureDaily.dose))
                .where(ExposureDaily.user_id == uid, ExposureDaily.day >= start, ExposureDaily.day <= end)
                .group_by(ExposureDaily.day)
            )
        }
        days = tuple(
            (start + timedelta(days=n), doses.get(start + timedelta(days=n), 0.0))
            for n in range((end - start).days + 1)
        )
        rows = session.execute(
            select(BreakRow)
            .where(BreakRow.user_id == uid, BreakRow.prompted_at >= since, BreakRow.prompted_at < until)
            .order_by(BreakRow.prompted_at.desc())
        ).scalars()
        facts = [
            BreakFact(b.kind, b.prompted_at, b.outcome, b.postponed, b.started_at, b.ended_at) for b in rows
        ]
        lines = []
        for b in facts:
            if b.kind == "affected":
                continue
            # A break with no stored end: whatever the person did next proves it over (its window
            # died); asked only for such breaks, which are rare.
            later = (
                self._later_evidence(session, uid, b.started_at) if b.started_at and not b.ended_at else None
            )
            finish = break_end(b, now, later)
            lines.append(
                BreakLine(
                    b.prompted_at,
                    b.kind,
                    break_status(b, self.policy, now, later),
                    break_minutes(b, now, later),
                    finish is not None and finish.inferred,
                )
            )
        breaks = tuple(lines)
        checkins = tuple(
            CheckinFact(at, mood, note or "")
            for at, mood, note in session.execute(
                select(CheckIn.at, CheckIn.mood, CheckIn.note)
                .where(CheckIn.user_id == uid, CheckIn.at >= since, CheckIn.at < until)
                .order_by(CheckIn.at.desc())
            )
        )
        acks = tuple(self._acknowledgements(session, uid).get(uid, []))
        events: list[tuple[datetime, str]] = [
            (b.prompted_at, QT_TRANSLATE_NOOP("Attention", '"This affected me"'))
            for b in facts
            if b.kind == "affected"
        ]
        for ack in acks:
            if since <= ack.at < until:
                # Whole sentences with and without the note; the day raw, shown in the person's locale.
                contacted = (
                    QT_TRANSLATE_NOOP("Attention", "Contacted on {day} by {who}: {note}")
                    if ack.note
                    else QT_TRANSLATE_NOOP("Attention", "Contacted on {day} by {who}")
                )
                events.append((ack.at, contacted.format(day=ack.contacted_on, who=ack.by, note=ack.note)))
        events.sort(key=lambda e: e[0], reverse=True)
        care = self._gather(session, now, user_id=uid).get(uid)
        reasons = assess(care, self.policy, now) if care is not None else ()
        return PersonPage(
            username=username,
            display_name=display,
            start=start,
            end=end,
            today=now.astimezone(UTC).date(),
            budget=self.policy.caps.daily_budget_dose,
            days=days,
            breaks=breaks,
            checkins=checkins,
            events=tuple(events),
            reasons=reasons,
            acknowledgements=acks,
        )

    @staticmethod
    def _later_evidence(session: Session, uid: int, after: datetime) -> datetime | None:
        """The first thing the person recorded after ``after``: a span, a break, a check-in."""
        found = [
            session.execute(
                select(func.min(ExposureSpanRow.started_at)).where(
                    ExposureSpanRow.user_id == uid, ExposureSpanRow.started_at > after
                )
            ).scalar(),
            session.execute(
                select(func.min(BreakRow.prompted_at)).where(
                    BreakRow.user_id == uid, BreakRow.prompted_at > after
                )
            ).scalar(),
            session.execute(
                select(func.min(CheckIn.at)).where(CheckIn.user_id == uid, CheckIn.at > after)
            ).scalar(),
        ]
        moments = [f for f in found if isinstance(f, datetime)]
        return min(moments) if moments else None

    # -- acknowledging ----------------------------------------------------------------------------

    def acknowledge(self, actor: Actor, username: str, contacted_on: date, note: str = "") -> None:
        """Record "contacted on ``contacted_on``" with a private note: wellbeing data for staff only."""
        audit.require(self.db, self.clock, actor, "acknowledge a person", Role.WELLBEING)
        note = note.strip()
        if len(note) > NOTE_MAX:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the note has {count} characters; keep it to {most}").format(
                    count=Figure(len(note), ","), most=Figure(NOTE_MAX, ",")
                )
            )
        today = self.clock.now().astimezone().date()
        if contacted_on > today:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the contact date {day} is in the future").format(
                    day=contacted_on
                )
            )
        with self.db.read() as session:
            uid = session.execute(select(User.id).where(User.username == username)).scalar()
        if uid is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "no person named {name!r}").format(name=username))
        self._log(actor, uid, "acknowledged", contacted_on, note)

    def _log(self, actor: Actor, uid: int, kind: str, on: date | None, note: str) -> None:
        log_care(self.db, self.clock, actor, uid, kind, on, note)


def log_care(
    db: Database, clock: Clock, actor: Actor, uid: int, kind: str, on: date | None, note: str
) -> None:
    """One care-log row, and a shared audit event that names nobody (leads read the audit trail)."""
    client = str(uuid.uuid4())
    now = clock.now()

    def write(session: Session) -> None:
        if db.dialect == "postgresql":
            params = {
                "p_actor": actor.id,
                "p_client": client,
                "p_user": uid,
                "p_at": now.astimezone(UTC).replace(tzinfo=None),
                "p_kind": kind,
                "p_on": on,
                "p_note": note,
            }
            pgfunc.call(session.connection(), _PG_CARE_LOG, params).all()
        else:
            session.add(
                CareLogRow(
                    client_id=client,
                    user_id=uid,
                    author_id=actor.id,
                    at=now,
                    kind=kind,
                    contacted_on=on,
                    note=note,
                )
            )
        audit.record(session, now, actor.id, f"care.{kind}", "", {})

    db.run_write(write)

"""SLA operations for leads: queue backlog, attainment, time to decision, breaches.

Definitions (docs/operations-sla.md says the same for readers of the report):

- An item is due at ``items.sla_due_at``: its manifest's ``sla``, else its import time plus its
  queue's target (``queues.sla_minutes``); an item with neither has no SLA and counts in no
  attainment figure.
- An item's SLA is *met* when its first decision (one that supersedes nothing: a correction is not
  a second chance) came at or before the due time. *Missed*: a first decision after it, or an item
  still pending whose due time passed. Attainment over a window = met / (met + missed) for the first
  decisions in the window and the pending items that fell due in it.
- Import to decision and claim to decision run from ``items.created_at`` and the deciding claim's
  ``claimed_at`` to ``decided_at``; p50/p90 are ``wellbeing.reports.percentile`` (linear, numpy's).
  Handling time is ``decisions.handling_seconds`` as recorded, which never includes care time.
- Escalation rate: first decisions with the ``escalate`` verdict / first decisions. Skip rate: claims
  closed as skipped / claims closed in the window. Lease expiries: leases that ran out in the window.

Windows are days in the team's time zone (``operations.timezone`` settings, zoneinfo): "day" is today
from local midnight to now, "week" the seven days ending now. No wellbeing data is read here.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from html import escape
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import and_, case, func, or_, select, text
from sqlalchemy.orm import Session

from wellbeing.clock import Clock
from wellbeing.phrases import QT_TRANSLATE_NOOP
from wellbeing.reports import percentile
from workstation import audit, config, pgfunc, taxonomy
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import InvalidInput, NotFound
from workstation.formats import PLAIN, Formats, html_document, zone_name
from workstation.golden import RATE_KEY as GOLDEN_RATE_KEY
from workstation.golden import check_rate, is_copy
from workstation.models import (
    Claim,
    ClaimOutcome,
    Decision,
    Item,
    ItemStatus,
    Queue,
    Role,
    Setting,
    Team,
    User,
)

BY = ("queue", "team")
PERIODS = ("day", "week")
TIMEZONE_KEY = "operations.timezone"
TEAM_TIMEZONE_KEY = "operations.timezone.team."
PER_PERSON_KEY = "operations.per_person_figures"
PER_PERSON_MIN_DECISIONS = 20
MAX_SLA_MINUTES = 366 * 24 * 60
SOON = timedelta(hours=1)


# -- settings: time zones, the per-person policy, queue targets ------------------------------------


def check_zone(name: str) -> ZoneInfo:
    """A time zone by its IANA name, or a clear refusal."""
    try:
        if not name or len(name) > 64 or name.startswith(("/", ".")) or ".." in name:
            raise ValueError
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            f"{name!r} is not a time zone this machine knows; use an IANA name such as Europe/Dublin or UTC"
        ) from None


def zone_of(session: Session, team: str | None = None) -> ZoneInfo:
    """The team's time zone, else the organisation's, else UTC (an unknown stored name falls back too)."""
    keys = ([TEAM_TIMEZONE_KEY + team] if team else []) + [TIMEZONE_KEY]
    stored = dict(session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys))).all())
    for key in keys:
        if key in stored:
            try:
                return check_zone(stored[key])
            except InvalidInput:
                continue
    return ZoneInfo("UTC")


def per_person_allowed(session: Session) -> bool:
    value = session.execute(select(Setting.value).where(Setting.key == PER_PERSON_KEY)).scalar()
    return value == "allowed"


class OperationsSettings:
    """What an admin sets for SLA operations: queue targets, time zones, the per-person policy."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def set_sla_target(self, actor: Actor, queue: str, minutes: int | None) -> None:
        audit.require(self.db, self.clock, actor, "set SLA targets", Role.ADMIN)
        if minutes is not None and not 1 <= minutes <= MAX_SLA_MINUTES:
            raise InvalidInput(f"an SLA target is 1 minute to 366 days, not {minutes} minutes")
        if not self.db.is_sqlite:  # admins write queues only through functions (migration 0014)
            with self.db.write() as session:
                pgfunc.call(
                    session.connection(),
                    text("SELECT ws_set_queue_sla(:a, :q, :m, :now)"),
                    {
                        "a": actor.id,
                        "q": queue,
                        "m": minutes,
                        "now": self.clock.now().astimezone(UTC).replace(tzinfo=None),
                    },
                )
            return
        with self.db.write() as session:
            found = session.execute(select(Queue).where(Queue.name == queue)).scalar_one_or_none()
            if found is None:
                raise NotFound(f"no queue named {queue!r}")
            found.sla_minutes = minutes
            session.flush()
            audit.record(session, self.clock.now(), actor.id, "queue_sla", queue, {"sla_minutes": minutes})

    def set_timezone(self, actor: Actor, zone: str, team: str | None = None) -> None:
        audit.require(self.db, self.clock, actor, "set the operations time zone", Role.ADMIN)
        check_zone(zone)
        with self.db.write() as session:
            if team is not None:
                team = config.check_name("team", team)
                if session.execute(select(Team.id).where(Team.name == team)).first() is None:
                    raise NotFound(f"no team named {team!r}")
            self._put(session, actor, TEAM_TIMEZONE_KEY + team if team else TIMEZONE_KEY, zone)

    def set_per_person(self, actor: Actor, allowed: bool) -> None:
        audit.require(self.db, self.clock, actor, "set the per-person figures policy", Role.ADMIN)
        with self.db.write() as session:
            self._put(session, actor, PER_PERSON_KEY, "allowed" if allowed else "forbidden")

    def set_golden_rate(self, actor: Actor, rate: float) -> None:
        """The share of imported items followed by a golden copy (docs/policies-and-quality.md)."""
        audit.require(self.db, self.clock, actor, "set the golden-item rate", Role.ADMIN)
        check_rate(rate)
        with self.db.write() as session:
            self._put(session, actor, GOLDEN_RATE_KEY, repr(float(rate)))

    def _put(self, session: Session, actor: Actor, key: str, value: str) -> None:
        now = self.clock.now()
        if not self.db.is_sqlite:  # nobody writes settings directly on PostgreSQL (migration 0014)
            pgfunc.call(
                session.connection(),
                text("SELECT ws_set_operations_setting(:a, :k, :v, :now)"),
                {"a": actor.id, "k": key, "v": value, "now": now.astimezone(UTC).replace(tzinfo=None)},
            )
            return
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value, updated_at=now, updated_by=actor.id))
        else:
            row.value, row.updated_at, row.updated_by = value, now, actor.id
        session.flush()
        audit.record(session, now, actor.id, "policy_change", key, {"value": value})


# -- figures ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Backlog:
    """A queue's pending items now."""

    pending: int = 0
    oldest: datetime | None = None  # import time of the oldest pending item
    due_soon: int = 0  # due within the next hour
    overdue: int = 0


def backlog_statement(now: datetime) -> Any:
    """Per queue: pending, oldest import, due within the hour, overdue (``ix_items_pending_due``)."""
    soon = now + SOON
    return (
        select(
            Item.queue_id,
            func.count(),
            func.min(Item.created_at),
            func.sum(case((and_(Item.sla_due_at >= now, Item.sla_due_at < soon), 1), else_=0)),
            func.sum(case((Item.sla_due_at < now, 1), else_=0)),
        )
        .where(Item.status == ItemStatus.PENDING.value)
        .group_by(Item.queue_id)
    )


def backlog(session: Session, now: datetime) -> dict[int, Backlog]:
    """Per queue id, the pending items now."""
    rows = session.execute(backlog_statement(now)).all()
    return {q: Backlog(int(n), oldest, int(s or 0), int(o or 0)) for q, n, oldest, s, o in rows}


@dataclass(frozen=True)
class Breach:
    queue: str
    item_ref: str
    imported_at: datetime
    due_at: datetime
    decided_at: datetime | None  # None: still pending
    reviewer: str | None
    late_seconds: float


@dataclass(frozen=True)
class SlaRow:
    """One queue's (or team's) figures. ``None``: not applicable or nothing to measure."""

    group: str
    target_minutes: int | None = None
    pending: int | None = None
    oldest_age_seconds: float | None = None
    due_within_1h: int | None = None
    overdue_now: int | None = None
    decided: int = 0
    attainment_today: float | None = None
    attainment_7d: float | None = None
    import_to_decision_p50: float | None = None
    import_to_decision_p90: float | None = None
    claim_to_decision_p50: float | None = None
    claim_to_decision_p90: float | None = None
    escalation_rate: float | None = None
    skip_rate: float | None = None
    lease_expiries: int = 0


@dataclass(frozen=True)
class PersonRow:
    reviewer: str
    decided: int
    attainment: float | None
    claim_to_decision_p50: float | None
    handling_p50: float | None


@dataclass(frozen=True)
class SlaReport:
    by: str
    period: str
    start: datetime  # UTC
    end: datetime  # UTC (now)
    zone: str
    generated_at: datetime
    rows: tuple[SlaRow, ...]
    breaches: tuple[Breach, ...]
    people: tuple[PersonRow, ...] | None = None  # None: not allowed or not asked
    people_note: str = ""


@dataclass
class _Acc:
    """Accumulates one group's decisions and claims."""

    met_day: int = 0
    missed_day: int = 0
    met_week: int = 0
    missed_week: int = 0
    decided: int = 0
    escalated: int = 0
    import_waits: list[float] = field(default_factory=list)
    claim_waits: list[float] = field(default_factory=list)
    handling: list[float] = field(default_factory=list)
    closed: int = 0
    skipped: int = 0
    expiries: int = 0


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _p(values: Sequence[float], q: float) -> float | None:
    return percentile(values, q) if values else None


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant a local day starts (zoneinfo resolves DST gaps and folds)."""
    return datetime.combine(day, time(), zone).astimezone(UTC)


class SlaReports:
    """The SLA report and the queue backlog figures; leads and admins. Every report run is audited."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def report(
        self,
        actor: Actor,
        *,
        by: str = "queue",
        period: str = "day",
        per_person: bool = False,
        time_zone: str | None = None,
    ) -> SlaReport:
        """``time_zone`` (a person's own zone) replaces the organisation's for "today" and the times."""
        chosen = check_zone(time_zone) if time_zone is not None else None
        if by not in BY:
            raise InvalidInput(f"--by must be one of {', '.join(BY)}")
        if period not in PERIODS:
            raise InvalidInput(f"--period must be one of {', '.join(PERIODS)}")
        audit.require(self.db, self.clock, actor, "run the SLA report", Role.LEAD, Role.ADMIN)
        now = self.clock.now()
        with self.db.read() as session:
            zone = chosen or zone_of(session)
            today = local_midnight(now.astimezone(zone).date(), zone)
            week = local_midnight(now.astimezone(zone).date() - timedelta(days=6), zone)
            start = today if period == "day" else week
            report = self._build(session, by, period, now, zone, today, week, start)
            if per_person:
                report = self._people(session, report, start, now)
        with self.db.write() as session:
            audit.record(
                session,
                now,
                actor.id,
                "report.sla",
                by,
                {"period": period, "per_person": report.people is not None, "rows": len(report.rows)},
            )
        return report

    # -- the queries ----------------------------------------------------------------------------

    def _build(
        self,
        session: Session,
        by: str,
        period: str,
        now: datetime,
        zone: ZoneInfo,
        today: datetime,
        week: datetime,
        start: datetime,
    ) -> SlaReport:
        queues = {q.id: q for q in session.execute(select(Queue)).scalars()}
        teams = dict(session.execute(select(Team.id, Team.name)).all())
        user_team = {
            u: teams[t] if t is not None else "(no team)"
            for u, t in session.execute(select(User.id, User.team_id)).all()
        }
        names = dict(session.execute(select(User.id, User.username)).all())
        acc: dict[str, _Acc] = defaultdict(_Acc)

        def group_of(queue_id: int, user_id: int | None) -> str:
            if by == "queue":
                return queues[queue_id].name
            return user_team.get(user_id, "(no team)") if user_id is not None else "(no team)"

        breaches: list[Breach] = []
        for row in session.execute(_first_decisions(week, now)):
            a = acc[group_of(row.queue_id, row.user_id)]
            in_period = row.decided_at >= start
            if row.sla_due_at is not None:
                met = row.decided_at <= row.sla_due_at
                a.met_week += met
                a.missed_week += not met
                if row.decided_at >= today:
                    a.met_day += met
                    a.missed_day += not met
                if not met and in_period:
                    breaches.append(
                        Breach(
                            queues[row.queue_id].name,
                            row.external_ref,
                            row.created_at,
                            row.sla_due_at,
                            row.decided_at,
                            names.get(row.user_id),
                            (row.decided_at - row.sla_due_at).total_seconds(),
                        )
                    )
            if not in_period:
                continue
            a.decided += 1
            a.escalated += row.verdict == taxonomy.ESCALATE
            a.import_waits.append((row.decided_at - row.created_at).total_seconds())
            if row.claimed_at is not None:
                a.claim_waits.append((row.decided_at - row.claimed_at).total_seconds())
            a.handling.append(row.handling_seconds)
        if by == "queue":  # pending items that fell due: missed, and breaches (no reviewer to blame)
            for row in session.execute(_fell_due(week, now)):
                a = acc[queues[row.queue_id].name]
                a.missed_week += 1
                if row.sla_due_at >= today:
                    a.missed_day += 1
                if row.sla_due_at >= start:
                    breaches.append(
                        Breach(
                            queues[row.queue_id].name,
                            row.external_ref,
                            row.created_at,
                            row.sla_due_at,
                            None,
                            None,
                            (now - row.sla_due_at).total_seconds(),
                        )
                    )
        for queue_id, user_id, outcome, n in session.execute(_closed_claims(start, now)):
            a = acc[group_of(queue_id, user_id)]
            a.closed += n
            if outcome == ClaimOutcome.SKIPPED.value:
                a.skipped += n
        for queue_id, user_id, n in session.execute(_expiries(start, now)):
            acc[group_of(queue_id, user_id)].expiries += n

        rows: list[SlaRow] = []
        if by == "queue":
            waiting = backlog(session, now)
            for q in sorted(queues.values(), key=lambda q: (q.severity_tier, q.name)):
                b = waiting.get(q.id, Backlog())
                rows.append(
                    _row(
                        acc[q.name],
                        q.name,
                        target=q.sla_minutes,
                        backlog=b,
                        now=now,
                    )
                )
        else:
            for name in sorted(acc):
                rows.append(_row(acc[name], name))
        breaches.sort(key=lambda b: (b.due_at, b.queue, b.item_ref))
        return SlaReport(by, period, start, now, zone.key, now, tuple(rows), tuple(breaches))

    def _people(self, session: Session, report: SlaReport, start: datetime, now: datetime) -> SlaReport:
        """Per-reviewer figures, only when the organisation allows them, and only for people with at
        least ``PER_PERSON_MIN_DECISIONS`` decisions in the window (fewer say little and single
        a person out)."""
        if not per_person_allowed(session):
            note = QT_TRANSLATE_NOOP(
                "Sla",
                "Per-person figures are off: the organisation's policy does not allow them "
                "(an admin decides: 'workstation operations per-person allow').",
            )
            return _replace(report, people=None, people_note=note)
        names = dict(session.execute(select(User.id, User.username)).all())
        acc: dict[str, _Acc] = defaultdict(_Acc)
        for row in session.execute(_first_decisions(start, now)):
            a = acc[names.get(row.user_id, "?")]
            a.decided += 1
            if row.sla_due_at is not None:
                met = row.decided_at <= row.sla_due_at
                a.met_week += met
                a.missed_week += not met
            if row.claimed_at is not None:
                a.claim_waits.append((row.decided_at - row.claimed_at).total_seconds())
            a.handling.append(row.handling_seconds)
        people = tuple(
            PersonRow(
                name,
                a.decided,
                _ratio(a.met_week, a.met_week + a.missed_week),
                _p(a.claim_waits, 50),
                _p(a.handling, 50),
            )
            for name, a in sorted(acc.items())
            if a.decided >= PER_PERSON_MIN_DECISIONS
        )
        left_out = sum(1 for a in acc.values() if a.decided < PER_PERSON_MIN_DECISIONS)
        note = (
            QT_TRANSLATE_NOOP(
                "Sla",
                "Only reviewers with at least {count} decisions in the window are listed; {left_out} "
                "with fewer are not.",
            ).format(count=PER_PERSON_MIN_DECISIONS, left_out=left_out)
            if left_out
            else QT_TRANSLATE_NOOP(
                "Sla", "Only reviewers with at least {count} decisions in the window are listed."
            ).format(count=PER_PERSON_MIN_DECISIONS)
        )
        return _replace(report, people=people, people_note=note)


def _replace(report: SlaReport, **changes: Any) -> SlaReport:
    return replace(report, **changes)


def _row(
    a: _Acc,
    group: str,
    *,
    target: int | None = None,
    backlog: Backlog | None = None,
    now: datetime | None = None,
) -> SlaRow:
    return SlaRow(
        group=group,
        target_minutes=target,
        pending=backlog.pending if backlog else None,
        oldest_age_seconds=(now - backlog.oldest).total_seconds()
        if backlog and backlog.oldest and now
        else None,
        due_within_1h=backlog.due_soon if backlog else None,
        overdue_now=backlog.overdue if backlog else None,
        decided=a.decided,
        attainment_today=_ratio(a.met_day, a.met_day + a.missed_day),
        attainment_7d=_ratio(a.met_week, a.met_week + a.missed_week),
        import_to_decision_p50=_p(a.import_waits, 50),
        import_to_decision_p90=_p(a.import_waits, 90),
        claim_to_decision_p50=_p(a.claim_waits, 50),
        claim_to_decision_p90=_p(a.claim_waits, 90),
        escalation_rate=_ratio(a.escalated, a.decided),
        skip_rate=_ratio(a.skipped, a.closed),
        lease_expiries=a.expiries,
    )


def item_of_decision(column: Any) -> Any:
    """``column`` of the decision's item as a scalar subquery: one primary-key probe per decision of
    the window. (A join let PostgreSQL hash-join a sequential scan of every item, which grew with
    the whole history instead of the window: benchmarks/operations.py.)"""
    return select(column).where(Item.id == Decision.item_id).scalar_subquery()


def _first_decisions(start: datetime, end: datetime) -> Any:
    """First decisions (superseding nothing) decided in [start, end), with their item and claim:
    the range walks ``ix_decisions_decided_at``; items and claims are probed by primary key."""
    return select(
        Decision.queue_id,
        Decision.user_id,
        Decision.verdict,
        Decision.decided_at,
        Decision.handling_seconds,
        item_of_decision(Item.external_ref).label("external_ref"),
        item_of_decision(Item.created_at).label("created_at"),
        item_of_decision(Item.sla_due_at).label("sla_due_at"),
        select(Claim.claimed_at).where(Claim.id == Decision.claim_id).scalar_subquery().label("claimed_at"),
    ).where(
        Decision.decided_at >= start,
        Decision.decided_at < end,
        Decision.supersedes_id.is_(None),
        ~is_copy(Decision.item_id),  # a verdict on a golden copy is a test, not enforcement
    )


def _fell_due(start: datetime, end: datetime) -> Any:
    """Pending items that fell due in [start, end) (``ix_items_pending_due``)."""
    return select(Item.queue_id, Item.external_ref, Item.created_at, Item.sla_due_at).where(
        Item.status == ItemStatus.PENDING.value,
        Item.sla_due_at >= start,
        Item.sla_due_at < end,
        ~is_copy(Item.id),
    )


def _closed_claims(start: datetime, end: datetime) -> Any:
    """Claims closed in [start, end) per queue, person and outcome (``ix_claims_released_at``)."""
    return (
        select(Item.queue_id, Claim.user_id, Claim.outcome, func.count())
        .join(Item, Item.id == Claim.item_id)
        .where(Claim.released_at >= start, Claim.released_at < end)
        .group_by(Item.queue_id, Claim.user_id, Claim.outcome)
    )


def _expiries(start: datetime, end: datetime) -> Any:
    """Leases that ran out in [start, end): expired, or still open past their end
    (``ix_claims_lease_expires_at``)."""
    return (
        select(Item.queue_id, Claim.user_id, func.count())
        .join(Item, Item.id == Claim.item_id)
        .where(
            Claim.lease_expires_at >= start,
            Claim.lease_expires_at < end,
            or_(Claim.outcome == ClaimOutcome.EXPIRED.value, Claim.released_at.is_(None)),
        )
        .group_by(Item.queue_id, Claim.user_id)
    )


# -- writing ---------------------------------------------------------------------------------------

COLUMNS = tuple(f for f in SlaRow.__dataclass_fields__)
BREACH_COLUMNS = tuple(f for f in Breach.__dataclass_fields__)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="seconds")
    if isinstance(value, float):
        return round(value, 4)
    return value


def report_json(report: SlaReport) -> dict[str, Any]:
    return {
        "report": "sla",
        "by": report.by,
        "period": report.period,
        "from": _plain(report.start),
        "to": _plain(report.end),
        "time_zone": report.zone,
        "rows": [{k: _plain(v) for k, v in asdict(r).items()} for r in report.rows],
        "breaches": [{k: _plain(v) for k, v in asdict(b).items()} for b in report.breaches],
        "people": None if report.people is None else [asdict(p) for p in report.people],
        "people_note": report.people_note,
    }


def write_json(report: SlaReport, out: TextIO) -> None:
    json.dump(report_json(report), out, indent=2)
    out.write("\n")


def _csv_safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading quote (exports.csv_cell)."""
    return (
        f"'{value}"
        if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r"))
        else value
    )


def write_csv(report: SlaReport, out: TextIO) -> None:
    """Two tables in one file, each with its header: the rows, then (after a blank line) the breaches."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in report.rows:
        writer.writerow([_csv_safe(_plain(v)) if v is not None else "" for v in asdict(r).values()])
    writer.writerow([])
    writer.writerow(BREACH_COLUMNS)
    for b in report.breaches:
        writer.writerow([_csv_safe(_plain(v)) if v is not None else "" for v in asdict(b).values()])


def duration(seconds: float | None) -> str:
    """A short human duration: 45 s, 12 min, 3.5 h, 2.0 d (plain; the window's: ``Formats``)."""
    return PLAIN.duration(seconds)


def percent(value: float | None) -> str:
    return PLAIN.percent(value)


def count(value: int | None) -> str:
    return PLAIN.count(value)


def local(at: datetime | None, zone: str, fmt: Formats = PLAIN) -> str:
    return fmt.moment(at, zone)


TABLE_HEADER = (
    QT_TRANSLATE_NOOP("Sla", "Queue"),
    QT_TRANSLATE_NOOP("Sla", "Target"),
    QT_TRANSLATE_NOOP("Sla", "Pending"),
    QT_TRANSLATE_NOOP("Sla", "Oldest"),
    QT_TRANSLATE_NOOP("Sla", "Due <1 h"),
    QT_TRANSLATE_NOOP("Sla", "Overdue"),
    QT_TRANSLATE_NOOP("Sla", "Decided"),
    QT_TRANSLATE_NOOP("Sla", "SLA today"),
    QT_TRANSLATE_NOOP("Sla", "SLA 7 d"),
    QT_TRANSLATE_NOOP("Sla", "Import→dec. p50/p90"),
    QT_TRANSLATE_NOOP("Sla", "Claim→dec. p50/p90"),
    QT_TRANSLATE_NOOP("Sla", "Escal."),
    QT_TRANSLATE_NOOP("Sla", "Skip"),
    QT_TRANSLATE_NOOP("Sla", "Lease exp."),
)


def table_cells(row: SlaRow, fmt: Formats = PLAIN) -> list[str]:
    return [
        row.group,
        fmt.duration(row.target_minutes * 60) if row.target_minutes else "–",
        fmt.count(row.pending),
        fmt.duration(row.oldest_age_seconds),
        fmt.count(row.due_within_1h),
        fmt.count(row.overdue_now),
        fmt.count(row.decided),
        fmt.percent(row.attainment_today),
        fmt.percent(row.attainment_7d),
        f"{fmt.duration(row.import_to_decision_p50)} / {fmt.duration(row.import_to_decision_p90)}",
        f"{fmt.duration(row.claim_to_decision_p50)} / {fmt.duration(row.claim_to_decision_p90)}",
        fmt.percent(row.escalation_rate),
        fmt.percent(row.skip_rate),
        fmt.count(row.lease_expiries),
    ]


BREACH_HEADER = (
    QT_TRANSLATE_NOOP("Sla", "Queue"),
    QT_TRANSLATE_NOOP("Sla", "Item"),
    QT_TRANSLATE_NOOP("Sla", "Imported"),
    QT_TRANSLATE_NOOP("Sla", "Due"),
    QT_TRANSLATE_NOOP("Sla", "Decided"),
    QT_TRANSLATE_NOOP("Sla", "By"),
    QT_TRANSLATE_NOOP("Sla", "Late by"),
)


def breach_cells(b: Breach, zone: str, fmt: Formats = PLAIN) -> list[str]:
    return [
        b.queue,
        b.item_ref,
        fmt.moment(b.imported_at, zone),
        fmt.moment(b.due_at, zone),
        fmt.moment(b.decided_at, zone) if b.decided_at else QT_TRANSLATE_NOOP("Sla", "still pending"),
        b.reviewer or "–",
        fmt.duration(b.late_seconds),
    ]


def html_table(header: Iterable[str], rows: Iterable[Iterable[str]], fmt: Formats = PLAIN) -> str:
    """An HTML table (escaped) that QTextDocument renders in the window and in the PDF; headings and
    cells that are phrases of ours (``still pending``) in the reader's language (``fmt.text``). Right
    to left, the first column is written last: QTextDocument lays a table's columns out left to right
    whatever the direction, and an Arabic reader starts at the right."""

    def ordered(cells: Iterable[str]) -> list[str]:  # QTextDocument does not mirror a table's columns
        return list(cells)[::-1] if fmt.right_to_left else list(cells)

    head = "".join(f"<th>{escape(fmt.text(h))}</th>" for h in ordered(header))
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(fmt.text(c))}</td>" for c in ordered(r)) + "</tr>" for r in rows
    )
    return f'<table border="1" cellspacing="0" cellpadding="3" width="100%"><tr>{head}</tr>{body}</table>'


TITLES = {
    ("queue", "day"): QT_TRANSLATE_NOOP("Sla", "SLA report, by queue, today"),
    ("queue", "week"): QT_TRANSLATE_NOOP("Sla", "SLA report, by queue, the last 7 days"),
    ("team", "day"): QT_TRANSLATE_NOOP("Sla", "SLA report, by team, today"),
    ("team", "week"): QT_TRANSLATE_NOOP("Sla", "SLA report, by team, the last 7 days"),
}
NO_BREACH = QT_TRANSLATE_NOOP("Sla", "No SLA was missed in this window.")
PER_REVIEWER = QT_TRANSLATE_NOOP("Sla", "Per reviewer")
PEOPLE_HEADER = (
    QT_TRANSLATE_NOOP("Sla", "Reviewer"),
    QT_TRANSLATE_NOOP("Sla", "Decided"),
    QT_TRANSLATE_NOOP("Sla", "SLA met"),
    QT_TRANSLATE_NOOP("Sla", "Claim→dec. p50"),
    QT_TRANSLATE_NOOP("Sla", "Handling p50"),
)


def report_html(report: SlaReport, fmt: Formats = PLAIN) -> str:
    """The report as simple HTML (the PDF's source): title, the table, breaches, people; every word of
    ours through ``fmt.text`` (English for the command line, the person's language from the window)."""
    first = TABLE_HEADER[0] if report.by == "queue" else QT_TRANSLATE_NOOP("Sla", "Team")
    title = TITLES.get((report.by, report.period)) or TITLES[report.by, "week"]
    scope = QT_TRANSLATE_NOOP(
        "Sla",
        "{start} to {end} ({zone}). Attainment: first decisions by the due time, over those and the "
        "pending items that fell due. Time to decision: p50 / p90.",
    ).format(
        start=fmt.moment(report.start, report.zone),
        end=fmt.moment(report.end, report.zone),
        zone=zone_name(report.zone, report.end),
    )
    parts = [
        f"<h1>{escape(fmt.text(title))}</h1>",
        f"<p>{escape(fmt.text(scope))}</p>",
        html_table((first, *TABLE_HEADER[1:]), (table_cells(r, fmt) for r in report.rows), fmt),
        "<h2>{}</h2>".format(
            escape(
                fmt.text(
                    QT_TRANSLATE_NOOP("Sla", "Breaches ({count})").format(
                        count=fmt.count(len(report.breaches))
                    )
                )
            )
        ),
    ]
    if report.breaches:
        parts.append(
            html_table(BREACH_HEADER, (breach_cells(b, report.zone, fmt) for b in report.breaches), fmt)
        )
    else:
        parts.append(
            f"<p>{escape(fmt.text(QT_TRANSLATE_NOOP('Sla', 'No SLA was missed in this window.')))}</p>"
        )
    if report.people is not None or report.people_note:
        parts.append(f"<h2>{escape(fmt.text(QT_TRANSLATE_NOOP('Sla', 'Per reviewer')))}</h2>")
        parts.append(f"<p>{escape(fmt.text(report.people_note))}</p>")
        if report.people:
            parts.append(
                html_table(
                    PEOPLE_HEADER,
                    (
                        [
                            p.reviewer,
                            fmt.count(p.decided),
                            fmt.percent(p.attainment),
                            fmt.duration(p.claim_to_decision_p50),
                            fmt.duration(p.handling_p50),
                        ]
                        for p in report.people
                    ),
                    fmt,
                )
            )
    return html_document(parts, fmt)


def backlog_by_name(db: Database, clock: Clock) -> Mapping[str, Backlog]:
    """Per queue name: what ``queues list`` shows beside the counts."""
    now = clock.now()
    with db.read() as session:
        names = dict(session.execute(select(Queue.id, Queue.name)).all())
        return {names[q]: b for q, b in backlog(session, now).items() if q in names}


def backlog_columns(b: Backlog | None, now: datetime) -> dict[str, Any]:
    """``queues list``'s columns: the oldest pending item's age, due within the hour, overdue."""
    b = b or Backlog()
    return {
        "oldest": duration((now - b.oldest).total_seconds()) if b.oldest else "",
        "due_1h": b.due_soon,
        "overdue": b.overdue,
    }

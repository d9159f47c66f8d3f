"""The lead's daily report: per queue the day's flow, SLA breaches, key tickets, incidents, platform
faults, and each figure against the average of the seven days before.

The day is a calendar day in the team's time zone (``workstation.sla.zone_of``: the team's setting,
else the organisation's, else UTC); its cut-off is local midnight at its end, or now for today.
``--team`` narrows what people did (decided, escalated, key tickets, breaches they decided late) to
that team's members; items, imports and backlog belong to queues, not teams, and are shown whole.
Every run is an audit event (``report.daily``). No wellbeing data is read.

Incidents come from the incident feature's tables (``incidents`` and the events of the ``incidents``
chain, docs/escalations-and-incidents.md), read by :func:`incident_summary`.
"""

from __future__ import annotations

import contextlib
import csv
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from html import escape
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from sqlalchemy import func, inspect, or_, select
from sqlalchemy.orm import Session, aliased

from wellbeing.clock import Clock
from wellbeing.phrases import QT_TRANSLATE_NOOP
from workstation import audit, taxonomy
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import InvalidInput, NotFound
from workstation.formats import PLAIN, Formats, html_document, zone_name
from workstation.golden import is_copy
from workstation.key_tickets import KeyTicketRow, KeyTickets
from workstation.models import (
    AuditEvent,
    Claim,
    ClaimOutcome,
    Decision,
    Item,
    ItemStatus,
    MediaAsset,
    Queue,
    Role,
    Team,
    User,
)
from workstation.sla import (
    BREACH_HEADER,
    Breach,
    breach_cells,
    check_zone,
    html_table,
    item_of_decision,
    local,
    local_midnight,
    zone_of,
)

FORMATS = ("md", "pdf", "csv")
AVERAGE_DAYS = 7
#: Acknowledgement targets by severity when the incidents table carries none (the issue's defaults;
#: the incident feature keeps the real ones as policy data).
INCIDENT_ACK_TARGETS_DEFAULT = {
    "P0": timedelta(minutes=5),
    "P1": timedelta(minutes=15),
    "P2": timedelta(hours=1),
}


@dataclass(frozen=True)
class QueueDay:
    queue: str
    imported: int
    decided: int
    escalated: int
    pending_at_cutoff: int
    oldest_pending_seconds: float | None
    imported_avg7: float
    decided_avg7: float
    escalated_avg7: float


@dataclass(frozen=True)
class Faults:
    unreadable_media: int = 0
    decoder_crashes: int = 0
    outbox_conflicts: int = 0
    lease_expiries: int = 0
    rejected_import_lines: int = 0


@dataclass(frozen=True)
class IncidentSummary:
    opened: int
    acknowledged_late: int
    closed: int


@dataclass(frozen=True)
class DailyReport:
    day: date
    zone: str
    team: str | None
    start: datetime  # UTC
    cutoff: datetime  # UTC
    generated_at: datetime
    queues: tuple[QueueDay, ...]
    breaches: tuple[Breach, ...]
    key_tickets: tuple[KeyTicketRow, ...]
    incidents: IncidentSummary | None  # None: this database records no incidents
    faults: Faults
    faults_avg7: Faults

    @property
    def totals(self) -> QueueDay:
        q = self.queues
        oldest = [r.oldest_pending_seconds for r in q if r.oldest_pending_seconds is not None]
        return QueueDay(
            QT_TRANSLATE_NOOP("DailyReport", "All queues"),
            sum(r.imported for r in q),
            sum(r.decided for r in q),
            sum(r.escalated for r in q),
            sum(r.pending_at_cutoff for r in q),
            max(oldest) if oldest else None,
            sum(r.imported_avg7 for r in q),
            sum(r.decided_avg7 for r in q),
            sum(r.escalated_avg7 for r in q),
        )


class DailyReports:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def report(
        self,
        actor: Actor,
        day: date,
        *,
        team: str | None = None,
        fmt: str = "md",
        time_zone: str | None = None,
    ) -> DailyReport:
        """The report of ``day`` in the team's zone, or in ``time_zone`` (a person's own, e.g. a lead in
        Dubai reading Singapore's day): the day's bounds move with the zone, stored times stay UTC."""
        chosen = check_zone(time_zone) if time_zone is not None else None
        audit.require(self.db, self.clock, actor, "run the daily report", Role.LEAD, Role.ADMIN)
        now = self.clock.now()
        with self.db.read() as session:
            team_id = None
            if team is not None:
                team_id = session.execute(select(Team.id).where(Team.name == team)).scalar()
                if team_id is None:
                    raise NotFound(f"no team named {team!r}")
            zone = chosen or zone_of(session, team)
            start = local_midnight(day, zone)
            if start > now:
                raise InvalidInput(
                    f"{day} has not begun yet in {zone.key}; a daily report covers a past day or today"
                )
            cutoff = min(local_midnight(day + timedelta(days=1), zone), now)
            report = self._build(session, day, zone, team, team_id, start, cutoff, now)
        with self.db.write() as session:
            audit.record(
                session,
                now,
                actor.id,
                "report.daily",
                day.isoformat(),
                {"team": team, "format": fmt, "time_zone": zone.key, "breaches": len(report.breaches)},
            )
        return report

    def _build(
        self,
        session: Session,
        day: date,
        zone: ZoneInfo,
        team: str | None,
        team_id: int | None,
        start: datetime,
        cutoff: datetime,
        now: datetime,
    ) -> DailyReport:
        queues: dict[int, str] = {q: n for q, n in session.execute(select(Queue.id, Queue.name))}
        names = dict(session.execute(select(User.id, User.username)).all())
        members = (
            set(session.execute(select(User.id).where(User.team_id == team_id)).scalars())
            if team_id is not None
            else None
        )
        # The day and the seven before, each a local day (DST-aware), as UTC bounds.
        days = [day - timedelta(days=n) for n in range(AVERAGE_DAYS, -1, -1)]
        bounds = [local_midnight(d, zone) for d in days] + [cutoff]
        first = bounds[0]

        def slot(at: datetime) -> int | None:
            """Index of the local day ``at`` falls in (AVERAGE_DAYS: the report's day)."""
            for i in range(len(days)):
                if bounds[i] <= at < bounds[i + 1]:
                    return i
            return None

        imported: dict[tuple[int, int], int] = defaultdict(int)
        for queue_id, created in session.execute(
            select(Item.queue_id, Item.created_at).where(
                Item.created_at >= first, Item.created_at < cutoff, ~is_copy(Item.id)
            )
        ):
            i = slot(created)
            if i is not None:
                imported[queue_id, i] += 1
        decided: dict[tuple[int, int], int] = defaultdict(int)
        escalated: dict[tuple[int, int], int] = defaultdict(int)
        breaches: list[Breach] = []
        for row in session.execute(
            select(
                Decision.queue_id,
                Decision.user_id,
                Decision.verdict,
                Decision.decided_at,
                Decision.supersedes_id,
                item_of_decision(Item.external_ref).label("external_ref"),
                item_of_decision(Item.created_at).label("created_at"),
                item_of_decision(Item.sla_due_at).label("sla_due_at"),
            ).where(
                Decision.decided_at >= first,
                Decision.decided_at < cutoff,
                ~is_copy(Decision.item_id),  # a verdict on a golden copy is a test, not enforcement
            )
        ):
            if members is not None and row.user_id not in members:
                continue
            i = slot(row.decided_at)
            if i is None:
                continue
            if row.verdict == taxonomy.ESCALATE:
                escalated[row.queue_id, i] += 1
            if row.supersedes_id is None:
                decided[row.queue_id, i] += 1
                if i == AVERAGE_DAYS and row.sla_due_at is not None and row.decided_at > row.sla_due_at:
                    breaches.append(
                        Breach(
                            queues[row.queue_id],
                            row.external_ref,
                            row.created_at,
                            row.sla_due_at,
                            row.decided_at,
                            names.get(row.user_id),
                            (row.decided_at - row.sla_due_at).total_seconds(),
                        )
                    )
        if members is None:  # pending items that fell due that day belong to no team
            for queue_id, ref, created, due in session.execute(
                select(Item.queue_id, Item.external_ref, Item.created_at, Item.sla_due_at).where(
                    Item.status == ItemStatus.PENDING.value,
                    Item.sla_due_at >= start,
                    Item.sla_due_at < cutoff,
                )
            ):
                assert due is not None  # (selected by its due time)
                breaches.append(
                    Breach(queues[queue_id], ref, created, due, None, None, (now - due).total_seconds())
                )
        pending, oldest = _pending_at(session, cutoff)
        rows = []
        for queue_id, name in sorted(queues.items(), key=lambda kv: kv[1]):

            def avg(table: dict[tuple[int, int], int], q: int = queue_id) -> float:
                return sum(table[q, i] for i in range(AVERAGE_DAYS)) / AVERAGE_DAYS

            rows.append(
                QueueDay(
                    name,
                    imported[queue_id, AVERAGE_DAYS],
                    decided[queue_id, AVERAGE_DAYS],
                    escalated[queue_id, AVERAGE_DAYS],
                    pending.get(queue_id, 0),
                    (cutoff - oldest[queue_id]).total_seconds() if queue_id in oldest else None,
                    avg(imported),
                    avg(decided),
                    avg(escalated),
                )
            )
        faults_by_day = _faults(session, bounds[0], cutoff, slot, len(days))
        today_faults = faults_by_day[AVERAGE_DAYS]
        average = Faults(
            *(
                sum(getattr(f, name) for f in faults_by_day[:AVERAGE_DAYS]) / AVERAGE_DAYS
                for name in Faults.__dataclass_fields__
            )
        )
        breaches.sort(key=lambda b: (b.due_at, b.queue, b.item_ref))
        return DailyReport(
            day,
            zone.key,
            team,
            start,
            cutoff,
            now,
            tuple(rows),
            tuple(breaches),
            tuple(KeyTickets.between(session, start, cutoff, team_id)),
            incident_summary(session, start, cutoff),
            today_faults,
            average,
        )


def _pending_at(session: Session, cutoff: datetime) -> tuple[dict[int, int], dict[int, datetime]]:
    """Per queue, the items pending at ``cutoff`` and the oldest one's import time: those imported
    before it that are pending now, plus those whose first decision came after it. Both parts are
    small for a recent day (``ix_items_pending_due``, ``ix_decisions_decided_at``)."""
    count: dict[int, int] = defaultdict(int)
    oldest: dict[int, datetime] = {}

    def add(queue_id: int, created: datetime, n: int = 1) -> None:
        count[queue_id] += n
        if queue_id not in oldest or created < oldest[queue_id]:
            oldest[queue_id] = created

    for queue_id, n, first in session.execute(
        select(Item.queue_id, func.count(), func.min(Item.created_at))
        .where(Item.status == ItemStatus.PENDING.value, Item.created_at < cutoff)
        .group_by(Item.queue_id)
    ):
        add(queue_id, first, n)
    for queue_id, created in session.execute(
        select(Item.queue_id, Item.created_at)
        .join(Decision, Decision.item_id == Item.id)
        .where(Decision.decided_at >= cutoff, Decision.supersedes_id.is_(None), Item.created_at < cutoff)
    ):
        add(queue_id, created)
    return dict(count), oldest


def _faults(
    session: Session, start: datetime, end: datetime, slot: Callable[[datetime], int | None], days: int
) -> list[Faults]:
    """Platform faults of each day in [start, end) (three queries for all the days, each by an index):
    media imported unreadable (decoder crashes among them, by the reason the isolation layer
    records), offline decisions the database refused (``offline_conflict`` audit events), leases
    that ran out, manifest lines an import rejected (its audit events)."""
    counts = [dict.fromkeys(Faults.__dataclass_fields__, 0) for _ in range(days)]
    for created, reason in session.execute(
        select(Item.created_at, MediaAsset.unreadable_reason)
        .join(MediaAsset, MediaAsset.item_id == Item.id)
        .where(Item.created_at >= start, Item.created_at < end, MediaAsset.readable.is_(False))
    ):
        i = slot(created)
        if i is None:
            continue
        counts[i]["unreadable_media"] += 1
        if reason and any(w in reason for w in ("decoder crashed", "decoder stopped", "decoder exited")):
            counts[i]["decoder_crashes"] += 1
    for at, action, details in session.execute(
        select(AuditEvent.at, AuditEvent.action, AuditEvent.details).where(
            AuditEvent.at >= start, AuditEvent.at < end, AuditEvent.action.in_(("offline_conflict", "import"))
        )
    ):
        i = slot(at)
        if i is None:
            continue
        if action == "offline_conflict":
            counts[i]["outbox_conflicts"] += 1
        elif isinstance(details, dict):
            with contextlib.suppress(TypeError, ValueError):  # an event written by another version
                counts[i]["rejected_import_lines"] += int(details.get("rejected") or 0)
    for (ended,) in session.execute(
        select(Claim.lease_expires_at).where(
            Claim.lease_expires_at >= start,
            Claim.lease_expires_at < end,
            or_(Claim.outcome == ClaimOutcome.EXPIRED.value, Claim.released_at.is_(None)),
        )
    ):
        i = slot(ended)
        if i is not None:
            counts[i]["lease_expiries"] += 1
    return [Faults(**c) for c in counts]


# -- incidents: the hook for the incident feature ----------------------------------------------------


def incident_summary(session: Session, start: datetime, end: datetime) -> IncidentSummary | None:
    """Incidents opened, acknowledged late and closed in [start, end) (docs/escalations-and-incidents.md).

    An incident row never changes; its acknowledgement and closing are events of the ``incidents``
    chain. Late: acknowledged (or still not, at ``end``) after the severity's acknowledge target of
    the incident policy (``workstation.incidents.load_policy``). None when the database has no
    incident tables (an older schema).
    """
    from workstation.incidents import load_policy  # lazy: the daily report alone needs the targets
    from workstation.models import Incident, IncidentEvent

    conn = session.connection()
    if not inspect(conn).has_table("incidents"):
        return None
    first = (
        select(IncidentEvent.incident_id, IncidentEvent.kind, func.min(IncidentEvent.at).label("at"))
        .where(IncidentEvent.kind.in_(("acknowledged", "closed")))
        .group_by(IncidentEvent.incident_id, IncidentEvent.kind)
        .subquery()
    )
    acked = aliased(first)
    closed = aliased(first)
    rows = session.execute(
        select(Incident.opened_at, Incident.severity, acked.c.at, closed.c.at)
        .outerjoin(acked, (acked.c.incident_id == Incident.id) & (acked.c.kind == "acknowledged"))
        .outerjoin(closed, (closed.c.incident_id == Incident.id) & (closed.c.kind == "closed"))
        .where(
            ((Incident.opened_at >= start) & (Incident.opened_at < end))
            | ((closed.c.at >= start) & (closed.c.at < end))
        )
    ).all()
    targets = load_policy().acknowledge
    opened = late = closed_count = 0
    for opened_at, severity, acked_at, closed_at in rows:
        opened_at, acked_at, closed_at = (_aware(v) for v in (opened_at, acked_at, closed_at))
        if opened_at is not None and start <= opened_at < end:
            opened += 1
            target = opened_at + targets.get(str(severity), INCIDENT_ACK_TARGETS_DEFAULT["P2"])
            if (acked_at or end) > target:
                late += 1
        if closed_at is not None and start <= closed_at < end:
            closed_count += 1
    return IncidentSummary(opened, late, closed_count)


def _naive(at: datetime) -> datetime:
    return at.astimezone(UTC).replace(tzinfo=None)


def _aware(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# -- writing ---------------------------------------------------------------------------------------

QUEUE_HEADER = (
    QT_TRANSLATE_NOOP("DailyReport", "Queue"),
    QT_TRANSLATE_NOOP("DailyReport", "Imported"),
    QT_TRANSLATE_NOOP("DailyReport", "Decided"),
    QT_TRANSLATE_NOOP("DailyReport", "Escalated"),
    QT_TRANSLATE_NOOP("DailyReport", "Pending at cut-off"),
    QT_TRANSLATE_NOOP("DailyReport", "Oldest pending"),
)
KEY_TICKET_HEADER = (
    QT_TRANSLATE_NOOP("DailyReport", "Queue"),
    QT_TRANSLATE_NOOP("DailyReport", "Item"),
    QT_TRANSLATE_NOOP("DailyReport", "Summary"),
    QT_TRANSLATE_NOOP("DailyReport", "Flagged by"),
    QT_TRANSLATE_NOOP("DailyReport", "At"),
)
FAULT_HEADER = (QT_TRANSLATE_NOOP("DailyReport", "Fault"), QT_TRANSLATE_NOOP("DailyReport", "Count"))
QUEUES = QT_TRANSLATE_NOOP("DailyReport", "Queues")
BREACHES = QT_TRANSLATE_NOOP("DailyReport", "SLA breaches ({count})")
NO_BREACH = QT_TRANSLATE_NOOP("DailyReport", "No SLA was missed.")
KEY_TICKETS = QT_TRANSLATE_NOOP("DailyReport", "Key tickets ({count})")
NO_KEY_TICKET = QT_TRANSLATE_NOOP("DailyReport", "No key tickets were flagged.")
INCIDENTS = QT_TRANSLATE_NOOP("DailyReport", "Incidents")
FAULTS = QT_TRANSLATE_NOOP("DailyReport", "Platform faults")


def _change(value: float, average: float, fmt: Formats = PLAIN) -> str:
    """``12 (avg 9.3, +29%)``: the day against the seven days before."""
    shown = fmt.number(value, 0 if float(value).is_integer() else 1)
    if average == 0:
        return QT_TRANSLATE_NOOP("DailyReport", "{value} (avg {average})").format(
            value=shown, average=fmt.number(0)
        )
    return QT_TRANSLATE_NOOP("DailyReport", "{value} (avg {average}, {change})").format(
        value=shown,
        average=fmt.number(average, 1),
        change=fmt.percent((value - average) / average, signed=True),
    )


def queue_cells(r: QueueDay, fmt: Formats = PLAIN) -> list[str]:
    return [
        r.queue,
        _change(r.imported, r.imported_avg7, fmt),
        _change(r.decided, r.decided_avg7, fmt),
        _change(r.escalated, r.escalated_avg7, fmt),
        fmt.count(r.pending_at_cutoff),
        fmt.duration(r.oldest_pending_seconds),
    ]


FAULT_LABELS = {
    "unreadable_media": QT_TRANSLATE_NOOP("DailyReport", "Unreadable media imported"),
    "decoder_crashes": QT_TRANSLATE_NOOP("DailyReport", "of which the decoder crashed"),
    "outbox_conflicts": QT_TRANSLATE_NOOP("DailyReport", "Offline decisions refused (outbox conflicts)"),
    "lease_expiries": QT_TRANSLATE_NOOP("DailyReport", "Claim leases expired"),
    "rejected_import_lines": QT_TRANSLATE_NOOP("DailyReport", "Import lines rejected"),
}


def fault_rows(report: DailyReport, fmt: Formats = PLAIN) -> list[list[str]]:
    return [
        [label, _change(getattr(report.faults, name), getattr(report.faults_avg7, name), fmt)]
        for name, label in FAULT_LABELS.items()
    ]


def _title(report: DailyReport, fmt: Formats = PLAIN) -> str:
    if report.team:
        return QT_TRANSLATE_NOOP("DailyReport", "Daily report {day}, team {team}").format(
            day=fmt.long_day(report.day), team=report.team
        )
    return QT_TRANSLATE_NOOP("DailyReport", "Daily report {day}").format(day=fmt.long_day(report.day))


def _subtitle(report: DailyReport, fmt: Formats = PLAIN) -> str:
    return QT_TRANSLATE_NOOP(
        "DailyReport",
        "{start} to {end} ({zone}); figures against the average of the {days} days before. "
        "Generated {generated} UTC.",
    ).format(
        start=fmt.moment(report.start, report.zone),
        end=fmt.moment(report.cutoff, report.zone),
        zone=zone_name(report.zone, report.cutoff),
        days=fmt.count(AVERAGE_DAYS),
        generated=fmt.moment(report.generated_at, "UTC"),
    )


def _incident_line(report: DailyReport, fmt: Formats = PLAIN) -> str:
    i = report.incidents
    if i is None:
        return QT_TRANSLATE_NOOP("DailyReport", "Incidents are not recorded in this database.")
    return QT_TRANSLATE_NOOP(
        "DailyReport", "Opened {opened}, acknowledged late {late}, closed {closed}."
    ).format(opened=fmt.figure(i.opened), late=fmt.figure(i.acknowledged_late), closed=fmt.figure(i.closed))


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _md_table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    head = list(header)
    lines = ["| " + " | ".join(_md_cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def write_markdown(report: DailyReport, out: TextIO) -> None:
    """English and plain figures, as the command line writes it (for scripts and archives)."""
    parts = [
        f"# {_title(report)}",
        _subtitle(report),
        f"## {QUEUES}",
        _md_table(QUEUE_HEADER, [*(queue_cells(r) for r in report.queues), queue_cells(report.totals)]),
        f"## {BREACHES.format(count=len(report.breaches))}",
        _md_table(BREACH_HEADER, (breach_cells(b, report.zone) for b in report.breaches))
        if report.breaches
        else NO_BREACH,
        f"## {KEY_TICKETS.format(count=len(report.key_tickets))}",
        _md_table(
            KEY_TICKET_HEADER,
            (
                [k.queue, k.item_ref, k.summary, k.flagged_by, local(k.flagged_at, report.zone)]
                for k in report.key_tickets
            ),
        )
        if report.key_tickets
        else NO_KEY_TICKET,
        f"## {INCIDENTS}",
        _incident_line(report),
        f"## {FAULTS}",
        _md_table(FAULT_HEADER, fault_rows(report)),
    ]
    out.write("\n\n".join(parts) + "\n")


def report_html(report: DailyReport, fmt: Formats = PLAIN) -> str:
    """The report as HTML (the window shows it; the PDF is printed from it). Every word of ours goes
    through ``fmt.text``: English for the command line, the person's language from the window."""

    def say(phrase: str) -> str:
        return escape(fmt.text(phrase))

    parts = [
        f"<h1>{say(_title(report, fmt))}</h1>",
        f"<p>{say(_subtitle(report, fmt))}</p>",
        f"<h2>{say(QUEUES)}</h2>",
        html_table(
            QUEUE_HEADER,
            [*(queue_cells(r, fmt) for r in report.queues), queue_cells(report.totals, fmt)],
            fmt,
        ),
        f"<h2>{say(BREACHES.format(count=fmt.count(len(report.breaches))))}</h2>",
        html_table(BREACH_HEADER, (breach_cells(b, report.zone, fmt) for b in report.breaches), fmt)
        if report.breaches
        else f"<p>{say(NO_BREACH)}</p>",
        f"<h2>{say(KEY_TICKETS.format(count=fmt.count(len(report.key_tickets))))}</h2>",
        html_table(
            KEY_TICKET_HEADER,
            (
                [k.queue, k.item_ref, k.summary, k.flagged_by, fmt.moment(k.flagged_at, report.zone)]
                for k in report.key_tickets
            ),
            fmt,
        )
        if report.key_tickets
        else f"<p>{say(NO_KEY_TICKET)}</p>",
        f"<h2>{say(INCIDENTS)}</h2>",
        f"<p>{say(_incident_line(report, fmt))}</p>",
        f"<h2>{say(FAULTS)}</h2>",
        html_table(FAULT_HEADER, fault_rows(report, fmt), fmt),
    ]
    return html_document(parts, fmt)


def write_csv(report: DailyReport, out: TextIO) -> None:
    """One long table (section, name, figure, value): easy to load into a spreadsheet or database."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("section", "name", "figure", "value", "average_7d"))
    for r in (*report.queues, report.totals):
        for figure in ("imported", "decided", "escalated"):
            writer.writerow(
                ("queue", _safe(r.queue), figure, getattr(r, figure), round(getattr(r, f"{figure}_avg7"), 3))
            )
        writer.writerow(("queue", _safe(r.queue), "pending_at_cutoff", r.pending_at_cutoff, ""))
        writer.writerow(
            (
                "queue",
                _safe(r.queue),
                "oldest_pending_seconds",
                "" if r.oldest_pending_seconds is None else round(r.oldest_pending_seconds),
                "",
            )
        )
    for b in report.breaches:
        writer.writerow(
            ("breach", _safe(f"{b.queue}/{b.item_ref}"), "late_seconds", round(b.late_seconds), "")
        )
    for k in report.key_tickets:
        writer.writerow(
            ("key_ticket", _safe(f"{k.queue}/{k.item_ref}"), _safe(k.flagged_by), _safe(k.summary), "")
        )
    if report.incidents is not None:
        for figure in ("opened", "acknowledged_late", "closed"):
            writer.writerow(("incidents", "all", figure, getattr(report.incidents, figure), ""))
    for name in FAULT_LABELS:
        writer.writerow(
            (
                "fault",
                name,
                "count",
                getattr(report.faults, name),
                round(getattr(report.faults_avg7, name), 3),
            )
        )


def _safe(value: str) -> str:
    return f"'{value}" if value.startswith(("=", "+", "-", "@", "\t", "\r")) else value

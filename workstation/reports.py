"""The exposure report: queries that feed the figure definitions of ``wellbeing.reports``.

Exposure is read from the daily rollup (``exposure_daily``, kept by a trigger as spans are written),
breaks and check-ins from their tables. Everything is bucketed by UTC day, then by period (a day, or an
ISO week from Monday, clipped to the requested range). The report holds wellbeing data only: no decision
counts, handling times or other productivity figures (docs/architecture.md, invariant 5).

Roles: wellbeing staff see individual rows and unsuppressed aggregates; leads and admins see
exposure aggregates only (no break or check-in figure, and a group's people are those with exposure
in it: care events alone change nothing they see; issue 14): groups of fewer than
``min_group_size`` people are suppressed, with enough other cells that none of them can be worked
out by difference (``protect``, over team x period and queue x period with their totals), no figure
that comes from fewer people than that, and no median, percentile or maximum (one person's figure;
``wellbeing.reports.distribution``). Reviewers may read their own figures and nobody else's.
Each run and each refusal is an audit event.
docs/reports-privacy.md says it for readers.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TextIO

from sqlalchemy import Date, String, and_, case, cast, func, literal_column, select, text, type_coerce
from sqlalchemy.orm import Session

from wellbeing.clock import Clock
from wellbeing.policy import WellbeingPolicy
from wellbeing.reports import TOTAL, checkin_trend, complementary_suppression, days_over_budget, distribution
from workstation import audit
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import InvalidInput, NotFound
from workstation.models import BreakRow, CheckIn, ExposureDaily, Queue, Role, Team, User
from workstation.policy_store import stored_policy
from workstation.wellbeing_attention import log_care

PERIODS = ("day", "week")
LEVELS = ("all", "team", "queue", "reviewer")
NO_TEAM = "(no team)"
NO_QUEUE = "(no queue)"
POLICY_SETTING = "wellbeing_policy"
MAX_DAYS = 3 * 366


@dataclass(frozen=True)
class Figures:
    """One group's figures over one period. ``None`` where a figure does not apply to the level
    (breaks and check-ins are not tied to a queue; a distribution needs a group)."""

    people: int
    dose: float
    revealed_minutes: float
    items: int
    breaks_prompted: int | None
    breaks_taken: int | None
    breaks_postponed: int | None
    days_over_budget: int | None
    people_over_budget: int
    median_dose: float | None  # order statistics: wellbeing staff only (one person's figure)
    p90_dose: float | None
    max_dose: float | None
    checkin_trend: float | None
    checkins: int | None
    mean_dose: float | None = None  # dose / people: for every reader of a group


@dataclass(frozen=True)
class ReportRow:
    period_start: date
    period_end: date
    level: str  # all | team | queue | reviewer
    group: str
    figures: Figures | None  # None: suppressed (too few people, or to protect a suppressed group)
    # How many people contribute to each additive figure (nonzero values); used by ``protect`` and
    # removed by it, so never part of a report a reader gets.
    contributors: dict[str, int] | None = field(default=None, compare=False, repr=False)

    @property
    def suppressed(self) -> bool:
        return self.figures is None


@dataclass(frozen=True)
class ExposureReport:
    start: date
    end: date
    period: str
    daily_budget: float
    min_group_size: int
    individual: bool  # reviewer rows included (wellbeing role, or one's own report)
    rows: tuple[ReportRow, ...]  # per period
    overall: tuple[ReportRow, ...]  # the whole range as one period
    bounds: tuple[tuple[date, date], ...] = ()  # every period of the range, with or without rows
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    # Breaks and check-ins included (wellbeing staff, one's own figures). A lead's or admin's report
    # holds exposure only: its columns are ``LEAD_COLUMNS`` (docs/reports-privacy.md).
    care: bool = True

    def columns(self) -> tuple[str, ...]:
        """The columns of this report's CSV and JSON rows."""
        return CSV_COLUMNS if self.care else LEAD_COLUMNS

    def periods(self) -> list[tuple[date, date]]:
        return list(self.bounds)

    def select(self, level: str, *, overall: bool = False) -> list[ReportRow]:
        return [r for r in (self.overall if overall else self.rows) if r.level == level]

    def over_budget(self) -> list[ReportRow]:
        """Reviewers with at least one day over budget in the range, most days first."""
        rows = [r for r in self.select("reviewer", overall=True) if r.figures and r.figures.days_over_budget]
        return sorted(rows, key=lambda r: (-(r.figures.days_over_budget or 0) if r.figures else 0, r.group))


CSV_COLUMNS = (
    "period_start",
    "period_end",
    "level",
    "group",
    "suppressed",
    "people",
    "dose",
    "revealed_minutes",
    "items",
    "breaks_prompted",
    "breaks_taken",
    "breaks_postponed",
    "days_over_budget",
    "people_over_budget",
    "mean_dose",
    "median_dose",
    "p90_dose",
    "max_dose",
    "checkin_trend",
    "checkins",
)
#: Breaks and check-ins: care events, for wellbeing staff and the person only. They never reach a
#: lead's or admin's report, not even as group counts (issue 14; docs/reports-privacy.md).
CARE_FIGURES = ("breaks_prompted", "breaks_taken", "breaks_postponed", "checkin_trend", "checkins")
LEAD_COLUMNS = tuple(c for c in CSV_COLUMNS if c not in CARE_FIGURES)


def row_dict(row: ReportRow, columns: Sequence[str] = CSV_COLUMNS) -> dict[str, Any]:
    """A flat row (CSV/JSON): figures rounded to 3 decimals, suppressed figures empty."""
    out: dict[str, Any] = {
        "period_start": row.period_start.isoformat(),
        "period_end": row.period_end.isoformat(),
        "level": row.level,
        "group": row.group,
        "suppressed": row.suppressed,
    }
    figures = asdict(row.figures) if row.figures else {}
    for name in columns[5:]:
        value = figures.get(name)
        out[name] = round(value, 3) if isinstance(value, float) else value
    return out


def report_dict(report: ExposureReport) -> dict[str, Any]:
    return {
        "report": "exposure",
        "start": report.start.isoformat(),
        "end": report.end.isoformat(),
        "period": report.period,
        "daily_budget_dose": report.daily_budget,
        "min_group_size": report.min_group_size,
        "individual_rows": report.individual,
        "generated_at": report.generated_at.isoformat(timespec="seconds"),
        "rows": [row_dict(r, report.columns()) for r in report.rows],
        "overall": [row_dict(r, report.columns()) for r in report.overall],
    }


def write_csv(report: ExposureReport, out: TextIO) -> None:
    """One line per row of the report (per period and group), figures as in ``row_dict``."""
    writer = csv.DictWriter(out, fieldnames=report.columns(), lineterminator="\n")
    writer.writeheader()
    for row in report.rows:
        writer.writerow(row_dict(row, report.columns()))


def write_json(report: ExposureReport, out: TextIO) -> None:
    json.dump(report_dict(report), out, indent=1)
    out.write("\n")


# -- the data of one person over the range ---------------------------------------------------------


@dataclass
class _Person:
    """One person's figures, summed by the database per period key (a day, or a week's Monday)."""

    username: str
    team: str
    # period key -> queue -> [dose, revealed seconds, items]
    exposure: dict[date, dict[str, list[float]]] = field(default_factory=lambda: defaultdict(dict))
    daily: dict[date, float] = field(default_factory=dict)  # day -> dose over all queues
    breaks: dict[date, tuple[int, int, int]] = field(
        default_factory=dict
    )  # key -> prompted, taken, postponed
    moods: list[tuple[date, int]] = field(default_factory=list)


class _Dates:
    """Dates as the drivers return them (PostgreSQL: date; SQLite: text), parsed once each."""

    def __init__(self) -> None:
        self._seen: dict[Any, date] = {}

    def __call__(self, value: Any) -> date:
        found = self._seen.get(value)
        if found is None:
            found = self._seen[value] = (
                value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
            )
        return found


_BY_POSITION: tuple[Any, ...] = (literal_column("1"), literal_column("2"))  # GROUP BY 1, 2


class ExposureReports:
    """Builds the exposure report for an actor, enforcing who may see what."""

    def __init__(self, db: Database, clock: Clock, policy: WellbeingPolicy | None = None) -> None:
        """``policy`` None: the organisation's stored policy, read at the first report (on the
        caller's worker, so a window that builds this never waits on the database for it)."""
        self.db = db
        self.clock = clock
        self._policy = policy

    @property
    def policy(self) -> WellbeingPolicy:
        if self._policy is None:
            self._policy = stored_policy(self.db)
        return self._policy

    # -- entry points ---------------------------------------------------------------------------

    def exposure(self, actor: Actor, start: date, end: date, *, period: str = "week") -> ExposureReport:
        """Everyone's exposure: individual rows for wellbeing staff, suppressed aggregates for leads
        and admins; reviewers are refused (they read their own with ``person``)."""
        self._check_range(start, end, period)
        audit.require(
            self.db, self.clock, actor, "run the exposure report", Role.WELLBEING, Role.LEAD, Role.ADMIN
        )
        individual = actor.has(Role.WELLBEING)
        if individual or self.db.is_sqlite:
            report = self._from_rows(start, end, period, individual=individual)
        else:  # row-level security shows a lead's login only their own rows: the database aggregates
            report = self._from_cells(start, end, period)
        self._audit(actor, "report.exposure", "all", start, end, period, individual)
        return report

    def person(
        self, actor: Actor, username: str, start: date, end: date, *, period: str = "day"
    ) -> ExposureReport:
        """One person's exposure: for themselves and for wellbeing staff only."""
        self._check_range(start, end, period)
        if username != actor.username:
            audit.require(self.db, self.clock, actor, "read another person's exposure", Role.WELLBEING)
        with self.db.read() as session:
            user_id = session.execute(select(User.id).where(User.username == username)).scalar()
            if user_id is None:
                raise NotFound(f"no user named {username!r}")
            people = self._load(session, start, end, period, user_id=user_id)
        report = self._build(people, start, end, period, individual=True, suppress=False, only_people=True)
        if username == actor.username:
            self._audit(actor, "report.person", username, start, end, period, True)
        else:
            # Whose wellbeing data staff read is wellbeing data too: the care log (wellbeing staff only) says
            # whom; the shared audit trail, which leads read, gets an event naming nobody.
            log_care(self.db, self.clock, actor, user_id, "viewed", None, "")
        return report

    def first_day(self, actor: Actor, *, until: date | None = None) -> date | None:
        """The first day with recorded exposure within ``MAX_DAYS`` before ``until`` (today), for the
        dashboard's default range; None when there is none. Not audited: it reveals no figure.

        Wellbeing staff (and SQLite) read the rollup; a lead's login on PostgreSQL sees no one's rows
        but their own, so the first period the database's suppressed cells hold (a week's first day)
        is taken instead."""
        audit.require(
            self.db, self.clock, actor, "run the exposure report", Role.WELLBEING, Role.LEAD, Role.ADMIN
        )
        end = until or self.clock.now().astimezone(UTC).date()
        start = end - timedelta(days=MAX_DAYS - 1)
        with self.db.read() as session:
            if actor.has(Role.WELLBEING) or self.db.is_sqlite:
                first = select(func.min(ExposureDaily.day))
                found = session.execute(
                    first.where(ExposureDaily.day >= start, ExposureDaily.day <= end)
                ).scalar()
            else:
                query = text(
                    "SELECT min(o_first) FROM ws_exposure_cells("
                    "CAST(:s AS date), CAST(:e AS date), 'week', :m, :b)"
                )
                params = {
                    "s": start,
                    "e": end,
                    "m": self.policy.min_group_size,
                    "b": self.policy.caps.daily_budget_dose,
                }
                found = session.connection().execute(query, params).scalar()
        if found is None:
            return None
        return found if isinstance(found, date) else date.fromisoformat(str(found)[:10])

    def note_saved(self, actor: Actor, report: ExposureReport, path: str, fmt: str) -> None:
        """A report written to a file from the dashboard is an export: audit it."""
        details = {
            "from": report.start.isoformat(),
            "to": report.end.isoformat(),
            "period": report.period,
            "individual": report.individual,
            "format": fmt,
        }
        with self.db.write() as session:
            audit.record(session, self.clock.now(), actor.id, "report.saved", path, details)

    # -- internals ------------------------------------------------------------------------------

    def _from_rows(self, start: date, end: date, period: str, *, individual: bool) -> ExposureReport:
        """The report aggregated here from every person's rows (SQLite; wellbeing staff; the owner)."""
        with self.db.read() as session:
            people = self._load(session, start, end, period, user_id=None)
        return self._build(people, start, end, period, individual=individual, suppress=not individual)

    def _from_cells(self, start: date, end: date, period: str) -> ExposureReport:
        """The suppressed report from ``ws_exposure_cells`` (PostgreSQL, readers who may not see rows).

        The database returns each group's figures per period and over the range, with small groups
        and their complements already hidden (migration 0009; docs/reports-privacy.md); ``protect``
        then runs the full complementary suppression over them, as on the row path. The minimum group
        size and budget are the ones the database applied (the stored policy, for a person's login).
        """
        query = text("SELECT * FROM ws_exposure_cells(CAST(:s AS date), CAST(:e AS date), :p, :m, :b)")
        params = {
            "s": start,
            "e": end,
            "p": period,
            "m": self.policy.min_group_size,
            "b": self.policy.caps.daily_budget_dose,
        }
        with self.db.read() as session:
            found = session.connection().execute(query, params).all()
        min_size, budget = self.policy.min_group_size, self.policy.caps.daily_budget_dose
        rows: list[ReportRow] = []
        overall: list[ReportRow] = []
        for cell in found:
            min_size, budget = int(cell.o_min_size), float(cell.o_budget)
            row = ReportRow(cell.o_first, cell.o_last, cell.o_level, cell.o_group, *_cell_figures(cell))
            (overall if cell.o_whole else rows).append(row)
        level_order = {level: n for n, level in enumerate(LEVELS)}
        rows.sort(key=lambda r: (r.period_start, level_order[r.level], r.group))
        overall.sort(key=lambda r: (level_order[r.level], r.group))
        rows, overall = protect(rows, overall, min_size)
        return ExposureReport(
            start=start,
            end=end,
            period=period,
            daily_budget=budget,
            min_group_size=min_size,
            individual=False,
            rows=tuple(rows),
            overall=tuple(overall),
            bounds=tuple(self._periods(start, end, period)),
            generated_at=self.clock.now(),
            care=False,
        )

    @staticmethod
    def _check_range(start: date, end: date, period: str) -> None:
        if period not in PERIODS:
            raise InvalidInput(f"period must be one of {', '.join(PERIODS)}")
        if end < start:
            raise InvalidInput(f"the range ends ({end}) before it starts ({start})")
        if (end - start).days + 1 > MAX_DAYS:
            raise InvalidInput(f"a report covers at most {MAX_DAYS} days; narrow the range")

    def _audit(
        self, actor: Actor, action: str, subject: str, start: date, end: date, period: str, individual: bool
    ) -> None:
        details = {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "period": period,
            "individual": individual,
        }
        with self.db.write() as session:
            audit.record(session, self.clock.now(), actor.id, action, subject, details)

    def _day(self, column: Any) -> Any:
        """The UTC day of a timestamp column."""
        return func.date(column) if self.db.is_sqlite else cast(column, Date)

    def _key(self, day: Any, period: str) -> Any:
        """The period key of a day expression: the day itself, or the Monday of its ISO week."""
        if period == "day":
            return day
        if self.db.is_sqlite:  # on or after the day, the next Sunday; six days before it, the Monday
            return func.date(day, literal_column("'weekday 0'"), literal_column("'-6 days'"))
        return cast(func.date_trunc(literal_column("'week'"), day), Date)

    def _load(
        self, session: Session, start: date, end: date, period: str, *, user_id: int | None
    ) -> dict[int, _Person]:
        since = datetime.combine(start, time(), UTC)
        until = datetime.combine(end + timedelta(days=1), time(), UTC)
        users = select(User.id, User.username, Team.name).outerjoin(Team, Team.id == User.team_id)
        if user_id is not None:
            users = users.where(User.id == user_id)
        run = session.connection().execute  # Core rows: no ORM bookkeeping per row
        directory = {uid: (name, team or NO_TEAM) for uid, name, team in run(users)}
        queues = {qid: name for qid, name in run(select(Queue.id, Queue.name))}
        people: dict[int, _Person] = {}
        as_date = _Dates()

        def person(uid: int) -> _Person:
            found = people.get(uid)
            if found is None:
                name, team = directory.get(uid, (f"user {uid}", NO_TEAM))
                found = people[uid] = _Person(name, team)
            return found

        in_range = [ExposureDaily.day >= start, ExposureDaily.day <= end]
        if user_id is not None:
            in_range.append(ExposureDaily.user_id == user_id)
        day = type_coerce(ExposureDaily.day, String)  # parsed once per distinct day, not per row
        exposure = (
            select(
                ExposureDaily.user_id,
                self._key(day, period),
                ExposureDaily.queue_id,
                func.sum(ExposureDaily.dose),
                func.sum(ExposureDaily.revealed_seconds),
                func.sum(ExposureDaily.items),
            )
            .where(*in_range)
            .group_by(*_BY_POSITION, literal_column("3"))
        )
        for uid, key, qid, dose, revealed, items in run(exposure):
            person(uid).exposure[as_date(key)][queues.get(qid, NO_QUEUE)] = [dose, revealed, items]
        daily = select(ExposureDaily.user_id, day, func.sum(ExposureDaily.dose)).where(*in_range)
        for uid, when, dose in run(daily.group_by(*_BY_POSITION)):
            person(uid).daily[as_date(when)] = dose

        key = self._key(self._day(BreakRow.prompted_at), period)
        breaks = (
            select(
                BreakRow.user_id,
                key,
                func.sum(case((BreakRow.kind != "self", 1), else_=0)),
                func.sum(case((BreakRow.outcome == "taken", 1), else_=0)),
                func.sum(BreakRow.postponed),
            )
            .where(BreakRow.prompted_at >= since, BreakRow.prompted_at < until)
            .group_by(*_BY_POSITION)
        )
        if user_id is not None:
            breaks = breaks.where(BreakRow.user_id == user_id)
        for uid, bkey, prompted, taken, postponed in run(breaks):
            person(uid).breaks[as_date(bkey)] = (int(prompted or 0), int(taken or 0), int(postponed or 0))

        moods = select(CheckIn.user_id, CheckIn.at, CheckIn.mood).where(
            and_(CheckIn.at >= since, CheckIn.at < until)
        )
        if user_id is not None:
            moods = moods.where(CheckIn.user_id == user_id)
        for uid, at, mood in run(moods):
            person(uid).moods.append((at.astimezone(UTC).date(), mood))
        return people

    def _periods(self, start: date, end: date, period: str) -> list[tuple[date, date]]:
        if period == "day":
            days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
            return [(d, d) for d in days]
        out = []
        first = start
        while first <= end:
            last = min(first + timedelta(days=6 - first.weekday()), end)
            out.append((first, last))
            first = last + timedelta(days=1)
        return out

    def _build(
        self,
        people: dict[int, _Person],
        start: date,
        end: date,
        period: str,
        *,
        individual: bool,
        suppress: bool,
        only_people: bool = False,
    ) -> ExposureReport:
        bounds = self._periods(start, end, period)
        rows = self._rows(people, bounds, individual, suppress, only_people)
        overall = self._rows(people, [(start, end)], individual, suppress, only_people)
        if suppress:
            rows, overall = protect(rows, overall, self.policy.min_group_size)
        return ExposureReport(
            start=start,
            end=end,
            period=period,
            daily_budget=self.policy.caps.daily_budget_dose,
            min_group_size=self.policy.min_group_size,
            individual=individual,
            rows=tuple(rows),
            overall=tuple(overall),
            bounds=tuple(bounds),
            generated_at=self.clock.now(),
            care=not suppress,
        )

    def _rows(
        self,
        people: dict[int, _Person],
        periods: list[tuple[date, date]],
        individual: bool,
        suppress: bool,
        only_people: bool,
    ) -> list[ReportRow]:
        budget = self.policy.caps.daily_budget_dose
        index: dict[date, int] = {}
        for i, (first, last) in enumerate(periods):
            for n in range((last - first).days + 1):
                index[first + timedelta(days=n)] = i
        first_day = periods[0][0]

        def period_of(key: date) -> int | None:
            """A period key (a day, or a Monday that may fall before the range) to its period."""
            return index.get(max(key, first_day))

        buckets = [_Bucket() for _ in periods]
        for p in people.values():
            mine: dict[int, _Totals] = {}
            daily: dict[int, dict[date, float]] = defaultdict(dict)
            for key, queues in p.exposure.items():
                found = period_of(key)
                if found is None:
                    continue
                i = found
                totals = mine.setdefault(i, _Totals())
                by_queue = buckets[i].by_queue
                for queue, (dose, revealed, items) in queues.items():
                    totals.add_exposure(dose, revealed, items)
                    members = by_queue.get(queue)
                    if members is None:
                        members = by_queue[queue] = {}
                    members.setdefault(p.username, _Totals()).add_exposure(dose, revealed, items)
            for day, dose in p.daily.items():
                found = index.get(day)
                if found is not None:
                    daily[found][day] = dose
            if suppress:
                # A lead's or admin's report: exposure only. Breaks and check-ins neither show nor
                # make anyone count towards a group's people (docs/reports-privacy.md).
                p = replace(p, breaks={}, moods=[])
            for key, (prompted, taken, postponed) in p.breaks.items():
                at = period_of(key)
                if at is not None:
                    mine.setdefault(at, _Totals()).add_breaks(prompted, taken, postponed)
            for day, mood in p.moods:
                at = index.get(day)
                if at is not None:
                    mine.setdefault(at, _Totals()).moods.append((day, mood))
            for i, totals in mine.items():
                totals.days_over = days_over_budget(daily.get(i, {}), budget)
                buckets[i].persons[p.username] = totals
                buckets[i].teams[p.team].append(p.username)
        rows: list[ReportRow] = []
        for (first, last), bucket in zip(periods, buckets, strict=True):
            rows += self._bucket_rows(bucket, first, last, individual, suppress, only_people)
        return rows

    def _bucket_rows(
        self, bucket: _Bucket, first: date, last: date, individual: bool, suppress: bool, only_people: bool
    ) -> list[ReportRow]:
        budget = self.policy.caps.daily_budget_dose
        persons = bucket.persons
        for members in bucket.by_queue.values():
            for username, totals in members.items():
                totals.days_over = persons[username].days_over
        rows: list[ReportRow] = []
        if not only_people:
            levels: dict[str, dict[str, tuple[list[_Totals], bool]]] = {
                "all": {"all": (list(persons.values()), True)} if persons else {},
                "team": {t: ([persons[u] for u in bucket.teams[t]], True) for t in sorted(bucket.teams)},
                "queue": {q: (list(bucket.by_queue[q].values()), False) for q in sorted(bucket.by_queue)},
            }
            for level, groups in levels.items():
                rows += [
                    ReportRow(
                        first,
                        last,
                        level,
                        g,
                        _group_figures(
                            m, budget, per_person=pp, care=pp and not suppress, ordered=not suppress
                        ),
                        _contributors(m, per_person=pp) if suppress else None,
                    )
                    for g, (m, pp) in groups.items()
                ]
        if individual:
            rows += [
                ReportRow(first, last, "reviewer", name, persons[name].person_figures())
                for name in sorted(persons)
            ]
        return rows


@dataclass
class _Bucket:
    """One period's per-person totals, per-queue per-person totals and team membership."""

    persons: dict[str, _Totals] = field(default_factory=dict)
    by_queue: dict[str, dict[str, _Totals]] = field(default_factory=dict)
    teams: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


@dataclass
class _Totals:
    dose: float = 0.0
    revealed_seconds: float = 0.0
    items: int = 0
    breaks_prompted: int = 0
    breaks_taken: int = 0
    breaks_postponed: int = 0
    days_over: int = 0
    moods: list[tuple[date, int]] = field(default_factory=list)

    def add_exposure(self, dose: float, revealed: float, items: float) -> None:
        self.dose += dose
        self.revealed_seconds += revealed
        self.items += int(items)

    def add_breaks(self, prompted: int, taken: int, postponed: int) -> None:
        self.breaks_prompted += prompted
        self.breaks_taken += taken
        self.breaks_postponed += postponed

    def person_figures(self) -> Figures:
        return Figures(
            people=1,
            dose=self.dose,
            revealed_minutes=self.revealed_seconds / 60.0,
            items=self.items,
            breaks_prompted=self.breaks_prompted,
            breaks_taken=self.breaks_taken,
            breaks_postponed=self.breaks_postponed,
            days_over_budget=self.days_over,
            people_over_budget=1 if self.days_over else 0,
            median_dose=None,
            p90_dose=None,
            max_dose=None,
            checkin_trend=checkin_trend(self.moods),
            checkins=len(self.moods),
        )


def _group_figures(
    members: Sequence[_Totals], budget: float, *, per_person: bool, care: bool, ordered: bool = True
) -> Figures:
    """Sums over the group, the distribution of per-person doses, people with a day over budget.

    ``per_person``: days over budget belong to people, not queues; a queue's row leaves them empty.
    ``care``: breaks and check-ins (people, not queues; wellbeing staff only). ``ordered``: median,
    p90 and maximum (wellbeing staff only).
    """
    dist = distribution({str(n): m.dose for n, m in enumerate(members)}, budget, order_statistics=ordered)
    moods: list[tuple[date, int]] = [mood for m in members for mood in m.moods]
    return Figures(
        people=len(members),
        dose=sum(m.dose for m in members),
        revealed_minutes=sum(m.revealed_seconds for m in members) / 60.0,
        items=sum(m.items for m in members),
        breaks_prompted=sum(m.breaks_prompted for m in members) if care else None,
        breaks_taken=sum(m.breaks_taken for m in members) if care else None,
        breaks_postponed=sum(m.breaks_postponed for m in members) if care else None,
        days_over_budget=sum(m.days_over for m in members) if per_person else None,
        people_over_budget=sum(1 for m in members if m.days_over),
        median_dose=dist.median,
        p90_dose=dist.p90,
        max_dose=dist.maximum,
        checkin_trend=checkin_trend(moods) if care else None,
        checkins=len(moods) if care else None,
        mean_dose=dist.mean,
    )


def _cell_figures(cell: Any) -> tuple[Figures | None, dict[str, int] | None]:
    """A row of ``ws_exposure_cells`` as figures (None: hidden) and its contributor counts."""
    if cell.o_people is None:
        return None, None
    per_person = cell.o_level != "queue"
    counts = {k: int(v) for k, v in (cell.o_contributors or {}).items() if k != "withheld"}

    def whole(value: Any) -> int | None:
        return None if value is None else int(value)

    # A figure the database withheld (from too few people) is None, as ``protect`` leaves it.
    values: dict[str, Any] = {
        "people": int(cell.o_people),
        "dose": cell.o_dose,
        "revealed_minutes": None if cell.o_revealed_seconds is None else cell.o_revealed_seconds / 60.0,
        "items": whole(cell.o_items),
        # breaks and check-ins: never in a lead's report (the function has no such columns since 0017)
        "breaks_prompted": None,
        "breaks_taken": None,
        "breaks_postponed": None,
        "days_over_budget": whole(cell.o_days_over_budget) if per_person else None,
        "people_over_budget": int(cell.o_people_over_budget),
        "median_dose": None,
        "p90_dose": None,
        "max_dose": None,
        "checkin_trend": None,
        "checkins": None,
        "mean_dose": None if cell.o_dose is None else cell.o_dose / cell.o_people,
    }
    figures = Figures(**values)
    return figures, counts


# The figures of a lead's report that add up over people, and whether they add up over queues too
# (people share queues). Breaks and check-ins are not among them: a lead's report has none.
ADDITIVE = {
    "dose": True,
    "revealed_minutes": True,
    "items": True,
    "days_over_budget": False,
}


def _contributors(members: Sequence[_Totals], *, per_person: bool) -> dict[str, int]:
    """How many members have a nonzero value of each additive figure a lead's report holds."""
    values: dict[str, list[float]] = {
        "dose": [m.dose for m in members],
        "revealed_minutes": [m.revealed_seconds for m in members],
        "items": [float(m.items) for m in members],
    }
    if per_person:
        values["days_over_budget"] = [m.days_over for m in members]
    return {name: sum(1 for v in found if v) for name, found in values.items()}


def protect(
    rows: Sequence[ReportRow], overall: Sequence[ReportRow], min_size: int
) -> tuple[list[ReportRow], list[ReportRow]]:
    """The rows a non-wellbeing reader gets: small groups suppressed, and enough others with them
    that no suppressed figure follows from the rest of the report.

    Two tables with margins go to ``complementary_suppression``: team x period and queue x period,
    each with its groups over the whole range (``overall``) and ``all`` per period and overall as
    totals. Teams partition people, so every figure adds up along both; queues share people, so
    their doses, minutes and items add up to ``all`` (head counts do not, which only helps).
    """
    people: dict[tuple[str, str, date | None], int | None] = {}
    tables: dict[str, dict[tuple[Any, Any], tuple[str, str, date | None]]] = {"team": {}, "queue": {}}
    for whole, found in ((False, rows), (True, overall)):
        for row in found:
            key = (row.level, row.group, None if whole else row.period_start)
            people[key] = row.figures.people if row.figures else None
            col: Any = TOTAL if whole else row.period_start
            if row.level == "all":
                for table in tables.values():
                    table[(TOTAL, col)] = key
            elif row.level in tables:
                tables[row.level][(row.group, col)] = key
    hidden = complementary_suppression(people, list(tables.values()), min_size)
    # A shown group's figure may still come from a few of its people (5 people, one over budget: the
    # group's days over budget are that person's). Such a figure is withheld like a small group, with
    # its complements, figure by figure.
    withheld: dict[tuple[str, str, date | None], set[str]] = defaultdict(set)
    contributors = {
        (r.level, r.group, None if whole else r.period_start): r.contributors or {}
        for whole, found in ((False, rows), (True, overall))
        for r in found
    }
    for name, over_queues in ADDITIVE.items():
        few = {
            key: None if key in hidden else (n if (n := counts.get(name, 0)) else min_size)
            for key, counts in contributors.items()
        }
        if all(n is None or n >= min_size for n in few.values()):
            continue  # nothing new to hide: the groups' pattern protects this figure already
        chosen = [tables["team"], tables["queue"]] if over_queues else [tables["team"]]
        for key in complementary_suppression(few, chosen, min_size) - hidden:
            withheld[key].add(name)

    def shown(found: Sequence[ReportRow], whole: bool) -> list[ReportRow]:
        out = []
        for r in found:
            key = (r.level, r.group, None if whole else r.period_start)
            if key in hidden or r.figures is None:
                out.append(replace(r, figures=None, contributors=None))
                continue
            names = withheld.get(key, set())
            if "dose" in names:
                names = names | {"mean_dose"}
            blank: dict[str, Any] = dict.fromkeys(names)
            figures = replace(r.figures, **blank) if names else r.figures
            out.append(replace(r, figures=figures, contributors=None))
        return out

    return shown(rows, False), shown(overall, True)

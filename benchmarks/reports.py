"""Benchmark of the exposure report and the decision-log export over a year of a 500-person team.

One run generates, on SQLite (a temporary file) and on PostgreSQL (a database it creates and drops
itself, never touching another): 500 reviewers in 10 teams, 6 queues, a year of exposure (about 10
million spans, written through the schema's rollup trigger), breaks, check-ins and a million
hash-chained decisions. It then measures:

- the weekly report (the last full week, per week, as wellbeing staff see it: every figure, every
  reviewer) and, for information, the whole year by week;
- a lead's whole year, by week and by day, with complementary suppression against the same report
  with the old rule (small groups only), in the same run; and the suppression alone over a synthetic
  year of days with many small cells (``--stress``), its worst case;
- the export of the million decisions to CSV: rows/s, the peak growth of this process's resident
  memory while exporting (sampled from /proc every 20 ms), and, since a process that generated the
  data may reuse freed memory, the peak RSS of ``workstation export decisions`` run in a fresh
  process for the million rows against the same command for one day's decisions.

    .venv/bin/python benchmarks/reports.py [--scale 0.01] [--backends sqlite,postgresql] [--json]

Targets (issue 6): weekly report under 2 s on SQLite and under 1 s on PostgreSQL; export at least
50,000 rows/s with peak memory growth under 100 MB.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import secrets
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from wellbeing.clock import SystemClock  # noqa: E402
from wellbeing.policy import load_policy  # noqa: E402
from workstation import ledger  # noqa: E402
from workstation import reports as report_module  # noqa: E402
from workstation.claims import ClaimService  # noqa: E402
from workstation.db import Database  # noqa: E402
from workstation.decisions import DecisionService, decision_fields  # noqa: E402
from workstation.directory import Directory  # noqa: E402
from workstation.exports import DecisionExports  # noqa: E402
from workstation.reports import ExposureReports, ReportRow  # noqa: E402

PG_ADMIN = os.environ.get("WORKSTATION_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")
YEAR_START = date(2025, 1, 6)  # a Monday
QUEUES = [("general", 2), ("spam", 1), ("violence", 3), ("csam-adjacent", 4), ("self-harm", 4), ("hate", 3)]
SEVERITY = {1: 0.5, 2: 1.0, 3: 1.5, 4: 2.0}
VISIBILITY = (0.1, 0.1, 0.2, 0.3, 0.6, 1.0)
VERDICTS = ("allow", "restrict", "remove")
TEAMS = 10


class Plan:
    """The generated organisation: sizes scale together with ``--scale`` for a quick smoke run."""

    def __init__(self, scale: float) -> None:
        self.reviewers = max(10, round(500 * scale))
        self.days = 365
        self.spans_per_day = 77 if scale >= 0.5 else max(10, round(77 * scale * 10))
        self.decisions = max(1000, round(1_000_000 * scale))
        self.items = self.decisions
        workdays = sum(1 for d in range(self.days) if (YEAR_START + timedelta(days=d)).weekday() < 5)
        self.spans = self.reviewers * workdays * self.spans_per_day


def stamp(value: datetime) -> str:
    """SQLAlchemy's SQLite text form of a naive UTC datetime."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def span_rows(
    plan: Plan, user_ids: list[int], queue_of_item: Callable[[int], int]
) -> Iterator[tuple[Any, ...]]:
    """(client_id, user_id, item_id, queue_id, started_at, ended_at, seconds, revealed, vis, sev, dose)."""
    rng = random.Random(11)
    n = 0
    for day in range(plan.days):
        d = YEAR_START + timedelta(days=day)
        if d.weekday() >= 5:
            continue
        base = datetime(d.year, d.month, d.day, 8, 0)
        for uid in user_ids:
            heavy = 1.0 + (uid % 13 == 0) * 3.5 + (uid % 5 == 0) * 0.8  # a few reviewers see much more
            t = base + timedelta(minutes=rng.randrange(0, 60))
            item = rng.randrange(1, plan.items + 1)
            for k in range(plan.spans_per_day):
                if k % 3 == 0:
                    item = rng.randrange(1, plan.items + 1)
                seconds = rng.uniform(10.0, 170.0) * heavy
                vis = VISIBILITY[rng.randrange(len(VISIBILITY))]
                queue = queue_of_item(item)
                sev = SEVERITY[QUEUES[queue - 1][1]]
                end = t + timedelta(seconds=seconds)
                n += 1
                yield (
                    f"s{n}",
                    uid,
                    item,
                    queue,
                    t,
                    end,
                    seconds,
                    seconds if vis >= 1.0 else 0.0,
                    vis,
                    sev,
                    seconds / 60.0 * vis * sev,
                )
                t = end + timedelta(seconds=rng.uniform(1, 20))


def decision_rows(
    plan: Plan, usernames: dict[int, str], queue_of_item: Callable[[int], int]
) -> Iterator[tuple[Any, ...]]:
    """(seq, client_id, item_id, queue_id, user_id, verdict, reason, note, decided_at, handling,
    reveal_state, prev_hash, hash), chained exactly as DecisionService would."""
    rng = random.Random(13)
    uids = sorted(usernames)
    prev = ledger.GENESIS
    step = plan.days * 86400 / plan.decisions
    start = datetime(YEAR_START.year, YEAR_START.month, YEAR_START.day, tzinfo=UTC)
    for seq in range(1, plan.decisions + 1):
        item = seq
        queue = queue_of_item(item)
        uid = uids[rng.randrange(len(uids))]
        verdict = VERDICTS[rng.randrange(3)]
        reason = "" if verdict == "allow" else "other"
        note = "" if rng.random() < 0.8 else f"looked at frame {rng.randrange(100)}, context unclear"
        at = start + timedelta(seconds=seq * step)
        handling = round(rng.uniform(5, 120), 3)
        reveal = ("filtered", "spotlight", "revealed")[rng.randrange(3)]
        client_id = f"d{seq:09d}"
        fields = decision_fields(
            client_id=client_id,
            external_ref=f"item-{item}",
            queue=QUEUES[queue - 1][0],
            reviewer=usernames[uid],
            verdict=verdict,
            reason=reason,
            note=note,
            decided_at=at,
            handling_seconds=handling,
            reveal_state=reveal,
            supersedes=None,
        )
        digest = ledger.digest(prev, {**fields, "seq": seq})
        yield (seq, client_id, item, queue, uid, verdict, reason, note, at, handling, reveal, prev, digest)
        prev = digest


def chunks(rows: Iterator[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def setup_org(db: Database, plan: Plan) -> tuple[list[int], dict[int, str]]:
    clock = SystemClock()
    directory = Directory(db, clock)
    directory.add_user("bench-admin", ["admin"])
    directory.add_user("bench-wellbeing", ["wellbeing"])
    directory.add_user("bench-lead", ["lead"])
    from workstation import taxonomy

    for name, tier in QUEUES:
        directory.add_queue(name, severity_tier=tier, verdicts=taxonomy.builtin("general"))
    from sqlalchemy import text

    now = datetime.now(UTC)
    with db.write() as session:
        session.execute(
            text("INSERT INTO teams (name) VALUES " + ",".join(f"('team-{t}')" for t in range(TEAMS)))
        )
        team_ids = [r[0] for r in session.execute(text("SELECT id FROM teams ORDER BY id"))]
        from workstation.models import User, UserRole

        users = [
            User(
                username=f"rev{n:03d}",
                display_name=f"Reviewer {n}",
                team_id=team_ids[n % TEAMS],
                created_at=now,
                roles=[UserRole(role="reviewer")],
            )
            for n in range(plan.reviewers)
        ]
        session.add_all(users)
        session.flush()
        usernames = {u.id: u.username for u in users}
    return sorted(usernames), usernames


def queue_of(item: int) -> int:
    return (item * 7919) % len(QUEUES) + 1


def checkin_and_break_rows(
    plan: Plan, user_ids: list[int]
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    rng = random.Random(17)
    checkins: list[tuple[Any, ...]] = []
    breaks: list[tuple[Any, ...]] = []
    for day in range(0, plan.days, 2):
        d = YEAR_START + timedelta(days=day)
        if d.weekday() >= 5:
            continue
        for uid in user_ids:
            at = datetime(d.year, d.month, d.day, 8, 30)
            checkins.append((f"c{len(checkins)}", uid, at, rng.randint(1, 5), ""))
            for k in range(3):
                when = at + timedelta(hours=1 + 2 * k)
                outcome = ("taken", "taken", "dismissed", "prompted")[rng.randrange(4)]
                started = when if outcome == "taken" else None
                ended = when + timedelta(minutes=5) if outcome == "taken" else None
                kind = ("soft", "enforced", "self")[rng.randrange(3)]
                breaks.append((f"b{len(breaks)}", uid, kind, when, started, ended, rng.randrange(2), outcome))
    return checkins, breaks


# -- loading ---------------------------------------------------------------------------------------


def load_sqlite(path: Path, plan: Plan) -> Database:
    db = Database(f"sqlite:///{path}")
    db.upgrade()
    user_ids, usernames = setup_org(db, plan)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    conn.execute("PRAGMA foreign_keys=OFF")  # the generator only makes valid references
    now = stamp(datetime(2025, 1, 1))
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO items (id, queue_id, external_ref, reason, priority, status, created_at) "
        "VALUES (?, ?, ?, '', 0, 'decided', ?)",
        ((i, queue_of(i), f"item-{i}", now) for i in range(1, plan.items + 1)),
    )
    conn.execute("COMMIT")
    log(f"  items: {plan.items:,} in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    count = 0
    for batch in chunks(span_rows(plan, user_ids, queue_of), 200_000):
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO exposure_spans (client_id, user_id, item_id, queue_id, started_at, ended_at, "
            "seconds, revealed_seconds, visibility_weight, severity_weight, dose) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*r[:4], stamp(r[4]), stamp(r[5]), *r[6:]) for r in batch],
        )
        conn.execute("COMMIT")
        count += len(batch)
        if count % 2_000_000 < 200_000:
            log(f"  spans: {count:,} ({count / (time.perf_counter() - started):,.0f}/s, rollup trigger on)")
    log(f"  spans: {count:,} in {time.perf_counter() - started:.1f} s")
    checkins, breaks = checkin_and_break_rows(plan, user_ids)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO checkins (client_id, user_id, at, mood, note) VALUES (?, ?, ?, ?, ?)",
        [(c, u, stamp(a), m, n) for c, u, a, m, n in checkins],
    )
    conn.executemany(
        "INSERT INTO breaks (client_id, user_id, kind, prompted_at, started_at, ended_at, postponed, "
        "outcome) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(c, u, k, stamp(p), s and stamp(s), e and stamp(e), n, o) for c, u, k, p, s, e, n, o in breaks],
    )
    conn.execute("COMMIT")
    started = time.perf_counter()
    last = None
    for batch in chunks(decision_rows(plan, usernames, queue_of), 100_000):
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO decisions (seq, client_id, item_id, queue_id, user_id, verdict, reason, note, "
            "decided_at, handling_seconds, reveal_state, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*r[:8], stamp(r[8].replace(tzinfo=None)), *r[9:]) for r in batch],
        )
        conn.execute("COMMIT")
        last = batch[-1]
    assert last is not None
    conn.execute("UPDATE ledger_heads SET seq = ?, hash = ? WHERE name = 'decisions'", (last[0], last[-1]))
    log(f"  decisions: {plan.decisions:,} chained in {time.perf_counter() - started:.1f} s")
    conn.execute("ANALYZE")
    conn.close()
    return db


def load_postgres(url: str, plan: Plan) -> Database:
    import psycopg

    db = Database(url)
    db.upgrade()
    user_ids, usernames = setup_org(db, plan)
    conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(conninfo) as conn:
        started = time.perf_counter()
        with conn.cursor() as cur:
            with cur.copy(
                "COPY items (id, queue_id, external_ref, reason, priority, status, created_at) FROM STDIN"
            ) as copy:
                created = datetime(2025, 1, 1)
                for i in range(1, plan.items + 1):
                    copy.write_row((i, queue_of(i), f"item-{i}", "", 0, "decided", created))
            cur.execute("SELECT setval(pg_get_serial_sequence('items', 'id'), %s)", (plan.items,))
        conn.commit()
        log(f"  items: {plan.items:,} in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        count = 0
        for batch in chunks(span_rows(plan, user_ids, queue_of), 500_000):
            with (
                conn.cursor() as cur,
                cur.copy(
                    "COPY exposure_spans (client_id, user_id, item_id, queue_id, started_at, ended_at, "
                    "seconds, revealed_seconds, visibility_weight, severity_weight, dose) FROM STDIN"
                ) as copy,
            ):
                for row in batch:
                    copy.write_row(row)
            conn.commit()
            count += len(batch)
            log(f"  spans: {count:,} ({count / (time.perf_counter() - started):,.0f}/s, rollup trigger on)")
        checkins, breaks = checkin_and_break_rows(plan, user_ids)
        with conn.cursor() as cur:
            with cur.copy("COPY checkins (client_id, user_id, at, mood, note) FROM STDIN") as copy:
                for row in checkins:
                    copy.write_row(row)
            with cur.copy(
                "COPY breaks (client_id, user_id, kind, prompted_at, started_at, ended_at, postponed, "
                "outcome) "
                "FROM STDIN"
            ) as copy:
                for row in breaks:
                    copy.write_row(row)
        conn.commit()
        started = time.perf_counter()
        last = None
        with conn.cursor() as cur:
            with cur.copy(
                "COPY decisions (seq, client_id, item_id, queue_id, user_id, verdict, reason, note, "
                "decided_at, "
                "handling_seconds, reveal_state, prev_hash, hash) FROM STDIN"
            ) as copy:
                for row in decision_rows(plan, usernames, queue_of):
                    copy.write_row((*row[:8], row[8].replace(tzinfo=None), *row[9:]))
                    last = row
            assert last is not None
            cur.execute(
                "UPDATE ledger_heads SET seq = %s, hash = %s WHERE name = 'decisions'", (last[0], last[-1])
            )
        conn.commit()
        log(f"  decisions: {plan.decisions:,} chained in {time.perf_counter() - started:.1f} s")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return db


# -- measuring -------------------------------------------------------------------------------------


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class PeakRss:
    """Samples the resident set every 20 ms in a thread; ``growth`` is the peak minus the start."""

    def __enter__(self) -> PeakRss:
        self.start = self.peak = rss_bytes()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, rss_bytes())

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_bytes())

    @property
    def growth_mb(self) -> float:
        return (self.peak - self.start) / 1e6


def _hwm_kb(pid: int) -> int:
    """The process's resident high-water mark (VmHWM), which starts afresh at exec."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def cli_export_maxrss_mb(db: Database, workdir: Path, *extra: str) -> tuple[float, float]:
    """Run ``workstation export decisions`` in a fresh process: (its peak RSS in MB, seconds).

    The peak is VmHWM polled every 10 ms, not ``ru_maxrss``: a child's ``ru_maxrss`` keeps the
    resident size of the parent it was forked from, and this parent holds the generated data.
    """
    env = {
        **os.environ,
        "WORKSTATION_ALLOW_USER_OVERRIDE": "1",
        "WORKSTATION_DATA_DIR": str(workdir / "data"),
    }
    out = workdir / "cli-export.csv"
    argv = [sys.executable, "-m", "workstation", "--database-url", db.url, "--user", "bench-lead"]
    argv += ["export", "decisions", "--out", str(out), *extra]
    started = time.perf_counter()
    child = subprocess.Popen(argv, env=env, cwd=str(_HERE.parent), stderr=subprocess.DEVNULL)
    peak = 0
    while child.poll() is None:
        with contextlib.suppress(OSError, ValueError):  # exiting
            peak = max(peak, _hwm_kb(child.pid))
        time.sleep(0.01)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise RuntimeError(f"the export command failed with status {child.returncode}")
    out.unlink()
    return peak / 1024.0, seconds


def measure(name: str, db: Database, plan: Plan, workdir: Path) -> dict[str, Any]:
    clock = SystemClock()
    directory = Directory(db, clock)
    wellbeing, lead = directory.sign_in("bench-wellbeing"), directory.sign_in("bench-lead")
    reports = ExposureReports(db, clock, load_policy())
    week_start = YEAR_START + timedelta(days=7 * 50)
    week_end = week_start + timedelta(days=6)
    times = []
    report = None
    for _ in range(5):
        started = time.perf_counter()
        report = reports.exposure(wellbeing, week_start, week_end, period="week")
        times.append(time.perf_counter() - started)
    assert report is not None
    people = report.select("reviewer")
    everyone = report.select("all")[0].figures
    assert everyone is not None
    log(
        f"  weekly report {week_start}..{week_end}: median {statistics.median(times):.3f} s "
        f"({len(report.rows)} rows, {len(people)} reviewers, {everyone.people_over_budget} over budget, "
        f"p90 dose {everyone.p90_dose:.1f})"
    )
    started = time.perf_counter()
    year = reports.exposure(wellbeing, YEAR_START, YEAR_START + timedelta(days=plan.days - 1), period="week")
    year_s = time.perf_counter() - started
    log(f"  year by week: {year_s:.2f} s ({len(year.rows):,} rows)")
    started = time.perf_counter()
    reports.exposure(lead, week_start, week_end, period="day")
    lead_s = time.perf_counter() - started
    lead_year = lead_year_reports(reports, lead, plan)
    claims = ClaimService(db, clock)
    exports = DecisionExports(db, clock, DecisionService(db, clock, claims))
    out = workdir / f"decisions-{name}.csv"
    with PeakRss() as rss:
        started = time.perf_counter()
        result = exports.export(lead, out, "csv")
        export_s = time.perf_counter() - started
    rate = result.rows / export_s
    log(
        f"  export: {result.rows:,} rows in {export_s:.1f} s = {rate:,.0f} rows/s, "
        f"peak RSS growth {rss.growth_mb:.1f} MB, file {out.stat().st_size / 1e6:.0f} MB"
    )
    # Memory, honestly: the same command in fresh processes, a million rows against one day's worth.
    small_mb, _ = cli_export_maxrss_mb(db, workdir, "--from", "2025-06-02", "--to", "2025-06-02")
    full_mb, cli_s = cli_export_maxrss_mb(db, workdir)
    log(
        f"  'workstation export decisions' in a fresh process: peak RSS {full_mb:.0f} MB for "
        f"{result.rows:,} rows vs {small_mb:.0f} MB for one day ({full_mb - small_mb:+.1f} MB), {cli_s:.1f} s"
    )
    from workstation.exports import verify_file

    started = time.perf_counter()
    check = verify_file(out)
    verify_s = time.perf_counter() - started
    assert check.ok, check.report.problem
    log(f"  verify the file: {check.report.checked:,} records ok in {verify_s:.1f} s")
    out.unlink()
    return {
        "backend": name,
        "weekly_report_s": statistics.median(times),
        "weekly_report_runs_s": times,
        "year_by_week_s": year_s,
        "lead_daily_week_s": lead_s,
        **lead_year,
        "export_rows": result.rows,
        "export_s": export_s,
        "export_rows_per_s": rate,
        "export_peak_rss_growth_mb": rss.growth_mb,
        "cli_export_maxrss_mb": full_mb,
        "cli_export_one_day_maxrss_mb": small_mb,
        "cli_export_growth_mb": full_mb - small_mb,
        "cli_export_s": cli_s,
        "verify_file_s": verify_s,
    }


def _primary_only(
    rows: list[ReportRow], overall: list[ReportRow], min_size: int
) -> tuple[list[ReportRow], list[ReportRow]]:
    """The rule before issue 11: each group under ``min_size`` people suppressed, nothing else."""

    def cut(found: list[ReportRow]) -> list[ReportRow]:
        return [
            r if r.figures is None or r.figures.people >= min_size else replace(r, figures=None)
            for r in found
        ]

    return cut(rows), cut(overall)


def lead_year_reports(reports: ExposureReports, lead: Any, plan: Plan) -> dict[str, float]:
    """A lead's year by week and by day: the old rule (before) and complementary suppression (after),
    alternated, median of 3 each."""
    end = YEAR_START + timedelta(days=plan.days - 1)
    out: dict[str, float] = {}
    for period in ("week", "day"):
        times: dict[str, list[float]] = {"before": [], "after": []}
        hidden = {}
        for _ in range(3):
            for label in ("before", "after"):
                rule = _primary_only if label == "before" else report_module.protect
                with mock.patch.object(report_module, "protect", rule):
                    started = time.perf_counter()
                    report = reports.exposure(lead, YEAR_START, end, period=period)
                    times[label].append(time.perf_counter() - started)
                hidden[label] = sum(r.suppressed for r in (*report.rows, *report.overall))
        before, after = statistics.median(times["before"]), statistics.median(times["after"])
        log(
            f"  lead, year by {period}: {after:.2f} s with complementary suppression vs {before:.2f} s "
            f"with the old rule (x{after / before:.2f}); "
            f"suppressed rows {hidden['after']} vs {hidden['before']}"
        )
        out[f"lead_year_by_{period}_before_s"] = before
        out[f"lead_year_by_{period}_after_s"] = after
    return out


def suppression_stress(seed: int = 5) -> dict[str, float]:
    """``complementary_suppression`` alone on a year of days: 10 teams and 6 queues whose head counts
    hover around the minimum of 5, so a third of the cells start suppressed. The worst case."""
    from wellbeing.reports import TOTAL, complementary_suppression

    rng = random.Random(seed)
    days = [YEAR_START + timedelta(days=n) for n in range(366)]
    people: dict[tuple[str, str, Any], int] = {}
    tables: list[dict[tuple[Any, Any], tuple[str, str, Any]]] = []
    for level, count in (("team", 10), ("queue", 6)):
        table: dict[tuple[Any, Any], tuple[str, str, Any]] = {}
        for g in range(count):
            for day in days:
                size = max(1, int(rng.gauss(6, 2)))
                key = (level, f"{level}{g}", day)
                table[(f"{level}{g}", day)] = key
                people[key] = size
            table[(f"{level}{g}", TOTAL)] = (level, f"{level}{g}", None)
            people[(level, f"{level}{g}", None)] = 40
        for day in days:
            table[(TOTAL, day)] = ("all", "all", day)
        table[(TOTAL, TOTAL)] = ("all", "all", None)
        tables.append(table)
    for day in days:
        people[("all", "all", day)] = sum(people[("team", f"team{g}", day)] for g in range(10))
    people[("all", "all", None)] = 400
    primary = sum(1 for n in people.values() if n < 5)
    started = time.perf_counter()
    hidden = complementary_suppression(people, tables, 5)
    took = time.perf_counter() - started
    log(
        f"  suppression alone, a year of days x 16 groups ({len(people):,} cells, "
        f"{primary:,} under 5 people): {took:.2f} s, {len(hidden):,} suppressed"
    )
    return {
        "stress_cells": len(people),
        "stress_primary": primary,
        "stress_hidden": len(hidden),
        "stress_s": took,
    }


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full organisation")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--stress", action="store_true", help="only the suppression worst case (no database)")
    args = parser.parse_args()
    if args.stress:
        stress = suppression_stress()
        print(
            json.dumps(stress)
            if args.json
            else f"complementary suppression worst case: {stress['stress_s']:.2f} s"
        )
        return 0
    plan = Plan(args.scale)
    log(
        f"plan: {plan.reviewers} reviewers, {plan.days} days, ~{plan.spans:,} spans, "
        f"{plan.decisions:,} decisions"
    )
    results = []
    with tempfile.TemporaryDirectory(prefix="ws-bench-") as tmp:
        workdir = Path(tmp)
        for backend in args.backends.split(","):
            log(f"{backend}:")
            started = time.perf_counter()
            if backend == "sqlite":
                db = load_sqlite(workdir / "bench.db", plan)
                log(f"  generated in {time.perf_counter() - started:.0f} s")
                try:
                    results.append(measure("sqlite", db, plan, workdir))
                finally:
                    db.dispose()
                    for leftover in workdir.glob("bench.db*"):
                        leftover.unlink()
            elif backend == "postgresql":
                import psycopg

                dbname = f"ws_bench_{os.getpid()}_{secrets.token_hex(3)}"
                with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                    conn.execute(f'CREATE DATABASE "{dbname}"')
                base = PG_ADMIN.replace("postgresql://", "postgresql+psycopg://", 1).rsplit("/", 1)[0]
                db = None
                try:
                    db = load_postgres(f"{base}/{dbname}", plan)
                    log(f"  generated in {time.perf_counter() - started:.0f} s")
                    results.append(measure("postgresql", db, plan, workdir))
                finally:
                    if db is not None:
                        db.dispose()
                    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                        conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
            else:
                parser.error(f"unknown backend {backend}")
    targets = {"sqlite": 2.0, "postgresql": 1.0}
    print(
        f"{'backend':<12}{'weekly report':>15}{'target':>8}{'year by week':>14}"
        f"{'export rows/s':>15}{'peak MB':>9}{'CLI MB':>10}{'lead year/wk old->new':>24}"
        f"{'lead year/day old->new':>24}"
    )
    for r in results:
        print(
            f"{r['backend']:<12}{r['weekly_report_s']:>13.3f} s{'<' + str(targets[r['backend']]) + ' s':>8}"
            f"{r['year_by_week_s']:>12.2f} s{r['export_rows_per_s']:>15,.0f}"
            f"{r['export_peak_rss_growth_mb']:>9.1f}{r['cli_export_growth_mb']:>+10.1f}"
            f"{r['lead_year_by_week_before_s']:>11.2f} -> {r['lead_year_by_week_after_s']:.2f} s"
            f"{r['lead_year_by_day_before_s']:>11.2f} -> {r['lead_year_by_day_after_s']:.2f} s"
        )
    if args.json:
        print(json.dumps({"plan": vars(plan), "results": results}, indent=1))
    ok = all(
        r["weekly_report_s"] < targets[r["backend"]]
        and r["export_rows_per_s"] >= 50_000
        and r["export_peak_rss_growth_mb"] < 100
        and r["cli_export_growth_mb"] < 100
        for r in results
    )
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark of the SLA report and the daily report on PostgreSQL, over the world of ``reports.py``.

It loads ``benchmarks/reports.py``'s organisation (a year of exposure spans and a million hash-chained
decisions at ``--scale 1``) into a database it creates and drops itself, then gives that world what
SLA operations read: queue SLA targets, each decided item an import time and a due time (about 3 %
missed), a claim per decision (and skips and expired leases), a backlog of pending items, key
tickets. It measures, as a lead would run them at the end of the world's year (median of 5 runs):

- ``report sla --by queue --period day`` and ``--period week``, ``--by team --period week``;
- ``report daily`` for the last day;

and prints ``EXPLAIN`` of each query, flagging any sequential scan of a large table (items,
decisions, claims, audit_events), so the plan is known to scale even when a small run is fast anyway.
A baseline (one ``count(*)`` over the decisions) is printed for scale, as docs/benchmarks.md asks.

    .venv/bin/python benchmarks/operations.py [--scale 0.01] [--runs 5]

Target (issue 15): each report under 1 s at ``--scale 1`` (10 M spans, 1 M decisions).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import secrets
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

_spec = importlib.util.spec_from_file_location("bench_reports_world", _HERE / "reports.py")
assert _spec is not None and _spec.loader is not None
world = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(world)

from sqlalchemy import text  # noqa: E402
from sqlalchemy.dialects import postgresql  # noqa: E402

from workstation import sla  # noqa: E402
from workstation.daily_report import DailyReports  # noqa: E402
from workstation.db import Database  # noqa: E402
from workstation.directory import Directory  # noqa: E402

# The world's last day (reports.py: 365 days from YEAR_START), late afternoon.
END_DAY = world.YEAR_START + timedelta(days=364)
NOW = datetime.combine(END_DAY, dtime(17, 0), UTC)
LARGE = ("items", "decisions", "claims", "audit_events", "media_assets")


class FixedClock:
    def now(self) -> datetime:
        return NOW

    def monotonic(self) -> float:
        return time.monotonic()


def load(url: str, plan: Any) -> Database:
    """``reports.py``'s organisation, items and hash-chained decisions (by its own generators), without
    the exposure spans: neither report reads wellbeing data, so the spans' table changes none of their
    plans. (Its own PostgreSQL loader predates ``decisions.chain`` and fails; this one sets it.)"""
    import psycopg

    db = Database(url)
    db.upgrade()
    _, usernames = world.setup_org(db, plan)
    conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(conninfo) as conn, conn.cursor() as cur:
        with cur.copy(
            "COPY items (id, queue_id, external_ref, reason, priority, status, created_at) FROM STDIN"
        ) as copy:
            for i in range(1, plan.items + 1):
                copy.write_row((i, world.queue_of(i), f"item-{i}", "", 0, "decided", datetime(2025, 1, 1)))
        cur.execute("SELECT setval(pg_get_serial_sequence('items', 'id'), %s)", (plan.items,))
        with cur.copy(
            "COPY decisions (chain, seq, client_id, item_id, queue_id, user_id, verdict, reason, note, "
            "decided_at, handling_seconds, reveal_state, prev_hash, hash) FROM STDIN"
        ) as copy:
            for row in world.decision_rows(plan, usernames, world.queue_of):
                copy.write_row(("decisions", *row[:8], row[8].replace(tzinfo=None), *row[9:]))
        conn.commit()
    return db


def augment(db: Database, plan: Any) -> None:
    """What SLA operations read, added to the loaded world in a few set-based statements."""
    pending = max(50, plan.items // 200)
    with db.write() as session:
        run = session.execute
        run(text("UPDATE queues SET sla_minutes = 60 * (5 - severity_tier)"))
        # Import a while before the decision (about 3 % beyond the target), due at import + target.
        run(
            text(
                "UPDATE items i SET created_at = d.decided_at - make_interval(mins => "
                "CASE WHEN d.id % 33 = 0 THEN 60 * (5 - q.severity_tier) + 20 ELSE (d.id * 7) % 50 END), "
                "sla_due_at = d.decided_at - make_interval(mins => CASE WHEN d.id % 33 = 0 "
                "THEN 60 * (5 - q.severity_tier) + 20 ELSE (d.id * 7) % 50 END) "
                "+ make_interval(mins => 60 * (5 - q.severity_tier)) "
                "FROM decisions d JOIN queues q ON q.id = d.queue_id WHERE d.item_id = i.id"
            )
        )
        # A claim per decision, linked to it.
        run(
            text(
                "INSERT INTO claims (item_id, user_id, claimed_at, lease_expires_at, released_at, outcome) "
                "SELECT d.item_id, d.user_id, d.decided_at - make_interval(secs => d.handling_seconds), "
                "d.decided_at, d.decided_at, 'decided' FROM decisions d ORDER BY d.id"
            )
        )
        run(text("UPDATE decisions d SET claim_id = c.id FROM claims c WHERE c.item_id = d.item_id"))
        # Skips and expired leases before some decisions (1 in 50 and 1 in 200).
        run(
            text(
                "INSERT INTO claims (item_id, user_id, claimed_at, lease_expires_at, released_at, outcome) "
                "SELECT d.item_id, d.user_id, d.decided_at - interval '30 minutes', "
                "d.decided_at - interval '28 minutes', d.decided_at - interval '25 minutes', "
                "CASE WHEN d.id % 200 = 0 THEN 'expired' ELSE 'skipped' END "
                "FROM decisions d WHERE d.id % 50 = 0 OR d.id % 200 = 0"
            )
        )
        # The backlog: pending items imported over the last day, a tenth of them overdue.
        run(
            text(
                "INSERT INTO items (queue_id, external_ref, reason, priority, status, created_at, "
                "sla_due_at) "
                "SELECT 1 + n % 6, 'pending-' || n, '', 0, 'pending', "
                ":now - make_interval(mins => n % 1440), "
                ":now - make_interval(mins => n % 1440) + make_interval(mins => CASE WHEN n % 10 = 0 "
                "THEN 30 ELSE 600 + n % 600 END) FROM generate_series(1, :n) AS n"
            ),
            {"now": NOW.replace(tzinfo=None), "n": pending},
        )
        run(
            text(
                "INSERT INTO key_tickets (item_id, queue_id, user_id, summary, flagged_at) "
                "SELECT d.item_id, d.queue_id, d.user_id, 'benchmark key ticket ' || d.id, d.decided_at "
                "FROM decisions d WHERE d.id % 997 = 0"
            )
        )
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")


def median_seconds(work: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def explain(db: Database) -> list[str]:
    """EXPLAIN of every query the two reports run for the window; a line per seq scan of a large table."""
    day_start = datetime.combine(END_DAY, dtime(), UTC)
    week_start = day_start - timedelta(days=6)
    statements = {
        "backlog": sla.backlog_statement(NOW),
        "first decisions (week)": sla._first_decisions(week_start, NOW),
        "pending fell due (week)": sla._fell_due(week_start, NOW),
        "closed claims (day)": sla._closed_claims(day_start, NOW),
        "lease expiries (day)": sla._expiries(day_start, NOW),
    }
    found = []
    with db.read() as session:
        for name, stmt in statements.items():
            sql = str(stmt.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
            plan = [r[0] for r in session.execute(text("EXPLAIN " + sql))]
            scans = [line.strip() for line in plan if "Seq Scan" in line and any(t in line for t in LARGE)]
            found.append(f"  {name}: " + ("; ".join(scans) if scans else "indexes only"))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full organisation")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    plan = world.Plan(args.scale)
    world.log(f"plan: {plan.reviewers} reviewers, ~{plan.spans:,} spans, {plan.decisions:,} decisions")
    import psycopg

    dbname = f"ws_bench_ops_{os.getpid()}_{secrets.token_hex(3)}"
    with psycopg.connect(world.PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{dbname}"')
    base = world.PG_ADMIN.replace("postgresql://", "postgresql+psycopg://", 1).rsplit("/", 1)[0]
    db = None
    try:
        started = time.perf_counter()
        db = load(f"{base}/{dbname}", plan)
        augment(db, plan)
        world.log(f"  generated in {time.perf_counter() - started:.0f} s")
        clock = FixedClock()
        lead = Directory(db, clock).sign_in("bench-lead")
        with db.read() as session:
            started = time.perf_counter()
            session.execute(text("SELECT count(*) FROM decisions")).scalar_one()
            baseline = time.perf_counter() - started
        reports = sla.SlaReports(db, clock)
        daily = DailyReports(db, clock)
        results = {
            "report sla --by queue --period day": median_seconds(
                lambda: reports.report(lead, by="queue", period="day"), args.runs
            ),
            "report sla --by queue --period week": median_seconds(
                lambda: reports.report(lead, by="queue", period="week"), args.runs
            ),
            "report sla --by team --period week": median_seconds(
                lambda: reports.report(lead, by="team", period="week"), args.runs
            ),
            f"report daily --date {END_DAY}": median_seconds(lambda: daily.report(lead, END_DAY), args.runs),
            f"report daily --date {END_DAY - timedelta(days=30)}": median_seconds(
                lambda: daily.report(lead, END_DAY - timedelta(days=30)), args.runs
            ),
        }
        print(f"scale {args.scale}: {plan.decisions:,} decisions, ~{plan.spans:,} spans (PostgreSQL)")
        print(f"baseline: count(*) over the decisions {baseline * 1000:.1f} ms")
        for name, seconds in results.items():
            print(f"{name:<45}{seconds * 1000:>9.1f} ms   (target < 1000 ms at scale 1)")
        print("plans:")
        for line in explain(db):
            print(line)
        return 0 if all(s < 1.0 for s in results.values()) else 1
    finally:
        if db is not None:
            db.dispose()
        with psycopg.connect(world.PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


if __name__ == "__main__":
    raise SystemExit(main())

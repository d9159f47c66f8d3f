"""Load and fault harness: many reviewer processes claim and decide while the database fails.

N reviewer processes (default 50, spread over ``--queues`` queues) claim and decide against a
throwaway PostgreSQL (never the shared server) for a set time, through the same services the window
uses (leases, OutboxSync with a local outbox per reviewer). On PostgreSQL each reviewer
connects with its own login role, so every write goes through the database's functions as that
person (docs/postgresql.md). Meanwhile the harness restarts PostgreSQL once (stopped for
``--downtime`` seconds), SIGKILLs some reviewers mid-work (their leases must expire and their items
go to others; their outboxes are replayed afterwards, as when the app starts again) and keeps the
queues fed. Every reviewer writes what it was told (claimed, saved, queued, refused) to its own
append-only event file, which survives SIGKILL, so the harness can compare with the database:

- double claims: two reviewers holding one item at once before its lease ran out;
- lost decisions: acknowledged as saved or queued, yet neither in the database nor kept as a
  conflict in an outbox;
- duplicated decisions: an item decided more than once; items decided exactly once;
- leases recovered: items a killed reviewer held that another reviewer then decided;
- throughput (decisions/s) and p50/p95/p99 latency of claim and decide.

    .venv/bin/python benchmarks/harness.py                       # PostgreSQL, 50 reviewers, 60 s
    .venv/bin/python benchmarks/harness.py --baseline 4 --no-restart --kill 0   # scaling: 4 vs 50
    .venv/bin/python benchmarks/harness.py --workers 10 --duration 12 --kill 3 --think 0.2   # CI's short form
    .venv/bin/python benchmarks/harness.py --backend sqlite --workers 8    # several processes, one file
    ... --json                                                   # the report as JSON on stdout

Targets (issues 7 and 11): zero double claims, lost and duplicated decisions; at least 300
decisions/s on PostgreSQL; claim p95 under 20 ms; with ``--baseline 4``, throughput at 50 reviewers at
least 80 % of the 4-reviewer run's and decide p95 under 100 ms on a quiet machine (decisions of
different queues do not wait on one chain head). Exit status 1 when a correctness check fails; performance
targets are reported (``--strict`` makes a missed one fail too).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import multiprocessing
import os
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Run as a script, this file's folder comes first on sys.path and benchmarks/media.py would shadow
# the media package: put the repository root there instead.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))
sys.path.append(str(_HERE))  # for pgserver, after the packages

from pgserver import ThrowawayPostgres  # noqa: E402
from sqlalchemy import func, insert, make_url, select  # noqa: E402

from wellbeing.clock import SystemClock  # noqa: E402
from workstation import pg_roles, taxonomy  # noqa: E402
from workstation.claims import ClaimService  # noqa: E402
from workstation.db import Database  # noqa: E402
from workstation.decisions import DecisionService  # noqa: E402
from workstation.directory import Directory  # noqa: E402
from workstation.errors import DatabaseUnavailable, WorkstationError  # noqa: E402
from workstation.models import Claim, ClaimOutcome, Decision, Item, ItemStatus, User  # noqa: E402
from workstation.outbox import CONFLICT, Outbox, OutboxSync  # noqa: E402
from workstation.review import ReviewLoop  # noqa: E402

QUEUE = "bench"
VERDICT = "allow"


def queue_of(n: int, queues: int) -> str:
    """The queue reviewer ``n`` works in: reviewers are spread evenly over ``queues`` queues."""
    return f"{QUEUE}-{n % queues}"


@dataclass(frozen=True)
class Plan:
    url: str
    workdir: str
    workers: int
    # PostgreSQL: each reviewer's own login URL (docs/postgresql.md); SQLite: the file's URL.
    urls: tuple[str, ...]
    queues: int
    start_at: float  # time.monotonic() (CLOCK_MONOTONIC: one clock for every process)
    end_at: float
    lease: float
    final_sync_s: float = 30.0
    think: float = 0.0  # seconds a reviewer looks at an item (--think)


# -- a reviewer process -------------------------------------------------------------------------


class _Events:
    """One line per event, written with O_APPEND: once write() returns it survives SIGKILL."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def __call__(self, **event: Any) -> None:
        os.write(self.fd, (json.dumps(event, separators=(",", ":")) + "\n").encode())

    def close(self) -> None:
        os.close(self.fd)


def reviewer(plan: Plan, n: int) -> None:
    """The body of one reviewer process: claim, decide at once, repeat until the end."""
    work = Path(plan.workdir)
    events = _Events(work / f"events-{n}.jsonl")
    db = Database(plan.urls[n])  # the reviewer's own login: the database knows who decides
    queue = queue_of(n, plan.queues)
    clock = SystemClock()
    claims = ClaimService(db, clock, lease_seconds=plan.lease)
    decisions = DecisionService(db, clock, claims)
    outbox = Outbox(work / f"outbox-{n}.db")
    reliable = OutboxSync(decisions, outbox)
    counts: Counter[str] = Counter()
    actor = None
    while actor is None:
        try:
            actor = Directory(db, clock).sign_in(f"r{n}")
        except DatabaseUnavailable:
            time.sleep(0.1)
    reliable.sign_in(actor)  # the outbox replays this reviewer's own work only
    # The window's review loop (workstation/review.py): the same rules for sending the outbox first,
    # for claims whose decision still waits, and for not waiting twice on a database that is away.
    loop = ReviewLoop(claims, decisions, reliable, clock, actor)
    loop.set_queue(queue)
    events(e="ready", pid=os.getpid())
    rng = random.Random(n)
    while time.monotonic() < plan.start_at:
        time.sleep(0.01)
    while time.monotonic() < plan.end_at:
        t0 = time.monotonic()
        try:
            claimed = loop.claim_next()  # sends what waits first, as the window does
        except DatabaseUnavailable:
            counts["claim_unavailable"] += 1
            time.sleep(0.05 + rng.random() * 0.05)  # a workstation retries a moment later
            continue
        t1 = time.monotonic()
        if claimed.waiting is not None:  # its decision waits in the outbox: decided, not shown again
            counts["waiting"] += 1
            time.sleep(0.05 + rng.random() * 0.05)
            continue
        claim = claimed.item
        if claim is None:
            counts["queue_empty"] += 1
            time.sleep(0.05)
            continue
        events(e="claim", item=claim.item_id, claim=claim.claim_id, t=t1, ms=(t1 - t0) * 1000)
        if plan.think:  # the reviewer looks at the item: a reviewer killed now holds its lease
            time.sleep(plan.think * (0.5 + rng.random()))
        request = loop.request(VERDICT)
        t2 = time.monotonic()
        try:
            # The next claim is the loop's own step above (timed apart from the decision).
            result = loop.send_decision(request, label=VERDICT, claim_next=False)
        except WorkstationError as error:  # lease lost, claim closed: explained, nothing recorded
            loop.open(None)
            counts[f"refused_{type(error).__name__}"] += 1
            events(e="refused", item=claim.item_id, t0=t2, why=str(error)[:200])
            continue
        loop.apply_decided(result)
        t3 = time.monotonic()
        status = "queued" if result.queued else "saved"
        counts[status] += 1
        events(e="ack", cid=request.client_id, item=claim.item_id, status=status, t0=t2, ms=(t3 - t2) * 1000)
    # The shift is over: send what waits, as the app's sync job would while it stays open.
    give_up = time.monotonic() + plan.final_sync_s
    while reliable.pending_count() and time.monotonic() < give_up:
        reliable.sync()
        if reliable.pending_count():
            time.sleep(0.2)
    events(e="done", t=time.monotonic(), pending=reliable.pending_count(), counts=dict(counts))
    outbox.close()
    db.dispose()
    events.close()


# -- the harness --------------------------------------------------------------------------------


def seed(db: Database, workers: int, items: int, queues: int) -> list[str]:
    """Queues, reviewers and items, as the owner; on PostgreSQL a login role per reviewer (returned,
    by reviewer number), a member of the reviewer group role."""
    clock = SystemClock()
    directory = Directory(db, clock)
    for k in range(queues):
        directory.add_queue(f"{QUEUE}-{k}", severity_tier=2, verdicts=taxonomy.builtin("general"))
    with db.write() as session:
        now = clock.now()
        session.execute(
            insert(User),
            [{"username": f"r{n}", "display_name": f"Reviewer {n}", "active": True, "created_at": now}
             for n in range(workers)],
        )
    with db.write() as session:
        from workstation.models import UserRole

        ids = session.execute(select(User.id).where(User.username.like("r%"))).scalars().all()
        session.execute(insert(UserRole), [{"user_id": i, "role": "reviewer"} for i in ids])
    logins: list[str] = []
    if db.dialect == "postgresql":
        with db.write() as session:
            by_name = {r[0]: r[1] for r in session.execute(select(User.username, User.id))}
            conn = session.connection()
            logins = [pg_roles.create_login(conn, by_name[f"r{n}"]) for n in range(workers)]
    feed(db, items, queues)
    analyse_tables(db)
    return logins


def analyse_tables(db: Database) -> None:
    """Planner statistics, as an established database has (a fresh one would plan for empty tables)."""
    if db.dialect == "postgresql":
        with db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    else:
        with db.write() as session:
            session.connection().exec_driver_sql("ANALYZE")


_fed = 0


def feed(db: Database, backlog: int, queues: int) -> None:
    """Top every queue up to its share of ``backlog`` pending items (the escalations keep coming)."""
    global _fed
    clock = SystemClock()
    share = max(1, backlog // queues)
    with db.write() as session:
        pending = {
            r[0]: r[1]
            for r in session.execute(
                select(Item.queue_id, func.count())
                .where(Item.status == ItemStatus.PENDING.value)
                .group_by(Item.queue_id)
            )
        }
        now = clock.now()
        rows = []
        for k in range(queues):
            queue_id = Directory._queue(session, f"{QUEUE}-{k}").id
            for _ in range(share - pending.get(queue_id, 0)):
                rows.append({"queue_id": queue_id, "external_ref": f"x{_fed}", "reason": "bench",
                             "priority": 0, "status": ItemStatus.PENDING.value, "created_at": now})
                _fed += 1
        if rows:
            session.execute(insert(Item), rows)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def read_events(workdir: Path, workers: int) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for n in range(workers):
        path = workdir / f"events-{n}.jsonl"
        lines = path.read_text().splitlines() if path.exists() else []
        # A SIGKILL can cut the very last line short: it was never acknowledged as written.
        out[n] = [json.loads(line) for line in lines if line.endswith("}")]
    return out


def run(args: argparse.Namespace) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="ws-harness-"))
    server: ThrowawayPostgres | None = None
    if args.backend == "postgresql":
        server = ThrowawayPostgres().start()
        url = server.url()
    else:
        url = f"sqlite:///{workdir / 'bench.db'}"
    try:
        return _run(args, workdir, url, server)
    finally:
        if server is not None:
            server.stop()
        if not args.keep:
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)


def _run(
    args: argparse.Namespace, workdir: Path, url: str, server: ThrowawayPostgres | None
) -> dict[str, Any]:
    rng = random.Random(args.seed)
    db = Database(url)
    db.upgrade()
    kills = args.kill if args.kill is not None else max(1, args.workers // 10)
    # Every queue keeps a living reviewer, who takes over the items of the killed ones.
    queues = max(1, min(args.queues, args.workers // max(3, kills + 1)))
    logins = seed(db, args.workers, args.backlog, queues)
    db.dispose()  # no pooled connection crosses the fork
    urls = tuple(
        make_url(url).set(username=login).render_as_string(hide_password=False) for login in logins
    ) or (url,) * args.workers

    start_at = time.monotonic() + args.warmup
    plan = Plan(url=url, workdir=str(workdir), workers=args.workers, urls=urls, queues=queues,
                start_at=start_at, end_at=start_at + args.duration, lease=args.lease, think=args.think)
    # The harness is single-threaded, so forking the reviewers is safe and starts 50 in a blink
    # (the app itself never forks: its decoder workers are spawned).
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    procs = [ctx.Process(target=reviewer, args=(plan, n), name=f"reviewer-{n}") for n in range(args.workers)]
    for p in procs:
        p.start()

    victims = rng.sample(range(args.workers), min(kills, args.workers))
    kill_at = {n: start_at + args.duration * rng.uniform(0.15, 0.45) for n in victims}
    restart_at = start_at + args.duration * 0.5 if server is not None and args.restart else None
    killed: dict[int, float] = {}
    downtime = None
    db = Database(url)
    next_feed = start_at
    try:
        while time.monotonic() < plan.end_at:
            now = time.monotonic()
            for n, when in kill_at.items():
                if n not in killed and now >= when and procs[n].is_alive():
                    os.kill(procs[n].pid or 0, 9)  # SIGKILL: the workstation dies mid-work
                    killed[n] = time.monotonic()
            if restart_at is not None and now >= restart_at and downtime is None:
                assert server is not None
                downtime = server.restart(args.downtime)
            if now >= next_feed:
                next_feed = now + 0.5
                with contextlib.suppress(DatabaseUnavailable):
                    feed(db, args.backlog, queues)
            time.sleep(0.05)
        for p in procs:
            p.join(plan.final_sync_s + 60)
    finally:
        for p in procs:
            if p.is_alive():
                p.kill()
                p.join()
        db.dispose()
    end_mono = time.monotonic()

    # The killed reviewers start their app again: their outboxes are replayed.
    db = Database(url)
    clock = SystemClock()
    claims = ClaimService(db, clock, lease_seconds=args.lease)
    decisions = DecisionService(db, clock, claims)
    replayed = 0
    for n in killed:
        with Outbox(workdir / f"outbox-{n}.db") as box:
            replay = OutboxSync(decisions, box)
            replay.sign_in(Directory(db, clock).sign_in(f"r{n}"))  # each restarts as themselves
            replayed += replay.sync().sent

    report = analyse(args, workdir, db, decisions, plan, killed, end_mono)
    report["restart_downtime_s"] = round(downtime, 2) if downtime is not None else None
    report["replayed_after_restart"] = replayed
    db.dispose()
    return report


def analyse(
    args: argparse.Namespace,
    workdir: Path,
    db: Database,
    decisions: DecisionService,
    plan: Plan,
    killed: dict[int, float],
    end_mono: float,
) -> dict[str, Any]:
    events = read_events(workdir, args.workers)
    with db.read() as session:
        rows = session.execute(select(Decision.client_id, Decision.item_id, Decision.user_id)).all()
        users = dict(session.execute(select(User.username, User.id)).all())
        expired = session.execute(
            select(func.count()).select_from(Claim).where(Claim.outcome == ClaimOutcome.EXPIRED.value)
        ).scalar_one()
        open_claims = session.execute(
            select(func.count()).select_from(Claim).where(Claim.released_at.is_(None))
        ).scalar_one()
    db_cids = {r.client_id for r in rows}
    per_item = Counter(r.item_id for r in rows)
    decided_by = defaultdict(set)
    for r in rows:
        decided_by[r.item_id].add(r.user_id)

    conflicts: set[str] = set()
    for n in range(args.workers):
        path = workdir / f"outbox-{n}.db"
        if path.exists():
            with Outbox(path) as box:
                conflicts |= {e.client_id for e in box.conflicts() if e.state == CONFLICT}

    acked = {e["cid"]: (n, e) for n, evs in events.items() for e in evs if e["e"] == "ack"}
    lost = sorted(set(acked) - db_cids - conflicts)
    queued = sum(1 for _n, e in acked.values() if e["status"] == "queued")

    # Holding intervals as each reviewer saw them: from the claim's answer to the decide call (or
    # the refusal, or being killed). Two reviewers holding one item at once before the first one's
    # lease ran out is a double claim; after it ran out, a lease recovered or expired.
    holds: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    held_at_kill: dict[int, set[int]] = defaultdict(set)
    for n, evs in events.items():
        current: tuple[int, float] | None = None
        for e in evs:
            if e["e"] == "claim":
                if current is not None and current[0] != e["item"]:
                    holds[current[0]].append((current[1], e["t"], n))
                if current is None or current[0] != e["item"]:
                    current = (e["item"], e["t"])
            elif e["e"] in ("ack", "refused") and current is not None and current[0] == e["item"]:
                holds[current[0]].append((current[1], e["t0"], n))
                current = None
        if current is not None:
            end = killed.get(n, end_mono)
            holds[current[0]].append((current[1], end, n))
            if n in killed:
                held_at_kill[n].add(current[0])
    double_claims = []
    for item, spans in holds.items():
        spans.sort()
        for (s1, e1, n1), (s2, _e2, n2) in itertools.pairwise(spans):
            if n1 != n2 and s2 < e1 and s2 < s1 + plan.lease - 0.25:
                overlap = round(e1 - s2, 3)
                double_claims.append({"item": item, "first": n1, "second": n2, "overlap_s": overlap})
    # A reviewer killed between the database's commit and writing its acknowledgement held
    # nothing: its own (unacknowledged) decision is there. The others' leases had to be recovered.
    held = recovered = 0
    for n, items in held_at_kill.items():
        mine = users.get(f"r{n}")
        for item in items:
            deciders = decided_by.get(item, set())
            if mine in deciders:
                continue
            held += 1
            recovered += bool(deciders - {mine})

    claim_ms = [e["ms"] for evs in events.values() for e in evs if e["e"] == "claim"]
    decide_ms = [e["ms"] for evs in events.values() for e in evs if e["e"] == "ack"]
    in_window = [e for _n, e in acked.values() if plan.start_at <= e["t0"] <= plan.end_at]
    counts: Counter[str] = Counter()
    for evs in events.values():
        for e in evs:
            if e["e"] == "done":
                counts.update(e["counts"])
    rate = len(in_window) / args.duration
    chain = decisions.verify()
    report: dict[str, Any] = {
        "backend": args.backend,
        "workers": args.workers,
        "queues": plan.queues,
        "logins": "one per reviewer" if plan.urls[0] != plan.url else "shared",
        "duration_s": args.duration,
        "lease_s": args.lease,
        "killed_workers": len(killed),
        "decisions_in_db": len(rows),
        "acknowledged": len(acked),
        "acknowledged_queued_offline": queued,
        "double_claims": len(double_claims),
        "lost_decisions": len(lost),
        "duplicated_decisions": sum(c - 1 for c in per_item.values() if c > 1),
        "items_decided": len(per_item),
        "items_decided_exactly_once": sum(1 for c in per_item.values() if c == 1),
        "conflicts_kept": len(conflicts),
        "leases_held_by_killed_workers": held,
        "leases_recovered": recovered,
        "claims_expired": int(expired),
        "claims_still_open": int(open_claims),
        "chain_verified": chain.ok,
        "decisions_per_s": round(rate, 1),
        "claim_ms": {"p50": round(percentile(claim_ms, 50), 2), "p95": round(percentile(claim_ms, 95), 2),
                     "p99": round(percentile(claim_ms, 99), 2), "n": len(claim_ms)},
        "decide_ms": {"p50": round(percentile(decide_ms, 50), 2), "p95": round(percentile(decide_ms, 95), 2),
                      "p99": round(percentile(decide_ms, 99), 2), "n": len(decide_ms)},
        "worker_counts": dict(counts),
        "examples": {"lost": lost[:5], "double_claims": double_claims[:5]},
    }
    report["correct"] = (
        report["double_claims"] == 0
        and report["lost_decisions"] == 0
        and report["duplicated_decisions"] == 0
        and chain.ok
    )
    report["targets"] = {
        "decisions_per_s>=300": rate >= 300 if args.backend == "postgresql" else None,
        "claim_p95<20ms": report["claim_ms"]["p95"] < 20,
    }
    return report


def print_report(report: dict[str, Any]) -> None:
    c, d = report["claim_ms"], report["decide_ms"]
    lines = [
        f"backend {report['backend']}: {report['workers']} reviewers ({report['logins']} login) in "
        f"{report['queues']} queues for {report['duration_s']} s, "
        f"{report['killed_workers']} killed (SIGKILL), lease {report['lease_s']} s, "
        f"restart downtime {report['restart_downtime_s']} s",
        f"  double claims            {report['double_claims']}",
        f"  lost decisions           {report['lost_decisions']}",
        f"  duplicated decisions     {report['duplicated_decisions']}",
        f"  items decided exactly once {report['items_decided_exactly_once']} of {report['items_decided']}",
        f"  acknowledged             {report['acknowledged']} "
        f"({report['acknowledged_queued_offline']} queued offline; "
        f"{report['replayed_after_restart']} replayed when killed apps restarted)",
        f"  conflicts kept           {report['conflicts_kept']}",
        f"  leases recovered         {report['leases_recovered']} of "
        f"{report['leases_held_by_killed_workers']} held by killed reviewers "
        f"({report['claims_expired']} claims expired)",
        f"  hash chain               {'verified' if report['chain_verified'] else 'BROKEN'}",
        f"  throughput               {report['decisions_per_s']} decisions/s",
        f"  claim  ms p50/p95/p99    {c['p50']} / {c['p95']} / {c['p99']}  (n={c['n']})",
        f"  decide ms p50/p95/p99    {d['p50']} / {d['p95']} / {d['p99']}  (n={d['n']})",
        f"  reviewer counters        {report['worker_counts']}",
        f"  correct: {report['correct']}; targets: {report['targets']}",
    ]
    base = report.get("baseline")
    if base:
        lines += [
            f"baseline, same run: {base['workers']} reviewers in {base['queues']} queues: "
            f"{base['decisions_per_s']} decisions/s, decide ms p50/p95 {base['decide_ms']['p50']} / "
            f"{base['decide_ms']['p95']}, claim ms p95 {base['claim_ms']['p95']}, correct: {base['correct']}",
            f"  throughput at {report['workers']} = {report['throughput_vs_baseline']:.0%} of the baseline's "
            f"(target >= 80%); decide p95 {report['decide_ms']['p95']} ms (target < 100 ms, quiet machine)",
        ]
    print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--workers", type=int, default=None, help="reviewer processes (50; sqlite 8)")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    parser.add_argument("--lease", type=float, default=5.0, help="lease seconds (short, to see recovery)")
    parser.add_argument("--kill", type=int, default=None, help="reviewers to SIGKILL (default 10%%, >= 1)")
    parser.add_argument(
        "--think", type=float, default=0.0,
        help="seconds a reviewer looks at an item before deciding (0: decide at once, for throughput)",
    )
    parser.add_argument("--downtime", type=float, default=2.0, help="seconds PostgreSQL stays down")
    parser.add_argument("--no-restart", dest="restart", action="store_false")
    parser.add_argument("--backlog", type=int, default=2000, help="pending items kept over all queues")
    parser.add_argument(
        "--queues", type=int, default=8,
        help="queues the reviewers are spread over (at most one per 3 reviewers, and per killed one + 1)",
    )
    parser.add_argument(
        "--baseline", type=int, default=0,
        help="first run this many reviewers (same options) and compare throughput with it",
    )
    parser.add_argument("--warmup", type=float, default=None, help="seconds for the reviewers to start")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--strict", action="store_true", help="fail when a performance target is missed")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (event files, outboxes)")
    args = parser.parse_args(argv)
    if args.workers is None:
        args.workers = 50 if args.backend == "postgresql" else 8
    if args.warmup is None:
        args.warmup = 2.0 + 0.1 * args.workers
    base = None
    if args.baseline:
        base_args = argparse.Namespace(**{**vars(args), "workers": args.baseline,
                                          "warmup": 2.0 + 0.1 * args.baseline})
        base = run(base_args)
    report = run(args)
    if base is not None:
        report["baseline"] = {k: base[k] for k in (
            "workers", "queues", "decisions_per_s", "claim_ms", "decide_ms", "correct")}
        ratio = report["decisions_per_s"] / base["decisions_per_s"] if base["decisions_per_s"] else 0.0
        report["throughput_vs_baseline"] = round(ratio, 3)
        report["targets"]["throughput>=80%_of_baseline"] = ratio >= 0.8
        report["targets"]["decide_p95<100ms"] = report["decide_ms"]["p95"] < 100
        report["correct"] = report["correct"] and base["correct"]
    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        print_report(report)
    ok = report["correct"]
    if args.strict:
        ok = ok and all(v in (True, None) for v in report["targets"].values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

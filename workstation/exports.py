"""Decision-log export for leads, and verification of exports and of the database's hash chains.

The export streams rows from a server-side cursor (``yield_per``) and writes them one by one, so memory
stays flat however many decisions there are. Each row carries exactly the fields the decision's hash
covers (``decisions.decision_fields`` plus ``seq``) and its ``prev_hash`` and ``hash``, so the file
can be checked without the database: an edited, removed or reordered row breaks a link that
``verify_file`` names.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import aliased

from wellbeing.clock import Clock
from workstation import audit, ledger
from workstation.actor import Actor
from workstation.db import Database
from workstation.decisions import DecisionService, decision_fields
from workstation.errors import InvalidInput, WorkstationError
from workstation.models import AuditEvent, Decision, Item, Queue, Role, User

FORMATS = ("csv", "jsonl")
# The documented columns (README: "The decision-log export"), in file order.
COLUMNS = (
    "chain",  # the hash chain (one per queue; "decisions" before migration 0005): verified per chain
    "seq",
    "decision_id",
    "item_ref",
    "queue",
    "reviewer",
    "verdict",
    "reason",
    "note",
    "decided_at",
    "handling_seconds",
    "reveal_state",
    "supersedes",
    "prev_hash",
    "hash",
)
Progress = Callable[[int, int], None]
FETCH_ROWS = 10_000  # rows per round trip of the server-side cursor


class ExportCancelled(WorkstationError):
    """The export was cancelled; no file was left behind."""

    exit_code = 1


@dataclass(frozen=True)
class DecisionFilter:
    """Which decisions to export; all ``None`` exports the whole chain (a file that verifies completely)."""

    start: date | None = None  # decided on or after this UTC day
    end: date | None = None  # decided on or before this UTC day
    queue: str | None = None
    reviewer: str | None = None
    verdict: str | None = None

    @property
    def complete(self) -> bool:
        return all(v is None for v in asdict(self).values())

    def describe(self) -> dict[str, str]:
        return {
            k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(self).items() if v is not None
        }


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    rows: int
    complete: bool
    first_seq: int | None
    last_seq: int | None
    last_hash: str | None


@dataclass(frozen=True)
class ChainCheck:
    """The verdict on one chain or file, with its extent so it can be compared with an audit event."""

    name: str
    report: ledger.ChainReport
    first_seq: int | None = None
    last_seq: int | None = None
    last_hash: str | None = None

    @property
    def ok(self) -> bool:
        return self.report.ok


class DecisionExports:
    """Streams the decision log to CSV or JSON Lines; verifies the database's chains. Leads and admins."""

    def __init__(self, db: Database, clock: Clock, decisions: DecisionService) -> None:
        self.db = db
        self.clock = clock
        self.decisions = decisions

    # -- export ---------------------------------------------------------------------------------

    def export(
        self,
        actor: Actor,
        path: Path,
        fmt: str,
        filters: DecisionFilter | None = None,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        batch: int = 5000,
    ) -> ExportResult:
        """Write the decisions matching ``filters`` to ``path`` (atomically: a failed or cancelled
        export leaves no file), reporting ``progress(done, total)`` every ``batch`` rows."""
        if fmt not in FORMATS:
            raise InvalidInput(f"export format must be one of {', '.join(FORMATS)}")
        filters = filters or DecisionFilter()
        if filters.start and filters.end and filters.end < filters.start:
            raise InvalidInput(f"the range ends ({filters.end}) before it starts ({filters.start})")
        audit.require(self.db, self.clock, actor, "export decisions", Role.LEAD, Role.ADMIN)
        part = path.with_name(path.name + ".part")
        rows = 0
        first_seq = last_seq = None
        last_hash = None
        try:
            with self.db.read() as session, part.open("w", encoding="utf-8", newline="") as out:
                total = session.execute(self._query(filters, count=True)).scalar_one()
                write = _csv_writer(out) if fmt == "csv" else _jsonl_writer(out)
                if progress:
                    progress(0, total)
                conn = session.connection().execution_options(yield_per=FETCH_ROWS)
                result = conn.execute(self._query(filters))
                try:
                    for row in result:
                        write(row)
                        rows += 1
                        if rows % batch == 0:
                            if cancel is not None and cancel.is_set():
                                raise ExportCancelled(f"export cancelled after {rows:,} of {total:,} rows")
                            if progress:
                                progress(rows, max(total, rows))
                        if first_seq is None:
                            first_seq = row[1]
                        last_seq, last_hash = row[1], row[14]
                finally:
                    result.close()
                if progress:
                    progress(rows, max(total, rows))
            os.replace(part, path)
        finally:
            part.unlink(missing_ok=True)
        with self.db.write() as session:
            audit.record(
                session,
                self.clock.now(),
                actor.id,
                "export.decisions",
                path.name,
                {
                    "format": fmt,
                    "rows": rows,
                    "filters": filters.describe(),
                    "first_seq": first_seq,
                    "last_seq": last_seq,
                    "last_hash": last_hash,
                },
            )
        return ExportResult(path, fmt, rows, filters.complete, first_seq, last_seq, last_hash)

    def _query(self, filters: DecisionFilter, *, count: bool = False) -> Any:
        superseded = aliased(Decision)
        stmt = (
            select(
                Decision.chain,
                Decision.seq,
                Decision.client_id,
                Item.external_ref,
                Queue.name,
                User.username,
                Decision.verdict,
                Decision.reason,
                Decision.note,
                type_coerce(Decision.decided_at, String),  # the driver's value: no per-row decorator
                Decision.handling_seconds,
                Decision.reveal_state,
                superseded.client_id,
                Decision.prev_hash,
                Decision.hash,
            )
            .join(Item, Item.id == Decision.item_id)
            .join(Queue, Queue.id == Decision.queue_id)
            .join(User, User.id == Decision.user_id)
            .outerjoin(superseded, superseded.id == Decision.supersedes_id)
        )
        if filters.start is not None:
            stmt = stmt.where(Decision.decided_at >= datetime.combine(filters.start, time(), UTC))
        if filters.end is not None:
            until = datetime.combine(filters.end + timedelta(days=1), time(), UTC)
            stmt = stmt.where(Decision.decided_at < until)
        if filters.queue is not None:
            stmt = stmt.where(Queue.name == filters.queue)
        if filters.reviewer is not None:
            stmt = stmt.where(User.username == filters.reviewer)
        if filters.verdict is not None:
            stmt = stmt.where(Decision.verdict == filters.verdict)
        if count:
            return select(func.count()).select_from(stmt.with_only_columns(Decision.id).subquery())
        return stmt.order_by(Decision.chain, Decision.seq)

    # -- the database's chains ------------------------------------------------------------------

    def verify_database(self, actor: Actor) -> list[ChainCheck]:
        """Check the decisions chain and the audit-event chain; the run itself is audited."""
        audit.require(self.db, self.clock, actor, "verify the audit trail", Role.LEAD, Role.ADMIN)
        checks = [
            ChainCheck("decisions", self.decisions.verify()),
            ChainCheck("audit events", self._verify_audit()),
        ]
        with self.db.write() as session:
            audit.record(
                session,
                self.clock.now(),
                actor.id,
                "audit.verify",
                "database",
                {
                    c.name: {"ok": c.ok, "checked": c.report.checked, "problem": c.report.problem}
                    for c in checks
                },
            )
        return checks

    def _verify_audit(self) -> ledger.ChainReport:
        with self.db.read() as session:
            conn = session.connection().execution_options(yield_per=5000)
            result = conn.execute(
                select(
                    AuditEvent.seq,
                    AuditEvent.at,
                    AuditEvent.actor_id,
                    AuditEvent.action,
                    AuditEvent.subject,
                    AuditEvent.details,
                    AuditEvent.prev_hash,
                    AuditEvent.hash,
                ).order_by(AuditEvent.seq)
            )
            try:
                records = (
                    ({**audit.audit_fields(at, actor_id, action, subject, details), "seq": seq}, prev, digest)
                    for seq, at, actor_id, action, subject, details, prev, digest in result
                )
                return ledger.verify_chain(records, contiguous=True)
            finally:
                result.close()


# -- writing ---------------------------------------------------------------------------------------


def _utc_iso(value: Any) -> str:
    """decided_at as stored (SQLite: text; PostgreSQL: a naive datetime, both UTC) in canonical form."""
    at = datetime.fromisoformat(value) if isinstance(value, str) else value
    return (at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)).isoformat(
        timespec="microseconds"
    )


def _cells(row: Any) -> list[Any]:
    (
        chain,
        seq,
        client_id,
        ref,
        queue,
        reviewer,
        verdict,
        reason,
        note,
        at,
        seconds,
        reveal,
        sup,
        prev,
        digest,
    ) = row
    return [
        chain,
        seq,
        client_id,
        ref,
        queue,
        reviewer,
        verdict,
        reason,
        note,
        _utc_iso(at),
        f"{seconds:.3f}",
        reveal,
        sup or "",
        prev,
        digest,
    ]


# A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"): a note
# typed as =HYPERLINK(...) would run on the lead's machine. Such text cells get a leading quote, as
# OWASP advises; so does text that starts with a quote, so reading strips exactly one and the
# hashed values come back intact (``audit verify FILE`` checks them).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def csv_cell(value: Any) -> Any:
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def csv_value(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def _csv_writer(out: io.TextIOBase | Any) -> Callable[[Any], None]:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)

    def write(row: Any) -> None:
        writer.writerow([csv_cell(cell) for cell in _cells(row)])

    return write


def _jsonl_writer(out: io.TextIOBase | Any) -> Callable[[Any], None]:
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def write(row: Any) -> None:
        out.write(dumps(dict(zip(COLUMNS, _cells(row), strict=True))))
        out.write("\n")

    return write


# -- verifying a file ------------------------------------------------------------------------------


class _Malformed(Exception):
    pass


def _records(path: Path) -> Iterator[tuple[str, dict[str, Any], str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        first = handle.read(1)
        handle.seek(0)
        if first == "{":
            rows: Iterator[Mapping[str, Any]] = (json.loads(line) for line in handle if line.strip())
        else:
            reader = csv.DictReader(handle)
            missing = set(COLUMNS) - set(reader.fieldnames or ()) - {"chain"}  # older files: one chain
            if missing:
                raise _Malformed(f"not a decision export: missing columns {', '.join(sorted(missing))}")
            rows = ({k: csv_value(v) if isinstance(v, str) else v for k, v in r.items()} for r in reader)
        for number, row in enumerate(rows, start=1):
            try:
                fields = decision_fields(
                    client_id=str(row["decision_id"]),
                    external_ref=str(row["item_ref"]),
                    queue=str(row["queue"]),
                    reviewer=str(row["reviewer"]),
                    verdict=str(row["verdict"]),
                    reason=str(row["reason"]),
                    note=str(row["note"]),
                    decided_at=datetime.fromisoformat(str(row["decided_at"])),
                    handling_seconds=float(row["handling_seconds"]),
                    reveal_state=str(row["reveal_state"]),
                    supersedes=str(row["supersedes"]) or None,
                )
                chain = str(row.get("chain") or ledger.DECISIONS)
                yield chain, {**fields, "seq": int(row["seq"])}, str(row["prev_hash"]), str(row["hash"])
            except (KeyError, TypeError, ValueError) as error:
                raise _Malformed(f"record {number} is malformed ({type(error).__name__}: {error})") from None


def verify_file(path: Path, *, partial: bool = False) -> ChainCheck:
    """Check an exported decision log (CSV or JSON Lines) without the database.

    A complete export (the default) must be the whole chain: it starts at seq 1, every record links to
    the one before and its hash matches its content. ``partial`` is for filtered exports: every record's
    hash must match, sequence numbers must increase, and records with consecutive numbers must link;
    records left out by the filter cannot be told from removed ones.
    """
    first_seq = last_seq = None
    last_hash = None

    def tracked(
        group: Iterator[tuple[str, dict[str, Any], str, str]],
    ) -> Iterator[tuple[dict[str, Any], str, str]]:
        nonlocal first_seq, last_seq, last_hash
        for _chain, fields, prev, digest in group:
            if first_seq is None:
                first_seq = fields["seq"]
            yield fields, prev, digest
            last_seq, last_hash = fields["seq"], digest

    def each_chain() -> ledger.ChainReport:
        """The file holds one chain after another (one per queue): each is verified on its own."""
        seen: set[str] = set()
        checked = 0
        for chain, group in itertools.groupby(_records(path), key=lambda record: record[0]):
            if chain in seen:
                return ledger.ChainReport(checked, False, f"chain {chain} appears in two places")
            seen.add(chain)
            records = tracked(group)
            report = (
                ledger.verify_chain(records, contiguous=True) if not partial else _verify_partial(records)
            )
            checked += report.checked
            if not report.ok:
                return ledger.ChainReport(checked, False, f"chain {chain}: {report.problem}")
        return ledger.ChainReport(checked, True)

    try:
        report = each_chain()
    except _Malformed as error:
        report = ledger.ChainReport(0, False, str(error))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        report = ledger.ChainReport(0, False, f"cannot read {path}: {error}")
    return ChainCheck(str(path), report, first_seq, last_seq, last_hash)


def _verify_partial(records: Iterator[tuple[dict[str, Any], str, str]]) -> ledger.ChainReport:
    last_seq, last_hash, count = 0, "", 0
    for fields, prev, stored in records:
        count += 1
        seq = int(fields["seq"])
        label = f"record {count} (seq {seq})"
        if seq <= last_seq:
            return ledger.ChainReport(count, False, f"{label} is out of order: seq {seq} after {last_seq}")
        if seq == last_seq + 1 and count > 1 and prev != last_hash:
            return ledger.ChainReport(count, False, f"{label} does not link to the record before it")
        if seq == 1 and prev != ledger.GENESIS:
            return ledger.ChainReport(count, False, f"{label} does not start the chain")
        if ledger.digest(prev, fields) != stored:
            return ledger.ChainReport(
                count, False, f"{label} was altered: its hash does not match its content"
            )
        last_seq, last_hash = seq, stored
    return ledger.ChainReport(count, True)

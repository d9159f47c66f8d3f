"""Decision-log export for leads, with a signed trailer, and verification of exported files.

The export streams rows from a server-side cursor (``yield_per``) and writes them one by one, so memory
stays flat however many decisions there are. Each row carries exactly the fields the decision's hash
covers (``decisions.decision_fields`` plus ``seq``) and its ``prev_hash`` and ``hash``. The last line
is a trailer signed with the exporter's Ed25519 key over a SHA-256 of every byte above it, the row
count, the filters and each chain's last (seq, hash): a file verifies only as it was written
(docs/signed-log.md). The database's chains are verified by ``workstation.checkpoints``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import aliased

from wellbeing.clock import Clock
from workstation import audit, ledger, signing
from workstation.actor import Actor
from workstation.db import Database
from workstation.decisions import DecisionService, decision_fields
from workstation.errors import ConfigError, InvalidInput, WorkstationError
from workstation.golden import is_copy
from workstation.models import Decision, Item, Queue, Role, User
from workstation.outpaths import check_output_path, commit_beside, temporary_beside

FORMATS = ("csv", "jsonl")
# The documented columns (docs/reports.md, "The decision-log export"), in file order.
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
    "policy_version",  # the policy (SOP) version in force; empty before migration 0015 (not hashed then)
    "prev_hash",
    "hash",
)
# Columns after the hashed ones (docs/signed-log.md, "Columns outside the chain"): the item's import
# time, its SLA due time and whether its decision met it. No decision hash covers them (they are not
# the decision's own fields, and an SLA target may be set after the fact); the signed trailer's digest
# of every byte does, so a file still verifies only as it was written. The verifier reads by name and
# needs only ``COLUMNS``, so files exported before these existed verify as before.
SLA_COLUMNS = ("imported_at", "sla_due_at", "sla_met")
FILE_COLUMNS = COLUMNS + SLA_COLUMNS
Progress = Callable[[int, int], None]
FETCH_ROWS = 10_000  # rows per round trip of the server-side cursor
FLUSH_ROWS = 2_000  # rows formatted in memory before they are hashed and written


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
    key: str = ""  # the fingerprint of the key that signed the trailer


def decision_rows(*leading: Any) -> Any:
    """SELECT of the exported decision columns (``leading`` first), joined as the export and the
    chain walk both read them: the one place that says which fields a decision record carries."""
    superseded = aliased(Decision)
    return (
        select(
            *leading,
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
            Decision.policy_version,
            Decision.prev_hash,
            Decision.hash,
        )
        .join(Item, Item.id == Decision.item_id)
        .join(Queue, Queue.id == Decision.queue_id)
        .join(User, User.id == Decision.user_id)
        .outerjoin(superseded, superseded.id == Decision.supersedes_id)
    )


def with_sla_columns(stmt: Any) -> Any:
    """``stmt`` (a :func:`decision_rows`) with the item's columns the export writes after the hash
    (``SLA_COLUMNS``: not hashed, covered by the signed trailer)."""
    return stmt.add_columns(type_coerce(Item.created_at, String), type_coerce(Item.sla_due_at, String))


class DecisionExports:
    """Streams the decision log to CSV or JSON Lines with a signed trailer. Leads and admins.

    ``key_path``: where the exporting person's private key is (their data folder), used when a call
    gives no ``signer``; a passphrase-protected key must be loaded by the caller (the CLI asks).
    """

    def __init__(
        self, db: Database, clock: Clock, decisions: DecisionService, *, key_path: Path | None = None
    ) -> None:
        self.db = db
        self.clock = clock
        self.decisions = decisions
        self.key_path = key_path

    # -- export ---------------------------------------------------------------------------------

    def export(
        self,
        actor: Actor,
        path: Path,
        fmt: str,
        filters: DecisionFilter | None = None,
        *,
        signer: signing.Signer | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        batch: int = 5000,
    ) -> ExportResult:
        """Write the decisions matching ``filters`` to ``path`` (atomically: a failed or cancelled
        export leaves no file), reporting ``progress(done, total)`` every ``batch`` rows, and end the
        file with a trailer signed by ``signer`` over a digest of everything above it."""
        if fmt not in FORMATS:
            raise InvalidInput(f"export format must be one of {', '.join(FORMATS)}")
        filters = filters or DecisionFilter()
        if filters.start and filters.end and filters.end < filters.start:
            raise InvalidInput(f"the range ends ({filters.end}) before it starts ({filters.start})")
        audit.require(self.db, self.clock, actor, "export decisions", Role.LEAD, Role.ADMIN)
        if signer is None:
            if self.key_path is None:
                raise ConfigError("an export is signed, and no signing key was given")
            try:
                signer = signing.load(self.key_path)
            except signing.PassphraseNeeded:
                raise ConfigError(
                    f"your signing key at {self.key_path} is protected by a passphrase: export with "
                    "'workstation export decisions' on the command line, which asks for it"
                ) from None
        path = check_output_path(path)  # a plain file in an existing folder: never a device or a link
        part = temporary_beside(path)
        rows = 0
        chains: dict[str, list[Any]] = {}  # name -> [first_seq, last_seq, last_hash, rows]
        try:
            with self.db.read() as session, part.open("xb") as raw:
                out = _HashingText(raw)
                buffer = io.StringIO()  # rows are formatted here in C and moved to ``out`` in batches
                total = session.execute(self._query(filters, count=True)).scalar_one()
                write = _csv_writer(buffer) if fmt == "csv" else _jsonl_writer(buffer)
                if progress:
                    progress(0, total)
                conn = session.connection().execution_options(yield_per=FETCH_ROWS)
                result = conn.execute(self._query(filters))
                keys = list(result.keys())
                seq_at, hash_at = keys.index("seq"), keys.index("hash")
                chain_at = keys.index("chain") if "chain" in keys else None
                try:
                    for row in result:
                        write(row)
                        rows += 1
                        if rows % FLUSH_ROWS == 0:
                            out.take(buffer)
                        if rows % batch == 0:
                            if cancel is not None and cancel.is_set():
                                raise ExportCancelled(f"export cancelled after {rows:,} of {total:,} rows")
                            if progress:
                                progress(rows, max(total, rows))
                        name = row[chain_at] if chain_at is not None else ledger.DECISIONS
                        seen = chains.get(name)
                        if seen is None:
                            chains[name] = [row[seq_at], row[seq_at], row[hash_at], 1]
                        else:
                            seen[1], seen[2], seen[3] = row[seq_at], row[hash_at], seen[3] + 1
                finally:
                    result.close()
                out.take(buffer)
                trailer = _trailer(
                    signer,
                    format=fmt,
                    body_sha256=out.sha.hexdigest(),
                    body_bytes=out.size,
                    rows=rows,
                    filters=filters.describe(),
                    chains=[
                        {"chain": n, "first_seq": c[0], "last_seq": c[1], "last_hash": c[2], "rows": c[3]}
                        for n, c in sorted(chains.items())
                    ],
                    exported_at=self.clock.now().isoformat(timespec="seconds"),
                    exported_by=actor.username,
                )
                raw.write(_trailer_line(trailer, fmt))
                raw.flush()
                os.fsync(raw.fileno())  # on disk before it is named done: a full disk fails here
                if progress:
                    progress(rows, max(total, rows))
            commit_beside(part, path)
        finally:
            part.unlink(missing_ok=True)
        first = min((c[0] for c in chains.values()), default=None)
        last = max(chains.values(), key=lambda c: c[1], default=None)
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
                    "first_seq": first,
                    "last_seq": last[1] if last else None,
                    "last_hash": last[2] if last else None,
                    "body_sha256": trailer["body_sha256"],
                    "chains": trailer["chains"],
                    "key": signer.fingerprint,
                    "signature": trailer["signature"],
                },
            )
        return ExportResult(
            path,
            fmt,
            rows,
            filters.complete,
            first,
            last[1] if last else None,
            last[2] if last else None,
            signer.fingerprint,
        )

    def _query(self, filters: DecisionFilter, *, count: bool = False) -> Any:
        # A verdict on a golden copy is a test of a reviewer, not an action on a real item: an export
        # feeds enforcement, so it never carries one (its reference may even be a real one upstream).
        stmt = decision_rows(Decision.chain).where(~is_copy(Decision.item_id))
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
        return with_sla_columns(stmt).order_by(Decision.chain, Decision.seq)


# -- writing ---------------------------------------------------------------------------------------

TRAILER_KIND = "reviewer-workstation decision export"
CSV_TRAILER_MARK = "#signed-trailer"


class _HashingText:
    """Writes text as UTF-8 to a binary file and hashes exactly the bytes written, so the trailer's
    digest covers the file as it is on disk. Fed a buffer of many rows at a time: a Python call per
    row would cost more than the hashing."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.sha = hashlib.sha256()
        self.size = 0

    def take(self, buffer: io.StringIO) -> None:
        data = buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
        self.sha.update(data)
        self.raw.write(data)
        self.size += len(data)


def _trailer(signer: signing.Signer, **fields: Any) -> dict[str, Any]:
    payload = {"trailer": TRAILER_KIND, "version": 1, "key": signer.fingerprint, **fields}
    return {**payload, "signature": signer.sign(signing.canonical_bytes(payload))}


def _trailer_line(trailer: Mapping[str, Any], fmt: str) -> bytes:
    text = json.dumps(trailer, ensure_ascii=False, separators=(",", ":"))
    if fmt == "jsonl":
        return (text + "\n").encode("utf-8")
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([CSV_TRAILER_MARK, text])
    return out.getvalue().encode("utf-8")


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
        policy,
        prev,
        digest,
        imported,
        due,
    ) = row
    met = "" if due is None else ("true" if _utc_iso(at) <= _utc_iso(due) else "false")
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
        policy or "",
        prev,
        digest,
        "" if imported is None else _utc_iso(imported),
        "" if due is None else _utc_iso(due),
        met,
    ]


# A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"): a note
# typed as =HYPERLINK(...) would run on the lead's machine. Such text cells get a leading quote, as
# OWASP advises; so does text that starts with a quote, so reading strips exactly one and the
# hashed values come back intact (``audit verify FILE`` checks them).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


# A cell (joined with NULs) that starts like a formula: only a file edited after export has one.
_UNGUARDED = re.compile("(?:^|\x00)[=+\\-@\t\r]")


def csv_cell(value: Any) -> Any:
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def csv_value(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def _csv_writer(out: io.TextIOBase | Any) -> Callable[[Any], None]:
    # RFC 4180: records end in CRLF, so the writer quotes every cell holding a CR or LF (with "\n"
    # as terminator it left a bare CR unquoted, and a note could add rows to the lead's spreadsheet).
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FILE_COLUMNS)

    def write(row: Any) -> None:
        writer.writerow([csv_cell(cell) for cell in _cells(row)])

    return write


def _jsonl_writer(out: io.TextIOBase | Any) -> Callable[[Any], None]:
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def write(row: Any) -> None:
        out.write(dumps(dict(zip(FILE_COLUMNS, _cells(row), strict=True))))
        out.write("\n")

    return write


# -- verifying a file ------------------------------------------------------------------------------


class _Refused(Exception):
    """One clear sentence on why the file does not verify."""


@dataclass(frozen=True)
class FileCheck:
    """The verdict on an exported file, with what its signed trailer says."""

    name: str
    report: ledger.ChainReport
    trailer: Mapping[str, Any] | None = None
    signed_by: str = ""  # the trusted key's fingerprint

    @property
    def ok(self) -> bool:
        return self.report.ok

    @property
    def chains(self) -> list[Mapping[str, Any]]:
        return list(self.trailer.get("chains", [])) if self.trailer else []


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _Refused(
                f"the key {key!r} appears twice in one JSON record: a viewer shows one value, a "
                "program may read the other, so the file is refused"
            )
        seen[key] = value
    return seen


_strict_json = json.JSONDecoder(object_pairs_hook=_no_duplicates).decode


def _read_trailer(path: Path, handle: BinaryIO) -> tuple[dict[str, Any], int, bool]:
    """The trailer (the file's last line), where it starts, and whether the file is JSON Lines."""
    size = handle.seek(0, os.SEEK_END)
    if size == 0:
        raise _Refused(f"{path.name} is empty")
    handle.seek(0)
    is_jsonl = handle.read(1) == b"{"
    tail_len = min(size, 1 << 16)
    handle.seek(size - tail_len)
    tail = handle.read(tail_len)
    if not tail.endswith(b"\n"):
        raise _Refused(
            f"{path.name} does not end with a complete line: it was cut, or it is not a decision export"
        )
    start = tail.rfind(b"\n", 0, len(tail) - 1) + 1
    if start == 0 and tail_len < size:
        raise _Refused(f"the last line of {path.name} is too long to be a trailer")
    line = tail[start:].decode("utf-8", errors="replace").rstrip("\n")
    offset = size - tail_len + start
    no_trailer = (
        f"{path.name} has no signed trailer (its last line is not one): it was cut short, or not "
        "written by 'workstation export decisions'"
    )
    try:
        if is_jsonl:
            trailer = _strict_json(line)
        else:
            cells = next(csv.reader([line]))
            if len(cells) != 2 or cells[0] != CSV_TRAILER_MARK:
                raise _Refused(no_trailer)
            trailer = _strict_json(cells[1])
    except (ValueError, StopIteration, csv.Error):
        raise _Refused(no_trailer) from None
    if not isinstance(trailer, dict) or trailer.get("trailer") != TRAILER_KIND:
        raise _Refused(no_trailer)
    return trailer, offset, is_jsonl


def _check_signature(trailer: dict[str, Any], trusted: Mapping[str, Ed25519PublicKey]) -> str:
    payload = {k: v for k, v in trailer.items() if k != "signature"}
    key_id = str(payload.get("key", ""))
    key = trusted.get(key_id)
    if key is None:
        raise _Refused(
            f"the trailer is signed with key {key_id or '(none)'}, which is not among the trusted keys "
            "('audit keys list', or give the signer's public key with --trust-key FILE)"
        )
    if not signing.verify(key, signing.canonical_bytes(payload), str(trailer.get("signature", ""))):
        raise _Refused("the trailer's signature is not valid: the trailer was changed after it was signed")
    return key_id


def _lines(handle: BinaryIO, end: int, sha: Any) -> Iterator[str]:
    """The body's lines as text, hashed as read, up to byte ``end`` (where the trailer starts)."""
    handle.seek(0)
    done = 0
    for line in handle:
        if done >= end:
            return
        sha.update(line)
        done += len(line)
        yield line.decode("utf-8")


def _fields(row: Mapping[str, Any], number: int) -> tuple[str, dict[str, Any], str, str]:
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
            # an export made before the column existed has none: those decisions hash without it
            policy_version=str(row.get("policy_version") or "") or None,
        )
        fields["seq"] = int(row["seq"])
        return str(row.get("chain") or ledger.DECISIONS), fields, str(row["prev_hash"]), str(row["hash"])
    except (KeyError, TypeError, ValueError) as error:
        raise _Refused(f"record {number} is malformed ({type(error).__name__}: {error})") from None


def _csv_rows(lines: Iterator[str]) -> Iterator[Mapping[str, Any]]:
    reader = csv.reader(lines)
    header = next(reader, None)
    if header is None:
        raise _Refused("the file has no header line")
    twice = sorted({c for c in header if header.count(c) > 1})
    if twice:
        raise _Refused(
            f"the column {twice[0]!r} appears twice in the header: a spreadsheet shows one, a program "
            "may read the other, so the file is refused"
        )
    missing = set(COLUMNS) - set(header)
    if missing:
        raise _Refused(f"not a decision export: missing columns {', '.join(sorted(missing))}")
    width = len(header)
    for number, cells in enumerate(reader, start=1):
        if len(cells) != width:
            raise _Refused(f"record {number} has {len(cells)} cells where the header has {width}")
        if _UNGUARDED.search("\x00".join(cells)):  # one C-level scan, not a loop per cell
            for name, cell in zip(header, cells, strict=True):  # (a NUL inside a cell can match too)
                if cell.startswith(_FORMULA_START[:-1]):
                    raise _Refused(
                        f"record {number}: the {name} cell starts with {cell[0]!r} without the guard "
                        "quote, so a spreadsheet would run it as a formula"
                    )
        yield {name: csv_value(cell) for name, cell in zip(header, cells, strict=True)}


def _jsonl_rows(lines: Iterator[str]) -> Iterator[Mapping[str, Any]]:
    for number, line in enumerate(lines, start=1):
        try:
            row = _strict_json(line)
        except ValueError as error:
            raise _Refused(f"record {number} is not JSON ({error})") from None
        if not isinstance(row, dict):
            raise _Refused(f"record {number} is not a JSON object")
        yield row


@dataclass
class _ChainState:
    first_seq: int
    last_seq: int = 0
    last_hash: str = ""
    rows: int = 0


def _check_records(
    records: Iterator[Mapping[str, Any]], complete: bool
) -> tuple[int, dict[str, _ChainState]]:
    """Every record's hash and, per chain, order and links: a complete export is each chain whole
    from seq 1; a filtered one links records with consecutive numbers."""
    chains: dict[str, _ChainState] = {}
    count = 0
    for row in records:
        count += 1
        name, fields, prev, stored = _fields(row, count)
        seq = fields["seq"]
        label = f"record {count} (seq {seq}{'' if name == ledger.DECISIONS else ' of ' + name})"
        state = chains.get(name)
        if state is None:
            state = chains[name] = _ChainState(first_seq=seq)
            if complete and seq != 1:
                raise _Refused(f"{label}: records 1..{seq - 1} are missing")
        elif seq <= state.last_seq:
            raise _Refused(f"{label} is out of order: seq {seq} after {state.last_seq}")
        elif complete and seq != state.last_seq + 1:
            raise _Refused(f"{label}: records {state.last_seq + 1}..{seq - 1} are missing")
        linked = state.rows > 0 and seq == state.last_seq + 1
        if (linked and prev != state.last_hash) or (seq == 1 and prev != ledger.GENESIS):
            raise _Refused(f"{label} does not link to the record before it")
        if ledger.digest(prev, fields) != stored:
            raise _Refused(f"{label} was altered: its hash does not match its content")
        state.last_seq, state.last_hash, state.rows = seq, stored, state.rows + 1
    return count, chains


def verify_file(path: Path, trusted: Mapping[str, Ed25519PublicKey]) -> FileCheck:
    """Check an exported decision log (CSV or JSON Lines) without the database.

    It verifies only when its trailer is signed by one of ``trusted`` (fingerprint -> key), the
    digest the trailer signed is that of every byte above it, every record's hash matches its
    content, chains are in order and linked (whole from seq 1 when the export was not filtered), and
    each chain's last record, and the row count, are the ones the trailer names.
    """
    trailer: dict[str, Any] | None = None
    try:
        with path.open("rb") as handle:
            trailer, end, is_jsonl = _read_trailer(path, handle)
            key_id = _check_signature(trailer, trusted)
            if trailer.get("format") != ("jsonl" if is_jsonl else "csv"):
                raise _Refused(f"the trailer says {trailer.get('format')}, but the file is not")
            sha = hashlib.sha256()
            lines = _lines(handle, end, sha)
            rows = _jsonl_rows(lines) if is_jsonl else _csv_rows(lines)
            count, chains = _check_records(rows, complete=not trailer.get("filters"))
            for _ in lines:  # a record check that stopped early still hashes the whole body
                pass
        if sha.hexdigest() != trailer.get("body_sha256"):
            raise _Refused(
                "the file's content is not what its trailer signed: rows were edited, added, removed or "
                "reordered after the export"
            )
        if count != trailer.get("rows"):
            raise _Refused(f"the file holds {count:,} records but its trailer signed {trailer.get('rows')}")
        found = [
            {
                "chain": n,
                "first_seq": c.first_seq,
                "last_seq": c.last_seq,
                "last_hash": c.last_hash,
                "rows": c.rows,
            }
            for n, c in sorted(chains.items())
        ]
        if found != trailer.get("chains"):
            raise _Refused("the file's last records do not match the ones its trailer signed")
        return FileCheck(str(path), ledger.ChainReport(count, True), trailer, key_id)
    except _Refused as refusal:
        return FileCheck(str(path), ledger.ChainReport(0, False, str(refusal)), trailer)
    except UnicodeDecodeError:
        return FileCheck(str(path), ledger.ChainReport(0, False, f"{path.name} is not UTF-8 text"), trailer)
    except OSError as error:
        return FileCheck(
            str(path), ledger.ChainReport(0, False, f"cannot read {path}: {error.strerror or error}"), trailer
        )

"""Hash chains for decisions and audit events, so an export or the database itself can be verified.

Each record's hash is ``sha256(prev_hash + "\\n" + canonical JSON of its fields)``; the chain head
row is locked while appending, so concurrent workstations chain in one order. Editing, removing or
reordering any record breaks a link that ``verify_chain`` names.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from workstation.models import LedgerHead

GENESIS = "0" * 64
DECISIONS = "decisions"
AUDIT = "audit"


def canonical(value: Any) -> Any:
    """A stable text form: datetimes in UTC ISO with microseconds, floats with 3 decimals."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, Mapping):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    return value


def digest(prev_hash: str, fields: Mapping[str, Any]) -> str:
    body = json.dumps(canonical(fields), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


@dataclass(frozen=True)
class Link:
    seq: int
    prev_hash: str
    hash: str


def append(db: Session | Connection, chain: str, fields: Mapping[str, Any]) -> Link:
    """Reserve the next position of ``chain`` and hash ``fields`` (which must include ``seq``).

    Call it last in the transaction: the head stays locked until commit, and every workstation's
    next decision waits for it. Two Core statements, as it runs for every decision.
    """
    conn = db.connection() if isinstance(db, Session) else db
    head = conn.execute(
        select(LedgerHead.seq, LedgerHead.hash).where(LedgerHead.name == chain).with_for_update()
    ).one()
    seq = head.seq + 1
    link = Link(seq=seq, prev_hash=head.hash, hash=digest(head.hash, {**fields, "seq": seq}))
    conn.execute(update(LedgerHead).where(LedgerHead.name == chain).values(seq=seq, hash=link.hash))
    return link


@dataclass(frozen=True)
class ChainReport:
    checked: int
    ok: bool
    problem: str = ""


def verify_chain(records: Iterable[tuple[Mapping[str, Any], str, str]], *, contiguous: bool) -> ChainReport:
    """Check ``(fields, prev_hash, hash)`` records in order; name the first broken link.

    ``contiguous`` demands each record follow the previous one directly (a whole chain); a filtered
    export is checked record by record and for increasing sequence numbers instead.
    """
    expected_prev: str | None = GENESIS if contiguous else None
    last_seq = 0
    count = 0
    for fields, prev_hash, stored in records:
        count += 1
        seq = int(fields["seq"])
        label = f"record {count} (seq {seq})"
        if seq <= last_seq:
            return ChainReport(count, False, f"{label} is out of order: seq {seq} after {last_seq}")
        if contiguous and seq != last_seq + 1:
            return ChainReport(count, False, f"{label}: records {last_seq + 1}..{seq - 1} are missing")
        if expected_prev is not None and prev_hash != expected_prev:
            return ChainReport(count, False, f"{label} does not link to the record before it")
        if digest(prev_hash, fields) != stored:
            return ChainReport(count, False, f"{label} was altered: its hash does not match its content")
        expected_prev = stored
        last_seq = seq
    return ChainReport(count, True)

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

from sqlalchemy import Connection, LargeBinary, Text, Update, bindparam, cast, func, select, update
from sqlalchemy.orm import Session

from workstation.models import LedgerHead

GENESIS = "0" * 64
DECISIONS = "decisions"  # the legacy chain: every decision recorded before migration 0005
AUDIT = "audit"


def decision_chain(queue_id: int) -> str:
    """The chain a queue's decisions go on (migration 0005): decisions of different queues never wait
    on one chain head's lock."""
    return f"{DECISIONS}/{queue_id}"


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


def _body(fields: Mapping[str, Any]) -> str:
    return json.dumps(canonical(fields), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest(prev_hash: str, fields: Mapping[str, Any]) -> str:
    return hashlib.sha256(f"{prev_hash}\n{_body(fields)}".encode()).hexdigest()


_SEQ_MARK = '"seq":-1'  # a quote inside a JSON string is escaped, so only the key itself matches


def body_around_seq(fields: Mapping[str, Any]) -> tuple[bytes, bytes]:
    """The UTF-8 body of ``fields`` plus ``seq``, split where the digits of ``seq`` go, so the
    database can hash a link whose position it alone decides (``ADVANCE_HEAD``)."""
    if "seq" in fields:
        raise ValueError("chained fields must not carry their own seq")
    before, mark, after = _body({**fields, "seq": -1}).partition(_SEQ_MARK)
    assert mark and _SEQ_MARK not in after, "a JSON key can only appear once"
    return (before + '"seq":').encode(), after.encode()


def _advance_head() -> Update:
    def utf8(text: Any) -> Any:
        return func.convert_to(text, "UTF8", type_=LargeBinary)

    def join(*parts: Any) -> Any:
        out = parts[0]
        for part in parts[1:]:
            out = out.op("||", return_type=LargeBinary)(part)
        return out

    message = join(
        utf8(LedgerHead.hash.concat("\n")),
        bindparam("h_prefix", type_=LargeBinary),
        utf8(cast(LedgerHead.seq + 1, Text)),
        bindparam("h_suffix", type_=LargeBinary),
    )
    return (
        update(LedgerHead)
        .where(LedgerHead.name == bindparam("h_chain"))
        .values(
            prev_hash=LedgerHead.hash,  # every SET expression reads the row as it was
            seq=LedgerHead.seq + 1,
            hash=func.encode(func.sha256(message, type_=LargeBinary), "hex"),
        )
        .returning(LedgerHead.seq, LedgerHead.prev_hash, LedgerHead.hash)
    )


ADVANCE_HEAD = _advance_head()
"""PostgreSQL: reserve the next link of a chain and hash it in one statement (``head_params``).

``UPDATE .. RETURNING seq, prev_hash, hash``: the row lock is taken and used by one statement, so a
decision's INSERT fed from it leaves the head locked for that statement and the commit only. The
hash is the one ``digest`` computes (``sha256`` is built into PostgreSQL 11 and later).
"""


def head_params(chain: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters of ``ADVANCE_HEAD`` that chain ``fields`` onto ``chain``."""
    prefix, suffix = body_around_seq(fields)
    return {"h_chain": chain, "h_prefix": prefix, "h_suffix": suffix}


@dataclass(frozen=True)
class Link:
    seq: int
    prev_hash: str
    hash: str


# The two statements of ``append``, built once: building them per call cost more CPU than running
# them on SQLite (the demo's 4,000 history decisions, docs/install.md).
_READ_HEAD = (
    select(LedgerHead.seq, LedgerHead.hash).where(LedgerHead.name == bindparam("h_chain")).with_for_update()
)
_WRITE_HEAD = (
    update(LedgerHead)
    .where(LedgerHead.name == bindparam("h_chain"))
    .values(seq=bindparam("h_seq"), hash=bindparam("h_hash"), prev_hash=bindparam("h_prev"))
)


def append(db: Session | Connection, chain: str, fields: Mapping[str, Any]) -> Link:
    """Reserve the next position of ``chain`` and hash ``fields`` (which must include ``seq``).

    Call it last in the transaction: the head stays locked until commit, and every workstation's
    next decision waits for it. Two prebuilt Core statements, as it runs for every decision.
    """
    conn = db.connection() if isinstance(db, Session) else db
    head = conn.execute(_READ_HEAD, {"h_chain": chain}).one()
    seq = head.seq + 1
    link = Link(seq=seq, prev_hash=head.hash, hash=digest(head.hash, {**fields, "seq": seq}))
    conn.execute(_WRITE_HEAD, {"h_chain": chain, "h_seq": seq, "h_hash": link.hash, "h_prev": link.prev_hash})
    return link


def append_many(conn: Connection, chain: str, records: Iterable[Mapping[str, Any]]) -> list[Link]:
    """``append`` for many records in order: the head is read and written once, the links between
    are computed here, each exactly as ``append`` would (the demo's history, docs/install.md)."""
    head = conn.execute(_READ_HEAD, {"h_chain": chain}).one()
    seq, prev = head.seq, head.hash
    links = []
    for fields in records:
        seq += 1
        link = Link(seq=seq, prev_hash=prev, hash=digest(prev, {**fields, "seq": seq}))
        links.append(link)
        prev = link.hash
    if links:
        last = links[-1]
        conn.execute(
            _WRITE_HEAD, {"h_chain": chain, "h_seq": last.seq, "h_hash": last.hash, "h_prev": last.prev_hash}
        )
    return links


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

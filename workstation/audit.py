"""Audit events: reveals, exports, report runs, role changes and refusals, hash-chained."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Integer, String, text
from sqlalchemy.orm import Session

from wellbeing.clock import Clock
from workstation import ledger, pgfunc
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import DatabaseUnavailable, InvalidInput, PermissionDenied
from workstation.models import AuditEvent, Role, UTCDateTime

log = logging.getLogger(__name__)


def audit_fields(
    at: datetime, actor_id: int | None, action: str, subject: str, details: Mapping[str, Any]
) -> dict[str, Any]:
    """The fields an audit event's hash covers (the verifier rebuilds them from rows)."""
    return {"at": at, "actor_id": actor_id, "action": action, "subject": subject, "details": dict(details)}


def record(
    session: Session,
    at: datetime,
    actor_id: int | None,
    action: str,
    subject: str = "",
    details: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Append an audit event in the caller's transaction, so it commits with what it describes.

    On PostgreSQL the database writes and hashes it (``ws_audit``, migration 0005), crediting the
    session's person (an owner connection may name anyone); the details are stored in canonical form
    (floats and times as the text the hash covers).
    """
    if session.get_bind().dialect.name == "postgresql":
        return _record_pg(session, at, actor_id, action, subject, details or {})
    fields = audit_fields(at, actor_id, action, subject, details or {})
    link = ledger.append(session, ledger.AUDIT, fields)
    event = AuditEvent(
        seq=link.seq,
        at=at,
        actor_id=actor_id,
        action=action,
        subject=subject,
        details=dict(details or {}),
        prev_hash=link.prev_hash,
        hash=link.hash,
    )
    session.add(event)
    return event


_PG_AUDIT = text(
    "SELECT o_id, o_seq, o_prev, o_hash, o_at FROM ws_audit(CAST(:p_actor AS integer), "
    "CAST(:p_at AS timestamp), CAST(:p_action AS text), CAST(:p_subject AS text), CAST(:p_details AS jsonb))"
).columns(o_id=Integer, o_seq=Integer, o_prev=String, o_hash=String, o_at=UTCDateTime())


def _record_pg(
    session: Session,
    at: datetime,
    actor_id: int | None,
    action: str,
    subject: str,
    details: Mapping[str, Any],
) -> AuditEvent:
    session.flush()  # what the event describes is written first
    stored = ledger.canonical(dict(details))
    row = pgfunc.call(
        session.connection(),
        _PG_AUDIT,
        {
            "p_actor": actor_id,
            "p_at": at.astimezone(UTC).replace(tzinfo=None),
            "p_action": action,
            "p_subject": subject,
            "p_details": json.dumps(stored),
        },
    ).one()
    # Not added to the session: the row exists already; this is what was written.
    return AuditEvent(
        id=row.o_id,
        seq=row.o_seq,
        at=row.o_at,
        actor_id=actor_id,
        action=action,
        subject=subject,
        details=stored,
        prev_hash=row.o_prev,
        hash=row.o_hash,
    )


def require(db: Database, clock: Clock, actor: Actor, action: str, *roles: Role) -> None:
    """Refuse (and audit the refusal in its own transaction) unless the actor holds one of ``roles``."""
    if actor.has(*roles):
        return
    needed = " or ".join(r.value for r in roles)
    record_refusal(db, clock, actor, action, {"needed": [r.value for r in roles]})
    raise PermissionDenied(f"{actor.username} may not {action}: that needs the {needed} role")


def record_refusal(
    db: Database,
    clock: Clock,
    actor: Actor | None,
    action: str,
    details: Mapping[str, Any] | None = None,
    *,
    account: str = "",
) -> None:
    """Audit a refusal in its own transaction (the refused work rolled back; the refusal stays).

    ``actor`` None: the caller is not a user who may sign in (an unknown or deactivated account,
    named by ``account``). Best effort when the database is unreachable: the refusal itself is still
    raised by the caller.
    """
    who = actor.username if actor is not None else account
    fields = dict(details or {})
    if actor is None:
        fields["account"] = account

    def write(session: Session) -> AuditEvent:
        return record(session, clock.now(), actor.id if actor else None, "refused", action, fields)

    try:
        db.run_write(write)
    except DatabaseUnavailable as error:
        log.warning("could not audit a refusal of %s to %s: %s", action, who, error)
    log.info("refused %s to %s", action, who)


class AuditService:
    """Audit events the window records through a Qt-free call (reveals of media)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def record_reveal(self, actor: Actor, item_id: int, kind: str, seconds: float | None = None) -> None:
        """A reviewer deliberately showed an item below their filter defaults (``kind``: how, e.g.
        "full", "spotlight", "lowered filter"; ``seconds``: for how long).

        Decision-quality data, not wellbeing data: it tells a lead how closely an item was looked at
        before it was decided. Exposure (wellbeing data) is measured separately by the exposure meter.
        """
        require(self.db, self.clock, actor, "reveal media", Role.REVIEWER)
        if not kind or len(kind) > 40:
            raise InvalidInput("a reveal kind is a short non-empty name such as 'full' or 'spotlight'")
        if seconds is not None and not 0 <= seconds < 86400:
            raise InvalidInput(f"a reveal lasts between 0 s and a day, not {seconds} s")
        details: dict[str, Any] = {"item_id": item_id, "kind": kind}
        if seconds is not None:
            details["seconds"] = round(seconds, 1)
        with self.db.write() as session:
            record(session, self.clock.now(), actor.id, "reveal", f"item {item_id}", details)

"""Starting while the database cannot be reached (docs/operations.md, "Starting offline").

The outbox exists so that nothing is lost while the database is away; a reviewer who starts the app
then must at least see that their decisions are safe. This module reads what waits in the outbox of
one database **without connecting to it** (the outbox is a local file keyed by the database's identity)
and tells whether the server answers again. The window (ui/offline_start.py) shows the first and polls
the second; when the server answers, the normal start (sign-in, the window) continues.

Privacy: decisions are listed only for the person signing in (the URL's login, else the OS account),
other people's entries are only counted, and exposure records (wellbeing data) only counted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from workstation import config, credentials
from workstation.db import Database
from workstation.errors import DatabaseUnavailable
from workstation.outbox import (
    CONFLICT,
    DECISION,
    PENDING,
    Outbox,
    database_identity,
    entry_owner,
    outbox_path_for,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WaitingDecision:
    """One of the person's decisions that waits to be sent (what the window lists)."""

    verdict: str
    reason: str
    decided_at: datetime | None
    saved_at: datetime
    conflict: str | None  # why the database refused it, when it did


@dataclass(frozen=True)
class WaitingWork:
    """What the outbox of one database holds, as far as this person may see it."""

    person: str
    decisions: list[WaitingDecision]
    others: int  # entries of other people of this workstation, or of no known owner (counted only)
    exposure_records: int  # the person's exposure records waiting (wellbeing data: a count only)
    path: Path | None  # the outbox file; None when there is none yet


def person_of(url: str, account: str) -> str:
    """Who is signing in: the PostgreSQL login the URL names, else the operating-system account
    (the same rule as sign-in: docs/threat-model.md)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" and parsed.username:
        return parsed.username
    return account


def waiting_work(url: str, account: str, *, data_dir: Path | None = None) -> WaitingWork:
    """Read the outbox kept for ``url``'s database (no connection is made)."""
    person = person_of(url, account)
    path = outbox_path_for(data_dir or config.data_dir(), database_identity(url))
    if not path.exists():
        return WaitingWork(person, [], 0, 0, None)
    with Outbox(path) as outbox:
        entries = [e for e in outbox.pending() + outbox.conflicts() if e.state in (PENDING, CONFLICT)]
    # Exposure records name a user id, not a name: the person's id is learnt from their decisions.
    my_ids = {
        entry_owner(e.payload)
        for e in entries
        if e.kind == DECISION and _actor_name(e.payload) == person and entry_owner(e.payload) is not None
    }
    mine: list[WaitingDecision] = []
    others = spans = 0
    for entry in entries:
        if entry.kind != DECISION:
            if entry_owner(entry.payload) in my_ids:
                spans += 1
            else:
                others += 1
            continue
        if _actor_name(entry.payload) != person:
            others += 1
            continue
        request = entry.payload.get("request", {})
        decided = request.get("decided_at") if isinstance(request, dict) else None
        mine.append(
            WaitingDecision(
                verdict=str(request.get("verdict", "")),
                reason=str(request.get("reason", "")),
                decided_at=_moment(decided),
                saved_at=entry.created_at,
                conflict=entry.conflict_reason if entry.state == CONFLICT else None,
            )
        )
    return WaitingWork(person, mine, others, spans, path)


def _actor_name(payload: dict[str, object]) -> str | None:
    actor = payload.get("actor")
    if isinstance(actor, dict) and isinstance(actor.get("username"), str):
        return str(actor["username"])
    return None


def _moment(value: object) -> datetime | None:
    """A stored ISO time; a damaged one is shown as unknown rather than stopping the list."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def server_answers(url: str) -> bool:
    """Whether the database answers again. A server that asks for a password answers: the normal
    sign-in (which may prompt) takes over from here. Never prompts, never raises."""
    db = Database(url)
    try:
        db.ping()
        return True
    except DatabaseUnavailable as error:
        if credentials.needs_password(error):
            return True
        log.info("the database still does not answer: %s", error)
        return False
    finally:
        db.dispose()

"""The local outbox: work that could not reach the shared database waits here and is replayed.

A decision (or an exposure span, or any other record with a client-made id) that cannot be written
because the database is unreachable is committed to a small SQLite file in the workstation's data
folder *before* the reviewer is told it was saved, and replayed in the order it was made when the
connection returns, also after the app was closed or killed. Replays are idempotent: each record
carries the client id it was made with, and the services record a client id once.

A replay the database refuses for a reason of the domain (the lease was lost and someone else
decided the item, the claim is gone) is not dropped: it stays in the outbox as a *conflict* with the
reason, is listed for the reviewer, and is written to the audit log as ``offline_conflict`` so the
lead sees it too.

Only the signed-in person's own work is replayed (docs/architecture.md, invariant 7): an entry is
sent under the identity that signed in on this run (:meth:`OutboxSync.sign_in`), never under
the actor id or roles its payload names, which anyone who can edit the file could change. Entries
another person made (the demo lets several people use one database from one account) stay queued
until that person signs in, and are counted in :attr:`SyncResult.others`.

Qt-free: the window's scheduler calls :meth:`OutboxSync.sync` every few seconds and shows
:meth:`OutboxSync.pending_count`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from wellbeing.clock import Clock
from workstation import audit, failures
from workstation.actor import Actor
from workstation.db import Database
from workstation.decisions import DecisionRecord, DecisionRequest, DecisionService
from workstation.errors import DatabaseUnavailable, InvalidInput, PermissionDenied, WorkstationError

log = logging.getLogger(__name__)

PENDING, SENT, CONFLICT = "pending", "sent", "conflict"
DECISION = "decision"
SENT_KEPT = timedelta(days=7)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    client_id TEXT NOT NULL UNIQUE,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'conflict')),
    last_error TEXT,
    conflict_reason TEXT,
    conflict_reported INTEGER NOT NULL DEFAULT 0,
    sent_at TEXT
);
CREATE INDEX IF NOT EXISTS ix_outbox_state_id ON outbox (state, id);
"""


_LOOPBACK = {"", "localhost", "127.0.0.1", "::1", "[::1]", "localhost.localdomain"}


def database_identity(url: str) -> str:
    """What makes two URLs the same database, without secrets: the outbox is keyed by it.

    The URL's text is not: ``127.0.0.1:15433`` and ``localhost:15433``, or the same URL with
    ``?sslmode=disable``, name one database, and decisions queued under one spelling were stranded
    under the other. PostgreSQL: server (loopback names folded into one, case ignored), port (5432
    when unnamed) and database name; connection options do not count. SQLite: the file's resolved
    path. The person is not part of it: each entry names who made it, and only that person's
    sign-in replays it (``OutboxSync.sign_in``).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ":memory:"
        if database != ":memory:":
            database = str(Path(database).expanduser().resolve())
        return f"sqlite:{database}"
    query_host = parsed.query.get("host")
    host = (parsed.host or (query_host if isinstance(query_host, str) else "") or "").lower()
    host = "localhost" if host in _LOOPBACK or host.startswith("/") else host
    return f"postgresql://{host}:{parsed.port or 5432}/{parsed.database or ''}"


def outbox_path_for(data_dir: Path, identity: str) -> Path:
    """One outbox per database (``database_identity``): entries made against one database never
    replay into another (the demo and the real one live side by side in the same data folder)."""
    tag = hashlib.sha256(identity.encode()).hexdigest()[:12]
    return data_dir / f"outbox-{tag}.db"


def adopt_legacy_outbox(data_dir: Path, url_redacted: str, path: Path) -> None:
    """Rename the outbox an earlier version kept under this URL's text to ``path`` (once).

    Earlier versions named the file after the redacted URL text; only the spelling in use now can be
    found again, so a workstation that changes spelling after upgrading keeps its file too.
    """
    legacy = data_dir / f"outbox-{hashlib.sha256(url_redacted.encode()).hexdigest()[:12]}.db"
    if legacy == path or not legacy.exists() or path.exists():
        return
    for suffix in ("", "-wal", "-shm"):
        old = legacy.with_name(legacy.name + suffix)
        if old.exists():
            old.rename(path.with_name(path.name + suffix))
    log.info("outbox %s adopted as %s", legacy.name, path.name)


@dataclass(frozen=True)
class Entry:
    """One operation in the outbox."""

    id: int
    kind: str
    client_id: str
    payload: dict[str, Any]
    created_at: datetime
    attempts: int
    state: str
    last_error: str | None
    conflict_reason: str | None


class Outbox:
    """A small SQLite file (WAL, ``synchronous=FULL``: a put survives a power cut once it returns).

    Thread-safe; the connection opens on first use, so building one costs nothing.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()

    # -- connection -----------------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._connect()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA busy_timeout=30000")
            conn.executescript(_SCHEMA)
            self._conn = conn
        return self._conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------------

    def put(
        self, kind: str, client_id: str, payload: Mapping[str, Any], *, now: datetime | None = None
    ) -> int:
        """Store an operation durably (idempotent on ``client_id``); returns its outbox id."""
        body = json.dumps(dict(payload), sort_keys=True, default=_json_default)
        stamp = (now or datetime.now(UTC)).isoformat()
        with self._tx() as conn:
            row = conn.execute("SELECT id, kind FROM outbox WHERE client_id = ?", (client_id,)).fetchone()
            if row is not None:
                if row[1] != kind:
                    raise ValueError(f"client id {client_id} is already in the outbox as a {row[1]}")
                return int(row[0])
            cur = conn.execute(
                "INSERT INTO outbox (kind, client_id, payload, created_at) VALUES (?, ?, ?, ?)",
                (kind, client_id, body, stamp),
            )
            return int(cur.lastrowid or 0)

    def mark_sent(self, entry_id: int, *, now: datetime | None = None) -> None:
        with self._tx() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL "
                "WHERE id = ?",
                ((now or datetime.now(UTC)).isoformat(), entry_id),
            )

    def mark_failed_attempt(self, entry_id: int, error: str) -> None:
        with self._tx() as conn:
            conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?", (error, entry_id)
            )

    def mark_conflict(self, entry_id: int, reason: str) -> None:
        with self._tx() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'conflict', conflict_reason = ?, attempts = attempts + 1 "
                "WHERE id = ?",
                (reason, entry_id),
            )

    def prune_sent(self, older_than: datetime) -> int:
        """Forget operations sent before ``older_than`` (pending and conflicts are never pruned)."""
        with self._tx() as conn:
            cur = conn.execute(
                "DELETE FROM outbox WHERE state = 'sent' AND sent_at < ?", (older_than.isoformat(),)
            )
            return cur.rowcount

    def mark_conflict_reported(self, entry_id: int) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE outbox SET conflict_reported = 1 WHERE id = ?", (entry_id,))

    # -- reading --------------------------------------------------------------------------------

    def _select(self, where: str, params: tuple[Any, ...] = ()) -> list[Entry]:
        with self._lock:
            rows = self._connect().execute(
                "SELECT id, kind, client_id, payload, created_at, attempts, state, last_error, "
                f"conflict_reason FROM outbox WHERE {where} ORDER BY id",
                params,
            )
            return [
                Entry(
                    id=r[0],
                    kind=r[1],
                    client_id=r[2],
                    payload=json.loads(r[3]),
                    created_at=datetime.fromisoformat(r[4]),
                    attempts=r[5],
                    state=r[6],
                    last_error=r[7],
                    conflict_reason=r[8],
                )
                for r in rows
            ]

    def pending(self) -> list[Entry]:
        """Operations still to send, oldest first."""
        return self._select("state = 'pending'")

    def pending_count(self) -> int:
        with self._lock:
            row = self._connect().execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()
            return int(row[0])

    def conflicts(self) -> list[Entry]:
        return self._select("state = 'conflict'")

    def unreported_conflicts(self) -> list[Entry]:
        return self._select("state = 'conflict' AND conflict_reported = 0")

    def get(self, client_id: str) -> Entry | None:
        found = self._select("client_id = ?", (client_id,))
        return found[0] if found else None


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


# -- replay ------------------------------------------------------------------------------------

Replayer = Callable[[Mapping[str, Any]], object]
"""Sends one stored payload to the database. Must be idempotent on the payload's client id. Raises
:class:`DatabaseUnavailable` to retry later, any other :class:`WorkstationError` for a conflict."""


@dataclass
class SyncResult:
    sent: int = 0
    conflicts: list[Entry] = field(default_factory=list)
    pending: int = 0
    offline: bool = False
    error: str | None = None  # why the sync stopped (the database is unreachable), in plain words
    others: int = 0  # entries another person made: kept until they sign in, never sent as us


@dataclass(frozen=True)
class DecideResult:
    """What ``OutboxSync.decide`` did: saved in the database (``record``) or queued locally."""

    client_id: str
    record: DecisionRecord | None
    queued_reason: str | None = None

    @property
    def queued(self) -> bool:
        return self.record is None

    @property
    def message(self) -> str:
        if self.record is not None:
            return "saved"
        return f"saved on this workstation; it will be sent when the database is back ({self.queued_reason})"


def actor_to_json(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "username": actor.username,
        "display_name": actor.display_name,
        "roles": sorted(r.value for r in actor.roles),
        "team_id": actor.team_id,
    }


def entry_owner(payload: Mapping[str, Any]) -> int | None:
    """The user id an entry says made it (``actor.id`` of a decision, ``user_id`` of other kinds).

    Only used to decide *whether* the signed-in person may send it: a forged owner can only keep an
    entry from being sent, never send it as someone else."""
    actor = payload.get("actor")
    raw = actor.get("id") if isinstance(actor, Mapping) else payload.get("user_id")
    try:
        return int(raw) if raw is not None and not isinstance(raw, bool) else None
    except (TypeError, ValueError):
        return None


def request_to_json(request: DecisionRequest) -> dict[str, Any]:
    data = dataclasses.asdict(request)
    data["decided_at"] = request.decided_at.isoformat() if request.decided_at else None
    return data


def request_from_json(data: Mapping[str, Any]) -> DecisionRequest:
    fields = dict(data)
    if fields.get("decided_at"):
        fields["decided_at"] = datetime.fromisoformat(fields["decided_at"])
    return DecisionRequest(**fields)


class OutboxSync:
    """Every write that must survive a database outage goes through here and the local
    :class:`Outbox`: decisions (``decide``) and any registered kind, such as exposure spans. It was
    called ``OutboxSync``; it sends more than decisions. ``decide`` never loses an
    acknowledged decision:

    - Database reachable and nothing waiting: the decision is written directly (``result.record``).
    - Database unreachable: the request (with the time the reviewer decided) is committed to the
      outbox and a queued result returned; the window says "saved on this workstation".
    - Something waiting: the new decision joins the end of the outbox and the outbox is sent in
      order, so the shared log keeps the order in which decisions were made.

    Other kinds (exposure spans) use :meth:`register` and :meth:`send_or_queue`.
    """

    def __init__(
        self,
        decisions: DecisionService,
        outbox: Outbox,
        *,
        db: Database | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.decisions = decisions
        self.outbox = outbox
        self.db = db or decisions.db
        self.clock = clock or decisions.clock
        self._replayers: dict[str, Replayer] = {}
        self._sync_lock = threading.Lock()
        self._signed_in: Actor | None = None
        self.register(DECISION, self._replay_decision)

    def sign_in(self, actor: Actor) -> None:
        """The person whose work this run replays: the identity authentication established."""
        self._signed_in = actor

    def _mine(self, entry: Entry) -> bool:
        return self._signed_in is not None and entry_owner(entry.payload) == self._signed_in.id

    # -- the generic hook -----------------------------------------------------------------------

    def register(self, kind: str, replayer: Replayer) -> None:
        """Teach the outbox to send ``kind`` (e.g. ``"exposure_spans"``)."""
        self._replayers[kind] = replayer

    def send_or_queue(self, kind: str, client_id: str, payload: Mapping[str, Any]) -> bool:
        """Send now through the registered replayer, or store for later. True when sent now.

        Raises the replayer's domain error (a refusal) directly: only unreachability is queued.
        """
        if kind not in self._replayers:
            raise KeyError(f"no replayer registered for {kind!r}")
        if entry_owner(payload) is None:
            raise ValueError("an outbox payload names the user who made it (user_id)")
        if self.pending_count() == 0:
            try:
                self._replayers[kind](payload)
                return True
            except DatabaseUnavailable as error:
                self.outbox.put(kind, client_id, payload, now=self.clock.now())
                log.info("queued %s %s in the outbox: %s", kind, client_id, error)
                return False
        self.outbox.put(kind, client_id, payload, now=self.clock.now())
        self.sync()
        entry = self.outbox.get(client_id)
        if entry is not None and entry.state == CONFLICT:
            raise OfflineConflict(entry.conflict_reason or "refused")
        return entry is not None and entry.state == SENT

    # -- decisions ------------------------------------------------------------------------------

    def decide(self, actor: Actor, request: DecisionRequest) -> DecideResult:
        """Same as ``DecisionService.decide``, but an unreachable database queues the decision.

        Refusals of the domain (permission, invalid verdict, lease lost) are raised as before.
        """
        if self._signed_in is None or self._signed_in.id != actor.id:
            # The caller's actor comes from sign-in in this process; the one who decides is the one
            # whose waiting work may be replayed, never an actor read back from the file.
            self.sign_in(actor)
        if request.decided_at is None:
            request = dataclasses.replace(request, decided_at=self.clock.now())
        waiting = self.pending_count()  # one local query on the usual, online path
        mine_waits = waiting and request.claim_id in self.waiting_claims()
        if mine_waits and self.outbox.get(request.client_id) is None:
            # The claim stays open in the database until its waiting decision is sent, so
            # claim_next can hand the same item back: one decision per claim, never two.
            raise InvalidInput(
                "a decision for this item is already waiting to be sent; it will be recorded when "
                "the database is back"
            )
        payload = {"actor": actor_to_json(actor), "request": request_to_json(request)}
        if waiting == 0:
            try:
                return DecideResult(request.client_id, self.decisions.decide(actor, request))
            except DatabaseUnavailable as error:
                self.outbox.put(DECISION, request.client_id, payload, now=self.clock.now())
                log.info("decision %s queued in the outbox: %s", request.client_id, error)
                return DecideResult(request.client_id, None, str(error))
        # Older decisions wait: this one goes behind them, then try to send them all in order.
        self.outbox.put(DECISION, request.client_id, payload, now=self.clock.now())
        result = self.sync()
        entry = self.outbox.get(request.client_id)
        if entry is not None and entry.state == SENT:
            try:
                record = self.decisions.find(request.client_id)
            except DatabaseUnavailable:  # sent, but the read-back did not arrive: it is saved
                record = None
            if record is not None:
                return DecideResult(request.client_id, record)
            return DecideResult(request.client_id, None, "sent; the confirmation did not arrive")
        if entry is not None and entry.state == CONFLICT:
            raise OfflineConflict(entry.conflict_reason or "refused")
        return DecideResult(request.client_id, None, result.error or "older decisions are still waiting")

    def _replay_decision(self, payload: Mapping[str, Any]) -> object:
        # The signed-in person's actor (roles from the database at sign-in), never the payload's.
        assert self._signed_in is not None and entry_owner(payload) == self._signed_in.id
        return self.decisions.decide(self._signed_in, request_from_json(payload["request"]))

    # -- state ----------------------------------------------------------------------------------

    def pending_count(self) -> int:
        """The signed-in person's operations still to send (nobody signed in: every one)."""
        if self._signed_in is None or self.outbox.pending_count() == 0:
            return self.outbox.pending_count()
        return sum(1 for e in self.outbox.pending() if self._mine(e))

    def others_waiting(self) -> int:
        """Operations other people made on this workstation, kept until they sign in."""
        return sum(1 for e in self.outbox.pending() if not self._mine(e))

    def waiting_claims(self) -> set[int]:
        """Claims whose decision waits in the outbox (the window shows them as decided, offline)."""
        return {
            int(e.payload["request"]["claim_id"])
            for e in self.outbox.pending()
            if e.kind == DECISION and self._mine(e)
        }

    def conflicts(self) -> list[Entry]:
        """Replays the database refused (kept, with the reason), oldest first."""
        return self.outbox.conflicts()

    def sync(self) -> SyncResult:
        """Send waiting operations in order; stop at the first one the database cannot take yet."""
        with self._sync_lock:
            result = SyncResult()
            for entry in self.outbox.pending():
                if not self._mine(entry):
                    # Another person's work (or a forged owner): never sent under our identity.
                    result.others += 1
                    continue
                replayer = self._replayers.get(entry.kind)
                if replayer is None:
                    # A kind nobody registered in this run (a feature not wired here): keep it, in
                    # place, and do not let later operations overtake it.
                    result.error = f"nothing can send {entry.kind!r} records in this version"
                    break
                try:
                    replayer(entry.payload)
                except DatabaseUnavailable as error:
                    self.outbox.mark_failed_attempt(entry.id, str(error))
                    result.offline = True
                    result.error = str(error)
                    break
                except (sa_exc.DataError, sa_exc.IntegrityError, ValueError, TypeError, KeyError) as error:
                    # Refused for a reason of the data (a NUL byte PostgreSQL will not store, a NaN,
                    # a record this version cannot read): it can never be sent, so it becomes a kept
                    # conflict and the ones behind it go on (a poisoned record blocked every sync,
                    # and so every claim, for good).
                    self._keep_conflict(entry, _data_refusal(error), result)
                    continue
                except WorkstationError as error:
                    self._keep_conflict(entry, str(error), result)
                    continue
                self.outbox.mark_sent(entry.id, now=self.clock.now())
                result.sent += 1
            if not result.offline:
                self._report_conflicts()
                if result.sent:  # a week of sent operations stays as a local trail
                    self.outbox.prune_sent(self.clock.now() - SENT_KEPT)
            result.pending = self.pending_count()
            if result.others:
                log.info("%d outbox entries made by another person stay queued", result.others)
            return result

    def _keep_conflict(self, entry: Entry, reason: str, result: SyncResult) -> None:
        """Keep a refused entry as a conflict with its reason (listed, audited, never dropped)."""
        self.outbox.mark_conflict(entry.id, reason)
        log.warning("offline %s %s was refused on replay: %s", entry.kind, entry.client_id, reason)
        conflict = self.outbox.get(entry.client_id)
        assert conflict is not None
        result.conflicts.append(conflict)

    def _report_conflicts(self) -> None:
        """Write each new conflict to the shared audit log (once), so the lead sees it."""
        for entry in self.outbox.unreported_conflicts():
            if not self._mine(entry):
                continue  # conflicts are only ever made by the signed-in person's replays
            actor_id = self._signed_in.id if self._signed_in is not None else None
            details: dict[str, Any] = {
                "kind": entry.kind,
                "client_id": entry.client_id,
                "reason": entry.conflict_reason or "",
                "made_at": entry.created_at.isoformat(),
            }
            request = entry.payload.get("request")
            if isinstance(request, dict):
                details.update(claim_id=request.get("claim_id"), verdict=request.get("verdict"))
            try:
                try:
                    self._audit_conflict(actor_id, entry, details)
                except PermissionDenied:
                    # PostgreSQL credits the event to the signed-in login, whatever the file says
                    # (an edited outbox names someone else): record it as theirs.
                    details["payload_actor"] = actor_id
                    self._audit_conflict(None, entry, details)
            except DatabaseUnavailable:
                return  # reported on a later sync
            self.outbox.mark_conflict_reported(entry.id)

    def _audit_conflict(self, actor_id: Any, entry: Any, details: dict[str, Any]) -> None:
        with self.db.write() as session:
            audit.record(
                session,
                self.clock.now(),
                actor_id if isinstance(actor_id, int) else None,
                "offline_conflict",
                f"{entry.kind} {entry.client_id}",
                details,
            )


class OfflineConflict(WorkstationError):
    """A new decision that joined waiting ones was refused when they were sent in order (it is
    kept in the outbox as a conflict, listed and audited, like any refused replay)."""


def _data_refusal(error: BaseException) -> str:
    """Why a waiting record can never be sent, in one sentence without SQL."""
    if isinstance(error, sa_exc.DBAPIError | sa_exc.StatementError):
        return failures.explain_database_error(error)
    return f"the saved record cannot be read by this version ({type(error).__name__}: {error})"

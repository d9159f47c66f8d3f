"""The reviewer's session with the services: claim, decide, skip, undo, heartbeat, peek.

Every service call runs on the database runner (one worker, so calls stay in order) and reports
back through signals on the GUI thread. No rule is decided here: the services check permissions,
taxonomies, leases and undo windows, and their sentences are shown as they are.

Every claim carries the window's live dose today (``live_dose``: the exposure meter with the spans
not stored yet), so the claim right after the decision that spent the daily budget is already refused
with the service's sentence.

Decisions go through the local outbox (``services.outbox_sync``): when the database cannot be reached
the decision is saved on this workstation and the reviewer moves on. Before claiming, whatever
waits in the outbox is sent first (on the worker, never the GUI thread); a claim whose decision
still waits counts as decided and is not shown again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ui.tasks import Runner
from workstation.actor import Actor
from workstation.app import Services
from workstation.claims import ClaimedItem
from workstation.decisions import UNDO_SECONDS, DecisionRecord, DecisionRequest
from workstation.errors import DatabaseUnavailable, LeaseLost, WorkstationError

log = logging.getLogger(__name__)

QUEUED_TEXT = "Saved on this workstation; will be sent when the database is back."


@dataclass(frozen=True)
class Claimed:
    """What a claim found: the next item, or (``waiting``) an item whose decision waits to be sent."""

    item: ClaimedItem | None
    waiting: ClaimedItem | None = None
    conflicts: tuple[tuple[str, str], ...] = ()  # (client id, reason) found by the sync first
    offline: str | None = None  # why the claim could not reach the database, after a decision
    pending: int = 0  # decisions still waiting in the outbox after the claim (other records aside)
    refused: str | None = None  # the service refused the claim (a locked queue, a lost grant)


@dataclass(frozen=True)
class Decided:
    """A decision made: saved in the database (``record``), or queued in the outbox (``queued``)."""

    record: DecisionRecord | None
    label: str
    next_item: ClaimedItem | None
    external_ref: str = ""
    queued_reason: str | None = None
    claimed: Claimed | None = None

    @property
    def queued(self) -> bool:
        return self.record is None


class ReviewSession(QObject):
    itemClaimed = Signal(object)  # ClaimedItem
    queueEmpty = Signal(str)
    decided = Signal(object)  # Decided
    undone = Signal(object)  # ClaimedItem
    skipped = Signal(object)  # ClaimedItem | None (the next item)
    leaseLost = Signal(str)
    failed = Signal(str)
    connectionChanged = Signal(bool)
    busyChanged = Signal(bool)
    peeked = Signal(object)  # ClaimedItem | None
    waitingToSend = Signal(object)  # ClaimedItem whose decision waits in the outbox
    conflictsFound = Signal(list)  # [(client_id, reason)]: offline decisions the database refused
    pendingChanged = Signal(int)  # decisions waiting in the outbox, as a claim or decision found them
    claimRefused = Signal(str)  # the service's sentence: the claim after a decision or skip was refused

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: Runner,
        parent: QObject | None = None,
        *,
        live_dose: Callable[[], float | None] | None = None,
    ) -> None:
        """``live_dose()`` is read on the GUI thread before every claim (the exposure meter's dose
        today, unsaved spans included); None leaves the gate to the stored spans alone."""
        super().__init__(parent)
        self.services = services
        self._live_dose = live_dose or (lambda: None)
        self.actor = actor
        self._runner = runner
        self.queue = ""
        self.item: ClaimedItem | None = None
        self.last_decision: DecisionRecord | None = None
        self._busy = False
        self._connected = True
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(max(1000, int(services.claims.lease.total_seconds() * 1000 / 3)))
        self._heartbeat.timeout.connect(self.heartbeat)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def heartbeat_interval_ms(self) -> int:
        return self._heartbeat.interval()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def _run(
        self, work: Callable[[], Any], on_done: Callable[[Any], None], *, connected: bool | None = True
    ) -> bool:
        """Run ``work`` on the database runner; ``connected`` is the state a success proves
        (None: ``on_done`` decides, e.g. a decision queued because the database is away)."""
        if self._busy:
            return False
        self._set_busy(True)

        def done(result: Any) -> None:
            self._set_busy(False)
            if connected is not None:
                self._set_connected(connected)
            on_done(result)

        self._runner.submit(work, done, self._error)
        return True

    def _error(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, DatabaseUnavailable):
            self._set_connected(False)
            self.failed.emit(str(error))
        elif isinstance(error, LeaseLost):
            self._drop_item()
            self.leaseLost.emit(str(error))
        elif isinstance(error, WorkstationError):
            self.failed.emit(str(error))
        else:
            log.error("unexpected error in a service call", exc_info=error)
            self.failed.emit(f"Something went wrong ({type(error).__name__}); it was logged. Try again.")

    def _set_connected(self, connected: bool) -> None:
        if connected != self._connected:
            self._connected = connected
            self.connectionChanged.emit(connected)

    def _open(self, item: ClaimedItem | None) -> None:
        self.item = item
        if item is None:
            self._heartbeat.stop()
            self.queueEmpty.emit(self.queue)
        else:
            self._heartbeat.start()
            self.itemClaimed.emit(item)

    def _drop_item(self) -> None:
        self.item = None
        self._heartbeat.stop()

    # ---------------------------------------------------------------------------------- commands

    def set_queue(self, queue: str) -> None:
        self.queue = queue

    def claim_next(self) -> bool:
        if not self.queue:
            self.failed.emit("Choose a queue first.")
            return False
        actor, queue, dose = self.actor, self.queue, self._live_dose()
        return self._run(lambda: self._claim(actor, queue, dose), self._open_claimed)

    def _claim(self, actor: Actor, queue: str, dose: float | None = None) -> Claimed:
        """On the worker: send what waits in the outbox, then claim; a claim whose decision still
        waits counts as decided (the item is not shown again)."""
        reliable = self.services.outbox_sync
        conflicts: tuple[tuple[str, str], ...] = ()
        if reliable.pending_count():
            synced = reliable.sync()
            conflicts = tuple((c.client_id, c.conflict_reason or "") for c in synced.conflicts)
            if synced.offline:  # no second wait for a connection that just failed
                raise DatabaseUnavailable(synced.error or "the database cannot be reached")
        item = self.services.claims.claim_next(actor, queue, live_dose=dose)
        waiting = reliable.waiting_claims()
        if item is not None and item.claim_id in waiting:
            return Claimed(None, waiting=item, conflicts=conflicts, pending=len(waiting))
        return Claimed(item, conflicts=conflicts, pending=len(waiting))

    def _claim_after(self, actor: Actor, queue: str, dose: float | None) -> Claimed:
        """The claim that follows a decision or a skip, which is done whatever the claim finds: an
        unreachable database or a refusal (the daily budget just ran out) is reported, not raised."""
        try:
            return self._claim(actor, queue, dose)
        except DatabaseUnavailable as error:  # the decision is saved: say so first
            return Claimed(None, offline=str(error), pending=len(self.services.outbox_sync.waiting_claims()))
        except WorkstationError as error:
            return Claimed(None, refused=str(error))

    @property
    def connected(self) -> bool:
        return self._connected

    def _open_claimed(self, claimed: Claimed) -> None:
        self.pendingChanged.emit(claimed.pending)
        if claimed.conflicts:
            self.conflictsFound.emit(list(claimed.conflicts))
        if claimed.offline is not None:  # after a decision: the window says what happened to it
            self._drop_item()
            self._set_connected(False)
            return
        if claimed.waiting is not None:
            self._drop_item()
            self.waitingToSend.emit(claimed.waiting)
            return
        if claimed.refused is not None:
            self._drop_item()
            self.claimRefused.emit(claimed.refused)
            return
        self._open(claimed.item)

    def decide(
        self,
        verdict: str,
        label: str,
        reason: str = "",
        note: str = "",
        reveal_state: str = "filtered",
        *,
        claim_next: bool = True,
    ) -> bool:
        """Record the decision on the worker, then claim the next item there (unless ``claim_next``
        is False: a break is due first); the claim carries the live dose read now, after the item
        closed, so its last seconds count."""
        item = self.item
        if item is None:
            return False
        now = self.services.clock.now()
        request = DecisionRequest(
            claim_id=item.claim_id,
            verdict=verdict,
            reason=reason,
            note=note,
            handling_seconds=max(0.0, (now - item.claimed_at).total_seconds()),
            reveal_state=reveal_state,
        )
        reliable, actor, queue, dose = self.services.outbox_sync, self.actor, self.queue, self._live_dose()

        def work() -> Decided:
            result = reliable.decide(actor, request)
            if result.queued:  # the database is away: do not wait for it a second time
                claimed: Claimed | None = Claimed(
                    None, offline=result.queued_reason or "", pending=len(reliable.waiting_claims())
                )
            elif not claim_next:
                claimed = None
            else:
                claimed = self._claim_after(actor, queue, dose)
            return Decided(
                result.record,
                label,
                claimed.item if claimed is not None else None,
                external_ref=item.external_ref,
                queued_reason=result.queued_reason,
                claimed=claimed,
            )

        def done(result: Decided) -> None:
            self.last_decision = result.record  # a queued decision cannot be undone from here
            self._set_connected(not result.queued and (result.claimed is None or not result.claimed.offline))
            self.decided.emit(result)
            if result.claimed is not None:
                self._open_claimed(result.claimed)
            elif claim_next:
                self._open(result.next_item)
            else:
                self._drop_item()  # no claim: a break comes first

        return self._run(work, done, connected=None)

    def can_undo(self, now: datetime | None = None) -> bool:
        last = self.last_decision
        if last is None:
            return False
        now = now or self.services.clock.now()
        return (now - last.decided_at).total_seconds() <= UNDO_SECONDS

    def undo(self) -> bool:
        last = self.last_decision
        if last is None:
            self.failed.emit("There is no decision to undo.")
            return False
        current = self.item
        services, actor = self.services, self.actor

        def work() -> ClaimedItem:
            if current is not None:
                services.claims.release(actor, current.claim_id)  # it goes back to the queue
            return services.decisions.undo(actor, last.id)

        def done(item: ClaimedItem) -> None:
            self.last_decision = None
            self.undone.emit(item)
            self._open(item)

        return self._run(work, done)

    def skip(self) -> bool:
        item = self.item
        if item is None:
            return False
        services, actor, queue, dose = self.services, self.actor, self.queue, self._live_dose()

        def work() -> Claimed:
            services.claims.skip(actor, item.claim_id)
            return self._claim_after(actor, queue, dose)

        def done(claimed: Claimed) -> None:
            self.skipped.emit(claimed.item)
            self._open_claimed(claimed)

        return self._run(work, done)

    def release(self) -> None:
        """Give the open item back (closing the window); synchronous, best effort."""
        item, self.item = self.item, None
        self._heartbeat.stop()
        if item is not None:
            try:
                self.services.claims.release(self.actor, item.claim_id)
            except WorkstationError as error:
                log.warning("could not release claim on close: %s", error)

    def heartbeat(self) -> None:
        item = self.item
        if item is None:
            return
        claims, actor = self.services.claims, self.actor

        def done(_expires: object) -> None:
            self._set_connected(True)

        def error(err: BaseException) -> None:
            if self.item is not None and self.item.claim_id == item.claim_id:
                self._error(err)

        # Heartbeats do not take the busy flag: they must not block a decision key press.
        self._runner.submit(lambda: claims.heartbeat(actor, item.claim_id), done, error)

    def peek(self) -> None:
        """Ask which item comes next (for prefetching its filtered preview); never claims."""
        if not self.queue:
            return
        claims, actor, queue = self.services.claims, self.actor, self.queue

        def ignore(error: BaseException) -> None:
            log.debug("peek failed: %s", error)

        self._runner.submit(lambda: claims.peek_next(actor, queue), self.peeked.emit, ignore)

"""The reviewer's session in Qt: runs the review loop's blocking steps on the database runner.

The workflow rules (send the outbox before a claim, which claims count as decided, when not to
wait for a database that is away, the undo window, handling time without care time) live in the
Qt-free ``workstation.review.ReviewLoop``; the load harness drives the same loop. This adapter only
moves each step off the GUI thread (one worker, so calls stay in order), keeps one call at a time
(``busy``), renews the lease on a timer, and turns results and errors into signals on the GUI thread.
The services' sentences are shown as they are.

Every claim carries the window's live dose today (``live_dose``: the exposure meter with the spans
not stored yet), so the claim right after the decision that spent the daily budget is already refused
with the service's sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ui.i18n import shown
from ui.tasks import Runner, timers
from workstation.actor import Actor
from workstation.app import Services
from workstation.claims import ClaimedItem
from workstation.decisions import DecisionRecord
from workstation.errors import ConfigError, DatabaseUnavailable, LeaseLost, WorkstationError
from workstation.escalations import with_context
from workstation.incidents import load_policy as load_incident_policy
from workstation.review import Claimed, Decided, ReviewLoop

log = logging.getLogger(__name__)

__all__ = ["AFFECTED_OFFER", "Claimed", "Decided", "ReviewSession", "affected_offer", "urgent_offline_text"]

AFFECTED_OFFER = (
    "That was an urgent case, and the leads on duty are alerted. If it affected you, press Ctrl+Shift+A "
    "(This affected me) for a break and a check-in."
)


def affected_offer() -> str:
    """:data:`AFFECTED_OFFER` in the window's language."""
    return QCoreApplication.translate(
        "ReviewSession",
        "That was an urgent case, and the leads on duty are alerted. If it affected you, press Ctrl+Shift+A "
        "(This affected me) for a break and a check-in.",
    )


def urgent_offline_text(label: str, ref: str, on_call: str) -> str:
    """What the window says at once when an urgent decision cannot reach the database: nobody has been
    alerted, so the reviewer calls the on-call contact (docs/escalations-and-incidents.md)."""
    contact = on_call or QCoreApplication.translate(
        "ReviewSession", "your lead by phone (no on-call contact is configured on this workstation)"
    )
    return QCoreApplication.translate(
        "ReviewSession",
        "URGENT: “{label}” for {ref} did NOT reach the database, so nobody has been alerted. "
        "Call {contact} now. The decision is saved here and will be sent when the database is back.",
    ).format(label=label, ref=ref, contact=contact)


class ReviewSession(QObject):
    itemClaimed = Signal(object)  # ClaimedItem
    queueEmpty = Signal(str)
    decided = Signal(object)  # Decided
    undone = Signal(object)  # ClaimedItem
    skipped = Signal(object)  # ClaimedItem | None (the next item)
    leaseLost = Signal(str)
    failed = Signal(str)
    connectionChanged = Signal(bool)
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
        escalations = services.escalations
        self.loop = ReviewLoop(
            services.claims,
            services.decisions,
            services.outbox_sync,
            services.clock,
            actor,
            # the second tier sees where an item escalates and its whole history (issue 15)
            context=lambda who, item: with_context(escalations, who, item),
        )
        self._live_dose = live_dose or (lambda: None)
        self.actor = actor
        self._runner = runner
        self._busy = False
        self._connected = True
        # The on-call contact comes from this workstation's file, so it is there when the database is not.
        try:
            self.on_call = load_incident_policy().on_call
        except ConfigError as error:
            log.error("the incidents configuration cannot be used: %s", error)
            self.on_call = ""
        self._heartbeat = timers().timer(self)
        self._heartbeat.setInterval(max(1000, int(services.claims.lease.total_seconds() * 1000 / 3)))
        self._heartbeat.timeout.connect(self.heartbeat)

    # The loop's state, read on the GUI thread (it changes only here, in the done callbacks).
    @property
    def queue(self) -> str:
        return self.loop.queue

    @property
    def item(self) -> ClaimedItem | None:
        return self.loop.item

    @property
    def last_decision(self) -> DecisionRecord | None:
        return self.loop.last_decision

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def connected(self) -> bool:
        return self._connected

    @property
    def heartbeat_interval_ms(self) -> int:
        return self._heartbeat.interval()

    def handling_seconds(self) -> float:
        """Work time on the open item so far (care time excluded)."""
        return self.loop.handling.seconds(self.loop.clock.now())

    def _run(
        self, work: Callable[[], Any], on_done: Callable[[Any], None], *, connected: bool | None = True
    ) -> bool:
        """Run ``work`` on the database runner; ``connected`` is the state a success proves
        (None: ``on_done`` decides, e.g. a decision queued because the database is away)."""
        if self._busy:
            return False
        self._busy = True

        def done(result: Any) -> None:
            self._busy = False
            if connected is not None:
                self._set_connected(connected)
            on_done(result)

        self._runner.submit(work, done, self._error)
        return True

    def _error(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, DatabaseUnavailable):
            self._set_connected(False)
            self.failed.emit(shown(error))
        elif isinstance(error, LeaseLost):
            self._drop_item()
            self.leaseLost.emit(shown(error))
        elif isinstance(error, WorkstationError):
            self.failed.emit(shown(error))
        else:
            log.error("unexpected error in a service call", exc_info=error)
            self.failed.emit(
                self.tr("Something went wrong ({kind}); it was logged. Try again.").format(
                    kind=type(error).__name__
                )
            )

    def _set_connected(self, connected: bool) -> None:
        if connected != self._connected:
            self._connected = connected
            self.connectionChanged.emit(connected)

    def _open(self, item: ClaimedItem | None) -> None:
        self.loop.open(item)
        if item is None:
            self._heartbeat.stop()
            self.queueEmpty.emit(self.queue)
        else:
            self._heartbeat.start()
            self.itemClaimed.emit(item)

    def _drop_item(self) -> None:
        self.loop.open(None)
        self._heartbeat.stop()

    # ---------------------------------------------------------------------------------- care time

    def care_paused(self, reason: str) -> None:
        """Care time begins (a break, "This affected me", media hidden): the claim's clock stops."""
        self.loop.care_paused(reason)

    def care_resumed(self, reason: str) -> None:
        self.loop.care_resumed(reason)

    # ---------------------------------------------------------------------------------- commands

    def set_queue(self, queue: str) -> None:
        self.loop.set_queue(queue)

    def claim_next(self) -> bool:
        if not self.queue:
            self.failed.emit(self.tr("Choose a queue first."))
            return False
        loop, queue, dose = self.loop, self.queue, self._live_dose()
        return self._run(lambda: loop.fetch_claim(queue, dose), self._open_claimed)

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
            self.claimRefused.emit(shown(claimed.refused))
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
        escalate_to: str = "",
        imminent: bool = False,
    ) -> bool:
        """Record the decision on the worker, then claim the next item there (unless ``claim_next``
        is False: a break is due first); the claim carries the live dose read now, after the item
        closed, so its last seconds count."""
        item = self.item
        if item is None or self._busy:
            return False
        loop = self.loop
        # handling time measured now
        request = loop.request(
            verdict, reason, note, reveal_state, escalate_to=escalate_to, imminent=imminent
        )
        urgent = imminent or any(v.key == verdict and v.urgent for v in item.verdicts)
        queue, dose = self.queue, self._live_dose()

        def work() -> Decided:
            return loop.send_decision(
                request,
                label=label,
                external_ref=item.external_ref,
                queue=queue,
                dose=dose,
                claim_next=claim_next,
                urgent=urgent,
            )

        def done(result: Decided) -> None:
            self.loop.last_decision = result.record  # a queued decision cannot be undone from here
            self._set_connected(not result.queued and (result.claimed is None or not result.claimed.offline))
            self.decided.emit(result)
            if result.claimed is not None:
                self._open_claimed(result.claimed)
            else:
                self._drop_item()  # no claim: a break comes first

        return self._run(work, done, connected=None)

    def undo(self) -> bool:
        refusal = self.loop.undo_refusal()
        last = self.last_decision
        if refusal is not None or last is None:
            self.failed.emit(shown(refusal) if refusal else self.tr("There is no decision to undo."))
            return False
        current = self.item
        loop = self.loop

        def done(item: ClaimedItem) -> None:
            self.loop.last_decision = None
            self.undone.emit(item)
            self._open(item)

        return self._run(lambda: loop.send_undo(last.id, current.claim_id if current else None), done)

    def skip(self) -> bool:
        item = self.item
        if item is None:
            return False
        loop, queue, dose = self.loop, self.queue, self._live_dose()

        def done(claimed: Claimed) -> None:
            self.skipped.emit(claimed.item)
            self._open_claimed(claimed)

        return self._run(lambda: loop.send_skip(item.claim_id, queue, dose), done)

    def release(self) -> None:
        """Give the open item back (another queue chosen, the window closing), on the runner:
        best effort, the lease runs out anyway."""
        item = self.item
        self._drop_item()
        if item is None:
            return
        loop = self.loop

        def failed(error: BaseException) -> None:
            log.warning("could not release claim %s: %s", item.claim_id, error)

        self._runner.submit(lambda: loop.send_release(item.claim_id), lambda _r: None, failed)

    def heartbeat(self) -> None:
        item = self.item
        if item is None:
            return
        loop = self.loop

        def done(_expires: object) -> None:
            self._set_connected(True)

        def error(err: BaseException) -> None:
            if self.item is not None and self.item.claim_id == item.claim_id:
                self._error(err)

        # Heartbeats do not take the busy flag: they must not block a decision key press.
        self._runner.submit(lambda: loop.send_heartbeat(item.claim_id), done, error)

    def stop(self) -> None:
        """Stop renewing the lease (the window is going away)."""
        self._heartbeat.stop()

    def peek(self) -> None:
        """Ask which item comes next (for prefetching its filtered preview); never claims."""
        if not self.queue:
            return
        loop, queue = self.loop, self.queue

        def ignore(error: BaseException) -> None:
            log.debug("peek failed: %s", error)

        self._runner.submit(lambda: loop.fetch_peek(queue), self.peeked.emit, ignore)

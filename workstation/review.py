"""The review loop: claim the next item, decide and go on, skip, undo — the reviewer's workflow rules.

Qt-free, so the window's session (``ui.session.ReviewSession``, a thin Qt adapter that runs the
blocking parts on the database runner) and the load harness (``benchmarks/harness.py``, one process
per reviewer) follow the very same rules (docs/architecture.md#route-of-a-decision):

- Before a claim, whatever waits in the local outbox is sent first; if that fails because the
  database is away, the claim is not tried (no second wait for a connection that just failed).
- A claim whose decision still waits in the outbox counts as decided: it is reported as
  ``Claimed.waiting`` and never shown again.
- The claim after a decision or a skip never raises: the decision or skip is done whatever the claim
  finds, so an unreachable database or a refusal (the daily budget just ran out) is reported in
  ``Claimed.offline`` / ``Claimed.refused``.
- A decision the outbox had to keep (the database is away) is not followed by a claim at all.
- Undo: only a decision saved in the database (not one still queued) and within the undo window;
  the open item goes back to the queue first, then the undone item is the reviewer's again.
- Handling time is work time: the claim's clock pauses during care time (a break, "This affected
  me", media hidden) — :class:`HandlingClock` (docs/architecture.md, invariant 5).

The blocking methods (``fetch_*``, ``send_*``) read no mutable state of the loop, so they may run on
a worker thread; the state (``queue``, ``item``, ``last_decision``, the handling clock) changes only
in ``apply_*`` and the care-time calls, on the thread that owns the loop. ``claim_next``, ``decide``,
``skip`` and ``undo`` do both in one call, for a caller that owns a thread (the harness).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from wellbeing.clock import Clock
from wellbeing.phrases import QT_TRANSLATE_NOOP
from workstation.actor import Actor
from workstation.claims import ClaimedItem
from workstation.decisions import UNDO_SECONDS, DecisionRecord, DecisionRequest
from workstation.errors import DatabaseUnavailable, InvalidInput, WorkstationError, message
from workstation.outbox import DecideResult, SyncResult

__all__ = ["Claimed", "Decided", "HandlingClock", "ReviewLoop"]


class _Claims(Protocol):
    """What the loop needs of ``workstation.claims.ClaimService``."""

    def claim_next(
        self, actor: Actor, queue_name: str, *, live_dose: float | None = None
    ) -> ClaimedItem | None: ...

    def skip(self, actor: Actor, claim_id: int) -> None: ...

    def release(self, actor: Actor, claim_id: int) -> None: ...

    def heartbeat(self, actor: Actor, claim_id: int) -> datetime: ...

    def peek_next(self, actor: Actor, queue_name: str) -> ClaimedItem | None: ...


class _Decisions(Protocol):
    def undo(self, actor: Actor, decision_id: int) -> ClaimedItem: ...


class _Outbox(Protocol):
    """What the loop needs of ``workstation.outbox.OutboxSync``."""

    def pending_count(self) -> int: ...

    def sync(self) -> SyncResult: ...

    def waiting_claims(self) -> set[int]: ...

    def decide(self, actor: Actor, request: DecisionRequest) -> DecideResult: ...


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
    claimed: Claimed | None = None  # the claim that followed (None: no claim was asked for)
    client_id: str = ""
    urgent: bool = False  # an urgent verdict or imminent harm: it opens (or, queued, should open) an incident

    @property
    def queued(self) -> bool:
        return self.record is None


@dataclass
class HandlingClock:
    """How long the open claim has been *worked on*: wall time since the claim, less care time.

    Care time is any stretch with at least one pause reason active ("break", "panic", ...); reasons
    nest, so a panic during a break does not end the pause early. Pure: every call carries ``now``.
    """

    claimed_at: datetime | None = None
    paused_seconds: float = 0.0
    _reasons: set[str] = field(default_factory=set)
    _paused_since: datetime | None = None

    def start(self, claimed_at: datetime, now: datetime) -> None:
        """A claim opened at ``claimed_at`` (the database's time) is on screen at ``now``; a pause
        already in force (media hidden while it arrived) counts from ``now``."""
        self.claimed_at = claimed_at
        self.paused_seconds = 0.0
        self._paused_since = now if self._reasons else None

    def stop(self) -> None:
        self.claimed_at = None
        self.paused_seconds = 0.0
        self._paused_since = None

    @property
    def paused(self) -> bool:
        return bool(self._reasons)

    def pause(self, reason: str, now: datetime) -> None:
        if not self._reasons and self.claimed_at is not None:
            self._paused_since = now
        self._reasons.add(reason)

    def resume(self, reason: str, now: datetime) -> None:
        if reason not in self._reasons:
            return
        self._reasons.discard(reason)
        if not self._reasons and self._paused_since is not None:
            self.paused_seconds += max(0.0, (now - self._paused_since).total_seconds())
            self._paused_since = None

    def seconds(self, now: datetime) -> float:
        """Handling seconds at ``now`` (0 without a claim); never negative."""
        if self.claimed_at is None:
            return 0.0
        paused = self.paused_seconds
        if self._paused_since is not None:
            paused += max(0.0, (now - self._paused_since).total_seconds())
        return max(0.0, (now - self.claimed_at).total_seconds() - paused)


class ReviewLoop:
    """One reviewer's review loop over the claim service and the outbox (``OutboxSync``)."""

    def __init__(
        self,
        claims: _Claims,
        decisions: _Decisions,
        reliable: _Outbox,
        clock: Clock,
        actor: Actor,
        *,
        context: Callable[[Actor, ClaimedItem], ClaimedItem] | None = None,
    ) -> None:
        """``context`` adds to a claimed item what the window shows beside it (where its queue escalates,
        its decisions so far: ``workstation.escalations.with_context``); blocking, run on the worker."""
        self.context = context or (lambda _actor, item: item)
        self.claims = claims
        self.decisions = decisions
        self.reliable = reliable
        self.clock = clock
        self.actor = actor
        self.queue = ""
        self.item: ClaimedItem | None = None
        self.last_decision: DecisionRecord | None = None
        self.handling = HandlingClock()

    # ---------------------------------------------------------------------------------- blocking

    def fetch_claim(self, queue: str, dose: float | None = None) -> Claimed:
        """Send what waits in the outbox, then claim; a claim whose decision still waits counts as
        decided. Raises ``DatabaseUnavailable`` when the sync found the database away."""
        conflicts: tuple[tuple[str, str], ...] = ()
        if self.reliable.pending_count():
            synced = self.reliable.sync()
            conflicts = tuple((c.client_id, c.conflict_reason or "") for c in synced.conflicts)
            if synced.offline:  # no second wait for a connection that just failed
                raise DatabaseUnavailable(
                    synced.error or QT_TRANSLATE_NOOP("Errors", "the database cannot be reached")
                )
        item = self.claims.claim_next(self.actor, queue, live_dose=dose)
        if item is not None:
            item = self.context(self.actor, item)
        waiting = self.reliable.waiting_claims()
        if item is not None and item.claim_id in waiting:
            return Claimed(None, waiting=item, conflicts=conflicts, pending=len(waiting))
        return Claimed(item, conflicts=conflicts, pending=len(waiting))

    def fetch_claim_after(self, queue: str, dose: float | None = None) -> Claimed:
        """The claim that follows a decision or a skip: reported, never raised."""
        try:
            return self.fetch_claim(queue, dose)
        except DatabaseUnavailable as error:  # the decision is saved: say so first
            return Claimed(None, offline=message(error), pending=len(self.reliable.waiting_claims()))
        except WorkstationError as error:
            return Claimed(None, refused=message(error))

    def send_decision(
        self,
        request: DecisionRequest,
        *,
        label: str = "",
        external_ref: str = "",
        queue: str = "",
        dose: float | None = None,
        claim_next: bool = True,
        urgent: bool = False,
    ) -> Decided:
        """Record the decision (or keep it in the outbox), then claim the next item unless the
        decision was queued (the database is away: do not wait for it a second time) or
        ``claim_next`` is False (a break comes first)."""
        result = self.reliable.decide(self.actor, request)
        if result.queued:
            claimed: Claimed | None = Claimed(
                None, offline=result.queued_reason or "", pending=len(self.reliable.waiting_claims())
            )
        elif not claim_next:
            claimed = None
        else:
            claimed = self.fetch_claim_after(queue, dose)
        return Decided(
            result.record,
            label,
            claimed.item if claimed is not None else None,
            external_ref=external_ref,
            queued_reason=result.queued_reason,
            claimed=claimed,
            client_id=request.client_id,
            urgent=urgent,
        )

    def send_skip(self, claim_id: int, queue: str, dose: float | None = None) -> Claimed:
        """Skip (the item never comes back to this reviewer), then claim the next."""
        self.claims.skip(self.actor, claim_id)
        return self.fetch_claim_after(queue, dose)

    def send_undo(self, decision_id: int, open_claim_id: int | None) -> ClaimedItem:
        """Give the open item back to the queue, then undo: the undone item is the reviewer's again."""
        if open_claim_id is not None:
            self.claims.release(self.actor, open_claim_id)
        return self.context(self.actor, self.decisions.undo(self.actor, decision_id))

    def send_release(self, claim_id: int) -> None:
        self.claims.release(self.actor, claim_id)

    def send_heartbeat(self, claim_id: int) -> datetime:
        return self.claims.heartbeat(self.actor, claim_id)

    def fetch_peek(self, queue: str) -> ClaimedItem | None:
        """Which item comes next (to prefetch its filtered preview); never claims."""
        return self.claims.peek_next(self.actor, queue)

    # ---------------------------------------------------------------------------------- rules

    def request(
        self,
        verdict: str,
        reason: str = "",
        note: str = "",
        reveal_state: str = "filtered",
        *,
        escalate_to: str = "",
        imminent: bool = False,
    ) -> DecisionRequest:
        """The decision on the open item, with its handling time (care time excluded), made now."""
        if self.item is None:
            raise InvalidInput("there is no open item to decide")
        return DecisionRequest(
            claim_id=self.item.claim_id,
            verdict=verdict,
            reason=reason,
            note=note,
            handling_seconds=self.handling.seconds(self.clock.now()),
            reveal_state=reveal_state,
            escalate_to=escalate_to,
            imminent=imminent,
        )

    def undo_refusal(self, now: datetime | None = None) -> str | None:
        """Why undo cannot work now, in a sentence (None: it may). The service checks again."""
        last = self.last_decision
        if last is None:
            return "There is no decision to undo."
        now = now or self.clock.now()
        if (now - last.decided_at).total_seconds() > UNDO_SECONDS:
            return f"Undo is possible for {UNDO_SECONDS:.0f} s after deciding; ask a lead to correct it."
        return None

    # ---------------------------------------------------------------------------------- state

    def set_queue(self, queue: str) -> None:
        self.queue = queue

    def open(self, item: ClaimedItem | None) -> None:
        """``item`` is now the open one (None: none is)."""
        self.item = item
        if item is None:
            self.handling.stop()
        else:
            self.handling.start(item.claimed_at, self.clock.now())

    def apply_claimed(self, claimed: Claimed) -> None:
        """The open item after a claim: only a claim that found an item opens one."""
        self.open(claimed.item)

    def apply_decided(self, decided: Decided) -> None:
        self.last_decision = decided.record  # a queued decision cannot be undone from here
        self.open(decided.claimed.item if decided.claimed is not None else None)

    def apply_undone(self, item: ClaimedItem) -> None:
        self.last_decision = None
        self.open(item)

    def care_paused(self, reason: str) -> None:
        """Care time begins (a break, "This affected me", media hidden): the claim's clock stops."""
        self.handling.pause(reason, self.clock.now())

    def care_resumed(self, reason: str) -> None:
        self.handling.resume(reason, self.clock.now())

    # ---------------------------------------------------------------------------------- one thread

    def claim_next(self, dose: float | None = None) -> Claimed:
        claimed = self.fetch_claim(self.queue, dose)
        self.apply_claimed(claimed)
        return claimed

    def decide(
        self,
        verdict: str,
        reason: str = "",
        note: str = "",
        reveal_state: str = "filtered",
        *,
        label: str = "",
        claim_next: bool = True,
        dose: float | None = None,
    ) -> Decided:
        item = self.item
        request = self.request(verdict, reason, note, reveal_state)
        decided = self.send_decision(
            request,
            label=label or verdict,
            external_ref=item.external_ref if item else "",
            queue=self.queue,
            dose=dose,
            claim_next=claim_next,
        )
        self.apply_decided(decided)
        return decided

    def skip(self, dose: float | None = None) -> Claimed:
        if self.item is None:
            raise InvalidInput("there is no open item to skip")
        claimed = self.send_skip(self.item.claim_id, self.queue, dose)
        self.apply_claimed(claimed)
        return claimed

    def undo(self) -> ClaimedItem:
        refusal = self.undo_refusal()
        if refusal is not None or self.last_decision is None:
            raise InvalidInput(refusal or "There is no decision to undo.")
        item = self.send_undo(self.last_decision.id, self.item.claim_id if self.item else None)
        self.apply_undone(item)
        return item

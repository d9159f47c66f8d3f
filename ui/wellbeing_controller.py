"""The wellbeing controller: ticks the exposure meter, stores its spans, asks for breaks, acts on them.

It follows the reference wiring in ``wellbeing.simulation`` (tick, collect spans, ask the
``BreakPlanner``, act on its advice) with real time:

- every second, on the GUI thread (microseconds of work): ``meter.tick()``; the completed spans
  wait in memory; the dose reading, day rollover and locked tiers are checked;
- every few seconds, a ``QtScheduler`` job on a worker thread asks ``BreakPlanner.advise``; the
  advice crosses to the GUI thread through a queued signal and becomes ``softPromptDue``,
  ``enforcedBreakDue`` or ``adviceCleared`` (edge-triggered, as in the simulation);
- every ~10 s (and when the item changes, and on exit) the waiting spans are written in one batch
  with ``CareService.record_spans`` off the GUI thread. Through the local outbox when the app has one
  (an unreachable database queues the batch durably); any other failure keeps the spans in memory
  for the next attempt. A crash loses at most the seconds since the last flush.

Nothing here decides a rule: thresholds come from the policy through ``BreakPlanner``,
``locked_tiers`` and ``rotation_due``; the service refuses locked queues.
"""

from __future__ import annotations

import logging
import math
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from ui.tasks import Runner, TaskRunner
from wellbeing.breaks import BreakAdvice, BreakPlanner, locked_tiers, rotation_due
from wellbeing.exposure import ExposureMeter, ExposureSpan
from wellbeing.policy import WellbeingPolicy
from workstation.actor import Actor
from workstation.care import (
    SPANS_OUTBOX_KIND,
    CareService,
    CareSummary,
    day_start,
    spans_batch_id,
    spans_payload,
)
from workstation.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

BREAK_CHECK_SECONDS = 5.0
FLUSH_SECONDS = 10.0
TICK_MS = 1000


class _SpanOutbox(Protocol):
    """What the controller needs of ``workstation.outbox.OutboxSync``."""

    def register(self, kind: str, replayer: Callable[[Any], object]) -> None: ...

    def send_or_queue(self, kind: str, client_id: str, payload: Any) -> bool: ...


class CareServices(Protocol):
    """The part of ``workstation.app.Services`` the controller uses."""

    @property
    def care(self) -> CareService: ...


class QtJobScheduler(QtScheduler):
    """``QtScheduler`` with one reusable timer.

    Upstream (APScheduler 3.11) keeps the return value of ``QTimer.singleShot`` to stop the timer
    later, but PySide6's ``singleShot`` returns None, so every wakeup (each ``add_job``) leaves one
    more self-re-arming timer chain behind: measured here, 20 wakeups made ``_process_jobs`` run 318
    times in 3 s instead of about 7. This keeps a single precise ``QTimer`` that lives on the thread
    that built the scheduler and is re-armed through a queued signal, so a wakeup from any thread is
    safe; waits are rounded up to whole milliseconds (upstream truncates, and a coarse timer firing
    early then spins at 0 ms until the job is due).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._waker = _Waker(self._run_due)
        super().__init__(*args, **kwargs)

    def _run_due(self) -> None:
        self._process_jobs()

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._waker.arm.emit(wait_seconds)

    def _stop_timer(self) -> None:
        self._waker.arm.emit(None)


class _Waker(QObject):
    arm = Signal(object)  # seconds to wait, or None to stop

    def __init__(self, fire: Callable[[], None]) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(fire)
        self.arm.connect(self._arm)

    @Slot(object)
    def _arm(self, wait_seconds: float | None) -> None:
        self._timer.stop()
        if wait_seconds is not None:
            # Round up: a timer that fires a hair early finds nothing due and re-arms at 0 ms, spinning.
            self._timer.start(min(math.ceil(wait_seconds * 1000), 2_147_483_647))


@dataclass(frozen=True)
class DoseReading:
    """What the status-bar meter shows, read on every tick."""

    dose_today: float
    budget: float
    dose_since_break: float
    explanation: str
    counting: bool


@dataclass(frozen=True)
class BreakSession:
    """A break in progress (or just finished)."""

    kind: str  # "soft", "enforced", "affected", "self" (the kinds of CareService.record_break)
    prompted_at: datetime
    started_at: datetime
    required_seconds: float
    enforced: bool
    client_id: str
    postponed: int = 0  # postponements spent before this (enforced) break began

    def may_resume_at(self) -> datetime:
        return self.started_at + timedelta(seconds=self.required_seconds)


@dataclass
class _Prompt:
    kind: str
    prompted_at: datetime
    client_id: str
    advice: BreakAdvice


class WellbeingController(QObject):
    """Owns the meter's ticking, span storage and the break/rotation/lock state of one reviewer."""

    softPromptDue = Signal(object)  # BreakAdvice
    enforcedBreakDue = Signal(object)  # BreakAdvice (postponable: the screen offers "finish this item")
    adviceCleared = Signal()
    breakPostponed = Signal(object)  # datetime: the break starts by then, or when the item is closed
    breakStarted = Signal(object)  # BreakSession
    breakProgress = Signal(float)  # seconds left of the required break (0: may resume)
    breakEnded = Signal(object, bool)  # BreakSession, long enough to count as a break
    checkinOffered = Signal()
    rotationSuggested = Signal()
    lockedTiersChanged = Signal(object)  # frozenset[int]
    doseChanged = Signal(object)  # DoseReading
    spansFlushed = Signal(int)  # spans written (or queued durably) by the last flush
    flushFailed = Signal(str)  # the spans stay in memory and are retried
    summaryReady = Signal(object)  # CareSummary
    checkinSaved = Signal(str)  # client id
    careWriteFailed = Signal(str)

    _advised = Signal(object)  # from the scheduler thread to the GUI thread
    _flushed = Signal(int, str)

    def __init__(
        self,
        services: CareServices,
        actor: Actor,
        meter: ExposureMeter,
        planner: BreakPlanner,
        parent: QObject | None = None,
        *,
        scheduler: BaseScheduler | None = None,
        runner: Runner | None = None,
        outbox: _SpanOutbox | None = None,
        resume_today: bool = True,
        tick_ms: int = TICK_MS,
        break_check_seconds: float = BREAK_CHECK_SECONDS,
        flush_seconds: float = FLUSH_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.care: CareService = services.care
        self.clock = self.care.clock
        self.actor = actor
        self.meter = meter
        self.planner = planner
        self.policy: WellbeingPolicy = self.care.policy
        self._owns_runner = runner is None
        self._runner: Runner = runner if runner is not None else TaskRunner(1, name="wellbeing")
        self._scheduler = scheduler if scheduler is not None else QtJobScheduler()
        if outbox is None:
            outbox = getattr(services, "outbox_sync", None)
        self._outbox = outbox
        if outbox is not None:
            outbox.register(SPANS_OUTBOX_KIND, self.care.replay_spans)
        self._break_check_seconds = break_check_seconds
        self._flush_seconds = flush_seconds

        self._lock = threading.RLock()  # guards the planner and the waiting spans
        self._pending: list[ExposureSpan] = []
        self.quarantined: list[ExposureSpan] = []  # refused for a reason not of the environment
        self._care_retry: list[Callable[[], object]] = []
        self._prompt: _Prompt | None = None
        self._shown = "none"  # none | soft | enforced | postponed
        self._break: BreakSession | None = None
        self._locked: frozenset[int] = frozenset()
        self._rotation_was_due = False
        self._started = False
        self._stopped = False
        self._day = day_start(self.clock.now())
        if resume_today:
            # Continue today's dose across restarts: the stored spans are what was already seen.
            self.meter.start_new_day(self.care.dose_today(actor.id))

        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._advised.connect(self._on_advice)
        self._flushed.connect(self._on_flushed)

    # ---------------------------------------------------------------------------------- life cycle

    def start(self) -> None:
        """Start ticking and the scheduler's jobs; emit the current state for freshly connected widgets."""
        if self._started:
            return
        self._started = True
        self._scheduler.add_job(
            self.check_breaks,
            "interval",
            seconds=self._break_check_seconds,
            id="wellbeing-breaks",
            max_instances=1,
            coalesce=True,
            replace_existing=True,
        )
        self._scheduler.add_job(
            self.flush_spans,
            "interval",
            seconds=self._flush_seconds,
            id="wellbeing-flush",
            max_instances=1,
            coalesce=True,
            replace_existing=True,
        )
        if not self._scheduler.running:
            self._scheduler.start()
        self._timer.start()
        self.tick()
        self.lockedTiersChanged.emit(self._locked)

    def shutdown(self) -> None:
        """On close or quit: stop the jobs, close the open span and write everything that waits.

        Runs on the GUI thread and waits for the write (the app is exiting). Idempotent."""
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        if self._scheduler.running:
            self._scheduler.shutdown(wait=True)
        with self._lock:
            self._pending.extend(self.meter.flush())
        self.flush_spans()
        if self._owns_runner:
            self._runner.wait(5000)
        with self._lock:
            left = len(self._pending)
        if left:
            log.error("%d exposure spans could not be stored or queued at exit", left)

    # ---------------------------------------------------------------------------------- ticking

    @Slot()
    def tick(self) -> None:
        """Once a second on the GUI thread: collect spans, roll the day, update locks and the reading."""
        now = self.clock.now()
        today = day_start(now)
        with self._lock:
            self._pending.extend(self.meter.tick())
            if today != self._day:
                self._pending.extend(self.meter.flush())
                self._day = today
                self.meter.start_new_day(0.0)
        dose = self.meter.dose_today
        self.doseChanged.emit(
            DoseReading(
                dose_today=dose,
                budget=self.policy.caps.daily_budget_dose,
                dose_since_break=self.meter.dose_since_break,
                explanation=self.meter.explain(),
                counting=self.meter.counting,
            )
        )
        tiers = locked_tiers(self.policy, dose)
        if tiers != self._locked:
            self._locked = tiers
            self.lockedTiersChanged.emit(tiers)
        if self._break is not None:
            self.breakProgress.emit(self.break_remaining())

    @property
    def locked(self) -> frozenset[int]:
        return self._locked

    @property
    def pending_spans(self) -> int:
        with self._lock:
            return len(self._pending)

    def explain(self) -> str:
        return self.meter.explain()

    def method_text(self) -> str:
        """How the figure is computed, in words, from the policy (for the meter's tooltip and docs)."""
        v = self.policy.visibility
        tiers = ", ".join(f"tier {t} ×{w:g}" for t, w in self.policy.severity_weights.items())
        caps, breaks = self.policy.caps, self.policy.breaks
        return (
            "Exposure = minutes media was on screen × how revealed it was × the queue's severity.\n"
            f"How revealed: hidden {v.hidden:g}, blurred+gray {v.blurred_gray:g}, blurred colour "
            f"{v.blurred_color:g}, stylised {v.stylised:g}, gray unblurred {v.gray_unblurred:g}, "
            f"revealed {v.revealed:g}; unmuted audio adds {v.audio_unmuted_add:g}.\n"
            f"Severity: {tiers}.\n"
            "Only counted while the window is active and you are at the keyboard "
            f"(idle after {self.policy.idle_seconds:g} s).\n"
            f"Daily budget {caps.daily_budget_dose:g}; a break is suggested at {breaks.soft_prompt_dose:g} "
            f"since your last break and required at {breaks.enforced_dose:g}."
        )

    # ---------------------------------------------------------------------------------- items

    @Slot(object)
    def on_item_changed(self, item: object) -> None:
        """Connected to the window's ``itemChanged``: flush the finished item's spans, check rotation,
        and start a postponed break once the item at hand is closed."""
        self.tick()
        self.flush_soon()
        if item is None:
            # Between items, ask at once (pure and microseconds, on this thread) rather than at the
            # next 5-second check: a break that became due with the last item comes before the next
            # claim (the window claims nothing while decisions are blocked).
            if self._break is None and self._shown not in ("enforced", "postponed"):
                self.check_breaks()
            if self._shown == "postponed" and self._break is None:
                self.take_break()
            return
        due = rotation_due(self.policy, self.meter.recent_tiers)
        if due and not self._rotation_was_due:
            self.rotationSuggested.emit()
        self._rotation_was_due = due

    def calmer_queues(self, queues: list[tuple[str, int]]) -> list[str]:
        """Queues (name, tier) below the policy's high-severity tier and not locked: rotation targets."""
        high = self.policy.caps.high_severity_tier
        return [
            name
            for name, tier in queues
            if (t := self.policy.effective_tier(name, tier)) < high and t not in self._locked
        ]

    def is_locked(self, queue: str, tier: int) -> bool:
        return self.policy.effective_tier(queue, tier) in self._locked

    # ---------------------------------------------------------------------------------- spans

    def flush_soon(self) -> None:
        """Write the waiting spans off the GUI thread (item change)."""
        self._runner.submit(self.flush_spans, lambda _r: None)

    def flush_spans(self) -> int:
        """A job (any thread): write the waiting spans and retry failed care writes.

        Returns the spans written or durably queued; on failure they go back to the front of the
        queue, in order, for the next attempt."""
        self._retry_care_writes()
        with self._lock:
            batch, self._pending = self._pending, []
        if not batch:
            return 0
        try:
            self._write_spans(batch)
        except DatabaseUnavailable as error:  # the environment: keep them, in order, and retry
            with self._lock:
                self._pending[:0] = batch
            self._flushed.emit(0, str(error))
            return 0
        except Exception as error:  # a bug or a bad row: do not let one item's spans block the rest
            log.error("storing a batch of exposure spans failed; retrying item by item", exc_info=error)
            refused = self._write_item_by_item(batch)
            self._flushed.emit(len(batch) - len(refused), str(error) or type(error).__name__)
            return len(batch) - len(refused)
        self._flushed.emit(len(batch), "")
        return len(batch)

    def _write_item_by_item(self, batch: list[ExposureSpan]) -> list[ExposureSpan]:
        """Store each item's spans on their own; keep those that still fail in ``quarantined``."""
        groups: dict[str | None, list[ExposureSpan]] = {}
        for span in batch:
            groups.setdefault(span.item_id, []).append(span)
        refused: list[ExposureSpan] = []
        for item_id, spans in groups.items():
            try:
                self._write_spans(spans)
            except DatabaseUnavailable:
                with self._lock:
                    self._pending[:0] = spans
            except Exception as error:
                log.error(
                    "exposure spans of item %s were refused and are kept in memory only: %s", item_id, error
                )
                refused.extend(spans)
        with self._lock:
            self.quarantined.extend(refused)
        return refused

    def _write_spans(self, batch: list[ExposureSpan]) -> None:
        if self._outbox is not None:
            payload = spans_payload(self.actor.id, batch)
            self._outbox.send_or_queue(SPANS_OUTBOX_KIND, spans_batch_id(self.actor.id, batch), payload)
        else:
            self.care.record_spans(self.actor, batch)

    @Slot(int, str)
    def _on_flushed(self, count: int, error: str) -> None:
        if error:
            self.flushFailed.emit(error)
        else:
            self.spansFlushed.emit(count)

    # ---------------------------------------------------------------------------------- breaks

    def check_breaks(self) -> BreakAdvice:
        """A job (any thread): ask the planner for advice now; the GUI thread acts on it."""
        with self._lock:
            advice = self.planner.advise(
                dose_since_break=self.meter.dose_since_break,
                continuous_seconds=self.meter.continuous_seconds,
                now=self.clock.now(),
            )
        self._advised.emit(advice)
        return advice

    @Slot(object)
    def _on_advice(self, advice: BreakAdvice) -> None:
        if self._break is not None or self._stopped:
            return
        now = self.clock.now()
        if advice.kind == "enforced":
            if self._shown != "enforced":
                self._shown = "enforced"
                self._new_prompt("enforced", advice, now)
                self.enforcedBreakDue.emit(advice)
                if not advice.postponable:
                    self.take_break()
        elif advice.kind == "soft":
            if self._shown in ("none", "snoozed"):
                self._shown = "soft"
                self._new_prompt("soft", advice, now)
                self.softPromptDue.emit(advice)
        elif self._shown != "none":
            self._shown = "none"
            self._prompt = None
            self.adviceCleared.emit()

    def _new_prompt(self, kind: str, advice: BreakAdvice, now: datetime) -> None:
        prompt = self._prompt
        if prompt is not None and kind == "enforced" and prompt.kind == "enforced":
            prompt.advice = advice  # the same enforcement, after its postponement ran out
            return
        self._prompt = _Prompt(kind, now, str(uuid.uuid4()), advice)
        self._record_break(self._prompt.kind, self._prompt.prompted_at, self._prompt.client_id)

    @property
    def prompt_kind(self) -> str:
        """What is shown now: "none", "soft", "enforced" or "postponed"."""
        return self._shown

    @property
    def current_break(self) -> BreakSession | None:
        return self._break

    def break_remaining(self) -> float:
        with self._lock:
            return self.planner.break_remaining_seconds(self.clock.now())

    def postpone(self) -> bool:
        """ "Not now" on a soft prompt, or "finish this item first" on an enforced break (once)."""
        now = self.clock.now()
        with self._lock:
            accepted = self.planner.postpone(now)
            used = self.planner.postponements_used
        prompt = self._prompt
        if not accepted or prompt is None:
            return False
        if self._shown == "enforced":
            self._shown = "postponed"
            self._record_break("enforced", prompt.prompted_at, prompt.client_id, postponed=used)
            self.breakPostponed.emit(now + timedelta(minutes=self.policy.breaks.postpone_max_minutes))
        else:
            self._record_break(prompt.kind, prompt.prompted_at, prompt.client_id, outcome="dismissed")
            self._prompt = None
            self._shown = "snoozed"
            self.adviceCleared.emit()
        return True

    def take_break(self, kind: str | None = None) -> BreakSession:
        """Start a break now: the one prompted (soft or enforced), or one of the reviewer's own
        ("self", or "affected" from "This affected me")."""
        if self._break is not None:
            return self._break
        now = self.clock.now()
        prompt = self._prompt
        if kind is None or (prompt is not None and prompt.kind == "enforced"):
            kind = prompt.kind if prompt is not None else "self"
        with self._lock:
            self.planner.break_started(now)
            required = self.planner.break_remaining_seconds(now)
            postponed = self.planner.postponements_used
        enforced = kind == "enforced"
        if prompt is not None and prompt.kind == kind:
            prompted_at, client_id = prompt.prompted_at, prompt.client_id
        else:
            prompted_at, client_id = now, str(uuid.uuid4())
        self.meter.break_started()
        session = BreakSession(kind, prompted_at, now, required, enforced, client_id, postponed)
        self._break = session
        self._prompt = None
        self._shown = "none"
        self._record_break(kind, prompted_at, client_id, started_at=now, outcome="taken", postponed=postponed)
        self.breakStarted.emit(session)
        self.breakProgress.emit(required)
        return session

    def end_break(self) -> bool:
        """Back to work. An enforced break cannot end before its time; any other may end early
        (then it does not count as a break)."""
        session = self._break
        if session is None:
            return False
        now = self.clock.now()
        with self._lock:
            if session.enforced and self.planner.break_remaining_seconds(now) > 0:
                return False
            complete = self.planner.break_ended(now)
            if not complete:
                # Back early by choice: the suggestion stands, but snoozed (as "Not now" would), not
                # repeated the second the reviewer sits down.
                advice = self.planner.advise(
                    dose_since_break=self.meter.dose_since_break,
                    continuous_seconds=self.meter.continuous_seconds,
                    now=now,
                )
                if advice.kind == "soft":
                    self.planner.postpone(now)
        self.meter.break_ended(counts_as_break=complete)
        self.meter.user_input()  # back at the desk
        self._break = None
        self._record_break(
            session.kind,
            session.prompted_at,
            session.client_id,
            started_at=session.started_at,
            ended_at=now,
            outcome="taken",
            postponed=session.postponed,
        )
        self.breakEnded.emit(session, complete)
        self.checkinOffered.emit()
        self.check_breaks()
        return True

    def this_affected_me(self) -> BreakSession:
        """The reviewer says an item affected them: a break (kind "affected") and a check-in at once."""
        if self._break is not None:
            self.checkinOffered.emit()
            return self._break
        if self._prompt is not None and self._prompt.kind == "soft":
            self._record_break("soft", self._prompt.prompted_at, self._prompt.client_id, outcome="dismissed")
            self._prompt = None
        session = self.take_break("affected")
        self.checkinOffered.emit()
        return session

    # ---------------------------------------------------------------------------------- care writes

    def record_checkin(self, mood: int, note: str = "") -> str:
        """Store a private check-in (off the GUI thread); ``checkinSaved`` reports its id."""
        client_id = str(uuid.uuid4())
        care, actor = self.care, self.actor

        def write() -> str:
            return care.record_checkin(actor, mood, note, client_id=client_id)

        self._care_write(write, self.checkinSaved.emit)
        return client_id

    def _record_break(
        self,
        kind: str,
        prompted_at: datetime,
        client_id: str,
        *,
        started_at: datetime | None = None,
        ended_at: datetime | None = None,
        outcome: str = "prompted",
        postponed: int = 0,
    ) -> None:
        care, actor = self.care, self.actor

        def write() -> str:
            return care.record_break(
                actor,
                kind=kind,
                prompted_at=prompted_at,
                started_at=started_at,
                ended_at=ended_at,
                postponed=postponed,
                outcome=outcome,
                client_id=client_id,
            )

        self._care_write(write, lambda _cid: None)

    def _care_write(self, write: Callable[[], str], done: Callable[[str], None]) -> None:
        def failed(error: BaseException) -> None:
            if isinstance(error, DatabaseUnavailable):
                with self._lock:
                    self._care_retry.append(write)  # idempotent by client id: safe to retry later
            else:
                log.error("a care record could not be stored", exc_info=error)
            self.careWriteFailed.emit(str(error))

        self._runner.submit(write, done, failed)

    def _retry_care_writes(self) -> None:
        with self._lock:
            waiting, self._care_retry = self._care_retry, []
        for n, write in enumerate(waiting):
            try:
                write()
            except DatabaseUnavailable:
                with self._lock:
                    self._care_retry[:0] = waiting[n:]
                return

    # ---------------------------------------------------------------------------------- own view

    def load_summary(self) -> None:
        """Read the reviewer's own care summary off the GUI thread; ``summaryReady`` delivers it."""
        care, actor = self.care, self.actor
        self.tick()

        def read() -> CareSummary:
            self.flush_spans()  # so "today" includes the last seconds
            return care.summary(actor)

        self._runner.submit(read, self.summaryReady.emit, lambda e: self.careWriteFailed.emit(str(e)))


__all__ = ["BreakSession", "DoseReading", "QtJobScheduler", "WellbeingController"]

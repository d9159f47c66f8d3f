"""The wellbeing controller: ticks the exposure meter, stores its spans, asks for breaks, acts on them.

It follows the reference wiring in ``wellbeing.simulation`` (tick, collect spans, ask the
``BreakPlanner``, act on its advice) with real time:

- every second, on the GUI thread (microseconds of work): ``meter.tick()``; the completed spans
  wait in memory; the dose reading, day rollover and locked tiers are checked;
- every few seconds, a plain ``QTimer`` on the GUI thread checks the break flow
  (``wellbeing.break_flow.BreakFlow``, the same state machine the shift simulation drives; a check is
  a pure function of a few numbers and takes microseconds); its transitions become
  ``softPromptDue``, ``enforcedBreakDue``, ``adviceCleared``, ``breakStarted`` ... and the break
  records it returns are stored;
- every 30 s, a timer hands a re-read of the organisation's policy to the runner (off the GUI
  thread); a changed policy crosses to the GUI thread and is applied to the meter, the planner and the
  claim gate at once (``policyChanged``), so wellbeing staff's change reaches every workstation within
  a minute (docs/wellbeing.md, "Changing the policy");
- every ~10 s (and when the item changes, and on exit) the waiting spans are written in one batch
  off the GUI thread, on the runner. Through the local outbox when the app has one (an unreachable
  database queues the batch durably); any other failure keeps the spans in memory for the next
  attempt. A crash loses at most the seconds since the last flush.
- breaks and check-ins go through the same outbox: one that cannot reach the database waits in the
  outbox file and is sent later, also by the next run after a crash (docs/wellbeing.md#the-break-flow).

Nothing here decides a rule: thresholds come from the policy through ``BreakPlanner``,
``locked_tiers`` and ``rotation_due``, what happens about a break from ``BreakFlow``; the service
refuses locked queues.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ui.tasks import Runner, TaskRunner, timers
from wellbeing.break_flow import (
    BreakFlow,
    BreakKind,
    BreakRecord,
    BreakSession,
    FlowEvent,
    FlowState,
    Transition,
)
from wellbeing.breaks import BreakAdvice, BreakPlanner, locked_tiers, rotation_due
from wellbeing.exposure import ExposureMeter, ExposureSpan
from wellbeing.policy import WellbeingPolicy
from workstation.actor import Actor
from workstation.errors import DatabaseUnavailable
from workstation.screening import ScreeningService
from workstation.wellbeing_records import (
    BREAK_OUTBOX_KIND,
    CHECKIN_OUTBOX_KIND,
    SPANS_OUTBOX_KIND,
    WellbeingRecords,
    WellbeingSummary,
    break_payload,
    checkin_payload,
    day_start,
    spans_batch_id,
    spans_payload,
)

log = logging.getLogger(__name__)

BREAK_CHECK_SECONDS = 5.0
FLUSH_SECONDS = 10.0
POLICY_REFRESH_SECONDS = 30.0
TICK_MS = 1000


class _SpanOutbox(Protocol):
    """What the controller needs of ``workstation.outbox.OutboxSync``."""

    def register(self, kind: str, replayer: Callable[[Any], object]) -> None: ...

    def send_or_queue(self, kind: str, client_id: str, payload: Any) -> bool: ...


class WellbeingServices(Protocol):
    """The part of ``workstation.app.Services`` the controller uses."""

    @property
    def wellbeing(self) -> WellbeingRecords: ...


@dataclass(frozen=True)
class DoseReading:
    """What the status-bar meter shows, read on every tick."""

    dose_today: float
    budget: float
    dose_since_break: float
    explanation: str
    counting: bool


def method_text(policy: WellbeingPolicy) -> str:
    """How the exposure figure is computed, in words, from ``policy``: the meter's tooltip, in the
    window's language with the policy's figures in the locale's digits (docs/translations.md)."""
    from ui.locale_format import formats

    fmt = formats()
    g = fmt.shortest
    v = policy.visibility
    tiers = QCoreApplication.translate("ExposureMeter", ", ").join(
        QCoreApplication.translate("ExposureMeter", "tier {tier} ×{weight}").format(
            tier=fmt.number(t), weight=g(w)
        )
        for t, w in policy.severity_weights.items()
    )
    caps, breaks = policy.caps, policy.breaks
    lines = (
        QCoreApplication.translate(
            "ExposureMeter",
            "Exposure = minutes media was on screen × how revealed it was × the queue's severity.",
        ),
        QCoreApplication.translate(
            "ExposureMeter",
            "How revealed: hidden {hidden}, blurred+gray {blurred_gray}, blurred colour {blurred_color}, "
            "stylised {stylised}, gray unblurred {gray_unblurred}, revealed {revealed}; "
            "unmuted audio adds {audio}.",
        ).format(
            hidden=g(v.hidden),
            blurred_gray=g(v.blurred_gray),
            blurred_color=g(v.blurred_color),
            stylised=g(v.stylised),
            gray_unblurred=g(v.gray_unblurred),
            revealed=g(v.revealed),
            audio=g(v.audio_unmuted_add),
        ),
        QCoreApplication.translate("ExposureMeter", "Severity: {tiers}.").format(tiers=tiers),
        QCoreApplication.translate(
            "ExposureMeter",
            "Only counted while the window is active and you are at the keyboard (idle after {seconds} s).",
        ).format(seconds=g(policy.idle_seconds)),
        QCoreApplication.translate(
            "ExposureMeter",
            "Daily budget {budget}; a break is suggested at {soft} since your last break and required "
            "at {enforced}.",
        ).format(
            budget=g(caps.daily_budget_dose),
            soft=g(breaks.soft_prompt_dose),
            enforced=g(breaks.enforced_dose),
        ),
    )
    return "\n".join(lines)


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
    summaryReady = Signal(object)  # WellbeingSummary
    checkinSaved = Signal(str)  # client id
    careWriteFailed = Signal(str)
    policyChanged = Signal(object)  # WellbeingPolicy: the organisation's policy changed and is in use
    screeningDue = Signal()  # the organisation offers the WHO-5 questionnaire and it is time
    screeningSaved = Signal(int)  # the score, for the person's own eyes
    screeningFailed = Signal(str)

    _policyLoaded = Signal(object)  # from the runner's thread to the GUI thread
    _flushed = Signal(int, str)

    def __init__(
        self,
        services: WellbeingServices,
        actor: Actor,
        meter: ExposureMeter,
        planner: BreakPlanner,
        parent: QObject | None = None,
        *,
        runner: Runner | None = None,
        outbox: _SpanOutbox | None = None,
        resume_today: bool = True,
        tick_ms: int = TICK_MS,
        break_check_seconds: float = BREAK_CHECK_SECONDS,
        flush_seconds: float = FLUSH_SECONDS,
        policy_refresh_seconds: float = POLICY_REFRESH_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.records: WellbeingRecords = services.wellbeing
        self.clock = self.records.clock
        self.actor = actor
        self.meter = meter
        self.planner = planner
        self.policy: WellbeingPolicy = self.records.policy
        self.screening = ScreeningService(self.records.db, self.clock)
        self._owns_runner = runner is None
        self._runner: Runner = runner if runner is not None else TaskRunner(1, name="wellbeing")
        if outbox is None:
            outbox = getattr(services, "outbox_sync", None)
        self._outbox = outbox
        if outbox is not None:
            outbox.register(SPANS_OUTBOX_KIND, self.records.replay_spans)
            outbox.register(BREAK_OUTBOX_KIND, self.records.replay_break)
            outbox.register(CHECKIN_OUTBOX_KIND, self.records.replay_checkin)

        self._lock = threading.RLock()  # guards the waiting spans (flushed on the runner)
        self._pending: list[ExposureSpan] = []
        self.quarantined: list[ExposureSpan] = []  # refused for a reason not of the environment
        # Only without an outbox (tests, tools): care writes the database refused wait here, in memory.
        self._care_retry: list[Callable[[], object]] = []
        self.flow = BreakFlow(planner, meter)  # GUI thread only
        self._locked: frozenset[int] = frozenset()
        self._rotation_was_due = False
        self._started = False
        self._stopped = False
        self._day = day_start(self.clock.now())
        # First in the lane: what waits in the outbox is sent, and a break an earlier run left open
        # is closed, before today's figures are read back.
        self._close_interrupted_breaks()
        if resume_today:
            # Continue today's dose across restarts: the stored spans are what was already seen.
            # Read on the runner, early in its lane, so before any flush of this window's spans:
            # the stored dose never holds what the meter counts now, and adding it is exact.
            care, meter, user_id = self.records, self.meter, actor.id
            self._runner.submit(
                lambda: care.dose_today(user_id),
                meter.add_earlier_dose,
                lambda error: log.warning("today's earlier dose not read: %s", error),
            )
            # "Since your last break" goes on too: a restart, or a window killed during a break, is
            # not a break unless the records show one (docs/wellbeing.md#a-break-whose-window-died).
            self._runner.submit(
                lambda: care.since_last_break(user_id),
                lambda found: meter.add_earlier_since_break(*found),
                lambda error: log.warning("the exposure since the last break not read: %s", error),
            )

        self._timer = timers().timer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._policyLoaded.connect(self._apply_policy)
        # The break check is pure and takes microseconds: a timer on this (the GUI) thread runs it.
        self._break_timer = timers().timer(self)
        self._break_timer.setInterval(max(1, round(break_check_seconds * 1000)))
        self._break_timer.timeout.connect(self.check_breaks)
        # The flush writes to the database: the timer only hands it to the runner.
        self._flush_timer = timers().timer(self)
        self._flush_timer.setInterval(max(1, round(flush_seconds * 1000)))
        self._flush_timer.timeout.connect(self.flush_soon)
        # The policy re-read reads the database: the timer only hands it to the runner.
        self._policy_timer = timers().timer(self)
        self._policy_timer.setInterval(max(1, round(policy_refresh_seconds * 1000)))
        self._policy_timer.timeout.connect(self.refresh_policy_soon)
        self._flushed.connect(self._on_flushed)

    # ---------------------------------------------------------------------------------- life cycle

    @property
    def runner(self) -> Runner:
        """The lane care reads and writes run on (never the GUI thread)."""
        return self._runner

    def start(self) -> None:
        """Start ticking, the break checks and the flushes; emit the current state for freshly
        connected widgets."""
        if self._started:
            return
        self._started = True
        self._break_timer.start()
        self._flush_timer.start()
        self._policy_timer.start()
        self._timer.start()
        self.tick()
        self.lockedTiersChanged.emit(self._locked)
        self.check_screening()

    def shutdown(self) -> None:
        """On close or quit: stop the jobs, close the open span and write everything that waits.

        The write runs on the runner like every other, and the GUI thread waits for it here, once,
        because the app is exiting and the spans must be stored first. Idempotent."""
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        self._break_timer.stop()
        self._flush_timer.stop()
        self._policy_timer.stop()
        if self._owns_runner:
            self._runner.wait(5000)  # a flush in progress ends before the last one
        with self._lock:
            self._pending.extend(self.meter.flush())
        self._runner.submit(self.flush_spans, lambda _n: None, self._flush_error)
        self._runner.wait(5000)
        with self._lock:
            left = len(self._pending)
        if left:
            log.error("%d exposure spans could not be stored or queued at exit", left)

    def _close_interrupted_breaks(self) -> None:
        """On the runner, first: a break an earlier run of this person started and never ended
        (its window was killed) is closed with an inferred end (``close_interrupted_breaks``). What
        waits in the outbox is sent before, so a break start queued there is closed too, and a
        typed end queued behind it wins. An unreachable database leaves it for the next start; the
        readers infer the same end meanwhile (docs/wellbeing.md#a-break-whose-window-died)."""
        care, actor, before, outbox = self.records, self.actor, self.clock.now(), self._outbox

        def close() -> list[str]:
            sync = getattr(outbox, "sync", None)
            if callable(sync):
                sync()
            return care.close_interrupted_breaks(actor, before)

        def closed(ids: list[str]) -> None:
            if ids:
                log.info("closed %d break(s) an earlier run left open, with an inferred end", len(ids))

        self._runner.submit(close, closed, lambda error: log.info("open breaks not closed now: %s", error))

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
        if self.flow.current_break is not None:
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
        return method_text(self.policy)

    # ---------------------------------------------------------------------------------- the policy

    def refresh_policy_soon(self) -> None:
        """Hand :meth:`refresh_policy` to the runner (it reads the database)."""
        if not self._stopped:
            self._runner.submit(self.refresh_policy, lambda _changed: None)

    def refresh_policy(self) -> bool:
        """A job (any thread): re-read the stored policy; a changed one is applied on the GUI thread.
        Returns whether it changed. An unreachable database keeps the policy in use."""
        try:
            policy = self.records.load_policy()
        except Exception as error:  # the environment (or a bug, logged): keep working on the old one
            log.info("the wellbeing policy could not be re-read: %s", error)
            return False
        if policy == self.policy:
            return False
        self._policyLoaded.emit(policy)
        return True

    @Slot(object)
    def _apply_policy(self, policy: WellbeingPolicy) -> None:
        if policy == self.policy or self._stopped:
            return
        try:
            self.meter.set_policy(policy)
        except (ValueError, KeyError) as error:
            log.error("the changed wellbeing policy does not fit the open item; keeping the old: %s", error)
            return
        with self._lock:
            self.planner.set_policy(policy)
        self.records.use_policy(policy)
        self.policy = policy
        self.policyChanged.emit(policy)
        self.tick()
        self.check_screening()

    # ---------------------------------------------------------------------------------- screening

    def check_screening(self) -> None:
        """Off the GUI thread: is the questionnaire switched on and due? ``screeningDue`` if so."""
        screening, actor, policy = self.screening, self.actor, self.policy
        if not policy.screening.enabled:
            return

        def due() -> bool:
            return screening.due(actor, policy)

        self._runner.submit(
            due, lambda yes: self.screeningDue.emit() if yes else None, lambda e: log.info("screening: %s", e)
        )

    def record_screening(self, answers: list[int]) -> None:
        """Store the reviewer's own answers off the GUI thread; ``screeningSaved`` brings the score."""
        screening, actor = self.screening, self.actor

        def write() -> int:
            return screening.record(actor, answers)

        self._runner.submit(write, self.screeningSaved.emit, lambda e: self.screeningFailed.emit(str(e)))

    # ---------------------------------------------------------------------------------- items

    @Slot(object)
    def on_item_changed(self, item: object) -> None:
        """Connected to the window's ``itemChanged``: flush the finished item's spans, check rotation,
        and start a postponed break once the item at hand is closed."""
        if self._stopped:
            return  # the window is closing: shutdown() stored everything already
        self.tick()
        self.flush_soon()
        if item is None:
            # Between items, the flow acts at once rather than at the next check: a postponed break
            # starts, and a break that became due with the last item comes before the next claim
            # (the window claims nothing while decisions are blocked).
            self._apply(self.flow.item_closed(self.clock.now()))
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
        self._runner.submit(self.flush_spans, lambda _r: None, self._flush_error)

    def _flush_error(self, error: BaseException) -> None:
        log.error("flushing exposure spans failed", exc_info=error)

    def flush_spans(self) -> int:
        """On the runner (or at exit): write the waiting spans and retry failed care writes.

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
            self.records.record_spans(self.actor, batch)

    @Slot(int, str)
    def _on_flushed(self, count: int, error: str) -> None:
        if error:
            self.flushFailed.emit(error)
        else:
            self.spansFlushed.emit(count)

    # ---------------------------------------------------------------------------------- breaks

    def check_breaks(self) -> BreakAdvice:
        """Ask the break flow now and act on its answer (the GUI thread's timer, and tests)."""
        now = self.clock.now()
        advice = self.flow.advise(now)
        if not self._stopped:
            self._apply(self.flow.advised(advice, now))
        return advice

    def _apply(self, transition: Transition) -> None:
        """Store the flow's records and tell the screen, in the order the flow gave them."""
        for record in transition.records:
            self._record_break(record)
        for event in transition.events:
            if event is FlowEvent.SOFT_PROMPT:
                self.softPromptDue.emit(transition.advice)
            elif event is FlowEvent.ENFORCED_DUE:
                self.enforcedBreakDue.emit(transition.advice)
            elif event is FlowEvent.CLEARED:
                self.adviceCleared.emit()
            elif event is FlowEvent.POSTPONED:
                self.breakPostponed.emit(transition.postponed_until)
            elif event is FlowEvent.BREAK_STARTED:
                assert transition.session is not None
                self.breakStarted.emit(transition.session)
                self.breakProgress.emit(transition.session.required_seconds)
            elif event is FlowEvent.BREAK_ENDED:
                self.breakEnded.emit(transition.session, transition.complete)
            elif event is FlowEvent.CHECKIN:
                self.checkinOffered.emit()

    @property
    def prompt_kind(self) -> str:
        """What is shown now: "none", "soft", "snoozed", "enforced", "postponed" (or "on_break")."""
        return self.flow.state.value

    @property
    def state(self) -> FlowState:
        return self.flow.state

    @property
    def current_break(self) -> BreakSession | None:
        return self.flow.current_break

    def break_remaining(self) -> float:
        return self.flow.break_remaining(self.clock.now())

    def postpone(self) -> bool:
        """ "Not now" on a soft prompt, or "finish this item first" on an enforced break (once)."""
        transition = self.flow.postpone(self.clock.now())
        self._apply(transition)
        return transition.accepted

    def take_break(self, kind: str | None = None) -> BreakSession:
        """Start a break now: the one prompted (soft or enforced), or one of the reviewer's own
        ("self": "Take a break now"; "affected": "This affected me")."""
        transition = self.flow.take_break(self.clock.now(), BreakKind(kind) if kind else None)
        self._apply(transition)
        assert transition.session is not None
        return transition.session

    def end_break(self) -> bool:
        """Back to work. An enforced break cannot end before its time; any other may end early
        (then it does not count as a break)."""
        transition = self.flow.end_break(self.clock.now())
        if not transition.accepted:
            return False
        self._apply(transition)
        self.check_breaks()
        return True

    def this_affected_me(self) -> BreakSession:
        """The reviewer says an item affected them: a break (kind "affected") and a check-in at once."""
        transition = self.flow.this_affected_me(self.clock.now())
        self._apply(transition)
        assert transition.session is not None
        return transition.session

    # ---------------------------------------------------------------------------------- care writes

    def record_checkin(self, mood: int, note: str = "") -> str:
        """Store a private check-in (off the GUI thread); ``checkinSaved`` reports its id."""
        client_id, at = str(uuid.uuid4()), self.clock.now()
        care, actor, outbox = self.records, self.actor, self._outbox

        def write() -> str:
            if outbox is not None:
                payload = checkin_payload(actor.id, client_id=client_id, at=at, mood=mood, note=note)
                outbox.send_or_queue(CHECKIN_OUTBOX_KIND, client_id, payload)
                return client_id
            return care.record_checkin(actor, mood, note, client_id=client_id, at=at)

        self._care_write(write, self.checkinSaved.emit)
        return client_id

    def _record_break(self, record: BreakRecord) -> None:
        """Store one state of a break. Through the outbox, each state is its own entry (a break is
        prompted, then taken, then ended under one client id), replayed in order."""
        care, actor, outbox = self.records, self.actor, self._outbox
        fields: dict[str, Any] = {
            "kind": str(record.kind),
            "prompted_at": record.prompted_at,
            "started_at": record.started_at,
            "ended_at": record.ended_at,
            "postponed": record.postponed,
            "outcome": record.outcome,
        }

        def write() -> str:
            if outbox is not None:
                payload = break_payload(actor.id, client_id=record.client_id, **fields)
                outbox.send_or_queue(BREAK_OUTBOX_KIND, str(uuid.uuid4()), payload)
                return record.client_id
            return care.record_break(actor, client_id=record.client_id, **fields)

        self._care_write(write, lambda _cid: None)

    def _care_write(self, write: Callable[[], str], done: Callable[[str], None]) -> None:
        """Run a care write on the runner. With the outbox an unreachable database queues it durably
        (``send_or_queue`` returns); without one it is kept in memory and retried with the spans."""

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
        care, actor = self.records, self.actor
        self.tick()

        def read() -> WellbeingSummary:
            self.flush_spans()  # so "today" includes the last seconds
            return care.summary(actor)

        self._runner.submit(read, self.summaryReady.emit, lambda e: self.careWriteFailed.emit(str(e)))


__all__ = ["BreakSession", "DoseReading", "WellbeingController"]

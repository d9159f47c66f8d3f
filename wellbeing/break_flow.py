"""The break flow: one explicit state machine from "a break is due" to "back at work".

The planner (``wellbeing.breaks.BreakPlanner``) says *whether* a break is due; this flow says what
happens about it: which prompt is on screen, whether it was snoozed or an enforced break postponed,
when the break starts and ends, and which break records to store. The window's controller
(``ui.wellbeing_controller``) and the shift simulation (``wellbeing.simulation``) both drive this one
class, so what the app does and what the reference day computes cannot drift apart
(docs/wellbeing.md#the-break-flow).

Pure and clock-free: every input carries ``now``. It is not thread-safe; the app calls it on the
GUI thread (a check takes microseconds).

States (``FlowState``)::

    WORKING --soft advice--> SOFT_PROMPTED --"Not now"--> SNOOZED --soft advice after snooze--> SOFT_PROMPTED
       |                        |  take
       |                        v
       +--enforced advice--> ENFORCED_DUE --postpone--> POSTPONED --item closed / time up--> ON_BREAK
       |                        |  take (or no postponement left)                                |
       +--own break, "This affected me"-------------------------------------------> ON_BREAK --end--> WORKING

Every transition returns a :class:`Transition`: what the screen should do (``events``) and the break
records to store (``records``, upserts by client id: a break is prompted, then taken, then ended).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum, StrEnum
from typing import Literal

from wellbeing.breaks import BreakAdvice, BreakPlanner
from wellbeing.exposure import ExposureMeter

__all__ = [
    "BreakFlow",
    "BreakKind",
    "BreakRecord",
    "BreakSession",
    "FlowEvent",
    "FlowState",
    "Transition",
]


class FlowState(Enum):
    """Where the reviewer is in the flow. ``value`` is the word the controller reports."""

    WORKING = "none"  # nothing is asked of the reviewer
    SOFT_PROMPTED = "soft"  # a break is suggested; work goes on
    SNOOZED = "snoozed"  # the suggestion was put off ("Not now") until the planner's snooze ends
    ENFORCED_DUE = "enforced"  # a break is required; the screen offers "finish this item first"
    POSTPONED = "postponed"  # the required break waits for the item at hand (or the postponement's end)
    ON_BREAK = "on_break"


class BreakKind(StrEnum):
    """The kinds of the ``breaks`` table (``WellbeingRecords.record_break``)."""

    SOFT = "soft"  # a suggested break, taken or not
    ENFORCED = "enforced"  # a required break
    AFFECTED = "affected"  # "This affected me"
    SELF = "self"  # "Take a break now": the reviewer's own


class FlowEvent(Enum):
    """What the screen should do after a transition."""

    SOFT_PROMPT = "soft_prompt"
    ENFORCED_DUE = "enforced_due"
    CLEARED = "cleared"  # no prompt any more (advice gone, or snoozed)
    POSTPONED = "postponed"
    BREAK_STARTED = "break_started"
    BREAK_ENDED = "break_ended"
    CHECKIN = "checkin"  # offer a check-in


Outcome = Literal["prompted", "taken", "dismissed"]


@dataclass(frozen=True)
class BreakRecord:
    """One break row to store, keyed by ``client_id`` (later records of a break replace earlier ones)."""

    client_id: str
    kind: BreakKind
    prompted_at: datetime
    started_at: datetime | None = None
    ended_at: datetime | None = None
    postponed: int = 0
    outcome: Outcome = "prompted"


@dataclass(frozen=True)
class BreakSession:
    """A break in progress (or just finished)."""

    kind: BreakKind
    prompted_at: datetime
    started_at: datetime
    required_seconds: float
    enforced: bool
    client_id: str
    postponed: int = 0  # postponements spent before this (enforced) break began

    def may_resume_at(self) -> datetime:
        return self.started_at + timedelta(seconds=self.required_seconds)


@dataclass(frozen=True)
class Transition:
    """The result of one input: the state after it, what to show, what to store."""

    state: FlowState
    events: tuple[FlowEvent, ...] = ()
    records: tuple[BreakRecord, ...] = ()
    advice: BreakAdvice | None = None  # the advice behind a prompt
    session: BreakSession | None = None  # the break started or ended
    complete: bool = False  # an ended break was long enough to count
    postponed_until: datetime | None = None
    accepted: bool = True  # False: the input was refused (nothing changed)


@dataclass
class _Prompt:
    kind: BreakKind
    prompted_at: datetime
    client_id: str
    advice: BreakAdvice


@dataclass
class BreakFlow:
    """The break state machine of one reviewer, over their planner and exposure meter."""

    planner: BreakPlanner
    meter: ExposureMeter
    new_id: Callable[[], str] = field(default=lambda: str(uuid.uuid4()))
    state: FlowState = FlowState.WORKING
    _prompt: _Prompt | None = None
    _break: BreakSession | None = None

    @property
    def current_break(self) -> BreakSession | None:
        return self._break

    @property
    def on_break(self) -> bool:
        return self.state is FlowState.ON_BREAK

    def break_remaining(self, now: datetime) -> float:
        return self.planner.break_remaining_seconds(now)

    def advise(self, now: datetime) -> BreakAdvice:
        """The planner's advice for the meter's figures now (no transition)."""
        return self.planner.advise(
            dose_since_break=self.meter.dose_since_break,
            continuous_seconds=self.meter.continuous_seconds,
            now=now,
        )

    # ---------------------------------------------------------------------------------- inputs

    def check(self, now: datetime) -> Transition:
        """Ask the planner and act on its advice (the app's timer, the simulation's tick)."""
        return self.advised(self.advise(now), now)

    def advised(self, advice: BreakAdvice, now: datetime) -> Transition:
        """Act on advice: prompts are edge-triggered (a shown prompt is not shown again)."""
        if self.state is FlowState.ON_BREAK:
            return Transition(self.state, accepted=False)
        if advice.kind == "enforced":
            if self.state is FlowState.ENFORCED_DUE:
                return Transition(self.state)
            records = self._new_prompt(BreakKind.ENFORCED, advice, now)
            self.state = FlowState.ENFORCED_DUE
            events = (FlowEvent.ENFORCED_DUE,)
            if advice.postponable:
                return Transition(self.state, events, records, advice)
            started = self.take_break(now)  # no postponement left: the break starts now
            return Transition(
                started.state, events + started.events, records + started.records, advice, started.session
            )
        if advice.kind == "soft":
            if self.state in (FlowState.WORKING, FlowState.SNOOZED):
                records = self._new_prompt(BreakKind.SOFT, advice, now)
                self.state = FlowState.SOFT_PROMPTED
                return Transition(self.state, (FlowEvent.SOFT_PROMPT,), records, advice)
            return Transition(self.state)  # shown already, or a postponed break's reminder
        if self.state is not FlowState.WORKING:
            self.state = FlowState.WORKING
            self._prompt = None
            return Transition(self.state, (FlowEvent.CLEARED,))
        return Transition(self.state)

    def postpone(self, now: datetime) -> Transition:
        """ "Not now" on a soft prompt (snooze), or "finish this item first" on an enforced break."""
        prompt = self._prompt
        if prompt is None or self.state not in (FlowState.SOFT_PROMPTED, FlowState.ENFORCED_DUE):
            return Transition(self.state, accepted=False)
        if not self.planner.postpone(now):
            return Transition(self.state, accepted=False)
        if self.state is FlowState.ENFORCED_DUE:
            self.state = FlowState.POSTPONED
            until = now + timedelta(minutes=self.planner.policy.breaks.postpone_max_minutes)
            record = BreakRecord(
                prompt.client_id, prompt.kind, prompt.prompted_at, postponed=self.planner.postponements_used
            )
            return Transition(self.state, (FlowEvent.POSTPONED,), (record,), postponed_until=until)
        record = BreakRecord(prompt.client_id, prompt.kind, prompt.prompted_at, outcome="dismissed")
        self._prompt = None
        self.state = FlowState.SNOOZED
        return Transition(self.state, (FlowEvent.CLEARED,), (record,))

    def item_closed(self, now: datetime) -> Transition:
        """The item at hand was closed: a postponed break starts now; otherwise check at once, so a
        break that became due with the last item comes before the next claim."""
        if self.state is FlowState.POSTPONED:
            return self.take_break(now)
        if self.state in (FlowState.ON_BREAK, FlowState.ENFORCED_DUE):
            return Transition(self.state)
        return self.check(now)

    def take_break(self, now: datetime, kind: BreakKind | None = None) -> Transition:
        """Start a break now: the one prompted (soft or enforced; an enforced prompt always wins over
        the ``kind`` asked for), or one of the reviewer's own (``SELF``, ``AFFECTED``)."""
        if self._break is not None:
            return Transition(self.state, session=self._break, accepted=False)
        prompt = self._prompt
        if kind is None or (prompt is not None and prompt.kind is BreakKind.ENFORCED):
            kind = prompt.kind if prompt is not None else BreakKind.SELF
        self.planner.break_started(now)
        required = self.planner.break_remaining_seconds(now)
        postponed = self.planner.postponements_used
        if prompt is not None and prompt.kind is kind:
            prompted_at, client_id = prompt.prompted_at, prompt.client_id
        else:
            prompted_at, client_id = now, self.new_id()
        self.meter.break_started()
        session = BreakSession(
            kind, prompted_at, now, required, kind is BreakKind.ENFORCED, client_id,
            postponed if kind is BreakKind.ENFORCED else 0,
        )
        self._break, self._prompt = session, None
        self.state = FlowState.ON_BREAK
        record = BreakRecord(client_id, kind, prompted_at, now, None, session.postponed, "taken")
        return Transition(self.state, (FlowEvent.BREAK_STARTED,), (record,), session=session)

    def end_break(self, now: datetime) -> Transition:
        """Back to work. An enforced break cannot end before its time (refused); any other may end
        early, and then does not count as a break and the suggestion is snoozed, not repeated the
        second the reviewer sits down."""
        session = self._break
        if session is None:
            return Transition(self.state, accepted=False)
        if session.enforced and self.planner.break_remaining_seconds(now) > 0:
            return Transition(self.state, session=session, accepted=False)
        complete = self.planner.break_ended(now)
        if not complete and self.advise(now).kind == "soft":
            self.planner.postpone(now)
        self.meter.break_ended(counts_as_break=complete)
        self.meter.user_input()  # back at the desk
        self._break = None
        self.state = FlowState.WORKING
        record = BreakRecord(
            session.client_id, session.kind, session.prompted_at, session.started_at, now,
            session.postponed, "taken",
        )
        return Transition(
            self.state, (FlowEvent.BREAK_ENDED, FlowEvent.CHECKIN), (record,), session=session,
            complete=complete,
        )

    def this_affected_me(self, now: datetime) -> Transition:
        """An item affected the reviewer: a break (kind ``AFFECTED``) and a check-in at once. A soft
        prompt on screen is dismissed by it; on a break already, only the check-in is offered."""
        if self._break is not None:
            return Transition(self.state, (FlowEvent.CHECKIN,), session=self._break)
        records: tuple[BreakRecord, ...] = ()
        prompt = self._prompt
        if prompt is not None and prompt.kind is BreakKind.SOFT:
            records = (BreakRecord(prompt.client_id, prompt.kind, prompt.prompted_at, outcome="dismissed"),)
            self._prompt = None
        started = self.take_break(now, BreakKind.AFFECTED)
        return Transition(
            started.state, (*started.events, FlowEvent.CHECKIN), records + started.records,
            session=started.session,
        )

    # ---------------------------------------------------------------------------------- helpers

    def _new_prompt(self, kind: BreakKind, advice: BreakAdvice, now: datetime) -> tuple[BreakRecord, ...]:
        prompt = self._prompt
        if prompt is not None and kind is BreakKind.ENFORCED and prompt.kind is BreakKind.ENFORCED:
            prompt.advice = advice  # the same enforcement, after its postponement ran out
            return ()
        self._prompt = _Prompt(kind, now, self.new_id(), advice)
        return (BreakRecord(self._prompt.client_id, kind, now),)

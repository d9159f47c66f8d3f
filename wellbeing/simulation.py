"""A scripted reviewer shift, replayed through the real meter and break planner on a fake clock.

This is the reference wiring of ``ExposureMeter``, ``BreakFlow``, ``locked_tiers`` and
``rotation_due`` that the app's controller follows (tick, check the break flow, act on it), written
as a pure function so tests can assert a whole day's numbers and the database layer can replay a
shift and store its spans and breaks. The break rules are not repeated here: the simulated reviewer
answers the same ``wellbeing.break_flow.BreakFlow`` the window's controller drives.

The reviewer in the script works; the *policy* decides the breaks: a soft prompt is taken or
ignored according to ``ReviewerBehaviour``, an enforced break is postponed once if the reviewer
wants and the policy allows, then taken when the item at hand is closed (or the postponement runs
out). Breaks pause the script: a ``Work`` step's seconds are seconds of work, so breaks lengthen the
shift rather than shortening the work.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from wellbeing.break_flow import BreakFlow, BreakKind, BreakRecord, FlowEvent, Transition
from wellbeing.breaks import BreakPlanner, locked_tiers, rotation_due
from wellbeing.clock import FakeClock
from wellbeing.exposure import ExposureMeter, ExposureSpan, ViewState
from wellbeing.policy import WellbeingPolicy

__all__ = [
    "BreakRecord",
    "Close",
    "Focus",
    "Idle",
    "JumpWall",
    "Panic",
    "ReviewerBehaviour",
    "ShiftResult",
    "Show",
    "Step",
    "Suspend",
    "TakeBreak",
    "View",
    "Work",
    "eight_hour_script",
    "review",
    "simulate_shift",
]


@dataclass(frozen=True)
class Show:
    """Claim and open an item (refused if its tier is locked). ``view`` None means the safe default."""

    item_id: str
    queue: str
    tier: int
    view: ViewState | None = None


@dataclass(frozen=True)
class Close:
    """Close the open item."""


@dataclass(frozen=True)
class View:
    """Change the view (reveal, spotlight, filters, audio)."""

    state: ViewState


@dataclass(frozen=True)
class Focus:
    focused: bool


@dataclass(frozen=True)
class Panic:
    hidden: bool


@dataclass(frozen=True)
class Work:
    """``seconds`` of active work: input at the start and every ``input_every`` seconds."""

    seconds: float
    input_every: float = 10.0


@dataclass(frozen=True)
class Idle:
    """``seconds`` pass with no input (the reviewer stares, or walked away without locking)."""

    seconds: float


@dataclass(frozen=True)
class Suspend:
    """The machine sleeps for ``seconds`` (wall clock only)."""

    seconds: float


@dataclass(frozen=True)
class JumpWall:
    """The wall clock is stepped by ``seconds`` (may be negative)."""

    seconds: float


@dataclass(frozen=True)
class TakeBreak:
    """The reviewer takes a break of their own accord."""

    minutes: float


Step = Show | Close | View | Focus | Panic | Work | Idle | Suspend | JumpWall | TakeBreak


def review(
    item_id: str, queue: str, tier: int, seconds: float, *, view: ViewState | None = None,
    reveal_seconds: float = 0.0,
) -> list[Step]:
    """One item: open, work ``seconds`` in ``view`` (the last ``reveal_seconds`` revealed), close."""
    if not 0 <= reveal_seconds <= seconds:
        raise ValueError("reveal_seconds must be within 0..seconds")
    base = view if view is not None else ViewState(media_visible=True)
    steps: list[Step] = [Show(item_id, queue, tier, base)]
    if seconds - reveal_seconds > 0:
        steps.append(Work(seconds - reveal_seconds))
    if reveal_seconds > 0:
        steps += [View(ViewState(media_visible=True, revealed=True)), Work(reveal_seconds)]
    steps.append(Close())
    return steps


@dataclass(frozen=True)
class ReviewerBehaviour:
    """How the simulated reviewer answers the policy."""

    takes_soft_breaks: bool = False
    postpones_enforced: bool = True


@dataclass(frozen=True)
class ShiftResult:
    """Everything a shift produced, for assertions and for the store."""

    started_at: datetime
    ended_at: datetime
    spans: tuple[ExposureSpan, ...]
    total_dose: float
    revealed_seconds: float
    soft_prompts: int
    enforced_breaks: int
    postponements: int
    breaks: tuple[BreakRecord, ...]
    natural_breaks: int
    locked_at: datetime | None
    locked_tiers: frozenset[int]
    refused_claims: int
    rotation_prompts: int
    clock_jumps: int


@dataclass
class _Run:
    policy: WellbeingPolicy
    clock: FakeClock
    behaviour: ReviewerBehaviour
    tick_seconds: float
    meter: ExposureMeter
    flow: BreakFlow
    spans: list[ExposureSpan] = field(default_factory=list)
    records: dict[str, BreakRecord] = field(default_factory=dict)  # by client id, in first-seen order
    soft_prompts: int = 0
    enforced_breaks: int = 0
    postponements: int = 0
    locked_at: datetime | None = None
    refused_claims: int = 0
    rotation_prompts: int = 0
    rotation_was_due: bool = False

    def pass_time(self, seconds: float, input_every: float | None) -> None:
        """Advance in ticks; give input on schedule; after each tick, check the break flow."""
        since_input = 0.0
        if input_every is not None:
            self.meter.user_input()
        remaining = seconds
        while remaining > 1e-9:
            step = min(self.tick_seconds, remaining)
            self.clock.advance(step)
            remaining -= step
            since_input += step
            if input_every is not None and since_input >= input_every - 1e-9:
                self.meter.user_input()
                since_input = 0.0
            self.collect()
            if not self.flow.on_break:
                self.act_on(self.flow.check(self.clock.now()))

    def collect(self) -> None:
        self.spans += self.meter.tick()
        if self.locked_at is None and locked_tiers(self.policy, self.meter.dose_today):
            self.locked_at = self.clock.now()

    def store(self, transition: Transition) -> Transition:
        for record in transition.records:
            self.records[record.client_id] = record
        return transition

    def act_on(self, transition: Transition) -> None:
        """The simulated reviewer answers what the flow shows, as ``ReviewerBehaviour`` says."""
        self.store(transition)
        now = self.clock.now()
        if FlowEvent.SOFT_PROMPT in transition.events:
            self.soft_prompts += 1
            if self.behaviour.takes_soft_breaks:
                self.have_break(self.flow.take_break(now))
        elif FlowEvent.BREAK_STARTED in transition.events:  # enforced, no postponement left
            self.enforced_breaks += 1
            self.have_break(transition)
        elif FlowEvent.ENFORCED_DUE in transition.events:
            assert transition.advice is not None
            if transition.advice.postponable and self.behaviour.postpones_enforced:
                postponed = self.store(self.flow.postpone(now))
                if postponed.accepted:
                    self.postponements += 1
                    return
            self.enforced_breaks += 1
            self.have_break(self.flow.take_break(now))

    def have_break(self, started: Transition, minutes: float | None = None) -> None:
        """Spend the break away from the desk (its required length, or ``minutes``), then come back."""
        self.store(started)
        session = started.session
        assert session is not None
        seconds = session.required_seconds if minutes is None else minutes * 60
        self.pass_time(seconds, None)
        ended = self.store(self.flow.end_break(self.clock.now()))
        assert ended.accepted, "a break of its required length always ends"
        self.act_on(self.flow.check(self.clock.now()))

    def close(self) -> None:
        """The item is closed: a postponed break starts now (the app does the same)."""
        self.meter.item_closed()
        transition = self.flow.item_closed(self.clock.now())
        if FlowEvent.BREAK_STARTED in transition.events:
            self.enforced_breaks += 1
            self.have_break(transition)
        else:
            self.act_on(transition)

    def show(self, step: Show) -> None:
        tier = self.policy.effective_tier(step.queue, step.tier)
        if tier in locked_tiers(self.policy, self.meter.dose_today):
            self.refused_claims += 1
            self.meter.item_closed()
            return
        self.meter.item_shown(step.item_id, step.queue, step.tier, step.view)
        due = rotation_due(self.policy, self.meter.recent_tiers)
        if due and not self.rotation_was_due:
            self.rotation_prompts += 1
        self.rotation_was_due = due


def simulate_shift(
    policy: WellbeingPolicy,
    clock: FakeClock,
    script: Iterable[Step],
    *,
    behaviour: ReviewerBehaviour = ReviewerBehaviour(),  # frozen, so sharing the default is safe
    tick_seconds: float = 1.0,
    max_span_seconds: float = 15.0,
) -> ShiftResult:
    """Replay ``script`` from ``clock``'s current time; ticks every ``tick_seconds`` as the app does."""
    if tick_seconds <= 0:
        raise ValueError("tick_seconds must be > 0")
    started = clock.now()
    meter = ExposureMeter(policy, clock, max_span_seconds=max_span_seconds)
    run = _Run(
        policy=policy, clock=clock, behaviour=behaviour, tick_seconds=tick_seconds,
        meter=meter, flow=BreakFlow(BreakPlanner(policy), meter, new_id=_counter()),
    )
    for step in script:
        _apply(run, step)
    run.spans += run.meter.flush()
    total = run.meter.dose_today
    return ShiftResult(
        started_at=started,
        ended_at=clock.now(),
        spans=tuple(run.spans),
        total_dose=total,
        revealed_seconds=sum(span.revealed_seconds for span in run.spans),
        soft_prompts=run.soft_prompts,
        enforced_breaks=run.enforced_breaks,
        postponements=run.postponements,
        breaks=tuple(run.records.values()),
        natural_breaks=run.meter.natural_breaks,
        locked_at=run.locked_at,
        locked_tiers=locked_tiers(policy, total),
        refused_claims=run.refused_claims,
        rotation_prompts=run.rotation_prompts,
        clock_jumps=len(run.meter.clock_jumps),
    )


def _apply(run: _Run, step: Step) -> None:
    meter = run.meter
    match step:
        case Show():
            run.show(step)
        case Close():
            run.close()
        case View(state=state):
            meter.view_changed(state)
        case Focus(focused=focused):
            meter.focus_changed(focused)
        case Panic(hidden=hidden):
            meter.panic(hidden)
        case Work(seconds=seconds, input_every=every):
            run.pass_time(seconds, every)
        case Idle(seconds=seconds):
            run.pass_time(seconds, None)
        case Suspend(seconds=seconds):
            run.clock.suspend(seconds)
            run.collect()
        case JumpWall(seconds=seconds):
            run.clock.jump_wall(seconds)
            run.collect()
        case TakeBreak(minutes=minutes):
            run.have_break(run.flow.take_break(run.clock.now(), BreakKind.SELF), minutes)


def _counter() -> Callable[[], str]:
    """Break ids "b1", "b2", ... : a replayed shift makes the same records every time."""
    numbers = itertools.count(1)
    return lambda: f"b{next(numbers)}"


def eight_hour_script() -> list[Step]:
    """The reference shift (starting 09:00) whose numbers ``tests/wellbeing/test_shift_simulation.py``
    derives by hand: triage, severe items with reveals, rotation, lunch away from the desk, a day of
    revealed video up to the daily budget, refused claims, idle, sleep, a clock step, panic and audio.
    Shared here so the database layer can replay the same day and compare its stored totals."""
    revealed = ViewState(media_visible=True, revealed=True)
    script: list[Step] = []
    for i in range(12):
        script += review(f"a{i}", "triage", 2, 300)
    for i in range(10):
        script += review(f"b{i}", "violence", 4, 300, reveal_seconds=60)
    for i in range(6):
        script += review(f"c{i}", "spam", 1, 300)
    script += [Focus(False), Idle(45 * 60), Focus(True)]
    for i in range(21):
        script += review(f"e{i}", "violence-video", 4, 300, view=revealed)
    script += [Show("f0", "violence", 4), Show("f1", "hate", 3)]
    for i in range(6):
        script += review(f"g{i}", "triage", 2, 300)
    script += [Show("g6", "triage", 2), Idle(180), Close()]
    script += [Show("g7", "triage", 2), Work(60), Suspend(20 * 60), Work(240), Close()]
    script += [JumpWall(-600)]
    script += [Show("g8", "triage", 2), Work(120), Focus(False), Idle(120), Focus(True), Work(60), Close()]
    script += [Show("g9", "triage", 2), Work(30), Panic(True), Work(60), Panic(False), Work(210), Close()]
    audio = ViewState(media_visible=True, audio_unmuted=True, playing=True)
    script += review("g10", "triage", 2, 300, view=audio)
    for i in range(16):
        script += review(f"h{i}", "triage", 2, 300)
    return script


def script_duration(script: Sequence[Step]) -> float:
    """Seconds of scripted time (work, idle and self-taken breaks; not policy breaks or suspends)."""
    total = 0.0
    for step in script:
        if isinstance(step, Work | Idle):
            total += step.seconds
        elif isinstance(step, TakeBreak):
            total += step.minutes * 60
    return total

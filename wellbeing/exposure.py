"""The exposure meter: turns viewing events and a clock into exposure spans (docs/architecture.md,
invariant 4).

Exposure counted = seconds x visibility weight x severity weight, and only while all of these hold:
an item is open, its media is visible (not hidden, not behind the panic key, not on a break), the
window is focused, and the reviewer is present.

Precise rules (tests pin each one):

* Durations come from the monotonic clock only; the wall clock only stamps spans. A span's
  ``started_at`` is the wall time observed when it opened (extrapolated by monotonic time from the last
  observation) and ``ended_at = started_at + duration``, so a wall jump can never stretch a span.
* Presence: the reviewer is present from any input (``user_input``; also ``item_shown`` and gaining
  focus, which only a person causes) until ``idle_seconds`` after the last one. Counting stops AT
  ``last_input + idle_seconds`` exactly, whenever the idle is noticed (at the next ``tick``): the idle
  threshold is when the UI re-blurs the view, so the seconds before it were really on screen. The
  meter starts with the reviewer present and the window focused.
* Clock jump: between two observations (any event or tick), if the wall clock moved more than
  ``clock_jump_seconds`` further than the monotonic clock, or moved backwards, it is a jump. Nothing is
  counted for the wall-only part (monotonic time does not advance during a Linux suspend); the open
  segment closes, and the reviewer counts as absent until the next input. On systems whose monotonic
  clock runs during sleep, idle detection bounds what a sleep can add to ``idle_seconds``.
* Segments: a new span starts whenever the item or the weight changes, counting stops, a clock jump is
  seen, or the span reaches ``max_span_seconds`` (cut at exact multiples, so a crash loses little and
  spans do not depend on how often ``tick`` runs).
* Continuous time on task counts while present and focused (media visible or not) and resets when a
  break is taken (``break_ended``) or when the reviewer is absent (idle, unfocused, or
  asleep) for ``breaks.break_minutes`` in one stretch: that *is* a break.
"""

from __future__ import annotations

import functools
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Concatenate, ParamSpec, TypeVar

from wellbeing.clock import Clock
from wellbeing.phrases import QT_TRANSLATE_NOOP, Figure, Phrase, joined
from wellbeing.policy import VisibilityWeights, WellbeingPolicy

__all__ = [
    "ClockJump",
    "ExposureMeter",
    "ExposureSpan",
    "ViewState",
    "describe_visibility",
    "visibility_weight",
]


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _synchronized(
    method: Callable[Concatenate[ExposureMeter, _P], _R],
) -> Callable[Concatenate[ExposureMeter, _P], _R]:
    """Serialise a public method: the GUI thread feeds events while a scheduler thread may tick."""

    @functools.wraps(method)
    def wrapper(self: ExposureMeter, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


@dataclass(frozen=True)
class ViewState:
    """What the reviewer's view shows now. The defaults are the safe defaults of a new item (invariant 1).

    ``media_visible`` is False when no media is on screen or it is hidden by the panic key or a break.
    ``blur_level`` 0 means no blur; any level above counts as blurred (levels are not graded today).
    """

    media_visible: bool = False
    blur_level: int = 3
    grayscale: bool = True
    stylised: bool = False
    spotlight_fraction: float = 0.0
    revealed: bool = False
    audio_unmuted: bool = False
    playing: bool = False


#: The view of a freshly shown item when the caller does not say otherwise: on screen, blurred, gray, muted.
NEW_ITEM_VIEW = ViewState(media_visible=True)


def _base_weight(weights: VisibilityWeights, state: ViewState) -> tuple[float, str]:
    """The visual weight before spotlight and audio: the lowest weight among the active filters."""
    if state.revealed:
        return weights.revealed, "revealed"
    options: list[tuple[float, str]] = []
    if state.blur_level > 0:
        options.append(
            (weights.blurred_gray, "blurred+gray")
            if state.grayscale
            else (weights.blurred_color, "blurred+color")
        )
    if state.stylised:
        options.append((weights.stylised, "stylised"))
    if state.grayscale and state.blur_level <= 0:
        options.append((weights.gray_unblurred, "gray unblurred"))
    if not options:
        return weights.revealed, "unfiltered"
    return min(options)


def _spotlight(state: ViewState) -> float:
    return min(1.0, max(0.0, state.spotlight_fraction))


def visibility_weight(weights: VisibilityWeights, state: ViewState) -> float:
    """How revealed the view is: 0 if hidden; a spotlight blends toward revealed; audio adds."""
    if not state.media_visible:
        return weights.hidden
    base, _ = _base_weight(weights, state)
    visual = base + (weights.revealed - base) * _spotlight(state)
    audio = weights.audio_unmuted_add if state.audio_unmuted and state.playing else 0.0
    return visual + audio


def is_revealed_view(weights: VisibilityWeights, state: ViewState) -> bool:
    """Whether seconds in this view count as revealed seconds: at the revealed level, or any spotlight."""
    if not state.media_visible:
        return False
    base, _ = _base_weight(weights, state)
    return base >= weights.revealed or _spotlight(state) > 0.0


# The views' names in the reviewer's exposure panel, translated when shown (docs/translations.md).
_VIEW_NAMES = {
    "revealed": QT_TRANSLATE_NOOP("Exposure", "revealed"),
    "blurred+gray": QT_TRANSLATE_NOOP("Exposure", "blurred+gray"),
    "blurred+color": QT_TRANSLATE_NOOP("Exposure", "blurred+color"),
    "stylised": QT_TRANSLATE_NOOP("Exposure", "stylised"),
    "gray unblurred": QT_TRANSLATE_NOOP("Exposure", "gray unblurred"),
    "unfiltered": QT_TRANSLATE_NOOP("Exposure", "unfiltered"),
}


def describe_visibility(weights: VisibilityWeights, state: ViewState) -> Phrase:
    """A human description of the visibility weight, e.g. ``blurred+gray (0.10)``."""
    if not state.media_visible:
        return QT_TRANSLATE_NOOP("Exposure", "hidden ({weight})").format(weight=Figure(weights.hidden, ".2f"))
    base, label = _base_weight(weights, state)
    text = QT_TRANSLATE_NOOP("Exposure", "{view} ({weight})").format(
        view=_VIEW_NAMES[label], weight=Figure(base, ".2f")
    )
    fraction = _spotlight(state)
    if fraction > 0:
        visual = base + (weights.revealed - base) * fraction
        text = QT_TRANSLATE_NOOP("Exposure", "{view} with {percent}% spotlight ({weight})").format(
            view=text, percent=round(fraction * 100), weight=Figure(visual, ".2f")
        )
    if state.audio_unmuted and state.playing:
        text = QT_TRANSLATE_NOOP("Exposure", "{view} + audio ({weight})").format(
            view=text, weight=Figure(weights.audio_unmuted_add, ".2f")
        )
    return text


@dataclass(frozen=True)
class ExposureSpan:
    """A stretch of counted exposure at one weight on one item; what ``workstation`` stores.

    ``dose = seconds / 60 * visibility_weight * severity_weight`` (weighted minutes).
    """

    item_id: str | None
    queue: str | None
    tier: int | None
    started_at: datetime
    ended_at: datetime
    seconds: float
    visibility_weight: float
    severity_weight: float
    dose: float
    revealed_seconds: float


@dataclass(frozen=True)
class ClockJump:
    """A detected wall-clock jump, kept so the app can log it; the gap is wall minus monotonic seconds."""

    at: datetime
    wall_seconds: float
    monotonic_seconds: float


@dataclass(frozen=True)
class _Key:
    item_id: str
    queue: str
    tier: int
    visibility_weight: float
    severity_weight: float
    revealed: bool


@dataclass
class _Segment:
    key: _Key
    start_mono: float
    start_wall: datetime
    end_mono: float


@dataclass(frozen=True)
class _Item:
    item_id: str
    queue: str
    tier: int


class ExposureMeter:
    """The exposure state machine of one reviewer's session. Feed it events; collect spans from ``tick``.

    Events close the open segment at the current time (the new state counts from now). Reading a
    property also observes the clock, so figures are always "as of now". Public methods hold a lock,
    so a scheduler thread may tick while the GUI thread sends events.
    """

    def __init__(
        self,
        policy: WellbeingPolicy,
        clock: Clock,
        *,
        max_span_seconds: float = 15.0,
        dose_today: float = 0.0,
    ) -> None:
        if max_span_seconds <= 0:
            raise ValueError("max_span_seconds must be > 0")
        if dose_today < 0:
            raise ValueError("dose_today must be >= 0")
        self._lock = threading.RLock()
        self._policy = policy
        self._clock = clock
        self._max_span = float(max_span_seconds)
        self._obs_mono = clock.monotonic()
        self._obs_wall = clock.now()
        self._last_input = self._obs_mono
        self._absent_until_input = False
        self._item: _Item | None = None
        self._view = ViewState()
        self._focused = True
        self._panic = False
        self._on_break = False
        self._segment: _Segment | None = None
        self._pending: list[ExposureSpan] = []
        # Doses are kept as closed sums plus one open constant-rate stretch, computed as
        # duration x rate rather than as thousands of tiny increments: fewer roundings, so thresholds
        # fire at the second the policy names, and the total still never decreases (closing a stretch
        # adds exactly the value that was already being reported).
        self._dose_today_closed = float(dose_today)
        self._dose_since_break_closed = 0.0
        self._stretch: tuple[float, float, float] | None = None  # (start_mono, end_mono, dose per minute)
        self._continuous = 0.0
        self._absent_run = 0.0
        self._natural_breaks = 0
        self._jumps: list[ClockJump] = []
        self._recent_tiers: deque[int] = deque(maxlen=max(50, policy.caps.rotation_after_consecutive_high))

    # ------------------------------------------------------------------------------------ events

    @_synchronized
    def item_shown(self, item_id: str, queue: str, tier: int, view: ViewState | None = None) -> None:
        """An item is opened, in the safe default view (blurred, gray, muted) unless ``view`` is given."""
        effective = self._policy.effective_tier(queue, tier)  # validates the tier before any change
        self._advance()
        self._item = _Item(item_id, queue, tier)
        self._view = NEW_ITEM_VIEW if view is None else view
        self._recent_tiers.append(effective)
        self._mark_input()
        self._restate()

    @_synchronized
    def item_closed(self) -> None:
        """The item left the screen (decided, skipped, released)."""
        self._advance()
        self._item = None
        self._view = ViewState()
        self._restate()

    @_synchronized
    def view_changed(self, state: ViewState) -> None:
        """Filter, spotlight, reveal, audio, playback or visibility changed."""
        self._advance()
        self._view = state
        self._restate()

    @_synchronized
    def focus_changed(self, focused: bool) -> None:
        """The window became active or inactive (minimised counts as inactive). Gaining focus is input."""
        self._advance()
        self._focused = focused
        if focused:
            self._mark_input()
        self._restate()

    @_synchronized
    def user_input(self) -> None:
        """Any key or mouse input: the reviewer is present."""
        self._advance()
        self._mark_input()
        self._restate()

    @_synchronized
    def panic(self, hidden: bool) -> None:
        """The panic key hid (or un-hid) all media."""
        self._advance()
        self._panic = hidden
        self._restate()

    @_synchronized
    def break_started(self) -> None:
        """A break began: nothing counts, and absence during it is not a second, "natural" break."""
        self._advance()
        self._on_break = True
        self._restate()

    @_synchronized
    def break_ended(self, *, counts_as_break: bool = True) -> None:
        """The break is over; unless told it was too short, the since-break figures restart."""
        self._advance()
        self._on_break = False
        if counts_as_break:
            self._reset_since_break()
        self._absent_run = 0.0
        self._restate()

    @_synchronized
    def set_policy(self, policy: WellbeingPolicy) -> None:
        """Wellbeing staff changed the policy: what was counted so far keeps the old weights, from now
        the new ones count. Refused (ValueError, the old policy stays) if the open item's tier is not
        in the new policy."""
        if self._item is not None:
            policy.severity_weight(self._item.queue, self._item.tier)  # raises before any change
        self._advance()
        self._close_segment()
        self._close_stretch()
        self._policy = policy
        self._restate()

    @_synchronized
    def start_new_day(self, dose_today: float = 0.0) -> None:
        """Day rollover (the caller owns the calendar): restart ``dose_today`` from ``dose_today``."""
        self._advance()
        self._close_segment()
        self._close_stretch()
        self._dose_today_closed = float(dose_today)

    @_synchronized
    def add_earlier_dose(self, dose: float) -> None:
        """Dose already seen today before this meter started (stored spans, read off the GUI thread
        after the window opened): added to today's total, nothing else changes."""
        self._dose_today_closed += float(dose)

    @_synchronized
    def add_earlier_since_break(self, dose: float, seconds: float) -> None:
        """Exposure since the last break recorded by an earlier run today (a restart, a killed
        window; ``wellbeing.attention.since_last_break``): added to the since-break figures, so a
        restart is not a break unless the records show one."""
        self._advance()
        self._dose_since_break_closed += max(0.0, float(dose))
        self._continuous += max(0.0, float(seconds))

    @_synchronized
    def tick(self) -> list[ExposureSpan]:
        """Observe the clock (idle, jumps, span cuts); return spans completed since the last call."""
        self._advance()
        return self._take_pending()

    @_synchronized
    def flush(self) -> list[ExposureSpan]:
        """Close the open segment now and return every pending span (on item change or exit)."""
        self._advance()
        self._close_segment()
        return self._take_pending()

    # ------------------------------------------------------------------------------------ figures

    @property
    @_synchronized
    def dose_today(self) -> float:
        """Weighted minutes today, including the open segment; never decreases (except ``start_new_day``)."""
        self._advance()
        return self._dose_today_closed + self._stretch_dose()

    @property
    @_synchronized
    def dose_since_break(self) -> float:
        """Weighted minutes since the last break."""
        self._advance()
        return self._dose_since_break_closed + self._stretch_dose()

    @property
    @_synchronized
    def continuous_seconds(self) -> float:
        """Seconds on task (present and focused) since the last break."""
        self._advance()
        return self._continuous

    @property
    @_synchronized
    def counting(self) -> bool:
        """Whether exposure is being counted right now."""
        self._advance()
        return self._counting_state() and self._present_at(self._obs_mono)

    @property
    @_synchronized
    def present(self) -> bool:
        """Whether the reviewer counts as present (input within ``idle_seconds``, no unacknowledged jump)."""
        self._advance()
        return self._present_at(self._obs_mono)

    @property
    @_synchronized
    def current_weight(self) -> float:
        """Dose per minute right now (0 when nothing is counted)."""
        key = self._key()
        return key.visibility_weight * key.severity_weight if key is not None and self.counting else 0.0

    @property
    @_synchronized
    def natural_breaks(self) -> int:
        """How many absences of at least ``break_minutes`` were counted as breaks."""
        return self._natural_breaks

    @property
    @_synchronized
    def clock_jumps(self) -> tuple[ClockJump, ...]:
        """Every clock jump seen, oldest first."""
        return tuple(self._jumps)

    @property
    @_synchronized
    def recent_tiers(self) -> tuple[int, ...]:
        """Effective tiers of the items shown, oldest first (bounded), for ``rotation_due``."""
        return tuple(self._recent_tiers)

    @_synchronized
    def explain(self) -> Phrase:
        """Why the current weight is what it is, for the reviewer's exposure panel (a phrase: the
        window shows it in the reviewer's language)."""
        self._advance()
        reasons: list[Phrase] = []
        if self._item is None:
            reasons.append(QT_TRANSLATE_NOOP("Exposure", "no item open"))
        elif not self._view.media_visible:
            reasons.append(QT_TRANSLATE_NOOP("Exposure", "media hidden"))
        if self._panic:
            reasons.append(QT_TRANSLATE_NOOP("Exposure", "panic key: media hidden"))
        if self._on_break:
            reasons.append(QT_TRANSLATE_NOOP("Exposure", "on a break"))
        if not self._focused:
            reasons.append(QT_TRANSLATE_NOOP("Exposure", "window not active"))
        if self._absent_until_input:
            reasons.append(QT_TRANSLATE_NOOP("Exposure", "clock jump (sleep/resume?): waiting for input"))
        elif not self._present_at(self._obs_mono):
            reasons.append(
                QT_TRANSLATE_NOOP("Exposure", "idle (no input for {seconds} s)").format(
                    seconds=Figure(self._policy.idle_seconds)
                )
            )
        if reasons:
            return QT_TRANSLATE_NOOP("Exposure", "not counted: {reasons}").format(
                reasons=joined(reasons, QT_TRANSLATE_NOOP("Exposure", "{first}, {second}"))
            )
        key = self._key()
        assert key is not None and self._item is not None
        override = self._policy.queue_overrides.get(self._item.queue)
        if override is not None and override.severity_weight is not None:
            severity = QT_TRANSLATE_NOOP("Exposure", "severity of queue '{queue}' ({weight})").format(
                queue=self._item.queue, weight=Figure(key.severity_weight, ".1f")
            )
        else:
            tier = self._policy.effective_tier(self._item.queue, self._item.tier)
            severity = QT_TRANSLATE_NOOP("Exposure", "severity tier {tier} ({weight})").format(
                tier=tier, weight=Figure(key.severity_weight, ".1f")
            )
        visibility = describe_visibility(self._policy.visibility, self._view)
        rate = key.visibility_weight * key.severity_weight
        return QT_TRANSLATE_NOOP("Exposure", "{visibility} x {severity} = {rate} per minute").format(
            visibility=visibility, severity=severity, rate=Figure(rate, ".2f")
        )

    # ------------------------------------------------------------------------------------ machinery

    def _mark_input(self) -> None:
        self._last_input = self._obs_mono
        self._absent_until_input = False

    def _reset_since_break(self) -> None:
        self._close_segment()  # a span never straddles a break boundary
        self._close_stretch()
        self._continuous = 0.0
        self._dose_since_break_closed = 0.0

    def _stretch_dose(self) -> float:
        if self._stretch is None:
            return 0.0
        start, end, rate = self._stretch
        return (end - start) * rate / 60.0  # in this order: 900 s x 2.0 / 60 is exactly 30.0

    def _close_stretch(self) -> None:
        dose = self._stretch_dose()
        self._stretch = None
        self._dose_today_closed += dose
        self._dose_since_break_closed += dose

    def _add_dose(self, start: float, end: float, rate: float) -> None:
        stretch = self._stretch
        if stretch is not None and stretch[2] == rate and stretch[1] == start:
            self._stretch = (stretch[0], end, rate)
        else:
            self._close_stretch()
            self._stretch = (start, end, rate)

    def _present_at(self, mono: float) -> bool:
        return not self._absent_until_input and mono < self._last_input + self._policy.idle_seconds

    def _counting_state(self) -> bool:
        """Everything but presence (which depends on time)."""
        return (
            self._item is not None
            and self._view.media_visible
            and not self._panic
            and not self._on_break
            and self._focused
        )

    def _key(self) -> _Key | None:
        if self._item is None:
            return None
        weights = self._policy.visibility
        return _Key(
            item_id=self._item.item_id,
            queue=self._item.queue,
            tier=self._item.tier,
            visibility_weight=visibility_weight(weights, self._view),
            severity_weight=self._policy.severity_weight(self._item.queue, self._item.tier),
            revealed=is_revealed_view(weights, self._view),
        )

    def _advance(self) -> None:
        """Integrate from the last observation to now under the current state, then check for a jump."""
        mono = max(self._clock.monotonic(), self._obs_mono)  # a monotonic clock never goes back; be safe
        wall = self._clock.now()
        d_mono = mono - self._obs_mono
        d_wall = (wall - self._obs_wall).total_seconds()
        self._integrate(mono)
        if d_wall < 0 or d_wall - d_mono > self._policy.clock_jump_seconds:
            self._close_segment()
            self._jumps.append(ClockJump(at=wall, wall_seconds=d_wall, monotonic_seconds=d_mono))
            self._absent_until_input = True
            if not self._on_break:
                self._note_absence(max(0.0, d_wall - d_mono))  # a long sleep is a break
        self._obs_mono = mono
        self._obs_wall = wall

    def _wall_at(self, mono: float) -> datetime:
        return self._obs_wall + timedelta(seconds=mono - self._obs_mono)

    def _integrate(self, until: float) -> None:
        start = self._obs_mono
        if until <= start:
            return
        idle_at = self._last_input + self._policy.idle_seconds
        present_end = start if self._absent_until_input else min(until, max(start, idle_at))
        on_task = self._focused and not self._on_break
        if on_task and present_end > start:
            self._continuous += present_end - start
            self._absent_run = 0.0
        if self._counting_state() and present_end > start:
            self._accrue(start, present_end)
        if present_end < until:
            self._close_segment()
        if not self._on_break:  # absence comes after the present part of the interval
            self._note_absence((until - present_end) if on_task else (until - start))

    def _note_absence(self, seconds: float) -> None:
        if seconds <= 0:
            return
        self._absent_run += seconds
        if self._absent_run >= self._policy.breaks.break_minutes * 60 and (
            self._continuous > 0 or self._dose_since_break_closed + self._stretch_dose() > 0
        ):
            self._natural_breaks += 1
            self._reset_since_break()

    def _accrue(self, start: float, end: float) -> None:
        key = self._key()
        assert key is not None
        rate = key.visibility_weight * key.severity_weight
        segment = self._segment
        if segment is not None and (segment.key != key or segment.end_mono != start):
            self._close_segment()  # a span is one item at one weight, without gaps
        self._add_dose(start, end, rate)
        position = start
        while position < end:
            if self._segment is None:
                self._segment = _Segment(key, position, self._wall_at(position), position)
            cut = self._segment.start_mono + self._max_span
            step_end = min(end, cut)
            self._segment.end_mono = step_end
            position = step_end
            if step_end >= cut:
                self._close_segment()

    def _restate(self) -> None:
        """After an event: close the open segment if counting stopped or the weight/item changed."""
        if self._segment is None:
            return
        counting = self._counting_state() and self._present_at(self._obs_mono)
        if not counting or self._key() != self._segment.key:
            self._close_segment()

    def _close_segment(self) -> None:
        segment = self._segment
        self._segment = None
        if segment is None:
            return
        # (start + max) - start can exceed max by one rounding step at large monotonic values.
        seconds = min(segment.end_mono - segment.start_mono, self._max_span)
        if seconds <= 0:
            return
        key = segment.key
        self._pending.append(
            ExposureSpan(
                item_id=key.item_id,
                queue=key.queue,
                tier=key.tier,
                started_at=segment.start_wall,
                ended_at=segment.start_wall + timedelta(seconds=seconds),
                seconds=seconds,
                visibility_weight=key.visibility_weight,
                severity_weight=key.severity_weight,
                dose=seconds / 60.0 * key.visibility_weight * key.severity_weight,
                revealed_seconds=seconds if key.revealed else 0.0,
            )
        )

    def _take_pending(self) -> list[ExposureSpan]:
        spans, self._pending = self._pending, []
        return spans

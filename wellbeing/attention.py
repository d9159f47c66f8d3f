"""Who needs wellbeing staff's attention, and why: the rules of the "Needs attention" view.

Pure rules over one person's recent wellbeing data, handed in by ``workstation`` (which reads it, and
checks that only wellbeing staff ask): check-ins, "This affected me" events, enforced breaks, the dose
per day and the exposure spans of the last weeks. Thresholds come from the policy's ``[attention]``
section (``wellbeing.policy.AttentionPolicy``). Each rule gives at most one :class:`Reason`, with the
time of its latest evidence; a person is listed with all their reasons, most urgent first.

A reason clears when its evidence leaves the rule's window, when a later check-in is fine again (a
low check-in), or when staff acknowledge the person after the evidence ("contacted on ..."): an
acknowledged person stays in the list, marked and below everyone with something new, until the
evidence is gone. docs/wellbeing.md explains each reason to staff.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

from wellbeing.phrases import QT_TRANSLATE_NOOP, Figure, Phrase
from wellbeing.policy import WellbeingPolicy, budget_spent

__all__ = [
    "OPEN_BREAK_LIMIT",
    "Acknowledgement",
    "Attention",
    "BreakEnd",
    "BreakFact",
    "CheckinFact",
    "PersonWellbeing",
    "Reason",
    "WorkSpan",
    "assess",
    "attention_list",
    "break_end",
    "break_minutes",
    "break_status",
    "counted_break_end",
    "interrupted_end",
    "longest_stretch",
    "lookback_days",
    "since_last_break",
]

#: Reason kinds, in the order of their weight when urgency ties.
KINDS = (
    "low_checkin",
    "affected",
    "breaks_skipped",
    "over_budget",
    "long_stretch",
    "breaks_postponed",
    "dose_trend",
)
MOODS = {
    1: QT_TRANSLATE_NOOP("CheckInPanel", "Very low"),
    2: QT_TRANSLATE_NOOP("CheckInPanel", "Low"),
    3: QT_TRANSLATE_NOOP("CheckInPanel", "Okay"),
    4: QT_TRANSLATE_NOOP("CheckInPanel", "Good"),
    5: QT_TRANSLATE_NOOP("CheckInPanel", "Very good"),
}


@dataclass(frozen=True)
class BreakFact:
    kind: str  # soft | enforced | affected | self
    prompted_at: datetime
    outcome: str  # prompted | taken | dismissed
    postponed: int = 0
    started_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass(frozen=True)
class CheckinFact:
    at: datetime
    mood: int  # 1 (very low) .. 5 (very good)
    note: str = ""


@dataclass(frozen=True)
class WorkSpan:
    started_at: datetime
    ended_at: datetime


@dataclass(frozen=True)
class Acknowledgement:
    """Staff contacted the person: recorded at ``at``, about a contact on ``contacted_on``."""

    at: datetime
    contacted_on: date
    by: str
    note: str = ""


@dataclass(frozen=True)
class PersonWellbeing:
    """One person's wellbeing data over the look-back (``lookback_days``), as ``assess`` needs it."""

    username: str
    display_name: str
    daily_dose: Mapping[date, float] = field(default_factory=dict)  # UTC day -> weighted minutes
    spans: Sequence[WorkSpan] = ()
    breaks: Sequence[BreakFact] = ()
    checkins: Sequence[CheckinFact] = ()
    acknowledged: Acknowledgement | None = None  # the latest


@dataclass(frozen=True)
class Reason:
    kind: str
    text: str  # one sentence staff can read out
    at: datetime  # the latest evidence: an acknowledgement after it clears the reason
    weight: int  # urgency points


@dataclass(frozen=True)
class Attention:
    username: str
    display_name: str
    reasons: tuple[Reason, ...]  # all of them, heaviest first
    new: tuple[Reason, ...]  # those after the latest acknowledgement (all, without one)
    acknowledged: Acknowledgement | None

    @property
    def urgency(self) -> int:
        """The weight of what is new: an acknowledged person with nothing new has urgency 0."""
        return sum(r.weight for r in self.new)

    @property
    def cleared(self) -> bool:
        """Acknowledged after every reason: listed, marked, at the bottom."""
        return not self.new

    @property
    def latest(self) -> datetime:
        return max(r.at for r in self.reasons)


WEIGHTS = {
    "very_low": 5,
    "low_checkin": 4,
    "affected": 4,
    "breaks_skipped": 3,
    "over_budget": 3,
    "long_stretch": 2,
    "breaks_postponed": 2,
    "dose_trend": 2,
}


def lookback_days(policy: WellbeingPolicy) -> int:
    """How many days of data ``assess`` needs (the longest rule window)."""
    a = policy.attention
    return max(
        a.checkin_days, a.affected_days, a.breaks_days, a.over_budget_days, a.stretch_days, 7 * a.trend_weeks
    )


def _since(now: datetime, days: int) -> datetime:
    return now - timedelta(days=days)


def assess(person: PersonWellbeing, policy: WellbeingPolicy, now: datetime) -> tuple[Reason, ...]:
    """Every reason to list ``person`` at ``now``, heaviest first (none: not listed)."""
    reasons = [
        r
        for r in (
            _low_checkin(person.checkins, policy, now),
            _affected(person.breaks, policy, now),
            _skipped(person.breaks, policy, now),
            _postponed(person.breaks, policy, now),
            _over_budget(person.daily_dose, policy, now),
            _trend(person.daily_dose, policy, now),
            _stretch(person.spans, policy, now),
        )
        if r is not None
    ]
    return tuple(sorted(reasons, key=lambda r: (-r.weight, KINDS.index(r.kind))))


def attention_list(
    people: Iterable[PersonWellbeing], policy: WellbeingPolicy, now: datetime
) -> list[Attention]:
    """Everyone with a reason, most urgent first; people acknowledged since their last reason last."""
    out: list[Attention] = []
    for person in people:
        reasons = assess(person, policy, now)
        if not reasons:
            continue
        ack = person.acknowledged
        new = tuple(r for r in reasons if ack is None or r.at > ack.at)
        out.append(Attention(person.username, person.display_name, reasons, new, ack))
    return sorted(out, key=lambda a: (a.cleared, -a.urgency, -a.latest.timestamp(), a.username))


# -- the rules ---------------------------------------------------------------------------------------


def _low_checkin(checkins: Sequence[CheckinFact], policy: WellbeingPolicy, now: datetime) -> Reason | None:
    """A check-in at or below ``low_mood`` in the window, with no better one after it."""
    a = policy.attention
    recent = sorted((c for c in checkins if _since(now, a.checkin_days) <= c.at <= now), key=lambda c: c.at)
    lows: list[CheckinFact] = []
    for c in recent:
        if c.mood <= a.low_mood:
            lows.append(c)
        else:
            lows = []  # fine again since: the earlier lows are answered
    if not lows:
        return None
    worst = min(c.mood for c in lows)
    last = lows[-1]
    # Whole sentences, with and without a note and a run: a translator orders each one whole.
    if last.note and len(lows) > 1:
        sentence = QT_TRANSLATE_NOOP(
            "Attention", '{mood} check-in on {when}: "{note}" ({count} low in a row)'
        )
    elif last.note:
        sentence = QT_TRANSLATE_NOOP("Attention", '{mood} check-in on {when}: "{note}"')
    elif len(lows) > 1:
        sentence = QT_TRANSLATE_NOOP(
            "Attention", "{mood} check-in on {when} (no note) ({count} low in a row)"
        )
    else:
        sentence = QT_TRANSLATE_NOOP("Attention", "{mood} check-in on {when} (no note)")
    text = sentence.format(mood=MOODS[last.mood], when=last.at, note=last.note, count=len(lows))
    weight = WEIGHTS["very_low"] if worst <= 1 else WEIGHTS["low_checkin"]
    return Reason("low_checkin", text, last.at, weight)


def _affected(breaks: Sequence[BreakFact], policy: WellbeingPolicy, now: datetime) -> Reason | None:
    since = _since(now, policy.attention.affected_days)
    found = sorted(b.prompted_at for b in breaks if b.kind == "affected" and since <= b.prompted_at <= now)
    if not found:
        return None
    days = policy.attention.affected_days
    sentence = (
        QT_TRANSLATE_NOOP("Attention", '"This affected me" once in {days} days, latest {when}')
        if len(found) == 1
        else QT_TRANSLATE_NOOP("Attention", '"This affected me" {count} times in {days} days, latest {when}')
    )
    text = sentence.format(count=len(found), days=days, when=found[-1])
    return Reason("affected", text, found[-1], WEIGHTS["affected"])


def _skip_grace(policy: WellbeingPolicy) -> timedelta:
    """How long an enforced break may stay open (postponed, at most) before it counts as skipped."""
    b = policy.breaks
    return timedelta(minutes=b.postpone_max_minutes * (b.postponements_allowed + 1))


def _skipped(breaks: Sequence[BreakFact], policy: WellbeingPolicy, now: datetime) -> Reason | None:
    """Enforced breaks never taken, once they could no longer be postponed."""
    a = policy.attention
    since = _since(now, a.breaks_days)
    grace = _skip_grace(policy)
    found = sorted(
        b.prompted_at
        for b in breaks
        if b.kind == "enforced" and b.outcome != "taken" and since <= b.prompted_at <= now - grace
    )
    if len(found) < a.skipped_breaks:
        return None
    sentence = (
        QT_TRANSLATE_NOOP("Attention", "Enforced break skipped once in {days} days, latest {when}")
        if len(found) == 1
        else QT_TRANSLATE_NOOP(
            "Attention", "Enforced break skipped {count} times in {days} days, latest {when}"
        )
    )
    text = sentence.format(count=len(found), days=a.breaks_days, when=found[-1])
    return Reason("breaks_skipped", text, found[-1], WEIGHTS["breaks_skipped"])


# What became of a break, postponed never / once / more often: whole phrases, never a fragment glued on.
_STATUS = {
    ("taken", ""): (
        QT_TRANSLATE_NOOP("Attention", "taken"),
        QT_TRANSLATE_NOOP("Attention", "taken, postponed once"),
        QT_TRANSLATE_NOOP("Attention", "taken, postponed {count} times"),
    ),
    ("taken", "early"): (
        QT_TRANSLATE_NOOP("Attention", "taken (ended early)"),
        QT_TRANSLATE_NOOP("Attention", "taken, postponed once (ended early)"),
        QT_TRANSLATE_NOOP("Attention", "taken, postponed {count} times (ended early)"),
    ),
    ("taken", "inferred"): (
        QT_TRANSLATE_NOOP("Attention", "taken, ended when the workstation stopped (time inferred)"),
        QT_TRANSLATE_NOOP(
            "Attention", "taken, postponed once, ended when the workstation stopped (time inferred)"
        ),
        QT_TRANSLATE_NOOP(
            "Attention", "taken, postponed {count} times, ended when the workstation stopped (time inferred)"
        ),
    ),
    ("taken", "running"): (
        QT_TRANSLATE_NOOP("Attention", "taken, not ended yet"),
        QT_TRANSLATE_NOOP("Attention", "taken, postponed once, not ended yet"),
        QT_TRANSLATE_NOOP("Attention", "taken, postponed {count} times, not ended yet"),
    ),
    ("open", ""): (
        QT_TRANSLATE_NOOP("Attention", "open"),
        QT_TRANSLATE_NOOP("Attention", "open, postponed once"),
        QT_TRANSLATE_NOOP("Attention", "open, postponed {count} times"),
    ),
    ("skipped", ""): (
        QT_TRANSLATE_NOOP("Attention", "skipped"),
        QT_TRANSLATE_NOOP("Attention", "skipped, postponed once"),
        QT_TRANSLATE_NOOP("Attention", "skipped, postponed {count} times"),
    ),
}


def _status(outcome: str, postponed: int, how: str = "") -> Phrase:
    return _STATUS[(outcome, how)][min(postponed, 2)].format(count=postponed)


def break_status(b: BreakFact, policy: WellbeingPolicy, now: datetime, later: datetime | None = None) -> str:
    """What became of a break, in the words of the person's page: taken, postponed, skipped, ...;
    a taken break whose window died says that its end was inferred (``break_end``)."""
    if b.outcome == "taken":
        end = break_end(b, now, later)
        if end is not None and end.inferred:
            return _status("taken", b.postponed, "inferred")
        if b.started_at is not None and end is None:
            return _status("taken", b.postponed, "running")
        short = timedelta(minutes=policy.breaks.break_minutes)
        early = bool(
            b.started_at and end is not None and b.kind in ("soft", "self") and end.at - b.started_at < short
        )
        return _status("taken", b.postponed, "early" if early else "")
    if b.kind == "enforced":
        if b.prompted_at > now - _skip_grace(policy):
            return _status("open", b.postponed)
        return _status("skipped", b.postponed)
    return (
        QT_TRANSLATE_NOOP("Attention", "not now")
        if b.outcome == "dismissed"
        else QT_TRANSLATE_NOOP("Attention", "open")
    )


#: A break nobody ended is not still running after this long: its window died with no later record
#: from the person to say so (docs/wellbeing.md#a-break-whose-window-died).
OPEN_BREAK_LIMIT = timedelta(hours=12)


@dataclass(frozen=True)
class BreakEnd:
    """When a taken break ended: typed by the person (*Back to work*), or inferred because the
    window that ran it died (killed, crashed, power cut) before anyone ended it."""

    at: datetime
    inferred: bool


def interrupted_end(started_at: datetime) -> datetime:
    """The end stored for a break whose window died: the last time the database knows the person was
    on it, which is its start (nothing is written during a break). Never longer than the evidence; a
    stored end equal to the start is how every reader tells an inferred end from a typed one."""
    return started_at


def break_end(b: BreakFact, now: datetime, later: datetime | None = None) -> BreakEnd | None:
    """How a break ended; None for one never taken, or taken and still running.

    A stored end after the start was typed by the person. An end equal to the start was stored by
    the person's next start (``interrupted_end``). A break with no stored end is over, with an end
    inferred at its start, once the person did anything later (``later``: their next span, break or
    check-in) or it is older than ``OPEN_BREAK_LIMIT``; until then it may really be running."""
    if b.outcome != "taken" or b.started_at is None:
        return None
    if b.ended_at is not None:
        if b.ended_at > b.started_at:
            return BreakEnd(b.ended_at, inferred=False)
        return BreakEnd(interrupted_end(b.started_at), inferred=True)
    if (later is not None and later > b.started_at) or now - b.started_at >= OPEN_BREAK_LIMIT:
        return BreakEnd(interrupted_end(b.started_at), inferred=True)
    return None


def break_minutes(b: BreakFact, now: datetime, later: datetime | None = None) -> float | None:
    """How long a taken break lasted, as far as the records show (an inferred end adds nothing)."""
    end = break_end(b, now, later)
    if end is None or b.started_at is None:
        return None
    return (end.at - b.started_at).total_seconds() / 60


def counted_break_end(b: BreakFact, policy: WellbeingPolicy, now: datetime) -> datetime | None:
    """The end of a break long enough to count as one (as ``BreakPlanner.break_ended`` judges it:
    the enforced length for an enforced break, else ``break_minutes``), as far as the records show;
    None for any other. An inferred end adds nothing, so a killed break counts only if the records
    show it long enough."""
    end = break_end(b, now)
    if end is None or b.started_at is None:
        return None
    rules = policy.breaks
    need = rules.enforced_break_minutes if b.kind == "enforced" else rules.break_minutes
    return end.at if end.at - b.started_at >= timedelta(minutes=need) else None


def since_last_break(
    spans: Iterable[tuple[datetime, datetime, float, float]],
    breaks: Iterable[BreakFact],
    policy: WellbeingPolicy,
    now: datetime,
) -> tuple[float, float]:
    """Weighted minutes and seconds of exposure since the last break, from stored spans (started,
    ended, seconds, dose) and breaks: what a restarted window's meter continues from, so that a
    restart (or a killed window) is not a break unless the records show one. A break is one that
    counts (``counted_break_end``) or a pause of ``break_minutes`` between spans, or since the last
    span (the meter's own rule: absence that long *is* a break)."""
    gap = timedelta(minutes=policy.breaks.break_minutes)
    boundary = max((e for b in breaks if (e := counted_break_end(b, policy, now)) is not None), default=None)
    dose = seconds = 0.0
    last_end: datetime | None = None
    for started, ended, span_seconds, span_dose in sorted(spans):
        if boundary is not None and started < boundary:
            continue
        if last_end is not None and started - last_end >= gap:
            dose = seconds = 0.0
        dose += span_dose
        seconds += span_seconds
        last_end = ended if last_end is None else max(last_end, ended)
    if last_end is None or now - last_end >= gap:
        return 0.0, 0.0
    return dose, seconds


def _postponed(breaks: Sequence[BreakFact], policy: WellbeingPolicy, now: datetime) -> Reason | None:
    a = policy.attention
    since = _since(now, a.breaks_days)
    found = sorted(
        b.prompted_at
        for b in breaks
        if b.kind == "enforced" and b.postponed > 0 and since <= b.prompted_at <= now
    )
    if len(found) < a.postponed_breaks:
        return None
    sentence = (
        QT_TRANSLATE_NOOP("Attention", "Enforced break postponed once in {days} days, latest {when}")
        if len(found) == 1
        else QT_TRANSLATE_NOOP(
            "Attention", "Enforced break postponed {count} times in {days} days, latest {when}"
        )
    )
    text = sentence.format(count=len(found), days=a.breaks_days, when=found[-1])
    return Reason("breaks_postponed", text, found[-1], WEIGHTS["breaks_postponed"])


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), UTC)


def _over_budget(daily: Mapping[date, float], policy: WellbeingPolicy, now: datetime) -> Reason | None:
    a = policy.attention
    budget = policy.caps.daily_budget_dose
    today = now.astimezone(UTC).date()
    first = today - timedelta(days=a.over_budget_days - 1)
    days = sorted(d for d, dose in daily.items() if first <= d <= today and budget_spent(dose, budget))
    if len(days) < a.days_over_budget:
        return None
    worst = max(daily[d] for d in days)
    over = (
        QT_TRANSLATE_NOOP(
            "Attention",
            "Over the daily budget of {budget} on 1 day in {window}, latest {latest} "
            "(highest {worst} weighted min)",
        )
        if len(days) == 1
        else QT_TRANSLATE_NOOP(
            "Attention",
            "Over the daily budget of {budget} on {count} days in {window}, latest {latest} "
            "(highest {worst} weighted min)",
        )
    )
    # Raw figures and the day: the window shows them in the person's locale (ui.i18n.shown).
    text = over.format(
        budget=Figure(budget, ".0f"),
        count=len(days),
        window=a.over_budget_days,
        latest=days[-1],
        worst=Figure(worst, ",.0f"),
    )
    return Reason("over_budget", text, _day_start(days[-1]), WEIGHTS["over_budget"])


def _trend(daily: Mapping[date, float], policy: WellbeingPolicy, now: datetime) -> Reason | None:
    """Rolling 7-day windows ending yesterday, oldest first: each above the one before, the newest at
    least ``trend_rise`` above the oldest and at least ``trend_min_dose``. Today is left out: a day
    still running would make every morning look like a fall."""
    a = policy.attention
    today = now.astimezone(UTC).date()
    yesterday = today - timedelta(days=1)
    windows: list[float] = []
    for back in range(a.trend_weeks - 1, -1, -1):
        last = yesterday - timedelta(days=7 * back)
        windows.append(sum(daily.get(last - timedelta(days=n), 0.0) for n in range(7)))
    rising = all(later > earlier for earlier, later in pairwise(windows))
    if not rising or windows[-1] < a.trend_min_dose or windows[-1] < windows[0] * (1 + a.trend_rise):
        return None
    # "120 → 150 → 200": each step a phrase around the figures, so each figure is in the locale's digits.
    steps: Phrase | Figure = Figure(windows[0], ",.0f")
    for w in windows[1:]:
        steps = QT_TRANSLATE_NOOP("Attention", "{earlier} → {later}").format(
            earlier=steps, later=Figure(w, ",.0f")
        )
    text = QT_TRANSLATE_NOOP(
        "Attention", "Dose rising {weeks} weeks in a row: {steps} weighted min per {days} days (to yesterday)"
    ).format(weeks=a.trend_weeks, steps=steps, days=7)  # the 7 a figure too: ٧ in Arabic
    # The newest window's first day: acknowledging clears it for a week, then a trend still rising returns.
    return Reason("dose_trend", text, _day_start(yesterday - timedelta(days=6)), WEIGHTS["dose_trend"])


def longest_stretch(spans: Iterable[WorkSpan], gap: timedelta) -> tuple[datetime, datetime] | None:
    """The longest run of exposure work with no pause of ``gap`` or more between spans."""
    best: tuple[datetime, datetime] | None = None
    start = end = None
    for span in sorted(spans, key=lambda s: s.started_at):
        if start is None or end is None or span.started_at - end >= gap:
            start, end = span.started_at, span.ended_at
        else:
            end = max(end, span.ended_at)
        if best is None or end - start > best[1] - best[0]:
            best = (start, end)
    return best


def _stretch(spans: Sequence[WorkSpan], policy: WellbeingPolicy, now: datetime) -> Reason | None:
    a = policy.attention
    since = _since(now, a.stretch_days)
    gap = timedelta(minutes=policy.breaks.break_minutes)
    found = longest_stretch((s for s in spans if since <= s.started_at <= now), gap)
    if found is None:
        return None
    minutes = (found[1] - found[0]).total_seconds() / 60
    if minutes < a.long_stretch_minutes:
        return None
    hours, rest = divmod(round(minutes), 60)
    text = QT_TRANSLATE_NOOP(
        "Attention", "{hours} h {minutes} min of exposure work without a break, from {start} to {end}"
    ).format(hours=hours, minutes=rest, start=found[0], end=found[1])
    return Reason("long_stretch", text, found[1], WEIGHTS["long_stretch"])

"""Break, cap and rotation decisions: pure functions of numbers the meter and the store provide.

Thresholds are inclusive: a break is due when a figure is *at or above* its threshold, so a policy
of "60 minutes" prompts at 60:00, not 60:01.

Postponement belongs to one enforcement episode: when the figures fall below every threshold
again (a break was taken, or the meter saw a long absence) the episode ends and the next enforcement
may be postponed afresh.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from wellbeing.phrases import QT_TRANSLATE_NOOP, Figure, joined
from wellbeing.policy import WellbeingPolicy, budget_spent

__all__ = ["BreakAdvice", "BreakPlanner", "fmt_dose", "locked_tiers", "rotation_due"]

AdviceKind = Literal["none", "soft", "enforced"]


@dataclass(frozen=True)
class BreakAdvice:
    """What the UI should do now.

    ``kind``: "none"; "soft" (suggest a break, the reviewer may carry on); "enforced" (hide media and
    show the break screen). ``postponable``: whether ``BreakPlanner.postpone`` would be accepted now
    (a soft prompt can always be snoozed; an enforced break only while postponements remain).
    """

    kind: AdviceKind
    reason: str
    break_minutes: float
    postponable: bool


def _fmt_minutes(seconds: float) -> str:
    minutes = seconds / 60
    if minutes < 1:
        return QT_TRANSLATE_NOOP("Breaks", "less than a minute")
    return QT_TRANSLATE_NOOP("Breaks", "{minutes} min").format(minutes=Figure(minutes, ".0f"))


def fmt_dose(dose: float) -> str:
    """A dose in words that never reads "0" for a dose that is not zero (a policy may set a threshold
    below one weighted minute): under 1, "less than 1 weighted min"; under 10, one decimal."""
    if dose <= 0:
        return QT_TRANSLATE_NOOP("Breaks", "0 weighted min")
    if dose < 1:
        return QT_TRANSLATE_NOOP("Breaks", "less than 1 weighted min")
    amount = Figure(dose, ".1f" if dose < 10 else ".0f")  # the window writes it in the locale
    return QT_TRANSLATE_NOOP("Breaks", "{dose} weighted min").format(dose=amount)


def _joined(reasons: Sequence[str]) -> str:
    """Two reasons or more in one sentence, each still translatable (``ui.i18n.shown``)."""
    return joined(reasons, QT_TRANSLATE_NOOP("Breaks", "{first}; {second}"))


class BreakPlanner:
    """Decides soft and enforced breaks and holds the postponement state of the current enforcement."""

    def __init__(self, policy: WellbeingPolicy) -> None:
        self._policy = policy
        self._postponements_used = 0
        self._postponed_until: datetime | None = None
        self._soft_snoozed_until: datetime | None = None
        self._last_kind: AdviceKind = "none"
        self._break_started_at: datetime | None = None
        self._break_required_minutes = policy.breaks.break_minutes

    def set_policy(self, policy: WellbeingPolicy) -> None:
        """Use a changed policy from the next advice on; a break in progress keeps its length."""
        self._policy = policy

    @property
    def policy(self) -> WellbeingPolicy:
        return self._policy

    @property
    def postponements_used(self) -> int:
        """Postponements spent in the current enforcement episode."""
        return self._postponements_used

    @property
    def on_break(self) -> bool:
        return self._break_started_at is not None

    def advise(self, *, dose_since_break: float, continuous_seconds: float, now: datetime) -> BreakAdvice:
        """The advice for these figures at ``now``. Call it on every tick; it is cheap and idempotent."""
        rules = self._policy.breaks
        if self._break_started_at is not None:
            remaining = self.break_remaining_seconds(now)
            advice = BreakAdvice(
                "none",
                QT_TRANSLATE_NOOP("Breaks", "on a break ({left} left)").format(left=_fmt_minutes(remaining)),
                self._break_required_minutes,
                False,
            )
            self._last_kind = "none"
            return advice
        exposure = QT_TRANSLATE_NOOP("Breaks", "exposure since your last break is {dose}").format(
            dose=fmt_dose(dose_since_break)
        )
        worked = QT_TRANSLATE_NOOP("Breaks", "you have worked {time} without a break").format(
            time=_fmt_minutes(continuous_seconds)
        )
        enforced_reasons = []
        if dose_since_break >= rules.enforced_dose:
            enforced_reasons.append(exposure)
        if continuous_seconds >= rules.enforced_continuous_minutes * 60:
            enforced_reasons.append(worked)
        soft_reasons = []
        if dose_since_break >= rules.soft_prompt_dose:
            soft_reasons.append(exposure)
        if continuous_seconds >= rules.soft_prompt_continuous_minutes * 60:
            soft_reasons.append(worked)

        if not soft_reasons and not enforced_reasons:
            # Episode over (break taken or a long absence): postponements and snoozes start afresh.
            self._postponements_used = 0
            self._postponed_until = None
            self._soft_snoozed_until = None
            advice = BreakAdvice("none", QT_TRANSLATE_NOOP("Breaks", "no break due"), 0.0, False)
        elif enforced_reasons:
            if self._postponed_until is not None and now < self._postponed_until:
                advice = BreakAdvice(
                    "soft",
                    QT_TRANSLATE_NOOP("Breaks", "break postponed until {time}: {reasons}").format(
                        time=self._postponed_until, reasons=_joined(enforced_reasons)
                    ),
                    rules.enforced_break_minutes,
                    False,
                )
            else:
                advice = BreakAdvice(
                    "enforced",
                    _joined(enforced_reasons),
                    rules.enforced_break_minutes,
                    self._postponements_used < rules.postponements_allowed,
                )
        elif self._soft_snoozed_until is not None and now < self._soft_snoozed_until:
            snoozed = QT_TRANSLATE_NOOP("Breaks", "break suggestion snoozed until {time}")
            advice = BreakAdvice("none", snoozed.format(time=self._soft_snoozed_until), 0.0, False)
        else:
            advice = BreakAdvice("soft", _joined(soft_reasons), rules.break_minutes, True)
        # Remember what was shown, so postpone() knows what it postpones.
        self._last_kind = "enforced" if enforced_reasons else advice.kind
        return advice

    def postpone(self, now: datetime) -> bool:
        """Postpone the last advice by ``postpone_max_minutes``: snooze a soft prompt (always allowed) or
        spend one of the enforcement's postponements. Returns whether it was accepted."""
        rules = self._policy.breaks
        until = now + timedelta(minutes=rules.postpone_max_minutes)
        if self._last_kind == "soft":
            self._soft_snoozed_until = until
            return True
        if self._last_kind == "enforced":
            if self._postponed_until is not None and now < self._postponed_until:
                return False  # already postponed; no stacking
            if self._postponements_used >= rules.postponements_allowed:
                return False
            self._postponements_used += 1
            self._postponed_until = until
            return True
        return False

    def break_started(self, now: datetime) -> None:
        """A break began; it must last ``enforced_break_minutes`` if enforced, else ``break_minutes``."""
        rules = self._policy.breaks
        self._break_started_at = now
        self._break_required_minutes = (
            rules.enforced_break_minutes if self._last_kind == "enforced" else rules.break_minutes
        )

    def break_remaining_seconds(self, now: datetime) -> float:
        """Seconds left of the required break (0 when not on a break or done)."""
        if self._break_started_at is None:
            return 0.0
        elapsed = (now - self._break_started_at).total_seconds()
        return max(0.0, self._break_required_minutes * 60 - elapsed)

    def break_ended(self, now: datetime) -> bool:
        """The break is over. Returns whether it was long enough to count (then the episode is over and
        the caller resets the meter's since-break figures with ``ExposureMeter.break_ended``)."""
        if self._break_started_at is None:
            return False
        complete = self.break_remaining_seconds(now) <= 0
        self._break_started_at = None
        if complete:
            self._postponements_used = 0
            self._postponed_until = None
            self._soft_snoozed_until = None
            self._last_kind = "none"
        return complete


def locked_tiers(policy: WellbeingPolicy, dose_today: float) -> frozenset[int]:
    """Tiers the reviewer may not claim today: those above ``caps.lock_tiers_above`` once the daily
    budget is spent (``budget_spent``: at or above it); none before."""
    if not budget_spent(dose_today, policy.caps.daily_budget_dose):
        return frozenset()
    return frozenset(tier for tier in policy.tiers if tier > policy.caps.lock_tiers_above)


def rotation_due(policy: WellbeingPolicy, recent_tiers: Sequence[int]) -> bool:
    """Whether the last K items (``recent_tiers`` is oldest first) were all at or above
    ``caps.high_severity_tier``, K being ``caps.rotation_after_consecutive_high``."""
    k = policy.caps.rotation_after_consecutive_high
    if len(recent_tiers) < k:
        return False
    return all(tier >= policy.caps.high_severity_tier for tier in recent_tiers[-k:])

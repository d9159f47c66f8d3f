"""The wellbeing policy: visibility and severity weights, break, cap and rotation rules.

The policy is data, not code, so wellbeing staff can tune it without a release: it is read from TOML
(the shipped defaults live in ``resources/wellbeing_policy.toml``, which cites the guidance behind each
number), stored by ``workstation`` in the database and written back with ``policy_to_toml``.

Units: a *dose* is in weighted minutes, i.e. minutes x visibility weight x severity weight. One minute of
fully revealed media from a severity-1.0 queue is a dose of 1.0, so budgets read as "minutes of
unfiltered viewing of ordinary escalations".

Every dataclass validates itself, so a policy built in code is checked exactly like a loaded one, and
every error names the offending key (``breaks.enforced_dose``) so an admin can fix the file.
"""

from __future__ import annotations

import importlib.resources
import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from wellbeing.phrases import QT_TRANSLATE_NOOP, Figure

__all__ = [
    "DEFAULT_POLICY_PATH",
    "SUPPORT_CONTACT_MAX",
    "AttentionPolicy",
    "BreakPolicy",
    "CapPolicy",
    "QueueOverride",
    "ScreeningPolicy",
    "VisibilityWeights",
    "WellbeingPolicy",
    "budget_spent",
    "load_policy",
    "policy_changes",
    "policy_fields",
    "policy_from_mapping",
    "policy_from_toml",
    "policy_to_toml",
]

# Shipped in the package ``resources`` (found wherever it is installed, docs/install.md).
DEFAULT_POLICY_PATH: Traversable = importlib.resources.files("resources") / "wellbeing_policy.toml"


# Upper bounds: a value past these is a typo (an extra zero, minutes typed as seconds), never a policy.
MAX_WEIGHT = 100.0
MAX_DOSE = 100_000.0  # weighted minutes; a day of fully revealed tier-4 work is about 3,000
MAX_MINUTES = 1440.0  # one day
MAX_SECONDS = 3600.0
MAX_TIER = 100
SUPPORT_CONTACT_MAX = 1000
MIN_GROUP_FLOOR = 3  # the smallest group a lead may see figures of


def _is_number(value: object) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float)


# The sentences are phrases (docs/translations.md, "Sentences of the core"): the policy editor shows them
# in the reader's language; the key is the setting's TOML name, and a number is passed raw (its English
# is its repr, as before), so the window writes it in the locale's digits.
def _not_a_number(key: str, value: object) -> ValueError:
    return ValueError(
        QT_TRANSLATE_NOOP("Policy", "{key} must be a number, got {value}").format(key=key, value=repr(value))
    )


def _check_weight(key: str, value: float, maximum: float = MAX_WEIGHT) -> None:
    if not _is_number(value):
        raise _not_a_number(key, value)
    if not math.isfinite(value) or not 0 <= value <= maximum:
        raise ValueError(
            QT_TRANSLATE_NOOP("Policy", "{key} must be a number from 0 to {maximum}, got {value}").format(
                key=key, maximum=Figure(maximum, "g"), value=value
            )
        )


def _check_positive(key: str, value: float, maximum: float = math.inf) -> None:
    if not _is_number(value):
        raise _not_a_number(key, value)
    if not math.isfinite(value) or not 0 < value <= maximum:
        sentence = (
            QT_TRANSLATE_NOOP(
                "Policy", "{key} must be a number greater than 0 and at most {maximum}, got {value}"
            )
            if math.isfinite(maximum)
            else QT_TRANSLATE_NOOP("Policy", "{key} must be a number greater than 0, got {value}")
        )
        raise ValueError(sentence.format(key=key, maximum=Figure(maximum, "g"), value=value))


def _check_int(key: str, value: int, minimum: int, maximum: int | None = None) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(
            QT_TRANSLATE_NOOP("Policy", "{key} must be a whole number, got {value}").format(
                key=key, value=repr(value)
            )
        )
    if value < minimum or (maximum is not None and value > maximum):
        sentence = (
            QT_TRANSLATE_NOOP(
                "Policy", "{key} must be a whole number from {minimum} to {maximum}, got {value}"
            )
            if maximum is not None
            else QT_TRANSLATE_NOOP("Policy", "{key} must be a whole number >= {minimum}, got {value}")
        )
        raise ValueError(sentence.format(key=key, minimum=minimum, maximum=maximum, value=value))


def budget_spent(dose: float, budget: float) -> bool:
    """The one definition of "over budget" used by caps and reports: the dose has reached the budget."""
    return dose >= budget


@dataclass(frozen=True)
class VisibilityWeights:
    """How much of an item's content reaches the reviewer, per rendering, from 0 (hidden) to 1 (revealed).

    A spotlight reveals part of the view: ``weight = base + (revealed - base) * area_fraction``.
    ``audio_unmuted_add`` is added to the visual weight while unmuted audio plays.
    """

    hidden: float = 0.0
    blurred_gray: float = 0.1
    blurred_color: float = 0.2
    stylised: float = 0.3
    gray_unblurred: float = 0.6
    revealed: float = 1.0
    audio_unmuted_add: float = 0.3

    def __post_init__(self) -> None:
        for f in fields(self):  # fractions of the content that reaches the reviewer
            _check_weight(f"visibility.{f.name}", getattr(self, f.name), 1.0)
        if self.revealed <= 0:  # fully revealed media counting nothing would switch exposure off
            raise ValueError(
                QT_TRANSLATE_NOOP("Policy", "{key} must be greater than 0, got {value}").format(
                    key="visibility.revealed", value=self.revealed
                )
            )


@dataclass(frozen=True)
class BreakPolicy:
    """When to suggest (soft) and when to require (enforced) a break.

    A threshold is reached when the dose since the last break, in weighted minutes, or the continuous
    time on task, in minutes, is at or above it (whichever comes first).
    """

    soft_prompt_dose: float = 30.0
    soft_prompt_continuous_minutes: float = 60.0
    enforced_dose: float = 60.0
    enforced_continuous_minutes: float = 120.0
    break_minutes: float = 5.0
    enforced_break_minutes: float = 15.0
    postponements_allowed: int = 1
    postpone_max_minutes: float = 10.0

    def __post_init__(self) -> None:
        for name in (
            "soft_prompt_dose",
            "soft_prompt_continuous_minutes",
            "enforced_dose",
            "enforced_continuous_minutes",
            "break_minutes",
            "enforced_break_minutes",
            "postpone_max_minutes",
        ):
            maximum = MAX_DOSE if name.endswith("_dose") else MAX_MINUTES
            _check_positive(f"breaks.{name}", getattr(self, name), maximum)
        _check_int("breaks.postponements_allowed", self.postponements_allowed, 0, 10)
        if self.soft_prompt_dose > self.enforced_dose:
            raise ValueError(
                QT_TRANSLATE_NOOP("Policy", "{key} must not exceed {other}").format(
                    key="breaks.soft_prompt_dose", other="breaks.enforced_dose"
                )
            )
        if self.soft_prompt_continuous_minutes > self.enforced_continuous_minutes:
            raise ValueError(
                QT_TRANSLATE_NOOP("Policy", "{key} must not exceed {other}").format(
                    key="breaks.soft_prompt_continuous_minutes", other="breaks.enforced_continuous_minutes"
                )
            )


@dataclass(frozen=True)
class CapPolicy:
    """The daily exposure budget and rotation away from the most severe work."""

    daily_budget_dose: float = 240.0
    lock_tiers_above: int = 2
    rotation_after_consecutive_high: int = 10
    high_severity_tier: int = 3

    def __post_init__(self) -> None:
        _check_positive("caps.daily_budget_dose", self.daily_budget_dose, MAX_DOSE)
        _check_int("caps.lock_tiers_above", self.lock_tiers_above, 0, MAX_TIER)
        _check_int("caps.rotation_after_consecutive_high", self.rotation_after_consecutive_high, 1, 10_000)
        _check_int("caps.high_severity_tier", self.high_severity_tier, 1, MAX_TIER)


@dataclass(frozen=True)
class ScreeningPolicy:
    """The optional periodic wellbeing questionnaire (WHO-5, ``wellbeing.screening``), off by default.

    ``interval_days``: how often it is offered; at least 14, because WHO-5 asks about the last two weeks.
    """

    enabled: bool = False
    interval_days: int = 14

    def __post_init__(self) -> None:
        if not isinstance(self.enabled, bool):
            raise ValueError(
                QT_TRANSLATE_NOOP("Policy", "{key} must be true or false, got {value}").format(
                    key="screening.enabled", value=repr(self.enabled)
                )
            )
        _check_int("screening.interval_days", self.interval_days, 14, 365)


@dataclass(frozen=True)
class AttentionPolicy:
    """When wellbeing staff's attention view lists a person (``wellbeing.attention``; docs/wellbeing.md).

    Each rule looks back over its own window of days, counted back from now; a reason clears when its
    evidence falls out of the window, when a later check-in is fine again (for a low check-in), or
    when staff acknowledge the person after it.
    """

    low_mood: int = 2  # a check-in at or below this (1 very low, 2 low) is a reason
    checkin_days: int = 7
    affected_days: int = 7
    breaks_days: int = 7
    skipped_breaks: int = 1  # enforced breaks never taken
    postponed_breaks: int = 2  # enforced breaks postponed
    over_budget_days: int = 7
    days_over_budget: int = 1
    trend_weeks: int = 3  # rolling 7-day windows, oldest to newest, each higher than the one before
    trend_rise: float = 0.25  # and the newest at least this fraction above the oldest
    trend_min_dose: float = 60.0  # in the newest window: a rise from nearly nothing is no trend
    stretch_days: int = 7
    long_stretch_minutes: float = 150.0  # exposure work with no gap of a break's length in it

    def __post_init__(self) -> None:
        _check_int("attention.low_mood", self.low_mood, 1)
        if self.low_mood > 4:
            raise ValueError(
                QT_TRANSLATE_NOOP("Policy", "{key} must be {minimum} to {maximum}, got {value}").format(
                    key="attention.low_mood", minimum=1, maximum=4, value=self.low_mood
                )
            )
        for name in ("checkin_days", "affected_days", "breaks_days", "over_budget_days", "stretch_days"):
            _check_int(f"attention.{name}", getattr(self, name), 1, 366)
        for name in ("skipped_breaks", "postponed_breaks", "days_over_budget"):
            _check_int(f"attention.{name}", getattr(self, name), 1, 1000)
        _check_int("attention.trend_weeks", self.trend_weeks, 2, 52)
        _check_positive("attention.trend_rise", self.trend_rise, 100.0)
        _check_positive("attention.trend_min_dose", self.trend_min_dose, MAX_DOSE)
        _check_positive("attention.long_stretch_minutes", self.long_stretch_minutes, 24 * 60.0)


@dataclass(frozen=True)
class QueueOverride:
    """A queue that does not fit its tier: a fixed severity weight, another tier, or both.

    ``tier`` also decides locking and rotation for the queue's items; ``severity_weight`` wins over the
    tier's weight for the dose.
    """

    severity_weight: float | None = None
    tier: int | None = None

    def __post_init__(self) -> None:
        if self.severity_weight is None and self.tier is None:
            raise ValueError(
                QT_TRANSLATE_NOOP("Policy", "a queue override needs severity_weight and/or tier")
            )
        if self.severity_weight is not None:
            _check_weight("severity_weight", self.severity_weight)
        if self.tier is not None:
            _check_int("tier", self.tier, 1, MAX_TIER)


def _default_severity() -> Mapping[int, float]:
    return MappingProxyType({1: 0.5, 2: 1.0, 3: 1.5, 4: 2.0})


def _empty_overrides() -> Mapping[str, QueueOverride]:
    return MappingProxyType({})


@dataclass(frozen=True)
class WellbeingPolicy:
    """The whole policy. The defaults here equal the shipped TOML (a test keeps them in step)."""

    visibility: VisibilityWeights = field(default_factory=VisibilityWeights)
    severity_weights: Mapping[int, float] = field(default_factory=_default_severity)
    idle_seconds: float = 60.0
    clock_jump_seconds: float = 30.0
    # A decision key counts only once the item's filtered frame has been on screen this long
    # (docs/architecture.md, invariant 2; docs/reviewer-keys.md).
    decision_min_view_seconds: float = 0.4
    breaks: BreakPolicy = field(default_factory=BreakPolicy)
    caps: CapPolicy = field(default_factory=CapPolicy)
    attention: AttentionPolicy = field(default_factory=AttentionPolicy)
    queue_overrides: Mapping[str, QueueOverride] = field(default_factory=_empty_overrides)
    min_group_size: int = 5
    # Shown on the break screen, the check-in and the reviewer's own view: who to talk to, and how.
    support_contact: str = ""
    screening: ScreeningPolicy = field(default_factory=ScreeningPolicy)

    def __post_init__(self) -> None:
        if not self.severity_weights:
            raise ValueError(QT_TRANSLATE_NOOP("Policy", "severity_weights must name at least one tier"))
        if len(self.severity_weights) > 20:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Policy", "severity_weights may name at most {most} tiers, got {count}"
                ).format(most=20, count=len(self.severity_weights))
            )
        for tier, weight in self.severity_weights.items():
            _check_int("severity_weights tier", tier, 1, MAX_TIER)
            _check_weight(f"severity_weights.{tier}", weight)
        # Freeze the mappings so a shared policy cannot be changed under the meter's feet.
        object.__setattr__(
            self, "severity_weights", MappingProxyType(dict(sorted(self.severity_weights.items())))
        )
        for name, override in self.queue_overrides.items():
            if not isinstance(override, QueueOverride):
                raise ValueError(f"queue_overrides.{name} must be a QueueOverride")
            if override.tier is not None and override.tier not in self.severity_weights:
                raise ValueError(
                    QT_TRANSLATE_NOOP("Policy", "{key}: unknown tier {tier}").format(
                        key=f"queue_overrides.{name}.tier", tier=override.tier
                    )
                )
        object.__setattr__(self, "queue_overrides", MappingProxyType(dict(self.queue_overrides)))
        _check_positive("idle_seconds", self.idle_seconds, MAX_SECONDS)
        _check_positive("clock_jump_seconds", self.clock_jump_seconds, MAX_SECONDS)
        _check_weight("decision_min_view_seconds", self.decision_min_view_seconds)
        if self.decision_min_view_seconds > 10:
            raise ValueError(
                QT_TRANSLATE_NOOP("Policy", "{key} must be at most {maximum}, got {value}").format(
                    key="decision_min_view_seconds", maximum=10, value=self.decision_min_view_seconds
                )
            )
        # A group of one or two shows leads a person's own figures, or each of two their colleague's
        # (docs/reports-privacy.md): the floor is three.
        _check_int("min_group_size", self.min_group_size, MIN_GROUP_FLOOR, 1000)
        _check_support_contact(self.support_contact)
        if not isinstance(self.screening, ScreeningPolicy):
            raise ValueError("screening must be a ScreeningPolicy")
        if self.caps.high_severity_tier not in self.severity_weights:
            raise ValueError(
                QT_TRANSLATE_NOOP("Policy", "{key}: unknown tier {tier}").format(
                    key="caps.high_severity_tier", tier=self.caps.high_severity_tier
                )
            )

    @property
    def tiers(self) -> tuple[int, ...]:
        """The configured severity tiers, ascending."""
        return tuple(self.severity_weights)

    def effective_tier(self, queue_name: str | None, tier: int) -> int:
        """The tier that counts for locking and rotation: the queue's override tier, else the item's."""
        override = self.queue_overrides.get(queue_name) if queue_name is not None else None
        effective = override.tier if override is not None and override.tier is not None else tier
        if effective not in self.severity_weights:
            raise ValueError(f"unknown severity tier {effective} (configured: {list(self.severity_weights)})")
        return effective

    def severity_weight(self, queue_name: str | None, tier: int) -> float:
        """The severity weight of an item: the queue's fixed weight, else its (override) tier's weight."""
        override = self.queue_overrides.get(queue_name) if queue_name is not None else None
        if override is not None and override.severity_weight is not None:
            return override.severity_weight
        return self.severity_weights[self.effective_tier(queue_name, tier)]


def _check_support_contact(text: object) -> None:
    if not isinstance(text, str):
        raise ValueError(
            QT_TRANSLATE_NOOP("Policy", "{key} must be text, got {value}").format(
                key="support_contact", value=repr(text)
            )
        )
    if len(text) > SUPPORT_CONTACT_MAX:
        raise ValueError(
            QT_TRANSLATE_NOOP("Policy", "{key} may be at most {most} characters, got {count}").format(
                key="support_contact", most=SUPPORT_CONTACT_MAX, count=len(text)
            )
        )
    if any(not (c.isprintable() or c == "\n") for c in text):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Policy", "support_contact may contain only printable characters and line breaks"
            )
        )


def policy_fields(policy: WellbeingPolicy) -> dict[str, Any]:
    """Every setting of a policy under its dotted TOML key (``caps.daily_budget_dose``): what the
    history compares and the editor shows."""
    out: dict[str, Any] = {
        "idle_seconds": policy.idle_seconds,
        "clock_jump_seconds": policy.clock_jump_seconds,
        "decision_min_view_seconds": policy.decision_min_view_seconds,
        "min_group_size": policy.min_group_size,
        "support_contact": policy.support_contact,
    }
    for name, section in (
        ("visibility", policy.visibility),
        ("breaks", policy.breaks),
        ("caps", policy.caps),
        ("screening", policy.screening),
    ):
        out.update({f"{name}.{f.name}": getattr(section, f.name) for f in fields(section)})
    out.update({f"severity_weights.{t}": w for t, w in policy.severity_weights.items()})
    for queue, override in policy.queue_overrides.items():
        out[f"queue_overrides.{queue}.severity_weight"] = override.severity_weight
        out[f"queue_overrides.{queue}.tier"] = override.tier
    return out


def policy_changes(old: WellbeingPolicy, new: WellbeingPolicy) -> list[str]:
    """What changed, one ``key: old -> new`` line per setting, for the history and the audit trail."""
    before, after = policy_fields(old), policy_fields(new)
    lines = []
    for key in sorted(before.keys() | after.keys()):
        a, b = before.get(key), after.get(key)
        if a != b:
            lines.append(f"{key}: {_shown(a)} -> {_shown(b)}")
    return lines


def _shown(value: Any) -> str:
    if value is None:
        return "(unset)"
    if isinstance(value, str):
        return repr(value if len(value) <= 60 else value[:57] + "...")
    if isinstance(value, bool):
        return "true" if value else "false"
    return f"{value:g}" if isinstance(value, float) else str(value)


# ---------------------------------------------------------------------------------------------- TOML


_TOP_LEVEL = {
    "idle_seconds",
    "clock_jump_seconds",
    "decision_min_view_seconds",
    "min_group_size",
    "support_contact",
    "visibility",
    "severity_weights",
    "breaks",
    "caps",
    "attention",
    "screening",
    "queue_overrides",
}


def _number(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{key} must be a number, got {value!r}")
    return float(value)


def _integer(key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key} must be an integer, got {value!r}")
    return value


def _boolean(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false, got {value!r}")
    return value


def _table(key: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{key} must be a table, got {value!r}")
    return value


def _section(cls: Any, name: str, raw: Any) -> Any:
    """Build a section dataclass from its table; missing keys keep their defaults, unknown keys fail."""
    table = _table(name, raw)
    kinds = {f.name: f.type for f in fields(cls)}  # "int", "float" or "bool" (postponed annotations)
    kwargs: dict[str, Any] = {}
    for key, value in table.items():
        if key not in kinds:
            raise ValueError(f"unknown key {name}.{key} (known: {', '.join(kinds)})")
        read = {"int": _integer, "bool": _boolean}.get(str(kinds[key]), _number)
        kwargs[key] = read(f"{name}.{key}", value)
    return cls(**kwargs)


def policy_from_mapping(data: Mapping[str, Any]) -> WellbeingPolicy:
    """A policy from parsed TOML (nested tables); the same checks and sentences as ``policy_from_toml``."""
    for key in data:
        if key not in _TOP_LEVEL:
            raise ValueError(f"unknown key {key} (known: {', '.join(sorted(_TOP_LEVEL))})")
    kwargs: dict[str, Any] = {}
    if "visibility" in data:
        kwargs["visibility"] = _section(VisibilityWeights, "visibility", data["visibility"])
    if "breaks" in data:
        kwargs["breaks"] = _section(BreakPolicy, "breaks", data["breaks"])
    if "caps" in data:
        kwargs["caps"] = _section(CapPolicy, "caps", data["caps"])
    if "attention" in data:
        kwargs["attention"] = _section(AttentionPolicy, "attention", data["attention"])
    if "screening" in data:
        kwargs["screening"] = _section(ScreeningPolicy, "screening", data["screening"])
    if "support_contact" in data:
        if not isinstance(data["support_contact"], str):
            raise ValueError(f"support_contact must be text, got {data['support_contact']!r}")
        kwargs["support_contact"] = data["support_contact"]
    for key in ("idle_seconds", "clock_jump_seconds", "decision_min_view_seconds"):
        if key in data:
            kwargs[key] = _number(key, data[key])
    if "min_group_size" in data:
        kwargs["min_group_size"] = _integer("min_group_size", data["min_group_size"])
    if "severity_weights" in data:
        weights: dict[int, float] = {}
        for raw_tier, weight in _table("severity_weights", data["severity_weights"]).items():
            if not raw_tier.isdigit() or int(raw_tier) < 1:
                raise ValueError(f"severity_weights.{raw_tier}: a tier must be a whole number >= 1")
            weights[int(raw_tier)] = _number(f"severity_weights.{raw_tier}", weight)
        kwargs["severity_weights"] = weights
    if "queue_overrides" in data:
        overrides: dict[str, QueueOverride] = {}
        for queue, raw in _table("queue_overrides", data["queue_overrides"]).items():
            key = f"queue_overrides.{queue}"
            table = _table(key, raw)
            unknown = set(table) - {"severity_weight", "tier"}
            if unknown:
                raise ValueError(f"unknown key {key}.{sorted(unknown)[0]} (known: severity_weight, tier)")
            try:
                overrides[queue] = QueueOverride(
                    severity_weight=(
                        _number(f"{key}.severity_weight", table["severity_weight"])
                        if "severity_weight" in table
                        else None
                    ),
                    tier=_integer(f"{key}.tier", table["tier"]) if "tier" in table else None,
                )
            except ValueError as error:
                raise ValueError(f"{key}: {error}") from None
        kwargs["queue_overrides"] = overrides
    return WellbeingPolicy(**kwargs)


def policy_from_toml(text: str) -> WellbeingPolicy:
    """Parse and validate a policy; keys left out keep their defaults, anything wrong is a ValueError."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"wellbeing policy is not valid TOML: {error}") from None
    return policy_from_mapping(data)


def load_policy(path: Path | None = None) -> WellbeingPolicy:
    """Load a policy file; without a path, the shipped defaults in ``resources/wellbeing_policy.toml``."""
    source: Path | Traversable = DEFAULT_POLICY_PATH if path is None else path
    try:
        return policy_from_toml(source.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ValueError(f"{source}: {error}") from None


def _toml_string(text: str) -> str:
    """A TOML basic string. Hand-written because the standard library reads TOML but does not write it."""
    out = ['"']
    for char in text:
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _toml_value(value: float | int | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, int) else repr(float(value))


def policy_to_toml(policy: WellbeingPolicy) -> str:
    """Serialise a policy so that ``policy_from_toml(policy_to_toml(p)) == p`` (comments are not kept)."""
    lines = [
        "# Reviewer Workstation wellbeing policy (doses are weighted minutes).",
        f"idle_seconds = {_toml_value(policy.idle_seconds)}",
        f"clock_jump_seconds = {_toml_value(policy.clock_jump_seconds)}",
        f"decision_min_view_seconds = {_toml_value(policy.decision_min_view_seconds)}",
        f"min_group_size = {_toml_value(policy.min_group_size)}",
        f"support_contact = {_toml_string(policy.support_contact)}",
    ]
    sections = (
        ("visibility", policy.visibility),
        ("breaks", policy.breaks),
        ("caps", policy.caps),
        ("attention", policy.attention),
        ("screening", policy.screening),
    )
    for name, section in sections:
        lines += ["", f"[{name}]"]
        lines += [f"{f.name} = {_toml_value(getattr(section, f.name))}" for f in fields(section)]
    lines += ["", "[severity_weights]"]
    lines += [f"{tier} = {_toml_value(weight)}" for tier, weight in policy.severity_weights.items()]
    for queue, override in policy.queue_overrides.items():
        lines += ["", f"[queue_overrides.{_toml_string(queue)}]"]
        if override.severity_weight is not None:
            lines.append(f"severity_weight = {_toml_value(override.severity_weight)}")
        if override.tier is not None:
            lines.append(f"tier = {_toml_value(override.tier)}")
    return "\n".join(lines) + "\n"

"""What exposure and care mean: exposure accounting, break/cap policy, report definitions.

A pure leaf (docs/architecture.md, "Layers"): no Qt, no database, no imports of ``workstation``,
``ui`` or ``media``.
Time comes in through an injected ``wellbeing.clock.Clock``. Modules:

- ``clock``: ``Clock``, ``SystemClock``, ``FakeClock`` (for tests project-wide).
- ``policy``: the ``WellbeingPolicy`` and its TOML form (defaults in ``resources/wellbeing_policy.toml``).
- ``exposure``: ``ExposureMeter``, the state machine from viewing events to ``ExposureSpan`` records.
- ``breaks``: ``BreakPlanner`` (soft/enforced breaks, postponement), ``locked_tiers``, ``rotation_due``.
- ``reports``: percentiles, distributions, small-group suppression, days over budget, mood trend.
- ``simulation``: ``simulate_shift``, a scripted shift through all of the above (tests, demo data).
"""

from wellbeing.breaks import BreakAdvice, BreakPlanner, locked_tiers, rotation_due
from wellbeing.clock import Clock, FakeClock, SystemClock
from wellbeing.exposure import ClockJump, ExposureMeter, ExposureSpan, ViewState
from wellbeing.policy import WellbeingPolicy, load_policy, policy_from_toml, policy_to_toml

__all__ = [
    "BreakAdvice",
    "BreakPlanner",
    "Clock",
    "ClockJump",
    "ExposureMeter",
    "ExposureSpan",
    "FakeClock",
    "SystemClock",
    "ViewState",
    "WellbeingPolicy",
    "load_policy",
    "locked_tiers",
    "policy_from_toml",
    "policy_to_toml",
    "rotation_due",
]

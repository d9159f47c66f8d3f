"""What exposure and care mean: exposure accounting, break/cap policy, report definitions.

A pure leaf (design.md section 2): no Qt, no database, no imports of ``workstation``, ``ui`` or ``media``.
Time comes in through an injected ``wellbeing.clock.Clock``.
"""

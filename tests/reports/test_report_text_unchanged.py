"""The command line's reports stay byte for byte what they were before the window's PDFs learnt the
person's language (issue 17): the core's builders with their default (plain) formats write English,
ASCII digits and ISO dates, which scripts and archived reports rely on (docs/translations.md,
"Documents made by the core")."""

from __future__ import annotations

import json

from tests.reports.report_samples import GOLDEN, outputs


def test_the_cli_reports_are_byte_identical_to_before() -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    made = outputs()
    assert sorted(made) == sorted(golden)
    changed = [name for name in golden if made[name] != golden[name]]
    assert changed == [], changed

"""Care events never show up in what a lead sees (docs/architecture.md, invariant 5; issue 14).

A world of decisions and exposure is built; every lead-visible output is produced (the decision export
in each format, the exposure report by week and by day in CSV and JSON, as the lead and as an admin);
then only care events are added: check-ins with notes, "This affected me" and enforced breaks
(postponed, skipped), self breaks, WHO-5 screenings. Produced again under the same fixed clock:

- the decision exports are byte-for-byte identical (a care event never reaches work data, e.g. the
  handling times of the items that affected someone);
- screenings change nothing at all;
- the exposure report is a wellbeing report whose aggregate break and check-in counts are meant to
  move (for groups of at least the minimum size: docs/reports-privacy.md). Its exposure figures (dose,
  revealed minutes, items and their statistics) do not move in any row, and a group that appears only
  through care events shows nothing.

Known and documented (docs/reports-privacy.md, "Care events and group sizes"): a person with only care
events that day counts towards a cell's people, so a cell can pass the minimum and show its people and
"people over budget" counts after care events; its dose stays withheld by the contributor rule.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from reports_world import World, at

from workstation.exports import FORMATS
from workstation.reports import write_csv, write_json
from workstation.screening import ScreeningService

START, END = date(2026, 1, 5), date(2026, 1, 11)
#: What a lead's exposure report says about exposure itself: never moved by a care event.
EXPOSURE_COLUMNS = ("dose", "revealed_minutes", "items", "mean_dose", "median_dose", "p90_dose", "max_dose")


def _outputs(world: World, tmp: Path, tag: str) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for who in ("lead", "admin"):
        actor = world.users[who]
        for fmt in FORMATS:
            path = tmp / f"{tag}-{who}.{fmt}"
            world.exports.export(actor, path, fmt, signer=world.signers["lead"])
            out[f"export/{who}.{fmt}"] = path.read_bytes()
        for period in ("week", "day"):
            report = world.reports.exposure(actor, START, END, period=period)
            text = io.StringIO()
            write_csv(report, text)
            out[f"report/{who}/{period}.csv"] = text.getvalue().encode()
            text = io.StringIO()
            write_json(report, text)
            out[f"report/{who}/{period}.json"] = text.getvalue().encode()
    return out


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode())))


def test_care_events_change_no_lead_export_and_only_aggregate_care_counts(
    week: World, tmp_path: Path
) -> None:
    world = week
    world.keypair("lead")
    for reviewer, queue, n in (("a1", "general", 3), ("a2", "gore", 2), ("r1", "general", 2)):
        world.decide(reviewer, queue, n)
    before = _outputs(world, tmp_path, "before")

    # screenings first: nothing at all may change
    screening = ScreeningService(world.db, world.clock)
    for name in ("a1", "a2", "a3", "a4", "a5", "r1"):
        screening.record(world.users[name], [1, 2, 3, 2, 1])
    assert _outputs(world, tmp_path, "screened") == before

    # then every other kind of care event, on the days of the decisions and of the report
    for name in ("a1", "a2", "a3", "a4", "a5", "r1"):
        world.checkin(name, at(1, 9), 1)
        world.checkin(name, at(16, 9), 2)  # the day of the decisions, too
        world.break_(name, at(1, 10), "affected", "taken")
        world.break_(name, at(16, 10), "affected", "taken")
        world.break_(name, at(2, 10), "enforced", "dismissed", postponed=1)
        world.break_(name, at(3, 10), "self", "taken")
    after = _outputs(world, tmp_path, "after")

    assert set(after) == set(before)
    for key in before:
        if key.startswith("export/"):
            assert after[key] == before[key], f"{key} changed when only care events were added"
    for key in [k for k in before if k.startswith("report/") and k.endswith(".csv")]:
        old = {(r["period_start"], r["level"], r["group"]): r for r in _rows(before[key])}
        new = {(r["period_start"], r["level"], r["group"]): r for r in _rows(after[key])}
        assert set(old) <= set(new), key
        for cell, row in new.items():
            if cell not in old:  # a group whose only new members came with care events: nothing shown
                assert row["suppressed"] == "True" and not row["dose"] and not row["people"], (key, cell)
                continue
            assert {c: row[c] for c in EXPOSURE_COLUMNS} == {c: old[cell][c] for c in EXPOSURE_COLUMNS}, (
                key,
                cell,
            )
    for key in [k for k in before if k.endswith(".json")]:
        old_json, new_json = json.loads(before[key]), json.loads(after[key])
        assert {k: v for k, v in old_json.items() if k not in ("rows", "overall")} == {
            k: v for k, v in new_json.items() if k not in ("rows", "overall")
        }, key
    # the aggregate care counts did move somewhere: the comparison above is not vacuous
    assert any(before[k] != after[k] for k in before if k.startswith("report/"))

"""Fixed reports (no database, no clock) covering every branch of the core's report writers: the daily
report (with and without a team, breaches, key tickets, incidents), the SLA report (by queue and team,
today and the week, per-person figures allowed, refused and listed) and the QA report (by queue,
reviewer and verdict, kappas shown, withheld and absent). ``outputs`` is every text the command line
writes from them; ``report_text_golden.json`` holds what it wrote before the reports learnt languages
(tests/reports/test_report_text_unchanged.py)."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from workstation import daily_report, qa, sla
from workstation.daily_report import DailyReport, Faults, IncidentSummary, QueueDay
from workstation.key_tickets import KeyTicketRow
from workstation.sla import Breach, PersonRow, SlaReport, SlaRow

GOLDEN = Path(__file__).with_name("report_text_golden.json")
NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


BREACHES = (
    Breach("images", "ref-1", _at(9, 1), _at(9, 5), _at(9, 7, 12), "alice", 7920.0),
    Breach("=video", "ref-|2", _at(9, 2), _at(9, 6), None, None, 185000.0),
)


def daily(*, team: str | None, full: bool) -> DailyReport:
    queues = (
        QueueDay("images", 12, 9, 1, 4, 5400.0, 9.3, 10.0, 0.0),
        QueueDay("video <b>", 0, 0, 0, 0, None, 0.0, 0.0, 0.0),
    )
    return DailyReport(
        day=date(2026, 3, 9),
        zone="Asia/Singapore",
        team=team,
        start=_at(8, 16),
        cutoff=_at(9, 16),
        generated_at=NOW,
        queues=queues,
        breaches=BREACHES if full else (),
        key_tickets=(KeyTicketRow("images", "ref-9", "a | summary", "bob", _at(9, 3, 4)),) if full else (),
        incidents=IncidentSummary(2, 1, 3) if full else None,
        faults=Faults(1, 0, 2, 3, 4),
        faults_avg7=Faults(0.5, 0.0, 1.0, 3.0, 8.0),
    )


def sla_report(*, by: str, period: str, people: str) -> SlaReport:
    rows = (
        SlaRow("images", 240, 4, 5400.0, 1, 2, 9, 0.75, 0.8125, 600.0, 7200.0, 30.0, 95.0, 0.1, 0.05, 2),
        SlaRow("video"),
    )
    listed = (PersonRow("alice", 25, 0.92, 41.0, 33.5), PersonRow("bob", 31, None, None, 120000.0))
    report = SlaReport(
        by, period, _at(9, 16), NOW, "Europe/Dublin", NOW, rows, BREACHES if by == "queue" else ()
    )
    if people == "off":
        return sla._replace(
            report,
            people=None,
            people_note="Per-person figures are off: the organisation's "
            "policy does not allow them (an admin decides: 'workstation operations per-person allow').",
        )
    if people == "listed":
        return sla._replace(
            report,
            people=listed,
            people_note="Only reviewers with at least 20 decisions in the "
            "window are listed; 3 with fewer are not.",
        )
    return report


def qa_rows(by: str) -> list[dict[str, Any]]:
    base: dict[str, Any] = {
        by: "images" if by == "queue" else ("alice" if by == "reviewer" else "remove"),
        "n": 40,
        "agreement_pct": 87.5,
        "agree": 35,
        "over-enforcement": 3,
        "under-enforcement": 1,
        "other": 1,
    }
    second = {**base, by: "video" if by == "queue" else "zed", "n": 3, "agreement_pct": ""}
    if by == "queue":
        base.update(
            kappa=0.712,
            kappa_low=0.5,
            kappa_high=0.9,
            kappa_shown=True,
            confusion={"labels": ["allow", "remove"], "matrix": [[20, 3], [1, 16]]},
            fleiss_n=4,
            fleiss_kappa="",
            fleiss_low="",
            fleiss_high="",
            fleiss_shown=False,
        )
        second.update(
            kappa="", kappa_low="", kappa_high="", kappa_shown=False, confusion={"labels": [], "matrix": []}
        )
    if by != "verdict":
        base.update(golden_n=12, golden_correct=11, golden_accuracy_pct=91.7)
        second.update(golden_n=0, golden_correct=0, golden_accuracy_pct="")
    return [base, second]


def outputs() -> dict[str, str]:
    """Every text the command line makes of the samples, by name."""
    out: dict[str, str] = {}
    for team in (None, "night <shift>"):
        for full in (False, True):
            report = daily(team=team, full=full)
            name = f"daily-{team is not None}-{full}"
            out[f"{name}.html"] = daily_report.report_html(report)
            md, csv_ = io.StringIO(), io.StringIO()
            daily_report.write_markdown(report, md)
            daily_report.write_csv(report, csv_)
            out[f"{name}.md"], out[f"{name}.csv"] = md.getvalue(), csv_.getvalue()
    for by in sla.BY:
        for period in sla.PERIODS:
            for people in ("none", "off", "listed"):
                report = sla_report(by=by, period=period, people=people)
                name = f"sla-{by}-{period}-{people}"
                out[f"{name}.html"] = sla.report_html(report)
                js, csv_ = io.StringIO(), io.StringIO()
                sla.write_json(report, js)
                sla.write_csv(report, csv_)
                out[f"{name}.json"], out[f"{name}.csv"] = js.getvalue(), csv_.getvalue()
    for by in ("queue", "reviewer", "verdict"):
        out[f"qa-{by}.html"] = qa.report_html(qa_rows(by), by, NOW)
        out[f"qa-{by}-empty.html"] = qa.report_html([], by, NOW)
    return out


if __name__ == "__main__":  # writes the golden file: only when a change of the CLI's text is meant
    GOLDEN.write_text(
        json.dumps(outputs(), indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )

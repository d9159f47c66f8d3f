"""The daily and SLA reports in a person's time zone (docs/translations.md, "Numbers, dates and time
zones"): the same stored UTC rows, cut into days at Singapore's, Dublin's or Dubai's midnight; absurd
zone names from the command line are refused in one sentence.

sla_world's gore queue is made for this: x1 imported 03-09 20:00 UTC and decided 23:00, x3 imported
03-09 23:30 and decided 03-10 01:00, x2 imported and decided on 03-10 (11:00, 12:00). On 10 March
Dublin is on UTC (no summer time yet), Dubai UTC+4, Singapore UTC+8."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sla_world import NOW, World, at, build

from ui.launch import main
from workstation.daily_report import DailyReports, report_html, write_markdown
from workstation.db import Database
from workstation.errors import InvalidInput
from workstation.sla import SlaReports


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'zones.db'}"


@pytest.fixture
def sla(db_url: str) -> Iterator[World]:
    db = Database(db_url)
    db.upgrade()
    yield build(db)
    db.dispose()


def _gore(world: World, zone: str | None) -> tuple[datetime, int, int]:
    report = DailyReports(world.db, world.clock).report(
        world.people["leo"], date(2026, 3, 10), time_zone=zone
    )
    gore = next(q for q in report.queues if q.queue == "gore")
    return report.start, gore.imported, gore.decided


def test_the_day_of_the_daily_report_follows_the_persons_zone(sla: World) -> None:
    # Dublin's 10 March is UTC's: only x2 was imported that day; x2 and x3 were decided.
    assert _gore(sla, "Europe/Dublin") == (at(10, 0), 1, 2)
    # Dubai's began at 20:00 UTC on the 9th: x1's import at exactly 20:00 is in it, and x1's decision.
    assert _gore(sla, "Asia/Dubai") == (at(9, 20), 3, 3)
    # Singapore's began at 16:00 UTC on the 9th.
    assert _gore(sla, "Asia/Singapore") == (at(9, 16), 3, 3)
    # no zone given: the organisation's (UTC in this world), as before
    assert _gore(sla, None) == (at(10, 0), 1, 2)


def test_the_report_names_its_zone_and_keeps_utc_for_when_it_was_made(sla: World) -> None:
    report = DailyReports(sla.db, sla.clock).report(
        sla.people["leo"], date(2026, 3, 10), time_zone="Asia/Singapore"
    )
    out = io.StringIO()
    write_markdown(report, out)
    # the day runs from Singapore's midnight to now (23:00 there), named with its offset
    assert "2026-03-10 00:00 to 2026-03-10 23:00 (Asia/Singapore, UTC+08:00)" in out.getvalue()
    assert f"Generated {NOW:%Y-%m-%d %H:%M} UTC" in out.getvalue()
    assert "(Asia/Singapore, UTC+08:00)" in report_html(report)


def test_tomorrow_in_singapore_has_begun_while_it_has_not_in_dublin(sla: World) -> None:
    """At 15:00 UTC on the 10th it is 23:00 in Singapore: the 11th has not begun there either, but at
    16:00 UTC it has in Singapore and still not in Dublin."""
    sla.clock.jump_wall(3600)
    reports = DailyReports(sla.db, sla.clock)
    assert reports.report(sla.people["leo"], date(2026, 3, 11), time_zone="Asia/Singapore").start == at(
        10, 16
    )
    with pytest.raises(InvalidInput, match="has not begun yet in Europe/Dublin"):
        reports.report(sla.people["leo"], date(2026, 3, 11), time_zone="Europe/Dublin")


def test_the_sla_reports_today_is_the_persons_today(sla: World) -> None:
    reports = SlaReports(sla.db, sla.clock)
    assert reports.report(sla.people["leo"], time_zone="Asia/Singapore").start == at(9, 16)
    assert reports.report(sla.people["leo"], time_zone="Asia/Dubai").zone == "Asia/Dubai"
    assert reports.report(sla.people["leo"]).start == at(10, 0)


def run(db_url: str, user: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--database-url", db_url, *argv], out=out, err=err, account=lambda: user)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "zone",
    [
        "Mars/Olympus_Mons",
        "../../etc/passwd",
        "/etc/localtime",
        "",
        " ",
        "Asia/Singapore ",
        "A" * 5000,
        "UTC\x00",
        "Europe/../../../usr/share/zoneinfo/UTC",
        "Asia/Singapore; DROP TABLE items",
        "+08:00",
        "🙂",
    ],
)
@pytest.mark.parametrize("command", ["daily", "sla"])
def test_absurd_zone_names_are_refused_in_one_sentence(
    sla: World, db_url: str, zone: str, command: str
) -> None:
    extra = ("--date", "2026-03-10") if command == "daily" else ()
    code, out, err = run(db_url, "leo", "report", command, *extra, "--time-zone", zone)
    assert code == 2 and "is not a time zone this machine knows" in err, err
    assert "Traceback" not in err and "This is a bug" not in err and out == ""


def test_a_real_zone_from_the_command_line(sla: World, db_url: str) -> None:
    code, out, err = run(
        db_url, "leo", "report", "daily", "--date", "2026-03-10", "--time-zone", "Asia/Dubai"
    )
    assert code == 0, err
    assert "(Asia/Dubai, UTC+04:00)" in out


ARABIC_DIGITS = set("٠١٢٣٤٥٦٧٨٩")


def test_the_operations_window_in_arabic(sla: World, db_url: str, qtbot: Any, qapp: Any) -> None:
    """The SLA table and the daily report in Arabic-Indic digits; the daily report, in the window's
    language (docs/translations.md, "Documents in the person's language"), reads right to left."""
    from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

    from ui import i18n
    from ui.operations import OperationsWindow
    from ui.tasks import ImmediateRunner
    from workstation import app

    language = i18n.install(qapp, QLocale("ar"))
    services = app.build(db_url, clock=sla.clock, upgrade=False, outbox_path=None)
    try:
        window = OperationsWindow(services, sla.people["leo"], ImmediateRunner())
        qtbot.addWidget(window)
        window.refresh_sla()
        cells = [window.sla_table.item(0, c) for c in range(window.sla_table.columnCount())]
        general = [cell.text() if cell is not None else "" for cell in cells]
        assert general[0] == "general" and general[2] == "٣" and general[7].startswith("٥٠٪")
        assert "(UTC)" in window.sla_summary.text() and set(window.sla_summary.text()) & ARABIC_DIGITS
        window.day.setDate(QDate(2026, 3, 10))
        window.refresh_daily()
        text = window.daily_view.toPlainText()
        title = QCoreApplication.translate("DailyReport", "Daily report {day}").split("{day}")[0].strip()
        assert title in text and set(text) & ARABIC_DIGITS and "2026-03-10" not in text
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.daily_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        option = window.daily_view.document().defaultTextOption()
        assert option.textDirection() == Qt.LayoutDirection.RightToLeft  # also a paragraph opening on a date
    finally:
        services.close()
        i18n.uninstall(qapp, language)

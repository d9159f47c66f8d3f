"""Numbers, dates and time zones in the reviewer's language (docs/translations.md, "Numbers, dates and
time zones"): the core's plain formats stay ASCII and ISO; the window's follow QLocale; a stored UTC
moment shows as wall-clock time in Singapore, Dublin or Dubai with the zone named."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.locale_format import LocaleFormats, _without_year, formats
from workstation.formats import PLAIN, zone_name
from workstation.sla import Breach, breach_cells, table_cells

ARABIC_DIGITS = set("٠١٢٣٤٥٦٧٨٩")
# 20:30 UTC on Tuesday 10 March: still the 10th in Dublin, already the 11th in Dubai and Singapore.
EVENING = datetime(2026, 3, 10, 20, 30, tzinfo=UTC)


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    language = i18n.install(qapp, QLocale("ar"))
    yield
    i18n.uninstall(qapp, language)


def test_plain_formats_are_ascii_and_iso() -> None:
    assert PLAIN.number(1234567.5, 1) == "1,234,567.5" and PLAIN.percent(0.425) == "42%"
    assert PLAIN.percent(-0.29, signed=True) == "-29%" and PLAIN.duration(3 * 3600) == "3.0 h"
    assert PLAIN.moment(EVENING, "Asia/Singapore") == "2026-03-11 04:30"


@pytest.mark.parametrize(
    ("name", "number", "percent", "day"),
    [
        ("ar", "١٬٢٣٤٬٥٦٧٫٥", "٤٢٪", "١١‏/٣‏/٢٠٢٦"),
        ("zh_CN", "1,234,567.5", "42%", "2026/3/11"),
        ("id", "1.234.567,5", "42%", "11/03/26"),
    ],
)
def test_each_language_writes_its_own_digits_separators_and_date_order(
    name: str, number: str, percent: str, day: str
) -> None:
    fmt = LocaleFormats(QLocale(name))
    assert fmt.number(1234567.5, 1) == number
    # Arabic puts an invisible letter mark after its percent sign; what is read is the digits and ٪
    assert fmt.percent(0.42).replace("\u061c", "") == percent
    assert fmt.day(date(2026, 3, 11)) == day


def test_a_change_keeps_its_sign_in_every_language() -> None:
    assert LocaleFormats(QLocale("id")).percent(0.29, signed=True) == "+29%"
    arabic = LocaleFormats(QLocale("ar")).percent(-0.29, signed=True).replace("\u061c", "")
    assert arabic == "-٢٩٪"


def test_the_same_utc_moment_in_singapore_dublin_and_dubai() -> None:
    fmt = LocaleFormats(QLocale("en_IE"))  # day/month/year, 24-hour clock
    assert fmt.moment(EVENING, "Europe/Dublin") == "10/03/2026 20:30"
    assert fmt.moment(EVENING, "Asia/Dubai") == "11/03/2026 00:30"
    assert fmt.moment(EVENING, "Asia/Singapore") == "11/03/2026 04:30"
    # naive values (SQLite hands UTC back without a zone) are UTC, not the machine's local time
    assert fmt.moment(EVENING.replace(tzinfo=None), "Asia/Singapore") == "11/03/2026 04:30"
    assert zone_name("Asia/Singapore", EVENING) == "Asia/Singapore, UTC+08:00"
    assert zone_name("Asia/Dubai", EVENING) == "Asia/Dubai, UTC+04:00"
    # Dublin's name stays; its offset follows summer time
    assert zone_name("Europe/Dublin", datetime(2026, 7, 1, tzinfo=UTC)) == "Europe/Dublin, UTC+01:00"
    assert zone_name("UTC", EVENING) == "UTC"


def test_arabic_moment_uses_arabic_digits(arabic: None) -> None:
    text = formats().moment(EVENING, "Asia/Dubai")
    assert set(text) & ARABIC_DIGITS and not set(text) & set("0123456789")


def test_a_date_without_its_year_keeps_the_locales_order() -> None:
    assert _without_year("d/M/yy") == "d/M" and _without_year("yyyy/M/d") == "M/d"
    assert _without_year("M/d/yy") == "M/d" and _without_year("dd.MM.yyyy") == "dd.MM"


def test_the_sla_tables_in_arabic_and_indonesian(arabic: None) -> None:
    """The same cells the core writes for the CSV, written in the window's digits."""
    from workstation.sla import SlaRow

    row = SlaRow(
        group="general",
        target_minutes=60,
        pending=1234,
        oldest_age_seconds=5400,
        due_within_1h=2,
        overdue_now=3,
        decided=10,
        attainment_today=0.5,
        attainment_7d=None,
        import_to_decision_p50=120,
        import_to_decision_p90=7200,
        claim_to_decision_p50=30,
        claim_to_decision_p90=60,
        escalation_rate=0.1,
        skip_rate=0.0,
        lease_expiries=0,
    )
    plain = table_cells(row)
    assert plain[2] == "1,234" and plain[7] == "50%"
    cells = table_cells(row, formats())
    assert cells[0] == "general"  # a queue's name is data, never reformatted
    assert cells[2] == "١٬٢٣٤" and cells[7].startswith("٥٠٪")
    assert not any(set(c) & set("0123456789") for c in cells[1:])
    breach = Breach("general", "ref-1", EVENING, EVENING, None, "", 90.0)
    indonesian = breach_cells(breach, "Asia/Jakarta", LocaleFormats(QLocale("id")))
    assert indonesian[2] == "11/03/26 03.30"  # Jakarta is UTC+7: already the 11th


def test_a_date_edit_shows_the_locales_order_with_four_digit_years() -> None:
    assert LocaleFormats(QLocale("id")).date_edit_pattern() == "dd/MM/yyyy"
    assert LocaleFormats(QLocale("zh_CN")).date_edit_pattern() == "yyyy/M/d"
    assert LocaleFormats(QLocale("ar")).date_edit_pattern() == "d\u200f/M\u200f/yyyy"


@pytest.mark.parametrize(
    ("tz", "named", "shown"),
    [
        ("Asia/Singapore", "Asia/Singapore, UTC+08:00", "11/03/2026 04:30"),
        ("<+04>-4", "UTC+04:00", "11/03/2026 00:30"),  # a POSIX zone with no IANA name: its offset
        ("Mars/Olympus_Mons", "UTC", "10/03/2026 20:30"),  # the C library reads it as UTC, and so do we
    ],
)
def test_the_persons_zone_comes_from_tz_and_is_named(tz: str, named: str, shown: str) -> None:
    """In a child process: Qt and the C library read ``TZ`` once per process."""
    code = (
        "from datetime import UTC, datetime\n"
        "from PySide6.QtCore import QLocale\n"
        "from ui.locale_format import LocaleFormats, named_zone, person_zone\n"
        "zone = person_zone()\n"
        "at = datetime(2026, 3, 10, 20, 30, tzinfo=UTC)\n"
        "print(named_zone(zone, at)); print(LocaleFormats(QLocale('en_IE')).moment(at, zone))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], env={**os.environ, "TZ": tz}, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [named, shown]


def test_a_date_in_a_sentence_names_its_month_in_the_locales_order() -> None:
    day = date(2026, 1, 9)
    assert LocaleFormats(QLocale("en_US")).medium_day(day) == "Jan 9, 2026"
    assert LocaleFormats(QLocale("en_IE")).medium_day(day) == "9 Jan 2026"
    assert LocaleFormats(QLocale("zh_CN")).medium_day(day) == "2026年1月9日"
    assert LocaleFormats(QLocale("zh_CN")).medium_day(day, year=False) == "1月9日"
    assert LocaleFormats(QLocale("ar")).medium_day(day) == "٩ يناير ٢٠٢٦"
    assert LocaleFormats(QLocale("id")).medium_day(day, year=False) == "09 Jan"
    # Qt's C locale (LANG=C) is written as English (US), with its thousands separator
    assert LocaleFormats(QLocale.c()).count(1234) == "1,234"


def test_a_reports_figures_are_bidi_isolates_in_arabic_only() -> None:
    """In the English report shown in Arabic, "12 (avg 78.7, -85%)" keeps its order only if each
    Arabic number is isolated; other languages' figures are left as they are."""
    from ui.locale_format import FSI, PDI, ReportFormats
    from workstation.daily_report import _change

    arabic = _change(12, 78.7, ReportFormats(QLocale("ar")))
    assert arabic == f"{FSI}١٢{PDI} (avg {FSI}٧٨٫٧{PDI}, {FSI}\u061c-٨٥٪\u061c{PDI})"  # Arabic letter marks
    assert _change(12, 78.7, ReportFormats(QLocale("id"))) == "12 (avg 78,7, -85%)"
    assert ReportFormats(QLocale("ar")).moment(None, "UTC") == "–"

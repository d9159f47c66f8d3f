"""Numbers, dates and times in the reviewer's language, and times in the person's time zone.

Every window writes a figure or a moment through :func:`formats` (a :class:`LocaleFormats` over the
default ``QLocale``, which ``ui.i18n.install`` sets from ``WORKSTATION_LANG`` or the system): Arabic
gets Arabic-Indic digits and its separators, Indonesian ``1.234,5`` and day-month-year, Chinese
``2026/12/1``. The same object goes into the core's report builders (``workstation.formats``), so
the SLA, daily and exposure reports read the same in the window and in their PDFs.

Times: the database keeps UTC. A person's own screens (their wellbeing, the attention view, the
history) show the person's zone, :func:`person_zone` (``TZ`` or the system's), and name it; the
operations views show the team's zone, which the report carries. docs/translations.md, "Numbers,
dates and time zones".
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QTimeZone

from ui.i18n import QT_TRANSLATE_NOOP, shown
from workstation.formats import DASH, Formats, as_zone, local_time, zone_name
from workstation.taxonomy import LabelTranslations, label_translations

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat

# The unit words after a duration's number (workstation.formats.Formats.duration).
UNITS = {
    "s": QT_TRANSLATE_NOOP("Units", "s"),
    "min": QT_TRANSLATE_NOOP("Units", "min"),
    "h": QT_TRANSLATE_NOOP("Units", "h"),
    "d": QT_TRANSLATE_NOOP("Units", "d"),
}


def person_zone() -> tzinfo:
    """The zone this person's clock shows: ``TZ`` or the system's IANA zone; where the system names
    none Python understands (a POSIX ``TZ=<+08>-8``), its offset now, so the times still match the
    person's clock and are named by their offset."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        if name and name not in ("UTC", "Etc/UTC"):
            return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    local = datetime.now(UTC).astimezone().tzinfo
    if local is None or local.utcoffset(None) in (None, timedelta(0)):
        return ZoneInfo("UTC")
    return local


def _without_year(pattern: str) -> str:
    """A locale's short date pattern without its year: ``d/M/yy`` -> ``d/M``, ``yyyy/M/d`` -> ``M/d``."""
    return re.sub(r"^\W*y+[年년]?\W*|\W*y+[年년]?\W*$", "", pattern) or "d/M"


class LocaleFormats(Formats):
    """The core's figures in a ``QLocale``'s digits, separators and date order."""

    def __init__(self, locale: QLocale | None = None) -> None:
        chosen = locale if locale is not None else QLocale()
        # Qt's "C" locale (LANG=C, a bare server or CI) is no one's language: it drops the thousands
        # separator and writes dates "1 03 2026". English (US) is what the window's words are in.
        if chosen.language() == QLocale.Language.C:
            chosen = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        self.locale = chosen

    def number(self, value: float, digits: int = 0) -> str:
        if digits == 0:
            return self.locale.toString(round(value))
        return self.locale.toString(float(value), "f", digits)

    def shortest(self, value: float, most: int = 2) -> str:
        """A setting or weight as written, with no trailing zeros (``0.1``, ``1.5``, ``240``; Python's
        ``:g``), rounded to ``most`` places, in the locale's digits and separators."""
        return self.locale.toString(
            round(float(value), most), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        )

    def percent(self, fraction: float | None, digits: int = 0, *, signed: bool = False) -> str:
        if fraction is None:
            return DASH
        value = fraction * 100
        text = self.number(abs(value), digits) if signed else self.number(value, digits)
        if signed:
            text = (self.locale.negativeSign() if value < 0 else self.locale.positiveSign()) + text
        return text + self.locale.percent()

    def figure(self, value: float | str | None) -> str:
        """A figure as a report row carries it (``87.5``, ``0.712``, ``40``) in the locale's digits,
        with as many decimals as it was rounded to."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            return super().figure(value)
        if isinstance(value, int):
            return self.number(value)
        text = repr(float(value))
        digits = len(text.split(".", 1)[1]) if "." in text and "e" not in text else 3
        return self.number(value, digits)

    def two_digits(self, value: int) -> str:
        """``05`` in the locale's digits (``٠٥`` in Arabic): minutes and seconds after an hour."""
        return self.locale.toString(value).rjust(2, self.locale.zeroDigit())

    def unit(self, name: str) -> str:
        return QCoreApplication.translate("Units", UNITS[name]) if name in UNITS else name

    def moment(self, at: datetime | None, zone: str | ZoneInfo | tzinfo) -> str:
        if at is None:
            return DASH
        local = _local(at, zone)
        return self.locale.toString(_qdatetime(local), SHORT)

    def day(self, day: date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), SHORT)

    def long_day(self, day: date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), LONG)

    def date_edit_pattern(self) -> str:
        """The locale's short date with a four-digit year, for a ``QDateEdit`` (``dd/MM/yyyy`` in
        Indonesian, ``yyyy/M/d`` in Chinese): the order a person reads, and a year never guessed."""
        return re.sub(r"(?<!y)yy(?!y)", "yyyy", self.locale.dateFormat(SHORT))

    def medium_day_pattern(self, *, year: bool = True) -> str:
        """The locale's long date without the weekday and with a short month name: ``MMM d, yyyy``
        (US), ``d MMM yyyy`` (Ireland, Arabic), ``yyyy年M月d日`` (Chinese). For a date in a sentence,
        where a month's name reads better than 1/9 and cannot be taken for 9 January or 1 September."""
        # The weekday and its separator go, never a quote that opens literal text ("dddd, 'la' d-'a'").
        pattern = re.sub(r"^d{4}[^\w']*|[^\w']*d{4}$", "", self.locale.dateFormat(LONG))
        pattern = pattern.replace("MMMM", "MMM")
        return pattern if year else (_without_year(pattern) or "d MMM")

    def medium_day(self, day: date, *, year: bool = True) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), self.medium_day_pattern(year=year))

    def day_month_pattern(self) -> str:
        """The locale's short date without the year (a ``QDateTimeAxis`` format)."""
        return _without_year(self.locale.dateFormat(SHORT))

    def day_month(self, day: date) -> str:
        """``1/12`` (``12/1`` in the US and China): an axis label, a range within a year."""
        return self.locale.toString(QDate(day.year, day.month, day.day), self.day_month_pattern())

    def weekday_day(self, day: date) -> str:
        """The weekday's short name and the day of the month (a chart's axis): ``Tue 1``, ``Sel 1``."""
        return self.locale.toString(QDate(day.year, day.month, day.day), "ddd d")

    def time(self, at: datetime, zone: str | ZoneInfo | tzinfo) -> str:
        local = _local(at, zone)
        return self.locale.toString(QTime(local.hour, local.minute, local.second), SHORT)

    def stamp(self, at: datetime, zone: str | ZoneInfo | tzinfo) -> str:
        """``Tue 1 14:05``: a row of a table of one person's recent days, in ``zone``."""
        local = _local(at, zone)
        return f"{self.weekday_day(local.date())} {self.time(local, local.tzinfo or UTC)}"

    def time_seconds(self, at: datetime, zone: str | ZoneInfo | tzinfo) -> str:
        local = _local(at, zone)
        return self.locale.toString(QTime(local.hour, local.minute, local.second), "HH:mm:ss")


def _local(at: datetime, zone: str | ZoneInfo | tzinfo) -> datetime:
    if isinstance(zone, str | ZoneInfo):
        return local_time(at, zone)
    return (at.replace(tzinfo=UTC) if at.tzinfo is None else at).astimezone(zone)


def _qdatetime(local: datetime) -> QDateTime:
    """The wall-clock fields only: Qt formats them, Python's zoneinfo already chose them."""
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def formats() -> LocaleFormats:
    """The figures in the language the window was started in (``QLocale()`` is the default locale)."""
    return LocaleFormats()


def named_zone(zone: str | tzinfo, at: datetime | None = None) -> str:
    """``Asia/Singapore, UTC+08:00``: how a screen names the zone its times are in."""
    return zone_name(as_zone(zone), at or datetime.now(UTC))


_LABELS: dict[str, LabelTranslations] = {}


def taxonomy_labels(locale: QLocale | None = None) -> LabelTranslations:
    """Verdict labels and reasons in the window's language (English where none is shipped); the
    decision keeps the key and English reason whatever is shown (workstation.taxonomy)."""
    name = (locale if locale is not None else QLocale()).name()
    if name not in _LABELS:
        _LABELS[name] = label_translations(name)
    return _LABELS[name]


FSI, PDI = "\u2068", "\u2069"  # first-strong isolate and its end (Unicode bidi isolates)


def isolated(text: str) -> str:
    """``text`` written by someone else (policy summaries, reasons: often English) as a bidi isolate,
    so inside a sentence of the other direction it keeps its own order: in Arabic, an English summary's
    final "." stays at its end instead of jumping to the sentence's far side. Invisible otherwise."""
    return f"{FSI}{text}{PDI}" if text else text


class ReportFormats(LocaleFormats):
    """The core's SLA, daily and QA reports (their HTML, on screen and in the PDFs saved from the
    window) in the person's language: every word of ours translated (``text``, ``ui.i18n.shown``), the
    document right to left in Arabic (``right_to_left``: the builders write ``dir="rtl"``), and each
    figure a bidi isolate in a right-to-left language, so "12 (avg 78.7, -85%)" keeps its order in
    Arabic-Indic digits instead of the neutrals between two Arabic numbers turning the run around.
    The command line's reports keep the plain ``Formats`` (English, ASCII digits, ISO dates)."""

    @property
    def right_to_left(self) -> bool:  # type: ignore[override]  # a property where the base has a field
        return self.locale.textDirection() == Qt.LayoutDirection.RightToLeft

    def text(self, value: str) -> str:
        """A phrase of the core in the window's language. ``shown`` writes its whole numbers in the
        locale's digits; here they are written first as the report's other figures are (``number``:
        a bidi isolate in a right-to-left report), so "at least {count} decisions" keeps its order."""
        values = getattr(value, "tr_values", None)
        if values and any(isinstance(v, int) and not isinstance(v, bool) for v in values.values()):
            value = value.format(  # a Phrase: its format takes named values
                **{
                    k: self.number(v) if isinstance(v, int) and not isinstance(v, bool) else v
                    for k, v in values.items()
                }
            )
        return shown(value)

    def _isolated(self, text: str) -> str:
        rtl = self.locale.textDirection() == Qt.LayoutDirection.RightToLeft
        return f"{FSI}{text}{PDI}" if rtl and text != DASH else text

    def number(self, value: float, digits: int = 0) -> str:
        return self._isolated(super().number(value, digits))

    def percent(self, fraction: float | None, digits: int = 0, *, signed: bool = False) -> str:
        return self._isolated(LocaleFormats(self.locale).percent(fraction, digits, signed=signed))

    def moment(self, at: datetime | None, zone: str | ZoneInfo | tzinfo) -> str:
        return self._isolated(super().moment(at, zone))

    def day(self, day: date) -> str:
        return self._isolated(super().day(day))

    def long_day(self, day: date) -> str:
        return self._isolated(super().long_day(day))


def report_formats() -> ReportFormats:
    """For the core's reports shown or printed by the window (ui/operations.py, ui/qa_view.py)."""
    return ReportFormats()

"""How the core's reports write numbers, durations and times, with the window's locale plugged in.

The SLA and daily reports build their tables and HTML here in the core (no Qt), for the CLI and for
the window alike. A :class:`Formats` says how a figure becomes text: the plain one (this module)
writes ASCII digits and ISO dates, for CSV, JSON, Markdown and the command line's PDFs, so a script
reading them never meets a locale; the window passes ``ui.locale_format.LocaleFormats``, which writes
the reviewer's digits, separators and date order with ``QLocale`` (docs/translations.md, "Numbers,
dates and time zones"). Stored data never changes: times are UTC in the database, only their text
follows a zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo

DASH = "–"  # no value: a pending item has no decision time, a group with no items no percentage


class Formats:
    """Plain formatting (ASCII digits, ISO dates, English words); subclasses change the text only.

    It is also how a report built here speaks the reader's language without Qt: every word of ours in
    the SLA, daily and QA reports is a phrase (``wellbeing.phrases``) written through :meth:`text`,
    and :attr:`right_to_left` says which way the document reads. The plain one keeps the English
    (the command line's reports, byte for byte); the window's translates (``ui.locale_format``).
    """

    #: The reader's language runs right to left: a report's HTML says so (``dir="rtl"``).
    right_to_left: bool = False

    def text(self, value: str) -> str:
        """A phrase of ours (or data, a queue name, kept as written) in the reader's language."""
        return str(value)

    def figure(self, value: float | str | None) -> str:
        """A figure as a report row carries it (``87.5``, ``0.712``, ``40``), digits as given."""
        return DASH if value in ("", None) else str(value)

    def number(self, value: float, digits: int = 0) -> str:
        """``1,234.5``: grouped thousands, ``digits`` after the point."""
        return f"{value:,.{digits}f}"

    def count(self, value: int | None) -> str:
        return DASH if value is None else self.number(value)

    def percent(self, fraction: float | None, digits: int = 0, *, signed: bool = False) -> str:
        """``0.42`` -> ``42%``; ``signed`` writes ``+29%`` for a change."""
        if fraction is None:
            return DASH
        text = f"{fraction:+.{digits}%}" if signed else f"{fraction:.{digits}%}"
        return text

    def unit(self, name: str) -> str:
        """A unit's word after a number: ``s``, ``min``, ``h``, ``d`` (the window translates them)."""
        return name

    def duration(self, seconds: float | None) -> str:
        """A short human duration: 45 s, 12 min, 3.5 h, 2.0 d."""
        if seconds is None:
            return DASH
        if abs(seconds) < 90:
            return f"{self.number(seconds)} {self.unit('s')}"
        if abs(seconds) < 90 * 60:
            return f"{self.number(seconds / 60)} {self.unit('min')}"
        if abs(seconds) < 48 * 3600:
            return f"{self.number(seconds / 3600, 1)} {self.unit('h')}"
        return f"{self.number(seconds / 86400, 1)} {self.unit('d')}"

    def moment(self, at: datetime | None, zone: Zone) -> str:
        """A stored UTC moment as wall-clock time in ``zone`` (the zone is named once by the caller)."""
        if at is None:
            return DASH
        return local_time(at, zone).strftime("%Y-%m-%d %H:%M")

    def day(self, day: date) -> str:
        return day.isoformat()

    def long_day(self, day: date) -> str:
        """A report's title date: ``Tuesday 01 December 2026``."""
        return f"{day:%A %d %B %Y}"


PLAIN = Formats()


RTL_OPENING = '<div dir="rtl">'  # how a right-to-left report's HTML begins (the PDF writer looks)


def html_document(parts: list[str], fmt: Formats) -> str:
    """A report's HTML parts as one document, marked right to left when the reader's language is."""
    body = "\n".join(parts)
    return f"{RTL_OPENING}\n{body}\n</div>" if fmt.right_to_left else body


Zone = str | tzinfo  # an IANA name, a ZoneInfo, or a fixed offset where the system has no IANA name


def as_zone(zone: Zone) -> tzinfo:
    return ZoneInfo(zone) if isinstance(zone, str) else zone


def local_time(at: datetime, zone: Zone) -> datetime:
    """``at`` (aware, or naive UTC as SQLite returns it) as wall-clock time in ``zone``."""
    aware = at.replace(tzinfo=UTC) if at.tzinfo is None else at
    return aware.astimezone(as_zone(zone))


def zone_name(zone: Zone, at: datetime) -> str:
    """``Asia/Singapore, UTC+08:00``: the IANA name and the offset it has at ``at`` (daylight
    saving changes the offset of Europe/Dublin, never the name); ``UTC+08:00`` for a zone without one."""
    zone = as_zone(zone)
    key = getattr(zone, "key", None)
    if key in ("UTC", "Etc/UTC"):
        return "UTC"
    offset = local_time(at, zone).utcoffset()
    minutes = round(offset.total_seconds() / 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    text = f"UTC{sign}{hours:02d}:{mins:02d}"
    return f"{key}, {text}" if key else text

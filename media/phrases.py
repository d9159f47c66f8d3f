"""Sentences of the pure layers that the window shows in the reviewer's language.

The pure layers cannot call Qt (docs/architecture.md, layers), so a sentence is marked with
``QT_TRANSLATE_NOOP(context, template)``, the name ``pyside6-lupdate`` looks for, and formatted with
``.format(name=value)`` as usual. What comes back is a :class:`Phrase`: the English ``str`` every
caller, log and test already uses, which also remembers its context, template and values, so
``ui.i18n.shown`` can translate the template and format it again when the window shows it
(docs/translations.md, "Sentences of the core"). A copy of ``wellbeing/phrases.py``: the two leaves
import nothing of each other (tests/i18n/test_translations.py keeps them the same).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any


class Phrase(str):
    """English text plus what it takes to translate it later (``tr_context``, ``tr_template``,
    ``tr_values``). Any ``str`` operation on it gives plain English ``str``."""

    tr_context: str
    tr_template: str
    tr_values: dict[str, Any]

    def __new__(cls, context: str, template: str, values: dict[str, Any] | None = None) -> Phrase:
        made = super().__new__(cls, template.format(**english(values)) if values else template)
        made.tr_context, made.tr_template, made.tr_values = context, template, dict(values or {})
        return made

    def format(self, *args: object, **values: Any) -> Phrase:
        """Named values only (translations move them): ``{minutes}``, never ``{}``."""
        if args:
            raise TypeError("a phrase takes named values only")
        return Phrase(self.tr_context, self.tr_template, values)

    def __reduce__(self) -> tuple[Any, ...]:  # pickled across the decoder processes and queues
        return (Phrase, (self.tr_context, self.tr_template, self.tr_values))


class Figure(float):
    """A number with the format the English text writes it in (``Figure(1.5, ".2f")`` is ``1.50``,
    ``Figure(2000, ",")`` is ``2,000``), so the command line keeps its text to the byte; the window
    writes it in the locale's digits with as many places (``ui.i18n.shown``)."""

    spec: str

    def __new__(cls, value: float, spec: str = "g") -> Figure:
        made = super().__new__(cls, value)
        made.spec = spec
        return made

    def __format__(self, spec: str) -> str:
        return format(float(self), spec or self.spec)

    def __str__(self) -> str:
        return format(self, "")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Figure, (float(self), self.spec))


def english(values: dict[str, Any]) -> dict[str, Any]:
    """The values as the English text shows them: as Python writes them (ASCII digits, ISO dates),
    a moment as ``2026-12-01 14:05 UTC``. The window shows numbers and moments in the person's
    locale and time zone instead (``ui.i18n.shown``), so the core passes them raw."""
    return {name: _english(value) for name, value in values.items()}


def _english(value: Any) -> Any:
    if not isinstance(value, datetime):
        return value
    utc = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)  # naive: UTC
    return f"{utc:%Y-%m-%d %H:%M} UTC"


def joined(parts: Sequence[str], pair: Phrase) -> str:
    """``parts`` in one sentence, each still translatable: ``pair`` is the caller's marked template of
    two (``QT_TRANSLATE_NOOP("Breaks", "{first}; {second}")``), so the separator is translated too
    (``、`` in Chinese, ``،`` in Arabic)."""
    if len(parts) == 1:
        return parts[0]
    return pair.format(first=parts[0], second=joined(parts[1:], pair))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Phrase:  # the name lupdate looks for
    """Mark ``text`` for translation under ``context``; the window translates it when shown."""
    return Phrase(context, text)

"""The item's details: external reference, escalation reason, priority and a live SLA countdown."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from ui.i18n import QT_TRANSLATE_NOOP
from ui.locale_format import formats, named_zone, person_zone, taxonomy_labels
from ui.tasks import timers
from wellbeing.clock import Clock
from workstation.claims import ClaimedItem

# The kinds of media an item holds (workstation.claims.MediaInfo.kind), as the details panel names them.
MEDIA_KINDS = (
    QT_TRANSLATE_NOOP("MediaKind", "image"),
    QT_TRANSLATE_NOOP("MediaKind", "video"),
    QT_TRANSLATE_NOOP("MediaKind", "text"),
    QT_TRANSLATE_NOOP("MediaKind", "audio"),
)

# The team's languages (docs/translations.md) as QLocale.languageToString names them, marked so the
# catalogues name them in the reader's language; any other language is named by QLocale in English.
LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("Languages", "English"),
    QT_TRANSLATE_NOOP("Languages", "Chinese"),
    QT_TRANSLATE_NOOP("Languages", "Indonesian"),
    QT_TRANSLATE_NOOP("Languages", "Malay"),
    QT_TRANSLATE_NOOP("Languages", "Arabic"),
)


def language_text(tag: str | None) -> str:
    """The item's language as the details panel says it: its name in the reader's language and the tag.

    ``Indonesian (id)`` in English; a reader whose window is in that language reads its own name from
    QLocale (``Indonesia (id)``); the team's languages are named by the catalogues (``Languages``), any
    other by QLocale in English (Qt has no table of every language's name in every other). A tag QLocale
    does not know is shown as it is; no language: "not given"."""
    if not tag:
        return QCoreApplication.translate("DetailsPanel", "not given")
    language = QLocale(tag.replace("-", "_")).language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return tag
    if QLocale().language() == language:  # the reader's own language, in its own words
        name = QLocale(tag.replace("-", "_")).nativeLanguageName() or QLocale.languageToString(language)
    else:
        name = QCoreApplication.translate("Languages", QLocale.languageToString(language))
    return QCoreApplication.translate("DetailsPanel", "{language} ({tag})").format(language=name, tag=tag)


def sla_text(due: datetime | None, now: datetime) -> str:
    if due is None:
        return QCoreApplication.translate("DetailsPanel", "no SLA")
    seconds = int((due - now).total_seconds())
    overdue, seconds = (seconds < 0, abs(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    fmt = formats()
    if hours:
        body = QCoreApplication.translate("DetailsPanel", "{hours} h {minutes} min").format(
            hours=fmt.count(hours), minutes=fmt.two_digits(minutes)
        )
    else:
        body = QCoreApplication.translate("DetailsPanel", "{minutes} min {seconds} s").format(
            minutes=fmt.count(minutes), seconds=fmt.two_digits(secs)
        )
    return (
        QCoreApplication.translate("DetailsPanel", "overdue by {time}")
        if overdue
        else QCoreApplication.translate("DetailsPanel", "due in {time}")
    ).format(time=body)


def history_text(item: ClaimedItem) -> str:
    """The item's decisions, oldest first; a superseded one is marked (the later decision replaced it)."""
    lines = []
    fmt, zone, words = formats(), person_zone(), taxonomy_labels()
    for h in item.history:
        what = words.label(h.verdict) + (
            QCoreApplication.translate("DetailsPanel", " (superseded)") if h.superseded else ""
        )
        said = "; ".join(x for x in (words.reason(h.reason), h.note) if x)
        quoted = f"\n    “{said}”" if said else ""
        lines.append(f"{fmt.moment(h.at, zone)}  {h.who}, {h.queue}: {what}{quoted}")
    if not lines:
        return ""
    heading = QCoreApplication.translate("DetailsPanel", "History ({zone})").format(zone=named_zone(zone))
    return heading + "\n" + "\n".join(lines)


class DetailsPanel(QFrame):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.setAccessibleName(self.tr("Item details"))
        self._clock = clock
        self._item: ClaimedItem | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        title = QLabel(self.tr("Item"))
        title.setObjectName("panelTitle")
        outer.addWidget(title)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.ref = self._value(self.tr("External reference"))
        self.queue = self._value(self.tr("Queue"))
        self.reason = self._value(self.tr("Escalation reason"))
        self.reason.setWordWrap(True)
        self.priority = self._value(self.tr("Priority"))
        self.sla = self._value(self.tr("SLA"))
        self.media = self._value(self.tr("Media"))
        self.language = self._value(self.tr("Language of the item"))
        for label, widget in (
            (self.tr("Ref"), self.ref),
            (self.tr("Queue"), self.queue),
            (self.tr("Reason"), self.reason),
            (self.tr("Priority"), self.priority),
            (self.tr("SLA"), self.sla),
            (self.tr("Media"), self.media),
            (self.tr("Language"), self.language),
        ):
            form.addRow(label, widget)
        outer.addLayout(form)
        # An escalated item's decisions so far: who, what, when, notes (the second tier reads why).
        self.history = QLabel()
        self.history.setObjectName("itemHistory")
        self.history.setAccessibleDescription(self.tr("Decision history"))
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.history)
        self._timer = timers().timer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh_sla)
        self.show_item(None)

    def _value(self, accessible: str) -> QLabel:
        label = QLabel()
        # What the field is goes in the description: a label's accessible name replaces its text, so
        # a screen reader said "External reference" and never the reference (docs/accessibility.md).
        label.setAccessibleDescription(accessible)
        label.setObjectName("detailValue")
        return label

    def show_item(self, item: ClaimedItem | None) -> None:
        self._item = item
        if item is None:
            for w in (self.ref, self.queue, self.reason, self.priority, self.sla, self.media, self.language):
                w.setText("—")
            self.history.clear()
            self.history.hide()
            self._timer.stop()
            return
        self.history.setText(history_text(item))
        self.history.setVisible(bool(item.history))
        self.ref.setText(item.external_ref)
        self.queue.setText(
            self.tr("{queue} (tier {tier})").format(
                queue=item.queue, tier=formats().count(item.severity_tier)
            )
        )
        self.reason.setText(item.reason or "—")
        self.priority.setText(formats().count(item.priority))
        kinds = [QCoreApplication.translate("MediaKind", m.kind) for m in item.media]
        self.media.setText(", ".join(kinds) if kinds else self.tr("none"))
        self.language.setText(language_text(item.language))
        self.refresh_sla()
        self._timer.start()

    def refresh_sla(self) -> None:
        if self._item is not None:
            self.sla.setText(sla_text(self._item.sla_due_at, self._clock.now()))
            overdue = self._item.sla_due_at is not None and self._item.sla_due_at < self._clock.now()
            self.sla.setProperty("overdue", overdue)

"""The SOP panel (F2): the policy in force, searchable, beside the reviewer's work.

Sections are listed by title; a section whose content changed in the last 14 days carries a
"changed" badge (``workstation.policies.Section.changed_recently``). The text is Markdown shown in a
``QTextBrowser`` that never loads a resource: policy files are refused when they embed media, and the
browser would not fetch one anyway (no image, link or file reaches the screen from a policy).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.locale_format import formats
from workstation.policies import Policy, Section

SECTION_ROLE = Qt.ItemDataRole.UserRole
BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # True when the section carries the "changed" badge
BADGE = "CHANGED"


class _TextOnly(QTextBrowser):
    """A text browser that loads nothing: no images, no stylesheets, no files."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


def long_date(day: date) -> str:
    """A date written out in the window's language ("05 March 2026" in English)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd MMMM yyyy")


def section_markdown(section: Section, today: date) -> str:
    """One section as Markdown. Its title, summary, text and examples are the organisation's, as written;
    the headings around them are in the window's language."""
    changed = (
        "\n\n**"
        + QCoreApplication.translate("SopPanel", "Changed {date}.").format(date=long_date(section.changed_on))
        + "**"
        if section.changed_on is not None and section.changed_recently(today)
        else ""
    )
    examples = "".join(f"\n- {e}" for e in section.examples)
    heading = QCoreApplication.translate("SopPanel", "Examples (text only)")
    where = QCoreApplication.translate("SopPanel", "section {id}").format(id=section.id)
    return (
        f"# {section.title}\n\n*{section.summary}*{changed}\n\n{section.text}\n\n"
        + (f"### {heading}\n{examples}\n" if examples else "")
        + f"\n`{where}`\n"
    )


class SopPanel(QDialog):
    """Search the policy's sections and read one; ``focus`` opens at a section (the verdict's)."""

    def __init__(
        self, policy: Policy | None, today: date, *, focus: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sopPanel")
        self.setWindowTitle(self.tr("Policies (SOPs)"))
        self.setAccessibleName(self.tr("Policies"))
        self.resize(900, 600)
        self.policy = policy
        self.today = today
        layout = QVBoxLayout(self)
        if policy is None:
            self.heading = QLabel(
                self.tr(
                    "No policy has been published yet. "
                    "A lead publishes one with 'workstation policies publish'."
                )
            )
        elif policy.effective_at:
            self.heading = QLabel(
                self.tr("{title} — version {version}, in force since {date}").format(
                    title=policy.title, version=policy.version, date=long_date(policy.effective_at)
                )
            )
        else:
            self.heading = QLabel(
                self.tr("{title} — version {version}").format(title=policy.title, version=policy.version)
            )
        self.heading.setObjectName("panelTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.search = QLineEdit()
        self.search.setObjectName("sopSearch")
        self.search.setAccessibleName(self.tr("Search the policies"))
        self.search.setPlaceholderText(
            self.tr("Search: words anywhere in a section (title, summary, text, examples)")
        )
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Policy sections"))
        self.sections.setMaximumWidth(340)
        self.sections.setWordWrap(True)  # a long title wraps; its badge (first) is never cut off
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row.addWidget(self.sections)
        self.text = _TextOnly()
        self.text.setAccessibleName(self.tr("Policy text"))
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        row.addWidget(self.text, 1)
        layout.addLayout(row, 1)
        bottom = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("hint")
        bottom.addWidget(self.count, 1)
        close = QPushButton(self.tr("Close (F2)"))
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.search.textChanged.connect(self._filter)
        self.sections.currentItemChanged.connect(self._show)
        self._filter("")
        if focus:
            self.select(focus)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F2:  # the key that opened it closes it
            self.accept()
            return
        super().keyPressEvent(event)

    def _filter(self, words: str) -> None:
        current = self.current_id()
        self.sections.clear()
        found = self.policy.search(words) if self.policy is not None else []
        for s in found:
            badge = s.changed_recently(self.today)
            # The badge in the window's language (BADGE is its English text).
            item = QListWidgetItem(self.tr("CHANGED") + "  " + s.title if badge else s.title, self.sections)
            item.setData(SECTION_ROLE, s.id)
            item.setData(BADGE_ROLE, badge)
            item.setToolTip(s.summary)
            if badge:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QBrush(QColor("#8a4b00")))
                item.setBackground(QBrush(QColor("#ffe8b0")))
        total = len(self.policy.sections) if self.policy is not None else 0
        changed = sum(1 for s in found if s.changed_recently(self.today))
        if changed:
            count = self.tr("{found} of {total} sections; {changed} changed in the last 14 days")
        else:
            count = self.tr("{found} of {total} sections")
        fmt = formats()
        self.count.setText(
            count.format(found=fmt.count(len(found)), total=fmt.count(total), changed=fmt.count(changed))
        )
        if not found:
            self.text.setMarkdown(
                "*" + self.tr("No section matches.") + "*" if self.policy is not None else ""
            )
            return
        if not self.select(current or ""):
            self.sections.setCurrentRow(0)

    def select(self, section_id: str) -> bool:
        for n in range(self.sections.count()):
            if self.sections.item(n).data(SECTION_ROLE) == section_id:
                self.sections.setCurrentRow(n)
                return True
        return False

    def current_id(self) -> str | None:
        item = self.sections.currentItem()
        return str(item.data(SECTION_ROLE)) if item is not None else None

    def _show(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None or self.policy is None:
            return
        section = self.policy.section(str(item.data(SECTION_ROLE)))
        if section is not None:
            self.text.setMarkdown(section_markdown(section, self.today))

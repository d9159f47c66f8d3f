"""The blind second review (QA) in the reviewer window, and "My QA" (docs/policies-and-quality.md).

- :class:`QAQueue` runs the QA service's steps on the window's database lane and answers with
  signals: the next sampled item (``opened``, a ``BlindScreenItem``: no field for the first verdict,
  its reason, note or reviewer), the first verdict once the QA verdict is final (``unblinded``), the
  recorded review (``recorded``). The window shows the item as any claimed item (:func:`screen_item`),
  so the media, filters, reveal controls and the exposure meter are the very same.
- :class:`OutcomePanel`, beside the media after the QA verdict: the first verdict, the outcome
  (1-3, or Up/Down in the note) and an optional note; Enter records.
- :class:`MyQADialog` ("My QA"): how the reviewer's own sampled decisions fared, loaded off the GUI
  thread.

No rule lives here: who may review, what is blind and how the outcome settles are the core's
(``workstation.qa``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, shown
from ui.locale_format import formats
from ui.tasks import Runner
from workstation.actor import Actor
from workstation.claims import ClaimedItem, ClaimGate
from workstation.errors import WorkstationError
from workstation.models import Role
from workstation.qa import BlindScreenItem, FirstVerdict, QAService, ReviewResult

log = logging.getLogger(__name__)

# The outcomes a QA reviewer chooses when the verdicts differ, in key order (1, 2, 3); "agree" is
# what equal verdicts settle to (workstation.qa.settle_outcome).
CHOICES = ("over-enforcement", "under-enforcement", "other")
OUTCOME_TEXT = {
    "over-enforcement": QT_TRANSLATE_NOOP("QA", "Over-enforcement (too strict)"),
    "under-enforcement": QT_TRANSLATE_NOOP("QA", "Under-enforcement (too lenient)"),
    "other": QT_TRANSLATE_NOOP("QA", "Other"),
}
FAILED = QT_TRANSLATE_NOOP("QA", "Something went wrong ({kind}); it was logged. Try again.")
OUTCOME_SHORT = {
    "agree": QT_TRANSLATE_NOOP("QA", "agree"),
    "over-enforcement": QT_TRANSLATE_NOOP("QA", "over-enforcement"),
    "under-enforcement": QT_TRANSLATE_NOOP("QA", "under-enforcement"),
    "other": QT_TRANSLATE_NOOP("QA", "other"),
}


def qa_text(text: str) -> str:
    return QCoreApplication.translate("QA", text)


def screen_item(item: BlindScreenItem, now: datetime) -> ClaimedItem:
    """The sampled item as the window shows any item. It has no claim: its screen key is the negative
    sample id (never a claim's). Verdicts ask for no reason or note (a QA review records the verdict
    only), there is no escalation route and no decision history (``history`` would unblind)."""
    blind = item.blind
    verdicts = tuple(replace(v, requires_reason=False, requires_note=False) for v in item.verdicts)
    return ClaimedItem(
        claim_id=-blind.sample_id,
        item_id=blind.item_id,
        queue=blind.queue,
        severity_tier=item.severity_tier,
        verdicts=verdicts,
        external_ref=blind.external_ref,
        reason=blind.item_reason,
        priority=item.priority,
        sla_due_at=None,
        claimed_at=now,
        lease_expires_at=now,
        media=item.media,
        language=blind.language,
    )


class QAQueue(QObject):
    """The window's QA mode: one sampled item at a time, on the database lane, in order."""

    opened = Signal(object)  # BlindScreenItem
    empty = Signal()
    unblinded = Signal(object)  # FirstVerdict
    recorded = Signal(object)  # ReviewResult
    failed = Signal(str)

    def __init__(
        self,
        qa: QAService,
        actor: Actor,
        runner: Runner,
        *,
        gate: ClaimGate | None = None,
        live_dose: Callable[[], float | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._qa, self._actor, self._runner = qa, actor, runner
        self._gate, self._live_dose = gate, live_dose
        self.active = False
        self.item: BlindScreenItem | None = None
        self.first: FirstVerdict | None = None  # set once the QA verdict is final
        self.busy = False
        self._skipped: list[int] = []

    @property
    def allowed(self) -> bool:
        """QA reviewers are leads (the service checks again)."""
        return self._actor.has(Role.LEAD)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> bool:
        if self.busy:
            return False
        self.busy = True

        def finished(result: Any) -> None:
            self.busy = False
            done(result)

        def error(failure: BaseException) -> None:
            self.busy = False
            if isinstance(failure, WorkstationError):
                self.failed.emit(shown(failure))
            else:
                log.error("unexpected error in a QA call", exc_info=failure)
                self.failed.emit(qa_text(FAILED).format(kind=type(failure).__name__))

        self._runner.submit(work, finished, error)
        return True

    def next(self) -> bool:
        """Open the next sampled item (the oldest, not skipped here, of a tier still open today)."""
        qa, actor, gate, dose = self._qa, self._actor, self._gate, self._live_dose()
        exclude = tuple(self._skipped)

        def done(item: BlindScreenItem | None) -> None:
            self.item, self.first = item, None
            if item is None:
                self.empty.emit()
            else:
                self.opened.emit(item)

        return self._run(lambda: qa.open_next(actor, exclude=exclude, gate=gate, live_dose=dose), done)

    def skip(self) -> bool:
        """Leave the open item for another QA reviewer (this window does not offer it again)."""
        if self.item is None or self.first is not None:
            return False
        self._skipped.append(self.item.blind.sample_id)
        self.item = None
        return self.next()

    def close(self) -> None:
        """The open item leaves the screen unreviewed (QA mode left): nothing is recorded."""
        if self.first is None:
            self.item = None

    def commit(self, verdict: str) -> bool:
        """The QA verdict is final; the first verdict comes back (``unblinded``)."""
        item = self.item
        if item is None or self.first is not None:
            return False
        qa, actor, sample = self._qa, self._actor, item.blind.sample_id

        def done(first: FirstVerdict) -> None:
            self.first = first
            self.unblinded.emit(first)

        return self._run(lambda: qa.commit_verdict(actor, sample, verdict), done)

    def record(self, outcome: str | None, note: str) -> bool:
        """Record the review (verdict, outcome, note); then the next item is the reviewer's to ask."""
        first = self.first
        if first is None:
            return False
        qa, actor = self._qa, self._actor

        def done(result: ReviewResult) -> None:
            self.item, self.first = None, None
            self.recorded.emit(result)

        return self._run(lambda: qa.review(actor, first.sample_id, first.qa_verdict, outcome, note), done)


class OutcomePanel(QFrame):
    """After the QA verdict: the first verdict, then the outcome and a note, by keyboard."""

    recordRequested = Signal(object, str)  # outcome (None: equal verdicts settle it), note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qaOutcomePanel")
        self.setAccessibleName(self.tr("QA outcome"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(6)
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)  # never wider than the side panel (it does not scroll sideways)
        layout.addWidget(self.title)
        self.verdicts = QLabel()
        self.verdicts.setObjectName("qaVerdicts")
        self.verdicts.setWordWrap(True)
        self.verdicts.setTextFormat(Qt.TextFormat.PlainText)
        self.verdicts.setAccessibleName(self.tr("Your verdict and the first verdict"))
        layout.addWidget(self.verdicts)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setObjectName("askTitle")
        layout.addWidget(self.question)
        self.choices = QListWidget()
        self.choices.setAccessibleName(self.tr("Outcome"))
        self.choices.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices.setWordWrap(True)
        layout.addWidget(self.choices)
        self.note = QLineEdit()
        self.choices.itemClicked.connect(lambda _item: self.note.setFocus())
        self.note.setAccessibleName(self.tr("Note on the QA review"))
        self.note.setPlaceholderText(self.tr("Note for the reviewer (optional)"))
        self.note.returnPressed.connect(self.confirm)
        self.note.installEventFilter(self)
        layout.addWidget(self.note)
        self.record_button = QPushButton("Enter   " + self.tr("Record the QA review"))
        self.record_button.setAccessibleName(self.tr("Record the QA review"))
        self.record_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.record_button.clicked.connect(self.confirm)
        layout.addWidget(self.record_button)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self._first: FirstVerdict | None = None
        self.hide()

    @property
    def first(self) -> FirstVerdict | None:
        return self._first

    def show_first(self, first: FirstVerdict, qa_label: str, ref: str = "") -> None:
        """The QA verdict on item ``ref`` is final: say both verdicts; ask for the outcome when they
        differ."""
        self._first = first
        self.title.setText(self.tr("QA of {ref}: the first verdict").format(ref=ref) if ref else "")
        self.verdicts.setText(
            self.tr("Your verdict: {mine}. The first verdict: {first}.").format(
                mine=qa_label, first=first.first_label
            )
            + (
                "\n" + self.tr("Its reason: {reason}").format(reason=first.first_reason)
                if first.first_reason
                else ""
            )
        )
        self.choices.clear()
        self.hint.clear()
        self.note.clear()
        if first.settled == "agree":
            self.question.setText(self.tr("The verdicts agree. Add a note if you like, then press Enter."))
            self.choices.hide()
        else:
            self.question.setText(
                self.tr(
                    "How does the first verdict compare? Press 1-3, add a note if you like, then press Enter."
                )
            )
            for n, outcome in enumerate(CHOICES, 1):
                QListWidgetItem(f"{n}   {qa_text(OUTCOME_TEXT[outcome])}", self.choices).setData(
                    Qt.ItemDataRole.UserRole, outcome
                )
            self.choices.setCurrentRow(-1)
            rows = sum(self.choices.sizeHintForRow(r) for r in range(self.choices.count()))
            self.choices.setFixedHeight(rows + 2 * self.choices.frameWidth() + 12)
            self.choices.show()
        self.show()
        if first.settled == "agree":  # nothing to choose: straight to the note
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self._first = None
        self.choices.clear()
        self.note.clear()
        self.hint.clear()
        if self.note.hasFocus() and self.window() is not None:
            self.window().setFocus()
        self.hide()

    def choose(self, n: int) -> None:
        """Number key ``n``: that outcome (when the verdicts differ)."""
        if self._first is not None and self.choices.isVisible() and 1 <= n <= self.choices.count():
            self.choices.setCurrentRow(n - 1)
            self.hint.clear()
            self.note.setFocus(
                Qt.FocusReason.ShortcutFocusReason
            )  # then the note; Up/Down there still choose

    @property
    def outcome(self) -> str | None:
        current = self.choices.currentItem() if self.choices.isVisible() else None
        return str(current.data(Qt.ItemDataRole.UserRole)) if current is not None else None

    def confirm(self) -> None:
        if self._first is None:
            return
        outcome = "agree" if self._first.settled == "agree" else self.outcome
        if outcome is None:
            self.hint.setText(self.tr("Choose how the first verdict compares first: 1, 2 or 3."))
            return
        self.recordRequested.emit(outcome, self.note.text().strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the note, Up and Down choose the outcome (digits are text there)."""
        if (
            watched is self.note
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and self.choices.isVisible()
            and self.choices.count()
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = self.choices.currentRow()
            row = 0 if row < 0 else min(max(row + step, 0), self.choices.count() - 1)
            self.choices.setCurrentRow(row)
            self.hint.clear()
            return True
        return super().eventFilter(watched, event)


def _figure(value: object) -> str:
    """A percentage the core rounded to one place (``87.5``, ``0.0``), in the person's digits; ""
    (no figure) as it is."""
    return formats().number(value, 1) if isinstance(value, int | float) else str(value)


class MyQADialog(QDialog):
    """ "My QA": the reviewer's own sampled decisions and what the second review found (F4 closes)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("QA", "Item"),
        QT_TRANSLATE_NOOP("QA", "Queue"),
        QT_TRANSLATE_NOOP("QA", "Decided"),
        QT_TRANSLATE_NOOP("QA", "Your verdict"),
        QT_TRANSLATE_NOOP("QA", "QA verdict"),
        QT_TRANSLATE_NOOP("QA", "Outcome"),
        QT_TRANSLATE_NOOP("QA", "Note"),
    )
    loaded = Signal()

    def __init__(self, qa: QAService, actor: Actor, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myQaDialog")
        self.setWindowTitle(self.tr("My QA"))
        self.setAccessibleName(self.tr("My QA"))
        self._qa, self._actor, self._runner = qa, actor, runner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        intro = QLabel(
            self.tr(
                "Some of your decisions are sampled for a blind second review by a lead. This is how they "
                "fared; the QA reviewer is not named."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("myQaSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Your QA agreement"))
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("myQaTable")
        self.table.setAccessibleName(self.tr("Your reviewed decisions"))
        self.table.setHorizontalHeaderLabels([qa_text(c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        close = QLabel(self.tr("Press F4 or Enter to close."))
        close.setObjectName("hint")
        layout.addWidget(close)
        self.resize(1000, 560)
        self.data: dict[str, Any] | None = None

    def refresh(self) -> None:
        """Read "My QA" on the runner (never the GUI thread)."""
        qa, actor = self._qa, self._actor
        self.summary.setText(self.tr("Loading…"))
        self._runner.submit(lambda: qa.my_reviews(actor), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        log.info("My QA not loaded: %s", error)
        text = shown(error) if isinstance(error, WorkstationError) else type(error).__name__
        self.summary.setText(self.tr("Your QA results could not be read: {error}").format(error=text))
        self.loaded.emit()

    def _show(self, mine: dict[str, Any]) -> None:
        self.data = mine
        fmt = formats()  # every figure in the person's digits
        if not mine["n"]:
            self.summary.setText(self.tr("None of your decisions has had a QA review yet."))
        else:
            counts = " · ".join(
                f"{qa_text(OUTCOME_SHORT[o])} {fmt.count(mine.get(o, 0))}" for o in ("agree", *CHOICES)
            )
            self.summary.setText(
                self.tr("{n} of your decisions had a second review; agreement {pct} %.").format(
                    n=fmt.count(mine["n"]), pct=_figure(mine["agreement_pct"])
                )
                + "\n"
                + counts
            )
        golden = mine.get("golden") or {}
        if golden.get("n"):
            # Known-answer items: the figure only, never which items they were (docs/policies-and-quality.md).
            self.summary.setText(
                self.summary.text()
                + "\n"
                + self.tr("Known-answer items before today: {correct} of {n} right ({pct} %).").format(
                    correct=fmt.count(golden["correct"]),
                    n=fmt.count(golden["n"]),
                    pct=_figure(golden["accuracy_pct"]),
                )
            )
        items = mine["items"]
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            decided = item["decided_at"]
            cells = (
                item["item"],
                item["queue"],
                fmt.day(decided.date() if isinstance(decided, datetime) else decided)
                if decided is not None
                else "",
                item["your_label"],
                item["qa_label"],
                qa_text(OUTCOME_SHORT.get(item["outcome"], item["outcome"])),
                item["note"],
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 5 and item["outcome"] != "agree":
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.loaded.emit()

    def rows(self) -> list[list[str]]:
        return [
            [
                (c.text() if (c := self.table.item(r, k)) is not None else "")
                for k in range(self.table.columnCount())
            ]
            for r in range(self.table.rowCount())
        ]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_F4, Qt.Key.Key_Return, Qt.Key.Key_Enter):  # the key that opened it
            self.accept()
            return
        super().keyPressEvent(event)

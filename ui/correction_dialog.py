"""A lead's "Correct or appeal a decision…": the window's way to ``decisions correct|appeal``.

Find an item by its reference, pick its latest decision, then either record the right verdict with a
reason (a correction) or record an appeal with its grounds. The service checks the role, the verdict
and the reason again; its refusal is shown as one sentence.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import shown
from ui.notices import sentence
from workstation.actor import Actor
from workstation.app import Services
from workstation.errors import WorkstationError


class CorrectionDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correct or appeal a decision"))
        self.services, self.actor = services, actor
        self._latest: dict[str, object] | None = None
        layout = QVBoxLayout(self)
        find = QHBoxLayout()
        self.ref = QLineEdit()
        self.ref.setAccessibleName(self.tr("Item reference"))
        self.ref.setPlaceholderText(self.tr("Item reference, e.g. H-EVE-1127-alex-05"))
        self.ref.returnPressed.connect(self.find_item)
        find.addWidget(self.ref, 1)
        button = QPushButton(self.tr("Find"))
        button.clicked.connect(self.find_item)
        find.addWidget(button)
        layout.addLayout(find)
        self.current = QLabel("")
        self.current.setWordWrap(True)
        self.current.setTextFormat(Qt.TextFormat.PlainText)  # reasons and notes as typed
        self.current.setAccessibleName(self.tr("The decision to correct"))
        layout.addWidget(self.current)
        form = QFormLayout()
        self.verdict = QComboBox()
        self.verdict.setAccessibleName(self.tr("Corrected verdict"))
        form.addRow(self.tr("Verdict"), self.verdict)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why (required; the reviewer is told it)"))
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("Record correction"))
        self.correct_button.clicked.connect(self.correct)
        self.appeal_button = QPushButton(self.tr("Record appeal"))
        self.appeal_button.clicked.connect(self.appeal)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.appeal_button)
        layout.addLayout(buttons)
        self.outcome = QLabel("")
        self.outcome.setObjectName("hint")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.outcome)
        self._enable(False)
        self.resize(640, 260)

    def _enable(self, on: bool) -> None:
        for widget in (self.verdict, self.reason, self.correct_button, self.appeal_button):
            widget.setEnabled(on)

    def find_item(self) -> None:
        self._latest = None
        self._enable(False)
        self.verdict.clear()
        try:
            rows = self.services.corrections.item_decisions(self.actor, self.ref.text().strip())
        except WorkstationError as error:
            self.current.setText(sentence(shown(error)))
            return
        latest = next((r for r in reversed(rows) if r["latest"]), None)
        if latest is None:
            self.current.setText(self.tr("This item has no decision to correct."))
            return
        self._latest = latest
        self.current.setText(
            self.tr("Decision {id} by {who} at {at} UTC: {verdict}").format(
                id=latest["id"], who=latest["reviewer"], at=latest["decided_at"], verdict=latest["verdict"]
            )
            + (f" ({latest['reason']})" if latest["reason"] else "")
        )
        for verdict in self.services.directory.queue(str(latest["queue"])).verdicts:
            self.verdict.addItem(f"{verdict.label} ({verdict.key})", verdict.key)
        self._enable(latest["verdict"] not in ("undone", "appealed"))

    def correct(self) -> None:
        self._record(
            lambda decision: self.services.corrections.correct(
                self.actor, decision, str(self.verdict.currentData()), self.reason.text()
            )
        )

    def appeal(self) -> None:
        self._record(
            lambda decision: self.services.corrections.appeal(self.actor, decision, self.reason.text())
        )

    def _record(self, write: object) -> None:
        if self._latest is None:
            return
        try:
            record = write(int(str(self._latest["id"])))  # type: ignore[operator]
        except WorkstationError as error:
            self.outcome.setText(sentence(shown(error)))
            return
        what = (
            self.tr("under appeal")
            if record.verdict == "appealed"
            else self.tr("corrected to {verdict}").format(verdict=record.verdict)
        )
        self.outcome.setText(
            self.tr("Recorded: decision {id} is {what}. The reviewer is told in their window.").format(
                id=self._latest["id"], what=what
            )
        )
        self.reason.clear()
        self.find_item()

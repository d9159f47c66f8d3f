"""A lead's "Correct or appeal a decision…": the window's way to ``decisions correct|appeal``.

Find an item by its reference, pick its latest decision, then either record the right verdict with a
reason (a correction) or record an appeal with its grounds. The service checks the role, the verdict
and the reason again; its refusal is shown as one sentence. Every read and write runs on the
window's runner: the dialog says "Looking up…" or "Recording…" and keeps its buttons off meanwhile.
"""

from __future__ import annotations

import logging
from typing import Any

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
from ui.locale_format import taxonomy_labels
from ui.notices import sentence
from ui.tasks import Runner
from workstation.actor import Actor
from workstation.app import Services
from workstation.errors import WorkstationError

log = logging.getLogger(__name__)


class CorrectionDialog(QDialog):
    def __init__(
        self, services: Services, actor: Actor, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correct or appeal a decision"))
        self.services, self.actor, self._runner = services, actor, runner
        self._latest: dict[str, object] | None = None
        layout = QVBoxLayout(self)
        find = QHBoxLayout()
        self.ref = QLineEdit()
        self.ref.setAccessibleName(self.tr("Item reference"))
        self.ref.setPlaceholderText(self.tr("Item reference, e.g. H-EVE-1127-00042"))
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

    def _failed(self, label: QLabel) -> Any:
        def show(error: BaseException) -> None:
            if isinstance(error, WorkstationError):
                label.setText(sentence(shown(error)))
            else:
                log.error("correction dialog: the service failed", exc_info=error)
                label.setText(self.tr("That did not work: a problem in this program. This is a bug."))

        return show

    def find_item(self) -> None:
        """Looks up the item's decisions and its queue's verdicts on the runner."""
        self._latest = None
        self._enable(False)
        self.verdict.clear()
        self.current.setText(self.tr("Looking up the item…"))
        corrections, directory, actor, ref = (
            self.services.corrections, self.services.directory, self.actor, self.ref.text().strip()
        )

        def look_up() -> tuple[dict[str, object] | None, list[Any]]:
            rows = corrections.item_decisions(actor, ref)
            latest = next((r for r in reversed(rows) if r["latest"]), None)
            verdicts = list(directory.queue(str(latest["queue"])).verdicts) if latest is not None else []
            return latest, verdicts

        self._runner.submit(look_up, self._show_item, self._failed(self.current))

    def _show_item(self, found: tuple[dict[str, object] | None, list[Any]]) -> None:
        latest, verdicts = found
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
        for verdict in verdicts:
            self.verdict.addItem(f"{taxonomy_labels().label(verdict.label)} ({verdict.key})", verdict.key)
        self._enable(latest["verdict"] not in ("undone", "appealed"))

    def correct(self) -> None:
        corrections, actor = self.services.corrections, self.actor
        verdict, reason = str(self.verdict.currentData()), self.reason.text()
        self._record(lambda decision: corrections.correct(actor, decision, verdict, reason))

    def appeal(self) -> None:
        corrections, actor, reason = self.services.corrections, self.actor, self.reason.text()
        self._record(lambda decision: corrections.appeal(actor, decision, reason))

    def _record(self, write: Any) -> None:
        if self._latest is None:
            return
        decision = int(str(self._latest["id"]))
        self._enable(False)
        self.outcome.setText(self.tr("Recording…"))

        def failed(error: BaseException) -> None:
            self._failed(self.outcome)(error)
            self._enable(True)

        self._runner.submit(lambda: write(decision), lambda record: self._recorded(decision, record), failed)

    def _recorded(self, decision: int, record: Any) -> None:
        what = (
            self.tr("under appeal")
            if record.verdict == "appealed"
            else self.tr("corrected to {verdict}").format(verdict=record.verdict)
        )
        self.outcome.setText(
            self.tr("Recorded: decision {id} is {what}. The reviewer is told in their window.").format(
                id=decision, what=what
            )
        )
        self.reason.clear()
        self.find_item()

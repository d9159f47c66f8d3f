"""The WHO-5 questionnaire (``wellbeing.screening``), offered when the organisation switches it on.

Five statements about the last two weeks, each answered 0 ("at no time") to 5 ("all of the time").
Keyboard: Tab moves from question to question, the arrow keys or the digits 0-5 choose an answer,
Enter saves once every question is answered. The score is shown to the person right after saving,
with the support contact; it is stored as care data (only they and wellbeing staff see it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.support_contact import SupportLabel
from wellbeing.screening import WHO5_ANSWERS, WHO5_INTRO, WHO5_ITEMS, who5_meaning

PRIVACY = (
    "Private: only you and wellbeing staff see your answers and score; leads and admins never do. "
    "WHO-5 Well-Being Index, WHO Regional Office for Europe / Psychiatric Research Unit, 1998."
)


class ScreeningDialog(QDialog):
    """``submitted(answers)`` once all five are answered; ``show_score`` after the save."""

    submitted = Signal(list)

    def __init__(self, support_contact: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screeningDialog")
        # Modal: while it is open the reviewer window takes no keys. Found on Xvfb with xdotool: a
        # non-modal dialog without a window manager to focus it let the answers' digits and Enter reach
        # the window, where 3 and Enter recorded "Remove" on the open item.
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle("Wellbeing questionnaire (WHO-5)")
        self.setAccessibleName("Wellbeing questionnaire")
        title = QLabel(f"{WHO5_INTRO} how often has each been true for you?")
        title.setStyleSheet("font-size: 17px; font-weight: 600;")
        title.setWordWrap(True)
        privacy = QLabel(PRIVACY)
        privacy.setObjectName("hint")
        privacy.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(privacy)
        self.groups: list[QButtonGroup] = []
        self.boxes: list[QGroupBox] = []
        for number, statement in enumerate(WHO5_ITEMS, start=1):
            box = QGroupBox(f"{number}. {statement}")
            box.setAccessibleName(f"Question {number} of 5: {statement}")
            row = QHBoxLayout(box)
            group = QButtonGroup(box)
            for value, label in WHO5_ANSWERS:
                radio = QRadioButton(f"{value} · {label}")
                radio.setAccessibleName(f"{label} ({value})")
                radio.installEventFilter(self)
                group.addButton(radio, value)
                row.addWidget(radio)
            group.idClicked.connect(lambda _id: self._update())
            self.groups.append(group)
            self.boxes.append(box)
            layout.addWidget(box)
        self.status = QLabel("Answer all five questions, then press Enter or Save.")
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Questionnaire status")
        self.support = SupportLabel(support_contact)
        self.save_button = QPushButton("Save my answers")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.submit)
        later = QPushButton("Not now")
        later.setProperty("secondary", True)
        later.clicked.connect(self.reject)
        self.later_button = later
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(later)
        buttons.addWidget(self.save_button)
        layout.addWidget(self.support)
        layout.addLayout(buttons)
        self.score: int | None = None

    @property
    def answers(self) -> list[int | None]:
        return [g.checkedId() if g.checkedId() >= 0 else None for g in self.groups]

    def _update(self) -> None:
        missing = [str(n) for n, a in enumerate(self.answers, start=1) if a is None]
        self.save_button.setEnabled(not missing and self.score is None)
        if missing:
            self.status.setText(f"Still to answer: question {', '.join(missing)}.")
        else:
            self.status.setText("All answered: press Enter or Save.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Digits 0-5 answer the question that has the focus; Enter saves."""
        if not isinstance(watched, QRadioButton) or not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        digit = len(text) == 1 and text in "012345"
        if event.type() == QEvent.Type.ShortcutOverride and digit:
            event.accept()
            return False
        if event.type() == QEvent.Type.KeyPress and digit:
            group = next(g for g in self.groups if watched in g.buttons())
            button = group.button(int(text))
            button.setChecked(True)
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            self._update()
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return True
        return False

    def submit(self) -> None:
        answers = self.answers
        if any(a is None for a in answers) or self.score is not None:
            self._update()
            return
        self.save_button.setEnabled(False)
        self.status.setText("Saving…")
        self.submitted.emit([int(a) for a in answers if a is not None])

    def show_score(self, score: int) -> None:
        """After the save: the score, its plain reading and where to turn. Only this person sees it here."""
        self.score = score
        for group in self.groups:
            for button in group.buttons():
                button.setEnabled(False)
        self.status.setText(f"Saved. Your WHO-5 score: {score} of 100. {who5_meaning(score)}")
        self.save_button.setEnabled(False)
        self.later_button.setText("Close")

    def show_error(self, text: str) -> None:
        self.status.setText(f"Not saved: {text}")
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.save_button.setEnabled(all(a is not None for a in self.answers) and self.score is None)


__all__ = ["ScreeningDialog"]

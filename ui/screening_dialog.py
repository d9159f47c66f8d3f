"""The WHO-5 questionnaire (``wellbeing.screening``), offered when the organisation switches it on.

Five statements about the last two weeks, each answered 0 ("at no time") to 5 ("all of the time").
Keyboard: Tab moves from question to question, the arrow keys or the digits 0-5 choose an answer,
Enter saves once every question is answered. The score is shown to the person right after saving,
with the support contact; it is stored as wellbeing data (only they and wellbeing staff see it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
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

from ui.i18n import QT_TRANSLATE_NOOP
from ui.support_contact import SupportLabel
from wellbeing.screening import WHO5_ANSWERS, WHO5_INTRO, WHO5_ITEMS, who5_meaning

# The questionnaire's texts live in the pure layer (wellbeing.screening, no Qt). They are marked here so
# lupdate extracts them, and translated by their English text (``_who5``); a test checks this list
# matches wellbeing.screening. The translations are ours, not the validated WHO-5 versions
# (docs/translations.md, "What is not translated yet").
_WHO5_MARKED = (
    QT_TRANSLATE_NOOP("WHO5", "Over the last two weeks:"),
    QT_TRANSLATE_NOOP("WHO5", "I have felt cheerful and in good spirits"),
    QT_TRANSLATE_NOOP("WHO5", "I have felt calm and relaxed"),
    QT_TRANSLATE_NOOP("WHO5", "I have felt active and vigorous"),
    QT_TRANSLATE_NOOP("WHO5", "I woke up feeling fresh and rested"),
    QT_TRANSLATE_NOOP("WHO5", "My daily life has been filled with things that interest me"),
    QT_TRANSLATE_NOOP("WHO5", "All of the time"),
    QT_TRANSLATE_NOOP("WHO5", "Most of the time"),
    QT_TRANSLATE_NOOP("WHO5", "More than half of the time"),
    QT_TRANSLATE_NOOP("WHO5", "Less than half of the time"),
    QT_TRANSLATE_NOOP("WHO5", "Some of the time"),
    QT_TRANSLATE_NOOP("WHO5", "At no time"),
    QT_TRANSLATE_NOOP(
        "WHO5",
        "This score is low. Please consider talking to your support contact or a doctor soon; "
        "it is a prompt to talk, not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP(
        "WHO5",
        "This score suggests your well-being has been low lately. Talking to your support contact "
        "can help; it is a prompt to talk, not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP("WHO5", "Thank you. Your answers are private to you and wellbeing staff."),
)


def _who5(text: str) -> str:
    """A WHO-5 text of wellbeing.screening in the window's language."""
    return QCoreApplication.translate("WHO5", text)


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
        self.setWindowTitle(self.tr("Wellbeing questionnaire (WHO-5)"))
        self.setAccessibleName(self.tr("Wellbeing questionnaire"))
        title = QLabel(
            self.tr("{intro} how often has each been true for you?").format(intro=_who5(WHO5_INTRO))
        )
        title.setStyleSheet("font-size: 17px; font-weight: 600;")
        title.setWordWrap(True)
        privacy = QLabel(
            self.tr(
                "Private: only you and wellbeing staff see your answers and score; "
                "leads and admins never do. "
                "WHO-5 Well-Being Index, WHO Regional Office for Europe / Psychiatric Research Unit, 1998."
            )
        )
        privacy.setObjectName("hint")
        privacy.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(privacy)
        self.groups: list[QButtonGroup] = []
        self.boxes: list[QGroupBox] = []
        for number, statement in enumerate(WHO5_ITEMS, start=1):
            statement = _who5(statement)
            box = QGroupBox(self.tr("{number}. {statement}").format(number=number, statement=statement))
            box.setAccessibleName(
                self.tr("Question {number} of 5: {statement}").format(number=number, statement=statement)
            )
            row = QHBoxLayout(box)
            group = QButtonGroup(box)
            for value, english in WHO5_ANSWERS:
                label = _who5(english)
                radio = QRadioButton(self.tr("{value} · {answer}").format(value=value, answer=label))
                radio.setAccessibleName(self.tr("{answer} ({value})").format(value=value, answer=label))
                radio.installEventFilter(self)
                group.addButton(radio, value)
                row.addWidget(radio)
            group.idClicked.connect(lambda _id: self._update())
            self.groups.append(group)
            self.boxes.append(box)
            layout.addWidget(box)
        self.status = QLabel(self.tr("Answer all five questions, then press Enter or Save."))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Questionnaire status"))
        self.support = SupportLabel(support_contact)
        self.save_button = QPushButton(self.tr("Save my answers"))
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.submit)
        later = QPushButton(self.tr("Not now"))
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
            self.status.setText(
                self.tr("Still to answer: question {numbers}.").format(numbers=", ".join(missing))
            )
        else:
            self.status.setText(self.tr("All answered: press Enter or Save."))

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
        self.status.setText(self.tr("Saving…"))
        self.submitted.emit([int(a) for a in answers if a is not None])

    def show_score(self, score: int) -> None:
        """After the save: the score, its plain reading and where to turn. Only this person sees it here."""
        self.score = score
        for group in self.groups:
            for button in group.buttons():
                button.setEnabled(False)
        self.status.setText(
            self.tr("Saved. Your WHO-5 score: {score} of 100. {meaning}").format(
                score=score, meaning=_who5(who5_meaning(score))
            )
        )
        self.save_button.setEnabled(False)
        self.later_button.setText(self.tr("Close"))

    def show_error(self, text: str) -> None:
        self.status.setText(self.tr("Not saved: {reason}").format(reason=text))
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.save_button.setEnabled(all(a is not None for a in self.answers) and self.score is None)


__all__ = ["ScreeningDialog"]

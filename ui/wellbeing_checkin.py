"""A one-tap mood check-in: five drawn faces from very low to very good, and an optional note.

Private: it is stored with ``WellbeingRecords.record_checkin`` (through the controller), readable by the
reviewer and by wellbeing staff only, never by leads. Tapping a face saves at once; the note, if
typed first, goes with it.

Fully usable by keyboard (docs/wellbeing.md, "Check-ins"): keys 1-5 choose a face without saving,
Tab goes from the faces to the note (the faces are one stop, like a radio group; Left/Right move
between them), Enter saves the chosen face with the note. While the panel has focus these keys are
its own, not the reviewer window's shortcuts (1-5 may be verdict keys there).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP
from ui.support_contact import SupportLabel

# English here (the stored meaning); :func:`mood_label` gives the window's language.
MOODS: tuple[tuple[int, str], ...] = (
    (1, QT_TRANSLATE_NOOP("CheckInPanel", "Very low")),
    (2, QT_TRANSLATE_NOOP("CheckInPanel", "Low")),
    (3, QT_TRANSLATE_NOOP("CheckInPanel", "Okay")),
    (4, QT_TRANSLATE_NOOP("CheckInPanel", "Good")),
    (5, QT_TRANSLATE_NOOP("CheckInPanel", "Very good")),
)


def mood_label(mood: int) -> str:
    """A mood's word (1 "Very low" .. 5 "Very good") in the window's language."""
    return QCoreApplication.translate("CheckInPanel", MOODS[mood - 1][1])


class FaceButton(QAbstractButton):
    """A simple drawn face; the mouth curves from a frown (1) to a smile (5). No emoji font needed."""

    def __init__(self, mood: int, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mood = mood
        self.setText(label)
        self.setAccessibleName(self.tr("Mood {mood} of 5: {label}").format(mood=mood, label=label))
        self.setToolTip(label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.chosen = False  # chosen by key, not saved yet

    def sizeHint(self) -> QSize:
        return QSize(76, 88)

    def label_font(self) -> QFont:
        """The font for the mood's word under the face: smaller when the word is wider than the button
        ("Sangat rendah" in Malay at 76 px), never cut off; the face itself keeps its size."""
        font = QFont(self.font())
        size = font.pointSizeF()
        while size > 6 and QFontMetrics(font).horizontalAdvance(self.text()) > self.width() - 2:
            size -= 0.5
            font.setPointSizeF(size)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        line = pal.color(pal.ColorRole.WindowText)
        accent = pal.color(pal.ColorRole.Highlight)
        size = min(self.width(), self.height() - 24) - 8
        face = QRectF((self.width() - size) / 2, 4, size, size)
        ring = accent if (self.chosen or self.hasFocus() or self.underMouse() or self.isDown()) else line
        painter.setPen(QPen(ring, 4.0 if self.chosen else 2.5 if ring is accent else 1.5))
        chosen_fill = QColor(accent)
        chosen_fill.setAlpha(90)  # the face's lines stay readable on it, in both themes
        painter.setBrush(chosen_fill if self.chosen else pal.color(pal.ColorRole.Button))
        painter.drawEllipse(face)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(line)
        eye = size * 0.06
        for x in (0.36, 0.64):
            painter.drawEllipse(QPointF(face.left() + size * x, face.top() + size * 0.4), eye, eye)
        curve = (self.mood - 3) / 2  # -1 frown .. +1 smile
        left = QPointF(face.left() + size * 0.3, face.top() + size * 0.66)
        right = QPointF(face.left() + size * 0.7, face.top() + size * 0.66)
        control = QPointF(face.center().x(), left.y() + curve * size * 0.18)
        mouth = QPainterPath(left)
        mouth.quadTo(control, right)
        painter.setPen(QPen(line, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(mouth)
        painter.setPen(line)
        painter.setFont(self.label_font())
        painter.drawText(
            QRectF(0, face.bottom() + 2, self.width(), self.height() - face.bottom() - 2),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            self.text(),
        )
        painter.end()


class CheckInPanel(QWidget):
    """ "How are you feeling?" — tap a face. ``submitted(mood, note)``; ``skipped()`` for "Not now"."""

    submitted = Signal(int, str)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("checkInPanel")
        self.setAccessibleName(self.tr("Check-in"))
        title = QLabel(self.tr("How are you feeling right now?"))
        title.setObjectName("checkInTitle")
        title.setStyleSheet("font-size: 17px; font-weight: 600;")
        privacy = QLabel(
            self.tr(
                "Private: only you and wellbeing staff see check-ins. Tap a face to save, or press 1-5 "
                "(Tab for a note) and Enter."
            )
        )
        privacy.setObjectName("hint")
        privacy.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Add a note if you like (optional), then tap a face"))
        self.note.setAccessibleName(self.tr("Check-in note (optional)"))
        self.note.setMaxLength(2000)
        self.note.returnPressed.connect(self.submit)
        self.note.installEventFilter(self)
        self.support = SupportLabel()
        self._chosen: int | None = None
        faces = QHBoxLayout()
        faces.setSpacing(10)
        self.faces: list[FaceButton] = []
        for mood, _english in MOODS:
            button = FaceButton(mood, mood_label(mood))
            if compact:
                button.setFixedSize(72, 62)
            else:
                button.setMinimumSize(76, 88)
            button.clicked.connect(lambda _=False, m=mood: self._choose(m))
            button.installEventFilter(self)
            faces.addWidget(button)
            self.faces.append(button)
        faces.addStretch(1)
        self.skip_button = QPushButton(self.tr("Not now"))
        self.skip_button.setProperty("secondary", True)
        self.skip_button.setAccessibleName(self.tr("Skip the check-in"))
        self.skip_button.clicked.connect(self.skipped.emit)
        self.skip_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.thanks = QLabel()
        self.thanks.setAccessibleName(self.tr("Check-in status"))
        self.thanks.hide()
        self._compact = compact
        self._privacy = privacy
        if compact:  # one row, for the banner after a break
            title.setText(self.tr("How are you feeling after your break?"))
            title.setStyleSheet("font-weight: 600;")
            privacy.setText(self.tr("Private: only you and wellbeing staff see it."))
            line = QHBoxLayout(self)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(10)
            words = QVBoxLayout()
            words.addWidget(title)
            words.addWidget(privacy)
            words.addWidget(self.support)
            words.addWidget(self.thanks)
            line.addLayout(words)
            faces.takeAt(faces.count() - 1)  # no stretch inside the row
            line.addLayout(faces)
            self.note.setMaximumWidth(320)
            line.addWidget(self.note, 1)
            line.addWidget(self.skip_button)
            return
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(privacy)
        layout.addLayout(faces)
        layout.addWidget(self.note)
        layout.addWidget(self.support)
        row = QHBoxLayout()
        row.addWidget(self.thanks, 1)
        row.addWidget(self.skip_button)
        layout.addLayout(row)

    def reset(self) -> None:
        self.note.clear()
        self.thanks.hide()
        self._privacy.show()
        if self._compact:
            self.support.show()
        self._chosen = None
        for face in self.faces:
            face.setEnabled(True)
            face.chosen = False
            face.update()

    @property
    def chosen(self) -> int | None:
        """The face chosen by key and not saved yet."""
        return self._chosen

    def choose(self, mood: int) -> None:
        """Key 1-5: mark a face as chosen (not saved yet; Enter saves it with the note)."""
        if not self.faces[0].isEnabled():
            return  # already saved
        self._chosen = mood
        for face in self.faces:
            face.chosen = face.mood == mood
            face.update()
        self.faces[mood - 1].setFocus(Qt.FocusReason.OtherFocusReason)
        self._say(
            self.tr("{mood}: press Enter to save, or Tab to add a note first.").format(mood=mood_label(mood))
        )

    def submit(self) -> None:
        """Enter: save the chosen face with the note; without one, say how to choose."""
        if not self.faces[0].isEnabled():
            return
        if self._chosen is None:
            self._say(self.tr("Choose a face first: keys 1 (very low) to 5 (very good)."))
            return
        self._choose(self._chosen)

    def _mood_key(self, event: QKeyEvent) -> int | None:
        text = event.text()
        if len(text) == 1 and text in "12345" and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return int(text)
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys on a face: 1-5 choose, Enter saves, Tab leaves the faces for the note, arrows move."""
        if not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.note:
            if event.type() == QEvent.Type.ShortcutOverride and enter:
                event.accept()  # Enter in the note saves the check-in, not a window action
            return False
        if not isinstance(watched, FaceButton):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            if self._mood_key(event) is not None or enter:
                event.accept()  # ours, not a window shortcut's
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        mood = self._mood_key(event)
        if mood is not None:
            self.choose(mood)
            return True
        if enter:
            self.submit()
            return True
        if key == Qt.Key.Key_Tab:
            self.note.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            index = max(0, min(4, self.faces.index(watched) + step))
            self.faces[index].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False

    def focus_faces(self) -> None:
        """Put the keyboard on the faces (the chosen one, else the middle one)."""
        self.faces[(self._chosen or 3) - 1].setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str) -> None:
        """The status line. In the banner (a strip of fixed height) it takes the place of the privacy
        and support lines, which were read before a face was chosen: below them it was cut off, so
        nothing said the check-in was saved. The break screen and the own view keep the contact."""
        self.thanks.setText(text)
        self.thanks.show()
        if self._compact:
            self._privacy.hide()
            self.support.hide()

    def _choose(self, mood: int) -> None:
        self._chosen = None
        for face in self.faces:
            face.chosen = False
            face.setEnabled(False)
        # The mood word is lower-cased inside the sentence (a no-op for scripts without case).
        self._say(self.tr("Saved privately: {mood}. Thank you.").format(mood=mood_label(mood).lower()))
        self.submitted.emit(mood, self.note.text().strip())


__all__ = ["MOODS", "CheckInPanel", "FaceButton", "mood_label"]

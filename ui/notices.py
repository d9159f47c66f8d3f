"""One notification area of fixed height above the media, and a status line that never hides its keys.

Notices (a lost claim, "decided before", a break suggestion, locked queues, a check-in, rotation) used
to be banners stacked above the media, each pushing the layout down as it came and went, under the
reviewer's pointer. Here they share one strip whose height never changes: the notices that are on
are listed most important first (``priority``, lower first) and the strip scrolls when they do not
fit. Each notice keeps its own ``show()``/``hide()``, so code that owns a notice is unchanged.

The status line shows one message with an optional key hint (``Ctrl+Z undoes it for 10 s``): the
message elides with its full text as tooltip when the bar is narrow, the key hint never does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import timers

# Most important first: what went wrong with the reviewer's own work, then care, then information.
PRIORITY_PROBLEM = 0
PRIORITY_BREAK = 10
PRIORITY_CHECKIN = 20
PRIORITY_LOCKED = 30
PRIORITY_ROTATION = 40
PRIORITY_HISTORY = 50

_PRIORITY = "noticePriority"
CHECKIN_FACE_HEIGHT = 62  # ui.wellbeing_checkin.CheckInPanel(compact=True) faces, the tallest notice


def sentence(text: str) -> str:
    """``text`` as a sentence on screen: its first letter a capital (services write theirs in lower
    case to fit inside other sentences) and a full stop at the end if it has no other."""
    text = text.strip()
    for i, char in enumerate(text):
        if char.isalpha():
            text = text[:i] + char.upper() + text[i + 1 :]
            break
    if text and text[-1] not in ".!?…)":
        text += "."
    return text


class NotificationArea(QScrollArea):
    """A strip of fixed height holding every notice, most important first; it scrolls, never grows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationArea")
        self.setAccessibleName(self.tr("Notices"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget()
        inner.setObjectName("notificationList")
        self._column = QVBoxLayout(inner)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addStretch(1)
        self.setWidget(inner)
        self._notices: list[QWidget] = []
        # Two lines of wrapped text, or the check-in's faces, whichever is taller, plus margins.
        lines = 2 * self.fontMetrics().lineSpacing() + 20
        self.setFixedHeight(max(lines, CHECKIN_FACE_HEIGHT + 18))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def add_notice(self, notice: QWidget, priority: int) -> None:
        """Place ``notice`` by ``priority`` (lower first; equal ones in the order added)."""
        notice.setProperty(_PRIORITY, priority)
        position = sum(1 for n in self._notices if int(n.property(_PRIORITY)) <= priority)
        self._notices.insert(position, notice)
        self._column.insertWidget(position, notice)
        notice.installEventFilter(self)

    @property
    def notices(self) -> tuple[QWidget, ...]:
        return tuple(self._notices)

    def shown(self) -> list[QWidget]:
        """The notices that are on, most important first."""
        return [n for n in self._notices if not n.isHidden()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched in self._notices:
            # The most important notice is the one in view: a new one never scrolls it away.
            QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(0))
        return False


class ElidedLabel(QLabel):
    """One line of text that ends in "…" (full text in its tooltip) when it does not fit its width;
    it elides again whenever the layout gives it another width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    @property
    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def _elide(self) -> None:
        shown = (
            self.fontMetrics().elidedText(
                self._full, Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width())
            )
            if self._full
            else ""
        )
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


class FittingLabel(QLabel):
    """One line that gives up room first in a crowded row (the status bar at 150 % font in a long
    language): its full text when it fits, else a shorter form, else that form elided. The full text
    stays in its tooltip and accessible description, so nothing is lost to a mouse or a screen reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._short = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    @property
    def full_text(self) -> str:
        return self._full

    def set_texts(self, full: str, short: str) -> None:
        self._full, self._short = full, short or full
        self.setToolTip(full)
        self.setAccessibleDescription(full)
        self._fit()
        self.updateGeometry()

    def _overhead(self) -> int:
        """The room around the words: the theme's padding (QStatusBar QLabel) and the margins."""
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + self._overhead(), hint.height())

    def minimumSizeHint(self) -> QSize:
        """A few letters and the "…": the rest of the row keeps its words."""
        room = self.fontMetrics().horizontalAdvance("MMMM…") + self._overhead()
        return QSize(room, super().minimumSizeHint().height())

    def _fit(self) -> None:
        room = max(0, self.width() - self._overhead())
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self._full) <= room:
            shown = self._full
        else:
            shown = metrics.elidedText(self._short, Qt.TextElideMode.ElideRight, room)
        super().setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class FittingButton(QPushButton):
    """A button with its full words when the row has room for them, else a shorter form (the status
    bar's break buttons at 150 % font in a long language). Its accessible name and tooltip say the
    whole action either way; a mnemonic-free plain text is assumed."""

    def __init__(self, full: str, short: str, parent: QWidget | None = None) -> None:
        super().__init__(full, parent)
        self._full, self._short = full, short
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _hint_for(self, text: str) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        extra = metrics.horizontalAdvance(text) - metrics.horizontalAdvance(self.text())
        return QSize(hint.width() + extra, hint.height())

    def sizeHint(self) -> QSize:
        return self._hint_for(self._full)

    def minimumSizeHint(self) -> QSize:
        return self._hint_for(self._short)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = self._full if self.width() >= self.sizeHint().width() else self._short
        if self.text() != wanted:
            self.setText(wanted)


class StatusLine(QWidget):
    """The status bar's message: the sentence (elided with a tooltip if it must be) and its key hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLine")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 8, 0)
        row.setSpacing(10)
        self.text = ElidedLabel()
        self.text.setObjectName("statusText")
        self.text.setAccessibleName(self.tr("Status message"))
        self.keys = QLabel()
        self.keys.setObjectName("statusKeys")
        self.keys.setAccessibleName(self.tr("Status key hint"))
        self.keys.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        row.addWidget(self.text, 1)
        row.addWidget(self.keys, 0)
        self._timer = timers().timer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    @property
    def message(self) -> str:
        return self.text.full_text

    def show_message(self, text: str, keys: str = "", timeout_ms: int = 0) -> None:
        self.keys.setText(keys)
        self.keys.setVisible(bool(keys))
        self.text.set_full_text(text)
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def clear(self) -> None:
        self.show_message("")

    def shown_text(self) -> str:
        """What the message label paints (the sentence, or its elided form)."""
        return self.text.text()


class ReviewerStatusBar(QStatusBar):
    """A status bar whose messages go to a :class:`StatusLine` (never painted over by the widgets).

    ``showMessage`` is kept for callers that know only ``QStatusBar``; ``say(text, keys=…)`` adds the
    key hint that must stay readable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.setSizeGripEnabled(False)
        self.line = StatusLine()
        self.addWidget(self.line, 1)

    def say(self, text: str, keys: str = "", timeout_ms: int = 0) -> None:
        self.line.show_message(text, keys, timeout_ms)

    def showMessage(self, text: str, /, timeout: int | None = 0) -> None:
        self.line.show_message(text, "", timeout or 0)

    def currentMessage(self) -> str:
        return self.line.message

    def clearMessage(self) -> None:
        self.line.clear()


__all__ = [
    "PRIORITY_BREAK",
    "PRIORITY_CHECKIN",
    "PRIORITY_HISTORY",
    "PRIORITY_LOCKED",
    "PRIORITY_PROBLEM",
    "PRIORITY_ROTATION",
    "ElidedLabel",
    "FittingButton",
    "FittingLabel",
    "NotificationArea",
    "ReviewerStatusBar",
    "StatusLine",
    "sentence",
]

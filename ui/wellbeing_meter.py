"""The exposure meter in the status bar: today's dose against the daily budget, with a slim bar.

It shows what the controller reads from the meter; it decides nothing. The tooltip says why the
figure grows at its current rate (``ExposureMeter.explain``) and how it is computed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.i18n import shown
from ui.wellbeing_controller import DoseReading

#: Calm colours that read on both themes: the palette's accent for the dose, a soft amber once the
#: budget is spent (information, not an alarm).
SPENT_COLOUR = QColor("#c9a46a")
#: Width in px of the ring drawn round the meter while it has keyboard focus: the theme's accent
#: (the palette's Highlight), which stands out from the window by 3:1 or more in every theme.
FOCUS_RING = 2


class DoseBar(QWidget):
    """A slim rounded bar: the filled share is dose / budget (capped at the full width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._spent = False
        # Under the meter's words and as wide as they are (not beside them: the status bar at 150 % font
        # in a long language had no room for both, docs/accessibility.md); inset like the label's text.
        self.setFixedHeight(6)
        self.setMinimumWidth(40)
        self.setContentsMargins(2, 0, 2, 0)
        self.setAccessibleName(self.tr("Exposure today, share of the daily budget"))

    def set_fraction(self, fraction: float, spent: bool) -> None:
        self._fraction = max(0.0, min(1.0, fraction))
        self._spent = spent
        self.update()

    @property
    def fraction(self) -> float:
        return self._fraction

    def sizeHint(self) -> QSize:
        return QSize(120, 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.contentsRect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = rect.height() / 2
        track = self.palette().color(self.palette().ColorRole.Button)
        painter.setBrush(track.lighter(130))
        painter.drawRoundedRect(rect, radius, radius)
        if self._fraction > 0:
            fill = SPENT_COLOUR if self._spent else self.palette().color(self.palette().ColorRole.Highlight)
            painter.setBrush(fill)
            width = max(rect.height(), rect.width() * self._fraction)
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), width, rect.height()), radius, radius)
        painter.end()


class ExposureMeterWidget(QWidget):
    """ "Exposure today 84 / 240" and a slim bar; click (or Enter) opens the reviewer's own view."""

    clicked = Signal()

    def __init__(self, method_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exposureMeter")
        self.setAccessibleName(self.tr("Exposure today"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._method = method_text
        self.label = QLabel(self.tr("Exposure today —"))
        self.label.setObjectName("exposureMeterText")
        self.bar = DoseBar()
        layout = QVBoxLayout(self)
        # Room around the words for the focus ring (paintEvent), which must show in every theme.
        layout.setContentsMargins(FOCUS_RING + 2, FOCUS_RING + 1, FOCUS_RING + 2, FOCUS_RING + 1)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._reading: DoseReading | None = None

    def show_reading(self, reading: DoseReading) -> None:
        self._reading = reading
        spent = reading.dose_today >= reading.budget
        number = QLocale()  # the person's language writes the figures (docs/translations.md)
        today, budget = number.toString(reading.dose_today, "f", 0), number.toString(reading.budget, "f", 0)
        if 0 < reading.dose_today < 0.5:  # some exposure never reads as none (issue 14: rounding)
            today = "<" + number.toString(1)
        if spent:
            text = self.tr("Exposure today {today} / {budget}  · budget spent")
        else:
            text = self.tr("Exposure today {today} / {budget}")
        self.label.setText(text.format(today=today, budget=budget))
        self.bar.set_fraction(reading.dose_today / reading.budget if reading.budget else 0.0, spent)
        described = self.tr("{today} of {budget} weighted minutes today. {explanation}").format(
            today=today, budget=budget, explanation=shown(reading.explanation)
        )
        if spent:  # the bar turns amber; the words say it too (docs/accessibility.md)
            described = self.tr("Budget spent. {described}").format(described=described)
        self.setAccessibleDescription(described)
        since = number.toString(reading.dose_since_break, "f", 1)
        self.setToolTip(
            self.tr(
                "Right now: {explanation}\nSince your last break: {since} weighted minutes.\n\n"
                "{method}\n\nClick for your own view (Ctrl+Shift+W)."
            ).format(explanation=shown(reading.explanation), since=since, method=self._method)
        )

    @property
    def reading(self) -> DoseReading | None:
        return self._reading

    def paintEvent(self, event: QPaintEvent) -> None:
        """A plain widget draws no focus indication of its own: Tab reached the meter unseen."""
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(self.palette().ColorRole.Highlight), FOCUS_RING))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = FOCUS_RING / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 4, 4)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


__all__ = ["DoseBar", "ExposureMeterWidget"]

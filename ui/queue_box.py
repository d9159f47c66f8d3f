"""The reviewer window's queue chooser ("Everyday reports  (tier 1, 13 pending)").

Its entries change after the window is shown: the queues arrive from the database worker, the
counts are read again after each decision, the wellbeing features mark a locked queue ("Locked today
· "). A combo box sizes itself once, on first show, by default, so at 1280 px the entry was cut in
the middle of a word ("Everyday reports  (tier 1, 13 p", found on Xvfb). This one asks for the width
of its longest entry whenever they change; where the window is too narrow even so, it draws the entry
elided with "…" and the whole entry is its tooltip. A screen reader always hears the whole entry: it
is the box's accessible name and value (docs/accessibility.md).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

#: The narrowest the box gets, in average characters of its font (a queue name and the start of
#: its counts); the old fixed 240 px at the design's font size.
MIN_CHARACTERS = 26


class QueueBox(QComboBox):
    """A combo box as wide as its longest entry when there is room, elided (with a tooltip) when not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.currentTextChanged.connect(self.setToolTip)

    def sizeHint(self) -> QSize:
        """The longest entry's width in the text field the style leaves: a style's padding and
        rounding took a few pixels more than Qt's own estimate ("…13 pending" cut by 1 px)."""
        hint = super().sizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, hint.width(), hint.height())
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        hint.setWidth(hint.width() + max(0, longest - self._field(option)))
        return hint

    def minimumSizeHint(self) -> QSize:
        """Narrower than the longest entry (the window may be narrow): it is elided there."""
        hint = super().minimumSizeHint()
        floor = self.fontMetrics().averageCharWidth() * MIN_CHARACTERS
        hint.setWidth(min(hint.width(), floor))
        return hint

    def _field(self, option: QStyleOptionComboBox) -> int:
        """The width the style gives the entry's text (its padding and the arrow left out)."""
        rect = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return rect.width() - 2  # the style draws the text 1 px in from each side

    def shown_text(self) -> str:
        """The entry as drawn now: whole, or elided with "…" when the box is narrower than it."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, max(self._field(option), 0)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


__all__ = ["MIN_CHARACTERS", "QueueBox"]

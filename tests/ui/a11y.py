"""Walks a window's widgets the way a screen reader meets them (Qt Accessibility), for the tests of
docs/accessibility.md: every control a person can reach has a name, and text is not clipped."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    where = parent.objectName() or type(parent).__name__ if parent is not None else "-"
    return f"{type(widget).__name__}({widget.objectName() or '?'}) in {where}"


def unnamed_controls(window: QWidget) -> list[str]:
    """Reachable controls (visible, or able to take focus) whose accessible name is empty: what a
    screen reader would announce as just "button" or "edit"."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            found.append(_describe(widget))
    return found


def clipped_labels(window: QWidget) -> list[str]:
    """Visible one-line labels narrower than their text: text cut off at the window's font size."""
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or label.wordWrap() or not label.text().strip():
            continue
        if label.textFormat() == label.textFormat().RichText or "<" in label.text():
            continue
        shown = label.text().splitlines()[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
        needed = label.fontMetrics().horizontalAdvance(shown)  # a mnemonic's "&" is not drawn
        if label.width() + 1 < needed:
            found.append(f"{_describe(label)}: {label.text()[:60]!r} needs {needed}px, has {label.width()}px")
    return found

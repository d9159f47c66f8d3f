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
    """Visible one-line labels narrower than their text, and combo boxes narrower than their entry:
    text cut off at the window's font size."""
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
    return found + clipped_combos(window)


def clipped_combos(window: QWidget) -> list[str]:
    """Visible combo boxes whose entry is wider than the room the style gives it: cut off (a box
    that elides says so with "…", which counts as cut here too: at the sizes tested it must fit)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    found = []
    for box in window.findChildren(QComboBox):
        if not box.isVisibleTo(window) or box.isEditable() or not box.currentText():
            continue
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        field = box.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
        )
        needed = box.fontMetrics().horizontalAdvance(box.currentText())
        room = field.width() - 2  # the style draws the text 1 px in from each side
        if room < needed:
            found.append(f"{_describe(box)}: {box.currentText()!r} needs {needed}px, has {room}px")
    return found


def spoken(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name (and role)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return type(widget).__name__
    name = interface.text(QAccessible.Text.Name).strip()
    return name or f"<unnamed {type(widget).__name__}>"


def tab_cycle(window: QWidget, *, limit: int = 80, stay: int = 4) -> list[str]:
    """Press Tab with real key events (``QTest.keyClick`` to the focused widget, through the event
    loop) from the window's first focusable control until focus comes back to it; returns what a
    screen reader says at each stop, in order. Focus may stay on one control for up to ``stay``
    presses (a date field's day, month and year); longer is a trap (a table whose Tab walks its
    cells), and so is focus that never comes back: the list then ends with ``"<trap: ...>"``."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.activateWindow()
    window.setFocus(Qt.FocusReason.OtherFocusReason)
    app.processEvents()
    if app.focusWidget() is None or app.focusWidget() is window:
        window.focusNextChild()
        app.processEvents()
    first = app.focusWidget()
    if first is None:
        return []
    stops, current, stayed = [spoken(first)], first, 0
    for _ in range(limit):
        QTest.keyClick(current, Qt.Key.Key_Tab)
        app.processEvents()
        nxt = app.focusWidget()
        if nxt is first and current is not first:
            return stops
        if nxt is None:
            return [*stops, "<trap: focus left the window>"]
        if nxt is current:
            stayed += 1
            if stayed > stay and len(stops) == 1:
                return stops  # the window's only control: Tab has nowhere else to go
            if stayed > stay:
                return [*stops, f"<trap: Tab does not leave {spoken(current)}>"]
            continue
        stops.append(spoken(nxt))
        current, stayed = nxt, 0
    return [*stops, "<trap: focus never comes back>"]


def mnemonic(text: str) -> str:
    """The letter ``Alt`` + which reaches a text ("&Queue" → "q", "队列(&Q)" → "q"), "" for none
    ("&&" is a drawn ampersand, not a mnemonic)."""
    at = 0
    while (at := text.find("&", at)) >= 0 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return ""


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Two things that answer the same ``Alt`` + letter: in the window (its menu bar's titles, and the
    label buddies, buttons, group boxes and tabs shown now, which share the window's ``Alt`` keys with
    the menu bar) or inside one menu. Qt then reaches neither: the key is ambiguous."""
    from PySide6.QtWidgets import QGroupBox, QMainWindow, QMenu, QTabBar

    def clashes(where: str, texts: list[str]) -> list[str]:
        seen: dict[str, str] = {}
        found = []
        for text in texts:
            letter = mnemonic(text)
            if letter and letter in seen:
                found.append(f"{where}: {seen[letter]!r} and {text!r} share Alt+{letter.upper()}")
            elif letter:
                seen[letter] = text
        return found

    window_wide: list[str] = []
    menus: list[QMenu] = []
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            if action.isVisible():
                window_wide.append(action.text())
                if action.menu() is not None:
                    menus.append(action.menu())
    for child in window.findChildren(QWidget):
        if isinstance(child, QMenu) or not child.isVisibleTo(window):
            continue
        buddy_label = isinstance(child, QLabel) and child.buddy() is not None
        button = isinstance(child, QAbstractButton) and not isinstance(child.parentWidget(), QTabBar)
        if buddy_label or button:
            window_wide.append(child.text())
        elif isinstance(child, QGroupBox):
            window_wide.append(child.title())
        elif isinstance(child, QTabBar):
            window_wide += [child.tabText(i) for i in range(child.count())]
    found = clashes(type(window).__name__, window_wide)
    while menus:
        menu = menus.pop()
        texts = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        found += clashes(f"menu {menu.title()!r}", texts)
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found

"""Every key of the reviewer window, in one table: the window binds them, the sheet lists them.

Keys bound by other parts of the window (the wellbeing features' actions, menu entries) are not in
the table: the window finds them on its actions when the sheet opens and passes them as ``extra``
rows, so the sheet lists every key the window answers to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.i18n import QT_TRANSLATE_NOOP


def shown(text: str) -> str:
    """A description, heading or key label of the table in the window's language (the table marks them
    with ``QT_TRANSLATE_NOOP`` for lupdate). The keys themselves never change with the language."""
    return QCoreApplication.translate("Shortcuts", text) if text else text


@dataclass(frozen=True)
class Key:
    name: str  # the window's command
    keys: tuple[str, ...]  # QKeySequence strings; "" entries are documented but not bound
    text: str
    group: str
    label: str = ""  # how the sheet writes the key, when not the sequence itself


KEYS: tuple[Key, ...] = (
    Key(
        "claim",
        ("N",),
        QT_TRANSLATE_NOOP("Shortcuts", "Claim the next item of the queue"),
        QT_TRANSLATE_NOOP("Shortcuts", "Items"),
    ),
    Key(
        "queue",
        ("Q",),
        QT_TRANSLATE_NOOP("Shortcuts", "Choose a queue"),
        QT_TRANSLATE_NOOP("Shortcuts", "Items"),
    ),
    Key(
        "verdict",
        ("1", "2", "3", "4", "5", "6", "7", "8", "9"),
        QT_TRANSLATE_NOOP("Shortcuts", "Choose a verdict (or a reason while one is asked)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Decide"),
        "1 – 9",
    ),
    Key(
        "confirm",
        ("Return", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Record the verdict in progress"),
        QT_TRANSLATE_NOOP("Shortcuts", "Decide"),
        "Enter",
    ),
    Key(
        "cancel",
        ("Ctrl+Backspace",),
        QT_TRANSLATE_NOOP("Shortcuts", "Cancel the verdict in progress"),
        QT_TRANSLATE_NOOP("Shortcuts", "Decide"),
    ),
    Key(
        "escalate",
        ("E",),
        QT_TRANSLATE_NOOP("Shortcuts", "Escalate, with a note (Up/Down: where to; Alt+I: imminent harm)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Decide"),
    ),
    Key(
        "skip",
        ("S",),
        QT_TRANSLATE_NOOP("Shortcuts", "Skip: give the item back (it will not come back to you)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Decide"),
    ),
    Key(
        "undo",
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("Shortcuts", "Undo the last decision (for 10 seconds)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Decide"),
    ),
    # Shift+K: K alone is play/pause (the J/K/L video keys).
    Key(
        "key_ticket",
        ("Shift+K",),
        QT_TRANSLATE_NOOP("Shortcuts", "Flag a key ticket for the lead's daily report"),
        QT_TRANSLATE_NOOP("Shortcuts", "Decide"),
    ),
    Key(
        "panic",
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Hide all media at once; press again to bring it back, blurred"),
        QT_TRANSLATE_NOOP("Shortcuts", "Safety"),
        "Esc",
    ),
    Key(
        "peek",
        ("",),
        QT_TRANSLATE_NOOP("Shortcuts", "Hold: reveal a small disc under the pointer"),
        QT_TRANSLATE_NOOP("Shortcuts", "Safety"),
        QT_TRANSLATE_NOOP("Shortcuts", "hold P"),
    ),
    Key(
        "reveal",
        ("R",),
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Reveal the whole item (or masked words); re-blurs after a few seconds; R again re-blurs now",
        ),
        QT_TRANSLATE_NOOP("Shortcuts", "Safety"),
        QT_TRANSLATE_NOOP("Shortcuts", "R or click"),
    ),
    Key(
        "blur_more",
        ("]",),
        QT_TRANSLATE_NOOP("Shortcuts", "Stronger blur"),
        QT_TRANSLATE_NOOP("Shortcuts", "Filter"),
    ),
    Key(
        "blur_less",
        ("[",),
        QT_TRANSLATE_NOOP("Shortcuts", "Weaker blur"),
        QT_TRANSLATE_NOOP("Shortcuts", "Filter"),
    ),
    Key(
        "grayscale",
        ("G",),
        QT_TRANSLATE_NOOP("Shortcuts", "Grayscale on / off"),
        QT_TRANSLATE_NOOP("Shortcuts", "Filter"),
    ),
    Key(
        "stylise",
        ("Y",),
        QT_TRANSLATE_NOOP("Shortcuts", "Stylised (reduced detail) on / off"),
        QT_TRANSLATE_NOOP("Shortcuts", "Filter"),
    ),
    Key(
        "save_default",
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("Shortcuts", "Keep the current filter as my default for new items"),
        QT_TRANSLATE_NOOP("Shortcuts", "Filter"),
    ),
    Key(
        "zoom_in",
        ("+", "="),
        QT_TRANSLATE_NOOP("Shortcuts", "Zoom in"),
        QT_TRANSLATE_NOOP("Shortcuts", "View"),
        "+",
    ),
    Key(
        "zoom_out", ("-",), QT_TRANSLATE_NOOP("Shortcuts", "Zoom out"), QT_TRANSLATE_NOOP("Shortcuts", "View")
    ),
    Key(
        "zoom_fit",
        ("0",),
        QT_TRANSLATE_NOOP("Shortcuts", "Fit to the view"),
        QT_TRANSLATE_NOOP("Shortcuts", "View"),
    ),
    Key(
        "theme",
        ("Ctrl+T",),
        QT_TRANSLATE_NOOP("Shortcuts", "Dark / light / high-contrast theme"),
        QT_TRANSLATE_NOOP("Shortcuts", "View"),
    ),
    Key(
        "play",
        ("Space", "K"),
        QT_TRANSLATE_NOOP("Shortcuts", "Play / pause (videos never play by themselves)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Video"),
        QT_TRANSLATE_NOOP("Shortcuts", "Space or K"),
    ),
    Key(
        "back",
        ("Left",),
        QT_TRANSLATE_NOOP("Shortcuts", "Back 5 seconds"),
        QT_TRANSLATE_NOOP("Shortcuts", "Video"),
        "←",
    ),
    Key(
        "forward",
        ("Right",),
        QT_TRANSLATE_NOOP("Shortcuts", "Forward 5 seconds"),
        QT_TRANSLATE_NOOP("Shortcuts", "Video"),
        "→",
    ),
    Key(
        "frame_back",
        (",",),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous frame"),
        QT_TRANSLATE_NOOP("Shortcuts", "Video"),
    ),
    Key(
        "frame_forward",
        (".",),
        QT_TRANSLATE_NOOP("Shortcuts", "Next frame"),
        QT_TRANSLATE_NOOP("Shortcuts", "Video"),
    ),
    Key(
        "slower",
        ("J",),
        QT_TRANSLATE_NOOP("Shortcuts", "Slower (down to 0.25x)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Video"),
    ),
    Key(
        "faster",
        ("L",),
        QT_TRANSLATE_NOOP("Shortcuts", "Faster (up to 4x)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Video"),
    ),
    Key(
        "mute",
        ("M",),
        QT_TRANSLATE_NOOP("Shortcuts", "Sound on / off for this item (each item starts muted)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Video"),
    ),
    Key(
        "wheel",
        ("",),
        QT_TRANSLATE_NOOP("Shortcuts", "Scrub through the video"),
        QT_TRANSLATE_NOOP("Shortcuts", "Video"),
        QT_TRANSLATE_NOOP("Shortcuts", "mouse wheel"),
    ),
    Key(
        "help",
        ("?", "F1"),
        QT_TRANSLATE_NOOP("Shortcuts", "This sheet"),
        QT_TRANSLATE_NOOP("Shortcuts", "Help"),
        QT_TRANSLATE_NOOP("Shortcuts", "? or F1"),
    ),
    Key(
        "policies",
        ("F2",),
        QT_TRANSLATE_NOOP("Shortcuts", "Policies (SOPs): search and read the procedures"),
        QT_TRANSLATE_NOOP("Shortcuts", "Help"),
    ),
)


# Headings of rows the window adds (wellbeing actions, menu entries), marked so they are translated.
_EXTRA_GROUPS = (QT_TRANSLATE_NOOP("Shortcuts", "Wellbeing"), QT_TRANSLATE_NOOP("Shortcuts", "More"))
LEFT_GROUPS = ("Items", "Decide", "Safety", "Wellbeing", "More")


class ShortcutSheet(QDialog):
    """Every key on one screen, in two columns (readable at 1280x800 without scrolling)."""

    def __init__(self, parent: QWidget | None = None, extra: Sequence[Key] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        left, right = QGridLayout(), QGridLayout()
        rows = {id(left): 0, id(right): 0}
        group = ""
        self.keys: tuple[Key, ...] = (*KEYS, *extra)
        left_keys = [k for k in self.keys if k.group in LEFT_GROUPS]
        right_keys = [k for k in self.keys if k.group not in LEFT_GROUPS]
        for key in (*left_keys, *right_keys):
            grid = left if key.group in LEFT_GROUPS else right
            row = rows[id(grid)]
            if key.group != group:
                group = key.group
                heading = QLabel(shown(group))
                heading.setObjectName("sheetHeading")
                grid.addWidget(heading, row, 0, 1, 2)
                row += 1
            cap = QLabel(shown(key.label) or " / ".join(k for k in key.keys if k))
            cap.setObjectName("keyCap")
            cap.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = QLabel(shown(key.text))
            text.setWordWrap(True)
            grid.addWidget(cap, row, 0)
            grid.addWidget(text, row, 1)
            rows[id(grid)] = row + 1
        for grid in (left, right):
            grid.setHorizontalSpacing(14)
            grid.setVerticalSpacing(5)
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(rows[id(grid)], 1)
            columns.addLayout(grid, 1)
        outer.addLayout(columns, 1)
        close = QLabel(self.tr("Press ? or Enter to close."))
        close.setObjectName("hint")
        outer.addWidget(close)
        self.resize(1040, 660)

    @property
    def sequences(self) -> set[str]:
        """Every key sequence the sheet lists (portable text, as ``QKeySequence.toString``)."""
        return {QKeySequence(k).toString() for key in self.keys for k in key.keys if k}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        closing = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F1)
        if event.text() == "?" or event.key() in closing:
            self.accept()
            return
        super().keyPressEvent(event)

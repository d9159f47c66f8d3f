"""Every key of the reviewer window, in one table: the window binds them, the sheet lists them.

Keys bound by other parts of the window (the wellbeing features' actions, menu entries) are not in
the table: the window finds them on its actions when the sheet opens and passes them as ``extra``
rows, so the sheet lists every key the window answers to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Key:
    name: str  # the window's command
    keys: tuple[str, ...]  # QKeySequence strings; "" entries are documented but not bound
    text: str
    group: str
    label: str = ""  # how the sheet writes the key, when not the sequence itself


KEYS: tuple[Key, ...] = (
    Key("claim", ("N",), "Claim the next item of the queue", "Items"),
    Key("queue", ("Q",), "Choose a queue", "Items"),
    Key(
        "verdict",
        ("1", "2", "3", "4", "5", "6", "7", "8", "9"),
        "Choose a verdict (or a reason while one is asked)",
        "Decide",
        "1 – 9",
    ),
    Key("confirm", ("Return", "Enter"), "Record the verdict in progress", "Decide", "Enter"),
    Key("cancel", ("Ctrl+Backspace",), "Cancel the verdict in progress", "Decide"),
    Key("escalate", ("E",), "Escalate, with a note (Up/Down: where to; Alt+I: imminent harm)", "Decide"),
    Key("skip", ("S",), "Skip: give the item back (it will not come back to you)", "Decide"),
    Key("undo", ("Ctrl+Z",), "Undo the last decision (for 10 seconds)", "Decide"),
    # Shift+K: K alone is play/pause (the J/K/L video keys).
    Key("key_ticket", ("Shift+K",), "Flag a key ticket for the lead's daily report", "Decide"),
    Key("panic", ("Esc",), "Hide all media at once; press again to bring it back, blurred", "Safety", "Esc"),
    Key("peek", ("",), "Hold: reveal a small disc under the pointer", "Safety", "hold P"),
    Key(
        "reveal",
        ("R",),
        "Reveal the whole item (or masked words); re-blurs after a few seconds; R again re-blurs now",
        "Safety",
        "R or click",
    ),
    Key("blur_more", ("]",), "Stronger blur", "Filter"),
    Key("blur_less", ("[",), "Weaker blur", "Filter"),
    Key("grayscale", ("G",), "Grayscale on / off", "Filter"),
    Key("stylise", ("Y",), "Stylised (reduced detail) on / off", "Filter"),
    Key("save_default", ("Ctrl+D",), "Keep the current filter as my default for new items", "Filter"),
    Key("zoom_in", ("+", "="), "Zoom in", "View", "+"),
    Key("zoom_out", ("-",), "Zoom out", "View"),
    Key("zoom_fit", ("0",), "Fit to the view", "View"),
    Key("theme", ("Ctrl+T",), "Dark / light / high-contrast theme", "View"),
    Key("play", ("Space", "K"), "Play / pause (videos never play by themselves)", "Video", "Space or K"),
    Key("back", ("Left",), "Back 5 seconds", "Video", "←"),
    Key("forward", ("Right",), "Forward 5 seconds", "Video", "→"),
    Key("frame_back", (",",), "Previous frame", "Video"),
    Key("frame_forward", (".",), "Next frame", "Video"),
    Key("slower", ("J",), "Slower (down to 0.25x)", "Video"),
    Key("faster", ("L",), "Faster (up to 4x)", "Video"),
    Key("mute", ("M",), "Sound on / off for this item (each item starts muted)", "Video"),
    Key("wheel", ("",), "Scrub through the video", "Video", "mouse wheel"),
    Key("help", ("?", "F1"), "This sheet", "Help", "? or F1"),
    Key("policies", ("F2",), "Policies (SOPs): search and read the procedures", "Help"),
)


LEFT_GROUPS = ("Items", "Decide", "Safety", "Wellbeing", "More")


class ShortcutSheet(QDialog):
    """Every key on one screen, in two columns (readable at 1280x800 without scrolling)."""

    def __init__(self, parent: QWidget | None = None, extra: Sequence[Key] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle("Keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
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
                heading = QLabel(group)
                heading.setObjectName("sheetHeading")
                grid.addWidget(heading, row, 0, 1, 2)
                row += 1
            cap = QLabel(key.label or " / ".join(k for k in key.keys if k))
            cap.setObjectName("keyCap")
            cap.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = QLabel(key.text)
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
        close = QLabel("Press ? or Enter to close.")
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

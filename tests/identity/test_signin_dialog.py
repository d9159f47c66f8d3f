"""The window's password dialog: no echo, typed keys reach it, cancel means no password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from ui.signin import ask_password

# the offscreen platform cannot size a dialog's native window; harmless here
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _answer(qtbot: QtBot, typed: str | None) -> None:
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        field = dialog.findChild(QLineEdit)
        assert field is not None and field.echoMode() == QLineEdit.EchoMode.Password
        if typed is None:
            dialog.reject()
            return
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)


def test_the_password_dialog_returns_what_was_typed(qtbot: QtBot) -> None:
    _answer(qtbot, "s3cret")
    assert ask_password("Password for kim:") == "s3cret"


def test_cancelling_the_dialog_gives_no_password(qtbot: QtBot) -> None:
    _answer(qtbot, None)
    assert ask_password("Password for kim:") is None

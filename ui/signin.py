"""The window's sign-in prompts: a password dialog and the keyring consent, as a ``Prompter``.

Shown only when the PostgreSQL server asks for a password (workstation.credentials decides); the
command line hands this prompter in before it signs in (``workstation.cli.context.open_window``,
given it by ``ui/launch.py``), so the core never imports Qt. The password field never echoes; the
password is never logged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workstation.credentials import Keyring, Prompter

if TYPE_CHECKING:
    from PySide6.QtWidgets import QInputDialog


def _application() -> object:
    """The QApplication, created if none exists yet (sign-in comes before the window)."""
    from ui.application import application

    return application()


def password_dialog(question: str) -> QInputDialog:
    """The password dialog (not shown). Its field is named by the question, which says whose
    password for which server, so a screen reader does not announce a bare "edit"."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    dialog = QInputDialog()
    dialog.setWindowTitle(QCoreApplication.translate("SignIn", "Sign in to Reviewer Workstation"))
    dialog.setLabelText(question)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    field = dialog.findChild(QLineEdit)
    if field is not None:
        field.setAccessibleName(question)
        field.setAccessibleDescription(
            QCoreApplication.translate("SignIn", "Password, not shown as you type")
        )
    return dialog


def ask_password(question: str) -> str | None:
    """A modal password dialog; None when the person cancels."""
    from PySide6.QtWidgets import QInputDialog

    _application()
    dialog = password_dialog(question)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    text = dialog.textValue() if accepted else None
    dialog.setTextValue("")  # do not keep the password in the widget longer than needed
    return text or None


def ask_remember(question: str) -> bool:
    """Consent to keep the password in the system keyring; No is the default."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    _application()
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("SignIn", "Keep the password?"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def window_prompter(
    keyring: Keyring | None,
    *,
    password: Callable[[str], str | None] = ask_password,
    remember: Callable[[str], bool] = ask_remember,
) -> Prompter:
    return Prompter(password, remember, keyring)

"""The one place a QApplication is made: the window, the sign-in prompts, seeding's progress window.

Whichever comes first creates it, named, with the person's language installed (ui/i18n.py), so a
sign-in dialog before the window is already in the window's language.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication

from ui import i18n

_LANGUAGE_PROPERTY = "workstation_language"


def application() -> QApplication:
    """The QApplication, created (with the person's language) if none exists yet."""
    if os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")  # no GPU: avoid software OpenGL
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    if not existing:
        app.setApplicationName("Reviewer Workstation")
        app.setOrganizationName("ReviewerWorkstation")
    if not app.property(_LANGUAGE_PROPERTY):
        language = i18n.install(app)
        app.setProperty(_LANGUAGE_PROPERTY, language.name)
        _installed.append(language)  # the translators must outlive this call
    return app


_installed: list[i18n.Language] = []

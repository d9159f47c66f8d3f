"""Open the reviewer window: ``workstation`` and ``workstation demo`` call :func:`run_window`."""

from __future__ import annotations

import os
import sys

from workstation.actor import Actor
from workstation.app import Services


def run_window(services: Services, actor: Actor) -> int:
    """Create the QApplication if none, apply the theme, show the window, run the event loop."""
    if os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")  # no GPU: avoid software OpenGL
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.prefs import Preferences
    from ui.tasks import TaskRunner
    from ui.theme import apply_theme
    from ui.window import ReviewerWindow, Runners
    from wellbeing.exposure import ExposureMeter

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Reviewer Workstation")
    app.setOrganizationName("ReviewerWorkstation")
    prefs = Preferences(QSettings(), actor.username)
    apply_theme(app, prefs.theme)
    policy = services.care.policy  # wellbeing (issue 5): the organisation's policy, as the claim gate uses
    meter = ExposureMeter(policy, services.clock)
    runners = Runners(
        db=TaskRunner(1, name="database"),
        media=TaskRunner(1, name="media"),
        prefetch=TaskRunner(1, name="prefetch"),
        history=TaskRunner(1, name="history"),
    )
    window = ReviewerWindow(
        services, actor, prefs, runners, meter=meter, idle_seconds=policy.idle_seconds, app=app
    )
    # --- wellbeing (issue 5): meter ticking, span storage, breaks, check-ins; see ui/wellbeing_ui.py ---
    from ui.wellbeing_ui import install_wellbeing

    wellbeing = install_wellbeing(window, services, actor, meter, app=app)
    # --- end wellbeing ---
    window.show()
    code = app.exec()
    wellbeing.shutdown()  # wellbeing (issue 5): the last spans are written before the services close
    window.shutdown()
    for runner in (runners.db, runners.media, runners.prefetch, runners.history):
        if runner is not None:
            runner.wait(5000)
    return int(code)

"""The revealed state on the real X screen, for docs/reviewer-safety.md.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_revealed.py [--out DIR]

Seeds demo data (synthetic media) as ``tools/screenshots.py`` does, opens the real window, claims an
image, presses ``R`` through the X server (``xdotool``) and saves the X screen
(``QScreen.grabWindow(0)``, never ``QWidget.grab()``) as ``revealed-state.png``, and the same item
back at the defaults as ``revealed-ended.png``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from screenshots import ROOT, claim_kind, seed, settle, wait  # tools/ is this script's folder

from ui.prefs import Preferences
from ui.tasks import TaskRunner
from ui.theme import apply_theme
from ui.window import ReviewerWindow, Runners
from workstation.app import build


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    xdotool = shutil.which("xdotool")
    if xdotool is None:
        print("screenshot_revealed: xdotool is needed (tools/bootstrap installs it)", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if app.platformName() != "xcb":
        print("screenshot_revealed: run it on an X server (xvfb-run, see --help)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ws-shots-") as folder:
        tmp = Path(folder)
        services = build(seed(tmp))
        actor = services.directory.sign_in("alex")
        prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat), actor.username)
        apply_theme(app, "dark")
        runners = Runners(
            db=TaskRunner(1), media=TaskRunner(1), prefetch=TaskRunner(1), history=TaskRunner(1)
        )
        window = ReviewerWindow(services, actor, prefs, runners, app=app, idle_seconds=600)
        window.resize(1280, 800)
        window.move(0, 0)
        window.show()
        window.activateWindow()
        wait(app, window.isActiveWindow, 5)
        queue = services.directory.list_queues()[0].name
        saved = []
        if claim_kind(app, window, queue, "image"):
            wait(app, lambda: window.media_view.has_frame)
            window.statusBar().clearMessage()

            def shot(name: str) -> None:
                settle(app)
                geometry = window.frameGeometry()
                screen = app.primaryScreen().grabWindow(
                    0, geometry.x(), geometry.y(), geometry.width(), geometry.height()
                )
                path = args.out / f"{name}.png"
                screen.save(str(path))
                saved.append(path)

            subprocess.run([xdotool, "key", "r"], check=True)
            wait(app, lambda: window.media_view.revealed, 5)
            settle(app, 1.2)  # the countdown has moved: "re-blurs in 7 s"
            shot("revealed-state")
            subprocess.run([xdotool, "key", "r"], check=True)
            wait(app, lambda: not window.media_view.revealed, 5)
            shot("revealed-ended")
        window.shutdown()
        window.close()
        for runner in (runners.db, runners.media, runners.prefetch, runners.history):
            if runner is not None:
                runner.wait(5000)
        services.close()
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main())

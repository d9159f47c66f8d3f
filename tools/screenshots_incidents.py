"""Screenshots of issue 15 on the real X screen: the lead's incident banner and the E form.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots_incidents.py

Seeds a fresh demo database (its open P0 incident alerts Leo, the lead on duty), opens Leo's window as
``workstation`` would and takes the screen with ImageMagick's ``import -window root``; then opens Bea's
reviewer window on "Violent content", presses E, types a note, chooses the second destination and ticks
the imminent-harm box, and takes the screen again (the media stays blurred; nothing is recorded).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screenshots import ROOT, claim_kind, seed, settle, wait  # tools/ is this script's folder

from ui.main import start_window
from ui.prefs import Preferences
from ui.tasks import TaskRunner
from ui.theme import apply_theme
from ui.window import ReviewerWindow, Runners
from workstation.app import build

IMPORT = "/usr/bin/import"  # ImageMagick's, by its full path (a stand-in may come first on PATH)


def screen(path: Path) -> Path:
    subprocess.run([IMPORT, "-window", "root", str(path)], check=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--database-url", help="an already seeded demo database (else a fresh one)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app, "dark")
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ws-shots-") as folder:
        tmp = Path(folder)
        services = build(args.database_url or seed(tmp))
        directory = services.directory

        leo = directory.sign_in("leo")
        prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat), "leo")
        started = start_window(services, leo, app, prefs=prefs)
        window = started.window
        window.resize(1280, 800)
        window.move(0, 0)
        window.show()
        window.activateWindow()
        wait(app, window.isActiveWindow, 5)
        alerts = started.lead_alerts
        wait(app, lambda: alerts is not None and alerts.banner.isVisible(), 30)
        settle(app, 1.5)
        saved.append(screen(args.out / "incident-banner-lead.png"))
        started.shutdown()
        window.close()
        settle(app)

        bea = directory.sign_in("bea")
        prefs = Preferences(QSettings(str(tmp / "prefs-bea.ini"), QSettings.Format.IniFormat), "bea")
        runners = Runners(
            db=TaskRunner(1), media=TaskRunner(1), prefetch=TaskRunner(1), history=TaskRunner(1)
        )
        reviewer = ReviewerWindow(
            services, bea, prefs, runners, app=app, idle_seconds=600, min_view_seconds=0
        )
        reviewer.resize(1280, 800)
        reviewer.move(0, 0)
        reviewer.show()
        reviewer.activateWindow()
        wait(app, reviewer.isActiveWindow, 5)
        if claim_kind(app, reviewer, "Violent content", "image"):
            wait(app, lambda: reviewer.media_view.has_frame)
            reviewer.statusBar().clearMessage()
            QTest.keyClick(reviewer, Qt.Key.Key_E)
            QTest.keyClicks(reviewer.panel.note, "Caption names a school and a date; needs a specialist")
            QTest.keyClick(reviewer.panel.note, Qt.Key.Key_Down)
            QTest.keyClick(reviewer.panel.note, Qt.Key.Key_Up)
            QTest.keyClick(reviewer.panel.note, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
            settle(app, 1.5)
            saved.append(screen(args.out / "escalate-form.png"))
            reviewer.panel.cancel()
        reviewer.shutdown()
        reviewer.close()
        for r in (runners.db, runners.media, runners.prefetch, runners.history):
            if r is not None:
                r.wait(5000)
        services.close()
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0 if len(saved) == 2 else 1


if __name__ == "__main__":
    sys.exit(main())

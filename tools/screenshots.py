"""Screenshots of the reviewer window on demo data, for the docs and for looking at.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots.py [--out docs/screenshots]

Seeds a fresh demo database with ``workstation demo --seed-only`` in a temporary folder, opens the
real window as the demo reviewer and saves PNGs of: an image item (blurred, gray), a spotlight
peek, a video's storyboard, a text item with masked terms, the shortcut sheet, and the light theme.
Only the window's own rendering is saved (filtered media, plus the small spotlight disc of synthetic
demo media): no unfiltered frame of real data ever reaches disk.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")

from PySide6.QtCore import QEventLoop, QPoint, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.prefs import Preferences  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from ui.theme import apply_theme  # noqa: E402
from ui.window import ReviewerWindow, Runners  # noqa: E402
from workstation.app import build  # noqa: E402


def wait(app: QApplication, condition: Callable[[], bool], timeout_s: float = 20.0) -> bool:
    """Run the event loop until ``condition()`` holds; sleeps between events (no busy polling, which
    would take the GIL and a core from the workers being measured)."""
    end = time.perf_counter() + timeout_s
    tick = QTimer()
    tick.start(100)  # wakes the loop now and then to check the clock
    try:
        while not condition():
            if time.perf_counter() > end:
                return False
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return True
    finally:
        tick.stop()


def settle(app: QApplication, seconds: float = 0.4) -> None:
    wait(app, lambda: False, seconds)


def seed(tmp: Path) -> str:
    url = f"sqlite:///{tmp / 'demo.db'}"
    env = {**os.environ, "WORKSTATION_DATA_DIR": str(tmp / "data")}
    subprocess.run(
        [str(Path(sys.executable).with_name("workstation")), "--database-url", url, "demo", "--seed-only"],
        check=True,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    return url


def claim_kind(app: QApplication, window: ReviewerWindow, queue: str, kind: str) -> bool:
    """Skip items of ``queue`` until one whose first media is of ``kind`` is open."""
    wait(app, lambda: window.queue_box.count() > 0, 5)  # the queues are read on the database worker
    index = window.queue_box.findData(queue)
    if index < 0:
        return False
    window.queue_box.setCurrentIndex(index)
    for _ in range(40):
        if window.session.item is None:
            QTest.keyClick(window, Qt.Key.Key_N)
            if not wait(app, lambda: window.session.item is not None or not window.session.busy):
                return False
            wait(app, lambda: not window.session.busy)
        item = window.session.item
        if item is None:
            return False
        if item.media and item.media[0].kind == kind and item.media[0].readable:
            return True
        QTest.keyClick(window, Qt.Key.Key_S)
        wait(app, lambda: not window.session.busy)
    return False


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ws-shots-") as folder:
        tmp = Path(folder)
        services = build(seed(tmp))
        queues = [q.name for q in services.directory.list_queues()]
        actor = services.directory.sign_in("alex")
        prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat), actor.username)
        apply_theme(app, "dark")
        runners = Runners(
            db=TaskRunner(1), media=TaskRunner(1), prefetch=TaskRunner(1), history=TaskRunner(1)
        )
        # min_view_seconds=0: the tool skips through items faster than a reviewer may decide.
        window = ReviewerWindow(
            services, actor, prefs, runners, app=app, idle_seconds=600, min_view_seconds=0
        )
        window.resize(1280, 800)
        window.move(0, 0)
        window.show()
        window.activateWindow()
        wait(app, window.isActiveWindow, 5)

        def shot(name: str) -> None:
            window.statusBar().clearMessage()  # the tool's own skips are not part of the picture
            settle(app)
            path = args.out / f"{name}.png"
            window.grab().save(str(path))
            saved.append(path)

        everyday = queues[0] if queues else ""
        violent = next((q for q in queues if "iolen" in q), everyday)
        if claim_kind(app, window, everyday, "image"):
            wait(app, lambda: window.media_view.has_frame)
            shot("image-blurred-dark")
            view = window.media_view
            rect = view.image_rect()
            if rect is not None:
                QTest.mouseMove(view, QPoint(5, 5))
                QTest.mouseMove(view, QPoint(int(rect.center().x()), int(rect.center().y())))
                QTest.keyPress(window, Qt.Key.Key_P)
                shot("spotlight-peek")
                QTest.keyRelease(window, Qt.Key.Key_P)
            QTest.keyClick(window, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
            if window.shortcut_sheet is None:
                QTest.keyClick(window, Qt.Key.Key_F1)
            sheet = window.shortcut_sheet
            if sheet is not None:
                settle(app)
                path = args.out / "shortcut-sheet.png"
                sheet.grab().save(str(path))
                saved.append(path)
                sheet.accept()
                window.activateWindow()
                wait(app, window.isActiveWindow, 5)
            QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
            shot("image-blurred-light")
            QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClick(window, Qt.Key.Key_Escape)
            shot("panic-hidden")
            QTest.keyClick(window, Qt.Key.Key_Escape)
        if claim_kind(app, window, everyday, "text"):
            settle(app, 0.8)
            shot("text-masked")
        if claim_kind(app, window, violent, "video"):
            wait(app, lambda: window.media_view.has_frame, 30)
            shot("video-storyboard")
        window.shutdown()
        window.close()
        for r in (runners.db, runners.media, runners.prefetch, runners.history):
            if r is not None:
                r.wait(5000)
        services.close()
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main())

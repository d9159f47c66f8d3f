"""Screenshots of the wellbeing features for docs/wellbeing.md, from the real window on demo data.

Run under a virtual display (the window is real, not offscreen):

    QT_XCB_GL_INTEGRATION=none xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python tools/screenshots_wellbeing.py [--database-url sqlite:////tmp/X/demo.db]

Without ``--database-url`` it seeds a fresh demo database in a temporary folder first (about a
minute). Time is driven by a ``FakeClock`` started at the real "now", so a two-hour stretch of work
takes a second; the media on screen stays blurred and gray throughout (nothing is revealed).
Writes docs/screenshots/wellbeing-{window,meter,break,checkin,own-view,locked}.png.

The window speaks ``WORKSTATION_LANG`` as the real application does (docs/translations.md); with it set,
the files are named ``wellbeing-<name>-<lang>.png``. ``--only break,checkin`` writes only those.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def seed_demo(folder: Path) -> str:
    url = f"sqlite:///{folder / 'demo.db'}"
    env = dict(os.environ, WORKSTATION_DATA_DIR=str(folder / "data"))
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "workstation"), "--database-url", url, "demo", "--seed-only"],
        check=True,
        env=env,
    )
    return url


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", help="a seeded demo database (default: seed a new one)")
    parser.add_argument("--user", default="gus", help="demo reviewer to sign in as (default gus)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--theme", default="dark", choices=("dark", "light"))
    parser.add_argument("--only", default="", help="comma-separated names to write (default: all)")
    args = parser.parse_args()
    os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")
    tmp = Path(tempfile.mkdtemp(prefix="wb-shots-"))
    os.environ.setdefault("WORKSTATION_DATA_DIR", str(tmp / "data"))
    url = args.database_url or seed_demo(tmp)
    if url.startswith("sqlite:///") and args.database_url:
        # Work on a copy: the screenshots add today's spans and breaks, which must not pile up across runs.
        source = Path(url.removeprefix("sqlite:///"))
        copy = tmp / "demo-copy.db"
        shutil.copyfile(source, copy)
        url = f"sqlite:///{copy}"

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QWidget

    from ui.prefs import Preferences
    from ui.tasks import ImmediateRunner
    from ui.theme import apply_theme
    from ui.wellbeing_ui import install_wellbeing
    from ui.window import ReviewerWindow, Runners
    from wellbeing.clock import FakeClock
    from wellbeing.exposure import ExposureMeter, ExposureSpan
    from workstation.app import build

    clock = FakeClock(datetime.now(UTC).replace(microsecond=0))
    services = build(url, clock=clock, outbox_path=tmp / "outbox.db")
    actor = services.directory.sign_in(args.user)
    from ui.application import application

    app = application()  # with the language of WORKSTATION_LANG, like the real window
    lang = os.environ.get("WORKSTATION_LANG", "").strip()
    only = {name for name in args.only.split(",") if name}
    prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat), actor.username)
    prefs.theme = args.theme
    apply_theme(app, args.theme)
    policy = services.wellbeing.policy

    # This morning, before the app was opened: 75 weighted minutes already seen (stored spans).
    start = clock.now() - timedelta(hours=3)
    earlier = [
        ExposureSpan(
            item_id=None,
            queue="Violent content",
            tier=3,
            started_at=start + timedelta(minutes=m),
            ended_at=start + timedelta(minutes=m + 1),
            seconds=60.0,
            visibility_weight=0.6,
            severity_weight=1.5,
            dose=1.5 * 0.6,
            revealed_seconds=0.0,
        )
        for m in range(84)
    ]
    services.wellbeing.record_spans(actor, earlier[: round(75 / 0.9)])

    meter = ExposureMeter(policy, clock)
    runner = ImmediateRunner()
    window = ReviewerWindow(
        services,
        actor,
        prefs,
        Runners(db=runner, media=runner, prefetch=runner, history=runner),
        meter=meter,
        idle_seconds=policy.idle_seconds,
        app=app,
        prefetch=False,
    )
    window.resize(1280, 800)
    window.show()
    ui = install_wellbeing(window, services, actor, meter, app=app, runner=ImmediateRunner(), start=False)
    controller = ui.controller
    window.queue_box.setCurrentIndex(window.queue_box.findData("Violent content"))
    window.activateWindow()
    settle(app)
    window.claim_next()
    settle(app)

    def rest(seconds: float) -> None:
        """Time passes on a break: the app's heartbeat keeps the open item's claim alive meanwhile."""
        for _ in range(int(seconds // 10)):
            clock.advance(10)
            window.session.heartbeat()
        clock.advance(seconds % 10)
        controller.tick()

    def work(minutes: float) -> None:
        for n in range(int(minutes * 6)):
            clock.advance(10)
            meter.user_input()
            controller.tick()
            controller.check_breaks()
            if n % 6 == 0:
                window.session.heartbeat()  # keep the claim alive on the fake clock

    args.out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str, crop: tuple[int, int, int, int] | None = None) -> None:
        if only and name not in only:
            return
        settle(app)
        pixmap: QPixmap = widget.grab()
        if crop is not None:
            pixmap = pixmap.copy(*crop)
        path = args.out / (f"wellbeing-{name}-{lang}.png" if lang else f"wellbeing-{name}.png")
        pixmap.save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    # 1. An hour of work (blurred, gray): the soft prompt, and the meter in the status bar.
    work(60)
    save(window, "window")
    bar = window.statusBar()
    origin = bar.mapTo(window, bar.rect().topLeft())
    save(window, "meter", (origin.x() + bar.width() - 900, origin.y() - 4, 900, bar.height() + 8))

    # 2. Two hours on task: the enforced break, started; the breathing guide mid-breath.
    work(60)
    if ui.screen.state == "due":
        ui.screen.startRequested.emit()
    ui.screen.breathing.set_still(0.78, inhaling=True)
    rest(4 * 60 + 33)
    save(window, "break")

    # 3. The break is over: the check-in is offered.
    rest(15 * 60)
    ui.screen.breathing.set_still(0.55, inhaling=False)
    ui.screen.checkin_panel.note.setText("")
    save(window, "checkin")
    ui.screen.resumeRequested.emit()
    settle(app)

    # 4. The reviewer's own view.
    ui.open_own_view()
    assert ui.own_view is not None
    ui.own_view.resize(960, 720)
    save(ui.own_view, "own-view")
    ui.own_view.close()

    # 5. The daily budget is spent: locked queues.
    later = clock.now() - timedelta(minutes=1)
    services.wellbeing.record_spans(
        actor,
        [
            ExposureSpan(
                item_id=None,
                queue="Violent content",
                tier=3,
                started_at=later - timedelta(hours=2),
                ended_at=later - timedelta(minutes=1),
                seconds=119 * 60.0,
                visibility_weight=1.0,
                severity_weight=1.5,
                dose=119 * 1.5,
                revealed_seconds=119 * 60.0,
            )
        ],
    )
    meter.start_new_day(services.wellbeing.dose_today(actor.id))
    controller.tick()
    window.queue_box.setCurrentIndex(window.queue_box.findData("Self-harm"))
    save(window, "locked")

    ui.shutdown()
    window.shutdown()
    window.close()
    services.close()
    return 0


def settle(app: object) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    for _ in range(5):
        app.processEvents()


if __name__ == "__main__":
    raise SystemExit(main())

"""Screenshots of every window in another language, from the real screen (docs/translations.md).

    WORKSTATION_LANG=zh_CN QT_XCB_GL_INTEGRATION=none xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python tools/screenshots_i18n.py --database-url sqlite:////tmp/demo/demo.db --out /tmp/shots

Opens the windows as ``workstation`` does for a person with every role (the reviewer window with its
menus, an item claimed and blurred; the dashboard and its Quality tab; the operations window; the
policy editor), in the language of ``WORKSTATION_LANG`` installed as the application installs it,
and saves what the X screen shows (``import -window root``, not ``QWidget.grab()``). Also writes the
exposure report as a PDF and its first and last pages as PNG (``pdftoppm``). Files:
``i18n-<window>-<lang>.png``.
Without ``--database-url`` it seeds a demo database first (about a minute).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", help="a seeded demo database (default: seed a new one)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/i18n-shots"))
    args = parser.parse_args()
    os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")
    tmp = Path(tempfile.mkdtemp(prefix="i18n-shots-"))
    os.environ.setdefault("WORKSTATION_DATA_DIR", str(tmp / "data"))
    from screenshots_wellbeing import seed_demo, settle

    url = args.database_url or seed_demo(tmp)
    if url.startswith("sqlite:///") and args.database_url:  # a copy: the run adds a user and claims
        copy = tmp / "demo-copy.db"
        shutil.copyfile(Path(url.removeprefix("sqlite:///")), copy)
        url = f"sqlite:///{copy}"
    args.out.mkdir(parents=True, exist_ok=True)
    lang = os.environ.get("WORKSTATION_LANG", "").strip() or "en"

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction

    from ui.application import application
    from ui.main import DASHBOARD, start_window
    from ui.prefs import Preferences
    from ui.render import load_in_process
    from ui.report_pdf import write_report_pdf
    from ui.tasks import ImmediateRunner
    from workstation.app import build

    services = build(url, outbox_path=tmp / "outbox.db")
    app = application()  # the language of WORKSTATION_LANG, as the real program installs it
    rose = services.directory.add_user("rose", ("reviewer", "lead", "wellbeing"), display_name="Rose")
    prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat), rose.username)
    started = start_window(
        services,
        rose,
        app,
        runner_factory=lambda _name: ImmediateRunner(),
        image_loader=load_in_process,
        prefs=prefs,
        start_jobs=False,
    )
    window = started.window
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    window.activateWindow()
    settle(app)

    def shoot(name: str) -> None:
        for _ in range(3):
            settle(app)
        path = args.out / f"i18n-{name}-{lang}.png"
        subprocess.run(["import", "-window", "root", str(path)], check=True)
        print(f"wrote {path}")

    window.claim_next()
    settle(app)
    shoot("reviewer")
    window.findChild(QAction, "exposureDashboardAction").trigger()
    board = started.extra_windows[DASHBOARD]
    board.resize(1280, 800)
    board.move(0, 0)
    board.tabs.setCurrentIndex(1)
    board.raise_()
    board.activateWindow()
    shoot("dashboard")
    board.tabs.setCurrentIndex(0)
    shoot("attention")
    if board.quality is not None:  # a lead's Quality tab (ui/qa_view.py)
        board.tabs.setCurrentWidget(board.quality)
        shoot("quality")
    operations = board.open_operations(services, rose, ImmediateRunner())
    operations.move(0, 0)
    operations.raise_()
    shoot("operations")
    operations.close()
    board.policy_action.trigger()
    if board.policy_editor is not None:
        board.policy_editor.move(0, 0)
        board.policy_editor.raise_()
        shoot("policy")
        board.policy_editor.close()

    today = services.clock.now().date()
    report = services.exposure_reports().exposure(rose, today - timedelta(days=13), today, period="day")
    pdf = args.out / f"i18n-report-{lang}.pdf"
    write_report_pdf(report, pdf)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm:
        pages = args.out / f"i18n-report-{lang}"
        subprocess.run([pdftoppm, "-png", "-r", "60", str(pdf), str(pages)], check=True)
    print(f"wrote {pdf}")
    started.shutdown()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

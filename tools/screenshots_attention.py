"""Screenshots of wellbeing staff's "Needs attention" view and a person's page, from the real screen.

Run under a virtual display; the window is real and the pictures are of the X screen itself
(ImageMagick's ``import -window root``), not ``grab()``:

    QT_XCB_GL_INTEGRATION=none xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python tools/screenshots_attention.py [--database-url sqlite:////tmp/X/demo.db]

Without ``--database-url`` it seeds a fresh demo database first (about a minute). It signs in as
``wendy`` (wellbeing staff), opens the first person of the list with a real Return key press
(xdotool) and Alex's page with a real mouse click on Alex's row, clicks a point of the dose chart
and then a person of its list, and also writes the exposure tab and a page of the PDF report
(pdftoppm). Writes docs/screenshots/wellbeing-{attention,person,dashboard,
report-pdf}.png.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
IMPORT = "/usr/bin/import"  # ImageMagick's, by its Debian path (a stand-in may come first on PATH)


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
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")
    tmp = Path(tempfile.mkdtemp(prefix="wb-attention-"))
    os.environ.setdefault("WORKSTATION_DATA_DIR", str(tmp / "data"))
    url = args.database_url or seed_demo(tmp)
    if url.startswith("sqlite:///") and args.database_url:
        copy = tmp / "demo-copy.db"  # acknowledging and viewing write to the care log: work on a copy
        shutil.copyfile(url.removeprefix("sqlite:///"), copy)
        url = f"sqlite:///{copy}"

    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from ui.role_windows import DashboardWindow
    from ui.tasks import ImmediateRunner
    from ui.theme import apply_theme
    from workstation.app import build

    services = build(url, outbox_path=None)
    wendy = services.directory.sign_in("wendy")
    app = QApplication(sys.argv[:1])
    apply_theme(app, "light")
    window = DashboardWindow(services, wendy, ImmediateRunner())
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    window.raise_()
    window.activateWindow()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(seconds: float = 0.6) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def shoot(name: str) -> Path:
        settle()
        path = args.out / f"wellbeing-{name}.png"
        subprocess.run([IMPORT, "-window", "root", str(path)], check=True)
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        return path

    def xdotool(*argv: str) -> None:
        subprocess.run(["xdotool", *argv], check=True, timeout=10)
        settle(0.4)

    settle(1.5)
    attention = window.attention
    assert attention is not None and attention.model.rowCount() > 0, "the demo lists nobody"
    shoot("attention")

    # Return on the first row (the keyboard path), then a click on Alex's row (the mouse path).
    table = attention.table
    table.setFocus()
    table.setCurrentIndex(attention.model.index(0, 0))
    settle()
    xdotool("key", "Return")
    first = attention.model.rows[0].username
    assert first in window.person_pages, f"Return did not open {first}'s page"
    window.person_pages[first].close()
    settle()
    names = [r.username for r in attention.model.rows]
    row = names.index("alex")
    rect = table.visualRect(attention.model.index(row, 0))
    spot = table.viewport().mapToGlobal(rect.center())
    window.raise_()
    window.activateWindow()
    settle()
    xdotool("mousemove", str(spot.x()), str(spot.y()), "click", "1")
    assert "alex" in window.person_pages, "a click on Alex's row did not open the page"
    page = window.person_pages["alex"]
    page.move(QPoint(40, 10))
    page.resize(1200, 780)
    shoot("person")
    page.close()

    window.tabs.setCurrentWidget(window.dashboard)
    settle()
    shoot("dashboard")

    # A real click on the last point of the "maximum" line lists that day's people; a real click on
    # the first of them opens their page.
    dashboard = window.dashboard
    view = dashboard.dose_view
    (line,) = [s for s in view.chart().series() if s.name() == "maximum"]
    point = line.points()[-1]
    spot = view.mapToGlobal(
        view.mapFromScene(view.chart().mapToScene(view.chart().mapToPosition(point, line)))
    )
    xdotool("mousemove", str(spot.x()), str(spot.y()), "click", "1")
    assert dashboard.drill.rowCount() > 0, "a click on a chart point listed nobody"
    print(dashboard.drill_label.text())
    first = dashboard.drill.rows[0][0]
    rect = dashboard.drill_table.visualRect(dashboard.drill.index(0, 0))
    spot = dashboard.drill_table.viewport().mapToGlobal(rect.center())
    xdotool("mousemove", str(spot.x()), str(spot.y()), "click", "1")
    assert first in window.person_pages, f"a click on {first} in the chart's list did not open the page"
    window.person_pages[first].close()

    pdf = tmp / "report.pdf"
    window.dashboard.save_pdf(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp / "page")], check=True)
    pages = sorted(tmp.glob("page-*.png"))
    print("PDF pages:", " ".join(str(p) for p in pages))
    shutil.copyfile(pages[1] if len(pages) > 2 else pages[0], args.out / "wellbeing-report-pdf.png")
    print(f"wrote docs/screenshots/wellbeing-report-pdf.png (and {len(pages)} pages in {tmp})")
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Child process of test_attention_screen.py: wellbeing staff's windows on a real X server.

Run with DISPLAY set to a private Xvfb. A small SQLite database gets Alex's Low check-in with a note;
as wendy the "Needs attention" tab lists Alex, a real Return key press (xdotool) on the row opens
Alex's page and the X screen shows it (captured with ``QScreen.grabWindow(0)``, the display itself);
as leo the dashboard window has no such tab and no person's page can be opened. Exits 0 on success,
else prints what failed.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QTabWidget

from ui.attention_view import AttentionView
from ui.qimage import to_array
from ui.role_windows import DashboardWindow
from ui.tasks import ImmediateRunner
from workstation.app import build
from workstation.wellbeing_records import WellbeingRecords

NOTE = "The third video stays with me."


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="attention-screen-"))
    services = build(f"sqlite:///{folder / 'w.db'}", outbox_path=None)
    directory = services.directory
    alex = directory.add_user("alex", ["reviewer"], display_name="Alex Kim", team="North")
    wendy = directory.add_user("wendy", ["wellbeing"], display_name="Wendy Ito")
    leo = directory.add_user("leo", ["lead"], display_name="Leo Brandt")
    WellbeingRecords(services.db, services.clock).record_checkin(alex, 2, NOTE)
    app = QApplication(sys.argv[:1])

    def settle(seconds: float = 0.5) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def screen() -> np.ndarray:
        return to_array(app.primaryScreen().grabWindow(0).toImage())

    window = DashboardWindow(services, wendy, ImmediateRunner())
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    window.activateWindow()
    settle(1.0)
    attention = window.attention
    if attention is None or [r.username for r in attention.model.rows] != ["alex"]:
        print("FAIL: the Needs attention tab does not list Alex alone")
        return 1
    if NOTE not in attention.model.index(0, attention.model.WHY).data():
        print("FAIL: Alex's reason does not carry the note")
        return 1
    attention.table.setFocus()
    attention.table.setCurrentIndex(attention.model.index(0, 0))
    settle()
    before = screen()
    subprocess.run(["xdotool", "key", "Return"], check=True, timeout=10)
    settle(1.0)
    page = window.person_pages.get("alex")
    if page is None or not page.isVisible():
        print("FAIL: Return on Alex's row did not open the page")
        return 1
    after = screen()
    origin = page.mapToGlobal(QPoint(0, 0))
    area = (slice(origin.y(), origin.y() + page.height()), slice(origin.x(), origin.x() + page.width()))
    if np.array_equal(before[area], after[area]):
        print("FAIL: the X screen did not change where Alex's page is")
        return 1
    if page.checkins.item(0, 2).text() != NOTE:
        print("FAIL: the page does not show the check-in note")
        return 1
    page.close()
    window.close()
    settle()

    lead = DashboardWindow(services, leo, ImmediateRunner())
    lead.resize(1280, 800)
    lead.show()
    settle(1.0)
    # A lead's window has tabs (Exposure, Quality), never the attention view or a person's page.
    tabs = [t.tabText(i) for t in lead.findChildren(QTabWidget) for i in range(t.count())]
    if lead.attention is not None or lead.findChildren(AttentionView) or lead.person_pages:
        print(f"FAIL: a lead's window has the attention view or a person's page (tabs: {tabs})")
        return 1
    if lead.dashboard.receivers("2personRequested(QString)") != 0 or lead.dashboard.drill_table.isVisible():
        print("FAIL: a lead's dashboard leads to a person")
        return 1
    lead.close()
    services.close()
    print("attention screen: passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The Operations window (leads) and the reviewer's key-ticket key (Shift+K)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from ui.operations import OperationsWindow
from ui.operations_pdf import write_html_pdf
from ui.tasks import ImmediateRunner
from workstation import app
from workstation.daily_report import DailyReports, report_html
from workstation.models import KeyTicket

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from sla_world import World, build


@pytest.fixture
def sla(database: Any) -> World:
    return build(database)


def _services(sla: World, db_url: str) -> Any:
    return app.build(db_url, clock=sla.clock, upgrade=False, outbox_path=None)


def _cells(table: Any) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_operations_window_shows_the_services_figures(sla: World, db_url: str, qtbot: Any) -> None:
    services = _services(sla, db_url)
    try:
        window = OperationsWindow(services, sla.people["leo"], ImmediateRunner())
        qtbot.addWidget(window)
        window.refresh()
        rows = {r[0]: r for r in _cells(window.sla_table)}
        # general: target 1 h, 3 pending, oldest 2 h, 1 due within the hour, 1 overdue, 3 decided,
        # 50 % today, 60 % over 7 days (sla_world's hand-computed figures)
        assert rows["general"][:9] == ["general", "60 min", "3", "2.0 h", "1", "1", "3", "50%", "60%"]
        assert [r[1] for r in _cells(window.breach_table)] == ["g2", "g5"]
        assert "Breaches (2)" in window.breach_label.text()
        window.period.setCurrentIndex(1)  # last 7 days: refreshed at once
        assert [r[1] for r in _cells(window.breach_table)] == ["x1", "g2", "g5"]
        window.by.setCurrentIndex(1)  # by team
        assert sorted(r[0] for r in _cells(window.sla_table)) == ["blue", "red"]
        assert window.sla_table.horizontalHeaderItem(0).text() == "Team"
        html = window.daily_view.toHtml()
        assert "Coordinated spam wave from one network" in html and "g2" in html
        assert "Opened 0, acknowledged late 0, closed 0." in window.daily_view.toPlainText()
    finally:
        services.close()


def test_a_reviewer_gets_a_refusal_not_figures(sla: World, db_url: str, qtbot: Any) -> None:
    services = _services(sla, db_url)
    try:
        window = OperationsWindow(services, sla.people["ann"], ImmediateRunner())
        qtbot.addWidget(window)
        window.refresh()
        assert window.sla_table.rowCount() == 0
        assert "needs the lead or admin role" in window.sla_summary.text()
    finally:
        services.close()


def test_the_daily_pdf_is_readable_when_printed(sla: World, tmp_path: Path, qapp: Any) -> None:
    """Rendered with pdftoppm (a page exists and is not blank) and measured with pdftotext: the
    smallest word is set in 9 pt or more (DejaVu's line box is 1.164 em high)."""
    report = DailyReports(sla.db, sla.clock).report(sla.people["leo"], date(2026, 3, 10))
    pdf = tmp_path / "daily.pdf"
    write_html_pdf(report_html(report), pdf, title="Daily report", landscape=True)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages
    from PySide6.QtGui import QImage

    image = QImage(str(pages[0]))
    dark = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 200  # text was drawn
    box = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    import re

    heights = [
        float(y2) - float(y1)
        for y1, y2 in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', box)
    ]
    assert heights and min(heights) / 1.164 >= 8.95, min(heights)
    assert ">Coordinated<" in box and ">wave<" in box  # the key ticket is on the page


def test_shift_k_flags_the_open_item(make_window: Any, world: Any, qtbot: Any) -> None:
    """In the reviewer window (the ui ``world``): Shift+K asks for a summary and flags the item."""
    world.add_image("img-0")
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is not None
    assert window.flag_key_ticket("Same uploader as yesterday's removals")
    with world.services.db.read() as session:
        flagged = session.execute(select(KeyTicket.summary)).scalars().all()
    assert flagged == ["Same uploader as yesterday's removals"]
    assert "flagged as a key ticket" in window.status_bar.currentMessage()
    window.flag_key_ticket("two\nlines")  # refused with the service's sentence
    assert "one-line summary" in window.status_bar.currentMessage()
    assert "key_ticket" in window.actions_by_name
    assert window.actions_by_name["key_ticket"].shortcut().toString() == "Shift+K"


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")  # offscreen
def test_the_dashboard_offers_operations_to_leads_only(sla: World, db_url: str, qtbot: Any) -> None:
    from ui.role_windows import DashboardWindow
    from workstation.directory import Directory

    wendy = Directory(sla.db, sla.clock).add_user("wendy", ["wellbeing"])
    services = _services(sla, db_url)
    try:
        lead = DashboardWindow(services, sla.people["leo"], ImmediateRunner())
        qtbot.addWidget(lead)
        names = [a.objectName() for a in lead.menuBar().actions()[0].menu().actions()]
        assert "operationsAction" in names
        ops = lead.open_operations(services, sla.people["leo"], ImmediateRunner())
        qtbot.addWidget(ops)
        assert ops.isVisible() and ops.sla_table.rowCount() == 2
        care = DashboardWindow(services, wendy, ImmediateRunner())
        qtbot.addWidget(care)
        assert "operationsAction" not in [
            a.objectName() for a in care.menuBar().actions()[0].menu().actions()
        ]
    finally:
        services.close()

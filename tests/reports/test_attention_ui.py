"""The "Needs attention" view, a person's page and the dashboard's drill-down, offscreen; the PDF's
type size and headings, read back from the PDF itself."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QLineSeries, QScatterSeries
from PySide6.QtCore import QPointF, QStandardPaths, Qt
from pytestqt.qtbot import QtBot
from reports_world import World, at

from ui import dashboard as dashboard_module
from ui.attention_view import AttentionView, PersonPageDialog
from ui.dashboard import ExposureDashboard, documents_folder
from ui.report_pdf import write_report_pdf
from ui.tasks import ImmediateRunner
from workstation.wellbeing_attention import WellbeingAttention

START, END = date(2026, 1, 5), date(2026, 1, 11)


@pytest.fixture
def friday(week: World) -> World:
    """The fixture week seen on Friday 9 January at 18:00: today is a partial day."""
    week.clock.jump_wall((at(4, 18) - week.clock.now()).total_seconds())
    return week


def _care(world: World) -> WellbeingAttention:
    return WellbeingAttention(world.db, world.clock, world.reports.policy)


def _ms(day: date) -> float:
    return datetime.combine(day, datetime.min.time().replace(hour=12)).timestamp() * 1000


def test_the_attention_view_lists_people_with_all_reasons_and_opens_them(qtbot: QtBot, friday: World) -> None:
    view = AttentionView(_care(friday), friday.users["well"], ImmediateRunner())
    qtbot.addWidget(view)
    view.resize(1100, 600)
    with qtbot.waitSignal(view.loaded) as shown:
        view.refresh()
    rows = shown.args[0]
    assert [r.username for r in rows] == ["a1", "r2", "a2"]  # a1: skipped break + over budget
    why = view.model.index(0, view.model.WHY).data()
    assert "Enforced break skipped once" in why and "Over the daily budget of 60 on 2 days in 7" in why
    assert view.model.index(0, view.model.CONTACT).data() == "not yet"
    # A click on a row, and Enter on it, open the person.
    with qtbot.waitSignal(view.personRequested) as clicked:
        rect = view.table.visualRect(view.model.index(1, 0))
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == ["r2"]
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(2, 0))
    with qtbot.waitSignal(view.personRequested) as entered:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert entered.args == ["a2"]


def test_a_persons_page_and_recording_a_contact_marks_them(qtbot: QtBot, friday: World) -> None:
    care = _care(friday)
    view = AttentionView(care, friday.users["well"], ImmediateRunner())
    qtbot.addWidget(view)
    page = PersonPageDialog(care, friday.users["well"], ImmediateRunner(), "a1")
    qtbot.addWidget(page)
    assert page.page is not None and page.page.start == date(2026, 1, 4)  # from the first data
    breaks = [page.breaks.item(r, 2).text() for r in range(page.breaks.rowCount())]
    assert "skipped" in breaks and "taken, postponed once" in breaks
    moods = [page.checkins.item(r, 1).text() for r in range(page.checkins.rowCount())]
    assert moods == ["Okay", "Low", "Good"]  # newest first
    assert "Enforced break skipped" in page.reasons.text()
    today_bars = page.chart.chart().series()[0].barSets()[2]  # type: ignore[attr-defined]
    assert today_bars.label() == "today so far (partial day)" and today_bars.at(len(page.page.days) - 1) == 0
    page.note.setPlainText("Called; she is fine. Follow up Monday.")
    page.acknowledged.connect(lambda _name: view.refresh())
    with qtbot.waitSignal(view.loaded) as shown:
        page.record_button.click()
    rows = shown.args[0]
    assert rows[-1].username == "a1" and rows[-1].cleared
    # the date in the language's own order with the month's name (en_US here: tests/conftest.py)
    assert view.model.index(len(rows) - 1, view.model.CONTACT).data().startswith("contacted on Jan 9, 2026")
    assert page.status.text().startswith("Recorded: contacted on Jan 9, 2026.")
    events = [page.events.item(r, 1).text() for r in range(page.events.rowCount())]
    assert events[0] == "Contacted on Jan 9, 2026 by well: Called; she is fine. Follow up Monday."


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_enter_on_a_persons_page_records_no_contact(qtbot: QtBot, friday: World) -> None:
    """Found on Xvfb as wendy (issue 14): a click opened the page and the next Enter pressed the
    dialog's default button, "Record contact": a contact nobody made, which also cleared the person
    from the top of the list. Recording is deliberate: Tab to the button and Space, or a click."""
    care = _care(friday)
    page = PersonPageDialog(care, friday.users["well"], ImmediateRunner(), "a1")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    for widget in (page, page.contacted_on, page.record_button):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClick(widget, Qt.Key.Key_Enter)
    assert page.page is not None and not page.page.acknowledgements
    assert not care.person(friday.users["well"], "a1", START, END).acknowledgements
    page.record_button.setFocus()
    qtbot.keyClick(page.record_button, Qt.Key.Key_Space)  # the deliberate key still works
    assert len(care.person(friday.users["well"], "a1", START, END).acknowledgements) == 1


def test_a_note_with_markup_is_shown_as_text(qtbot: QtBot, friday: World) -> None:
    care = _care(friday)
    from workstation.wellbeing_records import WellbeingRecords

    WellbeingRecords(friday.db, friday.clock).record_checkin(
        friday.users["a3"], 1, "<b>bold</b> <img src='x.png'>"
    )
    page = PersonPageDialog(care, friday.users["well"], ImmediateRunner(), "a3")
    qtbot.addWidget(page)
    assert page.reasons.textFormat() == Qt.TextFormat.PlainText
    assert "\"<b>bold</b> <img src='x.png'>\"" in page.reasons.text()
    assert page.checkins.item(0, 2).text() == "<b>bold</b> <img src='x.png'>"


def test_a_lead_is_refused_the_attention_view_with_a_sentence(qtbot: QtBot, friday: World) -> None:
    view = AttentionView(_care(friday), friday.users["lead"], ImmediateRunner())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.failed) as refused:
        view.refresh()
    assert refused.args == ["lead may not see who needs attention: that needs the wellbeing role"]
    assert view.model.rowCount() == 0


def _dashboard(qtbot: QtBot, world: World, user: str) -> ExposureDashboard:
    widget = ExposureDashboard(world.reports, world.users[user], world.clock, ImmediateRunner())
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    return widget


def test_the_range_starts_at_the_first_data_and_today_is_not_a_cliff(qtbot: QtBot, friday: World) -> None:
    widget = _dashboard(qtbot, friday, "well")
    with qtbot.waitSignal(widget.loaded) as shown:
        widget.start_at_first_data()
    report = shown.args[0]
    assert report.start == date(2026, 1, 4) and report.end == date(2026, 1, 9)
    series = widget.dose_view.chart().series()
    lines = [s for s in series if isinstance(s, QLineSeries) and s.name() == "maximum"]
    (partial,) = [s for s in series if isinstance(s, QScatterSeries)]
    assert lines[0].count() == 5  # Sunday 4 to Thursday 8, joined
    assert [p.x() for p in lines[0].points()][-1] < _ms(date(2026, 1, 9))
    assert (
        partial.name() == "this day so far (partial, not joined)" and partial.count() == 3
    )  # median, p90, max
    # A lead's range starts at the first data too.
    lead = _dashboard(qtbot, friday, "lead")
    with qtbot.waitSignal(lead.loaded) as shown:
        lead.start_at_first_data()
    assert shown.args[0].start <= date(2026, 1, 5)


def test_every_chart_and_table_leads_to_a_person(qtbot: QtBot, friday: World) -> None:
    widget = _dashboard(qtbot, friday, "well")
    widget.set_range(START, END, "day")
    with qtbot.waitSignal(widget.loaded):
        widget.refresh()
    # The people over budget: click and Enter.
    with qtbot.waitSignal(widget.personRequested) as clicked:
        rect = widget.table.visualRect(widget.over_budget.index(0, 0))
        qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == ["a1"]
    # A point of the dose chart: the people of that day, then one of them.
    (maximum,) = [s for s in widget.dose_view.chart().series() if s.name() == "maximum"]
    maximum.clicked.emit(QPointF(_ms(date(2026, 1, 5)), 40.0))  # what a click on Monday's point sends
    assert [widget.drill.data(widget.drill.index(r, 0)) for r in range(widget.drill.rowCount())] == [
        "a1",
        "r1",
        "a2",
        "a3",
    ]
    assert widget.drill_label.text().startswith("People with exposure on Jan 5 (4)")
    widget.drill_table.setFocus()
    widget.drill_table.setCurrentIndex(widget.drill.index(1, 0))
    with qtbot.waitSignal(widget.personRequested) as entered:
        qtbot.keyClick(widget.drill_table, Qt.Key.Key_Return)
    assert entered.args == ["r1"]
    # A bar of the distribution: the people in it.
    (bars,) = [s for s in widget.distribution_view.chart().series() if isinstance(s, QAbstractBarSeries)]
    bars.clicked.emit(9, bars.barSets()[0])  # the top bin
    assert [widget.drill.data(widget.drill.index(r, 0)) for r in range(widget.drill.rowCount())] == [
        "r2",
        "a1",
    ]
    # A lead's charts lead nowhere: aggregates only.
    lead = _dashboard(qtbot, friday, "lead")
    lead.set_range(START, END, "day")
    with qtbot.waitSignal(lead.loaded):
        lead.refresh()
    assert lead.drill_table.isHidden() and "aggregates only" in lead.drill_label.text()


def test_export_starts_in_the_documents_folder_and_says_which_file(
    qtbot: QtBot, friday: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = _dashboard(qtbot, friday, "well")
    with qtbot.waitSignal(widget.loaded):
        widget.refresh()
    asked: list[str] = []

    def save_name(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "chosen.pdf"), "PDF (*.pdf)"

    monkeypatch.setattr(dashboard_module.QFileDialog, "getSaveFileName", save_name)
    with qtbot.waitSignal(widget.saved) as saved:
        widget.pdf_button.click()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = Path(documents) if Path(documents).is_dir() else Path.home()
    assert asked == [str(start / "exposure.pdf")] and documents_folder() == start
    assert Path(asked[0]).parent != Path.cwd() and Path(asked[0]).parent.is_dir()
    assert saved.args == [f"Saved the report as PDF to {tmp_path / 'chosen.pdf'}."]
    assert widget.saved_label.isVisible() or widget.saved_label.text() == saved.args[0]


def test_without_a_documents_folder_the_save_dialog_starts_at_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Found on Xvfb as wendy (issue 14): root has no ~/Documents, and a dialog told to start in a
    folder that does not exist opens in the process's working directory (/tmp there)."""
    missing = tmp_path / "Documents"
    monkeypatch.setattr(dashboard_module.QStandardPaths, "writableLocation", lambda _where: str(missing))
    assert documents_folder() == Path.home() and Path.home().is_dir()
    missing.mkdir()
    assert documents_folder() == missing


def test_the_pdf_tables_print_at_9_pt_or_more_with_headings_spelled_out_and_a_legend(
    qtbot: QtBot, friday: World, tmp_path: Path
) -> None:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (Debian's poppler-utils) is needed to read the PDF back"
    report = friday.reports.exposure(friday.users["well"], START, END, period="day")
    out = tmp_path / "r.pdf"
    write_report_pdf(report, out)
    html = subprocess.run([tool, "-bbox", str(out), "-"], check=True, capture_output=True, text=True).stdout
    words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html)
    text = " ".join(w for _a, _b, w in words)
    assert "p/t/pp" not in text and "mood/wk" not in text
    for heading in ("Breaks suggested", "Mood trend per week", "90th percentile", "Days over budget"):
        assert heading.split()[0] in text
    assert "Legend" in text and "Weighted minutes:" in text
    # Every word of the tables (pages 1..n-1 below the charts, and the legend) is at least 9 pt:
    # a word's box is about 1.16 x the font size in points.
    heights = [float(b) - float(a) for a, b, _w in words]
    assert min(heights) >= 9 * 1.1, sorted(heights)[:5]


def test_a_leads_pdf_has_no_break_or_check_in_column_nor_legend_entry(
    qtbot: QtBot, friday: World, tmp_path: Path
) -> None:
    """A lead's report holds exposure only (issue 14): its PDF's tables and legend say nothing of
    breaks, check-ins or moods; adding care events changes none of its text."""
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (Debian's poppler-utils) is needed to read the PDF back"

    def text() -> str:
        out = tmp_path / "lead.pdf"
        write_report_pdf(friday.reports.exposure(friday.users["lead"], START, END, period="day"), out)
        return subprocess.run([tool, str(out), "-"], check=True, capture_output=True, text=True).stdout

    before = text()
    assert "Legend" in before and "Days over budget" in before
    for word in ("Break", "Check-in", "Mood", "check-in"):
        assert word not in before, word
    for name in ("a1", "a2", "a3", "a4", "a5", "r1", "r2"):
        friday.checkin(name, at(3, 9), 1)
        friday.break_(name, at(3, 10), "affected", "taken")
    assert text() == before


NOTE = "Called; she is fine. Follow up Monday."


def _record_contact(qtbot: QtBot, friday: World) -> tuple[AttentionView, PersonPageDialog]:
    care = _care(friday)
    view = AttentionView(care, friday.users["well"], ImmediateRunner())
    qtbot.addWidget(view)
    page = PersonPageDialog(care, friday.users["well"], ImmediateRunner(), "a1")
    qtbot.addWidget(page)
    page.note.setPlainText(NOTE)
    page.acknowledged.connect(lambda _name: view.refresh())
    with qtbot.waitSignal(view.loaded):
        page.record_button.click()
    return view, page


def _cells(view: AttentionView, page: PersonPageDialog) -> list[str]:
    """What the core said on both screens: the list's reasons and the page's reasons, break statuses
    and events (the person's note and names are data)."""
    why = [view.model.index(r, view.model.WHY).data() for r in range(view.model.rowCount())]
    statuses = [page.breaks.item(r, 2).text() for r in range(page.breaks.rowCount())]
    events = [page.events.item(r, 1).text() for r in range(page.events.rowCount())]
    return [t.replace(NOTE, "").replace("well", "") for t in [*why, page.reasons.text(), *statuses, *events]]


def test_the_attention_view_and_a_persons_page_in_the_pseudo_locale_have_no_english_of_ours(
    qtbot: QtBot, friday: World, qapp: object, tmp_path: Path
) -> None:
    """With a contact note: "Contacted on {day} by {who}: {note}" is one sentence, and every reason,
    status and event reaches the window translated, its dates in the locale's words."""
    from tests.i18n.test_core_phrases import _english_left
    from tests.i18n.test_translations import TOOL
    from ui import i18n

    TOOL.pseudo(tmp_path)
    from PySide6.QtCore import QLocale

    language = i18n.install(qapp, QLocale("eo"), folder=tmp_path)  # type: ignore[arg-type]
    try:
        view, page = _record_contact(qtbot, friday)
        cells = _cells(view, page)
        assert len(cells) > 5
        left = {cell: _english_left(cell) for cell in cells if _english_left(cell)}
        assert left == {}, left
        contacted = page.events.item(0, 1).text()
        assert contacted.startswith("⟦") and contacted.count("⟦") == 1 and NOTE in contacted, contacted
    finally:
        i18n.uninstall(qapp, language)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["ar", "zh_CN"])
def test_the_attention_view_and_a_persons_page_write_figures_and_dates_in_the_locale(
    qtbot: QtBot, friday: World, qapp: object, lang: str
) -> None:
    """No date or figure written by Python ("09 Jan 2026", "Fri 09 Jan 18:00", "60"): Arabic-Indic
    digits in Arabic, the month's name in Chinese."""
    from PySide6.QtCore import QLocale

    from ui import i18n

    language = i18n.install(qapp, QLocale(lang))  # type: ignore[arg-type]
    try:
        view, page = _record_contact(qtbot, friday)
        for cell in _cells(view, page):
            assert not re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan)\b", cell), cell
            if lang == "ar":
                assert not re.search(r"[0-9]", cell), cell
        contacted = page.events.item(0, 1).text()
        assert ("٩ يناير ٢٠٢٦" if lang == "ar" else "2026年1月9日") in contacted, contacted
    finally:
        i18n.uninstall(qapp, language)  # type: ignore[arg-type]

"""The Operations window for leads: SLA figures per queue or team with the breaches, and the daily report.

Both reports are built by the services (``workstation.sla``, ``workstation.daily_report``) on a
worker runner; this window only shows them. The services check the lead or admin role again and
audit every run. Opened from the lead's dashboard ("Operations…", ``ui.role_windows``); no wellbeing data
is shown here. See docs/operations-sla.md.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import shown
from ui.locale_format import formats, named_zone, person_zone, report_formats
from ui.operations_pdf import right_to_left, set_direction, style, write_html_pdf
from ui.tasks import Runner
from workstation import sla
from workstation.actor import Actor
from workstation.app import Services
from workstation.daily_report import DailyReport, write_markdown
from workstation.daily_report import report_html as daily_html
from workstation.errors import WorkstationError
from workstation.outpaths import atomic_text, write_via

log = logging.getLogger(__name__)
# Columns whose cells are numbers (aligned right).
_NUMERIC = frozenset(range(1, len(sla.TABLE_HEADER)))


def _table(header: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(header))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([shown(h) for h in header])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # arrows move in the table; Tab leaves it
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], numeric: frozenset[int] = frozenset()) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            cell = QTableWidgetItem(shown(text))
            if c in numeric:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, cell)


class OperationsWindow(QMainWindow):
    """Two tabs: "SLA" (per queue or team, today or 7 days, and the breaches) and "Daily report"."""

    failed = Signal(str)

    def __init__(
        self, services: Services, actor: Actor, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("operationsWindow")
        self.setWindowTitle(self.tr("Operations — SLA and daily report — Reviewer Workstation"))
        self._services, self._actor, self._runner = services, actor, runner
        self._sla = services.sla_reports()
        self._daily = services.daily_reports()
        self.sla_report: sla.SlaReport | None = None
        self.daily_report: DailyReport | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._sla_tab(), self.tr("SLA"))
        self.tabs.addTab(self._daily_tab(), self.tr("Daily report"))
        self.setCentralWidget(self.tabs)
        self.status = self.statusBar()
        self.failed.connect(lambda message: self.status.showMessage(message, 15000))
        self.resize(1280, 800)

    # -- SLA -----------------------------------------------------------------------------------

    def _sla_tab(self) -> QWidget:
        self.by = QComboBox()
        self.by.addItem(self.tr("queue"), "queue")  # the service is asked by the data, never the words
        self.by.addItem(self.tr("team"), "team")
        self.by.setAccessibleName(self.tr("Group by"))
        self.period = QComboBox()
        self.period.addItem(self.tr("today"), "day")
        self.period.addItem(self.tr("last 7 days"), "week")
        self.period.setAccessibleName(self.tr("Period"))
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh_sla)
        self.sla_save = QPushButton(self.tr("Save as PDF…"))
        self.sla_save.setEnabled(False)
        self.sla_save.clicked.connect(self._save_sla)
        self.by.currentIndexChanged.connect(self.refresh_sla)
        self.period.currentIndexChanged.connect(self.refresh_sla)
        head = QHBoxLayout()
        for label, widget in ((self.tr("By"), self.by), (self.tr("Period"), self.period)):
            head.addWidget(QLabel(label))
            head.addWidget(widget)
        self.sla_summary = QLabel()
        self.sla_summary.setObjectName("slaSummary")
        head.addWidget(self.sla_summary, 1)
        head.addWidget(refresh)
        head.addWidget(self.sla_save)
        self.sla_table = _table(sla.TABLE_HEADER, "slaTable")
        self.sla_table.setAccessibleName(self.tr("SLA per queue or team"))
        # every figure as wide as its header or value; the queue (or team) name takes the rest
        self.sla_table.horizontalHeader().setStretchLastSection(False)
        self.sla_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.breach_label = QLabel("<b>{}</b>".format(self.tr("Breaches")))
        self.breach_table = _table(sla.BREACH_HEADER, "breachTable")
        self.breach_table.setAccessibleName(self.tr("Breaches"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(head)
        layout.addWidget(self.sla_table, 1)
        layout.addWidget(self.breach_label)
        layout.addWidget(self.breach_table, 2)
        return page

    def refresh_sla(self) -> None:
        by, period = str(self.by.currentData()), self.period.currentData()
        actor = self._actor
        self.sla_summary.setText(self.tr("Working…"))
        self._runner.submit(
            lambda: self._sla.report(actor, by=by, period=period), self._show_sla, self._failed
        )

    def _show_sla(self, report: sla.SlaReport) -> None:
        self.sla_report = report
        header = (self.tr("Queue") if report.by == "queue" else self.tr("Team"), *sla.TABLE_HEADER[1:])
        self.sla_table.setHorizontalHeaderLabels([shown(h) for h in header])
        fmt = formats()
        _fill(self.sla_table, [sla.table_cells(r, fmt) for r in report.rows], _NUMERIC)
        _fill(self.breach_table, [sla.breach_cells(b, report.zone, fmt) for b in report.breaches])
        self.breach_label.setText(
            "<b>{}</b>".format(self.tr("Breaches ({count})").format(count=fmt.count(len(report.breaches))))
        )
        overdue = sum(r.overdue_now or 0 for r in report.rows)
        self.sla_summary.setText(
            self.tr(
                "{start} to {end} ({zone}); {overdue} overdue now, {breaches} breaches in the window"
            ).format(
                start=fmt.moment(report.start, report.zone),
                end=fmt.moment(report.end, report.zone),
                zone=named_zone(report.zone, report.end),
                overdue=fmt.count(overdue),
                breaches=fmt.count(len(report.breaches)),
            )
        )
        self.sla_save.setEnabled(True)

    def _save_sla(self) -> None:
        if self.sla_report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the SLA report"), "sla-report.pdf", "PDF (*.pdf)"
        )
        if path:
            report = self.sla_report
            title = self.tr("SLA report")
            self._save(
                Path(path),
                lambda part: write_html_pdf(
                    sla.report_html(report, report_formats()), part, title=title, landscape=True
                ),
            )

    # -- daily report ----------------------------------------------------------------------------

    def _daily_tab(self) -> QWidget:
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(formats().date_edit_pattern())
        # today where the lead is: 07:00 in Singapore is still yesterday in UTC
        today = self._services.clock.now().astimezone(person_zone()).date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.setMaximumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.day.setAccessibleName(self.tr("Day"))
        self.team = QComboBox()
        self.team.addItem(self.tr("All teams"), None)
        self.team.setAccessibleName(self.tr("Team"))
        self._load_teams()
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.refresh_daily)
        self.daily_pdf = QPushButton(self.tr("Save as PDF…"))
        self.daily_md = QPushButton(self.tr("Save as Markdown…"))
        for button in (self.daily_pdf, self.daily_md):
            button.setEnabled(False)
        self.daily_pdf.clicked.connect(self._save_daily_pdf)
        self.daily_md.clicked.connect(self._save_daily_md)
        head = QHBoxLayout()
        for label, widget in ((self.tr("Day"), self.day), (self.tr("Team"), self.team)):
            head.addWidget(QLabel(label))
            head.addWidget(widget)
        head.addWidget(show)
        head.addStretch(1)
        head.addWidget(self.daily_pdf)
        head.addWidget(self.daily_md)
        self.daily_view = QTextBrowser()
        self.daily_view.setObjectName("dailyReport")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(head)
        layout.addWidget(self.daily_view, 1)
        return page

    def _load_teams(self) -> None:
        """The team filter's names, read on the runner; the list is disabled until they arrive."""
        self.team.setEnabled(False)
        self.team.setToolTip(self.tr("Loading the teams…"))

        def fill(names: list[str]) -> None:
            for name in names:
                self.team.addItem(name, name)
            self.team.setEnabled(True)
            self.team.setToolTip("")

        def failed(error: BaseException) -> None:
            self.team.setEnabled(True)  # "All teams" still works
            self.team.setToolTip("")
            if not isinstance(error, WorkstationError):
                log.error("teams not read", exc_info=error)
            self.failed.emit(self.tr("The team list could not be read: {error}").format(error=shown(error)))

        self._runner.submit(self._services.team_names, fill, failed)

    def refresh_daily(self) -> None:
        q = self.day.date()
        day = date(q.year(), q.month(), q.day())
        team = self.team.currentData()
        actor = self._actor
        self.daily_view.setHtml("<p>{}</p>".format(self.tr("Working…")))
        self._runner.submit(lambda: self._daily.report(actor, day, team=team), self._show_daily, self._failed)

    def _show_daily(self, report: DailyReport) -> None:
        self.daily_report = report
        html = daily_html(report, report_formats())  # the person's language (docs/translations.md)
        rtl = right_to_left(html)
        self.daily_view.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        set_direction(self.daily_view.document(), html)
        self.daily_view.document().setDefaultStyleSheet(style(html).replace("10pt", "11pt"))
        self.daily_view.setHtml(html)
        for button in (self.daily_pdf, self.daily_md):
            button.setEnabled(True)

    def _save_daily_pdf(self) -> None:
        report = self.daily_report
        if report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the daily report"), f"daily-report-{report.day}.pdf", "PDF (*.pdf)"
        )
        if path:
            title = self.tr("Daily report {day}").format(day=formats().day(report.day))
            self._save(
                Path(path),
                lambda part: write_html_pdf(
                    daily_html(report, report_formats()),
                    part,
                    title=title,
                    landscape=True,
                ),
            )

    def _save_daily_md(self) -> None:
        report = self.daily_report
        if report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the daily report"), f"daily-report-{report.day}.md", "Markdown (*.md)"
        )
        if path:
            try:
                with atomic_text(Path(path)) as out:
                    write_markdown(report, out)
                self.status.showMessage(self.tr("Saved {path}").format(path=path), 10000)
            except (OSError, WorkstationError) as error:
                self.failed.emit(
                    self.tr("could not save {path}: {error}").format(path=path, error=shown(error))
                )

    # -- shared ----------------------------------------------------------------------------------

    def _save(self, path: Path, writer: Callable[[Path], None]) -> None:
        try:
            write_via(path, writer, what="PDF report")
            self.status.showMessage(self.tr("Saved {path}").format(path=path), 10000)
        except (OSError, WorkstationError) as error:
            self.failed.emit(self.tr("could not save {path}: {error}").format(path=path, error=shown(error)))

    def _failed(self, error: BaseException) -> None:
        message = (
            shown(error)
            if isinstance(error, WorkstationError)
            else self.tr("the report failed: {error}").format(error=error)
        )
        if not isinstance(error, WorkstationError):
            log.error("operations report failed", exc_info=error)
        self.sla_summary.setText(message)
        self.failed.emit(message)

    def refresh(self) -> None:
        """Both reports (what opening the window does)."""
        self.refresh_sla()
        self.refresh_daily()

    def show_day(self, day: date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.refresh_daily()

"""The wellbeing dashboard: dose over time and its distribution, the people over budget, exports.

The widget asks :class:`~workstation.reports.ExposureReports` for a report on a worker (the service
decides what this actor may see and audits the run) and shows the answer; it holds no rule of its
own. Saving writes the report already on screen to CSV or to a PDF with the same charts.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.report_pdf import distribution_chart, dose_over_time_chart, write_report_pdf
from ui.tasks import Runner
from wellbeing.clock import Clock
from workstation.actor import Actor
from workstation.errors import WorkstationError
from workstation.reports import ExposureReport, ExposureReports, ReportRow, write_csv

Index = QModelIndex | QPersistentModelIndex


class OverBudgetModel(QAbstractTableModel):
    """People with at least one day over budget in the range (wellbeing staff only ever get rows)."""

    NAME, DAYS, DOSE, REVEALED, BREAKS, TREND = range(6)
    HEADERS = (
        "reviewer",
        "days over budget",
        "dose",
        "revealed min",
        "breaks prompted/taken",
        "mood trend/wk",
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ReportRow] = []

    def set_rows(self, rows: list[ReportRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            left = Qt.AlignmentFlag.AlignLeft if index.column() == self.NAME else Qt.AlignmentFlag.AlignRight
            return int(left | Qt.AlignmentFlag.AlignVCenter)
        f = row.figures
        assert f is not None
        column = index.column()
        if column == self.NAME:
            return row.group
        if column == self.DAYS:
            return str(f.days_over_budget)
        if column == self.DOSE:
            return f"{f.dose:,.0f}"
        if column == self.REVEALED:
            return f"{f.revealed_minutes:,.1f}"
        if column == self.BREAKS:
            return f"{f.breaks_prompted}/{f.breaks_taken}"
        return "-" if f.checkin_trend is None else f"{f.checkin_trend:+.2f}"


class ExposureDashboard(QWidget):
    """Date range, period, two charts and the people over budget; CSV and PDF export."""

    loaded = Signal(object)  # the ExposureReport shown
    failed = Signal(str)

    def __init__(
        self,
        reports: ExposureReports,
        actor: Actor,
        clock: Clock,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reports = reports
        self.actor = actor
        self.clock = clock
        self.runner = runner
        self.report: ExposureReport | None = None
        self.setObjectName("exposureDashboard")
        self.setWindowTitle("Exposure - wellbeing dashboard")

        today = clock.now().date()
        self.start_edit = self._date_edit(today - timedelta(days=today.weekday() + 28))
        self.end_edit = self._date_edit(today)
        self.period = QComboBox()
        self.period.addItem("per day", "day")
        self.period.addItem("per week", "week")
        self.period.setCurrentIndex(0)
        self.refresh_button = QPushButton("Show")
        self.csv_button = QPushButton("Export CSV…")
        self.pdf_button = QPushButton("Export PDF…")
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(False)
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(self._ask_csv)
        self.pdf_button.clicked.connect(self._ask_pdf)

        controls = QHBoxLayout()
        controls.addWidget(QLabel("From"))
        controls.addWidget(self.start_edit)
        controls.addWidget(QLabel("to"))
        controls.addWidget(self.end_edit)
        controls.addWidget(self.period)
        controls.addWidget(self.refresh_button)
        controls.addStretch(1)
        controls.addWidget(self.csv_button)
        controls.addWidget(self.pdf_button)

        self.summary = QLabel("Choose a range and press Show.")
        self.summary.setWordWrap(True)
        self.summary.setObjectName("dashboardSummary")
        self.dose_view = self._chart_view()
        self.distribution_view = self._chart_view()
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.dose_view)
        charts.addWidget(self.distribution_view)
        charts.setSizes([600, 400])
        self.over_budget = OverBudgetModel()
        self.table = QTableView()
        self.table.setModel(self.over_budget)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.over_label = QLabel("People over budget")
        self.over_label.setObjectName("dashboardOverBudget")

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(charts, 3)
        layout.addWidget(self.over_label)
        layout.addWidget(self.table, 1)

    @staticmethod
    def _date_edit(day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    @staticmethod
    def _chart_view() -> QChartView:
        view = QChartView(QChart())
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(260)
        return view

    # -- loading --------------------------------------------------------------------------------

    def set_range(self, start: date, end: date, period: str) -> None:
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        self.period.setCurrentIndex(self.period.findData(period))

    def refresh(self) -> None:
        start = self.start_edit.date().toPython()
        end = self.end_edit.date().toPython()
        period = str(self.period.currentData())
        assert isinstance(start, date) and isinstance(end, date)
        self.refresh_button.setEnabled(False)
        self.summary.setText("Loading…")
        actor = self.actor
        self.runner.submit(
            lambda: self.reports.exposure(actor, start, end, period=period), self._show, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        message = str(error) if isinstance(error, WorkstationError) else f"the report failed: {error}"
        self.summary.setText(message)
        self.failed.emit(message)

    def _show(self, report: ExposureReport) -> None:
        self.report = report
        self.refresh_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        for view, chart in (
            (self.dose_view, dose_over_time_chart(report, dark=dark)),
            (self.distribution_view, distribution_chart(report, dark=dark)),
        ):
            old = view.chart()
            view.setChart(chart)  # the view releases the old chart without deleting it
            old.deleteLater()
        everyone = next((r.figures for r in report.select("all", overall=True)), None)
        scope = (
            "individual rows shown (wellbeing)"
            if report.individual
            else f"aggregates only; groups under {report.min_group_size} people suppressed, with enough "
            "others that none can be worked out by difference"
        )
        if everyone is None:
            figures = (
                "no exposure recorded in this range" if not report.overall else "suppressed: too few people"
            )
        else:
            people = "person" if everyone.people_over_budget == 1 else "people"
            # Order statistics are one person's figure: only wellbeing staff get them (the service
            # leaves them empty for anyone else); others see the mean.
            spread = (
                f"median {everyone.median_dose or 0:,.0f}, p90 {everyone.p90_dose or 0:,.0f}, max "
                f"{everyone.max_dose or 0:,.0f}"
                if report.individual
                else f"mean {everyone.mean_dose or 0:,.0f}"
            )
            # Withheld (None) when it would come from fewer people than the minimum group size.
            days = "" if everyone.days_over_budget is None else f" ({everyone.days_over_budget} person-days)"
            figures = (
                f"{everyone.people} people; dose per person over the range: {spread} weighted min; "
                f"{everyone.people_over_budget} {people} reached the daily budget of "
                f"{report.daily_budget:.0f}{days}"
            )
        self.summary.setText(f"{report.start:%d %b %Y} – {report.end:%d %b %Y}: {figures}. ({scope})")
        over = report.over_budget()
        self.over_budget.set_rows(over)
        self.table.setVisible(report.individual)
        self.over_label.setText(
            f"People over budget ({len(over)})"
            if report.individual
            else "People over budget: individual rows are for wellbeing staff only"
        )
        self.loaded.emit(report)

    # -- saving ---------------------------------------------------------------------------------

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export the report as CSV", "exposure.csv", "CSV (*.csv)")
        if path:
            self.save_csv(Path(path))

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export the report as PDF", "exposure.pdf", "PDF (*.pdf)")
        if path:
            self.save_pdf(Path(path))

    def save_csv(self, path: Path) -> None:
        report = self._current()
        with path.open("w", encoding="utf-8", newline="") as out:
            write_csv(report, out)
        self.reports.note_saved(self.actor, report, path.name, "csv")

    def save_pdf(self, path: Path) -> None:
        report = self._current()
        write_report_pdf(report, path)
        self.reports.note_saved(self.actor, report, path.name, "pdf")

    def _current(self) -> ExposureReport:
        if self.report is None:
            raise RuntimeError("no report loaded yet")
        return self.report

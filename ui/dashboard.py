"""The wellbeing dashboard: dose over time and its distribution, the people over budget, exports.

The widget asks :class:`~workstation.reports.ExposureReports` for a report on a worker (the service
decides what this actor may see and audits the run) and shows the answer; it holds no rule of its
own. Saving writes the report already on screen to CSV or to a PDF with the same charts, starting in
the user's documents folder, and says which file it wrote.

For wellbeing staff (a report with individual rows) every chart and table leads to a person:
clicking a point of the dose chart lists the people of that period, clicking a bar of the
distribution lists the people in it, and a click or Enter on a row of either list, or of the people
over budget, emits ``personRequested`` (the window opens the person's page, ui/attention_view.py).
The range starts at the first recorded data (``ExposureReports.first_day``), not at a fixed offset.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QAbstractBarSeries, QChart, QChartView, QXYSeries
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, shown
from ui.locale_format import formats
from ui.report_pdf import (
    BUDGET_LINE,
    distribution_bins,
    distribution_chart,
    dose_over_time_chart,
    write_report_pdf,
)
from ui.tasks import Runner
from wellbeing.clock import Clock
from workstation import failures
from workstation.actor import Actor
from workstation.errors import InvalidInput, WorkstationError
from workstation.outpaths import atomic_text, write_via
from workstation.reports import ExposureReport, ExposureReports, ReportRow, write_csv

Index = QModelIndex | QPersistentModelIndex
USERNAME_ROLE = Qt.ItemDataRole.UserRole + 1


def documents_folder() -> Path:
    """Where save dialogs start: the user's documents folder (QStandardPaths) if it exists, else their
    home. A folder that does not exist makes the dialog open in the process's working directory."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def _open_on_click_or_enter(table: QTableView, emit: Callable[[str], None]) -> None:
    def open_row(index: QModelIndex) -> None:
        name = index.model().data(index, USERNAME_ROLE) if index.isValid() else None
        if name:
            emit(str(name))

    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.clicked.connect(open_row)
    table.activated.connect(open_row)  # Enter (and double-click)


class PeopleModel(QAbstractTableModel):
    """The people behind a chart point or bar: name and dose, largest first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ExposureDashboard", "Person"),
        QT_TRANSLATE_NOOP("ExposureDashboard", "Dose (weighted minutes)"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, float]] = []

    def set_rows(self, rows: list[tuple[str, float]]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: (-r[1], r[0]))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ExposureDashboard", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, dose = self.rows[index.row()]
        if role == USERNAME_ROLE:
            return name
        if role == Qt.ItemDataRole.DisplayRole:
            return name if index.column() == 0 else formats().number(dose)
        return None


class OverBudgetModel(QAbstractTableModel):
    """People with at least one day over budget in the range (wellbeing staff only ever get rows)."""

    NAME, DAYS, DOSE, REVEALED, PROMPTED, TAKEN, TREND = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("ExposureDashboard", "Reviewer"),
        QT_TRANSLATE_NOOP("ExposureDashboard", "Days over\nbudget"),
        QT_TRANSLATE_NOOP("ExposureDashboard", "Dose (weighted\nminutes)"),
        QT_TRANSLATE_NOOP("ExposureDashboard", "Revealed\nminutes"),
        QT_TRANSLATE_NOOP("ExposureDashboard", "Breaks\nsuggested"),
        QT_TRANSLATE_NOOP("ExposureDashboard", "Breaks\ntaken"),
        QT_TRANSLATE_NOOP("ExposureDashboard", "Mood trend\n(points per week)"),
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
            return QCoreApplication.translate("ExposureDashboard", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == USERNAME_ROLE:
            return row.group
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            left = Qt.AlignmentFlag.AlignLeft if index.column() == self.NAME else Qt.AlignmentFlag.AlignRight
            return int(left | Qt.AlignmentFlag.AlignVCenter)
        f = row.figures
        assert f is not None
        column = index.column()
        if column == self.NAME:
            return row.group
        if column == self.DAYS:
            return formats().count(f.days_over_budget)
        if column == self.DOSE:
            return formats().number(f.dose)
        if column == self.REVEALED:
            return formats().number(f.revealed_minutes, 1)
        if column == self.PROMPTED:
            return formats().count(f.breaks_prompted)
        if column == self.TAKEN:
            return formats().count(f.breaks_taken)
        return "-" if f.checkin_trend is None else _signed(f.checkin_trend, 2)


class ExposureDashboard(QWidget):
    """Date range, period, two charts and the people over budget; CSV and PDF export."""

    loaded = Signal(object)  # the ExposureReport shown
    failed = Signal(str)
    saved = Signal(str)  # the sentence that says which file was written
    personRequested = Signal(str)  # a username: open their page (wellbeing staff only)

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
        self.last_error = ""  # why the last save failed, as shown to the person
        self.setObjectName("exposureDashboard")
        self.setWindowTitle(self.tr("Exposure - wellbeing dashboard"))

        today = clock.now().date()
        self.last_saved: Path | None = None
        self.start_edit = self._date_edit(today - timedelta(days=27))  # until the first data is known
        self.end_edit = self._date_edit(today)
        # A date field has no name of its own: the "From"/"to" labels beside it are not its buddies.
        self.start_edit.setAccessibleName(self.tr("From"))
        self.start_edit.setAccessibleDescription(self.tr("First day of the report, year-month-day"))
        self.end_edit.setAccessibleName(self.tr("To"))
        self.end_edit.setAccessibleDescription(self.tr("Last day of the report, year-month-day"))
        self.period = QComboBox()
        self.period.addItem(self.tr("per day"), "day")
        self.period.addItem(self.tr("per week"), "week")
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setCurrentIndex(0)
        self.refresh_button = QPushButton(self.tr("Show"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(False)
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(self._ask_csv)
        self.pdf_button.clicked.connect(self._ask_pdf)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("From")))
        controls.addWidget(self.start_edit)
        controls.addWidget(QLabel(self.tr("to")))
        controls.addWidget(self.end_edit)
        controls.addWidget(self.period)
        controls.addWidget(self.refresh_button)
        controls.addStretch(1)
        controls.addWidget(self.csv_button)
        controls.addWidget(self.pdf_button)

        # Which file the last export wrote (the confirmation; the window's status bar says it too).
        self.saved_label = QLabel("")
        self.saved_label.setObjectName("dashboardSaved")
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label.setVisible(False)
        self.summary = QLabel(self.tr("Choose a range and press Show."))
        self.summary.setWordWrap(True)
        self.summary.setObjectName("dashboardSummary")
        self.dose_view = self._chart_view()
        self.distribution_view = self._chart_view()
        self.dose_view.setAccessibleName(self.tr("Exposure chart"))
        self.dose_view.setAccessibleDescription(
            self.tr("Weighted exposure over the range; the same figures are in the summary and the tables")
        )
        self.distribution_view.setAccessibleName(self.tr("Distribution chart"))
        self.distribution_view.setAccessibleDescription(
            self.tr("How many people had each daily dose; the same figures are in the summary and the tables")
        )
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.dose_view)
        charts.addWidget(self.distribution_view)
        charts.setSizes([600, 400])
        self.over_budget = OverBudgetModel()
        self.table = QTableView()
        self.table.setObjectName("overBudgetTable")
        self.table.setAccessibleName(self.tr("People over budget"))
        self.table.setModel(self.over_budget)
        self.table.setTabKeyNavigation(False)  # arrows move in the table; Tab leaves it
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # headings never clipped
        header.setSectionResizeMode(OverBudgetModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        _open_on_click_or_enter(self.table, self.personRequested.emit)
        self.over_label = QLabel(self.tr("People over budget"))
        self.over_label.setObjectName("dashboardOverBudget")
        # The people behind the chart point or bar last clicked (wellbeing staff only).
        self.drill = PeopleModel()
        self.drill_table = QTableView()
        self.drill_table.setObjectName("drillTable")
        self.drill_table.setAccessibleName(self.tr("People of the chart point or bar clicked"))
        self.drill_table.setModel(self.drill)
        self.drill_table.setTabKeyNavigation(False)
        self.drill_table.verticalHeader().setVisible(False)
        self.drill_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        _open_on_click_or_enter(self.drill_table, self.personRequested.emit)
        self.drill_label = QLabel(self.tr("Click a point or a bar of a chart to list its people."))
        self.drill_label.setObjectName("dashboardDrill")
        self.drill_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.saved_label)
        layout.addWidget(charts, 3)
        tables = QHBoxLayout()
        over_box = QVBoxLayout()
        over_box.addWidget(self.over_label)
        over_box.addWidget(self.table, 1)
        drill_box = QVBoxLayout()
        drill_box.addWidget(self.drill_label)
        drill_box.addWidget(self.drill_table, 1)
        tables.addLayout(over_box, 3)
        tables.addLayout(drill_box, 2)
        layout.addLayout(tables, 1)

    @staticmethod
    def _date_edit(day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(formats().date_edit_pattern())
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

    def start_at_first_data(self) -> None:
        """Set the range to start at the first recorded data (to today), then show the report."""
        actor = self.actor

        def done(first: date | None) -> None:
            if first is not None:
                end = self.end_edit.date().toPython()
                assert isinstance(end, date)
                first = min(first, end)
                self.start_edit.setDate(QDate(first.year, first.month, first.day))
            self.refresh()

        self.runner.submit(lambda: self.reports.first_day(actor), done, lambda _error: self.refresh())

    def refresh(self) -> None:
        start = self.start_edit.date().toPython()
        end = self.end_edit.date().toPython()
        period = str(self.period.currentData())
        assert isinstance(start, date) and isinstance(end, date)
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Loading…"))
        actor = self.actor
        self.runner.submit(
            lambda: self.reports.exposure(actor, start, end, period=period), self._show, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        message = (
            shown(error)
            if isinstance(error, WorkstationError)
            else self.tr("the report failed: {error}").format(error=error)
        )
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
        fmt = formats()
        everyone = next((r.figures for r in report.select("all", overall=True)), None)
        scope = (
            self.tr("individual rows shown (wellbeing)")
            if report.individual
            else self.tr(
                "aggregates only; groups under {count} people suppressed, with enough "
                "others that none can be worked out by difference"
            ).format(count=report.min_group_size)
        )
        if everyone is None:
            figures = (
                self.tr("no exposure recorded in this range")
                if not report.overall
                else self.tr("suppressed: too few people")
            )
        else:
            # Order statistics are one person's figure: only wellbeing staff get them (the service
            # leaves them empty for anyone else); others see the mean.
            spread = (
                self.tr("median {median}, p90 {p90}, max {max}").format(
                    median=fmt.number(everyone.median_dose or 0),
                    p90=fmt.number(everyone.p90_dose or 0),
                    max=fmt.number(everyone.max_dose or 0),
                )
                if report.individual
                else self.tr("mean {mean}").format(mean=fmt.number(everyone.mean_dose or 0))
            )
            # Withheld (None) when it would come from fewer people than the minimum group size.
            days = (
                ""
                if everyone.days_over_budget is None
                else self.tr(" ({days} person-days)").format(days=fmt.count(everyone.days_over_budget))
            )
            reached = (
                self.tr("1 person reached the daily budget of {budget}{days}")
                if everyone.people_over_budget == 1
                else self.tr("{count} people reached the daily budget of {budget}{days}")
            )
            figures = self.tr(
                "{people} people; dose per person over the range: {spread} weighted min; {reached}"
            ).format(
                people=fmt.count(everyone.people),
                spread=spread,
                reached=reached.format(
                    count=fmt.count(everyone.people_over_budget),
                    budget=fmt.number(report.daily_budget),
                    days=days,
                ),
            )
        self.summary.setText(
            self.tr("{start} – {end}: {figures}. ({scope})").format(
                start=fmt.day(report.start), end=fmt.day(report.end), figures=figures, scope=scope
            )
        )
        self._connect_drill(report)
        over = report.over_budget()
        self.over_budget.set_rows(over)
        self.table.setVisible(report.individual)
        self.over_label.setText(
            self.tr("People over budget ({count})").format(count=fmt.count(len(over)))
            if report.individual
            else self.tr("People over budget: individual rows are for wellbeing staff only")
        )
        self.loaded.emit(report)

    # -- drill-down: from a chart to its people ---------------------------------------------------

    def _connect_drill(self, report: ExposureReport) -> None:
        self.drill.set_rows([])
        self.drill_table.setVisible(report.individual)
        if not report.individual:
            self.drill_label.setText(self.tr("Charts of aggregates only: no person behind a point or bar."))
            return
        self.drill_label.setText(self.tr("Click a point or a bar of a chart to list its people."))
        for series in self.dose_view.chart().series():
            if isinstance(series, QXYSeries) and series.objectName() != BUDGET_LINE:
                series.clicked.connect(self.show_period_at)
        for series in self.distribution_view.chart().series():
            if isinstance(series, QAbstractBarSeries):
                series.clicked.connect(lambda index, _set: self.show_bin(index))

    def show_period_at(self, point: QPointF) -> None:
        """The people of the period a clicked dose-chart point belongs to."""
        report = self._current()
        moment = QDateTime.fromMSecsSinceEpoch(int(point.x())).toPython()
        assert isinstance(moment, datetime)
        day = moment.date()
        for first, last in report.periods():
            if first <= day <= last:
                people = [
                    (r.group, r.figures.dose)
                    for r in report.rows
                    if r.level == "reviewer" and r.period_start == first and r.figures
                ]
                self.drill.set_rows(people)
                fmt = formats()
                span = (
                    fmt.medium_day(first, year=False)
                    if first == last
                    else f"{fmt.medium_day(first, year=False)} – {fmt.medium_day(last, year=False)}"
                )
                self.drill_label.setText(
                    self.tr("People with exposure on {span} ({count}); click one or press Enter").format(
                        span=span, count=fmt.count(len(people))
                    )
                )
                return

    def show_bin(self, index: int) -> None:
        """The people in a clicked bar of the distribution (dose over the whole range)."""
        report = self._current()
        bins = distribution_bins(report)
        if not 0 <= index < len(bins):
            return
        low, high, names = bins[index]
        fmt = formats()
        doses = {r.group: r.figures.dose for r in report.select("reviewer", overall=True) if r.figures}
        self.drill.set_rows([(n, doses[n]) for n in names])
        self.drill_label.setText(
            self.tr(
                "People with a dose of {low} to {high} over the range ({count}); click one or press Enter"
            ).format(low=fmt.number(low), high=fmt.number(high), count=fmt.count(len(names)))
        )

    # -- saving ---------------------------------------------------------------------------------

    def _ask_csv(self) -> None:
        start = str(documents_folder() / "exposure.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report as CSV"), start, "CSV (*.csv)")
        if path:
            self.save_csv(Path(path))

    def _ask_pdf(self) -> None:
        start = str(documents_folder() / "exposure.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report as PDF"), start, "PDF (*.pdf)")
        if path:
            self.save_pdf(Path(path))

    def save_csv(self, path: Path) -> bool:
        """Write the report as CSV; True when the file is there, else the reason is shown."""
        report = self._current()

        def write() -> None:
            with atomic_text(path) as out:
                write_csv(report, out)

        return self._save(write, report, path, "csv")

    def save_pdf(self, path: Path) -> bool:
        """Write the report as PDF; True when the file is there, else the reason is shown."""
        report = self._current()
        return self._save(
            lambda: write_via(path, lambda part: write_report_pdf(report, part), what="PDF report"),
            report,
            path,
            "pdf",
        )

    def _save(self, write: Callable[[], object], report: ExposureReport, path: Path, fmt: str) -> bool:
        try:
            write()
        except (InvalidInput, OSError) as error:
            reason = (
                shown(error) if isinstance(error, InvalidInput) else shown(failures.explain_os_error(error))
            )
            self.last_error = self.tr("The report was not saved: {reason}.").format(reason=reason)
            # open(), not exec(): says why without blocking the event loop (or a test).
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Report not saved"), self.last_error, parent=self
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        self.last_error = ""
        self.last_saved = path
        reports, actor, name = self.reports, self.actor, path.name

        def not_noted(error: BaseException) -> None:  # the file is saved; its audit record is not
            logging.getLogger(__name__).error("the saved report was not audited", exc_info=error)
            message = self.tr("The report was saved, but its audit record failed: {error}")
            self.failed.emit(message.format(error=shown(error)))

        self.runner.submit(lambda: reports.note_saved(actor, report, name, fmt), lambda _r: None, not_noted)
        message = self.tr("Saved the report as {format} to {path}.").format(format=fmt.upper(), path=path)
        self.saved_label.setText(message)
        self.saved_label.setVisible(True)
        self.saved.emit(message)
        return True

    def _current(self) -> ExposureReport:
        if self.report is None:
            raise RuntimeError("no report loaded yet")
        return self.report


def _signed(value: float, digits: int) -> str:
    """``+0.25`` in the window's digits: a trend's sign matters as much as its size."""
    fmt = formats()
    sign = fmt.locale.negativeSign() if value < 0 else fmt.locale.positiveSign()
    return sign + fmt.number(abs(value), digits)

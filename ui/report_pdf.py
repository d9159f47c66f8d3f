"""The exposure report's charts (QtCharts) and its PDF (QPdfWriter), shared by the dashboard and the CLI.

Everything drawn comes from an :class:`~workstation.reports.ExposureReport` the service already
filtered for the actor: a lead's report holds no individual rows, so no chart or page can show one.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene

from workstation.reports import ExposureReport, Figures, ReportRow

COLORS = {
    "mean": "#2f6db5",
    "median": "#2f6db5",
    "p90": "#d9822b",
    "max": "#b83c3c",
    "budget": "#6b6b6b",
    "bars": "#5a8f5a",
}
# Figure and label of each statistic drawn per group. Order statistics are one person's figure, so
# only wellbeing staff get them (wellbeing.reports.distribution); everyone else gets the mean.
STATS = {
    "mean": ("mean_dose", "mean"),
    "median": ("median_dose", "median"),
    "p90": ("p90_dose", "90th percentile"),
    "max": ("max_dose", "maximum"),
}


def _stat_keys(report: ExposureReport) -> tuple[str, ...]:
    return ("median", "p90", "max") if report.individual else ("mean",)


def _stat_lines(report: ExposureReport) -> dict[str, QLineSeries]:
    return {key: _line(STATS[key][1]) for key in _stat_keys(report)}


PAGE_W, PAGE_H = 794.0, 1123.0  # A4 in 96-dpi logical units
MARGIN = 48.0


def _msecs(day: date) -> float:
    return datetime.combine(day, time(12)).timestamp() * 1000.0


def _fmt(value: float | int | None, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.{digits}f}"


def _chart(dark: bool) -> QChart:
    chart = QChart()
    if dark:  # the theme first: it would repaint the series' own colours if set after them
        chart.setTheme(QChart.ChartTheme.ChartThemeDark)
    return chart


def dose_over_time_chart(report: ExposureReport, *, dark: bool = False) -> QChart:
    """Dose per person in each period (everyone's row): median, 90th percentile and maximum for
    wellbeing staff; the mean for anyone else, who gets no single person's figure."""
    chart = _chart(dark)
    unit = "day" if report.period == "day" else "week"
    chart.setTitle(f"Dose per person per {unit} (weighted minutes)")
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    series = _stat_lines(report)
    everyone = {r.period_start: r.figures for r in report.rows if r.level == "all"}
    top = report.daily_budget if report.period == "day" else 0.0
    for first, _last in report.periods():
        figures = everyone.get(first)
        if figures is None:
            continue  # no data, or suppressed for this reader
        x = _msecs(first)
        for key, line in series.items():
            value = getattr(figures, STATS[key][0])
            if value is not None:
                line.append(QPointF(x, value))
                top = max(top, value)
    if not any(line.count() for line in series.values()):
        chart.setTitle(
            chart.title() + "<br><small>no period to show: no data, or fewer than "
            f"{report.min_group_size} people in each</small>"
        )
    axis_x = QDateTimeAxis()
    axis_x.setFormat("d MMM")
    axis_x.setTitleText("period starting")
    first_day, last_day = report.start, report.periods()[-1][0] if report.periods() else report.start
    axis_x.setRange(_qdt(first_day, time(0)), _qdt(max(last_day, first_day), time(23, 59)))
    axis_x.setTickCount(min(8, max(2, len(report.periods()))))
    axis_y = QValueAxis()
    axis_y.setRange(0.0, _nice(top * 1.1 if top else 10.0))
    axis_y.setLabelFormat("%.0f")
    axis_y.setTitleText("dose")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for key, line in series.items():
        pen = QPen(QColor(COLORS[key]))
        pen.setWidthF(2.0)
        line.setPen(pen)
        line.setPointsVisible(True)
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
    if report.period == "day":
        budget = _line(f"daily budget ({report.daily_budget:.0f})")
        pen = QPen(QColor(COLORS["budget"]))
        pen.setStyle(Qt.PenStyle.DashLine)
        budget.setPen(pen)
        budget.append(QPointF(_msecs(report.start), report.daily_budget))
        budget.append(QPointF(_msecs(last_day), report.daily_budget))
        chart.addSeries(budget)
        budget.attachAxis(axis_x)
        budget.attachAxis(axis_y)
    return chart


def _line(name: str) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    return series


def _qdt(day: date, at: time) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(datetime.combine(day, at).timestamp() * 1000))


def _short(value: float) -> str:
    """A compact axis label: 750, 1.5k, 12k."""
    return f"{value / 1000:.3g}k" if value >= 1000 else f"{value:.3g}"


def _nice(value: float) -> float:
    """A round axis maximum at or above ``value``."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def distribution_chart(report: ExposureReport, bins: int = 10, *, dark: bool = False) -> QChart:
    """With individual rows: how many people received each dose over the whole range. Without them
    (a lead's report): the mean dose per person of each team that is shown (suppressed teams: 0)."""
    chart = _chart(dark)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    people = [r.figures.dose for r in report.select("reviewer", overall=True) if r.figures]
    if report.individual and people:
        chart.setTitle(f"Distribution: people by dose over {report.start:%d %b} - {report.end:%d %b %Y}")
        top = _nice(max(people) or 1.0)
        width = top / bins
        counts = [0] * bins
        for dose in people:
            counts[min(bins - 1, int(dose / width))] += 1
        bar = QBarSet("people")
        bar.setColor(QColor(COLORS["bars"]))
        for count in counts:
            bar.append(count)
        series = QBarSeries()
        series.append(bar)
        series.setBarWidth(0.95)
        categories = [_short(i * width) for i in range(bins)]
        axis_y.setRange(0, _nice(max(counts) + 1))
        axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_y.setTickAnchor(0)
        axis_y.setTickInterval(max(1.0, _nice(max(counts) + 1) / 5))
        axis_y.setTitleText("people")
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        axis_x.setTitleText(f"dose over the range (bins of {_short(width)} weighted min)")
        chart.legend().setVisible(False)
    else:
        chart.setTitle("Distribution per team: dose per person over the range")
        teams = report.select("team", overall=True)
        series = QBarSeries()
        top = 1.0
        for key in _stat_keys(report):
            field, label = STATS[key]
            bar = QBarSet(label)
            bar.setColor(QColor(COLORS[key]))
            for row in teams:
                value = None if row.figures is None else getattr(row.figures, field)
                bar.append(value or 0.0)
                top = max(top, value or 0.0)
            series.append(bar)
        axis_x = QBarCategoryAxis()
        axis_x.append([r.group if r.figures else f"{r.group} (suppressed)" for r in teams] or ["(no data)"])
        axis_y.setRange(0, _nice(top * 1.1))
        axis_y.setTitleText("dose")
    chart.addSeries(series)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    return chart


# -- the PDF ---------------------------------------------------------------------------------------


SUMMARY = (
    ("people", "people", 0),
    ("dose", "dose", 0),
    ("mean_dose", "mean", 1),
    ("median_dose", "median", 1),
    ("p90_dose", "p90", 1),
    ("max_dose", "max", 1),
    ("revealed_minutes", "revealed min", 1),
    ("items", "items", 0),
    ("days_over_budget", "days over", 0),
    ("people_over_budget", "people over", 0),
    ("breaks_prompted", "breaks p/t/pp", 0),
    ("checkin_trend", "mood/wk", 2),
)


def _cells(row: ReportRow) -> list[str]:
    f: Figures | None = row.figures
    if f is None:
        return [row.group, "suppressed (too few people, or another group could be worked out from it)"]
    cells = [row.group]
    for name, _label, digits in SUMMARY:
        if name == "breaks_prompted":
            parts = (f.breaks_prompted, f.breaks_taken, f.breaks_postponed)  # each may be withheld
            cells.append("-" if all(p is None for p in parts) else "/".join(_fmt(p) for p in parts))
            continue
        value = getattr(f, name)
        cells.append(_fmt(value if digits or value is None else round(value), digits))
    return cells


HEADER = ["group", *[label for _n, label, _d in SUMMARY]]
WIDTHS = [96.0, 40, 40, 48, 42, 42, 42, 62, 36, 50, 60, 62, 42]


def table_data(report: ExposureReport) -> list[tuple[str, list[str], list[list[str]]]]:
    """The PDF's tables of group figures over the whole range: (title, header, rows of cells)."""
    out = []
    for level, title in (("all", "Everyone"), ("team", "Teams"), ("queue", "Queues")):
        found = report.select(level, overall=True)
        if found:
            out.append((f"{title}, whole range", HEADER, [_cells(r) for r in found]))
    return out


class _Pages:
    """Draws text and tables top to bottom in A4 logical units, starting new pages as needed."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer = writer
        self.painter = painter
        self.y = MARGIN
        self._window()

    def _window(self) -> None:
        self.painter.setWindow(0, 0, int(PAGE_W), int(PAGE_H))

    def need(self, height: float) -> None:
        if self.y + height > PAGE_H - MARGIN:
            self.writer.newPage()
            self.y = MARGIN

    def text(self, text: str, size: int = 10, *, bold: bool = False, color: str = "#202020") -> None:
        font = QFont("DejaVu Sans")
        font.setPixelSize(size)
        font.setBold(bold)
        self.painter.setFont(font)
        self.painter.setPen(QColor(color))
        height = size * 1.5
        self.need(height)
        rect = QRectF(MARGIN, self.y, PAGE_W - 2 * MARGIN, height)
        self.painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        self.y += height

    def chart(self, chart: QChart, height: float) -> None:
        self.need(height)
        width = PAGE_W - 2 * MARGIN
        scene = QGraphicsScene()
        chart.setGeometry(QRectF(0, 0, width, height))
        chart.setMargins(QMargins(4, 4, 4, 4))
        scene.addItem(chart)
        scene.render(self.painter, QRectF(MARGIN, self.y, width, height), QRectF(0, 0, width, height))
        scene.removeItem(chart)
        self.y += height + 12

    def table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
        font = QFont("DejaVu Sans")
        font.setPixelSize(8)
        line = 13.0
        for index, cells in enumerate([header, *rows]):
            self.need(line)
            font.setBold(index == 0)
            self.painter.setFont(font)
            self.painter.setPen(QColor("#202020"))
            if index % 2 == 0 and index:
                self.painter.fillRect(QRectF(MARGIN, self.y, sum(widths), line), QColor("#f0f0f0"))
            x = MARGIN
            span = len(cells) < len(widths)
            for col, cell in enumerate(cells):
                width = sum(widths[col:]) if span and col == len(cells) - 1 else widths[col]
                align = Qt.AlignmentFlag.AlignLeft if col == 0 or span else Qt.AlignmentFlag.AlignRight
                rect = QRectF(x + 2, self.y, width - 4, line)
                self.painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), cell)
                x += width
            self.y += line
        self.y += 8


def write_report_pdf(report: ExposureReport, path: Path) -> None:
    """The report as a PDF: title, both charts, the range's figures per group, people over budget."""
    app = QApplication.instance() or QApplication([])  # the headless CLI has none yet
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(300)
    writer.setTitle(f"Exposure report {report.start} to {report.end}")
    writer.setCreator("Reviewer Workstation")
    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pages = _Pages(writer, painter)
        pages.text("Exposure report", 20, bold=True)
        pages.text(
            f"{report.start:%d %B %Y} to {report.end:%d %B %Y}, per {report.period}; "
            f"daily budget {report.daily_budget:.0f} weighted minutes; "
            f"generated {report.generated_at:%Y-%m-%d %H:%M} UTC",
            9,
            color="#505050",
        )
        scope = (
            "Individual rows included (wellbeing staff). Care data: not for performance review."
            if report.individual
            else f"Aggregates only; groups of fewer than {report.min_group_size} people are suppressed, with "
            "enough others that none can be worked out by difference; no median, p90 or maximum."
        )
        pages.text(scope, 9, color="#505050")
        pages.y += 6
        pages.chart(dose_over_time_chart(report), 330)
        pages.chart(distribution_chart(report), 290)
        for title, header, rows in table_data(report):
            pages.need(60)
            pages.text(title, 11, bold=True)
            pages.table(header, rows, WIDTHS)
        over = report.over_budget()
        if report.individual:
            pages.need(60)
            pages.text(f"People over budget ({len(over)})", 11, bold=True)
            if over:
                pages.table(HEADER, [_cells(r) for r in over], WIDTHS)
            else:
                pages.text("Nobody reached the daily budget in this range.", 9)
    finally:
        painter.end()
    del app

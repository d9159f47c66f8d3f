"""The exposure report's charts (QtCharts) and its PDF (QPdfWriter), shared by the dashboard and the CLI.

Everything drawn comes from an :class:`~workstation.reports.ExposureReport` the service already
filtered for the actor: a lead's report holds no individual rows, so no chart or page can show one.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene

from ui.i18n import QT_TRANSLATE_NOOP
from ui.locale_format import formats
from workstation.reports import CARE_FIGURES, ExposureReport, Figures, ReportRow

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
    "mean": ("mean_dose", QT_TRANSLATE_NOOP("ExposureReport", "mean")),
    "median": ("median_dose", QT_TRANSLATE_NOOP("ExposureReport", "median")),
    "p90": ("p90_dose", QT_TRANSLATE_NOOP("ExposureReport", "90th percentile")),
    "max": ("max_dose", QT_TRANSLATE_NOOP("ExposureReport", "maximum")),
}
#: The object name of the daily budget's line, which has no people behind it (ui/dashboard.py).
BUDGET_LINE = "dailyBudget"


def _tr(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("ExposureReport", …)`` in the language installed (the
    dashboard's, or the command line's: ``ui.launch``)."""
    return QCoreApplication.translate("ExposureReport", text)


def _stat_keys(report: ExposureReport) -> tuple[str, ...]:
    return ("median", "p90", "max") if report.individual else ("mean",)


def _stat_lines(report: ExposureReport) -> dict[str, QLineSeries]:
    return {key: _line(_tr(STATS[key][1])) for key in _stat_keys(report)}


PAGE_W, PAGE_H = 794.0, 1123.0  # A4 in 96-dpi logical units: 1 unit is 0.265 mm
MARGIN = 48.0
TABLE_PX = 12  # 12 units = 3.2 mm = 9 pt when the A4 page is printed at full size


def _msecs(day: date) -> float:
    return datetime.combine(day, time(12)).timestamp() * 1000.0


def _fmt(value: float | int | None, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, int):
        return formats().count(value)
    return formats().number(value, digits)


def _chart(dark: bool) -> QChart:
    chart = QChart()
    chart.setLocalizeNumbers(True)  # axis labels in the window's digits (the default QLocale)
    if dark:  # the theme first: it would repaint the series' own colours if set after them
        chart.setTheme(QChart.ChartTheme.ChartThemeDark)
    return chart


def partial_period(report: ExposureReport) -> tuple[date, date] | None:
    """The period still running when the report was made (it holds today): its figures are partial."""
    today = report.generated_at.astimezone(UTC).date()
    return next(((first, last) for first, last in report.periods() if first <= today <= last), None)


def dose_over_time_chart(report: ExposureReport, *, dark: bool = False) -> QChart:
    """Dose per person in each period (everyone's row): median, 90th percentile and maximum for
    wellbeing staff; the mean for anyone else, who gets no single person's figure.

    The period still running (today, or this week) is not joined to the lines: a day half over would
    plot as a cliff towards 0. Its figures so far are drawn as hollow markers ("so far, partial")."""
    chart = _chart(dark)
    daily = report.period == "day"
    chart.setTitle(
        QCoreApplication.translate("ExposureReport", "Dose per person per day (weighted minutes)")
        if daily
        else QCoreApplication.translate("ExposureReport", "Dose per person per week (weighted minutes)")
    )
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    series = _stat_lines(report)
    everyone = {r.period_start: r.figures for r in report.rows if r.level == "all"}
    top = report.daily_budget if report.period == "day" else 0.0
    running = partial_period(report)
    so_far = QScatterSeries()
    so_far.setName(
        QCoreApplication.translate("ExposureReport", "this day so far (partial, not joined)")
        if daily
        else QCoreApplication.translate("ExposureReport", "this week so far (partial, not joined)")
    )
    for first, _last in report.periods():
        figures = everyone.get(first)
        if figures is None:
            continue  # no data, or suppressed for this reader
        x = _msecs(first)
        for key, line in series.items():
            value = getattr(figures, STATS[key][0])
            if value is not None:
                (so_far if running is not None and first == running[0] else line).append(QPointF(x, value))
                top = max(top, value)
    if not any(line.count() for line in series.values()):
        chart.setTitle(
            chart.title()
            + "<br><small>"
            + QCoreApplication.translate(
                "ExposureReport", "no period to show: no data, or fewer than {count} people in each"
            ).format(count=report.min_group_size)
            + "</small>"
        )
    axis_x = QDateTimeAxis()
    axis_x.setFormat(formats().day_month_pattern())  # the locale's order: 1/12, 12/1
    axis_x.setTitleText(QCoreApplication.translate("ExposureReport", "period starting"))
    first_day, last_day = report.start, report.periods()[-1][0] if report.periods() else report.start
    axis_x.setRange(_qdt(first_day, time(0)), _qdt(max(last_day, first_day), time(23, 59)))
    axis_x.setTickCount(min(8, max(2, len(report.periods()))))
    axis_y = QValueAxis()
    axis_y.setRange(0.0, _nice(top * 1.1 if top else 10.0))
    axis_y.setLabelFormat("%.0f")
    axis_y.setTitleText(QCoreApplication.translate("ExposureReport", "dose"))
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
    if so_far.count():
        so_far.setMarkerSize(9.0)
        so_far.setColor(QColor(0, 0, 0, 0))
        so_far.setBorderColor(QColor(COLORS["budget"]))
        chart.addSeries(so_far)
        so_far.attachAxis(axis_x)
        so_far.attachAxis(axis_y)
    if report.period == "day":
        budget = _line(
            QCoreApplication.translate("ExposureReport", "daily budget ({budget})").format(
                budget=formats().number(report.daily_budget)
            )
        )
        budget.setObjectName(BUDGET_LINE)
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


def distribution_bins(report: ExposureReport, bins: int = 10) -> list[tuple[float, float, list[str]]]:
    """The distribution's bars: (lowest dose, highest dose, the people in it) over the whole range."""
    people = {r.group: r.figures.dose for r in report.select("reviewer", overall=True) if r.figures}
    if not people:
        return []
    width = _nice(max(people.values()) or 1.0) / bins
    out: list[tuple[float, float, list[str]]] = [(i * width, (i + 1) * width, []) for i in range(bins)]
    for name, dose in sorted(people.items()):
        out[min(bins - 1, int(dose / width))][2].append(name)
    return out


def distribution_chart(report: ExposureReport, bins: int = 10, *, dark: bool = False) -> QChart:
    """With individual rows: how many people received each dose over the whole range. Without them
    (a lead's report): the mean dose per person of each team that is shown (suppressed teams: 0)."""
    chart = _chart(dark)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    people = [r.figures.dose for r in report.select("reviewer", overall=True) if r.figures]
    if report.individual and people:
        fmt = formats()
        chart.setTitle(
            QCoreApplication.translate(
                "ExposureReport", "Distribution: people by dose over {start} - {end}"
            ).format(start=fmt.day(report.start), end=fmt.day(report.end))
        )
        binned = distribution_bins(report, bins)
        width = binned[0][1]
        counts = [len(names) for _low, _high, names in binned]
        bar = QBarSet(QCoreApplication.translate("ExposureReport", "people"))
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
        axis_y.setTitleText(QCoreApplication.translate("ExposureReport", "people"))
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        axis_x.setTitleText(
            QCoreApplication.translate(
                "ExposureReport", "dose over the range (bins of {width} weighted min)"
            ).format(width=_short(width))
        )
        chart.legend().setVisible(False)
    else:
        chart.setTitle(
            QCoreApplication.translate(
                "ExposureReport", "Distribution per team: dose per person over the range"
            )
        )
        teams = report.select("team", overall=True)
        series = QBarSeries()
        top = 1.0
        for key in _stat_keys(report):
            field, label = STATS[key]
            bar = QBarSet(_tr(label))
            bar.setColor(QColor(COLORS[key]))
            for row in teams:
                value = None if row.figures is None else getattr(row.figures, field)
                bar.append(value or 0.0)
                top = max(top, value or 0.0)
            series.append(bar)
        axis_x = QBarCategoryAxis()
        suppressed = QCoreApplication.translate("ExposureReport", "{group} (suppressed)")
        axis_x.append(
            [r.group if r.figures else suppressed.format(group=r.group) for r in teams]
            or [QCoreApplication.translate("ExposureReport", "(no data)")]
        )
        axis_y.setRange(0, _nice(top * 1.1))
        axis_y.setTitleText(QCoreApplication.translate("ExposureReport", "dose"))
    chart.addSeries(series)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    return chart


# -- the PDF ---------------------------------------------------------------------------------------


#: The PDF's columns: (figure, heading spelled out, decimals). Two tables per level, so that every
#: column is wide enough for 9 pt type on A4: exposure, then care.
Columns = tuple[tuple[str, str, int], ...]
DOSE_COLUMNS: Columns = (
    ("people", QT_TRANSLATE_NOOP("ExposureReport", "People"), 0),
    ("dose", QT_TRANSLATE_NOOP("ExposureReport", "Total dose"), 0),
    ("mean_dose", QT_TRANSLATE_NOOP("ExposureReport", "Mean per person"), 1),
    ("median_dose", QT_TRANSLATE_NOOP("ExposureReport", "Median per person"), 1),
    # A soft hyphen: the word is wider than its column. Translated as "90th percentile" (_heading).
    ("p90_dose", "90th per\u00adcentile", 1),
    ("max_dose", QT_TRANSLATE_NOOP("ExposureReport", "Maximum"), 1),
    ("revealed_minutes", QT_TRANSLATE_NOOP("ExposureReport", "Revealed minutes"), 1),
    ("items", QT_TRANSLATE_NOOP("ExposureReport", "Items"), 0),
)
CARE_COLUMNS: Columns = (
    ("days_over_budget", QT_TRANSLATE_NOOP("ExposureReport", "Days over budget"), 0),
    ("people_over_budget", QT_TRANSLATE_NOOP("ExposureReport", "People over budget"), 0),
    ("breaks_prompted", QT_TRANSLATE_NOOP("ExposureReport", "Breaks suggested"), 0),
    ("breaks_taken", QT_TRANSLATE_NOOP("ExposureReport", "Breaks taken"), 0),
    ("breaks_postponed", QT_TRANSLATE_NOOP("ExposureReport", "Breaks postponed"), 0),
    ("checkins", QT_TRANSLATE_NOOP("ExposureReport", "Check-ins"), 0),
    ("checkin_trend", QT_TRANSLATE_NOOP("ExposureReport", "Mood trend per week"), 2),
)
SUMMARY = DOSE_COLUMNS + CARE_COLUMNS
SUPPRESSED = QT_TRANSLATE_NOOP(
    "ExposureReport", "suppressed (too few people, or another group could be worked out from it)"
)

#: The legend's break and check-in terms: only wellbeing staff's report has these columns.
CARE_LEGEND = (
    (
        QT_TRANSLATE_NOOP("ExposureReport", "Breaks suggested / taken / postponed"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "Break prompts (soft and enforced), breaks taken, and postponements of enforced breaks.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExposureReport", "Check-ins"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "Voluntary mood check-ins, 1 (very low) to 5 (very good).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExposureReport", "Mood trend per week"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "Slope of the check-in moods over the range, in points per week: negative means mood is falling.",
        ),
    ),
)

#: What the PDF's legend page says about each heading and term.
LEGEND = (
    (
        QT_TRANSLATE_NOOP("ExposureReport", "Dose"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "Weighted minutes: minutes on screen x how much was visible (hidden 0 to revealed 1) x the "
            "queue's severity weight. One minute of fully revealed tier-2 media is 1.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExposureReport", "Total dose"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "The group's dose over the whole range, all people added up.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExposureReport", "Mean per person"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "Total dose divided by the number of people in the group.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExposureReport", "Median, 90th percentile, maximum"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "Of the people's doses over the range (wellbeing staff only: each is one person's figure).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExposureReport", "Revealed minutes"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "Minutes with media fully revealed (no blur, no grayscale).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExposureReport", "Items"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "Items on screen.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExposureReport", "Days over budget"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "Person-days on which the dose reached the daily budget.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExposureReport", "People over budget"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "People with at least one such day.",
        ),
    ),
    *CARE_LEGEND,
    (
        QT_TRANSLATE_NOOP("ExposureReport", "-"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "No value: not applicable at this level (queues have no breaks), or withheld because it would "
            "come from fewer people than the minimum group size.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExposureReport", "Suppressed"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "A group of fewer people than the minimum group size, or one hidden so that such a group cannot "
            "be worked out by difference.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExposureReport", "Today / this week"),
        QT_TRANSLATE_NOOP(
            "ExposureReport",
            "The period still running is partial: the dose chart shows it as a hollow marker, not joined to "
            "the line.",
        ),
    ),
)


def _cells(row: ReportRow, columns: tuple[tuple[str, str, int], ...] = SUMMARY) -> list[str]:
    f: Figures | None = row.figures
    if f is None:
        return [row.group, _tr(SUPPRESSED)]
    cells = [row.group]
    for name, _label, digits in columns:
        value = getattr(f, name)
        cells.append(_fmt(value if digits or value is None else round(value), digits))
    return cells


def _header(columns: tuple[tuple[str, str, int], ...]) -> list[str]:
    return [
        QCoreApplication.translate("ExposureReport", "Group"),
        *[_heading(label) for _n, label, _d in columns],
    ]


def _heading(label: str) -> str:
    """A column heading in the reader's language; the English keeps its soft hyphen, which lupdate
    would not read from an escape, so the catalogue holds the plain words."""
    plain = label.replace("\u00ad", "")
    said = _tr(plain)
    return label if said == plain else said


HEADER = _header(SUMMARY)
GROUP_WIDTH = 150.0


def _widths(columns: int) -> list[float]:
    return [GROUP_WIDTH, *([(PAGE_W - 2 * MARGIN - GROUP_WIDTH) / columns] * columns)]


def table_data(report: ExposureReport) -> list[tuple[str, list[str], list[list[str]]]]:
    """The PDF's tables of group figures over the whole range: (title, header, rows of cells)."""
    out = []
    levels = (
        ("all", QCoreApplication.translate("ExposureReport", "Everyone")),
        ("team", QCoreApplication.translate("ExposureReport", "Teams")),
        ("queue", QCoreApplication.translate("ExposureReport", "Queues")),
    )
    for level, title in levels:
        found = report.select(level, overall=True)
        if not found:
            continue
        tables: list[tuple[str, Columns]] = [
            (QCoreApplication.translate("ExposureReport", "{group}, whole range: exposure"), DOSE_COLUMNS)
        ]
        if level != "queue":  # breaks, days over budget and check-ins belong to people, not queues
            # a lead's report holds no break or check-in figure (docs/reports-privacy.md)
            if report.care:
                what = QCoreApplication.translate("ExposureReport", "{group}, whole range: care")
                tables.append((what, CARE_COLUMNS))
            else:
                what = QCoreApplication.translate("ExposureReport", "{group}, whole range: days over budget")
                tables.append((what, tuple(c for c in CARE_COLUMNS if c[0] not in CARE_FIGURES)))
        for what, columns in tables:
            cells = [_cells(r, columns) for r in found]
            out.append((what.format(group=title), _header(columns), cells))
    return out


class _Pages:
    """Draws text and tables top to bottom in A4 logical units, starting new pages as needed."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer = writer
        self.painter = painter
        self.y = MARGIN
        # Right to left (Arabic): lines start at the right margin and tables run from the right.
        self.rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.start = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        self.end = Qt.AlignmentFlag.AlignLeft if self.rtl else Qt.AlignmentFlag.AlignRight
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
        self.painter.drawText(rect, int(self.start | Qt.AlignmentFlag.AlignVCenter), text)
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
        """A table at 12 units (9 pt on A4), headings bold and wrapped on up to two lines."""
        font = QFont("DejaVu Sans")
        font.setPixelSize(TABLE_PX)
        line = TABLE_PX * 1.6
        for index, cells in enumerate([header, *rows]):
            height = TABLE_PX * 3.9 if index == 0 else line  # headings wrap on up to three lines
            self.need(height)
            font.setBold(index == 0)
            self.painter.setFont(font)
            self.painter.setPen(QColor("#202020"))
            if index % 2 == 0 and index:
                self.painter.fillRect(QRectF(MARGIN, self.y, sum(widths), height), QColor("#f0f0f0"))
            x = MARGIN
            span = len(cells) < len(widths)
            for col, cell in enumerate(cells):
                width = sum(widths[col:]) if span and col == len(cells) - 1 else widths[col]
                align = self.start if col == 0 or span else self.end
                left = 2 * MARGIN + sum(widths) - x - width if self.rtl else x  # mirrored columns
                rect = QRectF(left + 3, self.y, width - 6, height)
                flags = align | Qt.AlignmentFlag.AlignVCenter
                if index == 0:
                    flags |= Qt.TextFlag.TextWordWrap
                text = (
                    cell
                    if index == 0 or span
                    else self.painter.fontMetrics().elidedText(
                        cell, Qt.TextElideMode.ElideRight, int(width - 6)
                    )
                )
                self.painter.drawText(rect, int(flags), text)
                x += width
            self.y += height
        self.y += 10

    def paragraph(self, term: str, text: str) -> None:
        """A legend entry: the term in bold, then its meaning, wrapped."""
        font = QFont("DejaVu Sans")
        font.setPixelSize(TABLE_PX)
        self.painter.setFont(font)
        width = PAGE_W - 2 * MARGIN
        body = self.painter.boundingRect(QRectF(0, 0, width - 20, 1000), int(Qt.TextFlag.TextWordWrap), text)
        self.need(TABLE_PX * 1.6 + body.height() + 8)
        self.text(term, TABLE_PX, bold=True)
        self.painter.setFont(font)
        self.painter.setPen(QColor("#303030"))
        rect = QRectF(MARGIN + (0 if self.rtl else 20), self.y, width - 20, body.height())
        self.painter.drawText(rect, int(self.start | Qt.TextFlag.TextWordWrap), text)
        self.y += body.height() + 8

    def new_page(self) -> None:
        self.writer.newPage()
        self.y = MARGIN


def write_report_pdf(report: ExposureReport, path: Path) -> None:
    """The report as a PDF: title, both charts, the range's figures per group, people over budget."""
    app = QApplication.instance() or QApplication([])  # the headless CLI has none yet
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(300)
    writer.setTitle(
        QCoreApplication.translate("ExposureReport", "Exposure report {start} to {end}").format(
            start=report.start, end=report.end
        )
    )
    writer.setCreator("Reviewer Workstation")
    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pages = _Pages(writer, painter)
        pages.text(QCoreApplication.translate("ExposureReport", "Exposure report"), 20, bold=True)
        fmt = formats()
        span = (
            QCoreApplication.translate(
                "ExposureReport", "{start} to {end}, per day; daily budget {budget} weighted minutes"
            )
            if report.period == "day"
            else QCoreApplication.translate(
                "ExposureReport", "{start} to {end}, per week; daily budget {budget} weighted minutes"
            )
        )
        pages.text(
            span.format(
                start=fmt.long_day(report.start),
                end=fmt.long_day(report.end),
                budget=fmt.number(report.daily_budget),
            ),
            TABLE_PX,
            color="#505050",
        )
        generated = QCoreApplication.translate(
            "ExposureReport", "Generated {at} UTC. The legend is on the last page."
        ).format(at=fmt.moment(report.generated_at, "UTC"))
        pages.text(generated, TABLE_PX, color="#505050")
        scope = (
            QCoreApplication.translate(
                "ExposureReport",
                "Individual rows included (wellbeing staff). Wellbeing data: not for performance review.",
            )
            if report.individual
            else QCoreApplication.translate(
                "ExposureReport",
                "Aggregates only; groups under {count} people suppressed, and others with them.",
            ).format(count=report.min_group_size)
        )
        pages.text(scope, TABLE_PX, color="#505050")
        pages.y += 6
        pages.chart(dose_over_time_chart(report), 330)
        pages.chart(distribution_chart(report), 290)
        for title, header, rows in table_data(report):
            pages.need(80)
            pages.text(title, 14, bold=True)
            pages.table(header, rows, _widths(len(header) - 1))
        over = report.over_budget()
        if report.individual:
            pages.need(80)
            pages.text(
                QCoreApplication.translate("ExposureReport", "People over budget ({count})").format(
                    count=len(over)
                ),
                14,
                bold=True,
            )
            if over:
                for columns in (DOSE_COLUMNS, CARE_COLUMNS):
                    pages.table(_header(columns), [_cells(r, columns) for r in over], _widths(len(columns)))
            else:
                pages.text(
                    QCoreApplication.translate(
                        "ExposureReport", "Nobody reached the daily budget in this range."
                    ),
                    TABLE_PX,
                )
        pages.new_page()
        pages.text(QCoreApplication.translate("ExposureReport", "Legend"), 20, bold=True)
        pages.y += 4
        for term, meaning in LEGEND:
            if not report.care and (term, meaning) in CARE_LEGEND:
                continue  # a lead's report has no such column (docs/reports-privacy.md)
            pages.paragraph(_tr(term), _tr(meaning))
    finally:
        painter.end()
    del app

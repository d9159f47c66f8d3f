"""The reviewer's own wellbeing view: today and the last seven days, just for them.

Everything shown comes from ``WellbeingRecords.summary(actor)`` (the service checks who may read it):
the dose per day against the budget as a bar chart, exposed and revealed minutes, breaks taken and
prompted, and check-ins. The view computes nothing but sums of the figures it is given.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.locale_format import formats
from ui.support_contact import SupportLabel
from ui.wellbeing_checkin import mood_label
from ui.wellbeing_meter import SPENT_COLOUR
from workstation.wellbeing_records import DaySummary, WellbeingSummary


def _mood_text(mood: float | None) -> str:
    if mood is None:
        return "—"
    label = mood_label(min(5, max(1, round(mood)))).lower()
    return QCoreApplication.translate("OwnWellbeingView", "{mood} ({label})").format(
        mood=formats().number(mood, 1), label=label
    )


class DoseChart(QChartView):
    """Dose per day (bars) against the daily budget (a dashed line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Exposure per day this week against the budget"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.days: list[str] = []
        self.values: list[float] = []

    def show_days(self, days: tuple[DaySummary, ...], budget: float) -> None:
        # Day names in the window's language ("Mon 09" in English).
        self.days = [QLocale().toString(QDate(d.day.year, d.day.month, d.day.day), "ddd dd") for d in days]
        self.values = [round(d.dose, 1) for d in days]
        pal = self.palette()
        text = pal.color(pal.ColorRole.WindowText)
        accent = pal.color(pal.ColorRole.Highlight)
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setVisible(True)
        chart.legend().setLabelColor(text)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        within = QBarSet(self.tr("Exposure (weighted minutes)"))
        over = QBarSet(self.tr("Over budget"))
        within.setColor(accent)
        within.setBorderColor(accent)
        over.setColor(SPENT_COLOUR)
        over.setBorderColor(SPENT_COLOUR)
        for value in self.values:
            within.append(min(value, budget))
            over.append(max(0.0, value - budget))
        bars = QStackedBarSeries()
        bars.append(within)
        bars.append(over)
        chart.addSeries(bars)
        categories = QBarCategoryAxis()
        categories.append(self.days)
        categories.setLabelsColor(text)
        categories.setGridLineVisible(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(categories)
        top = max([budget, *self.values]) * 1.15
        axis_y = QValueAxis()
        axis_y.setRange(0, top)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%.0f")
        axis_y.setLabelsColor(text)
        grid = QColor(text)
        grid.setAlpha(40)
        axis_y.setGridLineColor(grid)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_y)
        # The budget line spans the categories on a hidden x axis from -0.5 to n - 0.5.
        line = QLineSeries()
        line.setName(self.tr("Daily budget ({budget})").format(budget=formats().number(budget)))
        line.append(QPointF(-0.5, budget))
        line.append(QPointF(len(self.values) - 0.5, budget))
        pen = QPen(text)
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(1.5)
        line.setPen(pen)
        chart.addSeries(line)
        axis_x = QValueAxis()
        axis_x.setRange(-0.5, len(self.values) - 0.5)
        axis_x.setVisible(False)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        pairs = zip(self.days, self.values, strict=True)
        each = self.tr("{day}: {dose} of {budget}")
        self.setAccessibleDescription(
            "; ".join(
                each.format(day=day, dose=formats().number(v), budget=formats().number(budget))
                for day, v in pairs
            )
        )


class OwnWellbeingView(QDialog):
    """A calm page of one's own figures. Filled by :meth:`show_summary` (from ``summaryReady``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownWellbeingView")
        self.setWindowTitle(self.tr("Your wellbeing"))
        self.setAccessibleName(self.tr("Your wellbeing"))
        self.resize(900, 680)
        heading = QLabel(self.tr("Your exposure and breaks"))
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        privacy = QLabel(
            self.tr(
                "Only you and wellbeing staff can see these figures and your check-ins. "
                "Leads see team totals only, and only for groups of five or more."
            )
        )
        privacy.setObjectName("hint")
        privacy.setWordWrap(True)
        privacy.setAccessibleName(self.tr("Who can see this"))
        self.support = SupportLabel()

        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        rows = (
            ("dose", self.tr("Exposure")),
            ("exposed", self.tr("Media on screen")),
            ("revealed", self.tr("Revealed")),
            ("breaks", self.tr("Breaks taken / suggested")),
            ("mood", self.tr("Mood (check-ins)")),
        )
        for col, title in enumerate(("", self.tr("Today"), self.tr("Last 7 days"))):
            label = QLabel(title)
            label.setObjectName("panelTitle")
            grid.addWidget(label, 0, col)
        for row, (key, title) in enumerate(rows, 1):
            grid.addWidget(QLabel(title), row, 0)
            for col, period in enumerate(("today", "week"), 1):
                value = QLabel("—")
                value.setAccessibleName(
                    (
                        self.tr("{figure}, today") if period == "today" else self.tr("{figure}, last 7 days")
                    ).format(figure=title)
                )
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
                grid.addWidget(value, row, col)
                self.figures[f"{key}_{period}"] = value
        grid.setColumnStretch(3, 1)

        self.chart = DoseChart()
        self.checkins = QListWidget()
        self.checkins.setAccessibleName(self.tr("Your check-ins this week"))
        self.checkins.setMaximumHeight(130)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("hint")
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close your wellbeing view"))
        close.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(privacy)
        layout.addWidget(self.support)
        layout.addLayout(grid)
        layout.addWidget(self.chart, 1)
        checkin_title = QLabel(self.tr("Check-ins this week"))
        checkin_title.setObjectName("panelTitle")
        layout.addWidget(checkin_title)
        layout.addWidget(self.checkins)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.summary: WellbeingSummary | None = None

    def show_error(self, text: str) -> None:
        self.status.setText(self.tr("Could not load your figures: {reason}").format(reason=text))

    def show_summary(self, summary: WellbeingSummary) -> None:
        self.summary = summary
        today, days, budget = summary.today, summary.days, summary.budget
        over = sum(1 for d in days if d.dose >= budget)
        week_dose = sum(d.dose for d in days)
        fmt = formats()
        week = (
            self.tr("{dose} · 1 day over budget")
            if over == 1
            else self.tr("{dose} · {days} days over budget")
        )
        self._set(
            "dose",
            self.tr("{dose} of {budget}").format(dose=fmt.number(today.dose), budget=fmt.number(budget)),
            week.format(dose=fmt.number(week_dose), days=fmt.count(over)),
        )
        self._set(
            "exposed",
            self._minutes(today.exposed_minutes),
            self._minutes(sum(d.exposed_minutes for d in days)),
        )
        self._set(
            "revealed",
            self._minutes(today.revealed_minutes),
            self._minutes(sum(d.revealed_minutes for d in days)),
        )
        self._set(
            "breaks",
            f"{fmt.count(today.breaks_taken)} / {fmt.count(today.breaks_prompted)}",
            f"{fmt.count(sum(d.breaks_taken for d in days))} / "
            f"{fmt.count(sum(d.breaks_prompted for d in days))}",
        )
        moods = [m for _at, m, _n in summary.checkins]
        week_mood = sum(moods) / len(moods) if moods else None
        self._set("mood", _mood_text(today.mood), _mood_text(week_mood))
        self.chart.show_days(days, budget)
        self.checkins.clear()
        for at, mood, note in reversed(summary.checkins):
            when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(at.timestamp())), "ddd HH:mm")
            line = (
                self.tr("{when}  ·  {mood}  ·  “{note}”").format(when=when, mood=mood_label(mood), note=note)
                if note
                else self.tr("{when}  ·  {mood}").format(when=when, mood=mood_label(mood))
            )
            self.checkins.addItem(line)
        if not summary.checkins:
            self.checkins.addItem(self.tr("No check-ins yet this week."))
        budget_text = fmt.number(budget)
        if summary.locked_tiers:
            tiers = ", ".join(fmt.count(t) for t in sorted(summary.locked_tiers))
            status = self.tr(
                "Daily budget {budget} weighted minutes. Tiers {tiers} are closed to you for today."
            ).format(budget=budget_text, tiers=tiers)
        else:
            status = self.tr("Daily budget {budget} weighted minutes.").format(budget=budget_text)
        self.status.setText(status)

    def _minutes(self, minutes: float) -> str:
        return self.tr("{minutes} min").format(minutes=formats().number(minutes))

    def _set(self, key: str, today: str, week: str) -> None:
        self.figures[f"{key}_today"].setText(today)
        self.figures[f"{key}_week"].setText(week)


__all__ = ["DoseChart", "OwnWellbeingView"]

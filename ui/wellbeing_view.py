"""The reviewer's own wellbeing view: today and the last seven days, just for them.

Everything shown comes from ``CareService.summary(actor)`` (the service checks who may read it):
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
from PySide6.QtCore import QMargins, QPointF, Qt
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

from ui.support_contact import SupportLabel
from ui.wellbeing_checkin import MOODS
from ui.wellbeing_meter import SPENT_COLOUR
from workstation.care import CareSummary, DaySummary

PRIVACY_NOTE = (
    "Only you and wellbeing staff can see these figures and your check-ins. "
    "Leads see team totals only, and only for groups of five or more."
)


def _mood_text(mood: float | None) -> str:
    if mood is None:
        return "—"
    label = MOODS[min(4, max(0, round(mood) - 1))][1].lower()
    return f"{mood:.1f} ({label})"


class DoseChart(QChartView):
    """Dose per day (bars) against the daily budget (a dashed line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Exposure per day this week against the budget")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.days: list[str] = []
        self.values: list[float] = []

    def show_days(self, days: tuple[DaySummary, ...], budget: float) -> None:
        self.days = [f"{d.day:%a %d}" for d in days]
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
        within = QBarSet("Exposure (weighted minutes)")
        over = QBarSet("Over budget")
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
        line.setName(f"Daily budget ({budget:.0f})")
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
        self.setAccessibleDescription("; ".join(f"{day}: {v:.0f} of {budget:.0f}" for day, v in pairs))


class OwnWellbeingView(QDialog):
    """A calm page of one's own figures. Filled by :meth:`show_summary` (from ``summaryReady``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownWellbeingView")
        self.setWindowTitle("Your wellbeing")
        self.setAccessibleName("Your wellbeing")
        self.resize(900, 680)
        heading = QLabel("Your exposure and breaks")
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        privacy = QLabel(PRIVACY_NOTE)
        privacy.setObjectName("hint")
        privacy.setWordWrap(True)
        privacy.setAccessibleName("Who can see this")
        self.support = SupportLabel()

        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        rows = (
            ("dose", "Exposure"),
            ("exposed", "Media on screen"),
            ("revealed", "Revealed"),
            ("breaks", "Breaks taken / suggested"),
            ("mood", "Mood (check-ins)"),
        )
        for col, title in enumerate(("", "Today", "Last 7 days")):
            label = QLabel(title)
            label.setObjectName("panelTitle")
            grid.addWidget(label, 0, col)
        for row, (key, title) in enumerate(rows, 1):
            grid.addWidget(QLabel(title), row, 0)
            for col, period in enumerate(("today", "week"), 1):
                value = QLabel("—")
                value.setAccessibleName(f"{title}, {'today' if period == 'today' else 'last 7 days'}")
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
                grid.addWidget(value, row, col)
                self.figures[f"{key}_{period}"] = value
        grid.setColumnStretch(3, 1)

        self.chart = DoseChart()
        self.checkins = QListWidget()
        self.checkins.setAccessibleName("Your check-ins this week")
        self.checkins.setMaximumHeight(130)
        self.status = QLabel("Loading…")
        self.status.setObjectName("hint")
        close = QPushButton("Close")
        close.setAccessibleName("Close your wellbeing view")
        close.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(privacy)
        layout.addWidget(self.support)
        layout.addLayout(grid)
        layout.addWidget(self.chart, 1)
        checkin_title = QLabel("Check-ins this week")
        checkin_title.setObjectName("panelTitle")
        layout.addWidget(checkin_title)
        layout.addWidget(self.checkins)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.summary: CareSummary | None = None

    def show_error(self, text: str) -> None:
        self.status.setText(f"Could not load your figures: {text}")

    def show_summary(self, summary: CareSummary) -> None:
        self.summary = summary
        today, days, budget = summary.today, summary.days, summary.budget
        over = sum(1 for d in days if d.dose >= budget)
        week_dose = sum(d.dose for d in days)
        self._set(
            "dose",
            f"{today.dose:.0f} of {budget:.0f}",
            f"{week_dose:.0f} · {over} day{'s' if over != 1 else ''} over budget",
        )
        self._set(
            "exposed", f"{today.exposed_minutes:.0f} min", f"{sum(d.exposed_minutes for d in days):.0f} min"
        )
        self._set(
            "revealed",
            f"{today.revealed_minutes:.0f} min",
            f"{sum(d.revealed_minutes for d in days):.0f} min",
        )
        self._set(
            "breaks",
            f"{today.breaks_taken} / {today.breaks_prompted}",
            f"{sum(d.breaks_taken for d in days)} / {sum(d.breaks_prompted for d in days)}",
        )
        moods = [m for _at, m, _n in summary.checkins]
        week_mood = sum(moods) / len(moods) if moods else None
        self._set("mood", _mood_text(today.mood), _mood_text(week_mood))
        self.chart.show_days(days, budget)
        self.checkins.clear()
        for at, mood, note in reversed(summary.checkins):
            label = MOODS[mood - 1][1]
            quoted = f"  ·  “{note}”" if note else ""
            self.checkins.addItem(f"{at.astimezone():%a %H:%M}  ·  {label}{quoted}")
        if not summary.checkins:
            self.checkins.addItem("No check-ins yet this week.")
        locked = (
            f" Tiers {', '.join(str(t) for t in sorted(summary.locked_tiers))} are closed to you for today."
            if summary.locked_tiers
            else ""
        )
        self.status.setText(f"Daily budget {budget:.0f} weighted minutes.{locked}")

    def _set(self, key: str, today: str, week: str) -> None:
        self.figures[f"{key}_today"].setText(today)
        self.figures[f"{key}_week"].setText(week)


__all__ = ["PRIVACY_NOTE", "DoseChart", "OwnWellbeingView"]

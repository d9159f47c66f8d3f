"""Wellbeing staff's "Needs attention" list and a person's page (``PersonPageDialog``).

Both only show what :class:`~workstation.wellbeing_attention.WellbeingAttention` answers: the service checks
that the actor is wellbeing staff, applies ``wellbeing.attention``'s rules and keeps the care log. A
row opens the person's page on click or Enter; the page records "contacted on ..." with a private
note (docs/wellbeing.md).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, shown
from ui.locale_format import formats, named_zone, person_zone
from ui.tasks import Runner
from wellbeing.attention import MOODS, Attention
from workstation.actor import Actor
from workstation.errors import WorkstationError
from workstation.wellbeing_attention import NOTE_MAX, PersonPage, WellbeingAttention

Index = QModelIndex | QPersistentModelIndex
USERNAME_ROLE = Qt.ItemDataRole.UserRole + 1
PARTIAL_COLOUR = QColor("#9a9a9a")
OVER_COLOUR = QColor("#c0504d")
# The kinds of break as the person's page lists them (wellbeing.attention.BreakFact.kind).
BREAK_KINDS = (
    QT_TRANSLATE_NOOP("BreakKind", "soft"),
    QT_TRANSLATE_NOOP("BreakKind", "enforced"),
    QT_TRANSLATE_NOOP("BreakKind", "affected"),
    QT_TRANSLATE_NOOP("BreakKind", "self"),
)


def _message(error: BaseException) -> str:
    if isinstance(error, WorkstationError):
        return shown(error)
    return QCoreApplication.translate("AttentionView", "This is a bug: {error}").format(error=error)


class AttentionModel(QAbstractTableModel):
    """One row per person: who, why (every reason), urgency, and when staff last made contact."""

    PERSON, WHY, URGENCY, CONTACT = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("AttentionView", "Person"),
        QT_TRANSLATE_NOOP("AttentionView", "Why they are listed"),
        QT_TRANSLATE_NOOP("AttentionView", "Urgency"),
        QT_TRANSLATE_NOOP("AttentionView", "Contact"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Attention] = []

    def set_rows(self, rows: list[Attention]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AttentionView", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == USERNAME_ROLE:
            return row.username
        if role == Qt.ItemDataRole.ForegroundRole and row.cleared:
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == self.PERSON:
            return f"{row.display_name}\n({row.username})"
        if column == self.WHY:
            lines = []
            for reason in row.reasons:
                mark = "• " if reason in row.new else "◦ "
                lines.append(mark + shown(reason.text))
            return "\n".join(lines)
        if column == self.URGENCY:
            return (
                QCoreApplication.translate("AttentionView", "contacted, nothing new")
                if row.cleared
                else formats().count(row.urgency)
            )
        ack = row.acknowledged
        if ack is None:
            return QCoreApplication.translate("AttentionView", "not yet")
        new = "" if row.cleared else "\n" + QCoreApplication.translate("AttentionView", "new since then")
        return (
            QCoreApplication.translate("AttentionView", "contacted on {day}\nby {who}").format(
                day=formats().medium_day(ack.contacted_on), who=ack.by
            )
            + new
        )


class AttentionView(QWidget):
    """The "Needs attention" list for wellbeing staff; ``personRequested`` opens a person's page."""

    personRequested = Signal(str)
    loaded = Signal(object)  # the list of Attention shown
    failed = Signal(str)

    def __init__(
        self, service: WellbeingAttention, actor: Actor, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attentionView")
        self.service = service
        self.actor = actor
        self.runner = runner
        heading = QLabel(self.tr("Needs attention"))
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("attentionSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Most urgent first. • a reason since the last contact, ◦ one from before it. "
                "Click a person or press Enter to open their page. Only wellbeing staff see this list."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.model = AttentionModel()
        self.table = QTableView()
        self.table.setObjectName("attentionTable")
        self.table.setAccessibleName(self.tr("People who need attention"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move in the table; Tab leaves it
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttentionModel.WHY, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)  # Enter (and double-click)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        actor = self.actor
        self.runner.submit(lambda: self.service.attention(actor), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.summary.setText(_message(error))
        self.failed.emit(_message(error))

    def _show(self, rows: list[Attention]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.set_rows(rows)
        waiting = sum(1 for r in rows if not r.cleared)
        contacted = len(rows) - waiting
        self.summary.setText(
            self.tr("Nobody needs attention now.")
            if not rows
            else (
                self.tr("1 person to look at") if waiting == 1 else self.tr("{count} people to look at")
            ).format(count=formats().count(waiting))
            + (
                self.tr("; {count} contacted with nothing new since (at the bottom).").format(
                    count=formats().count(contacted)
                )
                if contacted
                else "."
            )
        )
        self.loaded.emit(rows)

    def _open(self, index: QModelIndex) -> None:
        name = self.model.data(index, USERNAME_ROLE)
        if name:
            self.personRequested.emit(str(name))


def _table(headers: tuple[str, ...], name: str) -> QTableWidget:
    """Headings and name are marked ``QT_TRANSLATE_NOOP("AttentionView", …)``, translated here."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([QCoreApplication.translate("AttentionView", h) for h in headers])
    table.setAccessibleName(QCoreApplication.translate("AttentionView", name))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # arrows move in the table; Tab leaves it
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)  # notes wrap in it
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    header.sectionResized.connect(lambda *_args: table.resizeRowsToContents())
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], empty: str) -> None:
    if not rows:
        rows = [(empty, *("" for _ in range(table.columnCount() - 1)))]
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            item = QTableWidgetItem(cell)
            item.setToolTip(cell)
            table.setItem(r, c, item)
    table.resizeRowsToContents()


class PersonDoseChart(QChartView):
    """Dose per day against the budget; today's bar is grey and labelled "so far" (a partial day)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(230)
        self.setAccessibleName(self.tr("Dose per day against the daily budget"))

    def show_page(self, page: PersonPage, *, dark: bool = False) -> None:
        chart = QChart()
        if dark:
            chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setTitle(self.tr("Dose per day (weighted minutes)"))
        within, over, partial = (
            QBarSet(self.tr("within budget")),
            QBarSet(self.tr("over budget")),
            QBarSet(self.tr("today so far (partial day)")),
        )
        over.setColor(OVER_COLOUR)
        partial.setColor(PARTIAL_COLOUR)
        labels = []
        fmt = formats()
        for day, dose in page.days:
            today = day == page.today
            labels.append(fmt.number(day.day) if len(page.days) > 10 else fmt.weekday_day(day))
            within.append(0.0 if today else min(dose, page.budget))
            over.append(0.0 if today else max(0.0, dose - page.budget))
            partial.append(dose if today else 0.0)
        bars = QStackedBarSeries()
        for bar in (within, over, partial):
            bars.append(bar)
        chart.addSeries(bars)
        axis_x = QBarCategoryAxis()
        axis_x.append(labels)
        axis_x.setTitleText(
            self.tr("{start} to {end} (today grey: a partial day)").format(
                start=fmt.day_month(page.start), end=fmt.day(page.end)
            )
        )
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_x)
        top = max([page.budget, *(d for _day, d in page.days)]) * 1.15
        axis_y = QValueAxis()
        axis_y.setRange(0, top)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%.0f")
        chart.setLocalizeNumbers(True)  # the axis's printf labels in the locale's digits
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_y)
        line = QLineSeries()
        line.setName(self.tr("daily budget ({budget})").format(budget=fmt.number(page.budget)))
        line.append(QPointF(-0.5, page.budget))
        line.append(QPointF(len(labels) - 0.5, page.budget))
        pen = QPen(QColor("#6b6b6b"))
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        chart.addSeries(line)
        hidden = QValueAxis()
        hidden.setRange(-0.5, len(labels) - 0.5)
        hidden.setVisible(False)
        chart.addAxis(hidden, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(hidden)
        line.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.setAccessibleDescription(
            "; ".join(f"{fmt.day_month(day)}: {fmt.number(dose)}" for day, dose in page.days)
        )


class PersonPageDialog(QDialog):
    """One person's page: why listed, dose per day, breaks, check-ins with notes, events, contact."""

    acknowledged = Signal(str)  # the username, once "contacted on" is recorded
    loaded = Signal(object)  # the PersonPage shown

    def __init__(
        self,
        service: WellbeingAttention,
        actor: Actor,
        runner: Runner,
        username: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personPage")
        self.service, self.actor, self.runner, self.username = service, actor, runner, username
        self.page: PersonPage | None = None
        self._notice = ""  # what the last action did, kept above the page's own status line
        self.setWindowTitle(self.tr("{name} — care page (wellbeing staff only)").format(name=username))
        self.resize(1180, 780)
        self.heading = QLabel(username)
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("personStatus")
        self.status.setWordWrap(True)
        self.reasons = QLabel("")
        self.reasons.setObjectName("personReasons")
        self.reasons.setWordWrap(True)
        # Notes and names are people's words, never markup: a note "<img src=...>" stays text.
        for label in (self.heading, self.status, self.reasons):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = PersonDoseChart()
        self.breaks = _table(
            (
                QT_TRANSLATE_NOOP("AttentionView", "Prompted"),
                QT_TRANSLATE_NOOP("AttentionView", "Kind"),
                QT_TRANSLATE_NOOP("AttentionView", "What happened"),
                QT_TRANSLATE_NOOP("AttentionView", "Minutes"),
            ),
            QT_TRANSLATE_NOOP("AttentionView", "Breaks"),
        )
        self.checkins = _table(
            (
                QT_TRANSLATE_NOOP("AttentionView", "When"),
                QT_TRANSLATE_NOOP("AttentionView", "Mood"),
                QT_TRANSLATE_NOOP("AttentionView", "Note"),
            ),
            QT_TRANSLATE_NOOP("AttentionView", "Check-ins with notes"),
        )
        self.events = _table(
            (QT_TRANSLATE_NOOP("AttentionView", "When"), QT_TRANSLATE_NOOP("AttentionView", "Event")),
            QT_TRANSLATE_NOOP("AttentionView", "Events"),
        )
        # Acknowledge: "contacted on" and a private note.
        self.contacted_on = QDateEdit()
        self.contacted_on.setCalendarPopup(True)
        self.contacted_on.setDisplayFormat(formats().date_edit_pattern())
        self.contacted_on.setAccessibleName(self.tr("Contacted on"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr("A private note (wellbeing staff only; leads and admins never see it)")
        )
        self.note.setAccessibleName(self.tr("Private note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.record_button = QPushButton(self.tr("Record contact"))
        self.record_button.setObjectName("recordContact")
        self.record_button.clicked.connect(self.record)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        # No default button: Enter anywhere on the page (just opened with a click or Enter) must not
        # record a contact nobody made. Recording is a click, or Tab to the button and Space.
        for button in (self.record_button, close):
            button.setAutoDefault(False)
            button.setDefault(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.chart, 1)
        left_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Breaks"))))
        left_layout.addWidget(self.breaks, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Check-ins"))))
        right_layout.addWidget(self.checkins, 1)
        right_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Events"))))
        right_layout.addWidget(self.events, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([660, 500])
        contact = QHBoxLayout()
        contact.addWidget(QLabel(self.tr("Contacted on")))
        contact.addWidget(self.contacted_on)
        contact.addWidget(self.note, 1)
        contact.addWidget(self.record_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.reasons)
        layout.addWidget(split, 1)
        layout.addLayout(contact)
        layout.addLayout(bottom)
        self.refresh()

    def refresh(self) -> None:
        actor, name = self.actor, self.username
        self.runner.submit(lambda: self.service.person(actor, name), self.show_page, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(_message(error))
        self.record_button.setEnabled(True)

    def show_page(self, page: PersonPage) -> None:
        self.page = page
        self.heading.setText(f"{page.display_name} ({page.username})")
        self.contacted_on.setDate(QDate(page.today.year, page.today.month, page.today.day))
        self.contacted_on.setMaximumDate(QDate.currentDate())  # the service refuses a future date too
        if page.reasons:
            listed = "\n".join(f"• {shown(r.text)}" for r in page.reasons)
            self.reasons.setText(self.tr("Listed because:") + "\n" + listed)
        else:
            self.reasons.setText(self.tr("Not on the attention list now."))
        dark = self.palette().color(self.backgroundRole()).lightness() < 128
        self.chart.show_page(page, dark=dark)
        fmt, zone = formats(), person_zone()
        _fill(
            self.breaks,
            [
                (
                    fmt.stamp(b.prompted_at, zone),
                    QCoreApplication.translate("BreakKind", b.kind),
                    shown(b.status),
                    "" if b.minutes is None else fmt.number(b.minutes),
                )
                for b in page.breaks
            ],
            self.tr("No breaks in this range."),
        )
        _fill(
            self.checkins,
            [
                (
                    fmt.stamp(c.at, zone),
                    shown(MOODS[c.mood]),
                    c.note or "—",
                )
                for c in page.checkins
            ],
            self.tr("No check-ins in this range."),
        )
        _fill(
            self.events,
            [(fmt.stamp(at, zone), shown(text)) for at, text in page.events],
            self.tr("No events in this range."),
        )
        over = sum(1 for day, d in page.days if d >= page.budget and day != page.today)
        self.status.setText(
            self._notice
            + (
                self.tr(
                    "{start} to {end} (from the first data); 1 day over the budget of {budget}. "
                    "Today is a partial day, shown grey."
                )
                if over == 1
                else self.tr(
                    "{start} to {end} (from the first data); {count} days over the budget of {budget}. "
                    "Today is a partial day, shown grey."
                )
            ).format(
                start=fmt.day(page.start),
                end=fmt.day(page.end),
                count=fmt.count(over),
                budget=fmt.number(page.budget),
            )
            + " "
            + self.tr("Times in {zone}.").format(zone=named_zone(zone))
        )
        self.loaded.emit(page)

    def record(self) -> None:
        """Record "contacted on" with the note; the attention list marks the person."""
        on = self.contacted_on.date().toPython()
        assert isinstance(on, date)
        note = self.note.toPlainText()
        if len(note.strip()) > NOTE_MAX:
            fmt = formats()
            self.status.setText(
                self.tr("The note has {count} characters; keep it to {most}.").format(
                    count=fmt.count(len(note.strip())), most=fmt.count(NOTE_MAX)
                )
            )
            return
        self.record_button.setEnabled(False)
        actor, name = self.actor, self.username

        def done(_result: object) -> None:
            self.record_button.setEnabled(True)
            self.note.clear()
            self._notice = self.tr("Recorded: contacted on {day}. ").format(day=formats().medium_day(on))
            self.acknowledged.emit(name)
            self.refresh()

        self.runner.submit(lambda: self.service.acknowledge(actor, name, on, note), done, self._failed)

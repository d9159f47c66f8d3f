"""The "Quality" tab of a lead's (or admin's) dashboard window: the QA report (issue 16;
docs/policies-and-quality.md, "QA figures in a lead's window").

What it shows is ``QAService.report`` as the core computes it, never recomputed here: agreement %,
Cohen's kappa with its 95 % interval and Fleiss' kappa with its interval only where the report's
``*_shown`` fields say so (from n >= 30, docs/policies-and-quality.md, "Quality statistics"),
golden-item accuracy with its n, and the selected queue's confusion matrix (the report's own, the one
the PDF prints), its verdicts named by their labels in the person's language
(``resources/taxonomy_labels.toml``, as the decision panel shows them). "Save as PDF…" writes the PDF
``workstation qa report --format pdf`` writes (``qa.report_html`` through the frontend's HTML-to-PDF
writer), but in the person's language, digits, time zone and verdict labels, right to left in
Arabic (the command line's stays English with the verdicts' keys), and audits it. The report is read on
the runner, never on the GUI thread. It reads decisions, samples and reviews only: no wellbeing data.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.dashboard import documents_folder
from ui.i18n import shown
from ui.locale_format import DASH, formats, person_zone, report_formats, taxonomy_labels
from ui.tasks import Runner
from wellbeing.clock import Clock
from workstation import failures
from workstation.actor import Actor
from workstation.app import Services
from workstation.errors import InvalidInput, WorkstationError
from workstation.models import Role
from workstation.outpaths import write_via
from workstation.qa import QAService, VerdictLabel, report_html

log = logging.getLogger(__name__)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def verdict_namer(labels: dict[str, dict[str, str]]) -> VerdictLabel:
    """``(queue, key) -> label`` in the window's language: the queue's taxonomy gives the English
    label (``QAService.verdict_labels``), ``taxonomy_labels`` its words; a key no taxonomy names (a
    verdict since removed) is shown as the key. Without a queue (the rows by first verdict), the first
    queue naming the key."""
    words = taxonomy_labels()

    def name(queue: str | None, key: str) -> str:
        if queue is not None:
            english = labels.get(queue, {}).get(key)
        else:
            english = next((names[key] for _q, names in sorted(labels.items()) if key in names), None)
        return words.label(english) if english else key

    return name


class QualityView(QWidget):
    """The QA figures by queue, reviewer or first verdict, a queue's confusion matrix, and the PDF."""

    saved = Signal(str)
    failed = Signal(str)

    def __init__(
        self, qa: QAService, actor: Actor, runner: Runner, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("qualityView")
        self._qa, self._actor, self._runner, self._clock = qa, actor, runner, clock
        self.rows: list[dict[str, Any]] = []
        self.rows_by = "queue"
        self.verdict_label: VerdictLabel = verdict_namer({})
        self.last_saved: Path | None = None
        self._loaded_once = False

        self.by = QComboBox()
        self.by.setObjectName("qaBy")
        for label, key in (
            (self.tr("Queue"), "queue"),
            (self.tr("Reviewer (first decision)"), "reviewer"),
            (self.tr("First verdict"), "verdict"),
        ):
            self.by.addItem(label, key)
        self.by.setAccessibleName(self.tr("Group the QA figures by"))
        by_label = QLabel(self.tr("&By"))
        by_label.setBuddy(self.by)  # Alt+B
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setObjectName("qaRefresh")
        self.refresh_button.setAccessibleName(self.tr("Read the QA figures again"))
        self.summary = QLabel()
        self.summary.setObjectName("qaSummary")
        self.summary.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(by_label)
        head.addWidget(self.by)
        head.addWidget(self.refresh_button)
        head.addWidget(self.summary, 1)

        self.table = QTableWidget(0, 0)
        self.table.setObjectName("qaTable")
        self.table.setAccessibleName(self.tr("QA figures"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setAccessibleName(self.tr("Figures"))

        self.confusion_label = QLabel()
        self.confusion_label.setObjectName("qaConfusionLabel")
        self.confusion_label.setWordWrap(True)
        self.confusion = QTableWidget(0, 0)
        self.confusion.setObjectName("qaConfusion")
        self.confusion.setAccessibleName(self.tr("Confusion matrix of the selected queue"))
        self.confusion.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.confusion.setTabKeyNavigation(False)
        self.confusion.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.confusion.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.confusion.horizontalHeader().setAccessibleName(self.tr("The QA reviewer's verdict"))
        self.confusion.verticalHeader().setAccessibleName(self.tr("The first reviewer's verdict"))
        self.confusion.setCornerButtonEnabled(False)  # "select all" means nothing here
        corner = self.confusion.findChild(QAbstractButton)
        if corner is not None:  # still drawn: rows are the first verdict, columns the QA verdict
            corner.setAccessibleName(self.tr("First verdict by QA verdict"))

        self.saved_label = QLabel()
        self.saved_label.setObjectName("qaSaved")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save as &PDF…"))
        self.save_button.setObjectName("qaSavePdf")
        self.save_button.setAccessibleName(self.tr("Save the QA report as PDF"))
        self.save_button.setEnabled(False)
        foot = QHBoxLayout()
        foot.addWidget(self.saved_label, 1)
        foot.addWidget(self.save_button)

        for changing in (self.summary, self.confusion_label, self.saved_label):
            changing.setTextFormat(Qt.TextFormat.PlainText)  # a queue or folder named "<h1>…" is just text
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.confusion_label)
        layout.addWidget(self.confusion, 2)
        layout.addLayout(foot)
        # the order of the work: choose the grouping, read the figures, a queue's matrix, then save
        QWidget.setTabOrder(self.by, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.table)
        QWidget.setTabOrder(self.table, self.confusion)
        QWidget.setTabOrder(self.confusion, self.save_button)

        self.by.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_confusion(row))
        self.save_button.clicked.connect(self.ask_pdf)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the figures the first time the tab is shown (a lead who never opens it costs nothing)."""
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """``QAService.report`` for the chosen grouping, on the runner."""
        self._loaded_once = True
        by = str(self.by.currentData())
        qa, actor = self._qa, self._actor
        self.refresh_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.summary.setText(self.tr("Reading the QA figures…"))

        def failed(error: BaseException) -> None:
            self.refresh_button.setEnabled(True)
            if not isinstance(error, WorkstationError):
                log.error("QA figures not read", exc_info=error)
            self.rows = []  # no figures left on screen (nor saved) that were not read again
            self.table.setRowCount(0)
            self._show_confusion(-1)
            if isinstance(error, WorkstationError):
                message = self.tr("The QA figures could not be read: {error}").format(error=error)
            else:  # a database's refusal or a fault: its text (SQL and all) is for the log
                message = self.tr("The QA figures could not be read; the log has the details.")
            self.summary.setText(message)
            self.failed.emit(message)

        self._runner.submit(lambda: (by, qa.report(actor, by), qa.verdict_labels(actor)), self._show, failed)

    def _show(self, result: tuple[str, list[dict[str, Any]], dict[str, dict[str, str]]]) -> None:
        by, rows, labels = result
        if by != self.by.currentData():
            return  # an older grouping's answer arrived after the person chose another: wait for theirs
        self.refresh_button.setEnabled(True)
        self.rows, self.rows_by = rows, by
        self.verdict_label = verdict_namer(labels)
        headers, cells = self._cells(by, rows)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(cells))
        for r, line in enumerate(cells):
            for c, text in enumerate(line):
                cell = QTableWidgetItem(text)
                if c > 0:
                    cell.setTextAlignment(_RIGHT)
                self.table.setItem(r, c, cell)
        fmt = formats()
        reviewed = sum(int(row.get("n", 0)) for row in rows)
        if rows:
            self.summary.setText(
                self.tr("{n} sampled decisions reviewed twice; a kappa is shown from 30 items.").format(
                    n=fmt.count(reviewed)
                )
            )
        else:
            self.summary.setText(self.tr("No QA review and no golden item yet."))
        self.save_button.setEnabled(True)
        if rows:
            self.table.setCurrentCell(0, 0)
        self._show_confusion(self.table.currentRow())

    def _cells(self, by: str, rows: list[dict[str, Any]]) -> tuple[list[str], list[list[str]]]:
        """Headers and cells from the report's own fields (``_figures``' rounding and ``*_shown``)."""
        fmt = formats()
        first = {
            "queue": self.tr("Queue"),
            "reviewer": self.tr("Reviewer"),
            "verdict": self.tr("First verdict"),
        }
        headers = [
            first[by],
            self.tr("Reviewed twice"),
            self.tr("Agreement"),
            self.tr("Over-enforcement"),
            self.tr("Under-enforcement"),
        ]
        if by == "queue":
            headers += [
                self.tr("Cohen's kappa"),
                self.tr("95 % interval"),
                self.tr("Fleiss' kappa (items)"),
                self.tr("Fleiss' 95 % interval"),
            ]
        if by != "verdict":
            headers.append(self.tr("Golden accuracy (n)"))
        out = []
        for row in rows:
            agreement = row.get("agreement_pct", "")
            line = [
                self.verdict_label(None, str(row[by])) if by == "verdict" else str(row[by]),
                fmt.count(int(row.get("n", 0))),
                fmt.percent(agreement / 100, 1) if agreement != "" else DASH,
                fmt.count(int(row.get("over-enforcement", 0))),
                fmt.count(int(row.get("under-enforcement", 0))),
            ]
            if by == "queue":
                line += [*self._kappa(row, "kappa", "kappa"), *self._kappa(row, "fleiss_kappa", "fleiss")]
                line[-2] = f"{line[-2]} ({fmt.count(int(row.get('fleiss_n', 0)))})"
            if by != "verdict":
                n, pct = int(row.get("golden_n", 0)), row.get("golden_accuracy_pct", "")
                line.append(
                    self.tr("{pct} (n = {n})").format(pct=fmt.percent(pct / 100, 1), n=fmt.count(n))
                    if n and pct != ""
                    else DASH
                )
            out.append(line)
        return headers, out

    def _kappa(self, row: dict[str, Any], value: str, prefix: str) -> list[str]:
        """The kappa and its interval as the report says: a dash where there is none, "not shown below
        30" where the report withholds them (``{prefix}_shown`` False), else the report's figures."""
        shown = row.get(f"{prefix}_shown")
        if shown is None:
            return [DASH, DASH]
        if not shown:
            below = self.tr("not shown below 30")
            return [below, below]
        fmt = formats()
        kappa, low, high = row.get(value, ""), row.get(f"{prefix}_low", ""), row.get(f"{prefix}_high", "")
        text = fmt.number(kappa, 3) if kappa != "" else DASH
        interval = (
            self.tr("{low} to {high}").format(low=fmt.number(low, 3), high=fmt.number(high, 3))
            if low != "" and high != ""
            else DASH
        )
        return [text, interval]

    def _show_confusion(self, index: int) -> None:
        """The selected queue's confusion matrix, the report's (``row["confusion"]``)."""
        self.confusion.clear()
        self.confusion.setRowCount(0)
        self.confusion.setColumnCount(0)
        self.confusion.setVisible(self.rows_by == "queue")  # no empty box (nor Tab stop) otherwise
        if self.rows_by != "queue":
            self.confusion_label.setText(
                self.tr("The confusion matrix is per queue: group by queue to see it.")
            )
            return
        if not 0 <= index < len(self.rows):
            self.confusion_label.setText(self.tr("Select a queue to see its confusion matrix."))
            return
        row = self.rows[index]
        confusion = row.get("confusion") or {}
        labels = list(confusion.get("labels") or [])
        if not labels:
            self.confusion_label.setText(
                self.tr("Queue {queue}: no sampled decision reviewed twice yet.").format(queue=row["queue"])
            )
            return
        self.confusion_label.setText(
            self.tr(
                "Confusion matrix, queue {queue}. Rows: the first reviewer's verdict; "
                "columns: the QA reviewer's verdict."
            ).format(queue=row["queue"])
        )
        fmt = formats()
        names = [self.verdict_label(str(row["queue"]), key) for key in labels]  # the reader's words
        self.confusion.setRowCount(len(labels))
        self.confusion.setColumnCount(len(labels))
        self.confusion.setHorizontalHeaderLabels(names)
        self.confusion.setVerticalHeaderLabels(names)
        for r, line in enumerate(confusion["matrix"]):
            for c, count in enumerate(line):
                cell = QTableWidgetItem(fmt.count(int(count)))
                cell.setTextAlignment(_RIGHT)
                self.confusion.setItem(r, c, cell)

    # -- saving ------------------------------------------------------------------------------------

    def ask_pdf(self) -> None:
        start = str(documents_folder() / f"qa-report-by-{self.rows_by}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the QA report as PDF"), start, "PDF (*.pdf)"
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> bool:
        """The PDF ``qa report --format pdf`` writes, of the rows on screen, in the person's language,
        digits, time zone and verdict labels (right to left in Arabic); audited. True when saved."""
        from ui.launch import frontend

        by, rows = self.rows_by, self.rows
        html = report_html(
            rows,
            by,
            self._clock.now(),
            report_formats(),
            zone=person_zone(),
            verdict_label=self.verdict_label,
        )
        title = self.tr("QA report")
        writer = frontend().write_html_pdf
        try:
            write_via(
                path,
                lambda part: writer(html, part, title=title, landscape=True),
                what="PDF report",
            )
        except (InvalidInput, OSError) as error:
            reason = shown(error) if isinstance(error, InvalidInput) else failures.explain_os_error(error)
            message = self.tr("The QA report was not saved: {reason}.").format(reason=reason)
            self.saved_label.setText(message)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("QA report not saved"), message, parent=self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): says why without blocking the event loop
            return False
        self.last_saved = path
        qa, actor, name = self._qa, self._actor, path.name

        def not_noted(error: BaseException) -> None:  # the file is saved; its audit record is not
            log.error("the saved QA report was not audited", exc_info=error)
            message = self.tr("The QA report was saved, but its audit record failed: {error}")
            self.failed.emit(message.format(error=error))

        self._runner.submit(
            lambda: qa.note_saved(actor, by, len(rows), name, "pdf"), lambda _r: None, not_noted
        )
        message = self.tr("Saved the QA report as PDF to {path}.").format(path=path)
        self.saved_label.setText(message)
        self.saved.emit(message)
        return True


def add_quality_tab(
    window: QMainWindow, services: Services, actor: Actor, runner: Runner
) -> QualityView | None:
    """Give a lead's or admin's dashboard window a "Quality" tab (nobody else: wellbeing staff and
    reviewers never get it). A window without tabs gets them: "Exposure" (what it showed) and "Quality"."""
    if not actor.has(Role.LEAD, Role.ADMIN):
        return None
    view = QualityView(services.qa, actor, runner, services.clock)
    tabs = window.centralWidget()
    if not isinstance(tabs, QTabWidget):
        shown = window.takeCentralWidget()
        assert shown is not None, "the dashboard window has its dashboard"
        tabs = QTabWidget()
        tabs.setObjectName("leadTabs")
        tabs.addTab(shown, QCoreApplication.translate("QualityView", "Exposure"))
        window.setCentralWidget(tabs)
    tabs.addTab(view, QCoreApplication.translate("QualityView", "Quality"))
    view.saved.connect(lambda message: window.statusBar().showMessage(message, 30000))
    view.failed.connect(lambda message: window.statusBar().showMessage(message, 15000))
    return view

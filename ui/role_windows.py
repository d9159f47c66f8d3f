"""The start windows of users who do not review: wellbeing staff, leads and admins.

``ui.main.start_window`` picks one by role: a reviewer gets the reviewer window; wellbeing staff and
leads get :class:`DashboardWindow` (the exposure dashboard; the report service decides what each
may see: individuals for wellbeing staff, aggregates of at least five people for anyone else;
wellbeing staff also get the "Needs attention" tab and a person's page from every chart and list);
leads and admins also get "Export decisions…"; an admin without those roles gets
:class:`AdminWindow`, which explains the command-line admin commands and shows the queues.
No rule lives here: the services check every role again.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.attention_view import AttentionView, PersonPageDialog
from ui.correction_dialog import CorrectionDialog
from ui.dashboard import ExposureDashboard
from ui.i18n import QT_TRANSLATE_NOOP, shown
from ui.locale_format import formats
from ui.operations import OperationsWindow
from ui.policy_editor import PolicyEditor
from ui.qa_view import add_quality_tab
from ui.report_export import ExportRun, start_decision_export
from ui.tasks import Runner
from workstation.actor import Actor
from workstation.app import Services
from workstation.errors import WorkstationError
from workstation.models import Role

log = logging.getLogger(__name__)

# No backslash after the opening quotes: lupdate would keep the newline Python drops, and the
# catalogue's text would never match the one shown.
ADMIN_HELP = QT_TRANSLATE_NOOP(
    "RoleWindows",
    """<p>Administration is done with the <code>workstation</code> command, not in a window, so every
change is scripted, logged and repeatable. As <b>{user}</b>:</p>
<table cellspacing="6">
<tr><td><code>workstation users add NAME --role reviewer --team TEAM</code></td>
    <td>add a user; repeat <code>--role</code> for several (reviewer, wellbeing, lead, admin)</td></tr>
<tr><td><code>workstation users list</code></td><td>users, teams and roles</td></tr>
<tr><td><code>workstation users grant NAME QUEUE</code></td>
    <td>let a reviewer open a restricted queue</td></tr>
<tr><td><code>workstation queues add NAME --tier 1-4 [--restricted]</code></td>
    <td>add a review queue with its severity tier (and <code>--taxonomy</code> for its verdicts)</td></tr>
<tr><td><code>workstation queues list</code></td><td>queues with item counts by status</td></tr>
<tr><td><code>workstation import PATH… --queue NAME</code></td>
    <td>import escalations: media files, folders or manifests (.jsonl, .csv)</td></tr>
<tr><td><code>workstation export decisions --format csv --out FILE</code></td>
    <td>the decision log (also "Export decisions…" in the menu)</td></tr>
<tr><td><code>workstation audit verify [FILE]</code></td><td>check the decision log was not altered</td></tr>
<tr><td><code>workstation db upgrade</code></td><td>create or upgrade the database schema</td></tr>
</table>
<p><code>workstation --help</code> and <code>workstation COMMAND --help</code> list every option.</p>
""",
)


def _signed_in(actor: Actor) -> QLabel:
    label = QLabel(
        QCoreApplication.translate("RoleWindows", "Signed in as {name}").format(name=actor.display_name)
    )
    label.setAccessibleName(QCoreApplication.translate("RoleWindows", "Signed in user"))
    roles = ", ".join(sorted(r.value for r in actor.roles)) or QCoreApplication.translate(
        "RoleWindows", "none"
    )
    label.setToolTip(QCoreApplication.translate("RoleWindows", "Roles: {roles}").format(roles=roles))
    return label


class DecisionExportAction(QAction):
    """ "Export decisions…": asks where, then streams the export behind a progress dialog."""

    def __init__(self, parent: QMainWindow, services: Services, actor: Actor) -> None:
        super().__init__(QCoreApplication.translate("RoleWindows", "Export decisions…"), parent)
        self.setObjectName("exportDecisionsAction")
        self._window = parent
        self._exports = services.decision_exports()
        self._actor = actor
        self.run: ExportRun | None = None
        self.triggered.connect(self.ask)

    def ask(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("RoleWindows", "Export decisions"),
            "decisions.csv",
            "CSV (*.csv);;JSON Lines (*.jsonl)",
        )
        if path:
            self.export(Path(path), "jsonl" if "jsonl" in chosen or path.endswith(".jsonl") else "csv")

    def export(self, path: Path, fmt: str) -> ExportRun:
        run = start_decision_export(self._window, self._exports, self._actor, path, fmt)
        bar = self._window.statusBar()
        run.finished.connect(lambda _result: bar.showMessage(run.message.capitalize(), 15000))
        run.failed.connect(
            lambda message, _cancelled: bar.showMessage(
                QCoreApplication.translate("RoleWindows", "Export stopped: {reason}").format(
                    reason=shown(message)
                ),
                15000,
            )
        )
        self.run = run
        return run

    def wait(self) -> None:
        if self.run is not None:
            self.run.wait(10000)


class DashboardWindow(QMainWindow):
    """The exposure dashboard as a window of its own (wellbeing staff and leads start here)."""

    def __init__(
        self, services: Services, actor: Actor, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)  # its own window, closed with the parent
        self.setObjectName("dashboardWindow")
        self.setWindowTitle(
            self.tr("Exposure dashboard (wellbeing) — Reviewer Workstation")
            if actor.has(Role.WELLBEING)
            else self.tr("Exposure dashboard (aggregates only) — Reviewer Workstation")
        )
        reports = services.exposure_reports()
        self.dashboard = ExposureDashboard(reports, actor, services.clock, runner)
        self._actor, self._runner = actor, runner
        self.attention: AttentionView | None = None
        self.person_pages: dict[str, PersonPageDialog] = {}
        if actor.has(Role.WELLBEING):
            self._care = services.wellbeing_attention()
            self.attention = AttentionView(self._care, actor, runner)
            self.attention.personRequested.connect(self.open_person)
            self.dashboard.personRequested.connect(self.open_person)
            self.tabs = QTabWidget()
            self.tabs.setObjectName("wellbeingTabs")
            self.tabs.addTab(self.attention, self.tr("Needs attention"))
            self.tabs.addTab(self.dashboard, self.tr("Exposure"))
            self.setCentralWidget(self.tabs)
        else:
            self.setCentralWidget(self.dashboard)
        self.export_action: DecisionExportAction | None = None
        menu = QMenu(self.tr("&Reports"), self)
        self.menuBar().addMenu(menu)
        refresh = QAction(self.tr("Show the report again"), self)
        refresh.triggered.connect(self.dashboard.refresh)
        menu.addAction(refresh)
        if actor.has(Role.LEAD, Role.ADMIN):
            self.export_action = DecisionExportAction(self, services, actor)
            menu.addAction(self.export_action)
            correct = QAction(self.tr("Correct or appeal a decision…"), self)
            correct.setObjectName("correctDecisionAction")
            correct.triggered.connect(lambda: self.open_corrections(services, actor))
            menu.addAction(correct)
        self.correction_dialog: CorrectionDialog | None = None
        self.policy_editor: PolicyEditor | None = None
        if actor.has(Role.WELLBEING):  # the policy is wellbeing staff's (workstation/policy_store.py)
            policy = QAction(self.tr("Wellbeing policy…"), self)
            policy.setObjectName("openPolicyEditor")
            policy.triggered.connect(lambda: self._open_policy(services, actor, runner))
            menu.addAction(policy)
            self.policy_action = policy
        self.operations_window: OperationsWindow | None = None
        if actor.has(Role.LEAD, Role.ADMIN):  # SLA operations and the daily report (docs/operations-sla.md)
            operations = QAction(self.tr("Operations (SLA, daily report)…"), self)
            operations.setObjectName("operationsAction")
            operations.setShortcut("Ctrl+O")
            operations.triggered.connect(lambda: self.open_operations(services, actor, runner))
            menu.addAction(operations)
        self.admin_window: AdminWindow | None = None
        if actor.has(Role.ADMIN):
            admin = QAction(self.tr("Administration…"), self)
            admin.triggered.connect(lambda: self._open_admin(services, actor))
            menu.addAction(admin)
        self.quality = add_quality_tab(self, services, actor, runner)  # leads, admins (ui/qa_view.py)
        self.statusBar().addPermanentWidget(_signed_in(actor))
        self.dashboard.failed.connect(lambda message: self.statusBar().showMessage(message, 15000))
        self.dashboard.saved.connect(lambda message: self.statusBar().showMessage(message, 30000))
        self.resize(1280, 800)
        self.dashboard.start_at_first_data()  # from the first recorded data to today, at once
        if self.attention is not None:
            self.attention.refresh()

    def open_person(self, username: str) -> PersonPageDialog:
        """A person's page (wellbeing staff only; the service checks again); one window per person."""
        page = self.person_pages.get(username)
        if page is None:
            page = PersonPageDialog(self._care, self._actor, self._runner, username, self)
            page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            page.destroyed.connect(lambda _obj=None, name=username: self.person_pages.pop(name, None))
            if self.attention is not None:
                page.acknowledged.connect(lambda _name: self.attention.refresh() if self.attention else None)
            self.person_pages[username] = page
        page.show()
        page.raise_()
        page.activateWindow()
        return page

    def _open_policy(self, services: Services, actor: Actor, runner: Runner) -> None:
        if self.policy_editor is None:
            self.policy_editor = PolicyEditor(services.wellbeing_policies, actor, runner, self)
        self.policy_editor.show()
        self.policy_editor.raise_()

    def open_corrections(self, services: Services, actor: Actor) -> CorrectionDialog:
        if self.correction_dialog is None:
            self.correction_dialog = CorrectionDialog(services, actor, self._runner, self)
        self.correction_dialog.show()
        return self.correction_dialog

    def open_operations(self, services: Services, actor: Actor, runner: Runner) -> OperationsWindow:
        if self.operations_window is None:
            self.operations_window = OperationsWindow(services, actor, runner, self)
            self.operations_window.refresh()
        self.operations_window.show()
        self.operations_window.raise_()
        return self.operations_window

    def _open_admin(self, services: Services, actor: Actor) -> None:
        if self.admin_window is None:
            self.admin_window = AdminWindow(services, actor, self._runner, self)
        self.admin_window.show()
        self.admin_window.raise_()


class AdminWindow(QMainWindow):
    """What an admin can do here: how to use the admin commands, and the queues as they stand."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("RoleWindows", "queue"),
        QT_TRANSLATE_NOOP("RoleWindows", "tier"),
        QT_TRANSLATE_NOOP("RoleWindows", "restricted"),
        QT_TRANSLATE_NOOP("RoleWindows", "pending"),
        QT_TRANSLATE_NOOP("RoleWindows", "escalated"),
        QT_TRANSLATE_NOOP("RoleWindows", "decided"),
    )

    def __init__(
        self, services: Services, actor: Actor, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("adminWindow")
        self._runner = runner
        self.setWindowTitle(self.tr("Administration — Reviewer Workstation"))
        self._services = services
        intro = QLabel(QCoreApplication.translate("RoleWindows", ADMIN_HELP).format(user=actor.username))
        intro.setObjectName("adminHelp")
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("queueCounts")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RoleWindows", c) for c in self.COLUMNS]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        self.refresh_button = refresh
        head = QHBoxLayout()
        head.addWidget(QLabel("<b>{}</b>".format(self.tr("Queues"))))
        head.addWidget(self.summary, 1)
        head.addWidget(refresh)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(intro)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(body)
        self.export_action = DecisionExportAction(self, services, actor)
        menu = QMenu(self.tr("&Reports"), self)
        menu.addAction(self.export_action)
        self.menuBar().addMenu(menu)
        self.statusBar().addPermanentWidget(_signed_in(actor))
        self.resize(1100, 720)
        self.refresh()

    def refresh(self) -> None:
        """Queue counts, read on the runner (the window never waits on the database)."""
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Loading the queues…"))
        directory = self._services.directory

        def failed(error: BaseException) -> None:
            self.refresh_button.setEnabled(True)
            if not isinstance(error, WorkstationError):
                log.error("queue counts not read", exc_info=error)
            self.summary.setText(self.tr("The queues could not be read: {error}").format(error=shown(error)))

        self._runner.submit(directory.list_queues, self._show_queues, failed)

    def _show_queues(self, queues: list[Any]) -> None:
        self.refresh_button.setEnabled(True)
        self.table.setRowCount(len(queues))
        fmt = formats()  # the counts in the person's digits (Arabic-Indic in Arabic)
        for row, q in enumerate(queues):
            cells = (
                q.name,
                fmt.count(q.severity_tier),
                self.tr("yes") if q.restricted else "",
                *(fmt.count(q.counts.get(status, 0)) for status in ("pending", "escalated", "decided")),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (1, 3, 4, 5):  # numbers to the right
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                elif column == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, cell)
        pending = sum(q.counts.get("pending", 0) for q in queues)
        self.summary.setText(
            self.tr("{queues} queues, {pending} items pending").format(
                queues=formats().count(len(queues)), pending=formats().count(pending)
            )
        )

    def queue_rows(self) -> list[list[str]]:
        rows = []
        for r in range(self.table.rowCount()):
            cells = (self.table.item(r, c) for c in range(self.table.columnCount()))
            rows.append([cell.text() if cell is not None else "" for cell in cells])
        return rows


class NoRoleWindow(QMainWindow):
    """A signed-in user with no role: say so, and who can help."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noRoleWindow")
        self.setWindowTitle(self.tr("Reviewer Workstation"))
        text = QLabel(
            self.tr(
                "{name} ({user}) has no role on this workstation yet, so there is "
                "nothing to open. Ask an admin to give you one: reviewer, wellbeing, lead or admin."
            ).format(name=actor.display_name, user=actor.username)
        )
        text.setWordWrap(True)
        text.setMargin(24)
        self.setCentralWidget(text)
        self.resize(720, 240)

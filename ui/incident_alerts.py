"""What a lead on incident duty sees and hears when the alert ladder reaches them
(docs/escalations-and-incidents.md).

Only leads get this (``ui.main`` installs it for the lead role, never for a reviewer, so reviewers'
windows stay calm). Every ``interval`` the open incidents and the duty list are read on the runner;
``workstation.incidents.IncidentWatch`` says which leads the ladder has reached. When it reaches this
lead: a persistent banner at the top of the window (it stays until the incident is acknowledged), a
system-tray notification where a tray exists (otherwise the window asks the desktop for attention,
``QApplication.alert``), and a sound. ``A`` acknowledges the incident the banner shows first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import shown
from ui.locale_format import formats
from ui.tasks import Runner, timers
from workstation.actor import Actor
from workstation.app import Services
from workstation.errors import ConfigError, WorkstationError
from workstation.incidents import (
    Alert,
    IncidentPolicy,
    IncidentView,
    IncidentWatch,
    ladder,
    load_policy,
    policy_from_toml,
)

log = logging.getLogger(__name__)
REFRESH_MS = 15_000


class IncidentBanner(QFrame):
    """The persistent banner: the incidents waiting for this lead's acknowledgement, most severe first."""

    acknowledgeRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentBanner")
        self.setAccessibleName(self.tr("Incident alert"))
        self.setStyleSheet(
            "#incidentBanner { background: #7a1010; border: 2px solid #ff5a4f; border-radius: 4px; }"
            "#incidentBanner QLabel { color: #ffffff; font-weight: bold; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("Incident alert text"))
        row.addWidget(self.text, 1)
        self.ack_button = QPushButton(self.tr("A   Acknowledge"))
        self.ack_button.setAccessibleName(self.tr("Acknowledge the incident"))
        self.ack_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ack_button.clicked.connect(self._ack)
        row.addWidget(self.ack_button)
        self.incidents: tuple[IncidentView, ...] = ()
        self.hide()

    def _ack(self) -> None:
        if self.incidents:
            self.acknowledgeRequested.emit(self.incidents[0].id)

    def show_incidents(
        self, incidents: Sequence[IncidentView], now: datetime, policy: IncidentPolicy
    ) -> None:
        self.incidents = tuple(sorted(incidents, key=lambda i: (i.severity, i.opened_at)))
        if not self.incidents:
            self.hide()
            return
        first = self.incidents[0]
        waited = int((now - first.opened_at).total_seconds() // 60)
        target = int(policy.acknowledge[first.severity].total_seconds() // 60)
        more = (
            self.tr("  (+{count} more)").format(count=formats().count(len(self.incidents) - 1))
            if len(self.incidents) > 1
            else ""
        )
        self.text.setText(
            self.tr(
                "INCIDENT {severity}: {category} — item {item} ({queue}), opened by {who} {waited} min ago; "
                "acknowledge within {target} min. Press A to acknowledge.{more}"
            ).format(
                severity=first.severity,
                category=first.category,
                item=first.item_ref or "-",
                queue=first.queue or self.tr("no queue"),
                who=first.opened_by,
                waited=formats().count(waited),
                target=formats().count(target),
                more=more,
            )
        )
        self.show()


def _beep() -> None:
    QApplication.beep()


class LeadAlerts(QObject):
    """The lead's alerting: polls, runs the ladder, shows the banner, notifies and sounds."""

    changed = Signal()

    def __init__(
        self,
        window: QMainWindow,
        banner_host: Callable[[IncidentBanner], None],
        services: Services,
        actor: Actor,
        runner: Runner,
        *,
        sound: Callable[[], None] = _beep,
        policy: IncidentPolicy | None = None,
        interval_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._actor = actor
        self._runner = runner
        self._sound = sound
        try:
            self.policy = policy or load_policy()
        except ConfigError as error:  # a broken local file must not silence the alerts
            log.error("the incidents configuration cannot be used, the shipped targets apply: %s", error)
            self.policy = policy_from_toml("", source="the shipped defaults")
        self.banner = IncidentBanner()
        banner_host(self.banner)
        self.banner.acknowledgeRequested.connect(self.acknowledge)
        self.mine: list[Alert] = []  # the alerts that reached this lead (tray + sound), in order
        self._watch = IncidentWatch(self.policy, self._on_alert)
        self._shortcut = QShortcut(QKeySequence("A"), window)
        self._shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._shortcut.activated.connect(lambda: self.banner._ack())
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Reviewer Workstation: incidents"))
            self.tray.show()
        self.timer = timers().timer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def refresh(self) -> None:
        services, actor = self._services, self._actor

        def fetch() -> tuple[list[IncidentView], list[str], datetime]:
            return (
                services.incidents.list(actor, open_only=True),
                services.incidents.duty(),
                services.clock.now(),
            )

        self._runner.submit(fetch, self._apply, self._failed)

    def _failed(self, error: BaseException) -> None:
        log.warning("incident alerts could not be refreshed: %s", error)

    def _apply(self, result: tuple[list[IncidentView], list[str], datetime]) -> None:
        incidents, duty, now = result
        self._watch.tick(incidents, duty, now)
        me = self._actor.username
        waiting = [
            i
            for i in incidents
            if i.acknowledged_at is None
            and me
            in ladder(
                severity=i.severity, opened_at=i.opened_at, duty=duty, policy=self.policy, now=now
            ).alerted
        ]
        self.banner.show_incidents(waiting, now, self.policy)
        self.changed.emit()

    def _on_alert(self, alert: Alert) -> None:
        if alert.lead != self._actor.username:
            return
        self.mine.append(alert)
        i = alert.incident
        title = self.tr("Incident {severity}: {category}").format(severity=i.severity, category=i.category)
        body = self.tr("Item {item} opened by {who}.").format(item=i.item_ref or "-", who=i.opened_by) + (
            self.tr(" It was not acknowledged in time: you are next on the duty list.") if alert.rung else ""
        )
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Critical, 0)
        else:  # no tray (a bare X server, some Wayland desktops): ask the desktop for attention
            QApplication.alert(self._window, 0)
        self._sound()

    def acknowledge(self, incident_id: int) -> None:
        services, actor = self._services, self._actor

        def work() -> IncidentView:
            return services.incidents.record(actor, incident_id, "acknowledged")

        def done(view: IncidentView) -> None:
            self._window.statusBar().showMessage(
                self.tr("Incident {id} acknowledged by {who}.").format(id=view.id, who=view.acknowledged_by),
                10000,
            )
            self.refresh()

        def failed(error: BaseException) -> None:
            text = (
                shown(error)
                if isinstance(error, WorkstationError)
                else self.tr("the database did not answer")
            )
            self._window.statusBar().showMessage(
                self.tr("Could not acknowledge incident {id}: {reason}").format(id=incident_id, reason=text),
                15000,
            )
            self.refresh()

        self._runner.submit(work, done, failed)


def banner_on_top(window: QMainWindow) -> Callable[[IncidentBanner], None]:
    """Host the banner above a window's central widget (the dashboard windows)."""

    def host(banner: IncidentBanner) -> None:
        central = window.takeCentralWidget()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(banner)
        if central is not None:
            column.addWidget(central, 1)
        window.setCentralWidget(box)

    return host

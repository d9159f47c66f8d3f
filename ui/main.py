"""Open the start window: ``workstation`` and ``workstation demo`` call :func:`run_window`.

:func:`start_window` picks the window by role and wires it (tests call it without ``exec()``):

- **reviewer** (whatever else they hold): the reviewer window, with the wellbeing features, the
  outbox status (sync every few seconds off the GUI thread; offline state, count and conflicts in
  the status bar), still images decoded in a :class:`~workstation.decode_sandbox.DecoderPool` the window
  owns, and menu entries "My wellbeing", plus "Exposure dashboard" for wellbeing staff and leads and
  "Export decisions…" for leads and admins;
- **wellbeing** or **lead**: the exposure dashboard (the service shows a lead aggregates only);
  leads and admins also get "Export decisions…";
- **admin** only: a window explaining the command-line admin commands, with the queue counts;
- no role: a window that says so (never a traceback).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workstation.actor import Actor
from workstation.app import Services
from workstation.models import Role

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from ui.prefs import Preferences
    from ui.render import ImageLoader
    from ui.tasks import Runner
    from ui.wellbeing_ui import WellbeingUi
    from ui.window import ReviewerWindow
    from workstation.decode_sandbox import IsolatedVideo

log = logging.getLogger(__name__)

REVIEWER, DASHBOARD, ADMIN, NO_ROLE = "reviewer", "dashboard", "admin", "none"


def window_kind(actor: Actor) -> str:
    """Which start window a user gets (the services check every role again)."""
    if actor.has(Role.REVIEWER):
        return REVIEWER
    if actor.has(Role.WELLBEING, Role.LEAD):
        return DASHBOARD
    if actor.has(Role.ADMIN):
        return ADMIN
    return NO_ROLE


@dataclass
class Started:
    """The start window and what must be stopped, in order, when it is closed."""

    kind: str
    window: QMainWindow
    reviewer: ReviewerWindow | None = None
    wellbeing: WellbeingUi | None = None
    outbox: Any = None  # ui.outbox_status.OutboxStatus for the reviewer window
    lead_alerts: Any = None  # ui.incident_alerts.LeadAlerts: leads only (issue 15)
    extra_windows: dict[str, QMainWindow] = field(default_factory=dict)
    _closers: list[Callable[[], None]] = field(default_factory=list)
    _done: bool = False

    def shutdown(self) -> None:
        """Flush and stop everything (after the event loop, or at the end of a test). Idempotent."""
        if self._done:
            return
        self._done = True
        for close in self._closers:
            close()


def start_window(
    services: Services,
    actor: Actor,
    app: QApplication,
    *,
    runner_factory: Callable[[str], Runner] | None = None,
    image_loader: ImageLoader | None = None,
    prefs: Preferences | None = None,
    start_jobs: bool = True,
) -> Started:
    """Build the start window for ``actor`` (not shown). ``runner_factory(name)`` makes the worker
    runners (tests pass immediate ones); ``image_loader`` replaces decoding in a ``DecoderPool``
    (tests decode in-process); ``prefs`` replaces the user's QSettings; ``start_jobs=False`` leaves
    the timers and schedulers stopped."""
    from ui.tasks import TaskRunner

    def make_runner(name: str) -> Runner:
        return runner_factory(name) if runner_factory is not None else TaskRunner(1, name=name)

    services.outbox_sync.sign_in(actor)  # the outbox replays only this person's work (invariant 7)
    kind = window_kind(actor)
    if kind == REVIEWER:
        wellbeing_runner = runner_factory("wellbeing") if runner_factory is not None else None
        return _start_reviewer(
            services, actor, app, make_runner, image_loader, prefs, wellbeing_runner, start_jobs
        )
    from ui.role_windows import AdminWindow, DashboardWindow, NoRoleWindow

    window: QMainWindow
    closers: list[Callable[[], None]] = []
    if kind == DASHBOARD:
        runner = make_runner("reports")
        dashboard = DashboardWindow(services, actor, runner)
        window = dashboard

        def stop_dashboard() -> None:
            if dashboard.export_action is not None:
                dashboard.export_action.wait()
            runner.wait(10000)

        closers.append(stop_dashboard)
        if actor.has(Role.LEAD):
            from ui.incident_alerts import banner_on_top

            alerts, stop_alerts = _lead_alerts(
                dashboard, banner_on_top(dashboard), services, actor, make_runner, start_jobs
            )
            closers.insert(0, stop_alerts)
            return Started(kind, window, lead_alerts=alerts, _closers=closers)
    elif kind == ADMIN:
        admin_runner = make_runner("admin")
        admin = AdminWindow(services, actor, admin_runner)
        window = admin
        closers.append(admin.export_action.wait)

        def stop_admin() -> None:
            admin_runner.wait(10000)

        closers.append(stop_admin)
    else:
        window = NoRoleWindow(actor)
    return Started(kind, window, _closers=closers)


def _start_reviewer(
    services: Services,
    actor: Actor,
    app: QApplication,
    make_runner: Callable[[str], Runner],
    image_loader: ImageLoader | None,
    prefs: Preferences | None,
    wellbeing_runner: Runner | None,
    start_jobs: bool,
) -> Started:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QAction

    from ui.outbox_status import OutboxStatus
    from ui.prefs import Preferences
    from ui.render import pool_loader
    from ui.role_windows import DashboardWindow, DecisionExportAction
    from ui.wellbeing_ui import install_wellbeing
    from ui.window import ReviewerWindow, Runners
    from wellbeing.exposure import ExposureMeter

    closers: list[Callable[[], None]] = []
    prefs = prefs or Preferences(QSettings(), actor.username)
    policy = services.wellbeing.policy  # the organisation's policy, as the claim gate uses
    meter = ExposureMeter(policy, services.clock)
    runners = Runners(
        db=make_runner("database"),
        media=make_runner("media"),
        prefetch=make_runner("prefetch"),
        history=make_runner("history"),
    )
    pool = None
    video: IsolatedVideo | None = None
    if image_loader is None:
        # Untrusted media decodes in worker processes with memory and time limits (docs/operations.md,
        # "Untrusted media isolation"): stills in two, videos (storyboards, stills, playback) in one
        # of their own.
        from workstation.decode_sandbox import DecoderPool, IsolatedVideo

        pool = DecoderPool(size=2)
        image_loader = pool_loader(pool)
        video = IsolatedVideo()
    window = ReviewerWindow(
        services,
        actor,
        prefs,
        runners,
        meter=meter,
        idle_seconds=policy.idle_seconds,
        app=app,
        image_loader=image_loader,
        video_source=video,
    )
    if pool is not None and video is not None and start_jobs:
        warm, warm_video, warm_sound = pool, video.pool, video.audio_pool
        for runner in (runners.media, runners.prefetch):  # start both decoders before the first item
            runner.submit(lambda: warm.run(os.getpid), lambda _pid: None, lambda _error: None)
        # and the video and sound workers, so neither a first storyboard nor a first unmute waits
        # for a process to start (measured: a sound worker started mid-playback cost a frame)
        runners.prefetch.submit(lambda: warm_video.run(os.getpid), lambda _pid: None, lambda _error: None)
        runners.prefetch.submit(lambda: warm_sound.run(os.getpid), lambda _pid: None, lambda _error: None)
    wellbeing = install_wellbeing(
        window, services, actor, meter, app=app, runner=wellbeing_runner, start=start_jobs
    )
    outbox_runner = make_runner("outbox")
    outbox = OutboxStatus(services.outbox_sync, outbox_runner)
    outbox.bind(window)
    if start_jobs:
        outbox.start()

    started = Started(REVIEWER, window, reviewer=window, wellbeing=wellbeing, outbox=outbox)
    menu = window.menuBar().addMenu(QCoreApplication.translate("ReviewerWindow", "&Wellbeing"))
    wellbeing.own_view_action.setText(QCoreApplication.translate("ReviewerWindow", "My wellbeing"))
    menu.addAction(wellbeing.own_view_action)
    menu.addAction(wellbeing.affected_action)
    menu.addAction(wellbeing.screening_action)
    menu.addAction(wellbeing.break_action)
    if actor.has(Role.WELLBEING, Role.LEAD):
        reports_runner = make_runner("reports")

        def open_dashboard() -> None:
            shown = started.extra_windows.get(DASHBOARD)
            if shown is None:
                shown = started.extra_windows[DASHBOARD] = DashboardWindow(
                    services, actor, reports_runner, window
                )
            shown.show()
            shown.raise_()

        dashboard_action = QAction(QCoreApplication.translate("ReviewerWindow", "Exposure dashboard"), window)
        dashboard_action.setObjectName("exposureDashboardAction")
        dashboard_action.triggered.connect(open_dashboard)
        menu.addAction(dashboard_action)
        closers.append(lambda: _wait(reports_runner))
    if actor.has(Role.LEAD):  # leads only: a reviewer's window never alerts (issue 15)
        from ui.notices import PRIORITY_PROBLEM

        started.lead_alerts, stop_alerts = _lead_alerts(
            window,
            lambda banner: window.notice_add(banner, PRIORITY_PROBLEM),
            services,
            actor,
            make_runner,
            start_jobs,
        )
        closers.append(stop_alerts)
    if actor.has(Role.LEAD, Role.ADMIN):
        export = DecisionExportAction(window, services, actor)
        window.menuBar().addMenu(QCoreApplication.translate("ReviewerWindow", "&Reports")).addAction(export)
        closers.append(export.wait)

    def stop() -> None:
        outbox.stop()
        wellbeing.shutdown()  # the last spans are written before the services close
        window.shutdown()
        for runner in (runners.db, runners.media, runners.prefetch, runners.history, outbox_runner):
            if runner is not None:
                runner.wait(5000)
        if pool is not None:
            pool.close()
        if video is not None:
            video.close()

    closers.insert(0, stop)
    started._closers = closers
    return started


def _lead_alerts(
    window: QMainWindow,
    host: Callable[[Any], None],
    services: Services,
    actor: Actor,
    make_runner: Callable[[str], Runner],
    start_jobs: bool,
) -> tuple[Any, Callable[[], None]]:
    """A lead's incident banner, tray notification and sound (``ui.incident_alerts``), and its closer."""
    from ui.incident_alerts import LeadAlerts

    runner = make_runner("incidents")
    alerts = LeadAlerts(window, host, services, actor, runner)
    if start_jobs:
        alerts.start()

    def stop() -> None:
        alerts.stop()
        runner.wait(5000)

    return alerts, stop


def _wait(runner: Runner) -> None:
    runner.wait(10000)


def run_window(services: Services, actor: Actor) -> int:
    """Create the QApplication if none, apply the theme, show the start window, run the event loop."""
    from PySide6.QtCore import QSettings

    from ui.application import application
    from ui.prefs import Preferences
    from ui.theme import apply_theme, theme_for

    app = application()
    apply_theme(app, theme_for(Preferences(QSettings(), actor.username).chosen_theme, app))
    started = start_window(services, actor, app)
    started.window.show()
    started.window.activateWindow()  # keyboard first: the keys work at once, even without a window manager
    try:
        code = app.exec()
    finally:
        started.shutdown()
    return int(code)

"""Puts the wellbeing features into the reviewer window through its public hooks only.

``install_wellbeing(window, services, actor, meter)`` builds the :class:`WellbeingController` and
wires it to: the exposure meter in the status bar (``status_bar_add``), calm banners above the
work area (soft break prompt, rotation suggestion, locked queues, a check-in after a break), the
break screen (``hide_all_media`` / ``restore_media`` / ``set_decisions_blocked``), the "This
affected me" action (Ctrl+Shift+A and a status-bar button), "Take a break now" (Ctrl+Shift+B and a
status-bar button), the reviewer's own view (Ctrl+Shift+W
or a click on the meter), and the window's ``itemChanged`` signal (spans are flushed, rotation
checked). The queue chooser, when the window has one (``queue_box``), marks locked queues.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.locale_format import formats
from ui.notices import PRIORITY_BREAK, PRIORITY_CHECKIN, PRIORITY_LOCKED, PRIORITY_ROTATION, FittingButton
from ui.screening_dialog import ScreeningDialog
from ui.tasks import Runner
from ui.wellbeing_break import BreakHost, BreakScreen, CalmBanner, SoftPromptBanner, local_hhmm
from ui.wellbeing_checkin import CheckInPanel
from ui.wellbeing_controller import (
    POLICY_REFRESH_SECONDS,
    BreakSession,
    WellbeingController,
    WellbeingServices,
)
from ui.wellbeing_meter import ExposureMeterWidget
from ui.wellbeing_view import OwnWellbeingView
from ui.window import QUEUE_BASE_TEXT_ROLE
from wellbeing.breaks import BreakAdvice, BreakPlanner
from wellbeing.exposure import ExposureMeter
from workstation.actor import Actor

log = logging.getLogger(__name__)

AFFECTED_KEY = "Ctrl+Shift+A"
BREAK_KEY = "Ctrl+Shift+B"
OWN_VIEW_KEY = "Ctrl+Shift+W"
_BASE_TEXT_ROLE = QUEUE_BASE_TEXT_ROLE  # the entry's own text, kept by the window too


class WellbeingHost(BreakHost, Protocol):
    """The window hooks used here, beyond ``QMainWindow`` itself."""

    itemChanged: Any  # a Qt signal carrying the open item or None

    def status_bar_add(self, widget: QWidget) -> None: ...


class WellbeingUi(QObject):
    """The widgets of the wellbeing features and their wiring to one controller."""

    def __init__(
        self,
        window: QMainWindow,
        hooks: WellbeingHost,
        controller: WellbeingController,
        *,
        queues: Sequence[tuple[str, int]] = (),
        app: QApplication | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.hooks = hooks
        self.controller = controller
        self.queues = list(queues)
        self._closed = False
        c = controller

        # Status bar: the meter and the "This affected me" button.
        self.meter = ExposureMeterWidget(c.method_text())
        # Each button's shorter words when the status bar is crowded (150 % font, a long language:
        # docs/accessibility.md); the accessible name and tooltip say the whole action.
        self.affected_button = FittingButton(self.tr("This affected me"), self.tr("Affected me"))
        self.affected_button.setObjectName("affectedButton")
        self.affected_button.setAccessibleName(self.tr("This affected me: take a break and check in"))
        self.affected_button.setToolTip(self.tr("Take a break and check in ({key})").format(key=AFFECTED_KEY))
        self.affected_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.affected_button.setProperty("secondary", True)
        self.break_button = FittingButton(self.tr("Take a break"), self.tr("Break"))
        self.break_button.setObjectName("breakNowButton")
        self.break_button.setAccessibleName(self.tr("Take a break now"))
        self.break_button.setToolTip(self.tr("Take a break now ({key})").format(key=BREAK_KEY))
        self.break_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.break_button.setProperty("secondary", True)
        hooks.status_bar_add(self.meter)
        hooks.status_bar_add(self.break_button)
        hooks.status_bar_add(self.affected_button)

        # Banners above the work area, in a title-less dock (public QMainWindow API, no layout surgery).
        self.soft = SoftPromptBanner()
        self.rotation = CalmBanner(self.tr("Rotation suggestion"))
        self.rotation.add_button("queue", self.tr("Choose a queue"), self._choose_queue)
        self.rotation.add_button("dismiss", self.tr("Dismiss"), self.rotation.hide, secondary=True)
        self.locked = CalmBanner(self.tr("Locked queues"))
        self.locked.add_button("view", self.tr("See my day"), self.open_own_view, secondary=True)
        self.postponed = CalmBanner(self.tr("Break postponed"))
        self.checkin_banner = CalmBanner(self.tr("Check-in"))
        self.checkin_panel = CheckInPanel(compact=True)
        self.checkin_banner.add_widget(self.checkin_panel)
        self.checkin_banner.text.hide()
        self.checkin_panel.submitted.connect(self._banner_checkin)
        self.checkin_panel.skipped.connect(self.checkin_banner.hide)
        self.screening_banner = CalmBanner(self.tr("Wellbeing questionnaire"))
        self.screening_banner.add_button("answer", self.tr("Answer now"), self.open_screening)
        self.screening_banner.add_button(
            "later", self.tr("Not now"), self.screening_banner.hide, secondary=True
        )
        self.screening_dialog: ScreeningDialog | None = None
        self.banners = (
            self.soft,
            self.postponed,
            self.rotation,
            self.locked,
            self.checkin_banner,
            self.screening_banner,
        )
        self.dock: QToolBar | None = None
        add_notice = getattr(window, "notice_add", None)
        if callable(add_notice):
            # The window's one notification area of fixed height: nothing moves under the pointer.
            priorities = (
                PRIORITY_BREAK,
                PRIORITY_BREAK,
                PRIORITY_ROTATION,
                PRIORITY_LOCKED,
                PRIORITY_CHECKIN,
                PRIORITY_CHECKIN,
            )
            for banner, priority in zip(self.banners, priorities, strict=True):
                add_notice(banner, priority)
        else:
            self._dock_banners(window)

        self.screen = BreakScreen(window, hooks)
        self.own_view: OwnWellbeingView | None = None
        self._show_support()

        self.affected_action = QAction(self.tr("This affected me"), window)
        self.affected_action.setObjectName("affectedAction")  # the shortcut sheet's row (ui/window.py)
        self.affected_action.setShortcut(QKeySequence(AFFECTED_KEY))
        self.affected_action.triggered.connect(self.this_affected_me)
        window.addAction(self.affected_action)
        self.break_action = QAction(self.tr("Take a break now"), window)
        self.break_action.setObjectName("breakNowAction")
        self.break_action.setShortcut(QKeySequence(BREAK_KEY))
        self.break_action.setAutoRepeat(False)
        self.break_action.triggered.connect(self.take_break_now)
        window.addAction(self.break_action)
        self.own_view_action = QAction(self.tr("Your wellbeing"), window)
        self.own_view_action.setObjectName("ownWellbeingAction")
        self.own_view_action.setShortcut(QKeySequence(OWN_VIEW_KEY))
        self.own_view_action.triggered.connect(self.open_own_view)
        window.addAction(self.own_view_action)
        self.screening_action = QAction(self.tr("Wellbeing questionnaire…"), window)
        self.screening_action.triggered.connect(self.open_screening)
        self.screening_action.setVisible(controller.policy.screening.enabled)

        # Controller -> widgets (all on the GUI thread).
        c.doseChanged.connect(self.meter.show_reading)
        c.softPromptDue.connect(self._soft_prompt)
        c.adviceCleared.connect(self._advice_cleared)
        c.enforcedBreakDue.connect(self._enforced_due)
        c.breakPostponed.connect(self._postponed)
        c.breakStarted.connect(self._break_started)
        c.breakProgress.connect(self.screen.progress)
        c.breakEnded.connect(self._break_ended)
        c.rotationSuggested.connect(self._rotation)
        c.lockedTiersChanged.connect(self._locked_changed)
        c.summaryReady.connect(self._summary)
        c.flushFailed.connect(self._flush_failed)
        c.policyChanged.connect(self._policy_changed)
        c.screeningDue.connect(self._screening_due)
        c.screeningSaved.connect(self._screening_saved)
        c.screeningFailed.connect(self._screening_failed)
        # Widgets -> controller.
        self.soft.takeBreak.connect(lambda: c.take_break())
        self.soft.notNow.connect(c.postpone)
        self.screen.startRequested.connect(lambda: c.take_break())
        self.screen.postponeRequested.connect(c.postpone)
        self.screen.resumeRequested.connect(c.end_break)
        self.screen.checkin.connect(c.record_checkin)
        self.meter.clicked.connect(self.open_own_view)
        self.affected_button.clicked.connect(self.this_affected_me)
        self.break_button.clicked.connect(self.take_break_now)
        hooks.itemChanged.connect(c.on_item_changed)

        self.queue_box: QComboBox | None = None
        box = getattr(window, "queue_box", None)
        if isinstance(box, QComboBox):
            self.queue_box = box
            box.model().rowsInserted.connect(lambda *_: self._mark_locked_queues())
        window.installEventFilter(self)
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def support_contact(self) -> str:
        return self.controller.policy.support_contact

    def _policy_changed(self, _policy: object) -> None:
        """Wellbeing staff changed the policy: the support contact and the meter's method follow."""
        self._show_support()
        self.screening_action.setVisible(self.controller.policy.screening.enabled)
        if not self.controller.policy.screening.enabled:
            self.screening_banner.hide()
            self._update_dock()
        self.meter._method = self.controller.method_text()  # the tooltip's next reading uses it

    def _show_support(self) -> None:
        contact = self.support_contact
        self.screen.set_support(contact)
        self.checkin_panel.support.set_contact(contact)
        if self.own_view is not None:
            self.own_view.support.set_contact(contact)

    def _dock_banners(self, window: QMainWindow) -> None:
        """A window without a notification area (the tests' stand-in): the banners in a tool bar."""
        strip = QWidget()
        strip.setObjectName("wellbeingBanners")
        column = QVBoxLayout(strip)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        for banner in self.banners:
            column.addWidget(banner)
        strip.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.dock = QToolBar(self.tr("Wellbeing notices"), window)
        self.dock.setObjectName("wellbeingBannerBar")
        self.dock.setMovable(False)
        self.dock.setFloatable(False)
        self.dock.setAllowedAreas(Qt.ToolBarArea.TopToolBarArea)
        self.dock.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.dock.toggleViewAction().setVisible(False)
        self.dock.setStyleSheet("QToolBar { border: none; padding: 0; spacing: 0; margin: 0; }")
        bar_layout = self.dock.layout()
        if bar_layout is not None:
            bar_layout.setContentsMargins(0, 0, 0, 0)
        self.dock.addWidget(strip)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.dock)
        self.dock.hide()

    # ---------------------------------------------------------------------------------- actions

    def this_affected_me(self) -> None:
        self.controller.this_affected_me()

    def take_break_now(self) -> None:
        """The reviewer's own break, whenever they want one (a prompted break on screen is taken
        instead, so a required break is never shortened this way)."""
        self.controller.take_break("self")

    def open_own_view(self) -> None:
        if self.own_view is None:
            self.own_view = OwnWellbeingView(self.window)
            self.own_view.support.set_contact(self.support_contact)
            self.controller.careWriteFailed.connect(self.own_view.show_error)
        self.own_view.show()
        self.own_view.raise_()
        self.controller.load_summary()

    def open_screening(self) -> None:
        """The WHO-5 questionnaire (only when the organisation offers it)."""
        self.screening_banner.hide()
        self._update_dock()
        if not self.controller.policy.screening.enabled:
            return
        dialog = ScreeningDialog(self.support_contact, self.window)
        dialog.submitted.connect(self.controller.record_screening)
        self.screening_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.groups[0].buttons()[0].setFocus()

    def _screening_due(self) -> None:
        self.screening_banner.say(
            self.tr(
                "Your organisation offers a short wellbeing questionnaire (WHO-5, five questions about the "
                "last two weeks). Only you and wellbeing staff see your answers."
            )
        )
        self._update_dock()

    def _screening_saved(self, score: int) -> None:
        if self.screening_dialog is not None:
            self.screening_dialog.show_score(score)

    def _screening_failed(self, error: str) -> None:
        if self.screening_dialog is not None:
            self.screening_dialog.show_error(error)

    def _summary(self, summary: object) -> None:
        if self.own_view is not None:
            self.own_view.show_summary(summary)  # type: ignore[arg-type]

    def _choose_queue(self) -> None:
        self.rotation.hide()
        self._update_dock()
        if self.queue_box is not None:
            self.queue_box.setFocus(Qt.FocusReason.OtherFocusReason)
            self.queue_box.showPopup()

    # ---------------------------------------------------------------------------------- reactions

    def _soft_prompt(self, advice: BreakAdvice) -> None:
        self.soft.offer(advice)
        self._update_dock()

    def _advice_cleared(self) -> None:
        self.soft.hide()
        self._update_dock()

    def _enforced_due(self, advice: BreakAdvice) -> None:
        self.soft.hide()
        self.postponed.hide()
        self.checkin_banner.hide()
        self._update_dock()
        if advice.postponable:
            self.screen.offer_enforced(advice)

    def _postponed(self, until: datetime) -> None:
        self.screen.finish()
        self.postponed.say(
            self.tr(
                "Break postponed so you can finish this item. It starts when you close the item, "
                "or at {time} at the latest."
            ).format(time=local_hhmm(until))
        )
        self._update_dock()

    def _break_started(self, session: BreakSession) -> None:
        for banner in (self.soft, self.postponed, self.checkin_banner):
            banner.hide()
        self._update_dock()
        self.screen.begin(session)

    def _break_ended(self, session: BreakSession, complete: bool) -> None:
        answered = self.screen.checked_in
        self.screen.finish()
        if not answered:
            self.checkin_panel.reset()
            self.checkin_banner.show()
        self._update_dock()
        if not answered:
            # The keyboard goes to the faces, as on the break screen: 1-5 and Enter answer the
            # question on screen, never a verdict of the item behind it (docs/wellbeing.md, check-ins).
            self.checkin_panel.focus_faces()

    def _banner_checkin(self, mood: int, note: str) -> None:
        self.controller.record_checkin(mood, note)

    def _rotation(self) -> None:
        calmer = self.controller.calmer_queues(self.queues)
        k = self.controller.policy.caps.rotation_after_consecutive_high
        if calmer:
            text = self.tr(
                "You have reviewed {count} high-severity items in a row. "
                "Switching to calmer work for a while helps. Calmer queues open to you: {queues}."
            )
        else:
            text = self.tr(
                "You have reviewed {count} high-severity items in a row. "
                "Switching to calmer work for a while helps."
            )
        self.rotation.say(text.format(count=k, queues=", ".join(calmer)))
        self._update_dock()

    def _locked_changed(self, tiers: frozenset[int]) -> None:
        if tiers:
            caps = self.controller.policy.caps
            self.locked.say(
                self.tr(
                    "You have reached today's exposure budget ({budget}). "
                    "Queues above severity tier {tier} are closed to you until tomorrow; "
                    "lower-tier queues stay open. Thank you for looking after yourself."
                ).format(
                    budget=formats().number(caps.daily_budget_dose),
                    tier=formats().count(caps.lock_tiers_above),
                )
            )
        else:
            self.locked.hide()
        self._mark_locked_queues()
        self._update_dock()

    def _mark_locked_queues(self) -> None:
        box = self.queue_box
        if box is None:
            return
        tiers = dict(self.queues)
        for index in range(box.count()):
            name = box.itemData(index)
            if name not in tiers:
                continue
            base = box.itemData(index, _BASE_TEXT_ROLE)
            if base is None:
                base = box.itemText(index)
                box.setItemData(index, base, _BASE_TEXT_ROLE)
            locked = self.controller.is_locked(str(name), tiers[name])
            # A prefix: the chooser is narrower than its longest entry.
            mark = self.tr("Locked today · {queue}")
            box.setItemText(index, mark.format(queue=base) if locked else str(base))
            box.setItemData(
                index,
                self.tr("Closed to you for today: your daily exposure budget is spent.") if locked else None,
                Qt.ItemDataRole.ToolTipRole,
            )

    def _flush_failed(self, error: str) -> None:
        self.window.statusBar().showMessage(
            self.tr(
                "Exposure figures are kept on this workstation and will be saved when the database is back."
            ),
            8000,
        )
        log.info("exposure flush failed: %s", error)

    def _update_dock(self) -> None:
        if self.dock is not None:
            self.dock.setVisible(any(not b.isHidden() for b in self.banners))

    # ---------------------------------------------------------------------------------- closing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def shutdown(self) -> None:
        """Flush every span and stop the jobs (window close, app quit). Idempotent."""
        if self._closed:
            return
        self._closed = True
        self.window.removeEventFilter(self)
        self.controller.shutdown()


def install_wellbeing(
    window: QMainWindow,
    services: WellbeingServices,
    actor: Actor,
    meter: ExposureMeter,
    *,
    planner: BreakPlanner | None = None,
    queues: Sequence[tuple[str, int]] | None = None,
    app: QApplication | None = None,
    runner: Runner | None = None,
    start: bool = True,
    policy_refresh_seconds: float | None = None,
) -> WellbeingUi:
    """Build the controller and the widgets for ``window`` (which must have the wellbeing hooks)."""
    hooks: WellbeingHost = window  # type: ignore[assignment]
    controller = WellbeingController(
        services,
        actor,
        meter,
        planner or BreakPlanner(services.wellbeing.policy),
        window,
        runner=runner,
        policy_refresh_seconds=policy_refresh_seconds or POLICY_REFRESH_SECONDS,
    )
    ui = WellbeingUi(window, hooks, controller, queues=queues or (), app=app)
    directory = getattr(services, "directory", None)
    if queues is None and directory is not None:
        # The queues' tiers (calmer work, locked marks) are read on the runner, not here.
        def use(found: list[Any]) -> None:
            ui.queues = [(q.name, q.severity_tier) for q in found]
            ui._mark_locked_queues()

        controller.runner.submit(
            lambda: directory.list_queues(for_actor=actor),
            use,
            lambda error: log.warning("queue tiers not read: %s", error),
        )
    if start:
        controller.start()
    return ui


__all__ = ["AFFECTED_KEY", "BREAK_KEY", "OWN_VIEW_KEY", "WellbeingHost", "WellbeingUi", "install_wellbeing"]

"""The outbox in the window: send waiting decisions every few seconds, show how many wait.

``OutboxStatus`` runs ``OutboxSync.sync`` off the GUI thread (through a ``Runner``) on a
timer and emits ``changed(pending, offline)``; ``bind`` connects it to the main window's
``set_outbox_state`` (or ``set_outbox_count``) and ``show_offline_conflicts``. Conflicts found
on a sync (a decision the database refused on replay, e.g. someone else decided the item while
this workstation was offline) are emitted once each with the reason, for a banner; they stay
listed in ``reliable.conflicts()`` and the lead sees them in the audit log. No business rule
lives here.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ui.i18n import shown
from ui.locale_format import formats
from ui.tasks import Runner, timers

log = logging.getLogger(__name__)


class _Sync(Protocol):
    def sync(self) -> Any: ...

    def pending_count(self) -> int: ...


class _Window(Protocol):
    def set_outbox_count(self, n: int) -> None: ...


#: What the reviewer is told about a decision the outbox kept (the database is away).
QUEUED_TEXT = "Saved on this workstation; will be sent when the database is back."


def queued_text() -> str:
    """:data:`QUEUED_TEXT` in the window's language."""
    return QCoreApplication.translate(
        "Outbox", "Saved on this workstation; will be sent when the database is back."
    )


def outbox_short(pending: int, offline: bool) -> str:
    """The status bar's brief text (it must fit at 1280 px beside the wellbeing meter); empty when
    nothing waits."""
    if pending and offline:
        if pending == 1:
            return QCoreApplication.translate("Outbox", "Offline: 1 decision saved here, not sent yet")
        text = QCoreApplication.translate("Outbox", "Offline: {count} decisions saved here, not sent yet")
        return text.format(count=formats().count(pending))
    if pending:
        if pending == 1:
            return QCoreApplication.translate("Outbox", "Sending 1 decision saved offline…")
        return QCoreApplication.translate("Outbox", "Sending {count} decisions saved offline…").format(
            count=formats().count(pending)
        )
    return ""


def conflicts_text(conflicts: list[tuple[str, str]]) -> str:
    """Decisions saved offline that the database refused when they were sent: which and why."""
    refused = QCoreApplication.translate("Outbox", "refused")
    reasons = "; ".join(sorted({shown(reason) if reason else refused for _client_id, reason in conflicts}))
    n = len(conflicts)
    if n == 1:
        text = QCoreApplication.translate(
            "Outbox",
            "A decision saved on this workstation while offline could not be recorded: {reasons}. "
            "Nothing is lost: it is kept here and in the audit log, and your lead can see it.",
        )
    else:
        text = QCoreApplication.translate(
            "Outbox",
            "{count} decisions saved on this workstation while offline could not be recorded: {reasons}. "
            "Nothing is lost: they are kept here and in the audit log, and your lead can see them.",
        )
    return text.format(count=formats().count(n), reasons=reasons)


def outbox_label(pending: int, offline: bool) -> str:
    """The status-bar tooltip, in full: empty when all is sent."""
    if pending == 0:
        if not offline:
            return ""
        return QCoreApplication.translate("Outbox", "Offline: the database cannot be reached")
    # No %n plurals: Qt's Python lupdate does not mark translate() calls as plural (docs/translations.md).
    if offline:
        if pending == 1:
            return QCoreApplication.translate(
                "Outbox", "Offline: 1 decision saved on this workstation, sent when the database is back"
            )
        return QCoreApplication.translate(
            "Outbox", "Offline: {count} decisions saved on this workstation, sent when the database is back"
        ).format(count=formats().count(pending))
    if pending == 1:
        return QCoreApplication.translate("Outbox", "Sending 1 decision saved while offline…")
    text = QCoreApplication.translate("Outbox", "Sending {count} decisions saved while offline…")
    return text.format(count=formats().count(pending))


class OutboxStatus(QObject):
    changed = Signal(int, bool)  # decisions waiting, offline
    conflicts_found = Signal(list)  # [(client_id, reason)], new ones only

    def __init__(
        self, reliable: _Sync, runner: Runner, *, interval_ms: int = 5000, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._reliable = reliable
        self._runner = runner
        self._busy = False
        self._last_count = 0
        self._timer = timers().timer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.sync_now)

    def bind(self, window: _Window) -> None:
        """Feed the window: ``set_outbox_state(pending, offline)`` when it has one (the reviewer
        window: the count and the connection state), else ``set_outbox_count(pending)``; conflicts
        go to ``show_offline_conflicts`` when it has one."""
        state = getattr(window, "set_outbox_state", None)
        if callable(state):
            self.changed.connect(state)
        else:
            self.changed.connect(lambda pending, _offline: window.set_outbox_count(pending))
        conflicts = getattr(window, "show_offline_conflicts", None)
        if callable(conflicts):
            self.conflicts_found.connect(conflicts)

    def start(self) -> None:
        self._timer.start()
        self.sync_now()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def sync_now(self) -> None:
        if self._busy:
            return
        self._busy = True
        self._runner.submit(self._sync, self._done, self._failed)

    def _sync(self) -> tuple[Any, int]:
        """On the worker: send, then count the decisions still waiting (the outbox also holds other
        records, e.g. exposure spans, which are not decisions and are not counted as such)."""
        try:
            result = self._reliable.sync()
        except Exception as error:  # counted here too: the outbox file is read on the worker only
            log.warning("outbox sync failed: %s", error)
            return None, self._waiting_decisions()
        return result, self._waiting_decisions(result)

    def _waiting_decisions(self, result: Any = None) -> int:
        waiting = getattr(self._reliable, "waiting_claims", None)
        if callable(waiting):
            return len(waiting())
        return int(result.pending) if result is not None else self._reliable.pending_count()

    def _done(self, packet: tuple[Any, int]) -> None:
        self._busy = False
        result, decisions = packet
        self._last_count = decisions
        if result is None:  # the sync failed; the count is fresh
            self.changed.emit(decisions, True)
            return
        conflicts = [(c.client_id, c.conflict_reason or "") for c in getattr(result, "conflicts", [])]
        if conflicts:
            self.conflicts_found.emit(conflicts)
        self.changed.emit(decisions, bool(result.offline))

    def _failed(self, error: BaseException) -> None:
        """Even the count failed (the outbox file itself): say offline with the last count known."""
        self._busy = False
        log.warning("outbox not read: %s", error)
        self.changed.emit(self._last_count, True)

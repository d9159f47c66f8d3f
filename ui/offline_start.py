"""The window shown when the app starts and the database cannot be reached (docs/operations.md,
"Starting offline"): it says why, shows that the person's saved work is safe (workstation/offline.py
reads the outbox without connecting), tries again every few seconds off the GUI thread, and hands over
to the normal start as soon as the server answers. No media and no item is shown: nothing is claimed
while offline.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from ui.locale_format import formats, person_zone
from ui.tasks import Runner, TaskRunner, timers
from wellbeing.clock import Clock, SystemClock
from workstation.offline import WaitingWork

RETRY_MS = 10_000


class OfflineStartWindow(QWidget):
    """Waiting for the database, with the person's waiting work in view."""

    reachable = Signal()

    def __init__(
        self,
        reason: str,
        work: WaitingWork,
        probe: Callable[[], bool],
        *,
        runner: Runner,
        clock: Clock,
        retry_ms: int = RETRY_MS,
    ) -> None:
        super().__init__()
        self.setObjectName("offlineStart")
        self.setWindowTitle(self.tr("Reviewer Workstation — waiting for the database"))
        self.setAccessibleName(self.tr("Waiting for the database"))
        self._probe, self._runner, self._clock = probe, runner, clock
        self._trying = False
        self.connected = False
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("The database cannot be reached"))
        heading.setObjectName("offlineTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        self.reason = QLabel(reason[:1].upper() + reason[1:])
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(self._summary(work))
        self.summary.setWordWrap(True)
        self.waiting = QListWidget()
        self.waiting.setAccessibleName(self.tr("Your decisions waiting to be sent"))
        for line in self._lines(work):
            self.waiting.addItem(line)
        self.waiting.setVisible(self.waiting.count() > 0)
        self.others = QLabel(
            self.tr("{count} more saved by other people who use this workstation also wait.").format(
                count=work.others
            )
        )
        self.others.setVisible(work.others > 0)
        self.status = QLabel(self.tr("Trying to reach it…"))
        self.status.setObjectName("offlineStatus")
        self.try_now = QPushButton(self.tr("Try now"))
        self.try_now.setDefault(True)
        self.try_now.clicked.connect(self.attempt)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.try_now)
        for widget in (heading, self.reason, self.summary, self.waiting, self.others, self.status):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self._retry_ms = retry_ms
        self._timer = timers().timer(self)
        self._timer.setInterval(retry_ms)
        self._timer.timeout.connect(self.attempt)
        self._timer.start()
        self.resize(560, 380)

    def _summary(self, work: WaitingWork) -> str:
        if not work.decisions and not work.exposure_records:
            return self.tr("Nothing of yours waits on this workstation. You can claim work once it is back.")
        if len(work.decisions) == 1:
            parts = [self.tr("Your work is safe: 1 decision is saved on this workstation.")]
        else:
            parts = [
                self.tr("Your work is safe: {count} decisions are saved on this workstation.").format(
                    count=len(work.decisions)
                )
            ]
        if work.exposure_records:
            records = self.tr("Your exposure records waiting to be sent: {count}.")
            parts.append(records.format(count=work.exposure_records))
        parts.append(self.tr("They are sent when the database is back, in the order you made them."))
        return " ".join(parts)

    def _lines(self, work: WaitingWork) -> list[str]:
        lines = []
        for decision in work.decisions:
            moment = decision.decided_at or decision.saved_at
            when = formats().moment(moment, person_zone())
            verdict = decision.verdict + (f" ({decision.reason})" if decision.reason else "")
            if decision.conflict:
                line = self.tr("{verdict}, decided {when} — refused by the database: {why}")
            else:
                line = self.tr("{verdict}, decided {when}")
            lines.append(line.format(verdict=verdict, when=when, why=decision.conflict))
        return lines

    def attempt(self) -> None:
        """Ask the server once, off the GUI thread (a connection attempt can take seconds)."""
        if self._trying or self.connected:
            return
        self._trying = True
        self.try_now.setEnabled(False)
        self.status.setText(self.tr("Trying to reach it…"))
        self._runner.submit(self._probe, self._answered, self._failed)

    def _answered(self, answers: object) -> None:
        self._trying = False
        self.try_now.setEnabled(True)
        if answers is True:
            self.connected = True
            self._timer.stop()
            self.status.setText(self.tr("The database answers again: signing in…"))
            self.reachable.emit()
            self.close()
            return
        at = formats().time_seconds(self._clock.now(), person_zone())
        self.status.setText(
            self.tr("No answer at {time}. Trying again every {seconds} s; F5 tries now.").format(
                time=at, seconds=self._retry_ms // 1000
            )
        )

    def _failed(self, error: BaseException) -> None:
        self._answered(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F5 tries now, Esc quits (Enter presses the default button, "Try now")."""
        if event.key() == Qt.Key.Key_F5:
            self.attempt()
        elif event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)


def wait_for_database(reason: str, work: WaitingWork, probe: Callable[[], bool]) -> bool:
    """Show the window until the server answers (True) or the person quits (False)."""
    from ui.application import application

    application()
    runner = TaskRunner(1, name="offline-probe")
    window = OfflineStartWindow(reason, work, probe, runner=runner, clock=SystemClock())
    loop = QEventLoop()
    window.destroyed.connect(loop.quit)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    outcome: list[bool] = []
    window.reachable.connect(lambda: outcome.append(True))
    window.show()
    window.activateWindow()
    window.attempt()
    loop.exec()
    runner.wait(5000)
    return bool(outcome)

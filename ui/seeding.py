"""The demo's first seeding, shown in a small window while a worker thread does it.

``workstation demo`` on a new data folder writes weeks of history and generates media (docs/install.md
gives the time it takes); the window says which step it is on, and the GUI thread stays free to
paint and answer the window manager: the work runs on a :class:`~ui.tasks.Runner` and reports its
steps through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.i18n import shown
from ui.locale_format import formats
from ui.tasks import Runner, TaskRunner

T = TypeVar("T")
#: What the work is handed: ``report(step, steps, message)``, callable from any thread.
Report = Callable[[int, int, str], None]


class SeedingWindow(QWidget):
    """A small window: a title, the current step in words, and a bar of steps done."""

    # Emitted from the worker thread, delivered queued; the message is a phrase of the core (an object:
    # a str signal would keep only its English).
    progressed = Signal(int, int, object)

    def __init__(self, title: str = "") -> None:
        super().__init__()
        title = title or self.tr("Preparing the demo")
        self.setObjectName("seedingWindow")
        self.setWindowTitle(self.tr("Reviewer Workstation — {title}").format(title=title))
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("seedingTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        self.step_label = QLabel(self.tr("Starting…"))
        self.step_label.setObjectName("seedingStep")
        self.step_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("seedingProgress")
        self.bar.setRange(0, 0)  # busy until the first step is known
        self.bar.setTextVisible(True)
        note = QLabel(
            self.tr("Only the first start on a new data folder does this; synthetic data, nothing real.")
        )
        note.setWordWrap(True)
        for widget in (heading, self.step_label, self.bar, note):
            layout.addWidget(widget)
        self.resize(460, 160)
        self.progressed.connect(self.show_step, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int, object)
    def show_step(self, step: int, steps: int, message: object) -> None:
        self.bar.setRange(0, steps)
        self.bar.setValue(step - 1)
        fmt = formats()
        self.bar.setFormat(
            self.tr("step {step} of {steps}").format(step=fmt.count(step), steps=fmt.count(steps))
        )
        text = shown(message)  # workstation/demo.py's step, in the window's language
        self.step_label.setText(text[:1].upper() + text[1:] + "…")


def application() -> QApplication:
    """The QApplication (ui/application.py), created if none exists."""
    from ui.application import application as shared

    return shared()


def run_with_progress(
    work: Callable[[Report], T],
    *,
    app: QApplication | None = None,
    runner: Runner | None = None,
    window: SeedingWindow | None = None,
) -> T:
    """Show a :class:`SeedingWindow`, run ``work(report)`` on ``runner`` (a worker thread by default)
    while the event loop runs, close the window and return the work's result or raise its error."""
    app = app or application()
    from ui.theme import apply_theme

    apply_theme(app, "dark")  # the default theme; the person's own applies when their window opens
    window = window or SeedingWindow()
    window.show()
    runner = runner or TaskRunner(1, name="seeding")
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(value: Any) -> None:
        outcome["value"] = value
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    runner.submit(lambda: work(window.progressed.emit), done, failed)
    if not outcome:  # an immediate runner has finished already
        loop.exec()
    runner.wait()
    window.close()
    window.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]

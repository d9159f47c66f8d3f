"""Decision-log export from the window: a QProgressDialog driven from a worker thread.

``start_decision_export(parent, exports, actor, path, fmt, filters)`` returns at once with an
:class:`ExportRun`; the export streams on a ``ui.tasks.StreamWorker`` and reports progress through
queued signals, so the GUI stays responsive; Cancel stops it between batches and leaves no file. The
service checks the role (a reviewer is refused, and the refusal is audited) and audits the export.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.locale_format import formats
from ui.tasks import StreamWorker
from workstation.actor import Actor
from workstation.errors import WorkstationError
from workstation.exports import DecisionExports, DecisionFilter, ExportCancelled, ExportResult


class _Job(QObject):
    """Lives on the GUI thread, runs on the worker's; everything it says goes out through signals."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(str, bool)  # message, cancelled

    def __init__(
        self,
        exports: DecisionExports,
        actor: Actor,
        path: Path,
        fmt: str,
        filters: DecisionFilter | None,
        cancel: threading.Event,
        batch: int,
    ) -> None:
        super().__init__()
        self.exports, self.actor, self.path, self.fmt = exports, actor, path, fmt
        self.filters, self.cancel, self.batch = filters, cancel, batch

    def run(self, _stopping: threading.Event) -> None:
        try:
            result = self.exports.export(
                self.actor,
                self.path,
                self.fmt,
                self.filters,
                progress=self.progressed.emit,
                cancel=self.cancel,
                batch=self.batch,
            )
        except ExportCancelled as error:
            self.failed.emit(str(error), True)
        except WorkstationError as error:
            self.failed.emit(str(error), False)
        except OSError as error:
            self.failed.emit(f"cannot write {self.path}: {error.strerror or error}", False)
        else:
            self.done.emit(result)


class ExportRun(QObject):
    """One export in flight: its dialog, thread and outcome (``finished`` or ``failed``)."""

    finished = Signal(object)  # ExportResult
    failed = Signal(str, bool)  # message, cancelled

    def __init__(
        self, dialog: QProgressDialog, job: _Job, worker: StreamWorker, cancel: threading.Event
    ) -> None:
        super().__init__(dialog)
        self.dialog, self.job, self.worker, self.cancel = dialog, job, worker, cancel
        self.result: ExportResult | None = None
        self.message = ""

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker thread has ended (for shutdown and tests)."""
        return self.worker.wait(msecs)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() != max(total, 1):
            self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        fmt = formats()
        self.dialog.setLabelText(
            self.tr("Exporting decisions: {done} of {total}").format(
                done=fmt.count(done), total=fmt.count(total)
            )
        )

    @Slot(object)
    def _done(self, result: ExportResult) -> None:
        self.result = result
        self.message = self.tr("exported {rows} decisions to {path}").format(
            rows=formats().count(result.rows), path=result.path
        )
        self._close()
        self.finished.emit(result)

    @Slot(str, bool)
    def _failed(self, message: str, cancelled: bool) -> None:
        self.message = message
        self._close()
        self.failed.emit(message, cancelled)

    def _close(self) -> None:
        self.worker.wait()  # the job has said its last word: the thread is returning
        self.dialog.reset()
        self.dialog.hide()


def start_decision_export(
    parent: QWidget | None,
    exports: DecisionExports,
    actor: Actor,
    path: Path,
    fmt: str = "csv",
    filters: DecisionFilter | None = None,
    *,
    batch: int = 5000,
) -> ExportRun:
    """Show a progress dialog and export on a worker thread; connect to the run's signals."""
    dialog = QProgressDialog(
        QCoreApplication.translate("ExportRun", "Counting decisions…"),
        QCoreApplication.translate("ExportRun", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("ExportRun", "Export decisions"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    cancel = threading.Event()
    job = _Job(exports, actor, path, fmt, filters, cancel, batch)
    worker = StreamWorker(job.run, name="decision-export")
    run = ExportRun(dialog, job, worker, cancel)
    job.progressed.connect(run._progress, Qt.ConnectionType.QueuedConnection)
    job.done.connect(run._done, Qt.ConnectionType.QueuedConnection)
    job.failed.connect(run._failed, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(cancel.set)
    dialog.show()
    worker.start()
    return run

"""The composition root of the desktop program: the ``workstation`` console script and ``python -m ui``.

The core never imports ``ui`` (docs/architecture.md, "Layers"), so this module, which may import
both, hands the core's command line (:func:`workstation.cli.main`) a
:class:`~workstation.cli.context.Frontend`: the window, the password dialog, the demo's seeding
window and the PDF writer. Each loads Qt only when called, so a command that opens no window and
writes no PDF never loads Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

# Nothing heavy at the top: every decoder process is started with ``spawn``, which runs the program's
# script again in the child (``from ui.launch import main``), so whatever this module imports, each
# of the window's four decoder processes imported too (the core, SQLAlchemy, Alembic, OpenCV: over a
# second of CPU each, beside the window's own start; docs/install.md, "First run").
if TYPE_CHECKING:
    from workstation import credentials
    from workstation.actor import Actor
    from workstation.app import Services
    from workstation.cli.context import Frontend, Progress
    from workstation.offline import WaitingWork
    from workstation.reports import ExposureReport

T = TypeVar("T")


def _run_window(services: Services, actor: Actor) -> int:
    from ui.main import run_window

    return run_window(services, actor)


def _window_prompter() -> credentials.Prompter:
    from ui.signin import window_prompter
    from workstation import credentials

    return window_prompter(credentials.system_keyring())


def _with_progress(work: Callable[[Progress], T]) -> T:
    from ui.seeding import run_with_progress

    return run_with_progress(work)


def _write_report_pdf(report: ExposureReport, path: Path) -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a PDF needs no screen
    from ui.application import application
    from ui.report_pdf import write_report_pdf

    application()  # the person's language, as in the window (docs/translations.md)
    write_report_pdf(report, path)


def _write_html_pdf(html: str, path: Path, *, title: str, landscape: bool = False) -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a PDF needs no screen
    from ui.operations_pdf import write_html_pdf

    write_html_pdf(html, path, title=title, landscape=landscape)


def _wait_for_database(reason: str, work: WaitingWork, probe: Callable[[], bool]) -> bool:
    from ui.offline_start import wait_for_database

    return wait_for_database(reason, work, probe)


def frontend() -> Frontend:
    """What only the desktop can do, for the core's command line."""
    from workstation.cli.context import Frontend

    return Frontend(
        run_window=_run_window,
        window_prompter=_window_prompter,
        with_progress=_with_progress,
        write_report_pdf=_write_report_pdf,
        write_html_pdf=_write_html_pdf,
        wait_for_database=_wait_for_database,
    )


def main(
    argv: Sequence[str] | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    account: Callable[[], str] | None = None,
    prompter: credentials.Prompter | None = None,
) -> int:
    """The ``workstation`` program: the core's command line with the desktop interface."""
    from workstation import cli

    return cli.main(argv, out=out, err=err, account=account, prompter=prompter, frontend=frontend())

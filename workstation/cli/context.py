"""What every command of ``workstation/cli`` shares: the :class:`Context` a handler gets, the exit
statuses, table/JSON output, and the :class:`Frontend` seam.

The subcommand modules import this module and nothing else of the package, so the package has no
import cycle (docs/architecture.md, "Layers"). The core never imports ``ui``: what only the desktop
interface can do (open the window, ask for a password in a dialog, show the demo's first seeding,
draw a PDF) is handed in as a :class:`Frontend` by the console entry point, ``ui/launch.py``.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO, TypeVar

from workstation import audit, config, credentials, offline
from workstation.actor import Actor
from workstation.app import Services, build
from workstation.errors import ConfigError, DatabaseUnavailable, WorkstationError

if TYPE_CHECKING:
    from workstation.reports import ExposureReport

T = TypeVar("T")
Progress = Callable[[int, int, str], None]


class WithProgress(Protocol):
    """Runs ``work(report)`` while a window shows its steps; returns what the work returned."""

    def __call__(self, work: Callable[[Progress], T]) -> T: ...


@dataclass(frozen=True)
class Frontend:
    """What only the desktop interface can do, passed in by its entry point (``ui/launch.py``).

    Each callable loads Qt only when called, so ``workstation users list`` never loads it. Without
    a frontend (``python -m workstation``, or a Python caller that passes none) the commands that
    need one say so in a sentence.
    """

    run_window: Callable[[Services, Actor], int]
    window_prompter: Callable[[], credentials.Prompter]
    with_progress: WithProgress
    write_report_pdf: Callable[[ExposureReport, Path], None]
    # HTML laid out as an A4 PDF (the SLA and daily reports): (html, path, title=, landscape=).
    write_html_pdf: Callable[..., None]
    # Starting offline (docs/operations.md): show what waits in the outbox until the server answers
    # (True) or the person quits (False).
    wait_for_database: Callable[[str, offline.WaitingWork, Callable[[], bool]], bool]


class NoFrontend(ConfigError):
    """A command that needs the desktop interface was run from the core alone."""


log = logging.getLogger("workstation")
Handler = Callable[["Context"], int]
EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


@dataclass
class Context:
    """What a command needs: its arguments, the services (built on first use) and the acting user.

    ``account`` names the OS account of the process (SQLite identity; tests inject one, nothing
    else can: docs/threat-model.md); ``prompter`` asks for a PostgreSQL password when the server
    needs one (the terminal, or the window's dialog handed in by :func:`open_window`);
    ``frontend`` is the desktop interface when the program was started with one.
    """

    args: argparse.Namespace
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    demo: bool = False
    account: Callable[[], str] = config.os_account
    prompter: credentials.Prompter | None = None
    frontend: Frontend | None = None
    _services: Services | None = None
    _actor: Actor | None = None

    @property
    def services(self) -> Services:
        if self._services is None:
            url = config.resolve_database_url(self.args.database_url, demo=self.demo)
            log.info("database: %s", config.redact(url))
            prompter = self.prompter or credentials.terminal_prompter()
            self._services = build(url, database=credentials.open_database(url, prompter))
        return self._services

    def actor(self) -> Actor:
        """The signed-in person (once per run); the outbox replays only their work."""
        if self._actor is None:
            self._actor = self.services.directory.authenticate(self.args.user, self.account)
            self.services.outbox_sync.sign_in(self._actor)
        return self._actor

    def admin_or_bootstrap(self, action: str) -> Actor | None:
        """The acting user for an admin command (the service checks and audits their role), or None
        while the database has no users yet (creating the first one) and for the schema owner's login
        on PostgreSQL. A caller who cannot sign in is refused, and the refusal audited."""
        directory = self.services.directory
        try:
            if self.args.user:  # refused wherever it is not allowed, also for the bootstrap and owner
                directory.who(self.args.user, self.account)
            if not directory.has_users() or directory.is_owner_login():
                return None
            return self.actor()
        except WorkstationError as error:
            services = self.services
            account = services.directory.session_login() if not services.db.is_sqlite else self.account()
            audit.record_refusal(
                services.db, services.clock, None, action, {"reason": str(error)}, account=account
            )
            raise

    def emit(self, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
        """A listing as an aligned table, or JSON with ``--format json``."""
        if getattr(self.args, "format", "table") == "json":
            json.dump(list(rows), self.out, indent=2, default=str)
            self.out.write("\n")
            return
        if not rows:
            self.out.write("(none)\n")
            return
        cells = [[_printable(str(r.get(c, ""))) for c in columns] for r in rows]
        widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
        self.out.write("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
        self.out.write("\n")
        for row in cells:
            self.out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")

    def require_frontend(self, what: str) -> Frontend:
        """The desktop interface, or a sentence saying how to start the program with it."""
        if self.frontend is None:
            raise NoFrontend(
                f"{what} needs the desktop interface, and this program was started without it "
                "(python -m workstation runs the command line alone): run the installed "
                "'workstation' command, or 'python -m ui'"
            )
        return self.frontend

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


def _printable(text: str) -> str:
    """A table cell that cannot move the cursor, clear the screen or retitle the terminal: a name
    stored before names were checked shows its control characters escaped."""
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format")


def open_window(ctx: Context) -> int:
    """The window of the signed-in person (the default command, and ``demo`` after seeding)."""
    frontend = ctx.require_frontend("opening the window")
    if ctx.prompter is None:
        ctx.prompter = frontend.window_prompter()
    while True:
        try:
            actor = ctx.actor()
            break
        except DatabaseUnavailable as error:
            # Starting offline (docs/operations.md): what waits in the outbox, retried until it answers.
            url = config.resolve_database_url(ctx.args.database_url, demo=ctx.demo)
            log.info("starting offline: %s", error)
            work = offline.waiting_work(url, ctx.account())
            probe = functools.partial(offline.server_answers, url)
            if not frontend.wait_for_database(str(error), work, probe):
                return EXIT_OK  # the person quit while waiting; nothing was lost
    return frontend.run_window(ctx.services, actor)

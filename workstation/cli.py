"""The ``workstation`` command line.

Exit status: 0 when all went well, 1 when some inputs were rejected and the rest was done, 2 for
usage, configuration or connection errors. No traceback reaches the user: errors of the domain and
the environment print one sentence; anything unexpected is logged to a file and named.

Commands live in small modules that each offer ``register(subparsers)``; this module wires them,
resolves the database and the acting user, and turns errors into messages. Qt is imported only by
the command that opens a window.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from workstation import audit, config, credentials, failures, offline
from workstation.actor import Actor
from workstation.app import Services, build
from workstation.errors import InvalidInput, WorkstationError

log = logging.getLogger("workstation")
Handler = Callable[["Context"], int]
EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


@dataclass
class Context:
    """What a command needs: its arguments, the services (built on first use) and the acting user.

    ``account`` names the OS account of the process (SQLite identity; tests inject one, nothing
    else can: docs/threat-model.md); ``prompter`` asks for a PostgreSQL password when the server
    needs one (the terminal, or the window's dialog handed in by ``_open_window``).
    """

    args: argparse.Namespace
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    demo: bool = False
    account: Callable[[], str] = config.os_account
    prompter: credentials.Prompter | None = None
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
            self.services.reliable.sign_in(self._actor)
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

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


def _printable(text: str) -> str:
    """A table cell that cannot move the cursor, clear the screen or retitle the terminal: a name
    stored before names were checked shows its control characters escaped."""
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error raises instead of exiting, so main() owns every exit status."""

    def error(self, message: str) -> Any:
        raise _UsageError(f"{self.prog}: {message}\n{self.format_usage().strip()}")


class _UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    from workstation import cli_admin, cli_demo, cli_import

    parser = _Parser(
        prog="workstation",
        description=(
            "Reviewer Workstation: review escalated media blurred and gray by default, with exposure "
            "tracking and breaks. Without a command, opens the reviewer window."
        ),
        epilog=(
            f"Database: --database-url, else ${config.ENV_DATABASE_URL}, else a SQLite file in the "
            "user's data folder. Acting user: on SQLite the operating-system account running this "
            "process (never an environment variable), on PostgreSQL the database login; --user "
            "NAME only in the demo database. See docs/threat-model.md."
        ),
    )
    parser.add_argument("--database-url", metavar="URL", help="sqlite:///PATH or postgresql+psycopg://...")
    parser.add_argument("--user", metavar="NAME", help="act as this user (only in the demo database)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    parser.add_argument("--version", action="store_true", help="print the installed version and exit")
    parser.set_defaults(handler=_open_window)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    for module in (cli_demo, cli_admin, cli_import, *_optional_modules()):
        module.register(sub)
    return parser


def _optional_modules() -> list[Any]:
    """Command modules of later features, registered when present."""
    import importlib

    found = []
    for name in (
        "workstation.cli_reports",
        "workstation.cli_desktop",
        "workstation.cli_audit",
        "workstation.cli_policy",
        "workstation.cli_quality",
        "workstation.operations_cli",
        "workstation.cli_incidents",
    ):
        try:
            found.append(importlib.import_module(name))
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
    return found


def _open_window(ctx: Context) -> int:
    from ui.main import open_when_reachable  # the one upward import: only this command loads Qt
    from ui.signin import window_prompter

    if ctx.prompter is None:
        ctx.prompter = window_prompter(credentials.system_keyring())

    def sign_in() -> tuple[Services, Actor]:
        actor = ctx.actor()
        return ctx.services, actor

    def waiting() -> tuple[offline.WaitingWork, Callable[[], bool]]:
        url = config.resolve_database_url(ctx.args.database_url, demo=ctx.demo)
        return offline.waiting_work(url, ctx.account()), functools.partial(offline.server_answers, url)

    return open_when_reachable(sign_in, waiting)


def _setup_logging(verbose: bool) -> str:
    from workstation import logsetup

    return logsetup.configure(config.data_dir() / "workstation.log", verbose)


def _silence_stdout(out: TextIO) -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests pass a StringIO): nothing will be flushed to a closed pipe


def version() -> str:
    """The installed distribution's version (package metadata), as pip and pipx report it."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("reviewer-workstation")
    except PackageNotFoundError:
        return "unknown (run from a source tree that is not installed)"


def main(
    argv: Sequence[str] | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    account: Callable[[], str] | None = None,
    prompter: credentials.Prompter | None = None,
) -> int:
    """Run one command. ``account`` and ``prompter`` are for tests and embedding (Python callers,
    who could read the database file anyway); the console entry point never sets them."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except _UsageError as error:
        err.write(f"{error}\n")
        return EXIT_USAGE
    if args.version:  # before logging: it needs no data folder
        out.write(f"workstation {version()}\n")
        return EXIT_OK
    log_path = _setup_logging(args.verbose)
    handler: Handler = args.handler
    ctx = Context(
        args=args,
        out=out,
        err=err,
        demo=getattr(args, "demo", False),
        account=account or config.os_account,
        prompter=prompter,
    )
    try:
        return handler(ctx)
    except InvalidInput as error:
        err.write(f"workstation: {error}\n")
        return EXIT_USAGE
    except WorkstationError as error:
        err.write(f"workstation: {error}\n")
        return error.exit_code
    except KeyboardInterrupt:
        err.write("workstation: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader stopped reading (``| head``): not an error, and nothing more to say.
        _silence_stdout(out)
        return EXIT_OK
    except Exception as error:
        sentence = failures.explain(error)
        if sentence is not None:
            log.warning("%s", sentence, exc_info=True)
            err.write(f"workstation: {sentence}\n")
            return EXIT_USAGE
        log.exception("unexpected error")
        err.write(
            f"workstation: unexpected error ({type(error).__name__}: {error}). "
            f"This is a bug; details are in {log_path}\n"
        )
        return EXIT_USAGE
    finally:
        ctx.close()

"""The ``workstation`` command line.

Exit status: 0 when all went well, 1 when some inputs were rejected and the rest was done, 2 for
usage, configuration or connection errors. No traceback reaches the user: errors of the domain and
the environment print one sentence; anything unexpected is logged to a file and named.

Commands live in small modules that each offer ``register(subparsers)``; this module wires them
and turns errors into messages. Qt is imported only by the command that opens a window.

The command modules (this package) import :mod:`workstation.cli.context` (the Context that resolves
the database and the acting user) and nothing else of the package, so there is no import cycle.
The core never imports ``ui``: the window and the PDF writer come in as a
:class:`~workstation.cli.context.Frontend` from the console entry point (``ui/launch.py``).
"""

from __future__ import annotations

import argparse
import functools
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from workstation import config, credentials, failures
from workstation.cli import (
    admin,
    audit,
    demo,
    desktop,
    imports,
    incidents,
    operations,
    policy,
    qa,
    quality,
    reports,
)
from workstation.cli.context import EXIT_OK, EXIT_USAGE, Context, Frontend, Handler, open_window
from workstation.errors import InvalidInput, WorkstationError

log = logging.getLogger("workstation")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error raises instead of exiting, so main() owns every exit status."""

    def error(self, message: str) -> Any:
        raise _UsageError(f"{self.prog}: {message}\n{self.format_usage().strip()}")


class _UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
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
    parser.set_defaults(handler=open_window)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    for module in (demo, admin, imports, reports, desktop, audit, policy, quality, qa, operations, incidents):
        module.register(sub)
    return parser


@functools.cache
def _parser() -> argparse.ArgumentParser:
    """The parser, built once per process: argparse translates every help text through gettext as it
    is added (a file lookup each), so building it costs more than most commands; parsing does not
    change it."""
    return build_parser()


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
    frontend: Frontend | None = None,
) -> int:
    """Run one command. ``account`` and ``prompter`` are for tests and embedding (Python callers,
    who could read the database file anyway); the console entry point never sets them.
    ``frontend`` is the desktop interface (``ui/launch.py`` passes it; tests may pass a fake)."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = _parser().parse_args(argv)
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
        frontend=frontend,
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

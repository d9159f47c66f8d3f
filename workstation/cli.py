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
import json
import logging
import logging.handlers
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from workstation import config
from workstation.actor import Actor
from workstation.app import Services, build
from workstation.errors import ConfigError, InvalidInput, WorkstationError
from workstation.models import Role

log = logging.getLogger("workstation")
Handler = Callable[["Context"], int]
EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


@dataclass
class Context:
    """What a command needs: its arguments, the services (built on first use) and the acting user."""

    args: argparse.Namespace
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    demo: bool = False
    _services: Services | None = None

    @property
    def services(self) -> Services:
        if self._services is None:
            url = config.resolve_database_url(self.args.database_url, demo=self.demo)
            log.info("database: %s", config.redact(url))
            self._services = build(url)
        return self._services

    def actor(self) -> Actor:
        identity = config.resolve_identity(self.args.user, allow_override=self.demo)
        return self.services.directory.sign_in(identity.username)

    def admin_or_bootstrap(self) -> Actor | None:
        """The acting admin, or None while the database has no users yet (creating the first one)."""
        if not self.services.directory.list_users():
            return None
        actor = self.actor()
        if not actor.has(Role.ADMIN):
            raise ConfigError(f"{actor.username} is not an admin; this command needs the admin role")
        return actor

    def emit(self, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
        """A listing as an aligned table, or JSON with ``--format json``."""
        if getattr(self.args, "format", "table") == "json":
            json.dump(list(rows), self.out, indent=2, default=str)
            self.out.write("\n")
            return
        if not rows:
            self.out.write("(none)\n")
            return
        cells = [[str(r.get(c, "")) for c in columns] for r in rows]
        widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
        self.out.write("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
        self.out.write("\n")
        for row in cells:
            self.out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


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
            "user's data folder. Acting user: the operating-system account, or --user where allowed "
            f"(${config.ENV_ALLOW_USER_OVERRIDE}=1, always in the demo)."
        ),
    )
    parser.add_argument("--database-url", metavar="URL", help="sqlite:///PATH or postgresql+psycopg://...")
    parser.add_argument("--user", metavar="NAME", help="act as this user (where allowed)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    parser.set_defaults(handler=_open_window)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    for module in (cli_demo, cli_admin, cli_import, *_optional_modules()):
        module.register(sub)
    return parser


def _optional_modules() -> list[Any]:
    """Command modules of later features, registered when present."""
    import importlib

    found = []
    for name in ("workstation.cli_reports", "workstation.cli_audit"):
        try:
            found.append(importlib.import_module(name))
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
    return found


def _open_window(ctx: Context) -> int:
    actor = ctx.actor()
    from ui.main import run_window  # the one upward import: only this command loads Qt

    return run_window(ctx.services, actor)


def _setup_logging(verbose: bool) -> str:
    path = config.data_dir() / "workstation.log"
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if verbose:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    return str(path)


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except _UsageError as error:
        err.write(f"{error}\n")
        return EXIT_USAGE
    log_path = _setup_logging(args.verbose)
    handler: Handler = args.handler
    ctx = Context(args=args, out=out, err=err, demo=getattr(args, "demo", False))
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
    except Exception as error:
        log.exception("unexpected error")
        err.write(
            f"workstation: unexpected error ({type(error).__name__}: {error}). "
            f"This is a bug; details are in {log_path}\n"
        )
        return EXIT_USAGE
    finally:
        ctx.close()

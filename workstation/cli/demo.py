"""``workstation demo``: a database of its own, filled with synthetic data, then the window."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

from workstation import config
from workstation.cli.context import EXIT_OK, Context, open_window
from workstation.directory import DEFAULT_DEMO_USER

if TYPE_CHECKING:
    from workstation.demo import DemoSummary


def register(sub: Any) -> None:
    p = sub.add_parser(
        "demo",
        help="create demo data (synthetic media, users, weeks of history) and open the window",
        description=(
            "Uses a database of its own (demo.db in the data folder) unless --database-url or "
            f"${config.ENV_DATABASE_URL} names one, so it never mixes with real work. Every demo user "
            f"can be tried with --user NAME (default {DEFAULT_DEMO_USER}, a reviewer; wendy is wellbeing "
            "staff, leo a lead, mira a lead who also reviews (the QA queue), ada an admin): the demo "
            "database is the only one where --user acts as someone else (on SQLite; on PostgreSQL you "
            "are your login)."
        ),
    )
    # Also after the command, as the README writes it: 'workstation demo --user wendy' (SUPPRESS keeps
    # a --user given before the command when this one is absent).
    p.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help="the demo user to act as")
    p.add_argument("--seed-only", action="store_true", help="only create the data; do not open a window")
    p.add_argument("--fresh", action="store_true", help="delete the default demo database first")
    p.set_defaults(handler=_demo, demo=True)


def _demo(ctx: Context) -> int:
    # Imported here, not at the top: the demo loads the media decoders (OpenCV, PyAV), about 150 ms of
    # the start of every other command.
    from workstation.demo import media_folder, seed

    args = ctx.args
    if args.fresh:
        url = config.resolve_database_url(args.database_url, demo=True)
        if url != config.default_database_url("demo.db"):
            ctx.err.write("workstation: --fresh only deletes the default demo database, not a named one\n")
            return 2
        path = make_url(url).database
        for suffix in ("", "-wal", "-shm"):
            target = config.data_dir() / f"{path.rsplit('/', 1)[-1]}{suffix}" if path else None
            if target is not None and target.exists():
                target.unlink()
    if not args.user and ctx.services.db.is_sqlite:  # on PostgreSQL the demo user is the login
        args.user = DEFAULT_DEMO_USER

    def progress(step: int, steps: int, message: str) -> None:
        ctx.err.write(f"demo: [{step}/{steps}] {message}\n")
        ctx.err.flush()

    media = media_folder(config.data_dir())
    if args.seed_only or ctx.services.directory.list_users():
        summary = seed(ctx.services, media, progress=progress)
    else:
        # A first seeding before a window: its steps show in a window of their own, the work on a
        # worker thread, so the GUI thread keeps painting (docs/install.md).
        run_with_progress = ctx.require_frontend("the demo's window").with_progress

        def work(report: Callable[[int, int, str], None]) -> DemoSummary:
            def both(step: int, steps: int, message: str) -> None:
                progress(step, steps, message)
                report(step, steps, message)

            return seed(ctx.services, media, progress=both)

        summary = run_with_progress(work)
    if summary.created:
        report = summary.import_report
        ctx.out.write(
            f"demo data ready: {summary.pending} pending items, {summary.decisions} past decisions, "
            f"{summary.spans} exposure spans\n"
        )
        if report is not None and report.unreadable:
            ctx.out.write(
                f"  {len(report.unreadable)} deliberately broken files were imported as unreadable items\n"
            )
    else:
        ctx.out.write(f"demo data already present ({summary.pending} pending items)\n")
    ctx.out.write(f"database: {ctx.services.db.safe_url}\n")
    if args.seed_only:
        return EXIT_OK
    return open_window(ctx)

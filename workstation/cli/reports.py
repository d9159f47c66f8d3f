"""``report exposure`` and ``export decisions`` (signed: ``workstation.cli.audit`` loads the key).

CSV and JSON never load Qt; only ``report exposure --format pdf`` imports the PDF renderer of ``ui``
(offscreen when there is no display).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from workstation import audit
from workstation.cli.audit import add_key_options, load_signer
from workstation.cli.context import EXIT_OK, Context
from workstation.errors import InvalidInput
from workstation.exports import FORMATS, DecisionExports, DecisionFilter
from workstation.models import Role
from workstation.outpaths import atomic_text, check_output_path, write_via
from workstation.reports import (
    PERIODS,
    ExposureReport,
    write_csv,
    write_json,
)


def register(sub: Any) -> None:
    report = sub.add_parser("report", help="wellbeing reports (wellbeing data, kept apart from productivity)")
    rsub = report.add_subparsers(title="report commands", metavar="REPORT", required=True)
    p = rsub.add_parser(
        "exposure",
        help="exposure per reviewer (wellbeing role only), team and queue, per day or week",
    )
    p.add_argument(
        "--from", dest="start", type=_date, required=True, metavar="DATE", help="first day, YYYY-MM-DD"
    )
    p.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE", help="last day, YYYY-MM-DD")
    p.add_argument(
        "--period", choices=PERIODS, default="week", help="rows per day or per week (default week)"
    )
    p.add_argument("--format", choices=("csv", "json", "pdf"), default="csv")
    p.add_argument("--out", metavar="FILE", default="-", help="output file ('-': standard output; csv/json)")
    p.set_defaults(handler=_report_exposure)
    from workstation.cli import operations  # report sla, report daily (docs/operations-sla.md)

    operations.register_reports(rsub, _date)

    export = sub.add_parser("export", help="exports for leads")
    esub = export.add_subparsers(title="export commands", metavar="WHAT", required=True)
    p = esub.add_parser("decisions", help="the decision log, verifiable with 'audit verify FILE'")
    p.add_argument("--format", choices=FORMATS, default="csv")
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument("--from", dest="start", type=_date, metavar="DATE", help="decided on or after (UTC day)")
    p.add_argument("--to", dest="end", type=_date, metavar="DATE", help="decided on or before (UTC day)")
    p.add_argument("--queue", help="only this queue")
    p.add_argument("--reviewer", help="only this reviewer (username)")
    p.add_argument("--verdict", help="only this verdict key")
    p.add_argument("--progress", action="store_true", help="show progress on stderr even when not a terminal")
    add_key_options(p)
    p.set_defaults(handler=_export_decisions)


EARLIEST, LATEST = date(1970, 1, 1), date(2999, 12, 31)


def _date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None
    if not EARLIEST <= day <= LATEST:
        # Week and day arithmetic past year 9999 overflowed into "This is a bug".
        raise argparse.ArgumentTypeError(
            f"{text} is outside the dates this program handles ({EARLIEST} to {LATEST})"
        )
    return day


# -- report exposure -------------------------------------------------------------------------------


def _report_exposure(ctx: Context) -> int:
    args = ctx.args
    if args.format == "pdf" and args.out == "-":
        raise InvalidInput("a PDF needs --out FILE")
    if args.format == "pdf":
        ctx.require_frontend("a PDF report")  # said before the report is made (and audited)
    actor = ctx.actor()
    services = ctx.services
    reports = services.exposure_reports()
    report = reports.exposure(actor, args.start, args.end, period=args.period)
    if args.format == "pdf":
        _write_pdf(ctx, report, Path(args.out))
    elif args.out == "-":
        _write_report(report, args.format, ctx.out)
    else:
        with atomic_text(Path(args.out)) as out:
            _write_report(report, args.format, out)
    if args.out != "-":
        ctx.err.write(
            f"wrote the exposure report {args.start}..{args.end} ({len(report.rows)} rows, "
            f"{'with' if report.individual else 'without'} individual rows) to {args.out}\n"
        )
    return EXIT_OK


def _write_report(report: ExposureReport, fmt: str, out: TextIO) -> None:
    (write_json if fmt == "json" else write_csv)(report, out)


def _write_pdf(ctx: Context, report: ExposureReport, path: Path) -> None:
    write_report_pdf = ctx.require_frontend("a PDF report").write_report_pdf
    check_output_path(path)  # before Qt loads: a bad --out is refused at once
    write_via(path, lambda part: write_report_pdf(report, part), what="PDF report")


# -- export decisions ------------------------------------------------------------------------------


class _Bar:
    """A text progress bar on stderr, redrawn in place."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.ended = False

    def __call__(self, done: int, total: int) -> None:
        if self.ended:
            return
        fraction = done / total if total else 1.0
        filled = int(fraction * 30)
        self.err.write(f"\r[{'#' * filled}{' ' * (30 - filled)}] {fraction:4.0%} {done:,}/{total:,} rows")
        if done >= total:
            self.err.write("\n")
            self.ended = True
        self.err.flush()


def _export_decisions(ctx: Context) -> int:
    args = ctx.args
    actor = ctx.actor()
    services = ctx.services
    exports = DecisionExports(services.db, services.clock, services.decisions)
    # The role first (a reviewer is told that, not about keys), then the key, before any row is read.
    audit.require(services.db, services.clock, actor, "export decisions", Role.LEAD, Role.ADMIN)
    check_output_path(Path(args.out))  # a bad --out is named before anyone is asked for a key
    signer = load_signer(ctx)
    filters = DecisionFilter(args.start, args.end, args.queue, args.reviewer, args.verdict)
    show = args.progress or (ctx.err is sys.stderr and sys.stderr.isatty())
    result = exports.export(
        actor, Path(args.out), args.format, filters, signer=signer, progress=_Bar(ctx.err) if show else None
    )
    ctx.err.write(
        f"exported {result.rows:,} decisions to {result.path}"
        + (
            f" (seq {result.first_seq}..{result.last_seq}, last hash {result.last_hash})"
            if result.rows
            else ""
        )
        + f"; signed with key {result.key}, verify with 'workstation audit verify FILE'"
        + "\n"
    )
    return EXIT_OK

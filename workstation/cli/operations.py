"""Commands of SLA operations: ``report sla``, ``report daily`` and ``operations ...`` (admin settings).

``report sla`` and ``report daily`` hang under ``report`` (``cli_reports`` calls
:func:`register_reports`); ``operations`` is a command of its own. CSV, JSON and Markdown never load
Qt; only ``--format pdf`` imports the PDF writer of ``ui`` (offscreen when there is no display).
Kept out of the ``cli*`` modules so they can move without this one (docs/operations-sla.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workstation.cli.context import EXIT_OK, Context
from workstation.daily_report import FORMATS as DAILY_FORMATS
from workstation.daily_report import DailyReports, write_markdown
from workstation.daily_report import report_html as daily_html
from workstation.daily_report import write_csv as daily_csv
from workstation.errors import InvalidInput
from workstation.outpaths import atomic_text, check_output_path, write_via
from workstation.sla import BY, PERIODS, OperationsSettings, SlaReports
from workstation.sla import report_html as sla_html
from workstation.sla import write_csv as sla_csv
from workstation.sla import write_json as sla_json


def register_reports(rsub: Any, date_type: Any) -> None:
    """``report sla`` and ``report daily`` (``date_type`` parses and bounds YYYY-MM-DD)."""
    p = rsub.add_parser(
        "sla", help="SLA operations per queue or team: backlog, attainment, time to decision, breaches"
    )
    p.add_argument("--by", choices=BY, default="queue")
    p.add_argument("--period", choices=PERIODS, default="day", help="today, or the last 7 days")
    p.add_argument("--format", choices=("csv", "json", "pdf"), default="csv")
    p.add_argument("--per-person", action="store_true", help="add per-reviewer rows (only if policy allows)")
    p.add_argument(
        "--time-zone", metavar="ZONE", help="today and the times in this IANA zone (default: organisation's)"
    )
    p.add_argument("--out", metavar="FILE", default="-", help="output file ('-': standard output; csv/json)")
    p.set_defaults(handler=_report_sla)
    p = rsub.add_parser(
        "daily", help="the lead's daily report: flow, breaches, key tickets, incidents, faults"
    )
    p.add_argument("--date", type=date_type, required=True, metavar="DATE", help="the day, YYYY-MM-DD")
    p.add_argument("--team", help="narrow what people did to this team (its time zone applies)")
    p.add_argument(
        "--time-zone", metavar="ZONE", help="the day and its times in this IANA zone (default: the team's)"
    )
    p.add_argument("--format", choices=DAILY_FORMATS, default="md")
    p.add_argument("--out", metavar="FILE", default="-", help="output file ('-': standard output; md/csv)")
    p.set_defaults(handler=_report_daily)


def register(sub: Any) -> None:
    ops = sub.add_parser("operations", help="SLA operations settings (admins): targets, time zones, policy")
    osub = ops.add_subparsers(title="operations commands", metavar="ACTION", required=True)
    p = osub.add_parser("sla-target", help="a queue's SLA target for items imported without their own")
    p.add_argument("queue")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--minutes", type=int)
    group.add_argument("--hours", type=float)
    group.add_argument("--none", action="store_true", help="remove the target")
    p.set_defaults(handler=_sla_target)
    p = osub.add_parser("timezone", help="the time zone of daily reports (the organisation's, or a team's)")
    p.add_argument("zone", help="an IANA name, e.g. Europe/Dublin")
    p.add_argument("--team")
    p.set_defaults(handler=_timezone)
    p = osub.add_parser("per-person", help="whether SLA reports may show per-reviewer figures")
    p.add_argument("choice", choices=("allow", "forbid"))
    p.set_defaults(handler=_per_person)
    p = osub.add_parser("golden-rate", help="the share of imported items followed by a golden item's copy")
    p.add_argument("rate", type=float, help="0 (off, the default) to 0.2; 0.02 is 2 %%")
    p.set_defaults(handler=_golden_rate)


def _pdf(ctx: Context, html: str, path: Path, title: str, *, landscape: bool) -> None:
    frontend = ctx.require_frontend("writing a PDF report")
    check_output_path(path)  # before Qt loads: a bad --out is refused at once
    write_html_pdf = frontend.write_html_pdf  # the only Qt these commands load, and only for PDF

    write_via(
        path, lambda part: write_html_pdf(html, part, title=title, landscape=landscape), what="PDF report"
    )


def _emit(ctx: Context, write: Any, what: str) -> None:
    if ctx.args.out == "-":
        write(ctx.out)
        return
    check_output_path(Path(ctx.args.out))
    with atomic_text(Path(ctx.args.out)) as out:
        write(out)
    ctx.err.write(f"wrote {what} to {ctx.args.out}\n")


def _report_sla(ctx: Context) -> int:
    args = ctx.args
    if args.format == "pdf" and args.out == "-":
        raise InvalidInput("a PDF needs --out FILE")
    actor = ctx.actor()
    report = SlaReports(ctx.services.db, ctx.services.clock).report(
        actor, by=args.by, period=args.period, per_person=args.per_person, time_zone=args.time_zone
    )
    if args.format == "pdf":
        _pdf(ctx, sla_html(report), Path(args.out), f"SLA report by {args.by}", landscape=True)
        ctx.err.write(f"wrote the SLA report ({len(report.breaches)} breaches) to {args.out}\n")
        return EXIT_OK
    writer = sla_json if args.format == "json" else sla_csv
    _emit(ctx, lambda out: writer(report, out), f"the SLA report ({len(report.breaches)} breaches)")
    return EXIT_OK


def _report_daily(ctx: Context) -> int:
    args = ctx.args
    if args.format == "pdf" and args.out == "-":
        raise InvalidInput("a PDF needs --out FILE")
    actor = ctx.actor()
    report = DailyReports(ctx.services.db, ctx.services.clock).report(
        actor, args.date, team=args.team, fmt=args.format, time_zone=args.time_zone
    )
    if args.format == "pdf":
        _pdf(ctx, daily_html(report), Path(args.out), f"Daily report {args.date}", landscape=False)
        ctx.err.write(f"wrote the daily report of {args.date} to {args.out}\n")
        return EXIT_OK
    writer = daily_csv if args.format == "csv" else write_markdown
    _emit(ctx, lambda out: writer(report, out), f"the daily report of {args.date}")
    return EXIT_OK


def _settings(ctx: Context) -> OperationsSettings:
    return OperationsSettings(ctx.services.db, ctx.services.clock)


def _sla_target(ctx: Context) -> int:
    args = ctx.args
    if args.none:
        minutes = None
    elif args.hours is not None:
        if not args.hours == args.hours or args.hours <= 0:  # NaN and zero or less
            raise InvalidInput(f"--hours must be a positive number, not {args.hours}")
        minutes = round(args.hours * 60) if args.hours < 1e7 else 10**9
    else:
        minutes = args.minutes
    _settings(ctx).set_sla_target(ctx.actor(), args.queue, minutes)
    ctx.out.write(
        f"queue {args.queue}: "
        + (f"items are due {minutes} minutes after import\n" if minutes else "no SLA target\n")
    )
    return EXIT_OK


def _timezone(ctx: Context) -> int:
    _settings(ctx).set_timezone(ctx.actor(), ctx.args.zone, ctx.args.team)
    whose = f"team {ctx.args.team}" if ctx.args.team else "the organisation"
    ctx.out.write(f"daily reports of {whose} use the time zone {ctx.args.zone}\n")
    return EXIT_OK


def _per_person(ctx: Context) -> int:
    allowed = ctx.args.choice == "allow"
    _settings(ctx).set_per_person(ctx.actor(), allowed)
    ctx.out.write(
        "SLA reports may show per-reviewer figures (reviewers with at least 20 decisions)\n"
        if allowed
        else "SLA reports show no per-reviewer figures\n"
    )
    return EXIT_OK


def _golden_rate(ctx: Context) -> int:
    rate = ctx.args.rate
    _settings(ctx).set_golden_rate(ctx.actor(), rate)
    ctx.out.write(
        f"imports mix in a golden item's copy after about {rate:.1%} of items\n"
        if rate
        else "no golden items are mixed into imports\n"
    )
    return EXIT_OK

"""``qa sample|next|review|report|mine|golden``: QA sampling, the blind second review, golden items.

Thin: parsing and printing only; the rules live in ``workstation.qa`` (docs/policies-and-quality.md).
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any

from workstation.cli.context import EXIT_OK, Context, add_format
from workstation.errors import InvalidInput
from workstation.outpaths import check_output_path, write_via
from workstation.qa import report_html

_REPORT_COLUMNS = (
    "n",
    "agreement_pct",
    "agree",
    "over-enforcement",
    "under-enforcement",
    "other",
)
_KAPPA_COLUMNS = (
    "kappa",
    "kappa_low",
    "kappa_high",
    "fleiss_n",
    "fleiss_kappa",
    "fleiss_low",
    "fleiss_high",
)
_GOLDEN_COLUMNS = ("golden_n", "golden_correct", "golden_accuracy_pct")


def register(sub: Any) -> None:
    qa = sub.add_parser("qa", help="QA sampling, blind second review and agreement figures")
    qsub = qa.add_subparsers(title="qa commands", metavar="ACTION", required=True)
    p = qsub.add_parser("sample", help="sample a queue's decisions of a period for QA (lead or admin)")
    p.add_argument("--queue", required=True, metavar="Q")
    p.add_argument("--rate", type=_rate, default=0.05, help="the share to sample (default 0.05: 5 %%)")
    p.add_argument("--min-per-reviewer", type=_count, default=10, metavar="N", help="at least N per reviewer")
    p.add_argument(
        "--period", choices=("day", "week", "month"), default="week", help="how far back (default week)"
    )
    p.add_argument("--seed", type=int, default=None, help="a seed, to repeat a sample exactly")
    p.set_defaults(handler=_sample)
    p = qsub.add_parser("next", help="the next sampled item to review blind (QA reviewers: leads)")
    p.add_argument("--queue", metavar="Q", help="only this queue")
    add_format(p)
    p.set_defaults(handler=_next)
    p = qsub.add_parser("review", help="record your verdict on a sampled item; then see the first verdict")
    p.add_argument("sample", type=_sample_id, metavar="ID", help="the sample's number (qa next)")
    p.add_argument("--verdict", required=True, help="your verdict: a verdict key of the item's queue")
    p.add_argument(
        "--outcome",
        choices=("agree", "over-enforcement", "under-enforcement", "other"),
        help="how your verdict relates to the first (set to agree when the verdicts are equal)",
    )
    p.add_argument("--note", default="", help="a note on the review")
    add_format(p)
    p.set_defaults(handler=_review)
    p = qsub.add_parser("report", help="agreement figures (lead or admin)")
    p.add_argument("--by", choices=("reviewer", "queue", "verdict"), default="queue")
    p.add_argument("--format", choices=("table", "csv", "json", "pdf"), default="table", help="output format")
    p.add_argument("--out", metavar="FILE", default="-", help="output file (required for pdf)")
    p.set_defaults(handler=_report)
    p = qsub.add_parser("mine", help="My QA: how your sampled decisions fared in second review")
    add_format(p)
    p.set_defaults(handler=_mine)
    golden = qsub.add_parser(
        "golden", help="golden items: items whose right verdict is known (lead or admin)"
    )
    gsub = golden.add_subparsers(title="golden commands", metavar="ACTION", required=True)
    p = gsub.add_parser("add", help="make an imported item golden, with the verdict it should get")
    p.add_argument("ref", metavar="REF", help="the item's reference (as imported)")
    p.add_argument("--expected", required=True, metavar="VERDICT", help="a verdict key of the item's queue")
    p.add_argument("--queue", metavar="Q", help="the item's queue, when the reference is in several")
    p.set_defaults(handler=_golden_add)
    p = gsub.add_parser("list", help="golden items with their copies and accuracy")
    p.add_argument("--all", action="store_true", help="retired ones too")
    add_format(p)
    p.set_defaults(handler=_golden_list)
    p = gsub.add_parser("retire", help="stop mixing a golden item in (its results stay)")
    p.add_argument("golden", type=_golden_id, metavar="ID", help="the golden item's number (qa golden list)")
    p.set_defaults(handler=_golden_retire)


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"the rate is a share such as 0.05, not {text!r}") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"the rate is above 0 and at most 1 (0.05 is 5 %), not {text}")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a count is a whole number, not {text!r}") from None
    if not 0 <= value <= 10_000:
        raise argparse.ArgumentTypeError(f"a count is 0 to 10000, not {text}")
    return value


def _sample_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a QA sample is named by its number, not {text!r}") from None
    if not 1 <= value <= 2**31 - 1:
        raise argparse.ArgumentTypeError(f"no QA sample has the number {text}")
    return value


def _golden_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a golden item is named by its number, not {text!r}") from None
    if not 1 <= value <= 2**31 - 1:
        raise argparse.ArgumentTypeError(f"no golden item has the number {text}")
    return value


def _sample(ctx: Context) -> int:
    a = ctx.args
    result = ctx.services.qa.sample(
        ctx.actor(), a.queue, rate=a.rate, min_per_reviewer=a.min_per_reviewer, period=a.period, seed=a.seed
    )
    ctx.out.write(
        f"sampled {result.sampled} of {result.candidates} decisions of {result.queue} "
        f"({result.period_from:%Y-%m-%d %H:%M} to {result.period_to:%Y-%m-%d %H:%M} UTC; "
        f"{result.urgent} urgent ones of reviewers in their first two weeks); "
        "they wait for a blind second review (workstation qa next)\n"
    )
    return EXIT_OK


def _next(ctx: Context) -> int:
    item = ctx.services.qa.next_item(ctx.actor(), ctx.args.queue)
    if item is None:
        ctx.out.write("no sampled item waits for your review\n")
        return EXIT_OK
    if ctx.args.format == "json":
        json.dump(vars(item) | {"verdicts": list(item.verdicts)}, ctx.out, indent=2)
        ctx.out.write("\n")
        return EXIT_OK
    ctx.out.write(
        f"QA sample {item.sample_id}: {item.external_ref} in {item.queue}\n"
        f"  escalated because: {item.item_reason or '(no reason given)'}\n"
        f"  language: {item.language or '(not given)'}\n"
        f"  verdicts: {', '.join(item.verdicts)}\n"
        f"decide blind: workstation qa review {item.sample_id} --verdict V [--outcome O] [--note TEXT]\n"
    )
    return EXIT_OK


def _review(ctx: Context) -> int:
    a = ctx.args
    r = ctx.services.qa.review(ctx.actor(), a.sample, a.verdict, a.outcome, a.note)
    if a.format == "json":
        json.dump(vars(r), ctx.out, indent=2)
        ctx.out.write("\n")
        return EXIT_OK
    ctx.out.write(
        f"QA review {r.review_id} recorded on {r.external_ref}: your verdict {r.qa_verdict}; the first "
        f"verdict was {r.first_verdict} (by {r.first_reviewer}); outcome {r.outcome}\n"
    )
    return EXIT_OK


def _report(ctx: Context) -> int:
    a = ctx.args
    by = a.by
    if a.format == "pdf" and a.out == "-":
        raise InvalidInput("a PDF needs --out FILE")
    rows = ctx.services.qa.report(ctx.actor(), by)
    if a.format == "pdf":
        path = Path(a.out)
        frontend = ctx.require_frontend("writing a PDF report")
        check_output_path(path)  # before Qt loads: a bad --out is refused at once
        html = report_html(rows, by, ctx.services.clock.now())
        write_via(
            path,
            lambda part: frontend.write_html_pdf(html, part, title=f"QA report by {by}", landscape=True),
            what="PDF report",
        )
        ctx.err.write(f"wrote the QA report by {by} ({len(rows)} rows) to {a.out}\n")
        return EXIT_OK
    columns = (
        by,
        *_REPORT_COLUMNS,
        *(_KAPPA_COLUMNS if by == "queue" else ()),
        *(_GOLDEN_COLUMNS if by != "verdict" else ()),
    )
    if a.format == "json":
        json.dump(rows, ctx.out, indent=2)
        ctx.out.write("\n")
        return EXIT_OK
    if a.format == "csv":
        writer = csv.DictWriter(ctx.out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return EXIT_OK
    ctx.emit(rows, columns)
    if by == "queue":
        ctx.out.write(
            "kappa (Cohen's; Fleiss' over items more than two reviewers saw) and its 95 % interval are "
            "shown only from n >= 30 items\n"
        )
    return EXIT_OK


def _mine(ctx: Context) -> int:
    mine = ctx.services.qa.mine(ctx.actor())
    if ctx.args.format == "json":
        json.dump(mine, ctx.out, indent=2)
        ctx.out.write("\n")
        return EXIT_OK
    if not mine["n"]:
        ctx.out.write("none of your decisions has had a QA review yet\n")
        _mine_golden(ctx, mine["golden"])
        return EXIT_OK
    ctx.out.write(f"{mine['n']} of your decisions had a second review; agreement {mine['agreement_pct']} %\n")
    ctx.emit(mine["items"], ("queue", "your_verdict", "qa_verdict", "outcome"))
    _mine_golden(ctx, mine["golden"])
    return EXIT_OK


def _mine_golden(ctx: Context, golden: dict[str, Any]) -> None:
    if golden["n"]:
        ctx.out.write(
            f"golden items: {golden['correct']} of {golden['n']} decided as expected "
            f"({golden['accuracy_pct']} %; decisions made before today)\n"
        )


def _golden_add(ctx: Context) -> int:
    a = ctx.args
    g = ctx.services.qa.golden.add(ctx.actor(), a.ref, a.expected, a.queue)
    rate = ctx.services.qa.golden.rate()
    mixing = (
        f"copies are mixed into imports of the queue after about {rate:.1%} of items"
        if rate
        else "no copy is mixed in until an admin sets a rate (workstation operations golden-rate R)"
    )
    ctx.out.write(f"golden item {g.id}: {g.external_ref} in {g.queue}, expected {g.expected}; {mixing}\n")
    return EXIT_OK


def _golden_list(ctx: Context) -> int:
    rows = ctx.services.qa.golden.listing(ctx.actor(), retired=ctx.args.all)
    out = [
        {
            "id": g.id,
            "ref": g.external_ref,
            "queue": g.queue,
            "expected": g.expected,
            "added": f"{g.added_at:%Y-%m-%d}",
            "by": g.added_by,
            "retired": f"{g.retired_at:%Y-%m-%d}" if g.retired_at else "",
            "copies": g.copies,
            "decided": g.decided,
            "correct": g.correct,
        }
        for g in rows
    ]
    if ctx.args.format == "json":
        json.dump(out, ctx.out, indent=2)
        ctx.out.write("\n")
        return EXIT_OK
    if not out:
        ctx.out.write("no golden item yet (workstation qa golden add REF --expected VERDICT)\n")
        return EXIT_OK
    ctx.emit(out, tuple(out[0]))
    return EXIT_OK


def _golden_retire(ctx: Context) -> int:
    g = ctx.services.qa.golden.retire(ctx.actor(), ctx.args.golden)
    ctx.out.write(f"golden item {g.id} ({g.external_ref}) is retired: no new copies; its results stay\n")
    return EXIT_OK

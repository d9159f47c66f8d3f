"""``policies publish|diff|list|show`` and ``decisions correct|appeal|list|notices``.

Thin: parsing and printing only; the rules live in ``workstation.policies`` and
``workstation.corrections`` (docs/policies-and-quality.md).
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from workstation import policies
from workstation.cli.context import EXIT_OK, Context, add_format
from workstation.errors import InvalidInput


def register(sub: Any) -> None:
    pol = sub.add_parser("policies", help="policies (SOPs) beside the verdicts: publish, compare, read")
    psub = pol.add_subparsers(title="policies commands", metavar="ACTION", required=True)
    p = psub.add_parser("publish", help="publish a policy file as a new version (lead or admin)")
    p.add_argument("file", metavar="FILE", help="a policy file (TOML; see resources/policies/)")
    p.add_argument(
        "--effective",
        type=_date,
        required=True,
        metavar="DATE",
        help="the UTC day it takes effect (today or later)",
    )
    p.set_defaults(handler=_publish)
    p = psub.add_parser("diff", help="what changed between two published versions (lead or admin)")
    p.add_argument("a", metavar="A", help="the older version")
    p.add_argument("b", metavar="B", help="the newer version")
    p.set_defaults(handler=_diff)
    p = psub.add_parser("list", help="the published versions")
    add_format(p)
    p.set_defaults(handler=_list)
    p = psub.add_parser("show", help="one version's sections (default: the one in force now)")
    p.add_argument("policy_version", nargs="?", metavar="VERSION")
    p.add_argument("--section", metavar="ID", help="print this section's full text")
    p.set_defaults(handler=_show)

    dec = sub.add_parser("decisions", help="corrections and appeals of decisions (leads and admins)")
    dsub = dec.add_subparsers(title="decisions commands", metavar="ACTION", required=True)
    p = dsub.add_parser("correct", help="record the right verdict in place of a decision (lead or admin)")
    p.add_argument("decision", type=_decision_id, metavar="ID", help="the decision's number (decisions list)")
    p.add_argument("--verdict", required=True, help="a verdict key of the item's queue")
    p.add_argument("--reason", required=True, help="why: the reviewer is told it")
    p.add_argument("--note", default="", help="a note, where the verdict needs one")
    p.set_defaults(handler=_correct)
    p = dsub.add_parser(
        "appeal", help="record an appeal: another reviewer decides the item again (lead or admin)"
    )
    p.add_argument("decision", type=_decision_id, metavar="ID")
    p.add_argument("--reason", required=True, help="the appeal's grounds: the reviewer is told them")
    p.set_defaults(handler=_appeal)
    p = dsub.add_parser("list", help="an item's decisions with their numbers (lead or admin)")
    p.add_argument("--item", required=True, metavar="REF", help="the item's external reference")
    add_format(p)
    p.set_defaults(handler=_list_decisions)
    p = dsub.add_parser("notices", help="what happened to your decisions: corrections and appeals")
    p.add_argument("--days", type=int, default=14, help="how far back (default 14 days)")
    p.set_defaults(handler=_notices)


def _publish(ctx: Context) -> int:
    actor = ctx.actor()
    draft = policies.read_file(Path(ctx.args.file))
    published = ctx.services.policies.publish(actor, draft, ctx.args.effective)
    assert published.effective_at is not None
    ctx.out.write(
        f"published policy {published.version} ({len(published.sections)} sections), effective "
        f"{published.effective_at:%Y-%m-%d} 00:00 UTC; sha256 {published.sha256}\n"
    )
    return EXIT_OK


def _diff(ctx: Context) -> int:
    ctx.out.write(ctx.services.policies.diff(ctx.actor(), ctx.args.a, ctx.args.b))
    return EXIT_OK


def _list(ctx: Context) -> int:
    ctx.actor()
    now = ctx.services.clock.now()
    current = ctx.services.policies.current()
    rows = [
        {
            "version": p.version,
            "title": p.title,
            "effective": f"{p.effective_at:%Y-%m-%d}" if p.effective_at else "",
            "state": "in force"
            if current is not None and p.version == current.version
            else "future"
            if p.effective_at is not None and p.effective_at > now
            else "past",
            "sections": len(p.sections),
            "sha256": p.sha256[:16],
        }
        for p in ctx.services.policies.versions()
    ]
    ctx.emit(rows, ("version", "title", "effective", "state", "sections", "sha256"))
    return EXIT_OK


def _show(ctx: Context) -> int:
    ctx.actor()
    svc = ctx.services.policies
    policy = svc.get(ctx.args.policy_version) if ctx.args.policy_version else svc.current()
    if policy is None:
        ctx.out.write("no policy is in force yet; a lead publishes one with 'workstation policies publish'\n")
        return EXIT_OK
    today = ctx.services.clock.now().date()
    if ctx.args.section:
        section = policy.section(ctx.args.section)
        if section is None:
            from workstation.errors import NotFound

            raise NotFound(f"policy {policy.version} has no section {ctx.args.section!r}")
        ctx.out.write(f"# {section.title}  [{section.id}, policy {policy.version}]\n\n{section.summary}\n\n")
        ctx.out.write(section.text + "\n")
        for example in section.examples:
            ctx.out.write(f"- example: {example}\n")
        return EXIT_OK
    ctx.out.write(f"{policy.title} — version {policy.version}\n")
    for s in policy.sections:
        badge = "  [changed]" if s.changed_recently(today) else ""
        ctx.out.write(f"  {s.id:<22} {s.title}{badge}\n")
    return EXIT_OK


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _decision_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a decision is named by its number, not {text!r}") from None
    if not 1 <= value <= 2**31 - 1:
        raise argparse.ArgumentTypeError(f"no decision has the number {text}")
    return value


def _correct(ctx: Context) -> int:
    a = ctx.args
    record = ctx.services.corrections.correct(ctx.actor(), a.decision, a.verdict, a.reason, a.note)
    ctx.out.write(
        f"decision {record.id} corrects decision {a.decision} on {record.external_ref}: {record.verdict} "
        f"({record.reason}); the reviewer is told in their window\n"
    )
    return EXIT_OK


def _appeal(ctx: Context) -> int:
    record = ctx.services.corrections.appeal(ctx.actor(), ctx.args.decision, ctx.args.reason)
    ctx.out.write(
        f"decision {ctx.args.decision} on {record.external_ref} is under appeal (record {record.id}); the "
        "item is back in its queue for a reviewer other than the original one\n"
    )
    return EXIT_OK


def _list_decisions(ctx: Context) -> int:
    rows = ctx.services.corrections.item_decisions(ctx.actor(), ctx.args.item)
    ctx.emit(rows, ("id", "decided_at", "reviewer", "verdict", "reason", "supersedes", "policy_version"))
    return EXIT_OK


def _notices(ctx: Context) -> int:
    if not 1 <= ctx.args.days <= 3660:
        raise InvalidInput("--days is 1 to 3660")
    actor = ctx.actor()
    since = ctx.services.clock.now() - timedelta(days=ctx.args.days)
    notices = ctx.services.corrections.notices_for(actor, since)
    if not notices:
        ctx.out.write(f"nothing happened to your decisions in the last {ctx.args.days} days\n")
    for n in notices:
        ctx.out.write(f"{n.at:%Y-%m-%d %H:%M} UTC  {n.text()}\n")
    return EXIT_OK

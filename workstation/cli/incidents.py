"""``incidents list|show|ack|act|close|duty|webhook-test|watch``, ``escalations list|take-back`` and
``queues set --escalate-to`` (docs/escalations-and-incidents.md)."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from workstation.cli.context import EXIT_OK, EXIT_PARTIAL, Context, add_format
from workstation.incidents import Alert, IncidentView, IncidentWatch, ladder, load_policy, post_webhook


def register(sub: Any) -> None:
    inc = sub.add_parser("incidents", help="urgent incidents: list, show, acknowledge, act, close; duty list")
    isub = inc.add_subparsers(title="incidents commands", metavar="ACTION", required=True)
    p = isub.add_parser("list", help="incidents, newest first (leads and admins: all; others: their own)")
    p.add_argument("--open", action="store_true", help="only incidents not closed")
    add_format(p)
    p.set_defaults(handler=_list)
    p = isub.add_parser("show", help="one incident with its timeline")
    p.add_argument("id", type=int)
    add_format(p)
    p.set_defaults(handler=_show)
    p = isub.add_parser("ack", help="acknowledge an incident (leads)")
    p.add_argument("id", type=int)
    p.set_defaults(handler=_ack)
    p = isub.add_parser("act", help="record an action taken on an incident (leads)")
    p.add_argument("id", type=int)
    p.add_argument("--note", required=True, help="what was done")
    p.set_defaults(handler=_act)
    p = isub.add_parser("close", help="close an incident with its outcome (leads)")
    p.add_argument("id", type=int)
    p.add_argument("--outcome", required=True, help="how it ended")
    p.add_argument("--ref", default="", help="the external reference (police case, platform ticket)")
    p.set_defaults(handler=_close)
    duty = isub.add_parser(
        "duty", help="the leads on incident duty, in the order the alert ladder reaches them"
    )
    dsub = duty.add_subparsers(title="duty commands", metavar="ACTION", required=True)
    p = dsub.add_parser("set", help="replace the duty list (leads, in order)")
    p.add_argument("leads", nargs="*", metavar="LEAD")
    p.set_defaults(handler=_duty_set)
    p = dsub.add_parser("list", help="show the duty list")
    p.set_defaults(handler=_duty_list)
    p = isub.add_parser("webhook-test", help="send a test message to the configured webhook, with retries")
    p.add_argument("--url", help="another URL than the configured webhook_url")
    p.set_defaults(handler=_webhook_test)
    p = isub.add_parser(
        "watch", help="run the alert ladder and the webhook for open incidents (one process per organisation)"
    )
    p.add_argument("--once", action="store_true", help="check once and exit")
    p.add_argument("--every", type=float, default=30.0, help="seconds between checks (default 30)")
    p.set_defaults(handler=_watch)

    esc = sub.add_parser("escalations", help="escalations: list, take back, decide (leads)")
    esub = esc.add_subparsers(title="escalations commands", metavar="ACTION", required=True)
    p = esub.add_parser("list", help="open escalations you may see (--all: closed ones too)")
    p.add_argument("--all", action="store_true")
    add_format(p)
    p.set_defaults(handler=_esc_list)
    p = esub.add_parser("take-back", help="take back your escalation while nobody has claimed it")
    p.add_argument("id", type=int)
    p.set_defaults(handler=_esc_take_back)
    p = esub.add_parser(
        "decide", help="a lead decides an escalation sent to the leads (with a queue's verdict)"
    )
    p.add_argument("id", type=int)
    p.add_argument("verdict", help="a verdict key of the item's queue, e.g. remove")
    p.add_argument("--reason", default="")
    p.add_argument("--note", default="")
    p.set_defaults(handler=_esc_decide)


def add_queue_set(qsub: Any) -> None:
    """``queues set NAME --escalate-to DEST...`` (registered by ``cli_admin`` under ``queues``)."""
    p = qsub.add_parser("set", help="set where a queue's escalations go")
    p.add_argument("name")
    p.add_argument(
        "--escalate-to",
        action="append",
        required=True,
        metavar="DEST",
        help="a queue name, or 'leads' (the leads of the reviewer's team); repeat for several, in the order "
        "the E dialog offers them; 'none' alone: back to the leads only",
    )
    p.set_defaults(handler=_queues_set)


# -- incidents ----------------------------------------------------------------------------------------


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else ""


def _row(view: IncidentView, now: datetime) -> dict[str, Any]:
    policy = load_policy()
    step = ladder(
        severity=view.severity,
        opened_at=view.opened_at,
        duty=[],
        policy=policy,
        now=view.closed_at or now,
        acknowledged_at=view.acknowledged_at,
        acted_at=view.acted_at,
    )
    late = [w for w, flag in (("ack", step.ack_overdue), ("act", step.act_overdue)) if flag]
    return {
        "id": view.id,
        "severity": view.severity,
        "state": view.state,
        "category": view.category,
        "item": view.item_ref,
        "opened": _when(view.opened_at),
        "opened_by": view.opened_by,
        "acknowledged_by": view.acknowledged_by,
        "late": ",".join(late),
    }


def _list(ctx: Context) -> int:
    services = ctx.services
    now = services.clock.now()
    views = services.incidents.list(ctx.actor(), open_only=ctx.args.open)
    ctx.emit(
        [_row(v, now) for v in views],
        ["id", "severity", "state", "category", "item", "opened", "opened_by", "acknowledged_by", "late"],
    )
    return EXIT_OK


def _show(ctx: Context) -> int:
    view = ctx.services.incidents.show(ctx.actor(), ctx.args.id)
    if ctx.args.format == "json":
        row = _row(view, ctx.services.clock.now())
        row["outcome"], row["external_ref"] = view.outcome, view.external_ref
        row["timeline"] = [
            {
                "kind": t.kind,
                "who": t.who,
                "at": _when(t.at),
                "note": t.note,
                "outcome": t.outcome,
                "ref": t.external_ref,
            }
            for t in view.timeline
        ]
        ctx.emit([row], [])
        return EXIT_OK
    out = ctx.out
    out.write(f"incident {view.id}: {view.severity} {view.category} ({view.state})\n")
    out.write(f"  item: {view.item_ref or '-'} in {view.queue or '-'}\n")
    for t in view.timeline:
        detail = "; ".join(
            x for x in (t.note, t.outcome, f"ref {t.external_ref}" if t.external_ref else "") if x
        )
        out.write(f"  {_when(t.at)}  {t.kind:<12} {t.who}{': ' + detail if detail else ''}\n")
    return EXIT_OK


def _say(ctx: Context, view: IncidentView, what: str) -> int:
    ctx.out.write(f"incident {view.id} ({view.severity} {view.category}): {what}\n")
    return EXIT_OK


def _ack(ctx: Context) -> int:
    view = ctx.services.incidents.record(ctx.actor(), ctx.args.id, "acknowledged")
    return _say(ctx, view, f"acknowledged by {view.acknowledged_by}")


def _act(ctx: Context) -> int:
    view = ctx.services.incidents.record(ctx.actor(), ctx.args.id, "action", note=ctx.args.note)
    return _say(ctx, view, "action recorded")


def _close(ctx: Context) -> int:
    view = ctx.services.incidents.record(
        ctx.actor(), ctx.args.id, "closed", outcome=ctx.args.outcome, external_ref=ctx.args.ref
    )
    return _say(ctx, view, f"closed: {view.outcome}")


def _duty_set(ctx: Context) -> int:
    duty = ctx.services.incidents.set_duty(ctx.actor(), ctx.args.leads)
    ctx.out.write(f"on incident duty, in order: {', '.join(duty) or 'nobody'}\n")
    return EXIT_OK


def _duty_list(ctx: Context) -> int:
    ctx.actor()
    duty = ctx.services.incidents.duty()
    ctx.out.write(f"on incident duty, in order: {', '.join(duty) or 'nobody'}\n")
    return EXIT_OK


def _webhook_test(ctx: Context) -> int:
    policy = load_policy()
    url = ctx.args.url or policy.webhook_url
    if not url:
        ctx.err.write(
            "workstation: no webhook is configured: set webhook_url in the incidents configuration "
            "(docs/escalations-and-incidents.md) or pass --url\n"
        )
        return EXIT_PARTIAL
    if not url.startswith(("http://", "https://")):
        ctx.err.write("workstation: a webhook URL starts with http:// or https://\n")
        return EXIT_PARTIAL
    result = post_webhook(
        url,
        {"type": "incident.test", "message": "Reviewer Workstation webhook test"},
        attempts=policy.webhook_attempts,
        backoff_seconds=policy.webhook_backoff_seconds,
    )
    if result.ok:
        ctx.out.write(f"webhook answered {result.status} after {result.attempts} attempt(s)\n")
        return EXIT_OK
    ctx.err.write(f"workstation: the webhook failed after {result.attempts} attempt(s): {result.error}\n")
    return EXIT_PARTIAL


def _watch(ctx: Context) -> int:
    services = ctx.services
    actor = ctx.actor()
    policy = load_policy()

    def notify(alert: Alert) -> None:
        line = (
            f"{_when(services.clock.now())} incident {alert.incident.id} {alert.incident.severity} "
            f"{alert.incident.category}: alerting {alert.lead}"
            + (" (not acknowledged in time)" if alert.rung else "")
        )
        ctx.out.write(line + "\n")
        ctx.out.flush()
        if policy.webhook_url:
            result = post_webhook(
                policy.webhook_url,
                alert.payload(),
                attempts=policy.webhook_attempts,
                backoff_seconds=policy.webhook_backoff_seconds,
            )
            if not result.ok:
                ctx.err.write(f"workstation: the webhook failed: {result.error}\n")

    watch = IncidentWatch(policy, notify)
    while True:
        watch.tick(
            services.incidents.list(actor, open_only=True), services.incidents.duty(), services.clock.now()
        )
        if ctx.args.once:
            return EXIT_OK
        time.sleep(max(1.0, ctx.args.every))


# -- escalations --------------------------------------------------------------------------------------


def _esc_list(ctx: Context) -> int:
    views = ctx.services.escalations.list(ctx.actor(), open_only=not ctx.args.all)
    ctx.emit(
        [
            {
                "id": v.id,
                "item": v.item_ref,
                "from": v.from_queue,
                "to": v.to,
                "by": v.by,
                "at": _when(v.at),
                "state": v.state,
                "imminent": "yes" if v.imminent else "",
                "note": v.note,
            }
            for v in views
        ],
        ["id", "item", "from", "to", "by", "at", "state", "imminent", "note"],
    )
    return EXIT_OK


def _esc_take_back(ctx: Context) -> int:
    item = ctx.services.escalations.take_back(ctx.actor(), ctx.args.id)
    ctx.out.write(
        f"took back escalation {ctx.args.id}: {item.external_ref} is back in {item.queue}, claimed for you; "
        "open the window to decide it\n"
    )
    return EXIT_OK


def _esc_decide(ctx: Context) -> int:
    args = ctx.args
    ctx.services.escalations.decide(ctx.actor(), args.id, args.verdict, reason=args.reason, note=args.note)
    ctx.out.write(f"escalation {args.id} decided: {args.verdict}; it supersedes the escalation\n")
    return EXIT_OK


def _queues_set(ctx: Context) -> int:
    dests = [d.strip() for d in ctx.args.escalate_to]
    if dests == ["none"]:
        dests = []
    routes = ctx.services.escalations.set_routes(ctx.actor(), ctx.args.name, dests)
    ctx.out.write(f"{ctx.args.name.strip()} escalates to: {', '.join(routes) or 'its team leads'}\n")
    return EXIT_OK

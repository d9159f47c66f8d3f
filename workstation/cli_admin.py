"""``db``, ``users`` and ``queues`` commands."""

from __future__ import annotations

import argparse
from typing import Any

from workstation import config, taxonomy
from workstation.cli import EXIT_OK, Context, add_format
from workstation.db import Database


def register(sub: Any) -> None:
    db = sub.add_parser("db", help="database schema: upgrade, current")
    dbsub = db.add_subparsers(title="db commands", metavar="ACTION", required=True)
    p = dbsub.add_parser("upgrade", help="create or upgrade the schema to this version's")
    p.set_defaults(handler=_db_upgrade)
    p = dbsub.add_parser("current", help="show the schema revision of the database")
    add_format(p)
    p.set_defaults(handler=_db_current)

    users = sub.add_parser("users", help="users, teams and roles")
    usub = users.add_subparsers(title="users commands", metavar="ACTION", required=True)
    p = usub.add_parser("add", help="add a user (the first user of a new database needs no admin)")
    p.add_argument("name")
    p.add_argument(
        "--role",
        action="append",
        required=True,
        choices=("reviewer", "wellbeing", "lead", "admin"),
        help="a role; repeat for several",
    )
    p.add_argument("--team", help="team name (created when new)")
    p.add_argument("--display-name", help="name shown in the window")
    p.set_defaults(handler=_users_add)
    p = usub.add_parser("list", help="list users")
    add_format(p)
    p.set_defaults(handler=_users_list)
    p = usub.add_parser("grant", help="grant a reviewer a restricted queue")
    p.add_argument("name")
    p.add_argument("queue")
    p.set_defaults(handler=_users_grant)

    queues = sub.add_parser("queues", help="review queues")
    qsub = queues.add_subparsers(title="queues commands", metavar="ACTION", required=True)
    p = qsub.add_parser("add", help="add a queue")
    p.add_argument("name")
    p.add_argument(
        "--tier", type=int, required=True, choices=(1, 2, 3, 4), help="severity tier, 4 the most severe"
    )
    p.add_argument(
        "--taxonomy",
        default="general",
        help="a taxonomy of resources/taxonomies.toml by name, or a .toml file (default: general)",
    )
    p.add_argument("--restricted", action="store_true", help="only reviewers granted it may open it")
    p.add_argument("--description", default="")
    p.set_defaults(handler=_queues_add)
    p = qsub.add_parser("list", help="list queues with item counts by status")
    add_format(p)
    p.set_defaults(handler=_queues_list)


def _database(ctx: Context) -> Database:
    return Database(config.resolve_database_url(ctx.args.database_url))


def _db_upgrade(ctx: Context) -> int:
    db = _database(ctx)
    try:
        before = db.current_revision()
        after = db.upgrade()
    finally:
        db.dispose()
    if before == after:
        ctx.out.write(f"schema already at {after} ({db.safe_url})\n")
    else:
        ctx.out.write(f"schema upgraded from {before or 'empty'} to {after} ({db.safe_url})\n")
    return EXIT_OK


def _db_current(ctx: Context) -> int:
    db = _database(ctx)
    try:
        current = db.current_revision()
        head = db.head_revision()
    finally:
        db.dispose()
    status = "empty" if current is None else ("up to date" if current == head else "needs upgrade")
    ctx.emit(
        [{"database": db.safe_url, "revision": current or "", "app_revision": head, "status": status}],
        ["database", "revision", "app_revision", "status"],
    )
    return EXIT_OK


def _users_add(ctx: Context) -> int:
    args: argparse.Namespace = ctx.args
    by = ctx.admin_or_bootstrap()
    actor = ctx.services.directory.add_user(
        args.name, args.role, team=args.team, display_name=args.display_name, by=by
    )
    ctx.out.write(f"added {actor.username} ({', '.join(sorted(r.value for r in actor.roles))})\n")
    return EXIT_OK


def _users_list(ctx: Context) -> int:
    ctx.actor()  # any signed-in user may list
    rows = [
        {
            "name": u.username,
            "display_name": u.display_name,
            "team": u.team or "",
            "roles": ",".join(u.roles),
            "active": u.active,
        }
        for u in ctx.services.directory.list_users()
    ]
    ctx.emit(rows, ["name", "display_name", "team", "roles", "active"])
    return EXIT_OK


def _users_grant(ctx: Context) -> int:
    by = ctx.admin_or_bootstrap()
    ctx.services.directory.grant_queue(ctx.args.name, ctx.args.queue, by=by)
    ctx.out.write(f"granted {ctx.args.queue} to {ctx.args.name}\n")
    return EXIT_OK


def _queues_add(ctx: Context) -> int:
    args = ctx.args
    by = ctx.admin_or_bootstrap()
    info = ctx.services.directory.add_queue(
        args.name,
        severity_tier=args.tier,
        verdicts=taxonomy.builtin(args.taxonomy),
        restricted=args.restricted,
        description=args.description,
        by=by,
    )
    ctx.out.write(
        f"added queue {info.name} (tier {info.severity_tier}, {len(info.verdicts)} verdicts"
        f"{', restricted' if info.restricted else ''})\n"
    )
    return EXIT_OK


def _queues_list(ctx: Context) -> int:
    ctx.actor()
    rows = [
        {
            "name": q.name,
            "tier": q.severity_tier,
            "restricted": q.restricted,
            **q.counts,
            "verdicts": ",".join(v.key for v in q.verdicts),
        }
        for q in ctx.services.directory.list_queues()
    ]
    ctx.emit(rows, ["name", "tier", "restricted", "pending", "decided", "escalated", "verdicts"])
    return EXIT_OK

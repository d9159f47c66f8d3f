"""``db``, ``users`` and ``queues`` commands."""

from __future__ import annotations

import argparse
from typing import Any

from workstation import config, credentials, taxonomy
from workstation.cli.context import EXIT_OK, Context, add_format
from workstation.db import Database
from workstation.errors import InvalidInput
from workstation.models import Role

ROLES = ("reviewer", "wellbeing", "lead", "admin")


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
        choices=ROLES,
        help="a role; repeat for several",
    )
    p.add_argument("--team", help="team name (created when new)")
    p.add_argument("--display-name", help="name shown in the window")
    p.add_argument(
        "--login",
        action="store_true",
        help="PostgreSQL: also create the person's database login role with the group roles of their roles",
    )
    p.add_argument(
        "--password",
        action="store_true",
        help="with --login: set an initial password (asked for; never on the command line). Without it "
        "the login uses the organisation's method (Kerberos, certificates...)",
    )
    p.set_defaults(handler=_users_add)
    p = usub.add_parser("list", help="list users (a reviewer sees only themselves)")
    add_format(p)
    p.set_defaults(handler=_users_list)
    p = usub.add_parser("grant", help="grant a reviewer a restricted queue")
    p.add_argument("name")
    p.add_argument("queue")
    p.set_defaults(handler=_users_grant)
    p = usub.add_parser("set-roles", help="replace a user's roles (and their login's group roles)")
    p.add_argument("name")
    p.add_argument("--role", action="append", required=True, choices=ROLES, help="a role; repeat for several")
    p.set_defaults(handler=_users_set_roles)
    p = usub.add_parser("set-team", help="move a user to a team (created when new)")
    p.add_argument("name")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("team", nargs="?", help="the team")
    group.add_argument("--none", action="store_true", help="take the user out of any team")
    p.set_defaults(handler=_users_set_team)
    p = usub.add_parser(
        "deactivate",
        help="offboard a user: no more sign-in (the PostgreSQL login is disabled), open claims are "
        "released, history stays",
    )
    p.add_argument("name")
    p.set_defaults(handler=_users_deactivate)

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
    from workstation.cli.incidents import add_queue_set  # issue 15: where escalations go

    add_queue_set(qsub)


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
    by = ctx.admin_or_bootstrap("add users")
    directory = ctx.services.directory
    if (args.login or args.password) and directory.db.is_sqlite:
        raise InvalidInput(
            "--login and --password create a PostgreSQL login; on SQLite people sign in as their "
            "operating-system account, so add the user under that account's name"
        )
    if args.password and not args.login:
        raise InvalidInput("--password sets the password of the login that --login creates; add --login")
    password = _new_password(ctx, args.name) if args.password else None
    actor = directory.add_user(
        args.name,
        args.role,
        team=args.team,
        display_name=args.display_name,
        by=by,
        login=args.login,
        password=password,
    )
    login = " with a database login" if args.login else ""
    ctx.out.write(f"added {actor.username} ({', '.join(sorted(r.value for r in actor.roles))}){login}\n")
    return EXIT_OK


def _new_password(ctx: Context, name: str) -> str:
    """An initial password for a new login, typed twice on the terminal; never an argument."""
    prompter = ctx.prompter or credentials.terminal_prompter()
    first = prompter.password(f"Initial password for {name}:")
    if not first:
        raise InvalidInput("--password needs a password typed at the prompt (a terminal is required)")
    if prompter.password(f"The same password again for {name}:") != first:
        raise InvalidInput("the two passwords differ; nothing was changed")
    return first


def _users_list(ctx: Context) -> int:
    actor = ctx.actor()
    rows = [
        {
            "name": u.username,
            "display_name": u.display_name,
            "team": u.team or "",
            "roles": ",".join(u.roles),
            "active": u.active,
        }
        for u in ctx.services.directory.list_users(for_actor=actor)
    ]
    ctx.emit(rows, ["name", "display_name", "team", "roles", "active"])
    return EXIT_OK


def _users_grant(ctx: Context) -> int:
    by = ctx.admin_or_bootstrap("grant restricted queues")
    ctx.services.directory.grant_queue(ctx.args.name, ctx.args.queue, by=by)
    ctx.out.write(f"granted {ctx.args.queue} to {ctx.args.name}\n")
    return EXIT_OK


def _users_set_roles(ctx: Context) -> int:
    by = ctx.admin_or_bootstrap("change roles")
    actor = ctx.services.directory.set_roles(ctx.args.name, ctx.args.role, by=by)
    ctx.out.write(f"{actor.username} now has: {', '.join(sorted(r.value for r in actor.roles))}\n")
    return EXIT_OK


def _users_set_team(ctx: Context) -> int:
    by = ctx.admin_or_bootstrap("change teams")
    team = None if ctx.args.none else ctx.args.team
    if team is not None and not team.strip():
        raise InvalidInput("a team name cannot be empty; use --none to take the user out of any team")
    ctx.services.directory.set_team(ctx.args.name, team, by=by)
    ctx.out.write(f"{ctx.args.name.strip()} is now {'in ' + team.strip() if team else 'in no team'}\n")
    return EXIT_OK


def _users_deactivate(ctx: Context) -> int:
    by = ctx.admin_or_bootstrap("deactivate users")
    released = ctx.services.directory.deactivate(ctx.args.name, by=by)
    ctx.out.write(
        f"deactivated {ctx.args.name.strip()}: they can no longer sign in; {released} open claim(s) "
        "released; their history is kept\n"
    )
    return EXIT_OK


def _queues_add(ctx: Context) -> int:
    args = ctx.args
    by = ctx.admin_or_bootstrap("add queues")
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
    from workstation import sla  # the backlog columns (SLA operations, docs/operations-sla.md)

    actor = ctx.actor()
    waiting = sla.backlog_by_name(ctx.services.db, ctx.services.clock)
    rows = [
        {
            "name": q.name,
            "tier": q.severity_tier,
            "restricted": q.restricted,
            **q.counts,
            **sla.backlog_columns(waiting.get(q.name), ctx.services.clock.now()),
            "verdicts": ",".join(v.key for v in q.verdicts),
        }
        # admins administer every queue; anyone else sees only the queues they may open
        for q in ctx.services.directory.list_queues(for_actor=None if actor.has(Role.ADMIN) else actor)
    ]
    ctx.emit(
        rows,
        [
            *("name", "tier", "restricted", "pending", "decided", "escalated"),
            *("oldest", "due_1h", "overdue", "verdicts"),
        ],
    )
    return EXIT_OK

"""``policy show|set|history``: the organisation's wellbeing policy from the command line.

``show`` is for everyone signed in (the policy decides their breaks and caps; docs/wellbeing.md);
``set`` for wellbeing staff only (``workstation.policy_store`` says why not admins), always with a
reason; ``history`` for wellbeing staff and admins. Refusals are audited with the sentence shown.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from wellbeing.policy import (
    policy_changes,
    policy_fields,
    policy_from_mapping,
    policy_from_toml,
    policy_to_toml,
)
from workstation.cli.context import EXIT_OK, Context
from workstation.errors import InvalidInput
from workstation.policy_store import FIRST_VERSION, TEXT_MAX, UNREADABLE, version_changes


def register(sub: Any) -> None:
    policy = sub.add_parser("policy", help="the wellbeing policy: show, change (wellbeing staff), history")
    psub = policy.add_subparsers(title="policy commands", metavar="ACTION", required=True)
    p = psub.add_parser("show", help="the policy in force (TOML), or one saved version")
    p.add_argument("--version", dest="number", type=int, metavar="N", help="a saved version (see history)")
    p.add_argument("--format", choices=("toml", "json"), default="toml")
    p.set_defaults(handler=_show)
    p = psub.add_parser(
        "set",
        help="save a new version (wellbeing staff): a whole TOML file, or single settings with --set",
        description="Examples: policy set --set caps.daily_budget_dose=200 --reason 'new guidance'; "
        "policy set policy.toml --reason 'quarterly review'. Keys left out keep their current values "
        "with --set, and the shipped defaults with a file.",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="a policy TOML file ('-': standard input)")
    p.add_argument(
        "--set",
        dest="assignments",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="change one setting, e.g. breaks.break_minutes=10 or support_contact='\"Ana, ext. 12\"'",
    )
    p.add_argument("--reason", required=True, help="why it changes (kept with the version and audited)")
    p.set_defaults(handler=_set)
    p = psub.add_parser("history", help="every saved version: who, when, why, what changed")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=_history)

    screening = sub.add_parser(
        "screening", help="WHO-5 questionnaire results (yours; anyone's for wellbeing staff)"
    )
    ssub = screening.add_subparsers(title="screening commands", metavar="ACTION", required=True)
    p = ssub.add_parser("results", help="results, newest first: your own, or NAME's (wellbeing staff only)")
    p.add_argument("name", nargs="?", metavar="NAME", help="whose results (default: your own)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=_screening_results)


def _show(ctx: Context) -> int:
    actor = ctx.actor()
    services = ctx.services
    if ctx.args.number is not None:
        info = services.wellbeing_policies.version(actor, ctx.args.number)
        policy, header = (
            policy_from_toml(info.text),
            (
                f"# version {info.version}, saved {info.saved_at:%Y-%m-%d %H:%M} UTC by {info.saved_by}: "
                + " ".join(info.reason.split())
            ),
        )
    else:
        policy = services.wellbeing_policies.current()
        number = services.wellbeing_policies.current_version()
        header = (
            f"# version {number} (in force)"
            if number
            else "# the shipped defaults (no readable version saved)"
        )
    if ctx.args.format == "json":
        json.dump(policy_fields(policy), ctx.out, indent=1)
        ctx.out.write("\n")
    else:
        ctx.out.write(header + "\n" + policy_to_toml(policy))
    return EXIT_OK


def _set(ctx: Context) -> int:
    args = ctx.args
    if bool(args.file) == bool(args.assignments):
        raise InvalidInput("give either a policy FILE or one or more --set KEY=VALUE, not both or neither")
    actor = ctx.actor()
    services = ctx.services
    old = services.wellbeing_policies.current()
    if args.file:
        # At most one character more than a policy may have: /dev/zero or a huge file is refused, not read.
        text = sys.stdin.read(TEXT_MAX + 1) if args.file == "-" else _read(Path(args.file))
    else:
        data = tomllib.loads(policy_to_toml(old))
        for assignment in args.assignments:
            _assign(data, assignment)
        try:
            text = policy_to_toml(policy_from_mapping(data))
        except ValueError as error:
            raise InvalidInput(f"the wellbeing policy is not valid: {error}") from error
    version = services.wellbeing_policies.save(actor, text, args.reason)
    changes = policy_changes(old, services.wellbeing_policies.current())
    ctx.err.write(f"saved wellbeing policy version {version}; workstations use it within a minute\n")
    for line in changes or ["(no setting changed)"]:
        ctx.out.write(f"  {line}\n")
    return EXIT_OK


def _read(path: Path) -> str:
    try:
        with path.open(encoding="utf-8") as handle:
            return handle.read(TEXT_MAX + 1)
    except FileNotFoundError:
        raise InvalidInput(f"no such file: {path}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not UTF-8 text; a policy is a TOML file") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder; give a policy TOML file") from None
    except OSError as error:
        raise InvalidInput(f"cannot read {path}: {error.strerror}") from None


def _assign(data: dict[str, Any], assignment: str) -> None:
    """``section.key=value`` into the parsed policy; the value is a TOML value (bare text is a string)."""
    key, sep, raw = assignment.partition("=")
    key = key.strip()
    if not sep or not key:
        raise InvalidInput(f"--set takes KEY=VALUE, e.g. caps.daily_budget_dose=200; got {assignment!r}")
    try:
        value = tomllib.loads(f"v = {raw.strip()}")["v"]
    except tomllib.TOMLDecodeError:
        value = raw.strip()  # plain words: the support contact, most likely
    *sections, name = key.split(".")
    table = data
    for section in sections:
        inner = table.get(section)
        if not isinstance(inner, dict):
            if inner is not None or section not in (
                "visibility",
                "breaks",
                "caps",
                "screening",
                "severity_weights",
                "queue_overrides",
            ):
                raise InvalidInput(f"unknown policy setting {key!r} (see 'workstation policy show')")
            inner = table.setdefault(section, {})
        table = inner
    table[name] = value


def _history(ctx: Context) -> int:
    actor = ctx.actor()
    versions = ctx.services.wellbeing_policies.history(actor)
    rows: list[dict[str, Any]] = []
    for info, said in zip(versions, version_changes(versions), strict=True):
        changes = [f"({c})" if c in (FIRST_VERSION, UNREADABLE) else c for c in said]
        rows.append(
            {
                "version": info.version,
                "saved_at": f"{info.saved_at:%Y-%m-%d %H:%M} UTC",
                "saved_by": info.saved_by,
                "reason": info.reason,
                "changes": "; ".join(changes),
            }
        )
    ctx.emit(rows, ("version", "saved_at", "saved_by", "reason", "changes"))
    return EXIT_OK


def _screening_results(ctx: Context) -> int:
    actor = ctx.actor()
    results = ctx.services.screening.results(actor, ctx.args.name)
    rows = [
        {
            "at": f"{r.at:%Y-%m-%d %H:%M} UTC",
            "instrument": r.instrument,
            "answers": " ".join(str(a) for a in r.answers),
            "score": r.score,
        }
        for r in results
    ]
    ctx.emit(rows, ("at", "instrument", "answers", "score"))
    return EXIT_OK

"""Access control: every service call checks the role and audits a refusal; restricted queues only
for reviewers granted them; database secrets never reach a screen or the log file."""

from __future__ import annotations

import io
import secrets
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from tests.conftest import _PgServer
from tests.workstation.conftest import Core
from workstation import cli, config, taxonomy
from workstation.actor import Actor
from workstation.audit import AuditService
from workstation.decisions import DecisionRequest
from workstation.errors import PermissionDenied
from workstation.importer import Importer
from workstation.models import AuditEvent

Call = Callable[[Core, Actor, dict[str, Any]], object]

# Each service call that needs the reviewer role, with what it is called with.
REVIEWER_CALLS: dict[str, Call] = {
    "claim_next": lambda c, a, w: c.claims.claim_next(a, w["queue"]),
    "peek_next": lambda c, a, w: c.claims.peek_next(a, w["queue"]),
    "heartbeat": lambda c, a, w: c.claims.heartbeat(a, w["claim_id"]),
    "skip": lambda c, a, w: c.claims.skip(a, w["claim_id"]),
    "release": lambda c, a, w: c.claims.release(a, w["claim_id"]),
    "open_claims": lambda c, a, w: c.claims.open_claims(a),
    "decide": lambda c, a, w: c.decisions.decide(a, DecisionRequest(w["claim_id"], "allow")),
    "undo": lambda c, a, w: c.decisions.undo(a, w["decision_id"]),
    "record_reveal": lambda c, a, w: AuditService(c.db, c.clock).record_reveal(a, w["item_id"], "click"),
}
ADMIN_CALLS: dict[str, Call] = {
    "add_user": lambda c, a, w: c.directory.add_user("eve", ["admin"], by=a),
    "set_roles": lambda c, a, w: c.directory.set_roles("rev", ["admin"], by=a),
    "grant_queue": lambda c, a, w: c.directory.grant_queue("rev", w["queue"], by=a),
    "add_queue": lambda c, a, w: c.directory.add_queue(
        "new", severity_tier=1, verdicts=taxonomy.builtin("general"), by=a
    ),
    "import": lambda c, a, w: Importer(c.db, c.clock).run(a, w["queue"], []),
}


def _world(core: Core) -> dict[str, Any]:
    queue = core.queue()
    core.items(queue, 2)
    rev = core.reviewer("rev")
    claim = core.claims.claim_next(rev, queue)
    assert claim is not None
    rev2 = core.reviewer("rev2")
    other = core.claims.claim_next(rev2, queue)
    assert other is not None
    decision = core.decisions.decide(rev2, DecisionRequest(other.claim_id, "allow"))
    return {"queue": queue, "claim_id": claim.claim_id, "item_id": claim.item_id, "decision_id": decision.id}


def _refusals(core: Core, actor: Actor) -> list[AuditEvent]:
    with core.db.read() as session:
        return list(
            session.execute(
                select(AuditEvent).where(AuditEvent.action == "refused", AuditEvent.actor_id == actor.id)
            ).scalars()
        )


@pytest.mark.parametrize("call", sorted(REVIEWER_CALLS))
def test_reviewer_calls_refuse_other_roles_and_audit_it(core: Core, call: str) -> None:
    world = _world(core)
    wellbeing_only = core.reviewer("wb", "wellbeing")
    with pytest.raises(PermissionDenied, match="needs the reviewer role"):
        REVIEWER_CALLS[call](core, wellbeing_only, world)
    (event,) = _refusals(core, wellbeing_only)
    assert event.details == {"needed": ["reviewer"]}


@pytest.mark.parametrize("call", sorted(ADMIN_CALLS))
def test_admin_calls_refuse_reviewers_and_audit_it(core: Core, call: str) -> None:
    world = _world(core)
    reviewer = core.directory.sign_in("rev")
    with pytest.raises(PermissionDenied, match=r"needs the (admin|admin or lead) role"):
        ADMIN_CALLS[call](core, reviewer, world)
    assert len(_refusals(core, reviewer)) == 1


def test_a_restricted_queue_is_only_for_reviewers_granted_it(core: Core) -> None:
    queue = core.queue("csam", tier=4, restricted=True)
    core.items(queue, 2)
    admin = core.reviewer("root", "admin")
    granted, other = core.reviewer("granted"), core.reviewer("other")
    core.directory.grant_queue("granted", queue, by=admin)

    with pytest.raises(PermissionDenied, match="restricted"):
        core.claims.claim_next(other, queue)
    with pytest.raises(PermissionDenied, match="restricted"):
        core.claims.peek_next(other, queue)
    assert [q.name for q in core.directory.list_queues(for_actor=other)] == []
    assert [e.subject for e in _refusals(core, other)] == [f"claim from {queue}", f"peek into {queue}"]

    claim = core.claims.claim_next(granted, queue)
    assert claim is not None and claim.queue == queue
    assert [q.name for q in core.directory.list_queues(for_actor=granted)] == [queue]
    assert _refusals(core, granted) == []


def _run_cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def test_an_unreachable_database_never_shows_or_logs_its_password() -> None:
    secret = f"pw-{secrets.token_hex(6)}"
    url = f"postgresql+psycopg://u:{secret}@127.0.0.1:1/x"
    code, text = _run_cli("-v", "--database-url", url, "queues", "list")
    assert code == 2 and "cannot reach the database" in text and "u:***@127.0.0.1:1/x" in text
    assert secret not in text
    log_text = (config.data_dir() / "workstation.log").read_text(encoding="utf-8")
    assert "u:***@127.0.0.1:1" in log_text  # the log names the database, redacted
    assert secret not in log_text


@pytest.mark.postgres
def test_a_working_database_url_never_logs_its_password(pg_server: _PgServer) -> None:
    pg_server.require("the password-redaction test on PostgreSQL")
    secret = f"pw-{secrets.token_hex(6)}"
    schema = pg_server.create_schema()
    try:
        url = pg_server.url(schema).replace("://postgres@", f"://postgres:{secret}@")
        assert secret in url  # trust authentication ignores it, so the commands succeed
        code, text = _run_cli("-v", "--database-url", url, "users", "add", "root", "--role", "admin")
        assert code == 0, text
        code, text = _run_cli("-v", "--database-url", url, "db", "current")
        assert code == 0 and "postgres:***@" in text, text
    finally:
        pg_server.drop_schema(schema)
    assert secret not in text
    log_text = (config.data_dir() / "workstation.log").read_text(encoding="utf-8")
    assert "postgres:***@" in log_text and secret not in log_text

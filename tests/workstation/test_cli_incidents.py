"""The command line of issue 15 on SQLite, as each role (the OS account is injected, as in test_cli):
queues set, escalations list|take-back|decide, incidents list|show|ack|act|close|duty|webhook-test|watch,
absurd input answered with one sentence and never a traceback."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.workstation.conftest import Flaky
from workstation import cli, taxonomy
from workstation.app import build
from workstation.decisions import DecisionRequest
from workstation.models import Item


def run(url: str, account: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["--database-url", url, *argv], out=out, err=err, account=lambda: account)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("WORKSTATION_DATA_DIR", str(tmp_path / "data"))
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    assert run(db, "ada", "users", "add", "ada", "--role", "admin")[0] == 0
    for name, role in (("ann", "reviewer"), ("bob", "reviewer"), ("leo", "lead")):
        assert run(db, "ada", "users", "add", name, "--role", role, "--team", "blue")[0] == 0
    assert run(db, "ada", "users", "set-team", "ada", "blue")[0] == 0
    for name, tier in (("violent", "3"), ("tier-2", "4")):
        assert run(db, "ada", "queues", "add", name, "--tier", tier, "--taxonomy", "violence")[0] == 0
    services = build(db)
    try:
        now = datetime.now(UTC)
        with services.db.write() as session:
            queue_id = services.directory.queue("violent").id
            session.add_all(Item(queue_id=queue_id, external_ref=f"r-{n}", created_at=now) for n in range(3))
    finally:
        services.close()
    yield db


def _escalate(url: str, who: str, **kw: Any) -> int:
    services = build(url)
    try:
        actor = services.directory.sign_in(who)
        claim = services.claims.claim_next(actor, "violent")
        assert claim is not None
        record = services.decisions.decide(
            actor, DecisionRequest(claim.claim_id, taxonomy.ESCALATE, note="see this", **kw)
        )
        return record.id
    finally:
        services.close()


def test_routes_escalations_and_take_back_from_the_command_line(url: str) -> None:
    code, _, err = run(url, "ann", "queues", "set", "violent", "--escalate-to", "tier-2")
    assert code == 2 and "needs the admin role" in err and "Traceback" not in err
    code, out, _ = run(
        url, "ada", "queues", "set", "violent", "--escalate-to", "tier-2", "--escalate-to", "leads"
    )
    assert code == 0 and "violent escalates to: tier-2, leads" in out
    code, _, err = run(url, "ada", "queues", "set", "violent", "--escalate-to", "no\x1bwhere")
    assert code == 2 and "printable" in err
    _escalate(url, "ann")
    code, out, _ = run(url, "ann", "escalations", "list", "--format", "json")
    [row] = json.loads(out)
    assert (row["to"], row["state"], row["by"]) == ("tier-2", "open", "ann")
    assert run(url, "bob", "escalations", "take-back", str(row["id"]))[2].startswith(
        "workstation: escalation"
    )
    code, out, _ = run(url, "ann", "escalations", "take-back", str(row["id"]))
    assert code == 0 and "back in violent, claimed for you" in out
    code, _, err = run(url, "ann", "escalations", "take-back", "abc")
    assert code == 2 and "invalid int value" in err


def test_incidents_from_open_to_closed_and_the_chain_verifies(url: str) -> None:
    _escalate(url, "ann", imminent=True)
    code, out, _ = run(url, "leo", "incidents", "list", "--format", "json")
    [row] = json.loads(out)
    assert (row["severity"], row["state"], row["opened_by"]) == ("P0", "open", "ann")
    number = str(row["id"])
    assert run(url, "ann", "incidents", "ack", number)[2] == (
        "workstation: ann may not act on incidents: that needs the lead or admin role\n"
    )
    assert "acknowledged by leo" in run(url, "leo", "incidents", "ack", number)[1]
    assert "already acknowledged" in run(url, "leo", "incidents", "ack", number)[2]
    assert run(url, "leo", "incidents", "act", number, "--note", "called the police")[0] == 0
    assert "needs an outcome" in run(url, "leo", "incidents", "close", number, "--outcome", " ")[2]
    code, out, _ = run(url, "leo", "incidents", "close", number, "--outcome", "handed over", "--ref", "PD-77")
    assert code == 0 and "closed: handed over" in out
    code, out, _ = run(url, "leo", "incidents", "show", number)
    assert "closed       leo: handed over; ref PD-77" in out and "action       leo: called the police" in out
    assert "no incident 99" in run(url, "leo", "incidents", "show", "99")[2]
    code, out, _ = run(url, "leo", "audit", "verify")
    assert code == 0 and "incidents: ok (4 records" in out


def test_duty_list_and_the_watcher(
    url: str, flaky: tuple[str, type[Flaky]], tmp_path: Path, monkeypatch: Any
) -> None:
    hook, handler = flaky
    local = tmp_path / "incidents.toml"
    local.write_text(f'webhook_url = "{hook}"\nwebhook_backoff_seconds = 0\n')
    monkeypatch.setenv("WORKSTATION_INCIDENTS_CONFIG", str(local))
    assert "not an active lead" in run(url, "leo", "incidents", "duty", "set", "ann")[2]
    assert run(url, "leo", "incidents", "duty", "set", "leo")[1] == "on incident duty, in order: leo\n"
    _escalate(url, "ann", imminent=True)
    code, out, _ = run(url, "leo", "incidents", "watch", "--once")
    assert code == 0 and "alerting leo" in out
    assert [b["lead"] for b in handler.bodies] == ["leo", "leo", "leo"]  # failed twice, then sent
    code, out, _ = run(url, "leo", "incidents", "webhook-test")
    assert code == 0 and "webhook answered 204 after 1 attempt" in out
    code, _, err = run(url, "leo", "incidents", "webhook-test", "--url", "file:///etc/passwd")
    assert code == 1 and "http:// or https://" in err
    local.write_text("webhook_attempts = 0\n")
    code, _, err = run(url, "leo", "incidents", "webhook-test")
    assert code == 2 and "webhook_attempts is 1 to 20" in err and "Traceback" not in err

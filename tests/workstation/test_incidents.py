"""The incident ladder with a fake clock, the webhook against a real local HTTP server, the policy file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.workstation.conftest import Flaky
from wellbeing.clock import FakeClock
from workstation.errors import ConfigError
from workstation.incidents import (
    Alert,
    IncidentView,
    IncidentWatch,
    ladder,
    load_policy,
    policy_from_toml,
    post_webhook,
)

OPENED = datetime(2026, 11, 30, 21, 0, tzinfo=UTC)
DUTY = ["leo", "lea", "lou"]


def _incident(**kw: object) -> IncidentView:
    base: dict[str, object] = {
        "id": 7,
        "severity": "P0",
        "category": "Urgent: person at risk",
        "item_ref": "vid-19",
        "queue": "self-harm",
        "opened_by": "ann",
        "opened_at": OPENED,
    }
    return IncidentView(**{**base, **kw})  # type: ignore[arg-type]


def test_the_shipped_targets_are_the_issues_defaults() -> None:
    policy = policy_from_toml(
        (Path(__file__).parents[2] / "resources" / "incident_policy.toml").read_text(), source="shipped"
    )
    assert [policy.acknowledge[s] for s in ("P0", "P1", "P2")] == [
        timedelta(minutes=5),
        timedelta(minutes=15),
        timedelta(hours=1),
    ]
    assert [policy.act[s] for s in ("P0", "P1", "P2")] == [
        timedelta(minutes=30),
        timedelta(hours=2),
        timedelta(hours=24),
    ]


def test_acknowledged_in_time_alerts_only_the_first_lead() -> None:
    policy = policy_from_toml("", source="defaults")
    clock = FakeClock(OPENED)
    alerts: list[Alert] = []
    watch = IncidentWatch(policy, alerts.append)
    assert [a.lead for a in watch.tick([_incident()], DUTY, clock.now())] == ["leo"]
    clock.advance(timedelta(minutes=4, seconds=59).total_seconds())
    assert watch.tick([_incident()], DUTY, clock.now()) == []
    acked = _incident(acknowledged_by="leo", acknowledged_at=clock.now())
    clock.advance(timedelta(hours=3).total_seconds())
    assert watch.tick([acked], DUTY, clock.now()) == []
    assert [(a.lead, a.rung) for a in alerts] == [("leo", 0)]
    step = ladder(
        severity="P0",
        opened_at=OPENED,
        duty=DUTY,
        policy=policy,
        now=clock.now(),
        acknowledged_at=acked.acknowledged_at,
    )
    assert step.alerted == ("leo",) and not step.ack_overdue and step.next_at is None
    assert step.act_overdue  # acknowledged, but nothing done in 30 minutes


def test_not_acknowledged_in_time_alerts_the_next_lead_and_the_webhook_is_retried(
    flaky: tuple[str, type[Flaky]],
) -> None:
    url, handler = flaky
    policy = policy_from_toml(f'webhook_url = "{url}"\nwebhook_backoff_seconds = 0.5', source="local")
    waits: list[float] = []
    results = []

    def page(alert: Alert) -> None:
        results.append(
            post_webhook(
                policy.webhook_url,
                alert.payload(),
                attempts=policy.webhook_attempts,
                backoff_seconds=policy.webhook_backoff_seconds,
                sleep=waits.append,
            )
        )

    clock = FakeClock(OPENED)
    watch = IncidentWatch(policy, page)
    watch.tick([_incident()], DUTY, clock.now())
    assert results[-1].ok and results[-1].attempts == 3  # failed twice, then succeeded
    assert waits == [0.5, 1.0]  # backoff doubles
    clock.advance(timedelta(minutes=5, seconds=1).total_seconds())
    alerts = watch.tick([_incident()], DUTY, clock.now())
    assert [(a.lead, a.rung) for a in alerts] == [("lea", 1)]
    assert results[-1].ok and results[-1].attempts == 1
    sent = handler.bodies
    assert [b["lead"] for b in sent] == ["leo", "leo", "leo", "lea"]
    assert sent[-1]["escalated"] is True and sent[-1]["severity"] == "P0" and sent[-1]["incident"] == 7
    # the ladder ends with the last lead; all stay alerted until someone acknowledges
    clock.advance(timedelta(hours=2).total_seconds())
    assert [a.lead for a in watch.tick([_incident()], DUTY, clock.now())] == ["lou"]
    assert watch.tick([_incident()], DUTY, clock.now()) == []
    step = ladder(severity="P0", opened_at=OPENED, duty=DUTY, policy=policy, now=clock.now())
    assert step.alerted == tuple(DUTY) and step.ack_overdue and step.next_at is None


def test_a_webhook_that_says_no_is_not_retried_and_a_dead_one_gives_up(
    flaky: tuple[str, type[Flaky]],
) -> None:
    url, handler = flaky
    handler.failures, handler.fail_status = 1, 400
    waits: list[float] = []
    refused = post_webhook(url, {"x": 1}, sleep=waits.append)
    assert (refused.ok, refused.attempts, refused.status) == (False, 1, 400) and waits == []
    assert post_webhook(url, {"x": 1}, sleep=waits.append).ok
    dead = post_webhook(
        "http://127.0.0.1:9/none", {"x": 1}, attempts=3, backoff_seconds=0.1, sleep=waits.append
    )
    assert not dead.ok and dead.attempts == 3 and dead.error
    assert waits == [0.1, 0.2]


def test_a_closed_or_empty_duty_list_alerts_nobody() -> None:
    policy = policy_from_toml("", source="defaults")
    watch = IncidentWatch(policy, lambda _a: None)
    assert watch.tick([_incident()], [], OPENED + timedelta(hours=1)) == []
    closed = _incident(closed_at=OPENED, closed_by="leo")
    assert watch.tick([closed], DUTY, OPENED) == []


@pytest.mark.parametrize(
    "body, problem",
    [
        ("[targets.P4]\nacknowledge_minutes = 5", "P0, P1 or P2"),
        ("[targets.P0]\nacknowledge_minutes = -1", "between 0 and 10080"),
        ("[targets.P0]\nact_minutes = true", "between 0 and 10080"),
        ('webhook_url = "file:///etc/passwd"', "http:// or https://"),
        ("webhook_attempts = 0", "1 to 20"),
        ("on_call = [", "not valid TOML"),
    ],
)
def test_bad_policy_files_are_refused_with_a_sentence(body: str, problem: str) -> None:
    with pytest.raises(ConfigError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        policy_from_toml(body, source="incidents.toml")


def test_a_local_file_overrides_the_shipped_targets(tmp_path: Path) -> None:
    local = tmp_path / "incidents.toml"
    local.write_text('on_call = "Duty phone 555-0100"\n[targets.P1]\nacknowledge_minutes = 10\n')
    policy = load_policy(local)
    assert policy.on_call == "Duty phone 555-0100"
    assert policy.acknowledge["P1"] == timedelta(minutes=10)
    assert policy.acknowledge["P0"] == timedelta(minutes=5)
    with pytest.raises(ConfigError, match="cannot be read"):
        load_policy(tmp_path / "missing.toml")

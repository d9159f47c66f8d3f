"""Wellbeing data in the shared database: spans, breaks, check-ins, the daily cap, and who may read them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from tests.wellbeing.test_shift_simulation import eight_hour_script
from tests.workstation.conftest import Core
from wellbeing.clock import FakeClock
from wellbeing.exposure import ExposureSpan
from wellbeing.policy import load_policy, policy_to_toml
from wellbeing.simulation import simulate_shift
from workstation.claims import ClaimService
from workstation.errors import DatabaseUnavailable, InvalidInput, PermissionDenied, QueueLocked
from workstation.models import AuditEvent, BreakRow, ExposureSpanRow
from workstation.wellbeing_records import WellbeingRecords


@pytest.fixture
def care(core: Core) -> WellbeingRecords:
    service = WellbeingRecords(core.db, core.clock)
    core.claims = ClaimService(core.db, core.clock, lease_seconds=60, gate=service.gate)
    return service


def _span(core: Core, minutes: float, dose: float, item: str = "x1", queue: str = "general") -> ExposureSpan:
    start = core.clock.now()
    return ExposureSpan(
        item, queue, 2, start, start + timedelta(minutes=minutes), minutes * 60, 1.0, 1.0, dose, minutes * 60
    )


def test_spans_are_stored_once_even_when_written_twice(core: Core, care: WellbeingRecords) -> None:
    core.queue()
    ann = core.reviewer("ann")
    spans = [_span(core, 1, 1.0), _span(core, 2, 2.0, item="x2")]
    assert care.record_spans(ann, spans) == 2
    assert care.record_spans(ann, spans) == 0  # a retried batch, or an outbox replay
    assert care.dose_today(ann.id) == pytest.approx(3.0)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_batch_retried_after_a_locked_commit_is_stored(
    core: Core, care: WellbeingRecords, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite locked at commit: ``run_write`` runs the same work again, which must find its rows as
    they were (the first attempt once took the queue name out of them and the retry failed)."""
    core.queue()
    ann = core.reviewer("ann")
    real_write, calls = core.db.write, []

    @contextmanager
    def locked_once() -> Iterator[Session]:
        with real_write() as session:
            yield session
            calls.append(1)
            if len(calls) == 1:
                session.rollback()
                raise DatabaseUnavailable("the database is busy") from OperationalError(
                    "COMMIT", {}, Exception("database is locked")
                )

    monkeypatch.setattr(core.db, "write", locked_once)
    assert care.record_spans(ann, [_span(core, 1, 1.0), _span(core, 2, 2.0, item="x2")]) == 2
    monkeypatch.undo()
    assert len(calls) == 2
    assert care.dose_today(ann.id) == pytest.approx(3.0)


def test_the_daily_budget_locks_severe_queues_in_the_service(core: Core, care: WellbeingRecords) -> None:
    severe, mild = core.queue("violent", tier=4), core.queue("spam", tier=1)
    core.items(severe, 2, prefix="v")
    core.items(mild, 2, prefix="s")
    ann = core.reviewer("ann")
    budget = care.policy.caps.daily_budget_dose
    care.record_spans(ann, [_span(core, 100, budget - 0.5)])
    assert core.claims.claim_next(ann, severe) is not None  # still under budget
    care.record_spans(ann, [_span(core, 1, 0.5, item="x2")])
    with pytest.raises(QueueLocked, match="tier 4"):
        core.claims.claim_next(ann, severe)
    assert core.claims.claim_next(ann, mild) is not None  # lower tiers stay open
    assert care.summary(ann).locked_tiers == frozenset({3, 4})
    core.clock.advance(24 * 3600)  # a new day
    assert care.locked_tiers_for(ann.id) == frozenset()


def test_care_data_is_private_to_the_person_and_wellbeing_staff(core: Core, care: WellbeingRecords) -> None:
    core.queue()
    ann, bob = core.reviewer("ann"), core.reviewer("bob")
    wendy, leo = core.reviewer("wendy", "wellbeing"), core.reviewer("leo", "lead")
    care.record_spans(ann, [_span(core, 5, 4.0)])
    care.record_checkin(ann, 2, "rough morning")
    assert care.summary(ann).today.dose == pytest.approx(4.0)
    assert care.summary(wendy, "ann").checkins[0][1:] == (2, "rough morning")
    for intruder in (bob, leo):
        with pytest.raises(PermissionDenied, match="wellbeing"):
            care.summary(intruder, "ann")
    with core.db.read() as session:
        refusals = session.execute(select(AuditEvent).where(AuditEvent.action == "refused")).scalars().all()
    assert sorted(r.actor_id for r in refusals) == sorted([bob.id, leo.id])
    with pytest.raises(InvalidInput):
        care.record_checkin(ann, 7)


def test_the_policy_is_shared_through_the_database(core: Core, care: WellbeingRecords) -> None:
    wendy = core.reviewer("wendy", "wellbeing")
    text = policy_to_toml(load_policy()).replace("daily_budget_dose = 240", "daily_budget_dose = 200")
    assert "daily_budget_dose = 200" in text
    care.save_policy(wendy, text, "tighter budget")
    assert care.policy.caps.daily_budget_dose == 200
    assert WellbeingRecords(core.db, core.clock).policy.caps.daily_budget_dose == 200
    for who in (core.reviewer("ann"), core.reviewer("ada", "admin")):  # admins neither: policy_store
        with pytest.raises(PermissionDenied):
            care.save_policy(who, text, "x")
    with pytest.raises(InvalidInput, match="not valid"):
        care.save_policy(wendy, "daily_budget_dose = 'lots'", "x")


def test_a_simulated_shift_is_written_to_the_database(core: Core) -> None:
    """The 8-hour scripted shift of the wellbeing tests, stored: same dose, breaks, and the lock."""
    policy = load_policy()
    clock = FakeClock()
    result = simulate_shift(policy, clock, eight_hour_script())
    core.clock = clock
    care = WellbeingRecords(core.db, clock, policy)
    claims = ClaimService(core.db, clock, gate=care.gate)
    severe = core.queue("violence", tier=4)
    core.items(severe, 1)
    ann = core.reviewer("ann")
    assert care.record_spans(ann, result.spans) == len(result.spans)
    for record in result.breaks:
        care.record_break(
            ann,
            kind=record.kind,
            prompted_at=record.prompted_at,
            started_at=record.started_at,
            ended_at=record.ended_at,
            postponed=record.postponed,
            outcome=record.outcome,
        )
    assert care.dose_today(ann.id) == pytest.approx(result.total_dose, abs=1e-6)
    assert result.total_dose == pytest.approx(259.8, abs=0.05)
    with core.db.read() as session:
        assert session.execute(select(func.count()).select_from(ExposureSpanRow)).scalar_one() == len(
            result.spans
        )
        enforced = session.execute(
            select(func.count()).where(BreakRow.kind == "enforced", BreakRow.outcome == "taken")
        ).scalar_one()
    assert enforced == result.enforced_breaks == 4  # tests/wellbeing/test_shift_simulation.py derives it
    with pytest.raises(QueueLocked):
        claims.claim_next(ann, severe)

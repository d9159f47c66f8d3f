"""A break whose window died (kill -9, crash, power cut) on both databases: the person's next start
closes it with an inferred end at the last evidence (its start), once; the person's page says the end
was inferred; a break nobody restarted after is read as over once anything later is recorded; the
outbox replayed twice never reopens it (docs/wellbeing.md#a-break-whose-window-died)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.workstation.conftest import Core
from wellbeing.attention import OPEN_BREAK_LIMIT
from wellbeing.exposure import ExposureSpan
from wellbeing.policy import load_policy
from workstation.actor import Actor
from workstation.models import BreakRow
from workstation.outbox import Outbox, OutboxSync
from workstation.wellbeing_attention import BreakLine, WellbeingAttention
from workstation.wellbeing_records import BREAK_OUTBOX_KIND, WellbeingRecords, break_payload

INFERRED = "taken, ended when the workstation stopped (time inferred)"


@pytest.fixture
def care(core: Core) -> WellbeingRecords:
    return WellbeingRecords(core.db, core.clock)


@pytest.fixture
def service(core: Core) -> WellbeingAttention:
    return WellbeingAttention(core.db, core.clock, load_policy())


def _row(core: Core, client_id: str) -> BreakRow:
    with core.db.read() as session:
        return session.execute(select(BreakRow).where(BreakRow.client_id == client_id)).scalar_one()


def _line(service: WellbeingAttention, wendy: Actor, name: str) -> BreakLine:
    [line] = service.person(wendy, name).breaks
    return line


def _start_break(core: Core, care: WellbeingRecords, who: Actor) -> str:
    now = core.clock.now()
    return care.record_break(who, kind="self", prompted_at=now, started_at=now, outcome="taken")


def test_the_next_start_closes_a_killed_break_once_with_an_inferred_end(
    core: Core, care: WellbeingRecords, service: WellbeingAttention
) -> None:
    wendy, alex = core.reviewer("wendy", "wellbeing"), core.reviewer("alex")
    started = core.clock.now()
    cid = _start_break(core, care, alex)
    line = _line(service, wendy, "alex")
    assert (line.status, line.minutes, line.inferred) == ("taken, not ended yet", None, False)

    core.clock.advance(40 * 60)  # the window was killed; alex starts again 40 minutes later
    assert care.close_interrupted_breaks(alex, core.clock.now()) == [cid]
    row = _row(core, cid)
    assert (row.started_at, row.ended_at, row.outcome) == (started, started, "taken")
    line = _line(service, wendy, "alex")
    # Never longer than the evidence: nothing was recorded after the start, so it counts 0 minutes.
    assert (line.status, line.minutes, line.inferred) == (INFERRED, 0.0, True)

    core.clock.advance(60)
    assert care.close_interrupted_breaks(alex, core.clock.now()) == []  # never closed twice
    assert _row(core, cid).ended_at == started


def test_a_break_ended_by_the_person_or_still_running_is_never_closed(
    core: Core, care: WellbeingRecords, service: WellbeingAttention
) -> None:
    wendy, alex, bea = core.reviewer("wendy", "wellbeing"), core.reviewer("alex"), core.reviewer("bea")
    cid = _start_break(core, care, alex)
    core.clock.advance(7 * 60)
    row = _row(core, cid)
    care.record_break(
        alex,
        kind="self",
        prompted_at=row.prompted_at,
        started_at=row.started_at,
        ended_at=core.clock.now(),
        outcome="taken",
        client_id=cid,
    )
    running = _start_break(core, care, bea)  # bea's window is alive: her break began after our start
    before = core.clock.now() - timedelta(seconds=1)
    assert care.close_interrupted_breaks(alex, before) == []
    assert care.close_interrupted_breaks(bea, before) == []  # someone else's, and started later
    line = _line(service, wendy, "alex")
    assert (line.status, line.minutes, line.inferred) == ("taken", 7.0, False)
    assert _row(core, running).ended_at is None


def test_a_break_nobody_closed_is_read_as_over_once_the_person_did_anything_later(
    core: Core, care: WellbeingRecords, service: WellbeingAttention
) -> None:
    wendy, alex, bea = core.reviewer("wendy", "wellbeing"), core.reviewer("alex"), core.reviewer("bea")
    core.queue()
    _start_break(core, care, alex)
    _start_break(core, care, bea)
    core.clock.advance(30 * 60)
    # Alex works again (another workstation, or one whose start could not reach the database).
    start = core.clock.now()
    span = ExposureSpan(None, "general", 2, start, start + timedelta(minutes=1), 60.0, 1.0, 1.0, 1.0, 0.0)
    care.record_spans(alex, [span])
    line = _line(service, wendy, "alex")
    assert (line.status, line.minutes, line.inferred) == (INFERRED, 0.0, True)
    # Bea did nothing later: her break may still be running, until it is older than the limit.
    assert _line(service, wendy, "bea").status == "taken, not ended yet"
    core.clock.advance(OPEN_BREAK_LIMIT.total_seconds())
    assert _line(service, wendy, "bea").inferred


def test_a_start_waiting_in_the_outbox_is_sent_then_closed_and_a_second_replay_never_reopens_it(
    core: Core, care: WellbeingRecords, tmp_path: Path
) -> None:
    alex = core.reviewer("alex")
    started = core.clock.now()
    cid = str(uuid.uuid4())
    start = break_payload(
        alex.id, client_id=cid, kind="self", prompted_at=started, started_at=started, outcome="taken"
    )
    # The database was away when the break started; the window was killed during it.
    Outbox(tmp_path / "outbox.db").put(BREAK_OUTBOX_KIND, str(uuid.uuid4()), start, now=started)
    core.clock.advance(20 * 60)

    def next_start() -> list[str]:
        sync = OutboxSync(core.decisions, Outbox(tmp_path / "outbox.db"))
        sync.sign_in(alex)
        sync.register(BREAK_OUTBOX_KIND, care.replay_break)
        sync.sync()
        return care.close_interrupted_breaks(alex, core.clock.now())

    assert next_start() == [cid]
    assert _row(core, cid).ended_at == started
    # The same start replayed again (a copy of the file, a retried send) does not reopen the break.
    Outbox(tmp_path / "outbox.db").put(BREAK_OUTBOX_KIND, str(uuid.uuid4()), start, now=started)
    assert next_start() == []
    row = _row(core, cid)
    assert (row.started_at, row.ended_at) == (started, started)
    with core.db.read() as session:
        assert len(session.execute(select(BreakRow)).all()) == 1

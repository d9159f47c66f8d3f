"""Breaks and check-ins through the local outbox (both backends): replayed as the person who made
them, at the time they were made; a forged or unreadable entry is kept, never sent as someone else,
and never blocks the records behind it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.reliability.faults import Outage
from wellbeing.clock import FakeClock
from workstation.app import Services, build
from workstation.models import BreakRow, CheckIn
from workstation.wellbeing_records import (
    BREAK_OUTBOX_KIND,
    CHECKIN_OUTBOX_KIND,
    break_payload,
    checkin_payload,
)


@pytest.fixture
def services(migrated_url: str, tmp_path: Path) -> Iterator[tuple[Services, FakeClock]]:
    clock = FakeClock()
    built = build(migrated_url, clock=clock, outbox_path=tmp_path / "outbox.db")
    yield built, clock
    built.close()


def test_queued_care_records_are_replayed_in_order_at_their_own_time(services) -> None:
    svc, clock = services
    rita = svc.directory.add_user("rita", ("reviewer",), team="blue")
    svc.outbox_sync.sign_in(rita)
    made_at = clock.now()
    start = break_payload(rita.id, client_id="brk-1", kind="self", prompted_at=made_at, started_at=made_at,
                          outcome="taken")
    end = break_payload(rita.id, client_id="brk-1", kind="self", prompted_at=made_at, started_at=made_at,
                        ended_at=made_at + timedelta(minutes=5), outcome="taken")
    mood = checkin_payload(rita.id, client_id="chk-1", at=made_at, mood=2, note="hard morning")
    with Outage(svc.db):
        assert not svc.outbox_sync.send_or_queue(BREAK_OUTBOX_KIND, "e1", start)
        assert not svc.outbox_sync.send_or_queue(CHECKIN_OUTBOX_KIND, "chk-1", mood)
        assert not svc.outbox_sync.send_or_queue(BREAK_OUTBOX_KIND, "e2", end)
    clock.advance(3600)
    assert svc.outbox_sync.sync().sent == 3
    with svc.db.read() as session:
        [row] = session.execute(select(BreakRow)).scalars().all()
        [checkin] = session.execute(select(CheckIn)).scalars().all()
        assert row.ended_at is not None and row.user_id == rita.id  # the later state won
        assert (checkin.mood, checkin.note, checkin.user_id) == (2, "hard morning", rita.id)
        assert abs((checkin.at.replace(tzinfo=None) - made_at.replace(tzinfo=None)).total_seconds()) < 1


def test_a_forged_or_unreadable_care_entry_is_kept_and_does_not_block(services) -> None:
    svc, clock = services
    rita = svc.directory.add_user("rita", ("reviewer",), team="blue")
    sam = svc.directory.add_user("sam", ("reviewer",), team="blue")
    svc.outbox_sync.sign_in(rita)
    now = clock.now()
    outbox = svc.outbox_sync.outbox
    # Someone edits the outbox file: a break in sam's name, a break of a kind that does not exist, and
    # a check-in with a mood of 99, then rita's own good record behind them.
    def brk(user_id: int, client_id: str, kind: str) -> dict[str, object]:
        return break_payload(user_id, client_id=client_id, kind=kind, prompted_at=now)

    outbox.put(BREAK_OUTBOX_KIND, "forged", brk(sam.id, "x1", "self"))
    outbox.put(BREAK_OUTBOX_KIND, "odd", brk(rita.id, "x2", "nap"))
    bad_mood = checkin_payload(rita.id, client_id="x3", at=now, mood=99, note="")
    outbox.put(CHECKIN_OUTBOX_KIND, "mood", bad_mood)
    outbox.put(BREAK_OUTBOX_KIND, "good", brk(rita.id, "x4", "self"))
    result = svc.outbox_sync.sync()
    assert result.sent == 1 and result.others == 1
    assert sorted(c.client_id for c in result.conflicts) == ["mood", "odd"]
    with svc.db.read() as session:
        rows = session.execute(select(BreakRow.client_id, BreakRow.user_id)).all()
        assert [tuple(r) for r in rows] == [("x4", rita.id)]  # nothing was written in sam's name
        assert session.execute(select(CheckIn)).first() is None
    assert outbox.get("forged") is not None and outbox.get("forged").state == "pending"  # kept for sam

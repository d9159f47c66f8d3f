"""The review loop (workstation/review.py) on a fake clock over real services, both backends: each rule
of the workflow the window and the harness share, and handling time that leaves care time out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.reliability.faults import Outage
from wellbeing.clock import FakeClock
from workstation import taxonomy
from workstation.actor import Actor
from workstation.app import Services, build
from workstation.decisions import UNDO_SECONDS
from workstation.errors import DatabaseUnavailable, InvalidInput
from workstation.models import Decision, Item
from workstation.review import HandlingClock, ReviewLoop


@dataclass
class Desk:
    services: Services
    clock: FakeClock
    reviewer: Actor
    loop: ReviewLoop

    def add_items(self, queue: str, count: int) -> None:
        info = self.services.directory.queue(queue)
        now = self.clock.now()
        with self.services.db.write() as session:
            session.add_all([
                Item(queue_id=info.id, external_ref=f"{queue}-{n}", reason="escalated", priority=count - n,
                     sla_due_at=now + timedelta(hours=1), created_at=now)
                for n in range(count)
            ])

    def handling_of(self, claim_id: int) -> float:
        with self.services.db.read() as session:
            return float(session.execute(
                select(Decision.handling_seconds).where(Decision.claim_id == claim_id)
            ).scalar_one())


@pytest.fixture
def desk(migrated_url: str, tmp_path: Path) -> Iterator[Desk]:
    clock = FakeClock()
    services = build(migrated_url, clock=clock, outbox_path=tmp_path / "outbox.db")
    reviewer = services.directory.add_user("rita", ("reviewer",), team="blue")
    services.outbox_sync.sign_in(reviewer)
    services.directory.add_queue("general", severity_tier=2, verdicts=taxonomy.builtin("general"))
    services.directory.add_queue("violence", severity_tier=4, verdicts=taxonomy.builtin("general"))
    loop = ReviewLoop(services.claims, services.decisions, services.outbox_sync, clock, reviewer)
    loop.set_queue("general")
    yield Desk(services, clock, reviewer, loop)
    services.close()


# -- claim, decide, skip ------------------------------------------------------------------------------


def test_claim_decide_and_the_next_item_follows(desk: Desk) -> None:
    desk.add_items("general", 2)
    first = desk.loop.claim_next().item
    assert first is not None and desk.loop.item == first
    desk.clock.advance(12)
    decided = desk.loop.decide("allow")
    assert decided.record is not None and not decided.queued
    assert decided.claimed is not None and decided.next_item is not None
    assert desk.loop.item == decided.next_item != first
    assert desk.handling_of(first.claim_id) == pytest.approx(12)
    assert desk.loop.last_decision == decided.record


def test_no_claim_when_a_break_comes_first(desk: Desk) -> None:
    desk.add_items("general", 2)
    desk.loop.claim_next()
    decided = desk.loop.decide("allow", claim_next=False)
    assert decided.claimed is None and desk.loop.item is None


def test_skip_claims_the_next_and_the_skipped_item_does_not_come_back(desk: Desk) -> None:
    desk.add_items("general", 2)
    first = desk.loop.claim_next().item
    assert first is not None
    nxt = desk.loop.skip().item
    assert nxt is not None and nxt.item_id != first.item_id
    desk.loop.decide("allow")
    assert desk.loop.claim_next().item is None  # the skipped one is not offered again


def test_a_refused_claim_after_a_decision_is_reported_not_raised(desk: Desk) -> None:
    desk.add_items("violence", 2)
    desk.loop.set_queue("violence")
    desk.loop.claim_next()
    # The live dose says the daily budget is spent: the decision stands, the next claim is refused.
    decided = desk.loop.decide("allow", dose=10_000.0)
    assert decided.record is not None
    assert decided.claimed is not None and decided.claimed.refused
    assert "budget" in decided.claimed.refused or "locked" in decided.claimed.refused.lower()
    assert desk.loop.item is None


# -- the outbox: sent first, waiting claims count as decided, no second wait --------------------------


def test_a_decision_while_the_database_is_away_is_queued_and_no_claim_is_tried(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.add_items("general", 2)
    first = desk.loop.claim_next().item
    assert first is not None
    tried: list[str] = []
    real_claim = desk.services.claims.claim_next

    def spy(*args: object, **kwargs: object) -> object:
        tried.append("claim")
        return real_claim(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(desk.services.claims, "claim_next", spy)
    with Outage(desk.services.db):
        decided = desk.loop.decide("allow")
        assert decided.queued and decided.claimed is not None and decided.claimed.offline
        assert tried == [], "a database that just failed is not waited on a second time"
        assert desk.loop.item is None and desk.loop.last_decision is None  # queued: nothing to undo
        assert desk.loop.undo_refusal() == "There is no decision to undo."
        # The next claim sends the outbox first; that fails, so the claim is not tried at all.
        with pytest.raises(DatabaseUnavailable):
            desk.loop.claim_next()
        assert tried == []
    # Back: the claim sends the waiting decision, then claims the next item.
    claimed = desk.loop.claim_next()
    assert claimed.pending == 0 and claimed.item is not None and claimed.item.item_id != first.item_id
    assert desk.handling_of(first.claim_id) >= 0


def test_a_claim_whose_decision_still_waits_counts_as_decided(desk: Desk) -> None:
    desk.add_items("general", 2)
    first = desk.loop.claim_next().item
    assert first is not None
    # An entry this version cannot send sits at the head of the outbox: the sync stops there
    # (not offline), so the decision queued behind it stays waiting while the database answers.
    desk.services.outbox_sync.outbox.put("from-a-newer-version", "stuck-1", {"user_id": desk.reviewer.id})
    decided = desk.loop.decide("allow")
    assert decided.queued
    claimed = desk.loop.claim_next()
    # The database hands back the same open claim: shown as waiting, never as an item to decide again.
    assert claimed.item is None and claimed.waiting is not None
    assert claimed.waiting.claim_id == first.claim_id and claimed.pending == 1
    assert desk.loop.item is None


# -- undo --------------------------------------------------------------------------------------------


def test_undo_gives_the_open_item_back_and_reopens_the_undone_one(desk: Desk) -> None:
    desk.add_items("general", 2)
    first = desk.loop.claim_next().item
    assert first is not None
    desk.loop.decide("allow")
    second = desk.loop.item
    assert second is not None
    desk.clock.advance(UNDO_SECONDS - 1)
    assert desk.loop.undo_refusal() is None
    again = desk.loop.undo()
    assert again.item_id == first.item_id and desk.loop.item == again
    assert desk.loop.last_decision is None
    # The released item is in the queue again, for the next claim after this one.
    desk.loop.decide("remove", "spam")
    nxt = desk.loop.item
    assert nxt is not None and nxt.item_id == second.item_id


def test_undo_is_refused_once_its_window_has_passed(desk: Desk) -> None:
    desk.add_items("general", 1)
    desk.loop.claim_next()
    desk.loop.decide("allow")
    desk.clock.advance(UNDO_SECONDS + 1)
    refusal = desk.loop.undo_refusal()
    assert refusal is not None and f"{UNDO_SECONDS:.0f} s" in refusal
    with pytest.raises(InvalidInput, match="ask a lead"):
        desk.loop.undo()


def test_deciding_without_an_open_item_is_a_clear_refusal(desk: Desk) -> None:
    with pytest.raises(InvalidInput, match="no open item"):
        desk.loop.decide("allow")


# -- handling time is work time -----------------------------------------------------------------------


def test_handling_time_excludes_breaks_affected_and_hidden_media(desk: Desk) -> None:
    desk.add_items("general", 2)
    item = desk.loop.claim_next().item
    assert item is not None
    desk.clock.advance(30)  # work
    desk.loop.care_paused("break")  # an enforced break over the open item
    desk.clock.advance(15 * 60)
    desk.loop.care_paused("panic")  # Esc during the break: nested, the pause goes on
    desk.loop.care_resumed("break")
    desk.clock.advance(20)
    desk.loop.care_resumed("panic")
    desk.clock.advance(10)  # work
    desk.loop.care_paused("affected")  # "This affected me"
    desk.clock.advance(300)
    desk.loop.care_resumed("affected")
    desk.clock.advance(5)  # work
    desk.loop.decide("allow")
    assert desk.handling_of(item.claim_id) == pytest.approx(45)


def test_the_pause_in_force_when_the_next_item_opens_counts_from_its_opening(desk: Desk) -> None:
    desk.add_items("general", 2)
    desk.loop.claim_next()
    desk.loop.care_paused("panic")
    desk.clock.advance(40)  # hidden while the first item is decided (not counted either)
    first = desk.loop.item
    assert first is not None
    desk.loop.decide("allow")
    assert desk.handling_of(first.claim_id) == pytest.approx(0)
    second = desk.loop.item
    assert second is not None
    desk.clock.advance(60)  # still hidden
    desk.loop.care_resumed("panic")
    desk.clock.advance(7)
    desk.loop.decide("allow")
    assert desk.handling_of(second.claim_id) == pytest.approx(7)


def _t(seconds: float) -> datetime:
    return datetime(2026, 3, 1, 9, 0, tzinfo=UTC) + timedelta(seconds=seconds)


def test_handling_clock_transitions() -> None:
    clock = HandlingClock()
    assert clock.seconds(_t(100)) == 0.0  # no claim
    clock.pause("break", _t(0))  # a pause without a claim starts nothing yet
    clock.start(_t(0), _t(5))  # opened while paused: counts from the opening
    assert clock.paused and clock.seconds(_t(50)) == pytest.approx(5)
    clock.resume("break", _t(50))
    assert not clock.paused and clock.seconds(_t(60)) == pytest.approx(15)
    clock.resume("break", _t(61))  # resuming a reason not in force changes nothing
    assert clock.seconds(_t(70)) == pytest.approx(25)
    clock.pause("hidden", _t(70))
    clock.pause("hidden", _t(80))  # the same reason twice is one pause
    clock.resume("hidden", _t(90))
    assert clock.seconds(_t(100)) == pytest.approx(35)
    clock.stop()
    assert clock.seconds(_t(200)) == 0.0
    clock.start(_t(300), _t(290))  # the database's claim time a little ahead of ours: never negative
    assert clock.seconds(_t(295)) == 0.0

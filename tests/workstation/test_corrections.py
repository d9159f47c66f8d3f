"""Corrections and appeals on SQLite and PostgreSQL: decisions that supersede, in the chain, verified."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.workstation.conftest import Core
from workstation.actor import Actor
from workstation.corrections import CorrectionService
from workstation.decisions import DecisionRecord, DecisionRequest
from workstation.errors import InvalidInput, NotFound, PermissionDenied
from workstation.models import AuditEvent, Item


@pytest.fixture
def fixes(core: Core) -> CorrectionService:
    return CorrectionService(core.db, core.clock, core.decisions)


def decide(core: Core, who: Actor, verdict: str = "allow", reason: str = "") -> DecisionRecord:
    claim = core.claims.claim_next(who, "general")
    assert claim is not None
    return core.decisions.decide(who, DecisionRequest(claim.claim_id, verdict, reason=reason))


def status(core: Core, item_id: int) -> str:
    with core.db.read() as session:
        return session.get_one(Item, item_id).status


def test_a_lead_corrects_a_decision_and_the_reviewer_is_told(core: Core, fixes: CorrectionService) -> None:
    core.queue()
    core.items("general", 1)
    ann, leo = core.reviewer("ann"), core.reviewer("leo", "lead")
    start = core.clock.now() - timedelta(seconds=1)
    original = decide(core, ann)
    core.clock.advance(60)
    fixed = fixes.correct(leo, original.id, "remove", "spam")
    assert fixed.supersedes_client_id == original.client_id and fixed.reviewer == "leo"
    assert (fixed.verdict, fixed.reason) == ("remove", "spam")
    assert status(core, original.item_id) == "decided"
    notices = fixes.notices_for(ann, start)
    assert [n.text() for n in notices] == ["your decision on ref-0 was corrected to Remove: spam"]
    assert notices[0].by == "leo"
    assert fixes.notices_for(ann, core.clock.now()) == []  # nothing new since
    assert fixes.notices_for(leo, start) == []
    report = core.decisions.verify()
    assert report.ok and report.checked == 2, report.problem
    # The undo's refusal said "ask a lead to correct it": now the decision is corrected, and the
    # reviewer's own undo is refused as already corrected.
    with pytest.raises(InvalidInput, match="already undone or corrected"):
        core.decisions.undo(ann, original.id)
    with pytest.raises(InvalidInput, match="already superseded"):
        fixes.correct(leo, original.id, "allow", "changed my mind")
    again = fixes.correct(leo, fixed.id, "allow", "on second look it is fine")  # the latest one
    assert again.supersedes_client_id == fixed.client_id
    with core.db.read() as session:
        actions = session.execute(select(AuditEvent.action)).scalars().all()
    assert actions.count("decision corrected") == 2


def test_who_may_correct_and_what_a_correction_needs(core: Core, fixes: CorrectionService) -> None:
    core.queue()
    core.items("general", 2)
    ann, bob, leo = core.reviewer("ann"), core.reviewer("bob"), core.reviewer("leo", "lead")
    original = decide(core, ann)
    with pytest.raises(PermissionDenied):
        fixes.correct(bob, original.id, "remove", "spam")
    with pytest.raises(PermissionDenied):
        fixes.correct(ann, original.id, "remove", "spam")  # not even one's own
    with pytest.raises(InvalidInput, match="needs a reason"):
        fixes.correct(leo, original.id, "remove", "   ")
    with pytest.raises(InvalidInput, match="not a verdict of this queue"):
        fixes.correct(leo, original.id, "delete", "spam")
    for reserved in ("escalate", "undone", "appealed"):
        with pytest.raises(InvalidInput, match="verdict of the queue"):
            fixes.correct(leo, original.id, reserved, "x")
    with pytest.raises(NotFound):
        fixes.correct(leo, 999_999, "remove", "spam")
    with pytest.raises(InvalidInput, match="at most 2000"):
        fixes.correct(leo, original.id, "remove", "x" * 2001)
    # An undo record is not a verdict to correct.
    second = decide(core, bob)
    core.decisions.undo(bob, second.id)
    with core.db.read() as session:
        from workstation.models import Decision

        undo = session.execute(select(Decision.id).where(Decision.verdict == "undone")).scalar_one()
    with pytest.raises(InvalidInput, match="'undone' record"):
        fixes.correct(leo, undo, "remove", "spam")
    assert core.decisions.verify().ok


def test_an_appeal_goes_to_another_reviewer_whose_decision_supersedes_it(
    core: Core, fixes: CorrectionService
) -> None:
    core.queue()
    core.items("general", 1)
    ann, bob, leo = core.reviewer("ann"), core.reviewer("bob"), core.reviewer("leo", "lead")
    start = core.clock.now() - timedelta(seconds=1)
    original = decide(core, ann, "remove", "spam")
    core.clock.advance(30)
    with pytest.raises(PermissionDenied):
        fixes.appeal(ann, original.id, "I think I was wrong")
    with pytest.raises(InvalidInput, match="needs a reason"):
        fixes.appeal(leo, original.id, "")
    appeal = fixes.appeal(leo, original.id, "the uploader says it is a recipe blog, not spam")
    assert appeal.verdict == "appealed" and appeal.supersedes_client_id == original.client_id
    assert status(core, original.item_id) == "pending"
    with pytest.raises(InvalidInput, match="wait for the appeal"):
        fixes.correct(leo, appeal.id, "allow", "x")
    # Never back to the reviewer whose decision is appealed.
    assert core.claims.claim_next(ann, "general") is None
    claim = core.claims.claim_next(bob, "general")
    assert claim is not None and claim.item_id == original.item_id
    core.clock.advance(30)
    outcome = core.decisions.decide(bob, DecisionRequest(claim.claim_id, "allow"))
    assert outcome.supersedes_client_id == appeal.client_id
    assert status(core, original.item_id) == "decided"
    texts = [n.text() for n in fixes.notices_for(ann, start)]
    assert texts == [
        "your decision on ref-0 (Remove) is under appeal: the uploader says it is a recipe blog, not spam",
        "your decision on ref-0 was changed on appeal to Allow",
    ]
    assert fixes.notices_for(bob, start) == []
    report = core.decisions.verify()
    assert report.ok and report.checked == 3, report.problem
    with pytest.raises(InvalidInput, match="already superseded"):
        fixes.appeal(leo, original.id, "again")


def test_an_appealed_correction_goes_to_nobody_who_decided_the_item(
    core: Core, fixes: CorrectionService
) -> None:
    from workstation.models import Claim

    core.queue()
    core.items("general", 1)
    ann, bob = core.reviewer("ann"), core.reviewer("bob")
    leo = core.reviewer("leo", "lead", "reviewer")  # a lead who also reviews
    original = decide(core, ann)
    fixed = fixes.correct(leo, original.id, "remove", "spam")
    fixes.appeal(leo, fixed.id, "the uploader disputes the correction")
    assert core.claims.claim_next(ann, "general") is None
    assert core.claims.claim_next(leo, "general") is None
    # Even a claim forced into the database (the owner can write) does not let ann decide it.
    now = core.clock.now()
    with core.db.write() as session:
        forced = Claim(
            item_id=original.item_id,
            user_id=ann.id,
            claimed_at=now,
            lease_expires_at=now + timedelta(minutes=2),
        )
        session.add(forced)
        session.flush()
        forced_id = forced.id
    with pytest.raises(InvalidInput, match="took part in"):
        core.decisions.decide(ann, DecisionRequest(forced_id, "allow"))
    with core.db.write() as session:
        session.get_one(Claim, forced_id).released_at = now
        session.get_one(Claim, forced_id).outcome = "released"
    claim = core.claims.claim_next(bob, "general")
    assert claim is not None
    core.decisions.decide(bob, DecisionRequest(claim.claim_id, "allow"))
    assert core.decisions.verify().ok

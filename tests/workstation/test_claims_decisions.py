"""Claims as leases and append-only decisions, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from sqlalchemy import select, update

from tests.workstation.conftest import Core
from workstation import ledger
from workstation.decisions import DecisionRequest
from workstation.errors import InvalidInput, LeaseLost, PermissionDenied
from workstation.models import Decision, Item


def test_claims_highest_priority_then_oldest_sla(core: Core) -> None:
    q = core.queue()
    core.items(q, 3, prefix="low")
    core.items(q, 2, priority=5, prefix="high")
    ann = core.reviewer("ann")
    first = core.claims.claim_next(ann, q)
    assert first is not None and first.external_ref == "high-0"
    # the reviewer's open claim comes back until they act on it
    assert core.claims.claim_next(ann, q).claim_id == first.claim_id  # type: ignore[union-attr]
    core.claims.skip(ann, first.claim_id)
    second = core.claims.claim_next(ann, q)
    assert second is not None and second.external_ref == "high-1"


def test_two_reviewers_never_get_the_same_item(core: Core) -> None:
    q = core.queue()
    core.items(q, 2)
    a, b = core.reviewer("ann"), core.reviewer("bob")
    ca, cb = core.claims.claim_next(a, q), core.claims.claim_next(b, q)
    assert ca and cb and ca.item_id != cb.item_id
    assert core.claims.claim_next(core.reviewer("cat"), q) is None


def test_a_skipped_item_never_comes_back_to_the_same_reviewer(core: Core) -> None:
    q = core.queue()
    core.items(q, 1)
    ann, bob = core.reviewer("ann"), core.reviewer("bob")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    core.claims.skip(ann, claim.claim_id)
    assert core.claims.claim_next(ann, q) is None
    again = core.claims.claim_next(bob, q)
    assert again is not None and again.item_id == claim.item_id


def test_an_expired_lease_returns_the_item_and_a_heartbeat_keeps_it(core: Core) -> None:
    q = core.queue()
    core.items(q, 1)
    ann, bob = core.reviewer("ann"), core.reviewer("bob")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    core.clock.advance(50)
    core.claims.heartbeat(ann, claim.claim_id)
    core.clock.advance(50)  # 100 s after claiming, but 50 s after the heartbeat: still held
    assert core.claims.claim_next(bob, q) is None
    core.clock.advance(11)
    taken = core.claims.claim_next(bob, q)
    assert taken is not None and taken.item_id == claim.item_id
    with pytest.raises(LeaseLost, match="expired") as lost:
        core.claims.heartbeat(ann, claim.claim_id)
    if core.db.dialect == "sqlite":  # PostgreSQL's rule function words its own refusal (migration 0005)
        assert isinstance(lost.value.args[0].tr_values["when"], datetime)
    with pytest.raises(LeaseLost, match="bob"):
        core.decisions.decide(ann, DecisionRequest(claim.claim_id, "allow"))


def test_an_expired_lease_nobody_took_is_forgiven(core: Core) -> None:
    q = core.queue()
    core.items(q, 1)
    ann = core.reviewer("ann")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    core.clock.advance(600)  # the workstation was offline; nobody else wanted the item
    assert core.decisions.decide(ann, DecisionRequest(claim.claim_id, "allow")).verdict == "allow"


def test_expired_and_decided_by_someone_else_is_rejected_with_who(core: Core) -> None:
    q = core.queue()
    core.items(q, 1)
    ann, bob = core.reviewer("ann"), core.reviewer("bob")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    core.clock.advance(61)
    bob_claim = core.claims.claim_next(bob, q)
    assert bob_claim is not None
    core.decisions.decide(bob, DecisionRequest(bob_claim.claim_id, "allow"))
    with pytest.raises(LeaseLost, match="bob decided it") as lost:
        core.decisions.decide(ann, DecisionRequest(claim.claim_id, "remove", reason="spam"))
    # The moment itself, so the window shows it in the reviewer's zone (ui.i18n.shown); UTC in English.
    said = lost.value.args[0]
    if core.db.dialect == "postgresql":  # the rule function words its own refusal (migration 0005)
        return
    assert isinstance(said.tr_values["at"], datetime) and re.search(
        r"at \d{4}-\d\d-\d\d \d\d:\d\d UTC;", said
    )


def test_decide_is_idempotent_on_the_client_id(core: Core) -> None:
    q = core.queue()
    core.items(q, 1)
    ann = core.reviewer("ann")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    request = DecisionRequest(claim.claim_id, "remove", reason="spam", handling_seconds=12.5)
    first = core.decisions.decide(ann, request)
    again = core.decisions.decide(ann, request)
    assert again.id == first.id
    with core.db.read() as session:
        assert len(session.execute(select(Decision)).scalars().all()) == 1
        assert session.get_one(Item, claim.item_id).status == "decided"


def test_taxonomy_rules_are_enforced(core: Core) -> None:
    q = core.queue()
    core.items(q, 1)
    ann = core.reviewer("ann")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    with pytest.raises(InvalidInput, match="needs a reason"):
        core.decisions.decide(ann, DecisionRequest(claim.claim_id, "remove"))
    with pytest.raises(InvalidInput, match="not a verdict"):
        core.decisions.decide(ann, DecisionRequest(claim.claim_id, "delete-everything"))
    escalated = core.decisions.decide(
        ann, DecisionRequest(claim.claim_id, "escalate", note="unsure: context")
    )
    assert escalated.verdict == "escalate"


def test_undo_supersedes_and_gives_the_item_back_to_the_reviewer(core: Core) -> None:
    q = core.queue()
    core.items(q, 2)
    ann = core.reviewer("ann")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    decided = core.decisions.decide(ann, DecisionRequest(claim.claim_id, "allow"))
    core.clock.advance(3)
    back = core.decisions.undo(ann, decided.id)
    assert back.item_id == claim.item_id
    redo = core.decisions.decide(ann, DecisionRequest(back.claim_id, "remove", reason="spam"))
    with core.db.read() as session:
        rows = session.execute(select(Decision).order_by(Decision.seq)).scalars().all()
    assert [r.verdict for r in rows] == ["allow", "undone", "remove"]
    assert rows[1].supersedes_id == rows[0].id and rows[0].verdict == "allow"  # never edited
    assert redo.seq == 3
    with pytest.raises(InvalidInput, match="already undone"):
        core.decisions.undo(ann, decided.id)
    core.clock.advance(11)
    with pytest.raises(InvalidInput, match="10 s"):
        core.decisions.undo(ann, redo.id)


def test_restricted_queue_needs_a_grant_and_roles_are_checked(core: Core) -> None:
    q = core.queue("csam-adjacent", tier=4, restricted=True)
    core.items(q, 1)
    ann = core.reviewer("ann")
    lead = core.reviewer("lee", "lead")
    with pytest.raises(PermissionDenied, match="restricted"):
        core.claims.claim_next(ann, q)
    core.directory.grant_queue("ann", q)
    assert core.claims.claim_next(ann, q) is not None
    with pytest.raises(PermissionDenied, match="reviewer role"):
        core.claims.claim_next(lead, q)
    assert [x.name for x in core.directory.list_queues(for_actor=lead)] == []


def test_the_decision_chain_verifies_and_detects_tampering(core: Core) -> None:
    q = core.queue()
    core.items(q, 4)
    ann = core.reviewer("ann")
    for _ in range(4):
        claim = core.claims.claim_next(ann, q)
        assert claim is not None
        core.decisions.decide(ann, DecisionRequest(claim.claim_id, "allow"))
    assert core.decisions.verify() == ledger.ChainReport(4, True)
    with core.db.write() as session:
        session.execute(update(Decision).where(Decision.seq == 3).values(verdict="remove"))
    report = core.decisions.verify()
    assert not report.ok and "seq 3" in report.problem and "altered" in report.problem

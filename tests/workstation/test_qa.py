"""QA sampling and the blind second review on SQLite and PostgreSQL: blindness of the data handed
out, the qa chain verified (and broken when altered), the figures from qa_stats."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import select, text, update

from tests.workstation.conftest import Core
from workstation.actor import Actor
from workstation.checkpoints import Checkpoints
from workstation.decisions import DecisionRecord, DecisionRequest
from workstation.errors import InvalidInput, NotFound, PermissionDenied
from workstation.models import AuditEvent, QAReview, QASample
from workstation.qa import BlindItem, QAService, settle_outcome


@pytest.fixture
def qa(core: Core) -> QAService:
    return QAService(core.db, core.clock)


def decide(core: Core, who: Actor, verdict: str = "allow") -> DecisionRecord:
    claim = core.claims.claim_next(who, "general")
    assert claim is not None
    reason = "" if verdict == "allow" else "spam"
    return core.decisions.decide(who, DecisionRequest(claim.claim_id, verdict, reason=reason))


def world(core: Core, per_reviewer: int = 6) -> tuple[Actor, Actor, Actor, list[DecisionRecord]]:
    core.queue()
    core.items("general", 2 * per_reviewer)
    ann, bob, leo = core.reviewer("ann"), core.reviewer("bob"), core.reviewer("leo", "lead", "reviewer")
    done = []
    for n in range(per_reviewer):
        for who in (ann, bob):
            done.append(decide(core, who, "remove" if n % 3 == 0 else "allow"))
            core.clock.advance(30)
    return ann, bob, leo, done


def test_sample_then_a_blind_review_reveals_the_first_verdict_only_after(core: Core, qa: QAService) -> None:
    _ann, _bob, leo, done = world(core)
    result = qa.sample(leo, "general", rate=0.05, min_per_reviewer=2, seed=7)
    assert (result.candidates, result.sampled) == (12, 4)
    assert qa.sample(leo, "general", rate=0.05, min_per_reviewer=2, seed=7).sampled == 0  # never twice
    with core.db.read() as session:
        samples = session.execute(select(QASample)).scalars().all()
        assert {s.why for s in samples} == {"stratified"}
        assert session.execute(select(AuditEvent).where(AuditEvent.action == "qa sampled")).first()
    item = qa.next_item(leo)
    assert isinstance(item, BlindItem)
    # Blindness is a property of the data: nothing handed out before the review names the first
    # verdict, its reason or its reviewer.
    fields = {f.name for f in dataclasses.fields(BlindItem)}
    # (the item's language, issue 17, is the import's like its reason: nothing of the first decision)
    assert fields == {"sample_id", "item_id", "external_ref", "queue", "item_reason", "verdicts", "language"}
    by_id = {d.id: d for d in done}
    with core.db.read() as session:
        first = by_id[session.get_one(QASample, item.sample_id).decision_id]
    values = [str(v) for v in dataclasses.astuple(item)]
    assert first.reviewer not in " ".join(values) and "spam" not in values
    assert set(item.verdicts) == {"allow", "restrict", "remove"}  # all the queue's, not the first one
    other = "remove" if first.verdict == "allow" else "allow"
    result2 = qa.review(leo, item.sample_id, other, "over-enforcement", " looks fine ")
    assert (result2.first_verdict, result2.first_reviewer) == (first.verdict, first.reviewer)
    assert result2.outcome == "over-enforcement"
    with pytest.raises(InvalidInput, match="already reviewed"):
        qa.review(leo, item.sample_id, other)
    nxt = qa.next_item(leo)
    assert nxt is not None and nxt.sample_id != item.sample_id
    # equal verdicts are "agree" whatever was claimed; differing ones are never "agree"
    with core.db.read() as session:
        d2 = by_id[session.get_one(QASample, nxt.sample_id).decision_id]
    assert qa.review(leo, nxt.sample_id, d2.verdict, "under-enforcement").outcome == "agree"
    assert settle_outcome("allow", "remove", "agree") == "other"
    assert settle_outcome("allow", "remove", None) == "other"
    report = Checkpoints(core.db, core.clock).verify_database(leo)
    qa_chain = [c for c in report.chains if c.name == "qa"]
    assert qa_chain and qa_chain[0].report.ok and qa_chain[0].report.checked == 2, report
    assert report.ok


def test_who_may_sample_and_review_and_bad_input(core: Core, qa: QAService) -> None:
    ann, _bob, leo, _done = world(core, 2)
    ada = core.reviewer("ada", "admin")
    with pytest.raises(PermissionDenied):
        qa.sample(ann, "general", rate=0.5, min_per_reviewer=1)
    with pytest.raises(NotFound, match="no queue"):
        qa.sample(leo, "nope", rate=0.5, min_per_reviewer=1)
    with pytest.raises(InvalidInput, match="rate"):
        qa.sample(leo, "general", rate=1.5, min_per_reviewer=1)
    with pytest.raises(InvalidInput, match="period"):
        qa.sample(leo, "general", rate=0.5, min_per_reviewer=1, period="year")
    assert qa.sample(ada, "general", rate=1.0, min_per_reviewer=0).sampled == 4  # admins sample
    for who in (ann, ada):  # QA reviewers are leads
        with pytest.raises(PermissionDenied):
            qa.next_item(who)
    item = qa.next_item(leo)
    assert item is not None
    with pytest.raises(InvalidInput, match="not a verdict"):
        qa.review(leo, item.sample_id, "escalate")
    with pytest.raises(InvalidInput, match="not a verdict"):
        qa.review(leo, item.sample_id, "banana")
    with pytest.raises(InvalidInput, match="outcome"):
        qa.review(leo, item.sample_id, "allow", "maybe")
    with pytest.raises(InvalidInput, match="at most 2000"):
        qa.review(leo, item.sample_id, "allow", None, "x" * 2001)
    with pytest.raises(NotFound):
        qa.review(leo, 999_999, "allow")
    # a lead's own decision is never offered to them, nor reviewable by them
    core.items("general", 1, prefix="lead")
    own = decide(core, leo)
    qa.sample(leo, "general", rate=1.0, min_per_reviewer=0)
    with core.db.read() as session:
        own_sample = session.execute(select(QASample.id).where(QASample.decision_id == own.id)).scalar_one()
    while (nxt := qa.next_item(leo)) is not None:
        assert nxt.sample_id != own_sample
        qa.review(leo, nxt.sample_id, "allow")
    with pytest.raises(InvalidInput, match="your own decision"):
        qa.review(leo, own_sample, "allow")


def test_reviews_are_append_only_and_tampering_breaks_the_qa_chain(core: Core, qa: QAService) -> None:
    _ann, _bob, leo, _done = world(core, 2)
    qa.sample(leo, "general", rate=1.0, min_per_reviewer=0)
    item = qa.next_item(leo)
    assert item is not None
    qa.review(leo, item.sample_id, "allow", None, "first look")
    with pytest.raises(Exception, match="append-only"), core.db.write() as session:
        session.execute(update(QAReview).values(outcome="agree", verdict="remove"))
    with pytest.raises(Exception, match="append-only"), core.db.write() as session:
        session.execute(text("DELETE FROM qa_reviews"))
    if core.db.dialect == "sqlite":  # the owner drops the trigger: verification still catches it
        with core.db.write() as session:
            session.execute(text("DROP TRIGGER trg_qa_reviews_frozen_update"))
            session.execute(update(QAReview).values(note="nothing to see"))
        report = Checkpoints(core.db, core.clock).verify_database(leo)
        (chain,) = [c for c in report.chains if c.name == "qa"]
        assert not chain.report.ok and "altered" in chain.report.problem


def test_report_and_my_qa(core: Core, qa: QAService) -> None:
    ann, _bob, leo, _done = world(core, 20)
    qa.sample(leo, "general", rate=1.0, min_per_reviewer=0, seed=1)
    reviewed = 0
    while (item := qa.next_item(leo)) is not None:
        # the QA lead agrees on "allow", and calls every "remove" of bob's an over-enforcement
        verdict = "allow" if reviewed % 4 else "remove"
        qa.review(leo, item.sample_id, verdict, "over-enforcement")
        reviewed += 1
    assert reviewed == 40
    rows = qa.report(leo, "queue")
    assert len(rows) == 1 and rows[0]["n"] == 40 and rows[0]["kappa_shown"] is True
    low, kappa, high = rows[0]["kappa_low"], rows[0]["kappa"], rows[0]["kappa_high"]
    assert low < kappa < high
    labels, matrix = rows[0]["confusion"]["labels"], rows[0]["confusion"]["matrix"]
    assert sum(map(sum, matrix)) == 40 and labels == ["allow", "remove"]
    agree = sum(matrix[i][i] for i in range(len(labels)))
    assert rows[0]["agreement_pct"] == round(100 * agree / 40, 1) and rows[0]["agree"] == agree
    by_reviewer = qa.report(leo, "reviewer")
    assert [r["reviewer"] for r in by_reviewer] == ["ann", "bob"]
    assert "kappa" not in by_reviewer[0]  # kappa only per queue, and only from n >= 30
    assert all(r["n"] == 20 for r in by_reviewer)
    with pytest.raises(PermissionDenied):
        qa.report(ann, "queue")
    with pytest.raises(InvalidInput):
        qa.report(leo, "mood")
    mine = qa.mine(ann)
    assert mine["n"] == 20 and len(mine["items"]) == 20
    assert all(set(i) == {"queue", "your_verdict", "qa_verdict", "outcome"} for i in mine["items"])
    assert qa.mine(leo)["n"] == 0
    json.dumps(rows)  # the report is plain data


def test_below_thirty_no_kappa_is_shown(core: Core, qa: QAService) -> None:
    _ann, _bob, leo, _done = world(core, 3)
    qa.sample(leo, "general", rate=1.0, min_per_reviewer=0)
    while (item := qa.next_item(leo)) is not None:
        qa.review(leo, item.sample_id, "allow")
    (row,) = qa.report(leo, "queue")
    assert row["n"] == 6 and row["kappa_shown"] is False and row["kappa"] == "" and row["kappa_low"] == ""

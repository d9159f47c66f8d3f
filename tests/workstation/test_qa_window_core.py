"""The core of the blind second review in the reviewer window (``QAService.open_next``,
``commit_verdict``, ``my_reviews``) on SQLite and PostgreSQL: what reaches the window before the QA
verdict holds nothing of the first decision; the first verdict comes only after a committed verdict."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import insert, select

from tests.workstation.conftest import Core
from workstation.actor import Actor
from workstation.claims import QueueRef
from workstation.decisions import DecisionRecord, DecisionRequest
from workstation.errors import InvalidInput, PermissionDenied, QueueLocked
from workstation.models import AuditEvent, Decision, MediaAsset, QASample
from workstation.qa import BlindItem, BlindScreenItem, QAService


@pytest.fixture
def qa(core: Core) -> QAService:
    return QAService(core.db, core.clock)


def _world(core: Core) -> tuple[Actor, Actor, Actor, list[DecisionRecord]]:
    """ann and bob decide three items each (with a reason and a note), all sampled; leo is a lead who
    reviews too; each item has an image."""
    core.queue()
    ids = core.items("general", 6)
    with core.db.write() as session:
        for n, item_id in enumerate(ids):
            session.add(
                MediaAsset(
                    item_id=item_id,
                    path=f"/media/img-{n}.png",
                    sha256=f"{n:064d}",
                    content_key=f"{n:064d}",
                    kind="image",
                    mime="image/png",
                    width=64,
                    height=48,
                )
            )
    ann, bob, leo = core.reviewer("ann"), core.reviewer("bob"), core.reviewer("leo", "lead", "reviewer")
    done = []
    for n in range(3):
        for who in (ann, bob):
            claim = core.claims.claim_next(who, "general")
            assert claim is not None
            verdict = "remove" if n == 0 else "allow"
            reason = "spam" if verdict == "remove" else ""
            request = DecisionRequest(
                claim.claim_id, verdict, reason=reason, note=f"secret-note-{who.username}"
            )
            done.append(core.decisions.decide(who, request))
            core.clock.advance(30)
    with core.db.write() as session:
        session.execute(
            insert(QASample),
            [
                {
                    "decision_id": d.id,
                    "sampled_at": core.clock.now(),
                    "sampled_by": leo.id,
                    "why": "stratified",
                }
                for d in done
            ],
        )
    return ann, bob, leo, done


def _strings(value: object) -> list[str]:
    """Every value inside a (nested) dataclass, tuple or scalar, as text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [s for v in value for s in _strings(v)]
    return [str(value)]


def test_what_the_window_opens_holds_nothing_of_the_first_decision(core: Core, qa: QAService) -> None:
    ann, _bob, leo, done = _world(core)
    item = qa.open_next(leo)
    assert isinstance(item, BlindScreenItem) and isinstance(item.blind, BlindItem)
    assert {f.name for f in dataclasses.fields(BlindScreenItem)} == {
        "blind",
        "severity_tier",
        "verdicts",
        "media",
        "priority",
    }
    with core.db.read() as session:
        first = session.execute(
            select(Decision)
            .join(QASample, QASample.decision_id == Decision.id)
            .where(QASample.id == item.blind.sample_id)
        ).scalar_one()
    text = " ".join(_strings(item))
    # (its reason is one of the taxonomy's, listed for every verdict alike, so not a secret)
    for secret in (first.client_id, first.note, "secret-note", ann.username, "bob", str(first.decided_at)):
        assert secret not in text, secret
    # every verdict of the queue, with its label, the first one no more than any other
    assert [v.key for v in item.verdicts] == list(item.blind.verdicts) == ["allow", "restrict", "remove"]
    assert item.severity_tier == 2 and item.media[0].path == "/media/img-0.png"
    assert item.blind.item_reason == "escalated by a test"
    assert {d.id for d in done} >= {first.id}


def test_a_committed_verdict_unblinds_then_the_review_records_it(core: Core, qa: QAService) -> None:
    ann, _bob, leo, _done = _world(core)
    item = qa.open_next(leo)
    assert item is not None
    with pytest.raises(InvalidInput, match="not a verdict of this item's queue"):
        qa.commit_verdict(leo, item.blind.sample_id, "escalate")
    first = qa.commit_verdict(leo, item.blind.sample_id, "allow")
    assert (first.first_verdict, first.first_label, first.first_reason) == ("remove", "Remove", "spam")
    assert first.settled == ""  # they differ: the QA reviewer chooses the outcome
    with core.db.read() as session:
        event = session.execute(
            select(AuditEvent).where(AuditEvent.action == "qa verdict committed")
        ).scalar_one()
        assert event.details == {"sample": item.blind.sample_id, "verdict": "allow"}
        assert event.actor_id == leo.id
    result = qa.review(leo, item.blind.sample_id, "allow", "over-enforcement", "only a joke")
    assert result.outcome == "over-enforcement"
    with pytest.raises(InvalidInput, match="already reviewed"):
        qa.commit_verdict(leo, item.blind.sample_id, "allow")
    # skipped in this window: the next one is another sample; equal verdicts settle as agree
    nxt = qa.open_next(leo, exclude=(item.blind.sample_id + 1,))
    assert nxt is not None and nxt.blind.sample_id == item.blind.sample_id + 2
    agreed = qa.commit_verdict(leo, nxt.blind.sample_id, "allow")  # ann allowed it
    assert agreed.settled == "agree"
    # a QA reviewer never sees their own decision; a reviewer is no QA reviewer
    with pytest.raises(PermissionDenied):
        qa.open_next(ann)
    with pytest.raises(PermissionDenied):
        qa.commit_verdict(ann, nxt.blind.sample_id, "allow")


def test_own_decisions_are_never_opened_nor_unblinded(core: Core, qa: QAService) -> None:
    core.queue()
    core.items("general", 1)
    lead = core.reviewer("lea", "lead", "reviewer")
    claim = core.claims.claim_next(lead, "general")
    assert claim is not None
    own = core.decisions.decide(lead, DecisionRequest(claim.claim_id, "allow"))
    with core.db.write() as session:
        session.execute(
            insert(QASample),
            [
                {
                    "decision_id": own.id,
                    "sampled_at": core.clock.now(),
                    "sampled_by": lead.id,
                    "why": "stratified",
                }
            ],
        )
        sample_id = session.execute(select(QASample.id)).scalar_one()
    assert qa.open_next(lead) is None
    with pytest.raises(InvalidInput, match="your own decision"):
        qa.commit_verdict(lead, sample_id, "allow")


def test_my_reviews_has_the_notes_newest_first_and_only_mine(core: Core, qa: QAService) -> None:
    ann, bob, leo, _done = _world(core)
    reviewed = []
    while (item := qa.open_next(leo)) is not None:
        qa.commit_verdict(leo, item.blind.sample_id, "allow")
        reviewed.append(
            qa.review(leo, item.blind.sample_id, "allow", "over-enforcement", f"note {item.blind.sample_id}")
        )
        core.clock.advance(60)
    mine = qa.my_reviews(ann)
    assert mine["n"] == 3 and mine["agreement_pct"] == pytest.approx(66.7)
    assert [i["outcome"] for i in mine["items"]] == ["agree", "agree", "over-enforcement"]
    notes = [i["note"] for i in mine["items"]]
    assert notes[-1].startswith("note ") and all(i["item"].startswith("ref-") for i in mine["items"])
    assert all(i["your_verdict"] in ("allow", "remove") and i["qa_verdict"] == "allow" for i in mine["items"])
    assert "leo" not in " ".join(str(v) for i in mine["items"] for v in i.values())
    assert qa.my_reviews(bob)["n"] == 3 and qa.my_reviews(leo)["n"] == 0


def test_the_claim_gate_closes_qa_items_of_a_locked_tier_too(core: Core, qa: QAService) -> None:
    """QA time is exposure: a tier that today's spent budget closed is closed for QA as well."""
    _ann, _bob, leo, _done = _world(core)
    core.queue("calm", tier=1)
    calm_item = core.items("calm", 1, prefix="calm")[0]
    ann = core.directory.sign_in("ann")
    claim = core.claims.claim_next(ann, "calm")
    assert claim is not None and claim.item_id == calm_item
    calm = core.decisions.decide(ann, DecisionRequest(claim.claim_id, "allow"))
    with core.db.write() as session:  # sampled last: the oldest samples are of the tier-2 queue
        session.execute(
            insert(QASample),
            [
                {
                    "decision_id": calm.id,
                    "sampled_at": core.clock.now(),
                    "sampled_by": leo.id,
                    "why": "stratified",
                }
            ],
        )
    doses: list[float | None] = []

    def gate(_session: object, _actor: Actor, queue: QueueRef, live_dose: float | None) -> None:
        doses.append(live_dose)
        if queue.severity_tier > 1:
            raise QueueLocked(f"'{queue.name}' is closed to you until tomorrow")

    item = qa.open_next(leo, gate=gate, live_dose=250.0)
    assert item is not None and item.blind.queue == "calm" and set(doses) == {250.0}
    with pytest.raises(QueueLocked, match="'general' is closed"):
        qa.open_next(leo, exclude=(item.blind.sample_id,), gate=gate, live_dose=250.0)
    assert qa.open_next(leo, exclude=(item.blind.sample_id,)) is not None  # no gate: the oldest

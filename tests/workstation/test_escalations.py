"""Escalation routing, supersession, take-back and urgent incidents, on SQLite and PostgreSQL (issue 15).

Each test runs on both databases (the ``database`` fixture); the PostgreSQL path goes through
migration 0013's functions. Chains are checked with the same verifier as ``audit verify``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select, text

from tests.workstation.conftest import Core
from workstation import ledger, taxonomy
from workstation.actor import Actor
from workstation.checkpoints import Checkpoints
from workstation.decisions import DecisionRequest
from workstation.errors import InvalidInput, NotFound, PermissionDenied
from workstation.escalations import EscalationService
from workstation.incidents import INCIDENTS, IncidentService
from workstation.models import Decision, Escalation, IncidentEvent, Item


@dataclass
class Tiers:
    core: Core
    escalations: EscalationService
    incidents: IncidentService
    ann: Actor  # first tier
    bob: Actor  # second tier (granted the restricted tier-2 queue)
    leo: Actor  # lead
    ada: Actor  # admin

    def escalate(self, who: Actor, queue: str, note: str, **kw: object) -> tuple[int, int]:
        claim = self.core.claims.claim_next(who, queue)
        assert claim is not None
        record = self.core.decisions.decide(
            who,
            DecisionRequest(claim.claim_id, taxonomy.ESCALATE, note=note, **kw),  # type: ignore[arg-type]
        )
        return record.id, claim.item_id


@pytest.fixture
def t(core: Core) -> Tiers:
    ann = core.reviewer("ann")
    bob = core.reviewer("bob")
    leo = core.reviewer("leo", "reviewer", "lead")
    ada = core.reviewer("ada", "admin")
    core.directory.add_queue("violence", severity_tier=3, verdicts=taxonomy.builtin("violence"))
    core.directory.add_queue(
        "tier-2", severity_tier=4, verdicts=taxonomy.builtin("violence"), restricted=True
    )
    core.directory.grant_queue("bob", "tier-2")
    core.items("violence", 4)
    esc = EscalationService(core.db, core.clock, core.claims)
    assert esc.set_routes(ada, "violence", ["tier-2", "leads"]) == ["tier-2", "leads"]
    return Tiers(core, esc, IncidentService(core.db, core.clock), ann, bob, leo, ada)


def _verify(t: Tiers) -> None:
    assert t.core.decisions.verify().ok
    report = Checkpoints(t.core.db, t.core.clock).verify_database(t.leo)
    assert report.ok, [(c.name, c.report.problem) for c in report.chains]


def test_an_escalation_goes_to_tier_2_with_its_history_and_the_second_decision_supersedes_it(
    t: Tiers,
) -> None:
    escalation_id, item_id = t.escalate(t.ann, "violence", "credible threat? need a specialist")
    with t.core.db.read() as session:
        item = session.get_one(Item, item_id)
        assert (item.queue.name, item.status) == ("tier-2", "pending")
    # the first tier's queue no longer offers it; the second tier gets it
    assert t.core.claims.claim_next(t.leo, "violence") is not None  # another item, not this one
    claim = t.core.claims.claim_next(t.bob, "tier-2")
    assert claim is not None and claim.item_id == item_id
    history = t.escalations.history(t.bob, item_id)
    assert [(h.who, h.queue, h.verdict, h.note) for h in history] == [
        ("ann", "violence", "escalate", "credible threat? need a specialist")
    ]
    with pytest.raises(PermissionDenied):
        t.escalations.history(t.ann, item_id)  # no claim on it any more
    [view] = t.escalations.list(t.bob)
    assert (view.from_queue, view.to, view.state, view.by) == ("violence", "tier-2", "claimed", "ann")
    with pytest.raises(InvalidInput, match="already claimed"):
        t.escalations.take_back(t.ann, view.id)
    final = t.core.decisions.decide(
        t.bob, DecisionRequest(claim.claim_id, "remove", reason="credible threat", note="confirmed")
    )
    with t.core.db.read() as session:
        first = session.get_one(Decision, escalation_id)
        assert final.supersedes_client_id == first.client_id
    assert final.chain == ledger.decision_chain(t.core.directory.queue("tier-2").id)
    assert t.escalations.list(t.bob) == []
    [closed] = t.escalations.list(t.leo, open_only=False)
    assert closed.state == "decided"
    assert [h.superseded for h in t.escalations.history(t.leo, item_id)] == [True, False]
    _verify(t)


def test_the_author_takes_an_escalation_back_until_it_is_claimed(t: Tiers) -> None:
    _, item_id = t.escalate(t.ann, "violence", "not sure", escalate_to="leads")
    [view] = t.escalations.list(t.ann)
    assert (view.to, view.state) == ("leads", "open")
    with t.core.db.read() as session:
        assert session.get_one(Item, item_id).status == "escalated"  # with the leads, in its queue
    with pytest.raises(NotFound):
        t.escalations.take_back(t.bob, view.id)  # not bob's
    again = t.escalations.take_back(t.ann, view.id)
    assert (again.item_id, again.queue) == (item_id, "violence")
    with pytest.raises(InvalidInput, match="closed"):
        t.escalations.take_back(t.ann, view.id)
    # ann decides it herself now; the take-back superseded the escalation, the decision supersedes nothing
    record = t.core.decisions.decide(t.ann, DecisionRequest(again.claim_id, "allow"))
    assert record.supersedes_client_id is None
    [closed] = t.escalations.list(t.leo, open_only=False)
    assert closed.state == "taken_back"
    verdicts = [(h.verdict, h.superseded) for h in t.escalations.history(t.leo, item_id)]
    assert verdicts == [("escalate", True), ("undone", False), ("allow", False)]
    _verify(t)


def test_a_destination_the_queue_does_not_offer_is_refused_and_nothing_is_recorded(t: Tiers) -> None:
    claim = t.core.claims.claim_next(t.ann, "violence")
    assert claim is not None
    with pytest.raises(InvalidInput, match="does not escalate to general; choose one of tier-2, leads"):
        t.core.decisions.decide(
            t.ann, DecisionRequest(claim.claim_id, taxonomy.ESCALATE, note="x", escalate_to="general")
        )
    with t.core.db.read() as session:
        assert session.execute(select(Escalation.id)).first() is None
        assert session.get_one(Item, claim.item_id).status == "pending"
    # the claim is still open: the reviewer can choose again
    record = t.core.decisions.decide(t.ann, DecisionRequest(claim.claim_id, taxonomy.ESCALATE, note="x"))
    assert record.verdict == "escalate"  # the first route (tier-2)


def test_routes_are_checked(t: Tiers) -> None:
    with pytest.raises(NotFound):
        t.escalations.set_routes(t.ada, "violence", ["nowhere"])
    with pytest.raises(InvalidInput, match="itself"):
        t.escalations.set_routes(t.ada, "violence", ["violence"])
    with pytest.raises(InvalidInput, match="twice"):
        t.escalations.set_routes(t.ada, "violence", ["leads", "leads"])
    with pytest.raises(PermissionDenied):
        t.escalations.set_routes(t.ann, "violence", ["leads"])
    assert t.escalations.routes("violence") == ["tier-2", "leads"]


def test_urgent_verdicts_and_imminent_harm_open_chained_incidents(t: Tiers) -> None:
    claim = t.core.claims.claim_next(t.ann, "violence")
    assert claim is not None
    urgent = t.core.decisions.decide(
        t.ann,
        DecisionRequest(claim.claim_id, "report", reason="imminent harm", note="names a school and a time"),
    )
    assert urgent.incident_id is not None
    t.escalate(t.ann, "violence", "live stream, person at risk", imminent=True)
    opened = t.incidents.list(t.leo)
    assert [(i.severity, i.category, i.state) for i in opened] == [
        ("P0", "imminent harm (escalated from violence)", "open"),
        ("P1", "Remove and report to authorities", "open"),
    ]
    assert t.incidents.list(t.bob) == []  # not bob's
    p0 = opened[0].id
    with pytest.raises(PermissionDenied):
        t.incidents.record(t.ann, p0, "acknowledged")
    t.incidents.record(t.leo, p0, "acknowledged")
    with pytest.raises(InvalidInput, match="already acknowledged by leo"):
        t.incidents.record(t.leo, p0, "acknowledged")
    with pytest.raises(InvalidInput, match="needs a note"):
        t.incidents.record(t.leo, p0, "action", note="  ")
    t.incidents.record(t.leo, p0, "action", note="called the platform's law-enforcement line")
    with pytest.raises(InvalidInput, match="outcome"):
        t.incidents.record(t.leo, p0, "closed")
    done = t.incidents.record(t.leo, p0, "closed", outcome="reported to police", external_ref="CASE-1182")
    assert (done.state, done.closed_by, done.external_ref) == ("closed", "leo", "CASE-1182")
    assert [e.kind for e in done.timeline] == ["opened", "acknowledged", "action", "closed"]
    with pytest.raises(InvalidInput, match="closed"):
        t.incidents.record(t.leo, p0, "action", note="late")
    _verify(t)
    # an altered timeline is caught by the verifier, named by its chain
    with t.core.db.write() as session:
        session.execute(text("UPDATE incident_events SET note = 'nothing happened' WHERE kind = 'action'"))
    report = Checkpoints(t.core.db, t.core.clock).verify_database(t.leo)
    broken = [c for c in report.chains if not c.ok]
    assert [c.name for c in broken] == [INCIDENTS] and "altered" in broken[0].report.problem


def test_a_replayed_urgent_decision_opens_one_incident(t: Tiers) -> None:
    claim = t.core.claims.claim_next(t.ann, "violence")
    assert claim is not None
    request = DecisionRequest(claim.claim_id, taxonomy.ESCALATE, note="at risk", imminent=True)
    first = t.core.decisions.decide(t.ann, request)
    again = t.core.decisions.decide(t.ann, request)  # an outbox retry after a lost acknowledgement
    assert first.id == again.id
    assert len(t.incidents.list(t.leo)) == 1
    with t.core.db.read() as session:
        assert len(session.execute(select(IncidentEvent.id)).all()) == 1


def test_duty_list_holds_active_leads_only(t: Tiers) -> None:
    second = t.core.reviewer("lea", "lead")
    assert t.incidents.set_duty(t.leo, ["leo", second.username]) == ["leo", "lea"]
    with pytest.raises(InvalidInput, match="ann is not an active lead"):
        t.incidents.set_duty(t.leo, ["ann"])
    with pytest.raises(InvalidInput, match="twice"):
        t.incidents.set_duty(t.leo, ["leo", "leo"])
    with pytest.raises(PermissionDenied):
        t.incidents.set_duty(t.ann, ["leo"])
    assert t.incidents.duty() == ["leo", "lea"]


def test_a_lead_decides_an_escalation_sent_to_the_leads(t: Tiers) -> None:
    decision_id, item_id = t.escalate(t.ann, "violence", "a lead should see this", escalate_to="leads")
    [esc] = t.escalations.list(t.leo)
    with pytest.raises(PermissionDenied):
        t.escalations.decide(t.ann, esc.id, "allow")
    with pytest.raises(InvalidInput, match="needs a reason"):
        t.escalations.decide(t.leo, esc.id, "remove")
    with pytest.raises(InvalidInput, match="queue's verdicts"):
        t.escalations.decide(t.leo, esc.id, taxonomy.ESCALATE, note="x")
    other = t.core.reviewer("lia", "lead", team="red")
    with pytest.raises(InvalidInput, match="another team"):
        t.escalations.decide(other, esc.id, "allow")
    t.escalations.decide(t.leo, esc.id, "report", reason="credible threat", note="called it in")
    [closed] = t.escalations.list(t.leo, open_only=False)
    assert closed.state == "decided"
    history = t.escalations.history(t.leo, item_id)
    assert [(h.who, h.verdict, h.superseded) for h in history] == [
        ("ann", "escalate", True),
        ("leo", "report", False),
    ]
    [incident] = t.incidents.list(t.leo)  # "report to authorities" is urgent (P1)
    assert incident.severity == "P1" and incident.opened_by == "leo"
    with pytest.raises(InvalidInput, match="closed"):
        t.escalations.decide(t.leo, esc.id, "allow")
    _verify(t)
    assert decision_id

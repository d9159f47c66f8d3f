"""The attention view, a person's page and acknowledgements through the service, on both databases,
driven by a scripted shift on a fake clock; and that leads and admins are refused with a sentence."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.workstation.conftest import Core
from wellbeing.exposure import ExposureSpan
from wellbeing.policy import load_policy
from workstation.actor import Actor
from workstation.errors import InvalidInput, NotFound, PermissionDenied
from workstation.models import AuditEvent, CareLogRow
from workstation.wellbeing_attention import WellbeingAttention
from workstation.wellbeing_records import WellbeingRecords


@pytest.fixture
def care(core: Core) -> WellbeingRecords:
    return WellbeingRecords(core.db, core.clock)


@pytest.fixture
def service(core: Core) -> WellbeingAttention:
    return WellbeingAttention(core.db, core.clock, load_policy())


def _work(
    core: Core, care: WellbeingRecords, who: Actor, minutes: float, dose_per_minute: float = 0.5
) -> None:
    core.clock.advance(0.001)
    start = core.clock.now()
    span = ExposureSpan(
        None,
        "general",
        2,
        start,
        start + timedelta(minutes=minutes),
        minutes * 60,
        1.0,
        1.0,
        minutes * dose_per_minute,
        0.0,
    )
    care.record_spans(who, [span])
    core.clock.advance(minutes * 60)


def _kinds(service: WellbeingAttention, wendy: Actor) -> dict[str, set[str]]:
    return {a.username: {r.kind for r in a.new} for a in service.attention(wendy)}


def test_a_scripted_shift_lists_each_reason_and_clears_it(
    core: Core, care: WellbeingRecords, service: WellbeingAttention
) -> None:
    core.queue()
    wendy = core.reviewer("wendy", "wellbeing")
    alex, bea, chen = core.reviewer("alex"), core.reviewer("bea"), core.reviewer("chen")
    # 09:00 - everyone works an hour; Alex checks in Low with a note, Bea says "This affected me".
    for who in (alex, bea, chen):
        _work(core, care, who, 50)
    care.record_checkin(alex, 2, "the third video stays with me")
    care.record_break(
        bea, kind="affected", prompted_at=core.clock.now(), started_at=core.clock.now(), outcome="taken"
    )
    # Chen skips an enforced break and works on: 3 h 20 min without a pause of 5 minutes.
    prompted = core.clock.now()
    care.record_break(chen, kind="enforced", prompted_at=prompted, postponed=1, outcome="prompted")
    for _ in range(5):
        _work(core, care, chen, 30)
        core.clock.advance(60)
    found = _kinds(service, wendy)
    assert found == {
        "alex": {"low_checkin"},
        "bea": {"affected"},
        "chen": {"breaks_skipped", "long_stretch"},
    }
    (first, *_rest) = service.attention(wendy)
    assert first.username == "chen"  # 3 + 2 points before 4
    alex_row = next(a for a in service.attention(wendy) if a.username == "alex")
    assert '"the third video stays with me"' in alex_row.reasons[0].text
    # Alex feels better later: the low check-in is answered.
    core.clock.advance(3600)
    care.record_checkin(alex, 4)
    assert "alex" not in _kinds(service, wendy)
    # Wendy contacts Bea: still listed, marked, nothing new, at the bottom.
    service.acknowledge(wendy, "bea", core.clock.now().date(), "talked after lunch; follow up Friday")
    listed = service.attention(wendy)
    assert [a.username for a in listed][-1] == "bea"
    assert listed[-1].cleared and listed[-1].acknowledged is not None
    assert listed[-1].acknowledged.note == "talked after lunch; follow up Friday"
    # Eight days on, every window has passed: nobody is listed.
    core.clock.advance(8 * 24 * 3600)
    assert service.attention(wendy) == []


def test_a_persons_page_holds_dose_per_day_breaks_checkins_and_events(
    core: Core, care: WellbeingRecords, service: WellbeingAttention
) -> None:
    core.queue()
    wendy, alex = core.reviewer("wendy", "wellbeing"), core.reviewer("alex")
    _work(core, care, alex, 60, dose_per_minute=1.0)
    care.record_break(alex, kind="enforced", prompted_at=core.clock.now(), postponed=1, outcome="prompted")
    care.record_checkin(alex, 1, "very hard")
    care.record_break(alex, kind="affected", prompted_at=core.clock.now(), outcome="taken")
    core.clock.advance(24 * 3600)
    _work(core, care, alex, 30)
    service.acknowledge(wendy, "alex", core.clock.now().date(), "called")
    page = service.person(wendy, "alex")
    assert page.start == page.days[0][0] and page.end == page.today  # from the first data to today
    assert [round(d) for _day, d in page.days] == [60, 15]
    assert [b.status for b in page.breaks] == ["skipped, postponed once"]
    assert [(c.mood, c.note) for c in page.checkins] == [(1, "very hard")]
    assert page.events[0][1].startswith("Contacted on ")
    assert '"This affected me"' in [text for _at, text in page.events]
    assert {r.kind for r in page.reasons} >= {"low_checkin", "affected", "breaks_skipped"}
    with pytest.raises(NotFound, match="no person named 'nobody'"):
        service.person(wendy, "nobody")


@pytest.mark.parametrize("role", ["lead", "admin", "reviewer"])
def test_nobody_but_wellbeing_staff_gets_any_of_it(
    core: Core, care: WellbeingRecords, service: WellbeingAttention, role: str
) -> None:
    core.queue()
    wendy, alex = core.reviewer("wendy", "wellbeing"), core.reviewer("alex")
    other = core.reviewer("other", role)
    care.record_checkin(alex, 1, "private")
    service.acknowledge(wendy, "alex", core.clock.now().date(), "a private note")
    for call, what in (
        (lambda: service.attention(other), "see who needs attention"),
        (lambda: service.person(other, "alex"), "open a person's care page"),
        (lambda: service.acknowledge(other, "alex", core.clock.now().date(), "x"), "acknowledge a person"),
    ):
        with pytest.raises(PermissionDenied, match=f"other may not {what}: that needs the wellbeing role"):
            call()
    with core.db.read() as session:
        events = session.execute(select(AuditEvent.action, AuditEvent.subject, AuditEvent.details)).all()
    # The shared audit trail (leads and admins read it) names nobody and holds no note.
    care_events = [e for e in events if e.action.startswith("care.")]
    assert care_events and all(e.subject == "" and not e.details for e in care_events)
    refusals = [e for e in events if e.action == "refused"]
    assert len(refusals) == 3
    assert not any("private" in str(e) or "alex" in str(e) for e in care_events + refusals)


def test_acknowledging_refuses_absurd_input(core: Core, service: WellbeingAttention) -> None:
    wendy = core.reviewer("wendy", "wellbeing")
    core.reviewer("alex")
    today = core.clock.now().date()
    with pytest.raises(InvalidInput, match="is in the future"):
        service.acknowledge(wendy, "alex", today + timedelta(days=3))
    with pytest.raises(InvalidInput, match="keep it to 2,000"):
        service.acknowledge(wendy, "alex", today, "x" * 2001)
    with pytest.raises(NotFound, match="no person named 'zed'"):
        service.acknowledge(wendy, "zed", today)
    service.acknowledge(wendy, "alex", today, "  trimmed  ")
    with core.db.read() as session:
        row = session.execute(select(CareLogRow).where(CareLogRow.kind == "acknowledged")).scalar_one()
    assert (row.note, row.contacted_on) == ("trimmed", today)

"""The SLA and daily reports against the hand-computed world of ``sla_world`` (both databases).

Every expected number below is worked out by hand in sla_world's docstring; none is computed by the
code under test.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sla_world import NOW, World, at, build
from sqlalchemy import select, text

from workstation.daily_report import DailyReports, incident_summary
from workstation.db import Database
from workstation.errors import InvalidInput, PermissionDenied
from workstation.key_tickets import KeyTickets
from workstation.models import AuditEvent
from workstation.sla import OperationsSettings, SlaReports


@pytest.fixture
def sla(database: Database) -> World:
    return build(database)


def _rows(report: object) -> dict[str, object]:
    return {r.group: r for r in report.rows}  # type: ignore[attr-defined]


def test_by_queue_today(sla: World) -> None:
    report = SlaReports(sla.db, sla.clock).report(sla.people["leo"], by="queue", period="day")
    assert report.start == at(10, 0) and report.end == NOW and report.zone == "UTC"
    g, x = _rows(report)["general"], _rows(report)["gore"]
    assert g.target_minutes == 60 and x.target_minutes == 120
    assert (g.pending, g.oldest_age_seconds, g.due_within_1h, g.overdue_now) == (3, 7200.0, 1, 1)
    assert g.decided == 3  # g1, g2, g3 (the correction of g1 is not a first decision)
    assert g.attainment_today == pytest.approx(2 / 4)  # met g1, g3; missed g2 and g5 (fell due 14:00)
    assert g.attainment_7d == pytest.approx(3 / 5)  # and g4, met on 03-08
    assert g.import_to_decision_p50 == pytest.approx(1800)  # [1200, 1800, 5400]
    assert g.import_to_decision_p90 == pytest.approx(4680)  # 1800 + 0.8 * 3600
    assert g.claim_to_decision_p50 == pytest.approx(600)  # [600, 600, 1800]
    assert g.claim_to_decision_p90 == pytest.approx(1560)  # 600 + 0.8 * 1200
    assert g.escalation_rate == pytest.approx(1 / 3)
    assert g.skip_rate == pytest.approx(1 / 5)  # g1, g2, g3 decided; g5 skipped; g6 expired
    assert g.lease_expiries == 1
    assert (x.pending, x.oldest_age_seconds, x.due_within_1h, x.overdue_now) == (0, None, 0, 0)
    assert x.decided == 2  # x2, x3
    assert x.attainment_today == pytest.approx(1.0)  # x3 met; x2 has no SLA
    assert x.attainment_7d == pytest.approx(1 / 2)  # and x1, missed on 03-09
    assert x.import_to_decision_p50 == pytest.approx(4500)  # [3600, 5400]
    assert x.import_to_decision_p90 == pytest.approx(5220)
    assert x.claim_to_decision_p50 == pytest.approx(1200)  # [600, 1800]
    assert x.claim_to_decision_p90 == pytest.approx(1680)
    assert (x.escalation_rate, x.skip_rate, x.lease_expiries) == (0.0, 0.0, 0)
    breaches = [(b.item_ref, b.reviewer, b.late_seconds, b.decided_at is None) for b in report.breaches]
    assert breaches == [("g2", "bob", 1800.0, False), ("g5", None, 3600.0, True)]


def test_by_queue_week_lists_last_weeks_breaches(sla: World) -> None:
    report = SlaReports(sla.db, sla.clock).report(sla.people["leo"], by="queue", period="week")
    assert report.start == at(4, 0)
    assert _rows(report)["general"].decided == 4
    assert [b.item_ref for b in report.breaches] == ["x1", "g2", "g5"]  # by due time


def test_by_team(sla: World) -> None:
    rows = _rows(SlaReports(sla.db, sla.clock).report(sla.people["leo"], by="team", period="day"))
    blue, red = rows["blue"], rows["red"]
    assert blue.pending is None and blue.target_minutes is None  # backlog belongs to queues
    assert blue.decided == 4  # ann: g1, g3, x2, x3
    assert blue.attainment_today == pytest.approx(1.0) and blue.attainment_7d == pytest.approx(1.0)
    assert blue.skip_rate == pytest.approx(0.0) and blue.lease_expiries == 1  # g6's lease was ann's
    assert red.decided == 1  # bob: g2
    assert red.attainment_today == pytest.approx(0.0) and red.attainment_7d == pytest.approx(0.0)
    assert red.skip_rate == pytest.approx(1 / 2)  # g2 decided, g5 skipped


def test_per_person_needs_policy_and_twenty_decisions(sla: World) -> None:
    reports = SlaReports(sla.db, sla.clock)
    off = reports.report(sla.people["leo"], per_person=True)
    assert off.people is None and "policy does not allow" in off.people_note
    OperationsSettings(sla.db, sla.clock).set_per_person(sla.people["ada"], True)
    on = reports.report(sla.people["leo"], per_person=True)
    assert on.people == ()  # ann has 4, bob 1: fewer than 20 each
    assert "2 with fewer are not" in on.people_note
    with pytest.raises(PermissionDenied):
        OperationsSettings(sla.db, sla.clock).set_per_person(sla.people["leo"], True)


def test_reviewers_may_not_run_the_reports_and_every_run_is_audited(sla: World) -> None:
    with pytest.raises(PermissionDenied):
        SlaReports(sla.db, sla.clock).report(sla.people["ann"])
    with pytest.raises(PermissionDenied):
        DailyReports(sla.db, sla.clock).report(sla.people["bob"], date(2026, 3, 10))
    SlaReports(sla.db, sla.clock).report(sla.people["leo"], by="team", period="week")
    DailyReports(sla.db, sla.clock).report(sla.people["leo"], date(2026, 3, 10), fmt="pdf")
    with sla.db.read() as session:
        events = session.execute(
            select(AuditEvent.action, AuditEvent.subject, AuditEvent.details).where(
                AuditEvent.action.in_(("report.sla", "report.daily"))
            ).order_by(AuditEvent.seq)
        ).all()
    assert [(a, s) for a, s, _ in events] == [("report.sla", "team"), ("report.daily", "2026-03-10")]
    assert events[1][2]["format"] == "pdf"


def test_daily_report_today(sla: World) -> None:
    report = DailyReports(sla.db, sla.clock).report(sla.people["leo"], date(2026, 3, 10))
    assert report.cutoff == NOW  # today: cut off now
    q = {r.queue: r for r in report.queues}
    g, x = q["general"], q["gore"]
    assert (g.imported, g.decided, g.escalated, g.pending_at_cutoff) == (6, 3, 1, 3)
    assert g.oldest_pending_seconds == 7200.0  # g5, imported 13:00
    assert (g.imported_avg7, g.decided_avg7, g.escalated_avg7) == pytest.approx((1 / 7, 1 / 7, 0))  # g4
    assert (x.imported, x.decided, x.escalated, x.pending_at_cutoff) == (1, 2, 0, 0)
    assert (x.imported_avg7, x.decided_avg7) == pytest.approx((2 / 7, 1 / 7))  # x1, x3 in; x1 out
    assert [b.item_ref for b in report.breaches] == ["g2", "g5"]
    assert [(k.item_ref, k.flagged_by, k.summary) for k in report.key_tickets] == [
        ("g2", "bob", "Coordinated spam wave from one network")
    ]
    f = report.faults
    assert (f.unreadable_media, f.decoder_crashes, f.outbox_conflicts, f.lease_expiries) == (2, 1, 1, 1)
    assert f.rejected_import_lines == 3
    assert report.faults_avg7.unreadable_media == 0
    assert report.incidents is not None and report.incidents.opened == 0  # none in this world


def test_daily_report_of_a_past_day_cuts_off_at_midnight(sla: World) -> None:
    report = DailyReports(sla.db, sla.clock).report(sla.people["leo"], date(2026, 3, 9))
    assert report.cutoff == at(10, 0)
    x = {r.queue: r for r in report.queues}["gore"]
    assert (x.imported, x.decided) == (2, 1)  # x1 and x3 imported; x1 decided
    assert x.pending_at_cutoff == 1 and x.oldest_pending_seconds == 1800.0  # x3, decided after midnight
    assert [b.item_ref for b in report.breaches] == ["x1"]
    assert report.key_tickets == ()


def test_daily_report_days_are_the_teams_local_days(sla: World) -> None:
    OperationsSettings(sla.db, sla.clock).set_timezone(sla.people["ada"], "America/New_York", team="blue")
    report = DailyReports(sla.db, sla.clock).report(sla.people["leo"], date(2026, 3, 10), team="blue")
    assert report.zone == "America/New_York"
    assert report.start == at(10, 4)  # EDT (UTC-4) since 2026-03-08
    x = {r.queue: r for r in report.queues}["gore"]
    assert x.decided == 1  # x2 only: x3 was decided at 21:00 on 03-09, New York time
    g = {r.queue: r for r in report.queues}["general"]
    assert g.decided == 2  # blue's: g1 and g3 (bob's g2 is red's)
    assert [b.item_ref for b in report.breaches] == []  # g2 was bob's; g5 belongs to no team
    # The organisation's zone is still UTC.
    assert DailyReports(sla.db, sla.clock).report(sla.people["leo"], date(2026, 3, 10)).zone == "UTC"


def test_bad_input_is_named(sla: World) -> None:
    settings = OperationsSettings(sla.db, sla.clock)
    with pytest.raises(InvalidInput, match="not a time zone"):
        settings.set_timezone(sla.people["ada"], "Mars/Olympus_Mons")
    with pytest.raises(InvalidInput, match="not a time zone"):
        settings.set_timezone(sla.people["ada"], "../../etc/passwd")
    with pytest.raises(InvalidInput, match="1 minute to 366 days"):
        settings.set_sla_target(sla.people["ada"], "general", 0)
    with pytest.raises(InvalidInput, match="has not begun"):
        DailyReports(sla.db, sla.clock).report(sla.people["leo"], NOW.date() + timedelta(days=2))
    tickets = KeyTickets(sla.db, sla.clock)
    for summary in ("", "   ", "two\nlines", "x" * 201):
        with pytest.raises(InvalidInput, match="one-line summary"):
            tickets.flag(sla.people["ann"], sla.items["g1"], summary)


def test_key_ticket_rules(sla: World) -> None:
    tickets = KeyTickets(sla.db, sla.clock)
    with pytest.raises(PermissionDenied, match="only a reviewer who claimed"):
        tickets.flag(sla.people["ann"], sla.items["g7"], "never claimed it")
    tickets.flag(sla.people["bob"], sla.items["g2"], "Replaced summary")  # flagging again replaces
    tickets.flag(sla.people["leo"], sla.items["g7"], "Lead's own flag")  # a lead flags any item
    sla.clock.advance(60)
    report = DailyReports(sla.db, sla.clock).report(sla.people["leo"], date(2026, 3, 10))
    assert sorted((k.item_ref, k.summary) for k in report.key_tickets) == [
        ("g2", "Replaced summary"),
        ("g7", "Lead's own flag"),
    ]


def test_incident_summary_counts_opened_late_and_closed_from_the_incident_events(sla: World) -> None:
    """Rows as the incident feature stores them (an incident never changes; acknowledgement and closing
    are events): a P0 acknowledged after 20 min is late (target 5 min), a P2 after 30 min is not (1 h)."""
    from workstation.models import Incident, IncidentEvent

    with sla.db.write() as session:
        lead = session.execute(text("SELECT id FROM users ORDER BY id LIMIT 1")).scalar_one()
        rows = [(1, "P0", at(10, 9), at(10, 9, 20), None), (2, "P2", at(10, 10), at(10, 10, 30), at(10, 12))]
        seq = 0
        for ident, severity, opened, acked, closed in rows:
            session.add(
                Incident(id=ident, severity=severity, category="test", opened_by=lead, opened_at=opened)
            )
            session.flush()
            for kind, when in (("acknowledged", acked), ("closed", closed)):
                if when is not None:
                    seq += 1
                    session.add(
                        IncidentEvent(
                            seq=seq, incident_id=ident, kind=kind, actor_id=lead, at=when,
                            prev_hash="0" * 64, hash=f"{seq:064d}",
                        )
                    )
    with sla.db.read() as session:
        found = incident_summary(session, at(10, 0), NOW)
    assert found is not None and (found.opened, found.acknowledged_late, found.closed) == (2, 1, 1)

"""The exposure report against the hand-computed fixture week, on SQLite and PostgreSQL.

The week (Mon 5 - Sun 11 January 2026, daily budget 60, groups of 5) per person:

=====  ====  =====  ========  =====  ======================  =================
who    team  dose   revealed  items  days over (daily dose)  breaks p/t/postp
=====  ====  =====  ========  =====  ======================  =================
a1     blue  90     2.5 min   4      1 (Mon 70, Tue 20)       2 / 2 / 1
a2     blue  70     2.0 min   2      1 (Mon 10, Wed 60)       1 / 0 / 2
a3     blue  5      0         1      0                        -
a4     blue  15     0         1      0                        -
a5     blue  25     0         1      0                        -
r1     red   50     0         1      0                        -
r2     red   100    0         1      1 (Fri 100)              -
=====  ====  =====  ========  =====  ======================  =================

a1's item 1 is seen on Monday (two spans) and Tuesday, so it counts on both days. Check-ins: a1 4, 2, 3
on Mon, Wed, Fri (slope -0.25 a day: -1.75 a week); a2 5 on Monday. Everyone: doses 5, 15, 25, 50, 70,
90, 100: median 50, p90 94 (rank 5.4), max 100, 3 people over budget. Pooled check-ins (x: 0, 2, 4, 0;
mood 4, 2, 3, 5): slope -5/11 a day, -35/11 a week.
"""

from __future__ import annotations

from datetime import date

import pytest
from reports_world import World
from sqlalchemy import select

from workstation.errors import InvalidInput, NotFound, PermissionDenied
from workstation.models import ExposureDaily
from workstation.reports import ExposureReport, Figures

START, END = date(2026, 1, 5), date(2026, 1, 11)


def rows(report: ExposureReport, level: str, *, overall: bool = False) -> dict[str, Figures | None]:
    return {r.group: r.figures for r in report.select(level, overall=overall)}


def test_the_rollup_is_kept_by_the_trigger_per_user_day_and_queue(week: World) -> None:
    a1 = week.users["a1"].id
    with week.db.read() as session:
        found = {
            (r.day.isoformat(), r.queue_id): (r.dose, r.seconds, r.revealed_seconds, r.spans, r.items)
            for r in session.execute(select(ExposureDaily).where(ExposureDaily.user_id == a1)).scalars()
        }
    general, gore = week.queues["general"], week.queues["gore"]
    assert found == {
        ("2026-01-04", general): (500.0, 60.0, 60.0, 1, 1),
        ("2026-01-05", general): (30.0, 360.0, 120.0, 2, 1),  # one item in two spans of one statement
        ("2026-01-05", gore): (40.0, 300.0, 0.0, 1, 1),
        ("2026-01-06", general): (20.0, 130.0, 30.0, 2, 2),  # item 1 again, on another day
        ("2026-01-12", gore): (500.0, 60.0, 60.0, 1, 1),
    }


def test_wellbeing_sees_every_figure_per_reviewer(week: World) -> None:
    report = week.reports.exposure(week.users["well"], START, END, period="week")
    assert report.individual and report.periods() == [(START, END)]
    people = rows(report, "reviewer")
    assert set(people) == {"a1", "a2", "a3", "a4", "a5", "r1", "r2"}
    a1 = people["a1"]
    assert a1 is not None
    assert (a1.dose, a1.revealed_minutes, a1.items) == pytest.approx((90.0, 2.5, 4))
    assert (a1.breaks_prompted, a1.breaks_taken, a1.breaks_postponed) == (2, 2, 1)
    assert (a1.days_over_budget, a1.people_over_budget, a1.checkins) == (1, 1, 3)
    assert a1.checkin_trend == pytest.approx(-1.75)
    a2 = people["a2"]
    assert a2 is not None
    assert (a2.dose, a2.revealed_minutes, a2.items, a2.days_over_budget) == pytest.approx((70.0, 2.0, 2, 1))
    assert (a2.breaks_prompted, a2.breaks_taken, a2.breaks_postponed) == (1, 0, 2)
    assert a2.checkin_trend is None  # one check-in draws no slope
    assert {n: f.days_over_budget for n, f in people.items() if f} == {
        "a1": 1,
        "a2": 1,
        "a3": 0,
        "a4": 0,
        "a5": 0,
        "r1": 0,
        "r2": 1,
    }


def test_the_distribution_and_group_figures(week: World) -> None:
    report = week.reports.exposure(week.users["well"], START, END, period="week")
    everyone = rows(report, "all")["all"]
    assert everyone is not None
    assert (everyone.people, everyone.dose, everyone.items) == pytest.approx((7, 355.0, 11))
    assert (everyone.median_dose, everyone.p90_dose, everyone.max_dose) == pytest.approx((50.0, 94.0, 100.0))
    assert (everyone.people_over_budget, everyone.days_over_budget) == (3, 3)
    assert everyone.revealed_minutes == pytest.approx(4.5)
    assert (everyone.breaks_prompted, everyone.breaks_taken, everyone.breaks_postponed) == (3, 2, 3)
    assert everyone.checkin_trend == pytest.approx(-35 / 11)
    teams = rows(report, "team")
    blue, red = teams["blue"], teams["red"]
    assert blue is not None and red is not None  # wellbeing staff see small groups too
    assert (blue.people, blue.dose, blue.median_dose, blue.p90_dose, blue.max_dose) == pytest.approx(
        (5, 205.0, 25.0, 82.0, 90.0)
    )
    assert (blue.people_over_budget, red.people, red.dose, red.people_over_budget) == (2, 2, 150.0, 1)
    queues = rows(report, "queue")
    general, gore = queues["general"], queues["gore"]
    assert general is not None and gore is not None
    assert (general.people, general.dose, general.items) == pytest.approx((5, 200.0, 8))
    assert (general.median_dose, general.p90_dose, general.max_dose) == pytest.approx((50.0, 62.0, 70.0))
    assert general.people_over_budget == 2
    # breaks, days over budget and check-ins belong to people, not queues
    assert (general.breaks_prompted, general.days_over_budget, general.checkin_trend) == (None, None, None)
    assert (gore.people, gore.dose) == (3, 155.0)


def test_daily_periods_split_the_week(week: World) -> None:
    report = week.reports.exposure(week.users["well"], START, END, period="day")
    assert len(report.periods()) == 7
    monday = {r.group: r.figures for r in report.rows if r.period_start == START and r.level in ("all",)}
    assert monday["all"] is not None
    assert (monday["all"].people, monday["all"].dose) == (4, 135.0)  # a1 70, a2 10, a3 5, r1 50
    assert monday["all"].median_dose == pytest.approx(30.0)
    assert monday["all"].people_over_budget == 1
    wednesday = [r for r in report.rows if r.period_start == date(2026, 1, 7) and r.level == "reviewer"]
    # a1 only checked in on Wednesday: a row with no exposure
    assert {r.group: r.figures.dose for r in wednesday if r.figures} == {"a1": 0.0, "a2": 60.0}
    # a range that starts mid-week clips the first week
    clipped = week.reports.exposure(week.users["well"], date(2026, 1, 7), date(2026, 1, 13), period="week")
    assert clipped.periods() == [
        (date(2026, 1, 7), date(2026, 1, 11)),
        (date(2026, 1, 12), date(2026, 1, 13)),
    ]
    everyone = {r.period_start: r.figures for r in clipped.rows if r.level == "all"}
    first, second = everyone[date(2026, 1, 7)], everyone[date(2026, 1, 12)]
    assert first is not None and second is not None
    # Wed-Sun: a2 60, a5 25, r2 100, and a1 with check-ins only; the Monday of that week is left out
    assert (first.people, first.dose, first.breaks_prompted, first.checkins) == (4, 185.0, 1, 2)
    assert (second.people, second.dose) == (1, 500.0)  # a1's span at midnight on Monday 12th


def test_a_lead_gets_aggregates_with_small_groups_suppressed(week: World) -> None:
    report = week.reports.exposure(week.users["lead"], START, END, period="week")
    assert not report.individual
    assert report.select("reviewer") == [] and report.select("reviewer", overall=True) == []
    assert rows(report, "all")["all"] is not None  # 7 people
    teams, queues = rows(report, "team"), rows(report, "queue")
    # red (2 people) is suppressed, and so is blue (5): everyone minus blue would be red
    assert teams == {"blue": None, "red": None}
    # gore (3) is suppressed, and so is general (5): the queues' doses add up to everyone's
    assert queues == {"general": None, "gore": None}
    everyone = rows(report, "all")["all"]
    assert everyone is not None and everyone.dose == 355.0 and everyone.mean_dose == pytest.approx(355 / 7)
    # no order statistic: the maximum is one person's figure, and so is the median of 7
    assert (everyone.median_dose, everyone.p90_dose, everyone.max_dose) == (None, None, None)
    # figures that come from fewer than 5 of the 7: days over budget (a1, a2, r2), breaks and
    # check-ins (a1, a2) and the mood trend; the head counts stay
    assert (everyone.days_over_budget, everyone.breaks_prompted, everyone.checkins) == (None, None, None)
    assert everyone.checkin_trend is None and (everyone.people, everyone.people_over_budget) == (7, 3)
    daily = week.reports.exposure(week.users["admin"], START, END, period="day")
    monday = [r for r in daily.rows if r.period_start == START]
    assert monday and all(r.suppressed for r in monday)  # only 4 people worked on Monday


def test_a_reviewer_reads_their_own_exposure_and_nobody_elses(week: World) -> None:
    a1 = week.users["a1"]
    own = week.reports.person(a1, "a1", START, END, period="week")
    assert [r.group for r in own.rows] == ["a1"] and own.rows[0].figures.dose == 90.0  # type: ignore[union-attr]
    with pytest.raises(PermissionDenied, match="a1 may not read another person's exposure"):
        week.reports.person(a1, "a2", START, END)
    with pytest.raises(PermissionDenied, match="a1 may not run the exposure report"):
        week.reports.exposure(a1, START, END)
    assert ("refused", "read another person's exposure") in week.audit_actions()
    assert ("refused", "run the exposure report") in week.audit_actions()


def test_a_lead_cannot_read_individual_wellbeing_data(week: World) -> None:
    with pytest.raises(PermissionDenied, match="needs the wellbeing role"):
        week.reports.person(week.users["lead"], "a1", START, END)
    assert week.audit_actions()[-1] == ("refused", "read another person's exposure")
    other = week.reports.person(week.users["well"], "a2", START, END, period="day")
    assert {r.group for r in other.rows} == {"a2"}
    with pytest.raises(NotFound):
        week.reports.person(week.users["well"], "nobody", START, END)


def test_each_report_run_is_an_audit_event(week: World) -> None:
    week.reports.exposure(week.users["lead"], START, END)
    week.reports.person(week.users["a1"], "a1", START, END)
    assert week.audit_actions()[-2:] == [("report.exposure", "all"), ("report.person", "a1")]
    # Wellbeing staff reading someone's report: the shared trail (leads read it) names nobody.
    week.reports.person(week.users["well"], "a2", START, END)
    assert week.audit_actions()[-1] == ("care.viewed", "")


def test_bad_ranges_are_refused_clearly(week: World) -> None:
    with pytest.raises(InvalidInput, match="ends"):
        week.reports.exposure(week.users["well"], END, START)
    with pytest.raises(InvalidInput, match="period"):
        week.reports.exposure(week.users["well"], START, END, period="month")


def test_an_empty_range_has_no_rows(week: World) -> None:
    report = week.reports.exposure(week.users["well"], date(2025, 6, 1), date(2025, 6, 7))
    assert report.rows == () and report.overall == ()


def test_spans_written_by_the_care_service_roll_up_once(world: World) -> None:
    """The real writer (insert ... on conflict do nothing): a replayed batch is not counted twice."""
    from datetime import UTC, datetime, timedelta

    from wellbeing.exposure import ExposureSpan
    from workstation.wellbeing_records import WellbeingRecords

    ann = world.user("ann")
    well = world.user("well", "wellbeing", team=None)
    world.queue("general")
    item = world.item("general", "g-1")
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    spans = [
        ExposureSpan(
            item_id=str(item),
            queue="general",
            tier=2,
            started_at=start + timedelta(minutes=n),
            ended_at=start + timedelta(minutes=n, seconds=30),
            seconds=30.0,
            visibility_weight=1.0,
            severity_weight=1.0,
            dose=0.5,
            revealed_seconds=30.0,
        )
        for n in range(4)
    ]
    care = WellbeingRecords(world.db, world.clock, world.reports.policy)
    assert care.record_spans(ann, spans[:3]) == 3
    assert care.record_spans(ann, spans) == 1  # a retried batch: three were already stored
    figures = rows(world.reports.person(well, "ann", START, END, period="week"), "reviewer")["ann"]
    assert figures is not None
    assert (figures.dose, figures.revealed_minutes, figures.items) == pytest.approx((2.0, 2.0, 1))

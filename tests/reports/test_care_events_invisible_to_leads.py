"""Care events never show up in anything a lead sees (docs/architecture.md, invariant 5; issue 14).

A world of decisions and exposure is built; every lead-visible output is produced as the lead:

- the exposure report by week and by day, from the service and from ``report exposure`` (CSV, JSON);
- ``report sla`` (CSV, JSON, by queue and by team), ``report daily`` (Markdown, CSV): the data of the
  operations view;
- ``qa report``, ``incidents list`` and ``escalations list``: the data of the QA and incident views;
- the decision export in every format, from the service and from ``export decisions``.

Then only care events are added: check-ins with notes, "This affected me", soft and enforced breaks
(prompted, taken, postponed, skipped), self breaks ("Take a break now"), WHO-5 screenings, and wellbeing
staff's acknowledgements with their private notes and the person pages they open. Produced again
under the same fixed clock, every output is byte for byte the same.

On PostgreSQL the lead reads through their own login (row-level security and ``ws_exposure_cells``,
migration 0017), not as the owner: the owner reads everything, which is how a report can look right
in a test and wrong for a real lead.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from reports_world import World, at

import workstation.app
from wellbeing.clock import FakeClock
from workstation import app, cli, pg_roles
from workstation.actor import Actor
from workstation.exports import FORMATS, DecisionExports
from workstation.reports import ExposureReports, write_csv, write_json
from workstation.screening import ScreeningService
from workstation.wellbeing_attention import WellbeingAttention

START, END = "2026-01-05", "2026-01-11"
#: The report's care columns: wellbeing staff's only.
CARE_FIGURES = ("breaks_prompted", "breaks_taken", "breaks_postponed", "checkin_trend", "checkins")
DECIDED = "2026-01-19"  # the fixture clock's day: the world's decisions are made then


@pytest.fixture
def lead_url(week: World, db_url: str) -> str:
    """How the lead reaches the database: the same SQLite file (the CLI names them by OS account),
    or their own PostgreSQL login."""
    if db_url.startswith("sqlite"):
        return db_url
    with week.db.write() as session:
        login = pg_roles.create_login(session.connection(), week.users["lead"].id)
    parts = urlsplit(db_url)
    return urlunsplit(parts._replace(netloc=f"{login}@{parts.hostname}:{parts.port}"))


@pytest.fixture
def lead_services(week: World, lead_url: str) -> Iterator[Any]:
    services = app.build(lead_url, clock=week.clock, upgrade=False, outbox_path=None)
    yield services
    services.close()


def _lead(world: World, services: Any) -> Actor:
    return world.users["lead"] if services.db.is_sqlite else services.directory.authenticate()


def _cli(url: str, world: World, *argv: str) -> bytes:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["--database-url", url, *argv], out=out, err=err, account=lambda: "lead")
    assert code == 0, (argv, err.getvalue())
    return out.getvalue().encode()


def _outputs(world: World, url: str, services: Any, tmp: Path, tag: str) -> dict[str, bytes]:
    """Every output a lead can get, by name."""
    out: dict[str, bytes] = {}
    lead = _lead(world, services)
    reports = ExposureReports(services.db, world.clock, world.reports.policy)
    for period in ("week", "day"):
        report = reports.exposure(lead, date(2026, 1, 5), date(2026, 1, 11), period=period)
        for name, write in (("csv", write_csv), ("json", write_json)):
            text = io.StringIO()
            write(report, text)
            out[f"service/exposure/{period}.{name}"] = text.getvalue().encode()
        for fmt in ("csv", "json"):
            argv = ("report", "exposure", "--from", START, "--to", END, "--period", period, "--format", fmt)
            out[f"cli/exposure/{period}.{fmt}"] = _cli(url, world, *argv)
    # an admin gets the same report (on PostgreSQL here through the owner's connection and the function)
    for period in ("week", "day"):
        report = world.reports.exposure(
            world.users["admin"], date(2026, 1, 5), date(2026, 1, 11), period=period
        )
        text = io.StringIO()
        write_csv(report, text)
        out[f"service/exposure/admin/{period}.csv"] = text.getvalue().encode()
    for by in ("queue", "team"):
        for fmt in ("csv", "json"):
            out[f"cli/sla/{by}.{fmt}"] = _cli(
                url, world, "report", "sla", "--by", by, "--period", "week", "--format", fmt
            )
    for fmt in ("md", "csv"):
        out[f"cli/daily.{fmt}"] = _cli(url, world, "report", "daily", "--date", DECIDED, "--format", fmt)
    for by in ("queue", "reviewer"):
        out[f"cli/qa/{by}.csv"] = _cli(url, world, "qa", "report", "--by", by, "--format", "csv")
    out["cli/incidents.json"] = _cli(url, world, "incidents", "list", "--format", "json")
    out["cli/escalations.json"] = _cli(url, world, "escalations", "list", "--all", "--format", "json")
    exports = DecisionExports(
        services.db, world.clock, services.decisions, key_path=world.keys_dir / "lead.pem"
    )
    for fmt in FORMATS:
        path = tmp / f"{tag}-service.{fmt}"
        exports.export(lead, path, fmt, signer=world.signers["lead"])
        out[f"service/export.{fmt}"] = path.read_bytes()
        path = tmp / f"{tag}-cli.{fmt}"
        _cli(
            url,
            world,
            "export",
            "decisions",
            "--format",
            fmt,
            "--out",
            str(path),
            "--key",
            str(world.keys_dir / "lead.pem"),
        )
        out[f"cli/export.{fmt}"] = path.read_bytes()
    return out


def _care_events(world: World, services: Any) -> None:
    """Only care events, on the days of the report and of the decisions, for everyone."""
    people = ("a1", "a2", "a3", "a4", "a5", "r1", "r2")
    screening = ScreeningService(world.db, world.clock)
    for name in people:
        screening.record(world.users[name], [1, 2, 3, 2, 1])
        world.checkin(name, at(1, 9), 1)
        world.checkin(name, at(6, 9), 2)  # a Sunday nobody was exposed on
        world.checkin(name, at(14, 9), 2)  # the day of the decisions, too
        world.break_(name, at(1, 10), "affected", "taken")
        world.break_(name, at(14, 10), "affected", "taken")
        world.break_(name, at(2, 10), "enforced", "dismissed", postponed=2)
        world.break_(name, at(3, 10), "enforced", "taken", postponed=1)
        world.break_(name, at(4, 10), "soft", "prompted")
        world.break_(name, at(5, 10), "self", "taken")
    care = WellbeingAttention(world.db, world.clock, world.reports.policy)
    for name in people:
        care.acknowledge(world.users["well"], name, date(2026, 1, 19), f"called {name}; private")
        care.person(world.users["well"], name, date(2026, 1, 5), date(2026, 1, 19))
        world.reports.person(world.users["well"], name, date(2026, 1, 5), date(2026, 1, 11))


@pytest.fixture
def fixed_now(week: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's clock is the world's: the same moment before and after the care events."""
    now: datetime = week.clock.now().astimezone(UTC)
    monkeypatch.setattr(workstation.app, "SystemClock", lambda: FakeClock(now))


def test_care_events_change_nothing_a_lead_sees(
    week: World, lead_url: str, lead_services: Any, tmp_path: Path, fixed_now: None
) -> None:
    world = week
    world.keypair("lead")
    for reviewer, queue, n in (("a1", "general", 3), ("a2", "gore", 2), ("r1", "general", 2)):
        world.decide(reviewer, queue, n)
    _cli(
        lead_url, world, "qa", "sample", "--queue", "general", "--period", "day", "--rate", "1", "--seed", "1"
    )
    before = _outputs(world, lead_url, lead_services, tmp_path, "before")
    # the comparison is not vacuous: the lead's report has groups with figures, and no care column
    assert b"blue" in before["service/exposure/week.csv"]
    for key in [k for k in before if "/exposure/" in k]:
        assert not [c for c in CARE_FIGURES if c.encode() in before[key]], key

    _care_events(world, lead_services)
    after = _outputs(world, lead_url, lead_services, tmp_path, "after")

    assert set(after) == set(before)
    changed = [key for key in before if after[key] != before[key]]
    assert changed == [], {key: (before[key][:2000], after[key][:2000]) for key in changed}


def test_wellbeing_staff_still_see_the_care_figures(week: World) -> None:
    """The full report stays wellbeing staff's: breaks and check-ins per group and per person."""
    report = week.reports.exposure(week.users["well"], date(2026, 1, 5), date(2026, 1, 11))
    text = io.StringIO()
    write_csv(report, text)
    header = text.getvalue().splitlines()[0].split(",")
    assert all(c in header for c in CARE_FIGURES)
    everyone = next(r for r in report.overall if r.level == "all")
    assert everyone.figures is not None
    assert (everyone.figures.breaks_prompted, everyone.figures.checkins) == (3, 4)


CELLS = "SELECT * FROM ws_exposure_cells(DATE '2026-01-05', DATE '2026-01-11', 'day', 5, 60)"


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_migration_0017_replaces_the_cells_and_downgrades_to_0009s(week: World, lead_url: str) -> None:
    """Through the lead's login: since 0017 the function has no care column and care events add no
    one to a group; downgrading to 0016 gives back 0009's function (with its grant), upgrading again
    takes it away."""
    import psycopg
    from alembic import command

    def cells() -> tuple[list[str], list[tuple[Any, ...]]]:
        with psycopg.connect(lead_url.replace("+psycopg", ""), autocommit=True) as conn:
            cursor = conn.execute(CELLS)
            return [c.name for c in cursor.description or ()], cursor.fetchall()

    def alembic(how: Any, target: str) -> None:
        with week.db.engine.begin() as conn:
            how(week.db._alembic(conn), target)

    names, exposure_only = cells()
    assert not [n for n in names if "break" in n or "checkin" in n]
    for name in ("a1", "a2", "a3", "a4", "a5", "r1", "r2"):  # Saturday: nobody exposed, everyone checks in
        week.checkin(name, at(5, 9), 1)
    assert cells() == (names, exposure_only)
    alembic(command.downgrade, "0016")
    old_names, old = cells()
    assert {"o_breaks_prompted", "o_checkins", "o_checkin_trend"} <= set(old_names)
    saturday = [r for r in old if r[0] == date(2026, 1, 10) and r[2] == "all"]
    assert saturday and saturday[0][4] == 7  # 0009 counted the check-ins' people into the group
    alembic(command.upgrade, "head")
    assert cells() == (names, exposure_only)

"""The demo: enough synthetic data for every screen, and it verifies like real data."""

from __future__ import annotations

import io
from collections import defaultdict

import pytest
from sqlalchemy import func, select

from wellbeing.policy import load_policy
from workstation import cli
from workstation.app import build
from workstation.models import (
    CheckIn,
    Decision,
    ExposureSpanRow,
    Item,
    MediaAsset,
    Queue,
    User,
)


@pytest.mark.slow  # the whole demo (1,000+ decisions, 4K media): docs/development.md, "Slow tests"
def test_demo_seeds_everything_once(db_url: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["--database-url", db_url, "demo", "--seed-only"], out=out, err=err) == 0, err.getvalue()
    assert "demo data ready" in out.getvalue()
    services = build(db_url)
    try:
        with services.db.read() as session:
            tiers = set(session.execute(select(Queue.severity_tier)).scalars())
            assert len(tiers) == 3
            users = session.execute(select(User)).scalars().all()
            reviewers = [u for u in users if "reviewer" in {r.role for r in u.roles}]
            assert len(reviewers) >= 12 and len({u.team_id for u in reviewers}) == 2
            assert {"wellbeing", "lead", "admin"} <= {r.role for u in users for r in u.roles}
            pending = session.execute(select(func.count()).where(Item.status == "pending")).scalar_one()
            assert pending >= 40
            kinds = set(
                session.execute(select(MediaAsset.kind).join(Item).where(Item.status == "pending")).scalars()
            )
            assert {"image", "video", "text"} <= kinds
            # issue 17: text items in the team's languages, some in English, some of no language
            languages = set(
                session.execute(
                    select(Item.language)
                    .join(MediaAsset)
                    .where(MediaAsset.kind == "text", Item.status == "pending")
                ).scalars()
            )
            assert languages == {"en", "zh-CN", "id", "ms", "ar", None}
            widths = session.execute(select(func.max(MediaAsset.width))).scalar_one()
            assert widths >= 3840
            assert session.execute(select(func.count()).select_from(Decision)).scalar_one() > 1000
            assert session.execute(select(func.count()).select_from(CheckIn)).scalar_one() > 50
            daily: dict[tuple[int, str], float] = defaultdict(float)
            for user_id, started, dose in session.execute(
                select(ExposureSpanRow.user_id, ExposureSpanRow.started_at, ExposureSpanRow.dose)
            ):
                daily[(user_id, started.date().isoformat())] += dose
        budget = load_policy().caps.daily_budget_dose
        over = {user for (user, _day), dose in daily.items() if dose > budget}
        assert 1 <= len(over) <= 3, "a few people, not everyone, go over budget"
        assert services.decisions.verify().ok
        # issue 15: a tier-2 queue, open escalations, open and closed incidents, a lead on duty
        leo = services.directory.sign_in("leo")
        escalations = services.escalations.list(leo)
        assert {e.to for e in escalations} >= {"Specialist (tier 2)", "leads"}
        assert any(e.imminent for e in escalations)
        states = {i.state for i in services.incidents.list(leo)}
        assert {"open", "closed"} <= states
        assert services.incidents.duty() == ["leo"]
    finally:
        services.close()
    out = io.StringIO()
    assert cli.main(["--database-url", db_url, "demo", "--seed-only"], out=out, err=io.StringIO()) == 0
    assert "already present" in out.getvalue()
    # The demo database is the one where --user acts as another person (SQLite; PostgreSQL: the login)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["--database-url", db_url, "--user", "wendy", "users", "list"], out=out, err=err)
    if db_url.startswith("sqlite"):
        assert code == 0 and "wendy" in out.getvalue() and "alex" in out.getvalue(), err.getvalue()
    else:
        assert code == 2 and "--user 'wendy' is refused" in err.getvalue()


def test_an_interrupted_demo_says_how_to_start_again(db_url: str) -> None:
    """Users exist but seeding never finished: say so instead of opening an empty history."""
    services = build(db_url)
    try:
        services.directory.add_user("alex", ["reviewer"])
    finally:
        services.close()
    err = io.StringIO()
    assert cli.main(["--database-url", db_url, "demo", "--seed-only"], out=io.StringIO(), err=err) == 2
    assert "incomplete" in err.getvalue() and "--fresh" in err.getvalue()


def test_demo_user_is_accepted_where_the_readme_writes_it() -> None:
    """'workstation demo --user wendy' (README, demo --help): after the command, or before it."""
    parser = cli.build_parser()
    assert parser.parse_args(["demo", "--user", "wendy"]).user == "wendy"
    assert parser.parse_args(["--user", "leo", "demo"]).user == "leo"
    assert parser.parse_args(["demo"]).user is None

"""The demo: enough synthetic data for every screen, and it verifies like real data; its QA and its
blindness: published policies, a QA report with figures, "My QA" for a reviewer, a QA queue with media
for the lead who reviews, and no person's name in anything a QA reviewer sees of an item (its
reference, reason, media file names, text)."""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import empty_database
from wellbeing.policy import load_policy
from workstation import cli
from workstation.app import build
from workstation.checkpoints import Checkpoints
from workstation.models import (
    CheckIn,
    Decision,
    ExposureSpanRow,
    Item,
    MediaAsset,
    Queue,
    User,
)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """The whole demo (1,000+ decisions, 4K media), seeded once per database by the command line on an
    empty database, for this module's tests to read: seeding costs 4 s on SQLite and 11 s on
    PostgreSQL, so it is not done again for each test. Yields the URL and what the command printed."""
    with empty_database(request, request.param, tmp_path_factory.mktemp("demo")) as url:
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(["--database-url", url, "demo", "--seed-only"], out=out, err=err)
        assert code == 0, err.getvalue()
        yield url, out.getvalue()


@pytest.mark.slow  # seeds the whole demo when it runs first: docs/development.md, "Slow tests"
def test_demo_seeds_everything_once(seeded: tuple[str, str]) -> None:
    db_url, printed = seeded
    assert "demo data ready" in printed
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
            assert widths is not None and widths >= 3840
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


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}


@pytest.mark.slow  # seeds the whole demo when it runs first
def test_the_demo_has_qa_figures_and_no_name_in_any_item(seeded: tuple[str, str]) -> None:
    services = build(seeded[0])
    try:
        # Every person's login and every word of their name (not the "(lead)" after it).
        with services.db.read() as session:
            people = session.execute(select(User.username, User.display_name)).all()
            items = session.execute(select(Item.external_ref, Item.reason)).all()
            media = session.execute(select(MediaAsset.path, MediaAsset.kind)).all()
        names = {p.username.lower() for p in people} | {
            w for p in people for w in _words(re.sub(r"\(.*?\)", "", p.display_name or ""))
        }
        assert {"alex", "kim", "leo", "mira", "noor"} <= names and "lead" not in names
        seen: dict[str, str] = {}
        for ref, reason in items:
            for word in _words(ref) | _words(reason or ""):
                seen.setdefault(word, ref)
        texts = set()
        for path, kind in media:
            for word in _words(Path(path).name):
                seen.setdefault(word, path)
            if kind == "text" and path not in texts:
                texts.add(path)
                for word in _words(Path(path).read_text(encoding="utf-8")):
                    seen.setdefault(word, path)
        assert texts and len(items) > 1000
        leaks = {word: where for word, where in seen.items() if word in names}
        assert not leaks, f"a person's name in an item a QA reviewer opens: {leaks}"

        # Policies published; a lead's QA report with figures; "My QA" for Alex; Mira's QA queue.
        assert len(services.policies.versions()) == 2 and services.policies.current() is not None
        leo, alex, mira = (services.directory.sign_in(n) for n in ("leo", "alex", "mira"))
        by_queue = {row["queue"]: row for row in services.qa.report(leo, "queue")}
        everyday = by_queue["Everyday reports"]
        assert everyday["n"] >= 30 and everyday["kappa_shown"] and 0 < everyday["agreement_pct"] < 100
        assert (
            sum(
                row["over-enforcement"] + row["under-enforcement"] + row["other"] for row in by_queue.values()
            )
            >= 5
        )
        mine = services.qa.my_reviews(alex)
        assert mine["n"] >= 4 and any(i["outcome"] != "agree" and i["note"] for i in mine["items"])
        waiting = services.qa.open_next(mira)
        assert waiting is not None and any(m.readable for m in waiting.media)
        assert Checkpoints(services.db, services.clock).verify_database(leo).ok
    finally:
        services.close()


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

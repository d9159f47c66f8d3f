"""The demo's QA and its blindness: published policies, a QA report with figures, "My QA" for a
reviewer, a QA queue with media for the lead who reviews, and no person's name in anything a QA
reviewer sees of an item (its reference, reason, media file names, text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from workstation import demo
from workstation.app import build
from workstation.checkpoints import Checkpoints
from workstation.config import data_dir
from workstation.models import Item, MediaAsset, User


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}


@pytest.mark.slow  # seeds the whole demo: 5-11 s
def test_the_demo_has_qa_figures_and_no_name_in_any_item(db_url: str) -> None:
    services = build(db_url)
    try:
        demo.seed(services, demo.media_folder(data_dir()))
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

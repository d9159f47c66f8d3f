"""Migration 0019 (QA commitments) goes down and up again on SQLite and PostgreSQL: the QA samples,
reviews and decisions are kept, the downgrade restores 0016's ``ws_qa_review`` exactly and forgets
only the commitments, and after the upgrade a committed verdict binds the review again."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.workstation.conftest import Core
from tests.workstation.test_migrations_qa import below, count, functions, move, seeded, tables
from workstation.checkpoints import Checkpoints
from workstation.db import MIGRATIONS, Database
from workstation.errors import InvalidInput
from workstation.qa import QAService

KEPT = ("decisions", "items", "qa_samples", "qa_reviews", "audit_events")


def _review_source(db: Database) -> tuple[str, list[str] | None]:
    """ws_qa_review's body and its settings as PostgreSQL stores them."""
    with db.engine.connect() as conn:
        src, config = conn.execute(
            text(
                "SELECT prosrc, proconfig FROM pg_proc WHERE proname = 'ws_qa_review' "
                "AND pronamespace = current_schema()::regnamespace"
            )
        ).one()
    return str(src), config


def _source_0016() -> str:
    """The body 0016 installs (between its dollar quotes), read from that module."""
    path = MIGRATIONS / "versions" / "0016_qa_reviews.py"
    spec = importlib.util.spec_from_file_location("_m0016_for_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (create,) = [f for f in module._functions('"s"') if "ws_qa_review(" in f]
    return str(create.split("$$", 2)[1])


def test_0019_down_and_up_keeps_qa_and_restores_0016_review(core: Core, tmp_path: Path) -> None:
    w = seeded(core, tmp_path)
    db = core.db
    qa = QAService(db, core.clock)
    item = qa.open_next(w.leo)
    assert item is not None
    qa.commit_verdict(w.leo, item.blind.sample_id, "remove")
    qa.review(w.leo, item.blind.sample_id, "remove")
    pending = qa.open_next(w.leo)  # committed, never reviewed
    assert pending is not None
    qa.commit_verdict(w.leo, pending.blind.sample_id, "allow")
    assert count(db, "qa_commitments") == 2
    kept = {t: count(db, t) for t in KEPT}
    move(db, below("0019"), up=False)
    assert "qa_commitments" not in tables(db)
    assert {t: count(db, t) for t in KEPT} == kept
    if db.dialect == "postgresql":
        assert "ws_qa_commit" not in functions(db) and "ws_qa_commit_frozen" not in functions(db)
        src, config = _review_source(db)
        assert src == _source_0016() and "qa_commitments" not in src
        assert config is not None and not any(c.startswith("client_min_messages") for c in config)
        # 0016's function records the pending sample with another verdict: nothing binds it any more
        with db.engine.begin() as conn:
            conn.execute(
                text("SELECT ws_qa_review(:a, :s, 'restrict', NULL, '', NULL)"),
                {"a": w.leo.id, "s": pending.blind.sample_id},
            )
        kept["qa_reviews"] += 1
    move(db, "head", up=True)
    assert "qa_commitments" in tables(db) and count(db, "qa_commitments") == 0
    assert count(db, "qa_reviews") == kept["qa_reviews"]
    if db.dialect == "postgresql":
        assert "ws_qa_commit" in functions(db) and "qa_commitments" in _review_source(db)[0]
    again = qa.open_next(w.leo)
    assert again is not None
    qa.commit_verdict(w.leo, again.blind.sample_id, "remove")
    with pytest.raises(InvalidInput, match="the review records it"):
        qa.review(w.leo, again.blind.sample_id, "allow")
    qa.review(w.leo, again.blind.sample_id, "remove")
    assert Checkpoints(db, core.clock).verify_database(w.leo).ok

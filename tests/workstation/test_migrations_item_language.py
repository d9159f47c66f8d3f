"""Migration 0020 (an item's language) goes down and up again on SQLite and PostgreSQL: the items, their
media, decisions and chains are kept, only the language is forgotten (NULL again: every list masks), and
after the upgrade the column and its check work again; PostgreSQL's grants on ``items`` are unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from tests.workstation.conftest import Core
from tests.workstation.test_import import _png
from tests.workstation.test_migrations_qa import below, count, move, seeded
from workstation.checkpoints import Checkpoints
from workstation.db import Database
from workstation.importer import Importer

KEPT = ("decisions", "items", "media_assets", "qa_samples", "qa_reviews", "audit_events")


def _columns(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns("items")}


def _grants(db: Database) -> set[tuple[str, str]]:
    """(grantee, privilege) on the table ``items`` (PostgreSQL), table-wide and per column."""
    with db.engine.connect() as conn:
        table = conn.execute(
            text(
                "SELECT grantee, privilege_type FROM information_schema.role_table_grants "
                "WHERE table_schema = current_schema() AND table_name = 'items'"
            )
        ).all()
        column = conn.execute(
            text(
                "SELECT grantee, privilege_type || '(' || column_name || ')' FROM "
                "information_schema.column_privileges WHERE table_schema = current_schema() "
                "AND table_name = 'items' AND column_name = 'reason'"
            )
        ).all()
    return {(str(g), str(p)) for g, p in [*table, *column]}


def _import(core: Core, tmp_path: Path, name: str, language: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    _png(folder / "a.png", 900 + len(name))
    manifest = folder / "m.jsonl"
    manifest.write_text(
        json.dumps({"external_ref": name, "media": "a.png", "language": language}) + "\n", encoding="utf-8"
    )
    report = Importer(core.db, core.clock).run(None, "general", [manifest])
    assert report.items == 1, report


def test_0020_down_and_up_keeps_items_and_forgets_only_their_language(core: Core, tmp_path: Path) -> None:
    w = seeded(core, tmp_path)
    db = core.db
    _import(core, tmp_path, "lang-before", "zh_CN")
    with db.engine.connect() as conn:
        assert conn.execute(
            text("SELECT language FROM items WHERE external_ref = 'lang-before'")
        ).scalar() == ("zh-CN")
    kept = {t: count(db, t) for t in KEPT}
    grants = _grants(db) if db.dialect == "postgresql" else set()
    move(db, below("0020"), up=False)
    assert "language" not in _columns(db)
    assert {t: count(db, t) for t in KEPT} == kept
    if db.dialect == "postgresql":
        assert _grants(db) == grants
    move(db, "head", up=True)
    assert "language" in _columns(db)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM items WHERE language IS NOT NULL")).scalar_one() == 0
    assert {t: count(db, t) for t in KEPT} == kept
    if db.dialect == "postgresql":
        assert _grants(db) == grants  # nobody gained a privilege on items (nor lost one)
    # the app imports languages again, and the check is back
    _import(core, tmp_path, "lang-after", "id")
    with db.engine.connect() as conn:
        assert (
            conn.execute(text("SELECT language FROM items WHERE external_ref = 'lang-after'")).scalar()
            == "id"
        )
    with pytest.raises(DBAPIError), db.engine.begin() as conn:
        conn.execute(text("UPDATE items SET language = 'not a tag' WHERE external_ref = 'lang-after'"))
    claimed = core.claims.claim_next(w.bob, "general")
    assert claimed is not None
    assert Checkpoints(db, core.clock).verify_database(w.leo).ok

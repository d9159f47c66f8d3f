"""Migrations 0016 (QA samples and reviews) and 0018 (golden items) go down and up again on SQLite
and PostgreSQL: upgrade -> downgrade -> upgrade, what is below them kept, the app working after."""

from __future__ import annotations

import random
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from tests.workstation.conftest import Core
from tests.workstation.test_golden import World
from workstation.checkpoints import Checkpoints
from workstation.db import MIGRATIONS, Database
from workstation.golden import GoldenService
from workstation.importer import Importer
from workstation.qa import QAService
from workstation.sla import OperationsSettings

QA_TABLES = {"qa_samples", "qa_reviews"}
GOLDEN_TABLES = {"golden_items", "golden_instances"}
QA_FUNCTIONS = {"ws_qa_sample", "ws_qa_review", "ws_qa_append", "ws_qa_frozen"}
GOLDEN_FUNCTIONS = {"ws_golden_add", "ws_golden_retire", "ws_golden_mixed", "ws_my_golden"}


def below(revision: str) -> str:
    """The revision a migration follows (so the test holds however the chain is re-linked)."""
    down = ScriptDirectory(str(MIGRATIONS)).get_revision(revision).down_revision
    assert isinstance(down, str)
    return down


def move(db: Database, target: str, *, up: bool) -> None:
    with db.engine.begin() as conn:
        (command.upgrade if up else command.downgrade)(db._alembic(conn), target)


def tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def functions(db: Database) -> set[str]:
    if db.dialect != "postgresql":
        return set()
    with db.engine.connect() as conn:
        return set(
            conn.execute(
                text(
                    "SELECT proname FROM pg_proc WHERE pronamespace = current_schema()::regnamespace "
                    "AND proname LIKE 'ws_%'"
                )
            ).scalars()
        )


def count(db: Database, table: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def seeded(core: Core, tmp_path: Path) -> World:
    """Decisions, one QA review, a golden item with copies decided."""
    w = World(core, tmp_path)
    w.import_batch(0, 10)
    w.golden.add(w.leo, "img-0000.png", "remove")
    w.decide(w.bob)
    OperationsSettings(core.db, core.clock).set_golden_rate(w.ada, 0.2)
    w.import_batch(100, 30)
    w.decide(w.ann)
    w.qa.sample(w.leo, "general", rate=0.2, min_per_reviewer=1, seed=1)
    item = w.qa.next_item(w.leo)
    assert item is not None
    w.qa.review(w.leo, item.sample_id, "remove")
    return w


def test_0018_down_and_up_keeps_qa_and_decisions_and_forgets_only_golden(core: Core, tmp_path: Path) -> None:
    w = seeded(core, tmp_path)
    db = core.db
    copies = count(db, "golden_instances")
    assert copies > 0
    kept = {t: count(db, t) for t in ("decisions", "items", "media_assets", "qa_samples", "qa_reviews")}
    move(db, below("0018"), up=False)
    assert not tables(db) & GOLDEN_TABLES and tables(db) >= QA_TABLES
    assert not functions(db) & GOLDEN_FUNCTIONS
    assert functions(db) >= QA_FUNCTIONS or db.dialect != "postgresql"
    assert {t: count(db, t) for t in kept} == kept  # copies stay as the items (and decisions) they are
    move(db, "head", up=True)
    assert tables(db) >= GOLDEN_TABLES and count(db, "golden_items") == 0
    assert functions(db) >= GOLDEN_FUNCTIONS or db.dialect != "postgresql"
    # the app works again on the new tables, and every chain still verifies
    golden = GoldenService(db, core.clock, random.Random(3))
    golden.add(w.leo, "img-0001.png", "allow")
    assert Importer(db, core.clock, golden=golden).run(w.leo, "general", [_b(tmp_path, 500, 20)]).items == 20
    assert count(db, "golden_instances") > 0
    assert Checkpoints(db, core.clock).verify_database(w.leo).ok


def test_0016_down_and_up_keeps_decisions_and_works_again(core: Core, tmp_path: Path) -> None:
    w = seeded(core, tmp_path)
    db = core.db
    decisions, items = count(db, "decisions"), count(db, "items")
    move(db, below("0016"), up=False)
    assert not tables(db) & (QA_TABLES | GOLDEN_TABLES)
    assert not functions(db) & (QA_FUNCTIONS | GOLDEN_FUNCTIONS)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM ledger_heads WHERE name = 'qa'")).scalar_one() == 0
    assert (count(db, "decisions"), count(db, "items")) == (decisions, items)
    move(db, "head", up=True)
    assert tables(db) >= QA_TABLES | GOLDEN_TABLES
    assert functions(db) >= (QA_FUNCTIONS | GOLDEN_FUNCTIONS) or db.dialect != "postgresql"
    qa = QAService(db, core.clock)
    assert qa.sample(w.leo, "general", rate=0.2, min_per_reviewer=1, seed=2).sampled > 0
    item = qa.next_item(w.leo)
    assert item is not None
    qa.review(w.leo, item.sample_id, "allow")
    report = Checkpoints(db, core.clock).verify_database(w.leo)
    (chain,) = [c for c in report.chains if c.name == "qa"]
    assert report.ok and chain.report.checked == 1  # the qa chain starts again from its genesis


def _b(tmp_path: Path, start: int, n: int) -> Path:
    from tests.workstation.test_golden import batch

    return batch(tmp_path / f"again{start}", start, n)

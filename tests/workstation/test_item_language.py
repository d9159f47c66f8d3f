"""An item's language (issue 17): one stored spelling (BCP 47, ``zh-CN``), garbage refused in a sentence
that names the manifest line, absent is NULL; both databases refuse a malformed tag written past the
importer; a claim, a peek, an open claim and a golden copy carry the language."""

from __future__ import annotations

import contextlib
import json
import random
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from tests.workstation.conftest import Core
from tests.workstation.test_import import _png
from workstation import languages
from workstation.golden import GoldenService
from workstation.importer import Importer
from workstation.models import Item
from workstation.sla import OperationsSettings

GOOD = {
    "en": "en",
    "EN": "en",
    " id ": "id",
    "zh_CN": "zh-CN",
    "zh-cn": "zh-CN",
    "ZH_hans_cn": "zh-Hans-CN",
    "ar": "ar",
    "ms-MY": "ms-MY",
    "es-419": "es-419",
    "de-DE-1996": "de-DE-1996",
    "tlh": "tlh",  # well formed, unknown to Qt and to the term lists: kept
    "": None,
    "   ": None,
    None: None,
}
BAD = [
    "x" * 500,
    "en\x00",
    "en\nzh",
    "\x1b[31men",
    "en'); DROP TABLE items; --",
    "' OR 1=1 --",
    "english",
    "e",
    "zh-CN-",
    "en--US",
    "en-x-private",
    "中文",
    "../etc/passwd",
]


@pytest.mark.parametrize(("given", "stored"), list(GOOD.items()))
def test_a_tag_is_stored_in_one_spelling(given: str | None, stored: str | None) -> None:
    assert languages.normalise(given) == stored


@pytest.mark.parametrize("given", [*BAD, 12, 1.5, True, ["en"], {"tag": "en"}])
def test_anything_else_is_refused_in_a_sentence(given: object) -> None:
    with pytest.raises(languages.LanguageError) as refused:
        languages.normalise(given)
    sentence = str(refused.value)
    assert sentence.startswith("language ") and len(sentence) < 160
    assert "\x00" not in sentence and "\x1b" not in sentence and "\n" not in sentence


def test_the_migration_checks_with_the_module_pattern() -> None:
    """Migration 0020 writes the pattern out (a migration keeps meaning what it meant): still the same."""
    from workstation.db import MIGRATIONS

    source = (MIGRATIONS / "versions" / "0020_item_language.py").read_text(encoding="utf-8")
    assert f'PG_PATTERN = "{languages.PG_PATTERN}"' in source
    assert f"MAX_CHARS = {languages.MAX_CHARS}" in source


def _manifest(folder: Path, lines: list[dict[str, object]], seed: int = 0) -> Path:
    """A JSON Lines manifest; each line's media a picture of its own (the same file twice is a duplicate)."""
    for n, line in enumerate(lines):
        line["media"] = _png(folder / f"{seed}-{n}.png", seed * 1000 + n).name
    path = folder / "m.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def _stored(core: Core) -> dict[str, str | None]:
    with core.db.read() as session:
        return dict(session.execute(select(Item.external_ref, Item.language)).all())  # type: ignore[arg-type]


def test_the_manifest_language_is_normalised_refused_or_absent(core: Core, tmp_path: Path) -> None:
    q = core.queue()
    good = [k for k in GOOD if k is not None]
    lines: list[dict[str, object]] = [
        {"external_ref": f"good-{n}", "media": "a.png", "language": given} for n, given in enumerate(good)
    ]
    lines.append({"external_ref": "absent", "media": "a.png"})
    lines.append({"external_ref": "null", "media": "a.png", "language": None})
    lines += [
        {"external_ref": f"bad-{n}", "media": "a.png", "language": given} for n, given in enumerate(BAD)
    ]
    lines.append({"external_ref": "number", "media": "a.png", "language": 42})
    report = Importer(core.db, core.clock).run(None, q, [_manifest(tmp_path, lines)])
    stored = _stored(core)
    assert {ref: stored[ref] for ref in stored if ref.startswith("good-")} == {
        f"good-{n}": GOOD[given] for n, given in enumerate(good)
    }
    assert stored["absent"] is None and stored["null"] is None
    assert not [ref for ref in stored if ref.startswith("bad-") or ref == "number"]
    assert report.rejected_count == len(BAD) + 1
    first_bad = len(good) + 3  # the line number of bad-0
    said = {p.line: str(p) for p in report.rejected}
    assert said[first_bad] == (
        f"{tmp_path / 'm.jsonl'}:{first_bad}: language of 500 characters is not a language tag "
        "(at most 35, such as en, zh-CN, id, ms, ar)"
    )
    sql = said[first_bad + 4]
    assert "is not a language tag such as en, zh-CN" in sql and "DROP TABLE" in sql  # quoted, not run
    assert "holds control characters" in said[first_bad + 1]
    assert said[first_bad + len(BAD)].endswith("language must be text such as en, zh-CN, id, ms, ar, not int")
    with core.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM items")).scalar_one() == len(good) + 2


def test_a_csv_manifest_may_name_a_language_column(core: Core, tmp_path: Path) -> None:
    q = core.queue()
    for n in (1, 2, 3):
        _png(tmp_path / f"{n}.png", n)
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "external_ref,media,language\nc-1,1.png,zh_CN\nc-2,2.png,\nc-3,3.png,not a tag\n", encoding="utf-8"
    )
    report = Importer(core.db, core.clock).run(None, q, [manifest])
    assert _stored(core) == {"c-1": "zh-CN", "c-2": None}
    (problem,) = report.rejected
    assert problem.line == 4 and "language 'not a tag' is not a language tag" in problem.reason


@pytest.mark.parametrize(
    "value", ["zh_CN", "english", "EN", "en'); --", "x" * 36, "e", "en-", "en--US", "中文", "1e", "en US"]
)
def test_the_database_refuses_a_malformed_tag_written_past_the_importer(core: Core, value: str) -> None:
    (item,) = core.items(core.queue(), 1)
    with pytest.raises(DBAPIError), core.db.write() as session:
        session.execute(text("UPDATE items SET language = :v WHERE id = :i"), {"v": value, "i": item})
    with core.db.write() as session:  # the stored spelling is accepted
        session.execute(text("UPDATE items SET language = 'zh-Hans-CN' WHERE id = :i"), {"i": item})
    assert _stored(core)["ref-0"] == "zh-Hans-CN"


@pytest.mark.parametrize("value", ["en-us", "zh-hans-CN", "en-USA", "en-x-private", "de-DE-19"])
def test_postgresql_checks_every_subtag(core: Core, value: str) -> None:
    """SQLite's GLOB checks the first subtag; PostgreSQL the whole stored spelling. On SQLite such a
    value written past the importer is stored (the documented limit: no regular expressions there);
    the importer itself never writes it."""
    (item,) = core.items(core.queue(), 1)
    if core.db.dialect != "postgresql":
        with core.db.write() as session:
            session.execute(text("UPDATE items SET language = :v WHERE id = :i"), {"v": value, "i": item})
        assert _stored(core)["ref-0"] == value
        normalised = None
        with contextlib.suppress(languages.LanguageError):
            normalised = languages.normalise(value)
        assert normalised != value  # refused, or stored in another spelling
        return
    with pytest.raises(DBAPIError), core.db.write() as session:
        session.execute(text("UPDATE items SET language = :v WHERE id = :i"), {"v": value, "i": item})


def test_a_claim_a_peek_and_an_open_claim_carry_the_language(core: Core) -> None:
    q = core.queue()
    ids = core.items(q, 2)
    with core.db.write() as session:
        session.execute(text("UPDATE items SET language = 'id' WHERE id = :i"), {"i": ids[0]})
    ann = core.reviewer("ann")
    peeked = core.claims.peek_next(ann, q)
    assert peeked is not None and peeked.language == "id"
    claimed = core.claims.claim_next(ann, q)
    assert claimed is not None and claimed.item_id == ids[0] and claimed.language == "id"
    again = core.claims.claim_next(ann, q)  # the open claim, described again
    assert again is not None and again.language == "id"
    assert [c.language for c in core.claims.open_claims(ann)] == ["id"]
    core.claims.skip(ann, claimed.claim_id)
    second = core.claims.claim_next(ann, q)
    assert second is not None and second.item_id == ids[1] and second.language is None


def test_a_golden_copy_carries_its_sources_language_not_its_neighbours(core: Core, tmp_path: Path) -> None:
    q = core.queue()
    leo, ada = core.reviewer("leo", "lead"), core.reviewer("ada", "admin")
    golden = GoldenService(core.db, core.clock, random.Random(3))
    first = tmp_path / "first"
    first.mkdir()
    Importer(core.db, core.clock).run(
        leo, q, [_manifest(first, [{"external_ref": "src", "media": "a.png", "language": "ar"}])]
    )
    golden.add(leo, "src", "remove")
    OperationsSettings(core.db, core.clock).set_golden_rate(ada, 0.2)
    batch = tmp_path / "batch"
    batch.mkdir()
    lines = [{"external_ref": f"b-{n}", "media": "a.png", "language": "ms"} for n in range(20)]
    Importer(core.db, core.clock, golden=golden).run(leo, q, [_manifest(batch, lines, seed=1)])
    with core.db.read() as session:
        copies = session.execute(
            text("SELECT i.language FROM golden_instances g JOIN items i ON i.id = g.item_id")
        ).scalars()
        got = list(copies)
    assert got and set(got) == {"ar"}


def test_a_qa_sample_carries_its_items_language(core: Core, tmp_path: Path) -> None:
    """The blind second review masks the text as the first review did: by the item's language."""
    from tests.workstation.test_migrations_qa import seeded
    from workstation.qa import QAService

    w = seeded(core, tmp_path)
    with core.db.write() as session:
        session.execute(text("UPDATE items SET language = 'ms'"))
    qa = QAService(core.db, core.clock)
    blind = qa.next_item(w.leo)
    opened = qa.open_next(w.leo)
    assert blind is not None and blind.language == "ms"
    assert opened is not None and opened.blind.language == "ms"

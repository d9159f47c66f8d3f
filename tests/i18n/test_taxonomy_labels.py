"""Verdict and reason labels in the reviewer's language (docs/translations.md, "Verdict and reason
labels"): every shipped label has a translation in every shipped language; the window shows them;
and a decision made in Arabic is the same bytes in the database, the hash chain and the signed export
as one made in English."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import i18n
from ui.locale_format import taxonomy_labels
from wellbeing.clock import FakeClock
from workstation import signing, taxonomy
from workstation.claims import ClaimService
from workstation.config import RESOURCES
from workstation.db import Database
from workstation.decisions import DecisionRequest, DecisionService
from workstation.directory import Directory
from workstation.exports import DecisionExports
from workstation.models import Decision, Item

SHIPPED = ("zh_CN", "id", "ms", "ar")


def _shipped_words() -> tuple[set[str], set[str]]:
    data = tomllib.loads((RESOURCES / "taxonomies.toml").read_text(encoding="utf-8"))
    labels = {e["label"] for entries in data.values() for e in entries}
    reasons = {r for entries in data.values() for e in entries for r in e.get("reasons", [])}
    return labels, reasons


@pytest.mark.parametrize("language", SHIPPED)
def test_every_shipped_label_and_reason_is_translated(language: str) -> None:
    labels, reasons = _shipped_words()
    words = taxonomy.label_translations(language)
    assert words.language == language
    missing = [t for t in labels if words.label(t) == t] + [
        t
        for t in reasons
        if words.reason(t) == t and t != "spam"  # "spam" is the word in id and ms too
    ]
    assert missing == []
    # nothing translated to the empty string, no stray entry that is no shipped label or reason
    assert set(dict(words.labels)) <= labels and set(dict(words.reasons)) <= reasons


def test_fallbacks_from_region_to_language_to_english() -> None:
    assert taxonomy.label_translations("ar_EG").label("Remove") == "إزالة"
    assert taxonomy.label_translations("ms-MY").label("Remove") == "Alih keluar"
    assert taxonomy.label_translations("zh_CN.UTF-8").reason("other") == "其他"
    english = taxonomy.label_translations("fr_FR")
    assert english.language == "" and english.label("Remove") == "Remove"
    # an organisation's own label is shown as written
    assert taxonomy.label_translations("ar").label("Refer to legal") == "Refer to legal"


def test_a_broken_translation_table_is_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "labels.toml"
    bad.write_text('[ar.labels]\n"Allow" = ""\n', encoding="utf-8")
    with pytest.raises(taxonomy.ConfigError, match="each entry is"):
        taxonomy.label_translations("ar", bad)
    bad.write_text("[ar.labels\n", encoding="utf-8")
    with pytest.raises(taxonomy.ConfigError, match="cannot be read"):
        taxonomy.label_translations("ar", bad)


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    language = i18n.install(qapp, QLocale("ar"))
    yield
    i18n.uninstall(qapp, language)


def _decide_in_panel(qtbot: QtBot) -> tuple[list[str], list[str], tuple[str, str, str]]:
    """Remove (3) with its first reason and a note, as a reviewer presses it: what the panel showed
    and what it asked to record."""
    from ui.decision_panel import DecisionPanel

    panel = DecisionPanel()
    qtbot.addWidget(panel)
    panel.set_verdicts(taxonomy.builtin("general"))
    panel.set_item_open(True)
    shown_verdicts = [b.text() for b in panel.verdict_buttons]
    panel.number_key(3)
    panel.number_key(1)
    shown_reasons = [panel.reasons.item(i).text() for i in range(panel.reasons.count())]
    panel.note.setText("caption names a place")
    with qtbot.waitSignal(panel.decisionRequested) as asked:
        panel.confirm()
    key, _label, reason, note = asked.args
    return shown_verdicts, shown_reasons, (str(key), str(reason), str(note))


def test_the_panel_shows_arabic_and_records_the_english_key_and_reason(
    qapp: QApplication, qtbot: QtBot, arabic: None
) -> None:
    verdicts, reasons, recorded = _decide_in_panel(qtbot)
    assert verdicts[2].startswith("3   إزالة") and reasons[0] == "1   عنف صادم"
    assert recorded == ("remove", "graphic violence", "caption names a place")
    assert taxonomy_labels().language == "ar"


def _record(
    tmp_path: Path, name: str, request: tuple[str, str, str], signer: signing.Signer
) -> tuple[str, bytes]:
    """One decision in a fresh database at a fixed moment; the chain's hash and the signed export."""
    db = Database(f"sqlite:///{tmp_path / name}.db")
    db.upgrade()
    try:
        clock = FakeClock(datetime(2026, 3, 10, 12, 0, tzinfo=UTC))
        directory = Directory(db, clock)
        reviewer = directory.add_user("ann", ("reviewer",), team="blue")
        lead = directory.add_user("leo", ("lead",), team="blue")
        info = directory.add_queue("general", severity_tier=2, verdicts=taxonomy.builtin("general"))
        with db.write() as session:
            session.add(Item(queue_id=info.id, external_ref="ref-1", reason="", created_at=clock.now()))
        claims = ClaimService(db, clock, lease_seconds=60)
        decisions = DecisionService(db, clock, claims)
        claimed = claims.claim_next(reviewer, "general")
        assert claimed is not None
        key, reason, note = request
        decisions.decide(
            reviewer,
            DecisionRequest(claimed.claim_id, key, reason, note, client_id="c-1", handling_seconds=5.0),
        )
        with db.read() as session:
            row = session.query(Decision).one()
            chain_hash = row.hash
        out = tmp_path / f"{name}.csv"
        DecisionExports(db, clock, decisions).export(lead, out, "csv", signer=signer)
        return chain_hash, out.read_bytes()
    finally:
        db.dispose()


def test_a_decision_made_in_arabic_is_byte_identical_to_one_made_in_english(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    signer = signing.generate(tmp_path / "lead.pem")
    _v, english_reasons, in_english = _decide_in_panel(qtbot)
    language = i18n.install(qapp, QLocale("ar"))
    try:
        _v, arabic_reasons, in_arabic = _decide_in_panel(qtbot)
    finally:
        i18n.uninstall(qapp, language)
    assert english_reasons != arabic_reasons  # the reviewer did read Arabic
    assert in_arabic == in_english
    english = _record(tmp_path, "english", in_english, signer)
    arabic = _record(tmp_path, "arabic", in_arabic, signer)
    assert arabic[0] == english[0]  # the hash chain
    assert arabic[1] == english[1]  # every byte of the export, its signed trailer included
    assert b"graphic violence" in arabic[1] and "عنف".encode() not in arabic[1]


def test_an_items_history_reads_in_arabic_with_the_zone_named(qapp: QApplication, arabic: None) -> None:
    from ui.details import history_text
    from workstation.claims import ClaimedItem
    from workstation.routing import HistoryEntry

    at = datetime(2026, 3, 10, 20, 30, tzinfo=UTC)
    entry = HistoryEntry(at, "ann", "general", "Remove", "graphic violence", "a note", False)
    item = ClaimedItem(1, 1, "general", 2, (), "ref-1", "", 0, None, at, at, (), history=(entry,))
    text = history_text(item)
    assert "إزالة" in text and "عنف صادم; a note" in text and "Remove" not in text
    # The heading is the catalogue's (DetailsPanel "History ({zone})"), the zone named in it.
    assert text.startswith("السجل (") and "UTC" in text.splitlines()[0]

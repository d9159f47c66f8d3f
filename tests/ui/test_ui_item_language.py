"""The item's language in the reviewer window (issue 17): the text view masks with the list of the item's
language and English (a Chinese term in an Indonesian post shows; every term of every list is masked when
the item has no language, or one without a list), and the details panel names the language in the
reader's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import World
from ui.details import language_text
from ui.tasks import ImmediateRunner
from ui.text_view import TERM_LANGUAGES_VARIABLE, TextView

# a Chinese, an Indonesian, an Arabic and an English term of the shipped lists
POST = "他昨天杀人了。Korban dibunuh. مشهد القتل. Then: kill."
ALL = {"杀人", "dibunuh", "القتل", "kill"}
MASKED = {
    None: ALL,
    "id": {"dibunuh", "kill"},
    "zh-CN": {"杀人", "kill"},
    "ar": {"القتل", "kill"},
    "en": {"kill"},
    "ms-MY": {"dibunuh", "kill"},  # Malay lists the same word; a region tag finds the ms list
    "fr": ALL,  # no French list: every list, masking more rather than less
    "tlh": ALL,
}


def _masked(view: TextView) -> set[str]:
    return {text for text, masked in view._segments if masked}


@pytest.mark.parametrize(("language", "expected"), list(MASKED.items()))
def test_the_text_view_masks_with_the_items_language_and_english(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str | None, expected: set[str]
) -> None:
    monkeypatch.delenv(TERM_LANGUAGES_VARIABLE, raising=False)
    post = tmp_path / "post.txt"
    post.write_text(POST, encoding="utf-8")
    view = TextView()
    qtbot.addWidget(view)
    view.show_text(str(post), ImmediateRunner(), language=language)
    assert _masked(view) == expected
    shown = view.toPlainText()
    assert not any(term in shown for term in expected)
    assert all(term in shown for term in ALL - expected)


def test_the_details_name_the_language_in_the_readers_language() -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en_GB"))
        assert language_text("id") == "Indonesian (id)"
        assert language_text("zh-CN") == "Chinese (zh-CN)"
        assert language_text("ar") == "Arabic (ar)"
        assert language_text("fr-CA") == "French (fr-CA)"
        assert language_text("tlh") == "tlh"  # well formed, unknown to Qt: the tag as it is
        assert language_text(None) == "not given"
        QLocale.setDefault(QLocale("id_ID"))  # the reader's own language, in its own words
        assert language_text("id") == f"{QLocale('id').nativeLanguageName()} (id)"
        QLocale.setDefault(QLocale("zh_CN"))
        assert language_text("zh-CN") == "简体中文 (zh-CN)"
    finally:
        QLocale.setDefault(before)


def test_the_window_masks_and_names_by_the_items_language(
    world: World, make_window: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TERM_LANGUAGES_VARIABLE, raising=False)
    post = tmp_path / "post.txt"
    post.write_text(POST, encoding="utf-8")
    world.add_item("txt-id", [("text", post, {"mime": "text/plain"})], priority=2, language="id")
    world.add_item("txt-none", [("text", post, {"mime": "text/plain"})], priority=1)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item.external_ref == "txt-id"
    assert _masked(window.text_view) == {"dibunuh", "kill"} and "杀人" in window.text_view.toPlainText()
    assert window.details.language.text() == "Indonesian (id)"
    qtbot.keyClick(window, Qt.Key.Key_S)  # skip: the item without a language comes next
    assert window.session.item.external_ref == "txt-none"
    assert _masked(window.text_view) == ALL
    assert window.details.language.text() == "not given"


def test_a_qa_sample_opens_with_its_items_language() -> None:
    """The blind second review shows the same text as the first: masked by the item's language."""
    from datetime import UTC, datetime

    from ui.qa_review import screen_item
    from workstation.qa import BlindItem, BlindScreenItem

    blind = BlindItem(7, 3, "ref-3", "general", "", ("allow",), "ar")
    item = screen_item(BlindScreenItem(blind, 2, (), (), 0), datetime(2026, 12, 1, tzinfo=UTC))
    assert item.language == "ar" and item.claim_id == -7

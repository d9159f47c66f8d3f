"""Masked terms per language (docs/translations.md, "Masked terms per language"): each shipped list
loads; Chinese is matched inside a run of characters (it writes no spaces), Arabic through the
article and particles joined to a word; an item of a known language gets its list and English, an
item of unknown language every loaded list; the window masks a Chinese post by default."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from media.errors import MediaError
from media.textmask import ENGLISH, load_term_lists, mask_text, term_list_languages, terms_for


def masked(text: str, terms: tuple[str, ...]) -> list[str]:
    return [s.text for s in mask_text(text, terms) if s.masked]


def test_every_shipped_list_loads_without_repeats() -> None:
    assert term_list_languages() == (ENGLISH, "ar", "id", "ms", "zh_CN")
    lists = load_term_lists()
    assert list(lists) == list(term_list_languages())
    for language, terms in lists.items():
        assert len(terms) >= 15, language
        assert len({t.casefold() for t in terms}) == len(terms), language


def test_chinese_terms_are_found_inside_a_run_of_characters() -> None:
    zh = load_term_lists(["zh_CN"])["zh_CN"]
    # "He killed someone yesterday" with no spaces: a whole-word rule would mask nothing here
    assert masked("他昨天杀人了。", zh) == ["杀人"]
    assert masked("关于自残的帖子", zh) == ["自残"]
    assert masked("今天天气很好", zh) == []


def test_arabic_terms_are_found_with_their_joined_prefixes() -> None:
    ar = load_term_lists(["ar"])["ar"]
    assert masked("خبر عن القتل", ar) == ["القتل"]  # the article
    assert masked("والقتل", ar) == ["والقتل"]  # "and the"
    assert masked("للقتل", ar) == ["للقتل"]  # "for the"
    assert masked("بالدم", ar) == ["بالدم"]  # "with the"
    assert masked("مقتل رجل", ar) == ["مقتل"]  # a listed word of its own
    assert masked("استقتل", ar) == []  # the letters inside another word are not a match
    assert masked("السلام عليكم", ar) == []


def test_indonesian_and_malay_whole_words_and_phrases() -> None:
    lists = load_term_lists(["id", "ms"])
    assert masked("Korban dibunuh kemarin", lists["id"]) == ["dibunuh"]
    assert masked("tentang bunuh diri", lists["id"]) == ["bunuh diri"]
    assert masked("Dia memancung", lists["ms"]) == ["memancung"]
    assert masked("pembunuh bayaran", lists["id"]) == []  # not listed: "pembunuh" is not "bunuh"


def test_an_item_gets_its_languages_list_and_english_else_every_list() -> None:
    lists = load_term_lists()
    for_indonesian = terms_for(lists, "id_ID")
    assert "dibunuh" in for_indonesian and "kill" in for_indonesian and "杀人" not in for_indonesian
    everything = terms_for(lists)
    assert {"dibunuh", "kill", "杀人", "قتل", "dipancung"} <= set(everything)
    assert terms_for(lists, "fr") == everything  # no French list: mask with all rather than less


def test_a_language_without_a_list_is_refused_in_one_sentence() -> None:
    assert list(load_term_lists(["zh"])) == ["zh_CN"] and list(load_term_lists(["ar_EG"])) == ["ar"]
    with pytest.raises(MediaError, match="no masked-term list for the language 'xx'; lists exist for en, ar"):
        load_term_lists(["xx"])
    with pytest.raises(MediaError, match=r"no masked-term list for the language '\.\./etc'"):
        load_term_lists(["../etc"])


def test_the_window_masks_a_chinese_post_with_every_list_by_default(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.tasks import ImmediateRunner
    from ui.text_view import TERM_LANGUAGES_VARIABLE, TextView

    post = tmp_path / "post.txt"
    post.write_text("他昨天杀人了 and then a kill", encoding="utf-8")
    view = TextView()
    qtbot.addWidget(view)
    monkeypatch.delenv(TERM_LANGUAGES_VARIABLE, raising=False)
    view.show_text(str(post), ImmediateRunner())
    assert view.masked_count == 2 and "杀人" not in view.toPlainText()
    # a team that loads only English: the Chinese word shows, as it did before per-language lists
    monkeypatch.setenv(TERM_LANGUAGES_VARIABLE, "en")
    view.show_text(str(post), ImmediateRunner())
    assert view.masked_count == 1 and "杀人" in view.toPlainText()
    # a language with no list: the text is not shown at all, and the reason is said
    monkeypatch.setenv(TERM_LANGUAGES_VARIABLE, "en,klingon")
    view.show_text(str(post), ImmediateRunner())
    assert "杀人" not in view.toPlainText() and "no masked-term list for the language 'klingon'" in (
        view.toPlainText()
    )

"""Translations (issue #17, docs/translations.md): the catalogues are complete for what the code marks,
a pseudo-locale reaches the widgets, Arabic turns layouts right-to-left, and placeholders survive."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui import i18n
from wellbeing.clock import FakeClock

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("translations_tool", str(ROOT / "tools" / "translations"))
    spec = importlib.util.spec_from_loader("translations_tool", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


TOOL = _tool()


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    TOOL.pseudo(folder)
    return folder


@pytest.fixture
def language(qapp: QApplication) -> Iterator[list[i18n.Language]]:
    """Install languages in a test; every one is removed afterwards (English again)."""
    installed: list[i18n.Language] = []
    yield installed
    for lang in installed:
        i18n.uninstall(qapp, lang)


def _texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text().strip()]


def test_every_marked_string_is_translated_in_every_shipped_language(tmp_path: Path) -> None:
    """lupdate over today's code into copies of the shipped catalogues: nothing may be left untranslated.
    A new tr() string fails here until each language has it (tools/translations update, then fill)."""
    for lang in TOOL.SHIPPED:
        copy = tmp_path / f"workstation_{lang}.ts"
        shutil.copy2(ROOT / "resources" / "translations" / f"workstation_{lang}.ts", copy)
        TOOL.lupdate(copy, lang)
        assert TOOL.missing(copy) == [], f"{lang}: run tools/translations update and translate these"


def test_the_gap_check_itself_sees_an_untranslated_string(tmp_path: Path) -> None:
    """The completeness test above would pass vacuously if ``missing`` saw nothing: prove it sees a gap."""
    copy = tmp_path / "workstation_id.ts"
    text = (ROOT / "resources" / "translations" / "workstation_id.ts").read_text(encoding="utf-8")
    copy.write_text(text.replace("<translation>Antrean</translation>", '<translation type="unfinished"/>'))
    assert any("'Queue'" in gap for gap in TOOL.missing(copy))


def test_placeholders_are_kept_by_every_translation() -> None:
    """A translation that loses ``{count}`` would raise KeyError/print nonsense at run time."""
    import xml.etree.ElementTree as ET

    for lang in TOOL.SHIPPED:
        root = ET.parse(ROOT / "resources" / "translations" / f"workstation_{lang}.ts").getroot()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            kept = sorted(TOOL._KEEP.findall(translation))
            assert sorted(TOOL._KEEP.findall(source)) == kept, (lang, source)


def test_fill_refuses_a_translation_that_drops_a_placeholder(tmp_path: Path) -> None:
    copy = tmp_path / "workstation_ms.ts"
    shutil.copy2(ROOT / "resources" / "translations" / "workstation_ms.ts", copy)
    with pytest.raises(SystemExit, match="placeholders"):
        TOOL.fill(copy, {"step {step} of {steps}": "langkah"})


def test_the_pseudo_locale_reaches_the_details_panel_and_seeding_window(
    qapp: QApplication, qtbot: QtBot, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    from ui.details import DetailsPanel
    from ui.seeding import SeedingWindow

    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    panel = DetailsPanel(FakeClock())
    qtbot.addWidget(panel)
    window = SeedingWindow()
    qtbot.addWidget(window)
    from ui.offline_start import OfflineStartWindow
    from ui.tasks import ImmediateRunner
    from workstation.offline import WaitingWork

    offline = OfflineStartWindow(
        "x", WaitingWork("ada", [], 2, 1, None), lambda: False, runner=ImmediateRunner(), clock=FakeClock()
    )
    qtbot.addWidget(offline)
    labels = _texts(panel) + _texts(window) + [t for t in _texts(offline) if t != "X"]
    # Values ("—" for an empty field) are data; every word of ours is translated.
    words = [text for text in labels if any(ch.isalpha() for ch in text)]
    assert words and all("⟦" in text for text in words), words
    assert "⟦" in window.windowTitle()
    assert "⟦" in panel.accessibleName() and "⟦" in offline.try_now.text()


def test_arabic_turns_the_layout_right_to_left_and_translates(
    qapp: QApplication, qtbot: QtBot, language: list[i18n.Language]
) -> None:
    from ui.details import DetailsPanel

    lang = i18n.install(qapp, QLocale("ar"))
    language.append(lang)
    assert lang.translated, "the Arabic catalogue was not built into the package (setup.py)"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    panel = DetailsPanel(FakeClock())
    qtbot.addWidget(panel)
    assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert panel.accessibleName() == "تفاصيل العنصر"
    assert QLocale().toString(1234.5, "f", 1) == QLocale("ar").toString(1234.5, "f", 1)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh_CN", "离线：3 项决定已保存在本工作站，数据库恢复后将发送"),
        ("id", "Luring: 3 keputusan tersimpan di workstation ini, dikirim saat basis data tersedia kembali"),
        (
            "ms",
            "Luar talian: 3 keputusan disimpan di stesen kerja ini, dihantar apabila pangkalan data kembali",
        ),
    ],
)
def test_each_shipped_language_formats_its_sentences(
    qapp: QApplication, language: list[i18n.Language], lang: str, expected: str
) -> None:
    from ui.outbox_status import outbox_label

    language.append(i18n.install(qapp, QLocale(lang)))
    assert outbox_label(3, True) == expected
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_english_needs_no_catalogue(qapp: QApplication, language: list[i18n.Language]) -> None:
    from ui.outbox_status import outbox_label

    language.append(i18n.install(qapp, QLocale("en_GB")))
    assert outbox_label(1, True) == (
        "Offline: 1 decision saved on this workstation, sent when the database is back"
    )


def test_the_language_comes_from_workstation_lang_else_the_system() -> None:
    assert i18n.requested_locale({"WORKSTATION_LANG": "zh_CN"}).name() == "zh_CN"
    assert i18n.requested_locale({"WORKSTATION_LANG": "ar"}).language() == QLocale.Language.Arabic
    assert i18n.requested_locale({"WORKSTATION_LANG": "klingon-ish"}) == QLocale.system()
    assert i18n.requested_locale({}) == QLocale.system()

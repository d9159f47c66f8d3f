"""The wellbeing parts of the reviewer window in another language (issue 17, docs/translations.md): with the
pseudo-locale installed, every word of the status-bar buttons and of each banner is translated."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from tests.i18n.test_translations import TOOL, _shown, _untranslated
from ui import i18n

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@SQLITE
def test_the_pseudo_locale_reaches_the_wellbeing_buttons_and_every_banner(
    rig_factory: Any, qapp: QApplication, tmp_path: Path
) -> None:
    TOOL.pseudo(tmp_path)
    language = i18n.install(qapp, QLocale("eo"), folder=tmp_path)
    try:
        rig = rig_factory()
        ui = rig.ui
        for button in (ui.affected_button, ui.break_button):
            shown = _shown(button)
            assert len(shown) == 3 and _untranslated(shown) == [], shown  # text, accessible name, tooltip
        ui._screening_due()
        ui._postponed(datetime(2026, 3, 2, 10, 30, tzinfo=UTC))
        ui._rotation()
        ui._locked_changed(frozenset({3}))
        for banner in ui.banners:
            shown = _shown(banner)
            assert shown and _untranslated(shown) == [], (banner.accessibleName(), _untranslated(shown))
        for banner in (ui.postponed, ui.rotation, ui.locked, ui.screening_banner):
            assert "⟦" in banner.text.text(), banner.accessibleName()
        assert "⟦" in ui.dock.windowTitle()
    finally:
        i18n.uninstall(qapp, language)


def test_the_break_countdown_uses_the_locales_digits(qapp: QApplication, language: list[Any]) -> None:
    """Seen on the real X screen in Arabic: "المتبقي: 4:59" under "يُقترح حتى ٥:٠٨ ص", ASCII digits
    beside Arabic-Indic ones on one screen."""
    from ui.wellbeing_break import mm_ss

    assert mm_ss(299) == "4:59" and mm_ss(0.2) == "0:01"
    language.append(i18n.install(qapp, QLocale("ar")))
    assert mm_ss(299) == "٤:٥٩" and mm_ss(600) == "١٠:٠٠"

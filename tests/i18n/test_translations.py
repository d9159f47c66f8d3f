"""Translations (issue #17, docs/translations.md): the catalogues are complete for what the code marks,
a pseudo-locale reaches the widgets, Arabic turns layouts right-to-left, and placeholders survive."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import shutil
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


# ------------------------------------------------------------------ the care screens, the sheet, the panel


class _Hooks:
    """The three window hooks the break screen calls (``ui.wellbeing_break.BreakHost``)."""

    def hide_all_media(self, reason: str) -> None:
        pass

    def restore_media(self, reason: str = "") -> None:
        pass

    def set_decisions_blocked(self, blocked: bool, reason: str) -> None:
        self.blocked = reason


def _shown(widget: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Every word a person sees or hears on ``widget`` and its children: label and button texts, group
    titles, list rows, placeholders, tooltips, accessible names and descriptions, the window title.
    Widgets in ``skip`` hold data (verdict labels, times) rather than our words."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLineEdit, QListWidget

    found: list[str] = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if child in skip or child.parent() in skip:
            continue
        found += [child.accessibleName(), child.accessibleDescription(), child.toolTip()]
        if isinstance(child, (QLabel, QAbstractButton)):
            found.append(child.text())
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, QLineEdit):
            found.append(child.placeholderText())
        elif isinstance(child, QListWidget):
            found += [child.item(i).text() for i in range(child.count())]
    return [text for text in found if any(ch.isalpha() for ch in text)]


def _untranslated(texts: list[str]) -> list[str]:
    return [text for text in texts if "⟦" not in text]


def _break_screen(qtbot: QtBot) -> tuple[object, object]:
    from PySide6.QtWidgets import QMainWindow

    from ui.wellbeing_break import BreakScreen

    window = QMainWindow()
    window.setCentralWidget(QWidget())
    window.resize(1280, 800)
    qtbot.addWidget(window)
    return window, BreakScreen(window, _Hooks())


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")  # offscreen
def test_the_pseudo_locale_reaches_every_word_of_the_break_screen(
    qapp: QApplication, qtbot: QtBot, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    """Each state of the break screen (offered, running with the check-in, complete), the soft prompt,
    and the check-in's own answers: an unmarked sentence would show up here as plain English."""
    from datetime import UTC, datetime

    from ui.wellbeing_break import SoftPromptBanner
    from wellbeing.break_flow import BreakSession
    from wellbeing.breaks import BreakAdvice

    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    _window, screen = _break_screen(qtbot)
    # The break's reason is the core's English sentence (docs/translations.md): left out with "x".
    advice = BreakAdvice("enforced", "x", 5, True)
    screen.offer_enforced(advice)
    shown = _shown(screen)
    assert len(shown) > 10 and _untranslated(shown) == [], _untranslated(shown)
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    screen.begin(BreakSession("affected", now, now, 300.0, True, "c1"))
    screen.breathing.set_still(0.6, True)
    shown = _shown(screen)
    assert _untranslated(shown) == [], _untranslated(shown)
    assert "⟦" in screen.countdown.text() and "⟦" in screen.resume_button.text()
    screen.checkin_panel.choose(2)
    assert "⟦" in screen.checkin_panel.thanks.text()
    screen.progress(0)
    assert _untranslated(_shown(screen)) == []
    screen.checkin_panel.faces[3].click()
    assert "⟦" in screen.checkin_panel.thanks.text()
    soft = SoftPromptBanner()
    qtbot.addWidget(soft)
    soft.offer(BreakAdvice("soft", "x", 5, True))
    assert _untranslated(_shown(soft)) == [], _untranslated(_shown(soft))


def test_the_pseudo_locale_reaches_the_check_in_after_a_break_and_the_questionnaire(
    qapp: QApplication, qtbot: QtBot, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    from ui.screening_dialog import ScreeningDialog
    from ui.wellbeing_checkin import CheckInPanel

    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    compact = CheckInPanel(compact=True)
    qtbot.addWidget(compact)
    compact.submit()  # "choose a face first"
    assert _untranslated(_shown(compact)) == [], _untranslated(_shown(compact))
    dialog = ScreeningDialog()
    qtbot.addWidget(dialog)
    shown = _shown(dialog)
    # Every WHO-5 statement and answer too: they come from the pure layer and are translated here.
    assert len(shown) > 40 and _untranslated(shown) == [], _untranslated(shown)
    dialog.groups[0].button(3).click()
    assert "⟦" in dialog.status.text()
    for group in dialog.groups:
        group.button(2).setChecked(True)
    dialog.submit()
    dialog.show_score(40)
    assert _untranslated(_shown(dialog)) == [], _untranslated(_shown(dialog))
    assert dialog.status.text().count("⟦") == 2  # the sentence and the score's reading


def test_the_who5_texts_marked_in_the_ui_are_those_of_the_questionnaire() -> None:
    """wellbeing.screening holds the English texts (no Qt there); ui.screening_dialog marks copies for
    lupdate. A text changed in one place only would silently stay English."""
    from ui.screening_dialog import _WHO5_MARKED
    from wellbeing.screening import WHO5_ANSWERS, WHO5_INTRO, WHO5_ITEMS, who5_meaning

    texts = {WHO5_INTRO, *WHO5_ITEMS, *(label for _v, label in WHO5_ANSWERS)}
    texts |= {who5_meaning(score) for score in range(0, 101, 4)}
    assert texts == set(_WHO5_MARKED)


def test_the_pseudo_locale_reaches_the_shortcut_sheet_but_never_its_keys(
    qapp: QApplication, qtbot: QtBot, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    from PySide6.QtGui import QKeySequence

    from ui.shortcuts import KEYS, Key, ShortcutSheet

    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    from ui.window import WELLBEING_ACTIONS

    # A row the window adds for its own action (ReviewerWindow.extra_keys): its words are translated too.
    extra = (Key("x", ("Ctrl+Shift+B",), WELLBEING_ACTIONS["breakNowAction"], "Wellbeing", "Ctrl+Shift+B"),)
    sheet = ShortcutSheet(extra=extra)
    qtbot.addWidget(sheet)
    caps = [label for label in sheet.findChildren(QLabel) if label.objectName() == "keyCap"]
    texts = [label for label in sheet.findChildren(QLabel) if label.objectName() != "keyCap"]
    words = [label.text() for label in texts]
    assert len(words) > 40 and _untranslated(words) == [], _untranslated(words)
    assert "⟦" in sheet.windowTitle() and "⟦" in sheet.accessibleName()
    # The keys: the same sequences in every language; only the words among them ("hold P") change.
    assert sheet.sequences == {QKeySequence(k).toString() for key in (*KEYS, *extra) for k in key.keys if k}
    cap_texts = [cap.text() for cap in caps]
    assert "R" not in cap_texts and "⟦R öŕ çļîçķ·⟧" not in cap_texts  # "R or click" is words
    assert any(text.startswith("⟦R ") for text in cap_texts)
    for plain in ("N", "Q", "1 – 9", "Enter", "Esc", "Ctrl+Z", "Shift+K", "]", "Ctrl+Shift+B"):
        assert plain in cap_texts, plain


def test_the_pseudo_locale_reaches_the_decision_panel_in_each_of_its_questions(
    qapp: QApplication, qtbot: QtBot, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    from ui.decision_panel import DecisionPanel
    from workstation.taxonomy import Verdict

    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    panel = DecisionPanel()
    qtbot.addWidget(panel)
    verdicts = (
        Verdict("approve", "Approve"),
        Verdict("remove", "Remove", requires_reason=True, reasons=("Spam", "Gore")),
        Verdict("restrict", "Restrict", requires_reason=True, requires_note=True),
        Verdict("other", "Other", requires_note=True),
        Verdict("label", "Label", requires_reason=True),
        Verdict("refer", "Refer", requires_reason=True, requires_note=True, reasons=("Legal",)),
    )
    panel.set_verdicts(verdicts)
    panel.set_item_open(True)
    data = (*panel.verdict_buttons, panel.reasons, panel.destinations)  # the taxonomy's words
    assert _untranslated(_shown(panel, data)) == [], _untranslated(_shown(panel, data))
    assert all("⟦" in b.accessibleName() for b in panel.verdict_buttons)
    asks = []
    for n in (2, 3, 4, 5, 6):  # each case of what a verdict still needs
        panel.number_key(n)
        asks.append(panel._ask_title.text())
        assert _untranslated(_shown(panel, data)) == [], (n, _untranslated(_shown(panel, data)))
        panel.cancel()
    for routes in ((), ("leads", "trust-safety"), ("legal",)):
        panel.set_destinations(routes)
        panel.begin_escalate()
        asks.append(panel._ask_title.text())
        assert _untranslated(_shown(panel, data)) == [], (routes, _untranslated(_shown(panel, data)))
        panel.cancel()
    assert len(set(asks)) == len(asks) and all(
        text.startswith(("Remove", "Restrict", "Other", "⟦")) for text in asks
    )
    panel.number_key(2)
    panel.number_key(1)
    assert "⟦" in panel.hint.text() and "Spam" in panel.hint.text()
    panel.cancel()
    panel.set_blocked(True)
    assert "⟦" in panel.hint.text()


def _summary() -> object:
    from datetime import UTC, date, datetime, timedelta

    from workstation.wellbeing_records import DaySummary, WellbeingSummary

    days = tuple(
        DaySummary(date(2026, 3, 2) + timedelta(days=i), 100.0 + 40 * i, 3.0, 20.0, 1, 2, 3.0)
        for i in range(7)
    )
    at = datetime(2026, 3, 8, 9, 30, tzinfo=UTC)
    return WellbeingSummary("ada", 240.0, days[-1], days, ((at, 2, "rough one"), (at, 4, "")), frozenset({3}))


def test_the_pseudo_locale_reaches_the_reviewers_own_wellbeing_view(
    qapp: QApplication, qtbot: QtBot, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    from ui.wellbeing_view import OwnWellbeingView

    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    view = OwnWellbeingView()
    qtbot.addWidget(view)
    assert _untranslated(_shown(view)) == [], _untranslated(_shown(view))
    view.show_summary(_summary())
    figures = tuple(view.figures.values())
    # The figures are numbers; those with words in them ("min", "days over budget") are ours.
    shown = _shown(view) + [label.text() for label in figures if any(ch.isalpha() for ch in label.text())]
    assert _untranslated(shown) == [], _untranslated(shown)
    assert "⟦" in view.chart.accessibleDescription()
    assert any("rough one" in text and "⟦" in text for text in shown)


def test_english_keeps_todays_sentences_on_the_care_screens(qapp: QApplication, qtbot: QtBot) -> None:
    """No catalogue: the source strings are the English the rest of the tests (and the docs) expect."""
    from ui.decision_panel import DecisionPanel
    from ui.wellbeing_checkin import CheckInPanel
    from ui.wellbeing_view import OwnWellbeingView
    from workstation.taxonomy import Verdict

    panel = DecisionPanel()
    qtbot.addWidget(panel)
    panel.set_verdicts(
        (Verdict("remove", "Remove", requires_reason=True, requires_note=True, reasons=("a",)),)
    )
    panel.set_item_open(True)
    panel.number_key(1)
    assert panel._ask_title.text() == "Remove: Pick a reason (1-9) and write a note, then press Enter."
    panel.cancel()
    panel.set_destinations(("legal",))
    panel.begin_escalate()
    assert panel._ask_title.text() == (
        "Escalate: Say why, for whoever picks it up, then press Enter. It goes to legal. "
        "Alt+I if a person is at risk now."
    )
    checkin = CheckInPanel()
    qtbot.addWidget(checkin)
    checkin.faces[0].click()
    assert checkin.thanks.text() == "Saved privately: very low. Thank you."
    view = OwnWellbeingView()
    qtbot.addWidget(view)
    view.show_summary(_summary())
    assert view.figures["exposed_today"].text() == "20 min"
    assert view.status.text() == "Daily budget 240 weighted minutes. Tiers 3 are closed to you for today."
    assert view.chart.days[0] == "Mon 02"


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")  # offscreen
def test_arabic_on_the_break_screen_and_chinese_on_the_check_in(
    qapp: QApplication, qtbot: QtBot, language: list[i18n.Language]
) -> None:
    """The shipped catalogues themselves (not the pseudo-locale): right-to-left and kind words."""
    from ui.wellbeing_checkin import CheckInPanel
    from wellbeing.breaks import BreakAdvice

    language.append(i18n.install(qapp, QLocale("ar")))
    _window, screen = _break_screen(qtbot)
    screen.offer_enforced(BreakAdvice("enforced", "x", 5, True))
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.start_button.text() == "ابدأ استراحتي الآن"
    assert screen.title.text() == "حان وقت الاستراحة — المدة بالدقائق: ٥"  # locale digits
    i18n.uninstall(qapp, language.pop())
    language.append(i18n.install(qapp, QLocale("zh_CN")))
    panel = CheckInPanel()
    qtbot.addWidget(panel)
    assert [face.text() for face in panel.faces] == ["很低落", "低落", "还好", "不错", "很好"]
    panel.faces[4].click()
    assert panel.thanks.text() == "已私密保存：很好。谢谢你。"


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen
def test_the_pseudo_locale_reaches_the_sop_panel_notices_and_correction_notice(
    qapp: QApplication, qtbot: QtBot, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    """The organisation's words (section titles, summaries, texts, a notice's own sentence) stay as
    written; every word of ours around them is translated."""
    import dataclasses
    from datetime import UTC, date, datetime

    from ui.correction_notice import CorrectionNotice
    from ui.notices import NotificationArea, StatusLine
    from ui.sop_panel import SopPanel
    from workstation import policies
    from workstation.config import RESOURCES

    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    today = date(2026, 12, 10)
    policy = policies.read_file(RESOURCES / "policies" / "sop-2026-12.toml")
    first = dataclasses.replace(policy.sections[0], changed_on=today)
    policy = dataclasses.replace(
        policy, sections=(first, *policy.sections[1:]), effective_at=datetime(2026, 12, 1, tzinfo=UTC)
    )
    panel = SopPanel(policy, today)
    qtbot.addWidget(panel)
    data = (panel.sections, panel.text)  # the policy's own titles and text
    assert _untranslated(_shown(panel, data)) == [], _untranslated(_shown(panel, data))
    assert panel.sections.item(0).text().startswith("⟦")  # the "changed" badge
    assert panel.text.toMarkdown().count("⟦") >= 2  # "changed on" and "section …" around the text
    panel.search.setText("zzzz no such words")
    assert "⟦" in panel.text.toPlainText()
    empty = SopPanel(None, today)
    qtbot.addWidget(empty)
    assert _untranslated(_shown(empty)) == [], _untranslated(_shown(empty))

    area, line = NotificationArea(), StatusLine()
    qtbot.addWidget(area)
    qtbot.addWidget(line)
    assert _untranslated(_shown(area) + _shown(line)) == []

    notice = CorrectionNotice(None, None, None, None, lambda: datetime.now(UTC))  # type: ignore[arg-type]
    qtbot.addWidget(notice)
    assert _untranslated(_shown(notice)) == [], _untranslated(_shown(notice))
    from workstation.corrections import Notice

    at = datetime(2026, 12, 9, tzinfo=UTC)
    notice._show([Notice(n, "corrected", f"x{n}", "q", "a", "b", "r", at, "lee") for n in range(5)])
    first_line = notice.label.text().splitlines()[0]
    assert "⟦" in first_line and "2" in first_line


@pytest.mark.parametrize("lang", ["en_GB", *TOOL.SHIPPED])
@pytest.mark.parametrize("compact", [False, True])
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen
def test_every_mood_word_fits_under_its_face_in_every_language(
    qapp: QApplication, qtbot: QtBot, language: list[i18n.Language], lang: str, compact: bool
) -> None:
    """Found with the Indonesian and Malay catalogues: "Sangat rendah" is wider than the 72-76 px face
    button and was cut off. The word is drawn in a font made to fit (``FaceButton.label_font``)."""
    from PySide6.QtGui import QFontMetrics

    from ui.wellbeing_checkin import CheckInPanel

    language.append(i18n.install(qapp, QLocale(lang)))
    panel = CheckInPanel(compact=compact)
    qtbot.addWidget(panel)
    panel.resize(560, 300)
    panel.show()
    qtbot.waitExposed(panel)
    for face in panel.faces:
        font = face.label_font()
        assert QFontMetrics(font).horizontalAdvance(face.text()) <= face.width() - 2, (lang, face.text())
        assert font.pointSizeF() >= 7, (lang, face.text(), "too small to read")


def test_fill_keeps_a_translation_made_for_another_context_unless_told(tmp_path: Path) -> None:
    """The same English in two contexts ("Revealed" a chart legend and a policy setting) may need two
    words; filling a new string must not overwrite the one a translator chose (found at merge time)."""
    import xml.etree.ElementTree as ET

    copy = tmp_path / "workstation_ar.ts"
    shutil.copy2(ROOT / "resources" / "translations" / "workstation_ar.ts", copy)

    def revealed() -> set[str]:
        root = ET.parse(copy).getroot()
        found = root.iter("message")
        return {m.findtext("translation") or "" for m in found if m.findtext("source") == "Revealed"}

    before = revealed()
    assert len(before) >= 2  # two contexts, two words
    assert TOOL.fill(copy, {"Revealed": "X"}) == 0 and revealed() == before
    assert TOOL.fill(copy, {"Revealed": "X"}, overwrite=True) >= 2 and revealed() == {"X"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zh_SG", "队列"),  # Singapore's Simplified Chinese reads the zh_CN catalogue (found trying zh_SG)
        ("zh_Hans_SG", "队列"),
        ("zh_TW", "Queue"),  # Traditional Chinese is another script: English rather than the wrong one
        ("zh_HK", "Queue"),
        ("ms_SG", "Baris gilir"),
        ("ar_AE", "قائمة الانتظار"),
        ("ta_SG", "Queue"),
    ],
)
def test_a_team_in_another_country_gets_the_catalogue_of_its_language_and_script(
    qapp: QApplication, language: list[i18n.Language], name: str, expected: str
) -> None:
    from PySide6.QtCore import QCoreApplication

    language.append(i18n.install(qapp, QLocale(name)))
    assert QCoreApplication.translate("ReviewerWindow", "Queue") == expected

"""The core's sentences in the window (issue #17, docs/translations.md "Sentences of the core"): a
phrase's numbers and dates are shown in the person's locale and time zone, every attention reason and
break status is one whole sentence (no fragment glued on), the unreadable-media reasons, policy
refusals and the meter's tooltip are translated; and the English the command line prints is unchanged,
to the byte."""

from __future__ import annotations

import io
import json
import os
import pickle
import pwd
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from media.errors import MediaError
from media.sniff import sniff_bytes
from ui import i18n
from wellbeing.attention import BreakFact, CheckinFact, PersonWellbeing, WorkSpan, assess, break_status
from wellbeing.phrases import QT_TRANSLATE_NOOP, Figure, Phrase
from wellbeing.policy import WellbeingPolicy, policy_from_mapping

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
NOTE = "the third video stays with me"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"


@pytest.fixture
def singapore(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The person's zone (``ui.locale_format.person_zone``): UTC+8 all year."""
    import time

    monkeypatch.setenv("TZ", "Asia/Singapore")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _everything() -> PersonWellbeing:
    """One person with every reason of the attention view at ``NOW``."""
    daily = {
        NOW.date() - timedelta(days=n): (40.0 if n <= 7 else 20.0 if n <= 14 else 10.0) for n in range(1, 22)
    }
    daily[NOW.date() - timedelta(days=1)] = 300.0  # over the budget of 240
    ago = NOW - timedelta(days=2)
    return PersonWellbeing(
        "alex",
        "Alex Kim",
        daily,
        (WorkSpan(NOW - timedelta(days=1), NOW - timedelta(days=1) + timedelta(hours=3)),),
        (
            BreakFact("affected", NOW - timedelta(hours=3), "taken", 0, NOW - timedelta(hours=3)),
            BreakFact("affected", NOW - timedelta(hours=2), "taken", 0, NOW - timedelta(hours=2)),
            BreakFact("enforced", ago, "prompted", 2),
            BreakFact("enforced", ago + timedelta(hours=1), "prompted", 1),
        ),
        (
            CheckinFact(NOW - timedelta(hours=2), 1),
            CheckinFact(NOW - timedelta(hours=1), 2, NOTE),
        ),
    )


def _reasons() -> list[Phrase]:
    reasons = assess(_everything(), WellbeingPolicy(), NOW)
    assert {r.kind for r in reasons} == {
        "low_checkin",
        "affected",
        "breaks_skipped",
        "breaks_postponed",
        "over_budget",
        "dose_trend",
        "long_stretch",
    }
    texts = [r.text for r in reasons]
    assert all(isinstance(t, Phrase) for t in texts)
    return texts  # type: ignore[return-value]


def _statuses() -> list[Phrase]:
    policy = WellbeingPolicy()
    taken = NOW - timedelta(hours=5)
    facts = [
        BreakFact("soft", taken, "taken", 0, taken, taken + timedelta(minutes=1)),  # ended early
        BreakFact("soft", taken, "taken", 1, taken, taken + timedelta(minutes=1)),
        BreakFact("enforced", taken, "taken", 3, taken, taken + timedelta(minutes=20)),
        BreakFact("enforced", NOW - timedelta(minutes=1), "prompted", 1),  # open
        BreakFact("enforced", NOW - timedelta(days=1), "prompted", 2),  # skipped
        BreakFact("soft", taken, "dismissed"),
    ]
    return [break_status(f, policy, NOW) for f in facts]  # type: ignore[misc]


def _phrases(text: object) -> Iterator[Phrase]:
    """A phrase and every phrase among its values."""
    if isinstance(text, Phrase):
        yield text
        for value in text.tr_values.values():
            yield from _phrases(value)


def test_a_phrase_keeps_ascii_english_and_shows_figures_and_dates_in_the_locale(
    qapp: QApplication, language: list[i18n.Language], singapore: None
) -> None:
    said = QT_TRANSLATE_NOOP("Attention", "on {day} at {at}: {count} of {figure} and {share}").format(
        day=date(2025, 1, 9),
        at=datetime(2026, 3, 11, 23, 5, tzinfo=UTC),
        count=1234,
        figure=Figure(1234.5, ",.2f"),
        share=0.25,
    )
    assert said == "on 2025-01-09 at 2026-03-11 23:05 UTC: 1234 of 1,234.50 and 0.25"  # logs, CLI, CSV
    assert pickle.loads(pickle.dumps(said)).tr_values == said.tr_values  # across the decoder processes
    language.append(i18n.install(qapp, QLocale("ar")))
    arabic = i18n.shown(said)
    assert "٩ يناير ٢٠٢٥" in arabic and "١٬٢٣٤" in arabic and "١٬٢٣٤٫٥٠" in arabic and "٠٫٢٥" in arabic
    assert "١٢ مارس" in arabic  # 23:05 UTC is the next day in Singapore: the person's zone
    assert not re.search(r"[0-9]", arabic), arabic
    i18n.uninstall(qapp, language.pop())
    language.append(i18n.install(qapp, QLocale("zh_CN")))
    chinese = i18n.shown(said)
    assert "2025年1月9日" in chinese and "3月12日 07:05" in chinese and "1,234.50" in chinese, chinese


def test_every_attention_reason_and_break_status_is_one_whole_sentence() -> None:
    """A translator orders a whole sentence: no phrase of ours starts with a separator (": {note}",
    " (no note)", ", postponed {times}") or glues two placeholders together ("{when}{note}")."""
    glued = []
    for text in _reasons() + _statuses():
        for phrase in _phrases(text):
            template = phrase.tr_template
            if re.match(r"[\s:;,(]", template) or "}{" in template:
                glued.append(template)
    assert glued == [], glued


def test_attention_reasons_carry_raw_moments_days_and_counts() -> None:
    by_kind = {r.kind: r.text for r in assess(_everything(), WellbeingPolicy(), NOW)}
    low = by_kind["low_checkin"]
    assert isinstance(low, Phrase) and low.tr_values["when"] == NOW - timedelta(hours=1)
    assert low == f'Low check-in on 2026-12-01 11:00 UTC: "{NOTE}" (2 low in a row)'  # English: ISO, UTC
    over = by_kind["over_budget"]
    assert isinstance(over, Phrase) and over.tr_values["latest"] == NOW.date() - timedelta(days=1)


@pytest.mark.parametrize("lang", ["ar", "zh_CN"])
def test_attention_reasons_show_local_digits_and_dates_in_arabic_and_chinese(
    qapp: QApplication, language: list[i18n.Language], singapore: None, lang: str
) -> None:
    """No ASCII figure and no English weekday or month of a date made in the core (the old reasons
    carried "Tue 01 Dec 11:00" and "300" written by Python)."""
    language.append(i18n.install(qapp, QLocale(lang)))
    for text in _reasons() + _statuses():
        shown = i18n.shown(text).replace(NOTE, "")
        assert not re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Nov|Dec)\b", shown), shown
        if lang == "ar":
            assert not re.search(r"[0-9]", shown), shown
    if lang == "ar":
        assert any(ch in ARABIC_INDIC for ch in i18n.shown(_reasons()[0]))


def _english_left(shown: str, data: tuple[str, ...] = ()) -> list[str]:
    """ASCII words of ours left in pseudo-locale text: data and the locale's month names aside."""
    eo = QLocale("eo")
    months = {eo.monthName(m, QLocale.FormatType.ShortFormat).strip(".").lower() for m in range(1, 13)}
    months |= {"la", "de"}  # Esperanto's own date words: "la 9-a de Jan"
    for value in data:
        shown = shown.replace(value, "")
    return [w for w in re.findall(r"(?<!\w)[A-Za-z]{2,}(?!\w)", shown) if w.lower() not in months]


def test_the_pseudo_locale_reaches_every_word_of_every_reason_and_status(
    qapp: QApplication, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    for text in _reasons() + _statuses():
        shown = i18n.shown(text)
        assert shown.startswith("⟦") and _english_left(shown, (NOTE,)) == [], shown


def test_the_meter_tooltip_is_translated_with_the_policys_figures_in_the_locale(
    qapp: QApplication, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    from ui.wellbeing_controller import method_text

    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    lines = method_text(WellbeingPolicy()).splitlines()
    assert len(lines) == 5 and all(line.startswith("⟦") for line in lines), lines
    assert all(_english_left(line) == [] for line in lines), lines
    i18n.uninstall(qapp, language.pop())
    language.append(i18n.install(qapp, QLocale("ar")))
    text = method_text(WellbeingPolicy())
    assert "٢٤٠" in text and "٠٫١" in text and not re.search(r"[0-9]", text), text  # budget 240, weight 0.1


@pytest.mark.parametrize(
    ("head", "english"),
    [
        (b"", "empty file"),
        (
            b"\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 4,
            "unrecognised file type (starts with 00 01 02 03 04 05 06 07)",
        ),
    ],
)
def test_an_unreadable_file_is_explained_in_the_window_language(
    qapp: QApplication,
    qtbot: Any,
    pseudo_catalogue: Path,
    language: list[i18n.Language],
    head: bytes,
    english: str,
) -> None:
    from ui.media_view import MediaView
    from ui.tasks import ImmediateRunner

    with pytest.raises(MediaError) as caught:
        sniff_bytes(head)
    assert str(caught.value) == english  # the log and the import report keep the English
    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    view = MediaView(ImmediateRunner())
    qtbot.addWidget(view)
    view._failed(view.generation, caught.value)
    message = view.message
    assert message.count("⟦") >= 2, message  # the view's sentence and the reason inside it
    assert _english_left(message, ("00 01 02 03 04 05 06 07",)) == [], message


def test_a_media_reason_made_in_the_decoder_process_arrives_translatable() -> None:
    from workstation.decode_sandbox import IsolationLimits, death_reason, memory_reason, time_reason

    limits = IsolationLimits(memory_bytes=3 * 1024**3 // 2)
    assert memory_reason(limits) == "decoding needed more than 1.5 GB"
    assert time_reason(20.0) == "decoding took longer than 20 s"
    assert death_reason(-9, limits) == "the decoder crashed (signal 9)"
    sent = pickle.loads(pickle.dumps(MediaError(memory_reason(limits))))
    assert getattr(sent.reason, "tr_context", None) == "Media"  # a phrase of media/, not plain English


def test_a_policy_refusal_is_translated_with_its_figures_in_the_locale(
    qapp: QApplication, language: list[i18n.Language], pseudo_catalogue: Path
) -> None:
    with pytest.raises(ValueError) as caught:
        policy_from_mapping({"min_group_size": 5000})
    assert str(caught.value) == "min_group_size must be a whole number from 3 to 1000, got 5000"
    language.append(i18n.install(qapp, QLocale("ar")))
    arabic = i18n.shown(caught.value)
    assert "١٬٠٠٠" in arabic and "٥٬٠٠٠" in arabic and "min_group_size" in arabic, arabic
    i18n.uninstall(qapp, language.pop())
    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    assert _english_left(i18n.shown(caught.value), ("min_group_size",)) == []


# ------------------------------------------------------------------ the command line keeps its English


ME = pwd.getpwuid(os.getuid()).pw_name


def _run(*argv: str) -> tuple[int, str, str]:
    from workstation import cli

    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_prints_the_same_english_to_the_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sentences now made as phrases (policy validation, unreadable media) print exactly what they
    printed before: ASCII figures as Python writes them, no locale."""
    monkeypatch.setenv("WORKSTATION_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "data").mkdir()
    url = ("--database-url", f"sqlite:///{tmp_path / 'ws.db'}")
    assert _run(*url, "users", "add", ME, "--role", "admin", "--role", "wellbeing")[0] == 0
    assert _run(*url, "queues", "add", "general", "--tier", "2")[0] == 0
    refused = "workstation: the wellbeing policy is not valid: "
    for setting, sentence in [
        ("min_group_size=1", "min_group_size must be a whole number from 3 to 1000, got 1"),
        ("visibility.revealed=3", "visibility.revealed must be a number from 0 to 1, got 3.0"),
        (
            "caps.daily_budget_dose=900000",
            "caps.daily_budget_dose must be a number greater than 0 and at most 100000, got 900000.0",
        ),
        ("breaks.soft_prompt_dose=90", "breaks.soft_prompt_dose must not exceed breaks.enforced_dose"),
        ("attention.low_mood=5", "attention.low_mood must be 1 to 4, got 5"),
    ]:
        assert _run(*url, "policy", "set", "--set", setting, "--reason", "x") == (
            2,
            "",
            refused + sentence + "\n",
        )
    files = {
        "empty.jpg": b"",
        "junk.bin": b"\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 10,
        "bad.txt": b"hello \xff\xfe world",
    }
    manifest = tmp_path / "items.jsonl"
    lines = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        lines.append(json.dumps({"external_ref": name, "media": [name]}))
    manifest.write_text("\n".join(lines) + "\n")
    code, out, err = _run(*url, "import", str(manifest), "--queue", "general")
    assert (code, err) == (1, "")
    assert out.replace(str(tmp_path), "TMP").splitlines()[-3:] == [
        "  TMP/empty.jpg: empty file",
        "  TMP/junk.bin: unrecognised file type (starts with 00 01 02 03 04 05 06 07)",
        "  TMP/bad.txt: not UTF-8 text: invalid byte 0xff at offset 6",
    ]


# ------------------------------------------------------------------ figures of the windows themselves


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen
def test_my_qa_and_the_incident_banner_write_their_figures_in_arabic(
    qapp: QApplication, qtbot: Any, language: list[i18n.Language]
) -> None:
    """Counts, percentages and dates read by a person: "(+11 more)", "12 of your decisions", "87.5 %"
    and a decision's day, in Arabic-Indic digits."""
    from ui.incident_alerts import IncidentBanner
    from ui.qa_review import MyQADialog
    from ui.tasks import ImmediateRunner
    from workstation.actor import Actor
    from workstation.incidents import IncidentPolicy, IncidentView

    language.append(i18n.install(qapp, QLocale("ar")))
    banner = IncidentBanner()
    qtbot.addWidget(banner)
    opened = NOW - timedelta(minutes=12)
    incidents = [IncidentView(n, "critical", "self-harm", "ref", "general", "ana", opened) for n in range(12)]
    policy = IncidentPolicy(
        acknowledge={"critical": timedelta(minutes=15)}, act={"critical": timedelta(hours=1)}
    )
    banner.show_incidents(incidents, NOW, policy)
    text = banner.text.text()
    assert "+١١" in text and "١٢" in text and "١٥" in text and not re.search(r"[0-9]", text), text

    class Mine:
        def my_reviews(self, _actor: object) -> dict[str, Any]:
            return {
                "n": 12,
                "agreement_pct": 87.5,
                "agree": 10,
                "over-enforcement": 1,
                "under-enforcement": 1,
                "golden": {"n": 20, "correct": 19, "accuracy_pct": 95.0},
                "items": [
                    {
                        "item": "ref",
                        "queue": "general",
                        "decided_at": datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
                        "your_label": "allow",
                        "qa_label": "remove",
                        "outcome": "under-enforcement",
                        "note": "",
                    }
                ],
            }

    me = Actor(id=1, username="ana", display_name="Ana", roles=frozenset({"reviewer"}))
    dialog = MyQADialog(Mine(), me, ImmediateRunner())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.refresh()
    summary = dialog.summary.text()
    assert "١٢" in summary and "٨٧٫٥" in summary and "٩٥٫٠" in summary and "١٩" in summary, summary
    assert not re.search(r"[0-9]", summary), summary
    day = dialog.table.item(0, 2).text()
    assert "٣٠" in day and not re.search(r"[0-9]", day), day


def test_no_sentence_of_the_core_is_a_fragment_to_glue_on() -> None:
    """Every template the pure layers mark is a whole sentence or a value of its own: none starts with
    a separator (": {note}", " and {who} has it now") or glues two placeholders ("{who}{note}"),
    which a translator could not put in order."""
    import ast

    root = Path(__file__).resolve().parents[2]
    fragments = []
    for layer in ("media", "wellbeing", "workstation"):
        for path in sorted((root / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2
                    and isinstance(node.args[1], ast.Constant)
                ):
                    template = str(node.args[1].value)
                    if re.match(r"[\s:;,(]", template) or "}{" in template:
                        fragments.append(f"{path.relative_to(root)}:{node.lineno}: {template!r}")
    assert fragments == [], fragments


def _explanations() -> list[str]:
    """Every shape of the meter's "right now" line: not counted for each reason (several at once),
    and the rate with a spotlight, audio and a queue's own severity."""
    from wellbeing.clock import FakeClock
    from wellbeing.exposure import ExposureMeter, ViewState
    from wellbeing.policy import QueueOverride

    policy = WellbeingPolicy(queue_overrides={"gore": QueueOverride(severity_weight=2.5)})
    clock = FakeClock()
    meter = ExposureMeter(policy, clock)
    texts = [meter.explain()]  # no item open
    meter.item_shown("i1", "violence", 4)
    texts.append(meter.explain())  # blurred+gray x tier
    meter.view_changed(
        ViewState(media_visible=True, spotlight_fraction=0.4, audio_unmuted=True, playing=True)
    )
    texts.append(meter.explain())
    meter.item_shown("i2", "gore", 4, ViewState(media_visible=True, revealed=True))
    texts.append(meter.explain())
    meter.view_changed(ViewState(media_visible=False))
    meter.focus_changed(False)
    meter.panic(True)
    texts.append(meter.explain())  # three reasons, listed
    meter.panic(False)
    meter.focus_changed(True)
    meter.view_changed(ViewState(media_visible=True))
    clock.advance(policy.idle_seconds + 5)
    texts.append(meter.explain())  # idle
    return texts


def test_the_meters_right_now_line_is_translated_with_local_figures(
    qapp: QApplication, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    """The first line of the meter's tooltip ("not counted: no item open", "blurred+gray (0.10) x
    severity tier 4 (2.0) = 0.20 per minute") was English in every language."""
    texts = _explanations()
    assert texts[1] == "blurred+gray (0.10) x severity tier 4 (2.0) = 0.20 per minute"  # the English kept
    assert texts[4].startswith("not counted: media hidden, panic key: media hidden, window not active")
    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    for text in texts:
        shown = i18n.shown(text)
        assert shown.startswith("⟦") and _english_left(shown, ("gore",)) == [], shown
    i18n.uninstall(qapp, language.pop())
    language.append(i18n.install(qapp, QLocale("ar")))
    for text in texts:
        shown = i18n.shown(text)
        assert not re.search(r"[0-9]|[A-Za-z]{3,}", shown.replace("gore", "")), shown


def test_a_postponed_break_says_its_time_in_the_reviewers_zone(qapp: QApplication, singapore: None) -> None:
    """ "break postponed until {time}" carried a UTC clock time written by the core (10:10 for a
    reviewer in Singapore, where it was 18:10); now the moment, shown in the person's zone."""
    from wellbeing.breaks import BreakPlanner

    policy = WellbeingPolicy()
    now = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
    planner = BreakPlanner(policy)
    figures = {"dose_since_break": policy.breaks.enforced_dose, "continuous_seconds": 0.0}
    planner.advise(**figures, now=now)
    assert planner.postpone(now)
    until = now + timedelta(minutes=policy.breaks.postpone_max_minutes)
    advice = planner.advise(**figures, now=until - timedelta(seconds=1))
    local = until.astimezone(ZoneInfo("Asia/Singapore"))
    said = i18n.shown(advice.reason)
    assert local.strftime("%-I:%M") in said and f"{until:%H:%M}" not in said, said

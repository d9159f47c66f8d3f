"""The daily, SLA and QA PDFs a lead saves from the window are in the lead's language (issue 17,
docs/translations.md, "Documents made by the core"): in the pseudo-locale no word of ours stays English,
in Arabic the document runs right to left with Arabic-Indic digits and the shipped words, tables
stay >= 9 pt, and the confusion matrix names verdicts by their translated labels. The command line's
reports stay English (tests/reports/test_report_text_unchanged.py).

"Our words" are found without a list to keep up to date: the English report minus what is left of it
when every phrase of ours is dropped (its values kept): that rest is data (queue names, refs, names)."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

import ui.operations
import ui.qa_view
from tests.conftest import require_tool
from tests.ui.test_ui_qa_view import qa_world  # noqa: F401  (a fixture: the QA world)
from ui import i18n
from ui.locale_format import taxonomy_labels
from ui.operations import OperationsWindow
from ui.qa_view import QualityView
from ui.tasks import ImmediateRunner
from workstation import app, daily_report, qa, sla
from workstation.formats import Formats

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from sla_world import World, build

OFFSCREEN = pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
WORD = re.compile(r"[^\W\d_]{2,}")


class _Only(Formats):
    """English, but a phrase of ours is written only when ``keep`` says so; else its values alone."""

    def __init__(self, keep: Callable[[Any], bool]) -> None:
        self.keep = keep

    def text(self, value: str) -> str:
        if getattr(value, "tr_template", None) is None or self.keep(value):
            return str(value)
        return " ".join(self.text(v) if isinstance(v, str) else str(v) for v in value.tr_values.values())


def _words(html: str) -> set[str]:
    return set(WORD.findall(unescape(re.sub(r"<[^>]+>", " ", html))))


def _ours(build_html: Callable[[Formats], str], keep: Callable[[Any], bool] = lambda _p: True) -> set[str]:
    """The English words of the phrases ``keep`` keeps, less any word also written otherwise."""
    return _words(build_html(_Only(keep))) - _words(build_html(_Only(lambda p: not keep(p))))


def _translated(phrase: Any) -> bool:
    return QCoreApplication.translate(phrase.tr_context, phrase.tr_template) != phrase.tr_template


def _pdf_text(pdf: Path) -> str:
    tool = require_tool("pdftotext")
    out = subprocess.run([tool, str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", out)  # Arabic comes back in presentation forms


def _smallest_pt(pdf: Path) -> float:
    box = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True)
    heights = [
        float(y2) - float(y1)
        for y1, y2 in re.findall(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', box.stdout
        )
    ]
    assert heights
    return min(heights) / 1.164  # DejaVu's line box is 1.164 em high


def _english_left(text: str, ours: set[str]) -> list[str]:
    return sorted(w for w in ours if re.search(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])", text))


@pytest.fixture
def sla_world(database: Any) -> World:
    return build(database)


def _saved_operations_pdfs(
    world: World, db_url: str, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> tuple[dict[str, Path], Any, Any]:
    """The window's "Save as PDF…" of the SLA and daily reports (the file dialog answered)."""
    services = app.build(db_url, clock=world.clock, upgrade=False, outbox_path=None)
    window = OperationsWindow(services, world.people["leo"], ImmediateRunner())
    qtbot.addWidget(window)
    window.refresh()
    paths = {"sla": tmp_path / "sla.pdf", "daily": tmp_path / "daily.pdf"}
    answer: list[Path] = []
    monkeypatch.setattr(
        ui.operations.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a: (str(answer[-1]), "PDF (*.pdf)")),
    )
    answer.append(paths["sla"])
    window._save_sla()
    answer.append(paths["daily"])
    window._save_daily_pdf()
    reports = (window.sla_report, window.daily_report)
    services.close()
    assert all(p.is_file() for p in paths.values())
    return paths, *reports


def _check(pdf: Path, ours: set[str], *, arabic: bool) -> str:
    text = _pdf_text(pdf)
    assert ours or arabic  # Arabic: until the shipped catalogue has the report's strings, none
    assert _english_left(text, ours) == [], pdf.name
    assert _smallest_pt(pdf) >= 8.95, pdf.name
    if arabic:
        assert re.search("[٠-٩]", text), "Arabic-Indic digits"
    else:
        assert text.count("⟦") > 10
    return text


@OFFSCREEN
@pytest.mark.parametrize("lang", ["pseudo", "ar"])
def test_the_sla_and_daily_pdfs_saved_from_the_window_speak_the_persons_language(
    lang: str,
    sla_world: World,
    db_url: str,
    qtbot: Any,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: Any,
    pseudo_catalogue: Path,
    language: list[i18n.Language],
) -> None:
    arabic = lang == "ar"
    language.append(
        i18n.install(qapp, QLocale("ar"))
        if arabic
        else i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue)
    )
    paths, sla_report, day_report = _saved_operations_pdfs(sla_world, db_url, qtbot, tmp_path, monkeypatch)
    # in Arabic only the words the shipped catalogue translates (all, once its strings are filled in)
    keep = _translated if arabic else (lambda _p: True)
    sla_text = _check(paths["sla"], _ours(lambda f: sla.report_html(sla_report, f), keep), arabic=arabic)
    daily_text = _check(
        paths["daily"], _ours(lambda f: daily_report.report_html(day_report, f), keep), arabic=arabic
    )
    assert "Coordinated spam wave from one network" in " ".join(daily_text.split())  # data as written
    if arabic:
        assert QCoreApplication.translate("Sla", "Queue") in sla_text  # "Queue", already shipped
        for pdf in paths.values():
            assert _first_heading_right_of_last(pdf), pdf.name


def _first_heading_right_of_last(pdf: Path) -> bool:
    """Right to left: the table's first column (the queue) is read first, at the right."""
    box = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True)
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', box.stdout
    )
    xs = {unicodedata.normalize("NFKC", w): float(x) for x, w in reversed(words)}  # the first time seen
    general = xs.get("general")
    figures = [x for w, x in xs.items() if re.fullmatch("[٠-٩٫٬%٪]+", w)]
    return general is not None and bool(figures) and general > min(figures)


@OFFSCREEN
@pytest.mark.parametrize("lang", ["pseudo", "ar"])
def test_the_qa_pdf_saved_from_the_window_speaks_the_persons_language_with_verdict_labels(
    lang: str,
    world: Any,
    qa_world: dict[str, Any],  # noqa: F811
    qtbot: Any,
    qapp: QApplication,
    tmp_path: Path,
    pseudo_catalogue: Path,
    language: list[i18n.Language],
) -> None:
    arabic = lang == "ar"
    language.append(
        i18n.install(qapp, QLocale("ar"))
        if arabic
        else i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue)
    )
    view = QualityView(world.services.qa, qa_world["leo"], ImmediateRunner(), world.clock)
    qtbot.addWidget(view)
    view.refresh()
    pdf = tmp_path / "qa.pdf"
    assert view.save_pdf(pdf)
    rows = view.rows
    keep = _translated if arabic else (lambda _p: True)
    text = _check(
        pdf, _ours(lambda f: qa.report_html(rows, "queue", world.clock.now(), f), keep), arabic=arabic
    )
    words = set(WORD.findall(text))
    # phrases inside the table's cells, not only around them (a cell once made them plain English)
    if keep(qa.FEWER_THAN_30):
        assert not {"fewer", "items"} & words
    if not arabic:
        assert "to" not in words  # "{low} to {high}"
    # the confusion matrix: the verdicts' labels in the person's language, never the keys
    assert not {"allow", "remove"} & words
    allow, remove = taxonomy_labels().label("Allow"), taxonomy_labels().label("Remove")
    assert allow in text and remove in text
    header = [view.confusion.horizontalHeaderItem(c).text() for c in range(view.confusion.columnCount())]
    assert header == [allow, remove]
    if arabic:
        assert allow != "Allow" and "٣٧" in text  # Arabic words and digits

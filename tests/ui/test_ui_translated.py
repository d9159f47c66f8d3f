"""Every window in another language (issue #17, docs/translations.md): the pseudo-locale (every letter
accented, 40 % longer, wrapped in ⟦…⟧) reaches every word of ours in every window a role opens, the
PDF report and the core's sentences shown there; nothing of ours is cut off; Arabic turns each window
right-to-left. The organisation's and people's words (queue names, verdicts, notes) are data and stay
as written."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from tests.i18n.test_translations import TOOL
from tests.ui.a11y import clipped_combos
from tests.ui.test_ui_policies import publish_two
from tests.ui.ui_samples import ManualRunner
from ui import i18n
from ui.main import DASHBOARD, Started, start_window
from ui.notices import FittingButton
from ui.render import load_in_process
from ui.tasks import ImmediateRunner

OFFSCREEN = pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")


@pytest.fixture
def start(qtbot: Any, qapp: QApplication, world: Any, prefs: Any) -> Iterator[Any]:
    made: list[Started] = []

    def make(actor: Any, database: Any = None) -> Started:
        """``database``: the reviewer window's database worker (a ``ManualRunner`` answers after the
        window is shown, as the real worker does)."""
        # As at program start, no window is up yet: windows an earlier test closed are deleted now
        # (a deferred delete left pending makes the GUI-thread database guard count a window).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        started = start_window(
            world.services,
            actor,
            qapp,
            runner_factory=lambda name: database if name == "database" and database else ImmediateRunner(),
            image_loader=load_in_process,
            prefs=prefs,
            start_jobs=False,
        )
        qtbot.addWidget(started.window)
        started.window.show()
        qtbot.waitExposed(started.window)
        made.append(started)
        return started

    yield make
    for started in made:
        started.shutdown()


def words(widget: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Every word a person sees or hears on ``widget``: titles, label and button texts, group titles,
    placeholders, tooltips, accessible names and descriptions, tab names, table headings, menus, the
    charts' titles, legends and axes. Widgets in ``skip`` (and their children) hold data."""
    found: list[str] = [widget.windowTitle()]

    def skipped(child: QWidget) -> bool:
        if isinstance(child.parent(), QTabBar):  # Qt's own scroll buttons ("Scroll Left"), from qtbase
            return True
        return any(child is s or s.isAncestorOf(child) for s in skip)

    for child in [widget, *widget.findChildren(QWidget)]:
        if skipped(child):
            continue
        found += [child.accessibleName(), child.accessibleDescription(), child.toolTip()]
        if isinstance(child, (QLabel, QAbstractButton)):
            found.append(child.text())
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, (QLineEdit, QPlainTextEdit)):
            found.append(child.placeholderText())
        elif isinstance(child, QTabWidget):
            found += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QTableView):
            model = child.model()
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())
            ]
        if isinstance(child, QChartView):
            chart = child.chart()
            found.append(chart.title())
            found += [s.name() for s in chart.series()]
            found += [a.titleText() for a in chart.axes()]
    if isinstance(widget, QMainWindow) and widget.menuWidget() is not None:
        for top in widget.menuBar().actions():
            found.append(top.text())
            menu = top.menu()
            found += [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    return [text for text in found if any(ch.isalpha() for ch in text)]


def untranslated(texts: list[str]) -> list[str]:
    return [text for text in texts if "⟦" not in text]


def clipped(widget: QWidget) -> list[str]:
    """Labels and buttons of ours whose one line of text is wider than the room they have: a longer
    language cut off. Word-wrapped labels and elided ones (they say so) are left out."""
    from PySide6.QtGui import QFontMetrics

    for _ in range(3):  # pending layout requests first (a label just given a longer text relays out
        QApplication.processEvents()  # its parent, then the status bar around it)
    found = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible() or child.width() <= 1:
            continue
        if (
            isinstance(child, QLabel)
            and not child.wordWrap()
            and child.textFormat() != Qt.TextFormat.RichText
        ):
            text = child.text().replace("&&", "\0").replace("&", "").replace("\0", "&")  # a mnemonic's &
            if "\n" in text or not text or "<" in text:
                continue
            need = QFontMetrics(child.font()).horizontalAdvance(text)
            room = child.contentsRect().width() - 2 * child.margin()
            # The theme's padding (QStatusBar QLabel) is not in the contents rectangle; the label's
            # own size hint counts it ("Signed in as Alex Kim" lost its last letter on Xvfb).
            if QLabel.sizeHint(child).width() > child.width() + 1:
                need, room = QLabel.sizeHint(child).width(), child.width()
        elif isinstance(child, QAbstractButton) and child.text():
            # A fitting button's full words need its size hint, its short ones its minimum.
            need = (child.minimumSizeHint() if isinstance(child, FittingButton) else child.sizeHint()).width()
            room = child.width()
            text = child.text()
        else:
            continue
        if need > room + 1:
            found.append(f"{type(child).__name__} {text!r}: {need} px in {room} px")
    found += clipped_combos(widget)  # the queue chooser's entry (tests/ui/a11y.py)
    # A scroll area that never scrolls sideways cuts what is wider than it (on the left, right to left).
    for area in widget.findChildren(QScrollArea):
        inner = area.widget()
        sideways = area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        room = area.viewport().width()
        if sideways and inner is not None and area.isVisible() and inner.width() > room + 1:
            found.append(f"{area.objectName()}: {inner.width()} px of content in {room} px")
    return found


def _everyone(world: Any) -> Any:
    """One person with every role: the reviewer window with every menu, the dashboard, the policy."""
    return world.services.directory.add_user(
        "rose", ("reviewer", "lead", "wellbeing", "admin"), display_name="Rose"
    )


@OFFSCREEN
def test_the_pseudo_locale_reaches_every_word_of_the_reviewer_window(
    qapp: QApplication, world: Any, start: Any, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    """The window, its top bar, notices, status bar and menus; the data in it (queue names, the
    taxonomy's verdicts, the policy's text, the item's details) stays as written."""
    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    world.add_image("img-1")
    window = start(_everyone(world)).window
    data = (window.queue_box, window.panel, window.details, window.correction_notice)
    shown = words(window, data)
    assert len(shown) > 25 and untranslated(shown) == [], untranslated(shown)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus and all("⟦" in m for m in menus), menus
    assert "⟦" in window.queue_box.itemText(0)  # "general  (tier 2, 1 pending)": ours around the name
    assert "general" in window.queue_box.itemText(0)
    window.claim_next()
    assert window.session.item is not None
    # The top bar's filter words come from the pure layer (media/reveal.py) and are translated here.
    assert window.filter_label.text().startswith("⟦"), window.filter_label.text()
    window.toggle_reveal()
    assert "⟦" in window.filter_label.text() and "REVEALED" not in window.filter_label.text()
    shown = words(window, data)
    assert untranslated(shown) == [], untranslated(shown)
    window.show_banner(window.session.loop.undo_refusal() or "")
    window.set_outbox_state(2, True)
    assert "⟦" in window.outbox_label.text() and "⟦" in window.connection_label.text()
    assert clipped(window) == [], clipped(window)


@OFFSCREEN
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("lang", ["pseudo", *TOOL.SHIPPED, "en"])
def test_the_status_bar_fits_a_1280_screen_at_150_percent_in_every_language(
    qapp: QApplication,
    world: Any,
    start: Any,
    pseudo_catalogue: Path,
    language: list[i18n.Language],
    large_font: float,
    lang: str,
) -> None:
    """Found by the 150 % check (docs/accessibility.md): in the pseudo-locale the status bar (who is
    signed in, the connection, the meter with "budget spent", the two break buttons) needed about
    1540 px, so on a 1280 px screen the window ran off it. Now the name gives up its room first and
    the meter's bar sits under its words: the window fits and nothing of the meter or buttons is cut."""
    from ui.theme import apply_theme
    from ui.wellbeing_controller import DoseReading

    palette, sheet = qapp.palette(), qapp.styleSheet()
    apply_theme(qapp, "dark")  # its padding takes room too
    try:
        _status_bar_fits(qapp, world, start, pseudo_catalogue, language, lang, DoseReading)
    finally:
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def _status_bar_fits(
    qapp: QApplication,
    world: Any,
    start: Any,
    pseudo_catalogue: Path,
    language: list[i18n.Language],
    lang: str,
    DoseReading: Any,
) -> None:
    if lang == "pseudo":
        language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    elif lang != "en":
        language.append(i18n.install(qapp, QLocale(lang)))
    started = start(world.reviewer)
    window = started.window
    assert started.wellbeing is not None
    meter = started.wellbeing.meter
    meter.show_reading(DoseReading(251.0, 240.0, 30.5, "steady", True))  # the longest meter text
    window.resize(1280, 800)
    assert clipped(window) == [], clipped(window)
    need = window.minimumSizeHint()
    assert need.width() <= 1280 and need.height() <= 800, (need, lang)
    assert window.width() == 1280, window.width()
    spent = QCoreApplication.translate(
        "ExposureMeterWidget", "Exposure today {today} / {budget}  · budget spent"
    )
    assert meter.label.text() == spent.format(today="251", budget="240") or lang == "ar"  # ar: its digits
    user = window.user_label
    assert user.toolTip() == user.accessibleDescription() and "Rita Reviewer" in user.toolTip()
    assert "Rita" in user.text()  # the name, when the sentence around it has no room
    wellbeing = started.wellbeing
    named = {
        "Take a break now": wellbeing.break_button,
        "This affected me: take a break and check in": wellbeing.affected_button,
    }
    for action, button in named.items():  # shorter words on the button, the whole action in its name
        assert button.accessibleName() == QCoreApplication.translate("WellbeingUi", action), button.text()


@OFFSCREEN
def test_a_core_sentence_reaches_the_window_translated(
    qapp: QApplication, world: Any, start: Any, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    """A refusal made in the core (``QueueLocked``, workstation/wellbeing_records.py) arrives as a
    Phrase and is shown in the window's language, with the queue name and figures in place."""
    from wellbeing.phrases import Phrase
    from workstation.errors import QueueLocked, message

    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    window = start(world.reviewer).window
    locked = QueueLocked(
        Phrase(
            "Errors",
            "today's exposure budget ({budget} weighted minutes) is spent, so queues above "
            "severity tier {above} are closed to you until tomorrow. "
            "'{queue}' is tier {tier}; lower-tier queues stay open.",
            {"budget": "240", "above": 2, "queue": "gore-tier4", "tier": 4},
        )
    )
    assert str(locked).startswith("today's exposure budget (240")  # the core, logs and CLI: English
    window._on_claim_refused(i18n.shown(message(locked)))
    text = window.banner.text()
    assert "⟦" in text and "'gore-tier4'" in text and "240" in text and "today's" not in text


@OFFSCREEN
def test_the_pseudo_locale_reaches_the_dashboard_attention_and_every_window_a_lead_opens(
    qapp: QApplication,
    qtbot: Any,
    world: Any,
    start: Any,
    pseudo_catalogue: Path,
    language: list[i18n.Language],
) -> None:
    from PySide6.QtGui import QAction

    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    rose = _everyone(world)
    started = start(rose)
    started.window.findChild(QAction, "exposureDashboardAction").trigger()
    board = started.extra_windows[DASHBOARD]
    assert board.dashboard.report is not None
    shown = words(board, (board.dashboard.drill_table, board.dashboard.table))
    assert len(shown) > 20 and untranslated(shown) == [], untranslated(shown)
    assert "⟦" in board.dashboard.summary.text() and "⟦" in board.dashboard.drill_label.text()
    board.tabs.setCurrentIndex(0)
    assert board.attention is not None
    assert untranslated(words(board.attention, (board.attention.table,))) == []

    page = board.open_person("rose")
    qtbot.addWidget(page)
    data = (page.heading, page.breaks, page.checkins, page.events)
    # The chart's description is its figures, day by day ("05 Jan: 0"): dates and numbers only.
    shown = [t for t in words(page, data) if t != page.chart.accessibleDescription()]
    assert untranslated(shown) == [], untranslated(shown)

    operations = board.open_operations(world.services, rose, ImmediateRunner())
    qtbot.addWidget(operations)
    shown = words(operations, (operations.sla_table, operations.breach_table, operations.daily_view))
    assert untranslated(shown) == [], untranslated(shown)
    sla = operations.sla_table
    headings = [sla.horizontalHeaderItem(c).text() for c in range(sla.columnCount())]
    assert all("⟦" in h for h in headings), headings
    operations.by.setCurrentIndex(1)  # "team": the service is asked by the data, not the words
    assert operations.sla_report is not None and operations.sla_report.by == "team"

    board.policy_action.trigger()
    editor = board.policy_editor
    assert editor is not None
    shown = words(editor, (editor.history, editor.support))
    assert len(shown) > 40 and untranslated(shown) == [], untranslated(shown)

    board.open_corrections(world.services, rose)
    dialog = board.correction_dialog
    assert dialog is not None
    dialog.ref.setText("no-such-item")
    dialog.find_item()
    assert untranslated(words(dialog, (dialog.verdict,))) == []


@OFFSCREEN
def test_the_pseudo_locale_reaches_the_admin_and_no_role_windows(
    qapp: QApplication, world: Any, start: Any, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    from workstation.actor import Actor

    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    ada = world.services.directory.add_user("ada", ("admin",), display_name="Ada")
    admin = start(ada).window
    shown = words(admin, (admin.table,))
    assert untranslated(shown) == [], untranslated(shown)
    assert all("⟦" in admin.table.horizontalHeaderItem(c).text() for c in range(admin.table.columnCount()))
    nobody = start(Actor(id=999, username="nora", display_name="Nora", roles=frozenset())).window
    assert untranslated(words(nobody)) == []


@OFFSCREEN
def test_the_pdf_report_in_the_pseudo_locale_has_no_english_of_ours(
    qapp: QApplication, world: Any, tmp_path: Path, pseudo_catalogue: Path, language: list[i18n.Language]
) -> None:
    """The PDF's title, scope, table headings, chart titles and legend: read back with pdftotext."""
    from tests.conftest import require_tool
    from ui.report_pdf import write_report_pdf

    tool = require_tool("pdftotext")
    language.append(i18n.install(qapp, QLocale("eo"), folder=pseudo_catalogue))
    well = world.services.directory.add_user("wally", ("wellbeing",), display_name="Wally")
    today = world.clock.now().date()
    report = world.services.exposure_reports().exposure(well, date(today.year, 1, 1), today, period="day")
    out = tmp_path / "r.pdf"
    write_report_pdf(report, out)
    text = subprocess.run([tool, str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert text.count("⟦") > 20
    for english in (
        "Exposure report",
        "Legend",
        "Generated",
        "Everyone",
        "whole range",
        "Weighted minutes",
        "Dose per person",
        "period starting",
        "Total dose",
        "Suppressed",
        "centile",  # "90th per-centile", a heading with a soft hyphen the catalogue once missed
    ):
        assert english not in text, english


@OFFSCREEN
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("lang", ["en_GB", "zh_CN", "id", "ms", "ar"])
def test_no_two_alt_keys_clash_in_any_window(
    qapp: QApplication, qtbot: Any, world: Any, start: Any, language: list[i18n.Language], lang: str
) -> None:
    """In English and each shipped catalogue: no two menu titles, label buddies or buttons of a
    window share an ``Alt`` + letter, nor two entries of one menu (docs/accessibility.md). "&QA" and
    "&Queue" once both took Alt+Q in the reviewer window, "&Reports" and the Quality tab's "&Refresh"
    Alt+R in the dashboard: Qt reaches neither of two clashing keys."""
    from PySide6.QtGui import QAction

    from tests.ui.a11y import mnemonic_clashes
    from workstation.actor import Actor

    language.append(i18n.install(qapp, QLocale(lang)))
    rose = _everyone(world)
    started = start(rose)
    found = mnemonic_clashes(started.window)
    started.window.findChild(QAction, "exposureDashboardAction").trigger()
    board = started.extra_windows[DASHBOARD]
    for tab in range(board.tabs.count()):
        board.tabs.setCurrentIndex(tab)
        found += mnemonic_clashes(board)
    operations = board.open_operations(world.services, rose, ImmediateRunner())
    qtbot.addWidget(operations)
    board.policy_action.trigger()
    board.open_corrections(world.services, rose)
    for window in (operations, board.policy_editor, board.correction_dialog):
        assert window is not None
        found += mnemonic_clashes(window)
    ada = world.services.directory.add_user("ada", ("admin",), display_name="Ada")
    found += mnemonic_clashes(start(ada).window)
    nobody = Actor(id=999, username="nora", display_name="Nora", roles=frozenset())
    found += mnemonic_clashes(start(nobody).window)
    assert found == [], (lang, found)


def test_the_clash_check_sees_a_menu_and_a_label_on_one_letter(qapp: QApplication, qtbot: Any) -> None:
    """The check above would pass vacuously if it never saw a clash."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    from tests.ui.a11y import mnemonic, mnemonic_clashes

    assert [mnemonic(t) for t in ("&Queue", "队列(&Q)", "Fish && &Chips", "A && B", "")] == [
        "q",
        "q",
        "c",
        "",
        "",
    ]
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&File")
    menu.addAction("&Open")
    menu.addAction("&Open again")
    body = QWidget()
    label, field = QLabel("&Find"), QLineEdit()
    label.setBuddy(field)
    layout = QVBoxLayout(body)
    layout.addWidget(label)
    layout.addWidget(field)
    window.setCentralWidget(body)
    assert len(mnemonic_clashes(window)) == 2


@OFFSCREEN
def test_arabic_turns_every_window_right_to_left(
    qapp: QApplication, qtbot: Any, world: Any, start: Any, language: list[i18n.Language]
) -> None:
    """The shipped catalogue itself: every window a role opens runs right to left and speaks Arabic."""
    from PySide6.QtGui import QAction

    language.append(i18n.install(qapp, QLocale("ar")))
    rose = _everyone(world)
    started = start(rose)
    window = started.window
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.windowTitle() == "محطة عمل المراجِع"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&ضبط الجودة", "ال&رفاه"], menus  # a lead's QA menu comes first (qawindow)
    assert window.claim_hint.text() == "N  استلام التالي"  # the key stays N
    started.window.findChild(QAction, "exposureDashboardAction").trigger()
    board = started.extra_windows[DASHBOARD]
    operations = board.open_operations(world.services, rose, ImmediateRunner())
    qtbot.addWidget(operations)
    board.policy_action.trigger()
    for shown in (board, board.dashboard, operations, board.policy_editor):
        assert shown is not None and shown.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert board.tabs.tabText(0) == "بحاجة إلى اهتمام"
    assert board.tabs.tabText(2) == "الجودة"  # a lead's Quality tab (ui/qa_view.py)
    assert board.quality is not None
    assert board.quality.refresh_button.accessibleName() == "إعادة قراءة أرقام ضبط الجودة"
    assert operations.tabs.tabText(1) == "التقرير اليومي"


def out_of_view(area: QScrollArea, widgets: tuple[QWidget, ...]) -> list[str]:
    """Of ``widgets`` inside the scroll area, those not whole in its viewport (a word-wrapped label
    taller than the room its layout gave it counts too): text the person cannot read without
    scrolling, cut at the viewport's edge."""
    viewport = area.viewport()
    found = []
    for widget in widgets:
        top = widget.mapTo(viewport, widget.rect().topLeft())
        bottom = widget.mapTo(viewport, widget.rect().bottomRight())
        whole = top.y() >= 0 and bottom.y() < viewport.height()
        tall = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else 0
        if not widget.isVisible() or not whole or widget.height() < tall:
            found.append(f"{widget.accessibleName()!r}: rows {top.y()}-{bottom.y()} of {viewport.height()}")
    return found


def long_queue(world: Any, pending: int = 13) -> None:
    """The demo's first queue, its name and counts as long as the demo's ("Everyday reports  (tier 1,
    13 pending)"), chosen first; ``pending`` small images in it."""
    from workstation import taxonomy

    world.services.directory.add_queue(
        "Everyday reports", severity_tier=1, verdicts=taxonomy.builtin("general")
    )
    world.queue = "Everyday reports"
    publish_two(world)  # the policy: a reason's summary in the decision hint
    for n in range(pending):
        world.add_image(f"img-{n}", size=(64, 48))


@OFFSCREEN
@pytest.mark.parametrize("lang", ["en_GB", "zh_CN", "ar", "id", "ms"])
def test_no_word_of_ours_is_cut_off_in_the_reviewer_window(
    qapp: QApplication, world: Any, start: Any, language: list[i18n.Language], lang: str
) -> None:
    """At 1280 x 800, every one-line label and button of the reviewer window has room for its text in
    each shipped language (the longest words are Malay and Indonesian)."""
    from ui.theme import apply_theme

    language.append(i18n.install(qapp, QLocale(lang)))
    long_queue(world)
    database = ManualRunner()
    window = start(_everyone(world), database).window
    sheet, palette = qapp.styleSheet(), qapp.palette()
    apply_theme(qapp, "dark")  # the default theme's padding, as people see it (found on Xvfb in Arabic)
    try:
        window.resize(1280, 800)
        database.run_all()  # the queues arrive after the window is shown, as from the real worker
        window.claim_next()
        database.run_all()
        assert window.queue_box.currentText().startswith("Everyday reports")
        assert clipped(window) == [], (lang, clipped(window))
        # Remove, reason 1: the question, then the reason's policy in the hint under it (3 lines and
        # more), cut off at the foot of the side panel until it was scrolled into view.
        window.panel.set_guard(lambda: True)
        for key in (3, 1):  # one at a time, the window scrolled to the question before the reason
            window.panel.number_key(key)
            for _ in range(3):
                QApplication.processEvents()
        assert "Remove real, graphic injury" in window.panel.hint.text()
        panel = window.panel
        assert out_of_view(window.side_scroll, (panel.hint, panel.confirm_button, panel.cancel_button)) == []
        assert clipped(window) == [], (lang, clipped(window))
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)


@OFFSCREEN
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(("lang", "scale"), [("en_GB", 1.0), ("eo", 1.0), ("en_GB", 1.5)])
def test_the_queue_chooser_fits_at_1280_in_english_the_pseudo_locale_and_150_percent(
    qapp: QApplication,
    world: Any,
    start: Any,
    pseudo_catalogue: Path,
    language: list[i18n.Language],
    lang: str,
    scale: float,
) -> None:
    """The queue chooser and the top bar's words at 1280 x 800: in English, in the pseudo-locale (40 %
    longer) and with the system font at 150 %, nothing is cut, the queues arriving after the window
    is shown as they do from the database worker (the chooser stayed at its first width and cut
    "Everyday reports  (tier 1, 13 p")."""
    from ui.theme import apply_theme

    folder = pseudo_catalogue if lang == "eo" else None
    language.append(
        i18n.install(qapp, QLocale(lang), folder=folder) if folder else i18n.install(qapp, QLocale(lang))
    )
    long_queue(world)
    font = qapp.font()
    size = font.pointSizeF()
    font.setPointSizeF(size * scale)
    qapp.setFont(font)
    sheet, palette = qapp.styleSheet(), qapp.palette()
    try:
        apply_theme(qapp, "dark")
        database = ManualRunner()
        window = start(_everyone(world), database).window
        window.resize(1280, 800)
        database.run_all()
        window.claim_next()
        database.run_all()
        assert window.width() <= 1280
        assert clipped(window) == [], (lang, scale, clipped(window))
    finally:
        font.setPointSizeF(size)
        qapp.setFont(font)
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)


@OFFSCREEN
@pytest.mark.parametrize("lang", ["en_GB", "zh_CN", "ar", "id", "ms"])
def test_no_word_of_ours_is_cut_off_in_the_quality_tab(
    qapp: QApplication, world: Any, start: Any, language: list[i18n.Language], lang: str
) -> None:
    """A lead's Quality tab (ui/qa_view.py) at 1280 x 800: its grouping label, buttons and sentences
    have room for their text in each shipped language."""
    from PySide6.QtGui import QAction

    from ui.theme import apply_theme

    language.append(i18n.install(qapp, QLocale(lang)))
    started = start(_everyone(world))
    started.window.findChild(QAction, "exposureDashboardAction").trigger()
    board = started.extra_windows[DASHBOARD]
    sheet, palette = qapp.styleSheet(), qapp.palette()
    apply_theme(qapp, "dark")
    try:
        board.resize(1280, 800)
        board.tabs.setCurrentWidget(board.quality)
        board.quality.refresh()
        assert board.quality.isVisible()
        assert clipped(board.quality) == [], (lang, clipped(board.quality))
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)


def test_phrases_of_both_leaves_are_the_same_code() -> None:
    """``media/phrases.py`` copies ``wellbeing/phrases.py`` (the leaves import nothing of each other):
    the class and marker must not drift apart."""
    root = Path(__file__).resolve().parents[2]

    def body(path: Path) -> str:
        text = path.read_text(encoding="utf-8")
        return text[text.index("class Phrase") :]

    assert body(root / "media" / "phrases.py") == body(root / "wellbeing" / "phrases.py")


@OFFSCREEN
def test_the_admin_windows_queue_counts_are_in_the_locales_digits(
    qapp: QApplication, world: Any, start: Any, language: list[i18n.Language]
) -> None:
    """The tier and the pending, escalated and decided counts of each queue, and the summary under
    them, in Arabic-Indic digits (they were Python's ``str(int)``)."""
    import re

    language.append(i18n.install(qapp, QLocale("ar")))
    world.add_image("img-1")
    ada = world.services.directory.add_user("ada", ("admin",), display_name="Ada")
    admin = start(ada).window
    table = admin.table
    assert table.rowCount() >= 1
    figures = [table.item(r, c).text() for r in range(table.rowCount()) for c in (1, 3, 4, 5)]
    assert "١" in figures and not any(re.search(r"[0-9]", f) for f in figures), figures
    assert not re.search(r"[0-9]", admin.summary.text()), admin.summary.text()

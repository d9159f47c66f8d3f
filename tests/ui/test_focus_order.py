"""Focus order, descriptions and state in words (issue #17, docs/accessibility.md).

Each window is walked with real Tab key presses (``tests/ui/a11y.py`` ``tab_cycle``) the way a
keyboard or screen-reader user meets it: every stop has a name, Tab never gets stuck (a table whose
Tab walks its cells was a trap), and the stops come in the order of the work. The dashboards,
operations and the policy editor are walked over the real demo data.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.a11y import tab_cycle
from ui.tasks import ImmediateRunner
from workstation.app import Services, build

pytestmark = pytest.mark.qt_log_ignore(".*does not support (propagateSizeHints|raise)")


def in_order(stops: list[str], expected: list[str]) -> bool:
    """``expected`` appear in ``stops`` in this order (other stops may come between)."""
    at = 0
    for stop in stops:
        if at < len(expected) and stop == expected[at]:
            at += 1
    return at == len(expected)


def check_walk(stops: list[str], expected: list[str]) -> None:
    assert stops, "no control takes focus"
    assert not [s for s in stops if s.startswith("<")], stops  # a trap or an unnamed stop
    assert in_order(stops, expected), stops


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """The real demo data (workstation/demo.py), seeded once for this module."""
    from workstation.demo import seed

    folder = tmp_path_factory.mktemp("demo")
    services = build(f"sqlite:///{folder / 'demo.db'}", outbox_path=folder / "outbox.db")
    seed(services, folder / "media", history_days=5)  # five days fill every view; 21 cost more
    yield services
    services.close()


def _shown(qtbot: Any, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    return window


def test_the_check_in_goes_faces_then_note_then_not_now(qapp: QApplication, qtbot: Any) -> None:
    from ui.wellbeing_checkin import CheckInPanel

    for compact in (False, True):
        panel = _shown(qtbot, CheckInPanel(compact=compact))
        check_walk(
            tab_cycle(panel), ["Mood 1 of 5: Very low", "Check-in note (optional)", "Skip the check-in"]
        )


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_reviewer_window_goes_queue_then_media(world: Any, make_window: Any) -> None:
    """Every action of the reviewer window has a key (docs/reviewer-keys.md); Tab visits the queue
    and the media, where those keys work."""
    world.add_image("img-1", seed=4)
    window = make_window()
    window.claim_next()
    check_walk(
        tab_cycle(window),
        [QAccessible.queryAccessibleInterface(window.queue_box).text(QAccessible.Text.Name), "Media view"],
    )


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_break_screen_goes_in_the_order_of_the_break_and_never_behind_it(
    world: Any, qapp: QApplication, qtbot: Any, prefs: Any
) -> None:
    """The break screen covers the work area: Tab went on behind it to the queue chooser and the
    media view, and put "Back to work" before the check-in shown under it. Walked in the window with
    its wellbeing host, as ``workstation`` opens it."""
    from datetime import UTC, datetime

    from ui.main import start_window
    from ui.render import load_in_process
    from wellbeing.break_flow import BreakSession
    from wellbeing.breaks import BreakAdvice

    world.add_image("img-1", seed=4)
    started = start_window(
        world.services,
        world.reviewer,
        qapp,
        runner_factory=lambda _name: ImmediateRunner(),
        image_loader=load_in_process,
        prefs=prefs,
        start_jobs=False,
    )
    window = _shown(qtbot, started.window)
    try:
        window.claim_next()
        working = tab_cycle(window)
        behind = [working[0], "Media view"]  # the queue chooser (named by its entry) and the media
        check_walk(working, behind)
        assert started.wellbeing is not None
        screen = started.wellbeing.screen
        screen.offer_enforced(BreakAdvice("enforced", "x", 5, True))
        stops = tab_cycle(window)
        check_walk(stops, ["Start the break now", "Finish this item first (postpone the break once)"])
        assert not set(behind) & set(stops), stops
        now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        screen.begin(BreakSession("affected", now, now, 300.0, False, "c1"))
        stops = tab_cycle(window)
        check_walk(
            stops, ["Mood 1 of 5: Very low", "Check-in note (optional)", "Skip the check-in", "Back to work"]
        )
        assert not set(behind) & set(stops), stops
        screen.progress(0)
        check_walk(tab_cycle(window), ["Skip the check-in", "Back to work"])
        screen.finish()
        check_walk(tab_cycle(window), behind)
    finally:
        started.shutdown()


def test_wellbeing_staff_go_through_attention_then_exposure_tables_last(
    qapp: QApplication, qtbot: Any, demo: Services
) -> None:
    from ui.role_windows import DashboardWindow

    wendy = demo.directory.sign_in("wendy")
    window = _shown(qtbot, DashboardWindow(demo, wendy, ImmediateRunner()))
    assert isinstance(window, DashboardWindow)
    check_walk(tab_cycle(window), ["Needs attention", "Refresh", "People who need attention"])
    window.tabs.setCurrentIndex(1)
    check_walk(
        tab_cycle(window),
        [
            "From",
            "To",
            "per day",
            "Show",
            "Export CSV…",
            "Export PDF…",
            "Exposure chart",
            "Distribution chart",
            "People over budget",
            "People of the chart point or bar clicked",
        ],
    )


def test_a_persons_page_and_the_own_wellbeing_view_go_down_the_page_then_close(
    qapp: QApplication, qtbot: Any, demo: Services
) -> None:
    """Wellbeing staff's page of one person: the chart, the three tables (arrows inside, Tab out),
    then the contact (date, private note, Record) and Close; a reviewer's own view likewise."""
    from ui.attention_view import PersonPageDialog
    from ui.wellbeing_view import OwnWellbeingView

    wendy = demo.directory.sign_in("wendy")
    page = _shown(qtbot, PersonPageDialog(demo.wellbeing_attention(), wendy, ImmediateRunner(), "gus"))
    assert isinstance(page, PersonPageDialog)
    assert page.page is not None and page.breaks.rowCount() > 1  # gus's real history, rows to walk
    check_walk(
        tab_cycle(page),
        [
            "Dose per day against the daily budget",
            "Breaks",
            "Check-ins with notes",
            "Events",
            "Contacted on",
            "Private note",
            "Record contact",
            "Close",
        ],
    )
    own = _shown(qtbot, OwnWellbeingView())
    check_walk(
        tab_cycle(own),
        [
            "Exposure per day this week against the budget",
            "Your check-ins this week",
            "Close your wellbeing view",
        ],
    )


def test_the_policy_editor_goes_down_the_form_then_saves(
    qapp: QApplication, qtbot: Any, demo: Services
) -> None:
    from ui.policy_editor import PolicyEditor

    wendy = demo.directory.sign_in("wendy")
    editor = _shown(qtbot, PolicyEditor(demo.wellbeing_policies, wendy, ImmediateRunner()))
    stops = tab_cycle(editor)
    check_walk(
        stops,
        [
            "Suggest a break at",
            "Daily exposure budget",
            "Hidden",
            "Severity weight of tier 1",
            "Severity weight of tier 4",
            "Support contact",
            "Why the policy changes",
            "Save new version",
            "Close",
        ],
    )
    assert not [s for s in stops if "." in s and "_" in s], "a setting's key read out instead of its words"


def test_a_lead_goes_through_operations_and_out_of_its_tables(
    qapp: QApplication, qtbot: Any, demo: Services
) -> None:
    from ui.role_windows import DashboardWindow

    leo = demo.directory.sign_in("leo")
    dashboard = _shown(qtbot, DashboardWindow(demo, leo, ImmediateRunner()))
    assert isinstance(dashboard, DashboardWindow)
    check_walk(tab_cycle(dashboard), ["From", "To", "Show", "Exposure chart"])
    from ui.operations import OperationsWindow

    operations = _shown(qtbot, OperationsWindow(demo, leo, ImmediateRunner()))
    assert isinstance(operations, OperationsWindow)
    operations.refresh()
    check_walk(tab_cycle(operations), ["Refresh", "Save as PDF…", "SLA per queue or team", "Breaches"])


def test_the_start_windows_and_the_sign_in_dialog(qapp: QApplication, qtbot: Any, tmp_path: Path) -> None:
    from ui.offline_start import OfflineStartWindow
    from ui.seeding import SeedingWindow
    from ui.signin import password_dialog
    from wellbeing.clock import FakeClock
    from workstation.offline import waiting_work

    work = waiting_work("postgresql+psycopg://ada@127.0.0.1:5/x", "ada", data_dir=tmp_path)
    offline = OfflineStartWindow(
        "no answer", work, lambda: False, runner=ImmediateRunner(), clock=FakeClock()
    )
    check_walk(tab_cycle(_shown(qtbot, offline)), [])
    check_walk(tab_cycle(_shown(qtbot, SeedingWindow())), [])
    dialog = _shown(qtbot, password_dialog("Password for ada at db.example.org:"))
    stops = tab_cycle(dialog)
    check_walk(stops, [stops[0], "OK", "Cancel"])
    assert "ada" in stops[0] or "Password" in stops[0], "the password field says whose password"


def test_the_walk_finds_a_table_that_traps_tab(qapp: QApplication, qtbot: Any) -> None:
    """The walk would pass vacuously if it never saw a trap: a table that walks its cells is one."""
    from PySide6.QtWidgets import QPushButton, QTableWidget, QVBoxLayout

    window = QWidget()
    layout = QVBoxLayout(window)
    button = QPushButton("First")
    table = QTableWidget(3, 3)
    table.setAccessibleName("Cells")
    layout.addWidget(button)
    layout.addWidget(table)
    _shown(qtbot, window)
    assert tab_cycle(window)[-1].startswith("<trap")
    table.setTabKeyNavigation(False)
    assert tab_cycle(window) == ["First", "Cells"]


# -- nothing by colour alone -----------------------------------------------------------------------


def _description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description) if interface is not None else ""


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_reveal_is_said_to_a_screen_reader_on_the_media_view(
    world: Any, make_window: Any, qtbot: Any
) -> None:
    """The dashed border and its colour are for eyes; the media view's description says the same
    words as the top bar, revealed or not."""
    world.add_image("img-1", seed=4)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    filtered = _description(window.media_view)
    assert filtered == window.filter_label.text() == "blur 3/5, gray"
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert _description(window.media_view) == "REVEALED (unfiltered): re-blurs in 8 s"
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert _description(window.media_view) == filtered


def test_the_meters_amber_is_also_said_in_words(qapp: QApplication, qtbot: Any) -> None:
    from ui.wellbeing_controller import DoseReading
    from ui.wellbeing_meter import ExposureMeterWidget

    meter = _shown(qtbot, ExposureMeterWidget())
    assert isinstance(meter, ExposureMeterWidget)
    words = {}
    for dose in (80.0, 260.0):
        reading = DoseReading(
            dose_today=dose, budget=240.0, dose_since_break=5.0, explanation="x", counting=True
        )
        meter.show_reading(reading)
        words[dose] = (meter.label.text(), _description(meter))
    assert "budget spent" in words[260.0][0] and "budget spent" not in words[80.0][0]
    assert words[260.0][1].startswith("Budget spent.") and "spent" not in words[80.0][1]


# -- descriptions where a name is not enough --------------------------------------------------------


def described_where_needed(window: QWidget) -> list[str]:
    """Controls a name cannot tell apart (two with the same name) or that show a picture (charts):
    each needs a description of its own. Returns the ones without."""
    from PySide6.QtCharts import QChartView
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QHeaderView

    from tests.ui.a11y import CONTROLS, spoken

    controls = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisibleTo(window)
        and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)  # a field's own editor
        and not isinstance(w, QHeaderView)  # a table's headings, part of the table
    ]
    names: dict[str, list[QWidget]] = {}
    for widget in controls:
        names.setdefault(spoken(widget), []).append(widget)
    missing = []
    for name, widgets in names.items():
        descriptions = [_description(w) for w in widgets]
        if len(widgets) > 1 and (not all(descriptions) or len(set(descriptions)) < len(descriptions)):
            missing.append(f"{len(widgets)} controls named {name!r} that no description tells apart")
    for chart in window.findChildren(QChartView):
        if chart.isVisibleTo(window) and not _description(chart):
            missing.append(f"chart {spoken(chart)!r} without a description")
    return missing


def test_same_named_fields_and_charts_have_descriptions(
    qapp: QApplication, qtbot: Any, demo: Services
) -> None:
    from ui.policy_editor import PolicyEditor
    from ui.role_windows import DashboardWindow

    wendy = demo.directory.sign_in("wendy")
    editor = _shown(qtbot, PolicyEditor(demo.wellbeing_policies, wendy, ImmediateRunner()))
    assert described_where_needed(editor) == []
    window = _shown(qtbot, DashboardWindow(demo, wendy, ImmediateRunner()))
    assert isinstance(window, DashboardWindow)
    window.tabs.setCurrentIndex(1)
    assert described_where_needed(window) == []


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_items_details_are_spoken_with_their_values(world: Any, make_window: Any) -> None:
    """A label's accessible name replaces its text: naming the value labels "External reference"
    hid the reference itself from a screen reader."""
    world.add_image("img-1", seed=4)
    window = make_window()
    window.claim_next()
    ref = QAccessible.queryAccessibleInterface(window.details.ref)
    assert ref.text(QAccessible.Text.Name) == "img-1"
    assert ref.text(QAccessible.Text.Description) == "External reference"

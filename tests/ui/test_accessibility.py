"""Accessibility (issue #17, docs/accessibility.md): every reachable control has a name a screen reader
can say, text is not clipped at 150 % font size, and the themes keep readable contrast, high contrast
at WCAG AAA."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import require_tool
from tests.ui.a11y import clipped_labels, unnamed_controls
from ui.theme import THEMES, next_theme, theme_for, tokens

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


TEXT_PAIRS = [
    ("text", "window"),
    ("text", "panel"),
    ("text", "field"),
    ("text", "button"),
    ("muted", "window"),
    ("muted", "panel"),
    ("accent_text", "accent"),
    ("notice_text", "notice"),
    ("info_text", "info"),
    ("warn", "window"),
    ("warn", "panel"),
]


def test_the_contrast_formula_matches_wcag_examples() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", THEMES)
def test_every_theme_keeps_text_readable(theme: str) -> None:
    """AA (4.5:1) for the everyday themes; AAA (7:1) for high contrast."""
    floor = 7.0 if theme == "high-contrast" else 4.5
    t = tokens(theme)
    weak = {(a, b): round(contrast(t[a], t[b]), 2) for a, b in TEXT_PAIRS if contrast(t[a], t[b]) < floor}
    assert not weak, f"{theme}: pairs under {floor}:1: {weak}"


def test_ctrl_t_cycles_to_high_contrast_and_the_system_preference_is_the_default(
    qapp: QApplication,
) -> None:
    assert [next_theme(t) for t in THEMES] == ["light", "high-contrast", "dark"]
    assert theme_for("light", qapp) == "light"
    assert theme_for(None, qapp) in ("dark", "high-contrast")
    assert theme_for("nonsense", qapp) in ("dark", "high-contrast")


@SQLITE
def test_the_reviewer_window_names_every_control_and_clips_nothing(world: Any, make_window: Any) -> None:
    window = make_window()
    assert unnamed_controls(window) == []
    assert clipped_labels(window) == []


@SQLITE
def test_the_reviewer_window_at_150_percent_font_clips_nothing(
    app_looks: None, world: Any, make_window: Any, large_font: float
) -> None:
    window = make_window()
    assert window.font().pointSizeF() == pytest.approx(large_font)
    assert clipped_labels(window) == []
    assert unnamed_controls(window) == []
    shot = os.environ.get("WORKSTATION_A11Y_SHOT")
    if shot:  # the real-screen run below: high contrast at 150 %, a screenshot of the X display
        from ui.theme import apply_theme

        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        apply_theme(qapp, "high-contrast")
        window.claim_next()
        for _ in range(5):  # the new style's sizes reach the layouts over a few event-loop turns
            qapp.processEvents()
        assert clipped_labels(window) == []
        subprocess.run(["import", "-window", "root", shot], check=True)


def test_the_offline_and_seeding_windows_name_every_control(
    qapp: QApplication, qtbot: Any, tmp_path: Path
) -> None:
    from ui.offline_start import OfflineStartWindow
    from ui.seeding import SeedingWindow
    from ui.tasks import ImmediateRunner
    from wellbeing.clock import FakeClock
    from workstation.offline import waiting_work

    work = waiting_work("postgresql+psycopg://ada@127.0.0.1:5/x", "ada", data_dir=tmp_path)
    runner = ImmediateRunner()
    offline = OfflineStartWindow("no answer", work, lambda: False, runner=runner, clock=FakeClock())
    seeding = SeedingWindow()
    for window in (offline, seeding):
        qtbot.addWidget(window)
        window.show()
        assert unnamed_controls(window) == [], type(window).__name__


def test_the_unnamed_check_sees_an_unnamed_control(qapp: QApplication, qtbot: Any) -> None:
    """The checks above would pass vacuously if the walk found nothing: an icon-only button is caught."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    window = QWidget()
    QVBoxLayout(window).addWidget(QPushButton())
    qtbot.addWidget(window)
    window.show()
    assert len(unnamed_controls(window)) == 1


@pytest.mark.slow
def test_150_percent_font_on_a_real_x_screen(tmp_path: Path) -> None:
    """The 150 % walk again on a real X screen (Xvfb, xcb), with a screenshot of the display; and the
    status bar at 150 % in the pseudo-locale, whose real fonts run wider than the offscreen ones (the
    status bar fitted offscreen and needed 1361 px on Xvfb before its buttons got their short words)."""
    require_tool("xvfb-run")
    shot = tmp_path / "reviewer-150.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_XCB_GL_INTEGRATION": "none",
        "WORKSTATION_A11Y_SHOT": str(shot),
    }
    run = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{__file__}::test_the_reviewer_window_at_150_percent_font_clips_nothing",
            f"{Path(__file__).with_name('test_ui_translated.py')}::"
            "test_the_status_bar_fits_a_1280_screen_at_150_percent_in_every_language[pseudo-sqlite]",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "2 passed" in run.stdout
    assert shot.stat().st_size > 10_000, "the screenshot of the X display is empty"


def test_the_theme_follows_the_system_font_size() -> None:
    """Fixed pixel sizes in the stylesheet would defeat a person's 150 % system font."""
    from ui.theme import stylesheet

    normal, large = stylesheet("dark", 10.0), stylesheet("dark", 15.0)
    assert "font-size: 10.50pt" in normal and "font-size: 15.75pt" in large
    assert not re.search(r"font-size:\s*[\d.]+px", large)


@pytest.mark.parametrize("theme", THEMES)
def test_alternating_table_rows_stay_readable(theme: str, qapp: QApplication) -> None:
    """Found on Xvfb as wendy (issue 14): the dashboard's "People over budget" table alternates row
    colours, and its second row was light text on Qt's default light AlternateBase: unreadable in
    the dark theme. The palette gives every colour role a table uses from the theme."""
    from PySide6.QtGui import QPalette

    from ui.theme import apply_theme

    floor = 7.0 if theme == "high-contrast" else 4.5
    palette, sheet = qapp.palette(), qapp.styleSheet()
    try:
        apply_theme(qapp, theme)
        now = qapp.palette()
        text = now.color(QPalette.ColorRole.Text).name()
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
            assert contrast(text, now.color(role).name()) >= floor, (theme, role)
    finally:
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def test_a_queue_chooser_too_narrow_elides_its_entry_and_says_it_whole(
    qapp: QApplication, qtbot: Any
) -> None:
    """Where the window is too narrow for the longest entry, the chooser draws it with "…" and the
    whole entry is its tooltip and what a screen reader hears; with room it is drawn whole."""
    from PySide6.QtGui import QAccessible

    from ui.queue_box import QueueBox

    entry = "Everyday reports  (tier 1, 13 pending · restricted)"
    box = QueueBox()
    qtbot.addWidget(box)
    box.addItem("general  (tier 2, 1 pending)")
    box.addItem(entry)
    box.setCurrentIndex(1)
    box.show()
    assert box.minimumSizeHint().width() < box.sizeHint().width()
    box.setFixedWidth(box.sizeHint().width())
    assert box.shown_text() == entry
    box.setFixedWidth(box.minimumSizeHint().width())
    assert box.shown_text().endswith("…") and len(box.shown_text()) < len(entry)
    assert box.toolTip() == entry
    interface = QAccessible.queryAccessibleInterface(box)
    assert interface.text(QAccessible.Text.Name) == entry == interface.text(QAccessible.Text.Value)


@pytest.mark.parametrize("theme", THEMES)
def test_the_exposure_meter_shows_keyboard_focus_in_every_theme(
    theme: str, qapp: QApplication, qtbot: Any
) -> None:
    """Tab reached the meter (a screen reader user needs it: it says today's dose and opens the own
    view) but nothing on screen changed. Focused, its border is the theme's accent, at least 3:1
    against the window (WCAG 1.4.11); unfocused, the border is the window's own colour."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from ui.theme import apply_theme
    from ui.wellbeing_controller import DoseReading
    from ui.wellbeing_meter import ExposureMeterWidget

    palette, sheet = qapp.palette(), qapp.styleSheet()
    try:
        apply_theme(qapp, theme)
        t = tokens(theme)
        window = QWidget()
        window.setObjectName("statusBar")
        layout = QVBoxLayout(window)
        other = QPushButton("other")
        meter = ExposureMeterWidget("method")
        layout.addWidget(other)
        layout.addWidget(meter)
        meter.show_reading(DoseReading(84.0, 240.0, 12.0, "steady", True))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)

        def border(focused: bool) -> set[str]:
            (meter if focused else other).setFocus(Qt.FocusReason.TabFocusReason)
            qapp.processEvents()
            assert meter.hasFocus() is focused
            image = meter.grab().toImage()
            w, h = image.width(), image.height()
            points = [(w // 2, 0), (w // 2, h - 1), (0, h // 2), (w - 1, h // 2)]  # the middle of each side
            return {image.pixelColor(x, y).name() for x, y in points}

        unfocused, focused = border(False), border(True)
        assert focused == {t["accent"]}, (theme, focused)
        assert all(contrast(colour, t["accent"]) >= 3.0 for colour in unfocused), (theme, unfocused)
        assert contrast(t["accent"], t["window"]) >= 3.0
    finally:
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)

"""The window's hooks for the wellbeing features, its feeding of the exposure meter, preferences and
the lease heartbeat."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from media.filters import FilterSettings
from ui.prefs import Preferences
from wellbeing.exposure import ViewState


def test_hide_restore_block_and_status_bar_hooks(world, make_window, qtbot) -> None:
    world.add_image("img-0")
    window = make_window()
    changes: list[object] = []
    window.itemChanged.connect(changes.append)
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert changes and changes[-1].external_ref == "img-0"
    window.hide_all_media("break")
    assert window.media_view.image_rect() is None
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # panic on top of a break
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # panic off: the break still hides the media
    assert window.media_view.image_rect() is None
    window.restore_media("break")
    assert window.media_view.image_rect() is not None

    window.set_decisions_blocked(True, "Take a break: your exposure budget is spent.")
    qtbot.keyClick(window, Qt.Key.Key_1)
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert window.session.item is not None and window.session.item.external_ref == "img-0"
    assert "budget" in window.panel.hint.text()
    window.set_decisions_blocked(False, "")
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.session.item is None and changes[-1] is None

    gauge = QLabel("exposure 12%")
    window.status_bar_add(gauge)
    assert gauge.parent() is not None and window.statusBar().isAncestorOf(gauge)
    window.set_outbox_count(3)
    assert window.outbox_label.text() == "3 decisions waiting to sync"


def test_every_visibility_change_reaches_the_meter(world, make_window, qtbot) -> None:
    world.add_image("img-0")
    seen: list[ViewState] = []
    window = make_window()
    window.viewStateChanged.connect(seen.append)
    meter = window.meter
    assert meter is not None
    qtbot.keyClick(window, Qt.Key.Key_N)
    blurred = meter.current_weight
    assert seen[-1].media_visible and not seen[-1].revealed and blurred > 0
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert seen[-1].revealed and meter.current_weight > blurred
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert not seen[-1].revealed and meter.current_weight == blurred
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert meter.current_weight == 0 and not seen[-1].media_visible
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert meter.current_weight == blurred
    qtbot.keyClick(window, Qt.Key.Key_G)  # colour counts for more than gray
    assert not seen[-1].grayscale and meter.current_weight > blurred
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert "no item open" in meter.explain()


def test_reviewer_default_filter_is_kept_per_user_and_never_below_blurred_gray(tmp_path) -> None:
    store = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    rita, omar = Preferences(store, "rita"), Preferences(store, "omar")
    assert rita.default_filter() == FilterSettings()
    kept = rita.save_default_filter(FilterSettings(blur_level=0, grayscale=False, stylise=True))
    assert kept == FilterSettings(blur_level=1, grayscale=True, stylise=True)
    assert (
        Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat), "rita").default_filter()
        == kept
    )
    assert omar.default_filter() == FilterSettings()


def test_save_default_by_keyboard_applies_to_the_next_item(world, make_window, qtbot) -> None:
    world.add_image("img-0")
    world.add_image("img-1")
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.media_view.settings.blur_level == 4 and window.media_view.settings.grayscale


def test_heartbeat_renews_the_lease_every_third_of_it(world, make_window, qtbot) -> None:
    world.add_image("img-0")
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    lease = world.services.claims.lease.total_seconds()
    assert window.session.heartbeat_interval_ms == int(lease * 1000 / 3)
    item = window.session.item
    world.clock.advance(lease * 0.9)
    window.session.heartbeat()
    world.clock.advance(lease * 0.9)  # past the first lease, but renewed
    assert (
        world.services.claims.claim_next(world.services.directory.add_user("omar", ("reviewer",)), "general")
        is None
    )
    window.session.heartbeat()
    assert window.session.item == item and not window.banner.isVisible()

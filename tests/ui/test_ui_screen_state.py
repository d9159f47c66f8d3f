"""Issue 10: what the media area shows is the one screen state, and the screen says when it is
below the reviewer's defaults (docs/architecture.md, invariant 6).

What is "on the screen" here is the window's backing store as the platform holds it
(``QScreen.grabWindow``), never ``QWidget.grab()``, which paints the current state on demand and so
cannot see a paint that never happened. Each test also compares the two: the screen must show what a
fresh paint of the state would show. Bounds: "gray" is a channel spread of at most 1 in the media;
"colour" is a spread above 50; the revealed border is REVEAL_COLOUR within 12 per channel.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from ui_samples import ManualRunner, channel_spread, write_clip

from media.reveal import RevealKind
from ui.media_view import REVEAL_BORDER_PX, REVEAL_COLOUR
from ui.qimage import to_array
from ui.window import ReviewerWindow, Runners
from workstation.models import AuditEvent

GRAY_BOUND = 1


def on_screen(widget: QWidget) -> np.ndarray:
    """The pixels the platform holds for ``widget``'s area now, without asking anything to paint."""
    window = widget.window()
    image = to_array(window.screen().grabWindow(window.winId()).toImage())
    origin = widget.mapTo(window, QPoint(0, 0))
    return image[origin.y() : origin.y() + widget.height(), origin.x() : origin.x() + widget.width()]


def painted_now(widget: QWidget) -> np.ndarray:
    """A fresh paint of the widget's current state (what the screen must already show)."""
    return to_array(widget.grab().toImage())


def assert_screen_matches_state(window: ReviewerWindow) -> None:
    view = window.media_view
    screen, fresh = on_screen(view), painted_now(view)
    differ = np.mean(np.any(np.abs(screen.astype(int) - fresh.astype(int)) > 2, axis=2))
    assert differ < 0.001, f"{differ:.1%} of the media area on screen is not what its state paints"


def border_share(area: np.ndarray) -> float:
    """Share of the top border band in the revealed colour."""
    band = area[1 : REVEAL_BORDER_PX - 1, :].astype(int)
    colour = np.array([REVEAL_COLOUR.red(), REVEAL_COLOUR.green(), REVEAL_COLOUR.blue()])
    return float(np.mean(np.all(np.abs(band - colour) <= 12, axis=2)))


def media_box(window: ReviewerWindow, area: np.ndarray) -> np.ndarray:
    """The inner half of where media is painted (away from the border and the label)."""
    rect = window.media_view.image_rect()
    assert rect is not None
    x0, y0 = int(rect.left() + rect.width() / 4), int(rect.top() + rect.height() / 3)
    return area[y0 : int(rect.bottom() - rect.height() / 4), x0 : int(rect.right() - rect.width() / 4)]


def audit_reveals(world) -> list[dict]:
    with world.services.db.read() as session:
        rows = session.query(AuditEvent).filter(AuditEvent.action == "reveal").order_by(AuditEvent.seq)
        # PostgreSQL stores details in the canonical form the hash covers (floats as "2.000").
        return [
            {k: float(v) if k == "seconds" else v for k, v in dict(r.details).items()} for r in rows
        ]


# ------------------------------------------------------------------------------ defect 1


def test_deciding_a_revealed_item_leaves_no_pixel_of_it(world, make_window, qtbot) -> None:
    """One colourful image in its own queue: claim, R, 1. The queue is empty and the area is too."""
    world.add_image("img-1", seed=3)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_R)
    qtbot.wait(50)  # an event loop turn: an update() scheduled by the reveal has run too
    assert channel_spread(media_box(window, on_screen(window.media_view))) > 50, "the reveal shows colour"
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.session.item is None
    screen = on_screen(window.media_view)
    assert channel_spread(screen) <= 8, "the decided item's colour stays on screen"
    assert_screen_matches_state(window)
    assert window.filter_label.text() == "blur 3/5, gray"


def test_broken_media_says_so_on_screen(world, make_window, qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 truncated")
    world.add_item("bad-1", [("image", bad, {"mime": "image/jpeg", "readable": False,
                                              "unreadable_reason": "truncated JPEG"})])
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert "This item has no viewable media (truncated JPEG)" in window.media_view.message
    assert_screen_matches_state(window)


def test_fast_switching_never_shows_the_previous_frame_under_new_details(world, make_window, qtbot) -> None:
    world.add_image("img-1", seed=1)
    world.add_image("img-2", seed=2)
    media = ManualRunner()
    window = make_window(runners=Runners(db=_immediate(), media=media, prefetch=media, history=media),
                         prefetch=False)
    qtbot.keyClick(window, Qt.Key.Key_N)
    media.run_all()
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert window.media_view.has_frame
    qtbot.keyClick(window, Qt.Key.Key_S)  # the next item is claimed; its frame is still with the worker
    assert window.session.item is not None and window.session.item.external_ref == "img-2"
    assert not window.media_view.has_frame
    assert channel_spread(on_screen(window.media_view)) <= 8
    assert_screen_matches_state(window)
    media.run_all()
    assert_screen_matches_state(window)


def _immediate():
    from ui.tasks import ImmediateRunner

    return ImmediateRunner()


# ------------------------------------------------------------------------------ defect 2


@pytest.fixture
def long_clip(tmp_path: Path) -> Path:
    return write_clip(tmp_path / "clip.mp4", seconds=6.0, fps=30, size=(320, 240), audio=False)


def test_r_on_a_storyboard_reveals_it_and_playback_is_revealed_only_while_it_lasts(
    world, make_window, qtbot, prefs, long_clip, fake_timers
) -> None:
    prefs.reveal_seconds = 1.5
    world.add_item("vid-1", [("video", long_clip, {"mime": "video/mp4", "width": 320, "height": 240,
                                                  "duration_s": 6.0, "has_audio": False})])
    window = make_window()
    view = window.media_view
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.video.showing_storyboard
    assert channel_spread(media_box(window, on_screen(view))) <= GRAY_BOUND
    qtbot.keyClick(window, Qt.Key.Key_R)
    screen = on_screen(view)
    assert channel_spread(media_box(window, screen)) > 50, "R on the storyboard shows nothing"
    assert border_share(screen) > 0.3 and view.screen_state().reveal_kind is RevealKind.FULL
    assert window.filter_label.text().startswith("REVEALED")
    assert window.meter is not None and view.view_state().revealed
    assert_screen_matches_state(window)

    qtbot.keyClick(window, Qt.Key.Key_Space)  # playback while the reveal lasts: revealed and marked
    start = window.video.frames_shown
    qtbot.waitUntil(lambda: window.video.frames_shown >= start + 3, timeout=5000)
    if view.revealed:
        screen = on_screen(view)
        assert border_share(screen) > 0.3
    assert view.revealed
    fake_timers.advance(1500)  # the reveal times out while playing
    assert not view.revealed
    assert window.video.playing
    after = window.video.frames_shown
    qtbot.waitUntil(lambda: window.video.frames_shown >= after + 3, timeout=5000)
    screen = on_screen(view)
    assert channel_spread(media_box(window, screen)) <= GRAY_BOUND, "playback stays unfiltered"
    assert border_share(screen) == 0.0
    assert window.filter_label.text() == "blur 3/5, gray"
    qtbot.keyClick(window, Qt.Key.Key_Space)


def test_the_decided_before_banner_never_says_filtered_over_revealed_media(world, make_window, qtbot) -> None:
    first = world.add_image("img-1", seed=1, phash_kind="pdq", phash="ab" * 32)
    world.add_image("img-2", seed=2, phash_kind="pdq", phash="ab" * 32)
    del first
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_1)  # decided; img-2 opens and matches it
    qtbot.waitUntil(lambda: window.history_banner.isVisibleTo(window))
    assert "stays filtered" in window.history_banner.text()
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert "stays filtered" not in window.history_banner.text()
    assert "revealed" in window.history_banner.text()
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert "stays filtered" in window.history_banner.text()


# ------------------------------------------------------------------------------ defect 3


def test_a_full_reveal_is_marked_with_border_label_and_top_bar(world, make_window, qtbot) -> None:
    world.add_image("img-1", seed=4)
    window = make_window()
    view = window.media_view
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert border_share(on_screen(view)) == 0.0 and window.filter_label.text() == "blur 3/5, gray"
    qtbot.keyClick(window, Qt.Key.Key_R)
    screen = on_screen(view)
    assert border_share(screen) > 0.3, "no marked border while revealed"
    label = view.label_rect(view.screen_state().label_text())
    box = screen[label.top() : label.bottom(), label.left() : label.right()].astype(int)
    colour = np.array([REVEAL_COLOUR.red(), REVEAL_COLOUR.green(), REVEAL_COLOUR.blue()])
    assert np.mean(np.all(np.abs(box - colour) <= 12, axis=2)) > 0.5, "no label"
    assert np.mean(np.all(box < 40, axis=2)) > 0.03, "the label has no words"
    assert view.screen_state().label_text().startswith("Revealed: re-blurs in 8 s")
    assert window.filter_label.text() == "REVEALED (unfiltered): re-blurs in 8 s"
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert border_share(on_screen(view)) == 0.0 and window.filter_label.text() == "blur 3/5, gray"
    assert_screen_matches_state(window)


def test_a_lowered_filter_is_marked_and_returns_to_the_defaults(
    world, make_window, qtbot, prefs, fake_timers
) -> None:
    prefs.reveal_seconds = 1.0
    for n in range(3):
        world.add_image(f"img-{n}", seed=n)
    window = make_window()
    view = window.media_view
    qtbot.keyClick(window, Qt.Key.Key_N)
    for key in (Qt.Key.Key_BracketLeft,) * 3 + (Qt.Key.Key_G,):
        qtbot.keyClick(window, key)
    state = view.screen_state()
    assert state.reveal_kind is RevealKind.LOWERED_FILTER and state.reblur_in_s == 1
    assert window.filter_label.text() == "REVEALED (no blur, colour): re-blurs in 1 s"
    screen = on_screen(view)
    assert border_share(screen) > 0.3 and channel_spread(media_box(window, screen)) > 50
    # ... until the reveal time runs out
    fake_timers.advance(999)
    assert view.revealed
    fake_timers.advance(1)
    assert not view.revealed
    assert view.settings == view.defaults and window.filter_label.text() == "blur 3/5, gray"
    screen = on_screen(view)
    assert border_share(screen) == 0.0 and channel_spread(media_box(window, screen)) <= GRAY_BOUND
    # ... or until the next item
    qtbot.keyClick(window, Qt.Key.Key_G)
    assert view.revealed
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert not view.revealed and view.settings == view.defaults
    # kept with Ctrl+D (never below blur 1 + gray) it is the new default, not a reveal
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_BracketLeft)
    assert view.revealed
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert view.defaults.blur_level == 1 and not view.revealed
    assert window.filter_label.text() == "blur 1/5, gray"
    qtbot.keyClick(window, Qt.Key.Key_G)  # colour is still below the kept default
    assert view.revealed


# ------------------------------------------------------------------------------ audit


def test_reveals_are_audited_with_kind_and_duration(world, make_window, qtbot) -> None:
    world.add_image("img-1", seed=1)
    item = world.add_image("img-2", seed=2)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    first = window.session.item
    assert first is not None
    qtbot.keyClick(window, Qt.Key.Key_R)
    world.clock.advance(3)
    qtbot.keyClick(window, Qt.Key.Key_R)  # re-blur now: one full reveal of 3 s
    qtbot.keyClick(window, Qt.Key.Key_G)
    world.clock.advance(2)
    qtbot.keyClick(window, Qt.Key.Key_1)  # deciding closes the item and its lowered filter
    assert audit_reveals(world) == [
        {"item_id": first.item_id, "kind": "full", "seconds": 3.0},
        {"item_id": first.item_id, "kind": "lowered filter", "seconds": 2.0},
    ]
    assert window.session.item is not None and window.session.item.item_id == item


def test_revealed_text_is_marked_in_words_border_and_top_bar(world, make_window, qtbot, tmp_path) -> None:
    from media.textmask import load_terms

    term = load_terms()[0]
    path = tmp_path / "post.txt"
    path.write_text(f"The post says {term}.", encoding="utf-8")
    world.add_item("txt-1", [("text", path, {"mime": "text/plain"})])
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    view = window.text_view
    assert view.property("revealed") is not True and not window.filter_label.text().startswith("REVEALED")
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert "Revealed: masked words shown; re-masks in 8 s" in view.visible_text()
    assert view.property("revealed") is True
    assert window.filter_label.text() == "REVEALED (masked words shown): re-masks in 8 s"
    screen = on_screen(view)
    colour = np.array([REVEAL_COLOUR.red(), REVEAL_COLOUR.green(), REVEAL_COLOUR.blue()])
    assert np.mean(np.all(np.abs(screen[1:5, :].astype(int) - colour) <= 12, axis=2)) > 0.3, "no border"
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert "Revealed" not in view.visible_text() and window.filter_label.text() == "blur 3/5, gray"
    assert view.property("revealed") is False
    world.clock.advance(4)
    qtbot.keyClick(window, Qt.Key.Key_R)
    world.clock.advance(2)
    qtbot.keyClick(window, Qt.Key.Key_S)  # skipping closes the item and its revealed words
    assert [(r["kind"], r["seconds"]) for r in audit_reveals(world)] == [("full", 0.0), ("full", 2.0)]

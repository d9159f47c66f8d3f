"""Pixel-level tests of the safety invariants, on the real widget: grab -> QImage -> numpy.

Bounds (stated once): at blur level 3 the fine-detail energy (mean squared Laplacian of luminance)
of the painted media must be under 2 % of the same media rendered unfiltered at the same size; gray
means R, G and B differ by at most 1 anywhere in the painted media.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtWidgets import QWidget
from ui_samples import ManualRunner, channel_spread, detail_energy, write_clip

from media.filters import FilterSettings, prepare
from media.image import load_image
from ui.media_view import Reveal
from ui.qimage import to_array
from ui.window import ReviewerWindow, Runners

BLUR_BOUND = 0.02
GRAY_BOUND = 1


def grab_media(window: ReviewerWindow) -> np.ndarray:
    """The media view as painted, cropped to the media's rectangle."""
    view = window.media_view
    full = to_array(view.grab().toImage())
    rect = view.image_rect()
    assert rect is not None, "no media painted"
    return crop(full, rect)


def crop(full: np.ndarray, rect: QRectF) -> np.ndarray:
    x0, y0 = int(np.ceil(rect.left())) + 2, int(np.ceil(rect.top())) + 2
    x1, y1 = int(rect.right()) - 2, int(rect.bottom()) - 2
    return full[y0:y1, x0:x1]


def unfiltered_like(path: Path, shape: tuple[int, ...]) -> np.ndarray:
    """The unfiltered media rendered at the painted size (the comparison the bound is stated against)."""
    src = load_image(path)
    return prepare(src, (shape[1], shape[0]))[: shape[0], : shape[1]]


def assert_filtered(painted: np.ndarray, reference: np.ndarray) -> None:
    ref = cv2.resize(reference, (painted.shape[1], painted.shape[0]), interpolation=cv2.INTER_AREA)
    assert detail_energy(painted) < BLUR_BOUND * detail_energy(ref), "media painted with fine detail"
    assert channel_spread(painted) <= GRAY_BOUND, "media painted in colour"


def image_path(world, ref: str) -> Path:
    return world.tmp / f"{ref}.jpg"


def test_first_painted_frame_of_a_new_image_is_blurred_and_gray(world, make_window, qtbot) -> None:
    world.add_image("img-1", seed=1)
    world.add_image("img-2", seed=2)
    runner = ManualRunner()
    window = make_window(
        runners=Runners(db=runner, media=runner, prefetch=runner, history=runner), prefetch=False
    )
    runner.run_all()  # the queues are read on the database worker, not the GUI thread
    painted: list[np.ndarray] = []
    window.media_view.framePainted.connect(lambda _k: painted.append(to_array(window.media_view.shown_image)))

    for ref in ("img-1", "img-2"):
        qtbot.keyClick(window, Qt.Key.Key_N) if ref == "img-1" else qtbot.keyClick(window, Qt.Key.Key_1)
        runner.run_all() if ref == "img-1" else None
        if ref == "img-2":
            # the decision ran; the next claim's media is still with the worker: nothing is painted
            assert runner.queue, "expected the next item's render to be pending"
            window.media_view.repaint()
            assert window.media_view.image_rect() is None
            runner.run_all()
        window.media_view.repaint()
        assert painted, "no frame painted"
        first = painted[0]
        painted.clear()
        grabbed = grab_media(window)
        reference = unfiltered_like(image_path(world, ref), grabbed.shape)
        assert_filtered(grabbed, reference)
        assert_filtered(first, unfiltered_like(image_path(world, ref), first.shape))
        assert window.session.item is not None and window.session.item.external_ref == ref


def test_reveal_shows_detail_and_focus_loss_reblurs_within_one_frame(world, make_window, qtbot) -> None:
    world.add_image("img-1", seed=3)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_R)
    revealed = grab_media(window)
    reference = unfiltered_like(image_path(world, "img-1"), revealed.shape)
    # the test can fail: revealed pixels are full of detail and colour
    assert detail_energy(revealed) > 0.5 * detail_energy(cv2.resize(reference, revealed.shape[1::-1]))
    assert channel_spread(revealed) > 50

    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    assert window.media_view.reveal is Reveal.FILTERED
    assert_filtered(grab_media(window), reference)


def test_idle_reblurs(world, make_window, qtbot) -> None:
    world.add_image("img-1", seed=4)
    window = make_window(idle_seconds=0.3)
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_BracketLeft)  # weaker blur: idle must restore the defaults too
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert window.media_view.reveal is Reveal.REVEALED
    with qtbot.waitSignal(window.media_view.revealChanged, timeout=3000):
        pass
    assert window.media_view.reveal is Reveal.FILTERED
    assert window.media_view.settings == window.media_view.defaults
    painted = grab_media(window)
    assert_filtered(painted, unfiltered_like(image_path(world, "img-1"), painted.shape))


def test_panic_key_hides_everything_at_once_and_returns_filtered(world, make_window, qtbot) -> None:
    world.add_image("img-1", seed=5)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_R)
    rect = window.media_view.image_rect()
    assert rect is not None
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    hidden = crop(to_array(window.media_view.grab().toImage()), rect)
    background = np.array(window.media_view.palette().color(window.media_view.backgroundRole()).getRgb()[:3])
    share_bg = np.mean(np.all(np.abs(hidden.astype(int) - background) <= 2, axis=2))
    assert share_bg > 0.97, "media pixels remain after the panic key"
    assert window.meter is not None and "panic" in window.meter.explain()
    qtbot.keyClick(window, Qt.Key.Key_R)  # reveal is refused while hidden
    assert window.media_view.image_rect() is None
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    painted = grab_media(window)
    assert_filtered(painted, unfiltered_like(image_path(world, "img-1"), painted.shape))


def test_spotlight_reveals_only_a_disc_while_the_key_is_held(world, make_window, qtbot) -> None:
    world.add_image("img-1", seed=6)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    view = window.media_view
    rect = view.image_rect()
    assert rect is not None
    centre = QPoint(int(rect.center().x()), int(rect.center().y()))
    qtbot.mouseMove(view, QPoint(3, 3))
    qtbot.mouseMove(view, centre)
    qtbot.keyPress(window, Qt.Key.Key_P)
    assert view.reveal is Reveal.SPOTLIGHT and view.view_state().spotlight_fraction > 0
    full = to_array(view.grab().toImage())
    r = int(0.12 * min(rect.width(), rect.height()) * 0.5)
    disc = full[centre.y() - r : centre.y() + r, centre.x() - r : centre.x() + r]
    # the bottom-right corner: the revealed label sits top left and the marked border on the edges
    w4, h4 = rect.width() / 4, rect.height() / 4
    corner = crop(full, QRectF(rect.right() - w4, rect.bottom() - h4, w4, h4).adjusted(0, 0, -12, -12))
    assert channel_spread(disc) > 50 and detail_energy(disc) > 20 * detail_energy(corner)
    assert channel_spread(corner) <= GRAY_BOUND
    qtbot.keyRelease(window, Qt.Key.Key_P)
    assert view.reveal is Reveal.FILTERED
    painted = grab_media(window)
    assert_filtered(painted, unfiltered_like(image_path(world, "img-1"), painted.shape))


def test_filter_controls_change_pixels(world, make_window, qtbot) -> None:
    world.add_image("img-1", seed=7)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_G)
    assert window.media_view.settings.grayscale is False
    colour = grab_media(window)
    assert channel_spread(colour) > 20  # colour, still blurred
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)
    assert window.media_view.settings.blur_level == 5
    stronger = grab_media(window)
    reference = unfiltered_like(image_path(world, "img-1"), colour.shape).astype(np.float32)

    def error(img: np.ndarray) -> float:
        return float(np.mean((cv2.resize(img, reference.shape[1::-1]).astype(np.float32) - reference) ** 2))

    assert error(stronger) > error(colour)  # further from the original: more hidden
    qtbot.keyClick(window, Qt.Key.Key_Y)
    assert window.media_view.settings.stylise
    # a new item opens at the defaults again, whatever the last one was set to
    world.add_image("img-2", seed=8)
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.media_view.settings == window.prefs.default_filter() == FilterSettings()


@pytest.fixture
def clip(tmp_path: Path) -> Path:
    return write_clip(tmp_path / "clip.mp4", seconds=2.0, fps=30, size=(320, 240), audio=True)


def test_video_opens_on_a_filtered_storyboard_muted_and_plays_filtered(
    world, make_window, qtbot, clip
) -> None:
    from media.storyboard import storyboard

    world.add_item(
        "vid-1",
        [
            (
                "video",
                clip,
                {"mime": "video/mp4", "width": 320, "height": 240, "duration_s": 2.0, "has_audio": True},
            )
        ],
    )
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    video = window.video
    assert video.showing_storyboard and not video.playing
    assert video.muted and window.media_view.view_state().audio_unmuted is False
    assert video.sound is None  # nothing decodes the sound until the reviewer unmutes and plays
    painted = grab_media(window)
    assert channel_spread(painted) <= GRAY_BOUND
    tile = video.storyboard_tile(window.media_view.view_wh(), (320, 240))
    board = storyboard(
        clip, FilterSettings(blur_level=0, grayscale=False), count=12, tile_wh=tile, columns=4
    ).image
    painted = cv2.resize(painted, (board.shape[1], board.shape[0]), interpolation=cv2.INTER_AREA)
    tw, th = tile
    for col in range(2):  # the inside of the first tiles: blurred against the unfiltered tiles
        box = (slice(th // 5, th * 4 // 5), slice(col * tw + tw // 5, col * tw + tw * 4 // 5))
        assert_filtered(painted[box], board[box])

    frames: list[np.ndarray] = []
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert video.playing
    qtbot.waitUntil(lambda: video.frames_shown >= 3, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not video.playing
    frames.append(grab_media(window))
    from media.video import VideoReader

    with VideoReader(clip) as reader:
        ref = reader.frame_at(video.position)
    assert_filtered(frames[0], ref)

    qtbot.keyClick(window, Qt.Key.Key_M)
    assert not video.muted and window.media_view.view_state().audio_unmuted
    # the next video item starts muted again
    world.add_item(
        "vid-2",
        [
            (
                "video",
                clip,
                {"mime": "video/mp4", "width": 320, "height": 240, "duration_s": 2.0, "has_audio": True},
            )
        ],
    )
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.session.item is not None and window.session.item.external_ref == "vid-2"
    assert window.video.muted and not window.video.sound_playing  # muted: nothing plays or decodes


def test_video_keys_seek_step_speed_and_wheel_while_paused(world, make_window, qtbot, clip) -> None:
    world.add_item(
        "vid-1",
        [
            (
                "video",
                clip,
                {"mime": "video/mp4", "width": 320, "height": 240, "duration_s": 2.0, "has_audio": False},
            )
        ],
    )
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    video = window.video
    assert video.sound is None and not video.playing  # no audio track: no sound player at all
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert video.position == 2.0  # +5 s, clamped to the end
    assert not video.showing_storyboard
    painted = grab_media(window)
    from media.video import VideoReader

    with VideoReader(clip) as reader:
        assert_filtered(painted, reader.frame_at(2.0))
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert video.position == 0.0
    qtbot.keyClick(window, Qt.Key.Key_Period)
    qtbot.keyClick(window, Qt.Key.Key_Period)
    assert abs(video.position - 2 / 30) < 1e-6
    qtbot.keyClick(window, Qt.Key.Key_Comma)
    assert abs(video.position - 1 / 30) < 1e-6
    for _ in range(10):
        qtbot.keyClick(window, Qt.Key.Key_L)
    assert video.speed == 4.0
    for _ in range(10):
        qtbot.keyClick(window, Qt.Key.Key_J)
    assert video.speed == 0.25
    video.scrub(1)
    assert abs(video.position - (1 / 30 + 1.0)) < 1e-6
    assert "0.25x" in window.video_bar.text()

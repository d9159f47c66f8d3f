"""A video playing while the filter goes back up: no frame filtered below the new settings stays.

Found by the screen harness (a seed nobody had drawn): during playback, `G` turned grayscale off
(marked, bordered), `G` again turned it back on; the marking went at once, but the colour frame
stayed on screen until the decoder's next frame arrived, unmarked (docs/architecture.md, invariant 6).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

from media.filters import DEFAULT_FILTER, FilterSettings, render
from ui.media_view import MediaView
from ui.qimage import to_qimage
from ui.tasks import ImmediateRunner
from ui.video import VideoFrame


def colourful(w: int = 320, h: int = 240) -> np.ndarray:
    """Large flat colour fields: blurred, they stay colour; gray, they lose it."""
    out = np.zeros((h, w, 3), np.uint8)
    out[:, : w // 2] = (230, 20, 20)
    out[:, w // 2 :] = (20, 40, 230)
    return out


def frame(view: MediaView, generation: int, settings: FilterSettings) -> VideoFrame:
    source = colourful()
    view_wh = view.view_wh()
    filtered = render(source, settings, view_wh)
    return VideoFrame(generation, 0.0, filtered, to_qimage(filtered), None, source, settings, view_wh, 0.0)


def saturation(image: QImage) -> float:
    """Share of strongly coloured pixels in ``image`` (0 for a gray frame)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    rgb = raw[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)
    return float(((rgb.max(axis=2) - rgb.min(axis=2)) > 48).mean())


def test_raising_the_filter_while_playing_never_leaves_a_colour_frame(qtbot) -> None:
    view = MediaView(ImmediateRunner())
    qtbot.addWidget(view)
    view.resize(640, 480)
    view.show()
    generation = view.begin_item("clip", DEFAULT_FILTER)
    view.set_playback(playing=True)
    view.present_frame(frame(view, generation, DEFAULT_FILTER))
    assert view.shown_image is not None and saturation(view.shown_image) == 0.0
    colour = DEFAULT_FILTER.with_(grayscale=False)
    view.set_settings(colour)  # G: grayscale off, marked as revealed
    view.present_frame(frame(view, generation, colour))
    assert view.screen_state().revealed and saturation(view.shown_image) > 0.3
    view.set_settings(DEFAULT_FILTER.with_(grayscale=True, stylise=True))  # G again, then Y
    shown = view.shown_image
    assert not view.screen_state().revealed
    assert shown is None or saturation(shown) == 0.0, "a colour frame stayed, unmarked"

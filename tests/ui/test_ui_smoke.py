from __future__ import annotations

from PySide6.QtCore import Qt


def test_window_claims_an_image_by_keyboard(world, make_window, qtbot) -> None:
    world.add_image("img-1")
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is not None
    assert window.media_view.has_frame

"""The reviewer is told in their window when a lead corrects their decision, or it is appealed."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt


def test_a_correction_reaches_the_reviewers_window_until_dismissed(world, make_window, qtbot) -> None:
    world.add_image("img-1")
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is not None
    qtbot.keyClick(window, Qt.Key.Key_1)  # Allow
    qtbot.waitUntil(lambda: window.session.item is None)
    notice = window.correction_notice
    assert not notice.isVisible()
    services = world.services
    lead = services.directory.add_user("leo", ("lead",), team="blue")
    with services.db.read() as session:
        from sqlalchemy import select

        from workstation.models import Decision

        decision_id = session.execute(select(Decision.id)).scalar_one()
    world.clock.advance(60)
    services.corrections.correct(lead, decision_id, "remove", "spam: a known scam link")
    notice.refresh()  # the window also asks after each decision and at start
    qtbot.waitUntil(notice.isVisible)
    assert notice.label.text() == "Your decision on img-1 was corrected to Remove: spam: a known scam link."
    assert notice in window.notices.shown()
    qtbot.mouseClick(notice.dismiss, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    world.clock.advance(60)
    notice.refresh()
    assert not notice.isVisible()  # dismissed: the same correction is not shown again
    # A new window (next shift) remembers the dismissal too.
    world.clock.advance(timedelta(hours=8).total_seconds())
    again = make_window()
    assert not again.correction_notice.isVisible()

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
    assert notice.label.textFormat() == Qt.TextFormat.PlainText  # a reason like <img src=…> stays text
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


def test_a_lead_corrects_and_appeals_from_their_window(world, qtbot) -> None:
    from ui.role_windows import DashboardWindow
    from ui.tasks import ImmediateRunner
    from workstation.decisions import DecisionRequest

    services = world.services
    world.add_image("img-1")
    world.add_image("img-2")
    claim = services.claims.claim_next(world.reviewer, "general")
    services.decisions.decide(world.reviewer, DecisionRequest(claim.claim_id, "allow"))
    lead = services.directory.add_user("leo", ("lead",), team="blue")
    window = DashboardWindow(services, lead, ImmediateRunner())
    qtbot.addWidget(window)
    dialog = window.open_corrections(services, lead)
    qtbot.keyClicks(dialog.ref, "nope")
    qtbot.keyClick(dialog.ref, Qt.Key.Key_Return)
    assert dialog.current.text() == "No decision on an item 'nope'."
    assert not dialog.correct_button.isEnabled()
    dialog.ref.clear()
    qtbot.keyClicks(dialog.ref, claim.external_ref)
    qtbot.keyClick(dialog.ref, Qt.Key.Key_Return)
    assert "by rita" in dialog.current.text() and dialog.correct_button.isEnabled()
    dialog.verdict.setCurrentIndex(dialog.verdict.findData("remove"))
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text() == "A correction needs a reason: the reviewer is told it."
    qtbot.keyClicks(dialog.reason, "spam")
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.outcome.text().startswith("Recorded: decision")
        and "corrected to remove" in dialog.outcome.text()
    )
    assert "by leo" in dialog.current.text()  # the latest decision is now the correction
    qtbot.keyClicks(dialog.reason, "the uploader disputes it")
    qtbot.mouseClick(dialog.appeal_button, Qt.MouseButton.LeftButton)
    assert "is under appeal" in dialog.outcome.text()
    assert not dialog.correct_button.isEnabled()  # an appeal record: wait for its decision
    texts = [
        n.text()
        for n in services.corrections.notices_for(world.reviewer, world.clock.now() - timedelta(days=1))
    ]
    assert texts == [f"your decision on {claim.external_ref} was corrected to Remove: spam"]
    assert services.decisions.verify().ok

"""The WHO-5 questionnaire on the reviewer's side: offered only when switched on, answered by keyboard
alone, the score shown to the person and stored as their wellbeing data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wellbeing.policy import ScreeningPolicy, WellbeingPolicy, policy_to_toml
from workstation.policy_store import WellbeingPolicyService


def _switch_on(world: Any) -> None:
    wendy = world.services.directory.add_user("wendy", ("wellbeing",), team="blue")
    policy = WellbeingPolicy(screening=ScreeningPolicy(enabled=True), support_contact="Ana, ext. 4411")
    WellbeingPolicyService(world.services.db, world.clock).save(wendy, policy_to_toml(policy), "offer WHO-5")
    world.services.wellbeing.use_policy(world.services.wellbeing.load_policy())


def test_not_offered_unless_the_organisation_switches_it_on(rig_factory) -> None:
    rig = rig_factory()
    rig.controller.check_screening()
    assert rig.ui.screening_banner.isHidden() and not rig.ui.screening_action.isVisible()


def test_answered_by_keyboard_and_the_score_is_the_persons(rig_factory, qtbot, world) -> None:
    _switch_on(world)
    rig = rig_factory()
    rig.controller.check_screening()
    assert not rig.ui.screening_banner.isHidden()
    rig.ui.open_screening()
    dialog = rig.ui.screening_dialog
    assert dialog is not None
    # modal: the window's verdict keys get nothing while it is open (checked with xdotool on Xvfb too)
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    for digit in (Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_1):
        qtbot.keyClick(QApplication.focusWidget(), digit)  # answers the focused question
        if digit != Qt.Key.Key_1:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the next question
    assert dialog.answers == [3, 4, 2, 5, 1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.score is not None)
    assert dialog.score == 60 and "Your WHO-5 score: 60 of 100" in dialog.status.text()
    assert "Ana, ext. 4411" in dialog.support.text()
    results = world.services.screening.results(world.reviewer)
    assert [(r.answers, r.score) for r in results] == [((3, 4, 2, 5, 1), 60)]
    rig.controller.check_screening()  # answered today: not offered again
    rig.ui.screening_banner.hide()
    rig.controller.check_screening()
    assert rig.ui.screening_banner.isHidden()


def test_a_partial_form_is_not_saved(rig_factory, qtbot, world) -> None:
    _switch_on(world)
    rig = rig_factory()
    rig.ui.open_screening()
    dialog = rig.ui.screening_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "Still to answer: question 2, 3, 4, 5" in dialog.status.text()
    assert world.services.screening.results(world.reviewer) == []

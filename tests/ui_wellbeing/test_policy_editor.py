"""The policy editor: a round trip from the form to a running workstation, sentences for bad values,
and nothing for anyone but wellbeing staff."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from ui.policy_editor import PolicyEditor
from ui.tasks import ImmediateRunner, running_task
from workstation.policy_store import WellbeingPolicyService

CONTACT = "Dr. Ana Rivera, staff counsellor: ext. 4411"


@pytest.fixture
def editor_for(qtbot: Any, world: Any) -> Any:
    def make(name: str, role: str) -> PolicyEditor:
        actor = world.services.directory.add_user(name, (role,), team="blue")
        service = WellbeingPolicyService(world.services.db, world.clock)
        editor = PolicyEditor(service, actor, ImmediateRunner())
        qtbot.addWidget(editor)
        editor.show()
        return editor

    return make


def _set(editor: PolicyEditor, key: str, value: float) -> None:
    box = editor.fields[key]
    assert isinstance(box, QSpinBox | QDoubleSpinBox)
    box.setValue(value)  # type: ignore[arg-type]


def test_a_change_in_the_editor_reaches_a_running_workstation(editor_for, rig_factory, qtbot, world) -> None:
    rig = rig_factory()
    editor = editor_for("wendy", "wellbeing")
    assert "shipped defaults are in force" in editor.version_label.text()
    _set(editor, "caps.daily_budget_dose", 200)
    _set(editor, "breaks.break_minutes", 10)
    editor.support.setPlainText(CONTACT)
    editor.screening.setChecked(True)
    qtbot.keyClicks(editor.reason, "guidance from the clinical lead")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "Saved as version 1. Workstations use it within a minute."
    assert editor.version_label.text() == "Version 1 in force."
    assert (
        editor.history.rowCount() == 1
        and "guidance from the clinical lead" in editor.history.item(0, 3).text()
    )
    # the running workstation's next background re-read (called here at once)
    with running_task():  # what the runner does
        assert rig.controller.refresh_policy()
    qtbot.waitUntil(lambda: rig.controller.policy.caps.daily_budget_dose == 200)
    policy = rig.controller.policy
    assert (policy.breaks.break_minutes, policy.support_contact, policy.screening.enabled) == (
        10,
        CONTACT,
        True,
    )
    assert CONTACT in rig.ui.screen.support.text()
    # a second save lists what changed
    _set(editor, "caps.daily_budget_dose", 180)
    editor.reason.setText("pilot")
    editor.save()
    assert "caps.daily_budget_dose: 200 -> 180" in editor.history.item(0, 3).text()


@pytest.mark.parametrize(
    ("key", "value", "sentence"),
    [
        ("breaks.soft_prompt_dose", 90, "breaks.soft_prompt_dose must not exceed breaks.enforced_dose"),
        # The window writes the figures in the locale (here English, US): "1,000", "3" for 3.0.
        ("min_group_size", 1, "min_group_size must be a whole number from 3 to 1,000, got 1"),
        ("min_group_size", 5000, "min_group_size must be a whole number from 3 to 1,000, got 5,000"),
        ("caps.daily_budget_dose", 0, "caps.daily_budget_dose must be a number greater than 0"),
        ("visibility.revealed", 3, "visibility.revealed must be a number from 0 to 1, got 3"),
        ("caps.daily_budget_dose", 900000, "at most 100,000"),
    ],
)
def test_bad_values_get_their_sentence_and_nothing_is_saved(editor_for, key, value, sentence) -> None:
    editor = editor_for("wendy", "wellbeing")
    _set(editor, key, value)
    editor.reason.setText("trying")
    editor.save()
    assert sentence in editor.status.text() and editor.status.text().startswith("Not saved:")
    assert editor.policies.current_version() == 0


def test_a_reason_is_required_and_an_unchanged_form_saves_nothing(editor_for) -> None:
    editor = editor_for("wendy", "wellbeing")
    _set(editor, "caps.daily_budget_dose", 200)
    editor.save()
    assert "say why the policy changes" in editor.status.text()
    _set(editor, "caps.daily_budget_dose", 240)
    editor.reason.setText("x")
    editor.save()
    assert editor.status.text() == "Nothing changed: no new version saved."
    assert editor.policies.current_version() == 0


@pytest.mark.parametrize(("name", "role"), [("leo", "lead"), ("ann", "reviewer")])
def test_others_get_a_sentence_not_a_policy(editor_for, name, role) -> None:
    editor = editor_for(name, role)
    assert (
        f"Could not load the policy: {name} may not read the wellbeing policy's history"
        in editor.status.text()
    )
    editor.save()
    assert "Not saved: the policy in force has not loaded yet" in editor.status.text()


def test_an_admin_may_read_the_history_but_not_save(editor_for) -> None:
    editor = editor_for("ada", "admin")
    _set(editor, "min_group_size", 3)
    editor.reason.setText("lower the minimum")
    editor.save()
    assert editor.status.text() == (
        "Not saved: ada may not change the wellbeing policy: that needs the wellbeing role"
    )
    assert editor.policies.current_version() == 0

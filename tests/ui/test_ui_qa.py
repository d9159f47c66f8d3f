"""The blind second review and "My QA" in the reviewer window (ui/qa_review.py), by keyboard, on
SQLite and PostgreSQL: blindness checked on every object that reaches the window before the QA
verdict, not only on what the widgets say; the same filters and exposure meter as review."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from sqlalchemy import select

from tests.ui.conftest import World
from ui.tasks import ImmediateRunner
from ui.window import ReviewerWindow, Runners
from workstation.actor import Actor
from workstation.decisions import DecisionRecord, DecisionRequest
from workstation.models import Decision, QAReview
from workstation.qa import BlindScreenItem, FirstVerdict

NOTES = {"ann": "ann-private-note-7731", "bob": "bob-private-note-4410"}


class RecordingRunner(ImmediateRunner):
    """Runs at once, keeping every result handed to the window."""

    def __init__(self) -> None:
        self.results: list[Any] = []

    def submit(self, work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Any = None) -> None:
        def keep(result: Any) -> None:
            self.results.append(result)
            on_done(result)

        super().submit(work, keep, on_error)


def _strings(value: object) -> list[str]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, tuple | list | set):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (str(k), *_strings(v))]
    return [str(value)]


def _qa_world(world: World) -> tuple[Actor, dict[str, DecisionRecord]]:
    """ann removes img-a and bob allows img-b (both with a reason-free note); both sampled. lena is a
    lead who reviews; she opens the QA queue."""
    services = world.services
    directory = services.directory
    lena = directory.add_user("lena", ("lead", "reviewer"), team="blue", display_name="Lena Lead")
    decided = {}
    for name, ref, verdict, reason in (("ann", "img-a", "remove", "spam"), ("bob", "img-b", "allow", "")):
        who = directory.add_user(name, ("reviewer",), team="blue", display_name=f"{name.title()} Person")
        world.add_image(ref, seed=3, phash_kind="pdq", phash="f" * 64)  # look-alikes: "decided before"
        claim = services.claims.claim_next(who, world.queue)
        assert claim is not None
        request = DecisionRequest(claim.claim_id, verdict, reason=reason, note=NOTES[name])
        decided[name] = services.decisions.decide(who, request)
        world.clock.advance(10)
    result = services.qa.sample(lena, world.queue, rate=1.0, min_per_reviewer=1, seed=1)
    assert result.sampled == 2
    return lena, decided


@pytest.fixture
def qa_window(
    world: World, make_window: Callable[..., ReviewerWindow]
) -> tuple[ReviewerWindow, RecordingRunner]:
    lena, _decided = _qa_world(world)
    world.reviewer = lena
    runner = RecordingRunner()
    window = make_window(
        runners=Runners(
            db=runner, media=ImmediateRunner(), prefetch=ImmediateRunner(), history=ImmediateRunner()
        )
    )
    return window, runner


def _widget_texts(window: ReviewerWindow) -> str:
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in window.findChildren(QLineEdit) if w.isVisible()]
    return " ".join(texts)


def test_nothing_that_reaches_the_window_before_the_qa_verdict_holds_the_first_decision(
    world: World, qa_window: tuple[ReviewerWindow, RecordingRunner], qtbot: Any
) -> None:
    window, runner = qa_window
    opened: list[object] = []
    shown: list[object] = []
    window.qa.opened.connect(opened.append)
    window.itemChanged.connect(shown.append)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.qa.active and window.qa_mode_label.isVisible()
    runner.results.clear()
    qtbot.keyClick(window, Qt.Key.Key_N)
    first_open = window.qa.item
    assert isinstance(first_open, BlindScreenItem) and opened == [first_open]
    qtbot.keyClick(window, Qt.Key.Key_S)  # skip: the other sample opens
    second_open = window.qa.item
    assert second_open is not None and second_open.blind.sample_id != first_open.blind.sample_id
    before = [*runner.results, *opened, *[s for s in shown if s is not None]]
    assert len(opened) == 2 and all(isinstance(r, BlindScreenItem) for r in runner.results if r is not None)
    data = " ".join(s for obj in before for s in _strings(obj))
    secrets = [*NOTES.values(), "ann", "bob", "Ann Person", "Bob Person"]
    with world.services.db.read() as session:
        secrets += list(session.execute(select(Decision.client_id)).scalars())
    for secret in secrets:
        assert secret not in data, f"{secret!r} reached the window before the QA verdict"

    # The two samples differ only in their first verdicts; what the window got for each is the same
    # but for the sample's own numbers, reference and media.
    def shape(item: BlindScreenItem) -> tuple[Any, ...]:
        return (
            item.blind.queue,
            item.blind.item_reason,
            item.blind.verdicts,
            item.verdicts,
            item.severity_tier,
        )

    assert shape(first_open) == shape(second_open)
    text = _widget_texts(window)
    assert "first verdict" not in text.lower() and not any(n in text for n in NOTES.values())
    assert not window.outcome_panel.isVisible() and not window.history_banner.isVisible()


def test_a_blind_review_by_keyboard_then_the_first_verdict_and_the_outcome(
    world: World, qa_window: tuple[ReviewerWindow, RecordingRunner], qtbot: Any
) -> None:
    window, _runner = qa_window
    meter = window.meter
    assert meter is not None
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClick(window, Qt.Key.Key_N)
    item = window.qa.item
    assert item is not None and window._item is not None
    # the same screen as review: blurred and gray, the meter counting this item at its queue's tier
    assert window.media_view.settings.blur_level > 0 and window.media_view.settings.grayscale
    assert meter.current_weight > 0 and "no item open" not in meter.explain()
    world.clock.advance(30)
    assert meter.dose_today > 0
    qtbot.keyClick(window, Qt.Key.Key_R)  # the reveal works as in review, and is audited the same way
    assert window.media_view.revealed
    qtbot.keyClick(window, Qt.Key.Key_R)
    ann_first = item.blind.external_ref == "img-a"
    qtbot.keyClick(window, Qt.Key.Key_1)  # allow: final, blind
    first = window.outcome_panel.first
    assert isinstance(first, FirstVerdict)
    assert "no item open" in meter.explain() and window._item is None  # nothing of it stays painted
    text = window.outcome_panel.verdicts.text()
    assert "Your verdict: Allow" in text
    if ann_first:
        assert "The first verdict: Remove" in text and "spam" in text
        assert window.outcome_panel.choices.isVisible()
        qtbot.keyClick(window, Qt.Key.Key_Return)  # no outcome chosen yet: asked, nothing recorded
        assert "Choose how the first verdict compares" in window.outcome_panel.hint.text()
        qtbot.keyClick(window, Qt.Key.Key_2)  # under-enforcement; then the note has the focus
        assert window.outcome_panel.outcome == "under-enforcement"
        assert window.outcome_panel.note.hasFocus()
        qtbot.keyClick(window.outcome_panel.note, Qt.Key.Key_Up)  # Up/Down there change it
        assert window.outcome_panel.outcome == "over-enforcement"
        qtbot.keyClicks(window.outcome_panel.note, "a joke, allowed")
    else:
        assert "The first verdict: Allow" in text and not window.outcome_panel.choices.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_N)  # not before the outcome is recorded
    assert window.outcome_panel.first is not None
    qtbot.keyClick(window.outcome_panel.note, Qt.Key.Key_Return)
    assert window.outcome_panel.first is None and not window.outcome_panel.isVisible()
    with world.services.db.read() as session:
        review = session.query(QAReview).one()
    assert review.verdict == "allow"
    assert (review.outcome, review.note) == (
        ("over-enforcement", "a joke, allowed") if ann_first else ("agree", "")
    )
    assert "QA review recorded for" in window.status_bar.currentMessage()


def test_my_qa_loads_off_the_gui_thread_with_the_notes(world: World, make_window: Any, qtbot: Any) -> None:
    lena, decided = _qa_world(world)
    qa = world.services.qa
    while (item := qa.open_next(lena)) is not None:
        qa.commit_verdict(lena, item.blind.sample_id, "restrict")
        qa.review(lena, item.blind.sample_id, "restrict", "under-enforcement", "should have been restricted")
    world.reviewer = world.services.directory.sign_in("bob")
    runner = RecordingRunner()
    window = make_window(
        runners=Runners(
            db=runner, media=ImmediateRunner(), prefetch=ImmediateRunner(), history=ImmediateRunner()
        )
    )
    assert window.qa_action is None  # bob is no lead: no QA queue, but My QA
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert not window.qa.active
    runner.results.clear()
    qtbot.keyClick(window, Qt.Key.Key_F4)
    dialog = window.my_qa
    assert dialog is not None and dialog.isVisible()
    assert [r for r in runner.results if isinstance(r, dict)] == [dialog.data]  # read on the runner
    assert "1 of your decisions had a second review; agreement 0.0 %" in dialog.summary.text()
    [row] = dialog.rows()
    assert row[0] == "img-b" and row[3:] == [
        "Allow",
        "Age-restrict",
        "under-enforcement",
        "should have been restricted",
    ]
    assert "lena" not in " ".join(row).lower()
    assert "Known-answer" not in dialog.summary.text()  # no golden decisions: no figure
    dialog._show({**dialog.data, "golden": {"n": 4, "correct": 3, "accuracy_pct": 75.0}})
    assert "Known-answer items before today: 3 of 4 right (75.0 %)." in dialog.summary.text()
    qtbot.keyClick(dialog, Qt.Key.Key_F4)
    assert not dialog.isVisible()
    assert decided["bob"].verdict == "allow"


def test_once_the_first_verdict_is_shown_the_review_is_always_recorded(
    world: World, qa_window: tuple[ReviewerWindow, RecordingRunner], qtbot: Any
) -> None:
    """Neither F3 (back to review), nor N, nor S lets a QA reviewer walk away from a sample whose first
    verdict they saw; closing the window records it as the verdicts settle it, with the note typed."""
    window, _runner = qa_window
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClick(window, Qt.Key.Key_N)
    item = window.qa.item
    assert item is not None
    qtbot.keyClick(window, Qt.Key.Key_3)  # Remove
    assert window.outcome_panel.first is not None
    for key in (Qt.Key.Key_F3, Qt.Key.Key_S, Qt.Key.Key_N):
        qtbot.keyClick(window, key)
    assert window.qa.active and window.outcome_panel.first is not None
    assert "Record the outcome of the QA review first" in window.status_bar.currentMessage()
    qtbot.keyClicks(window.outcome_panel.note, "left halfway")
    window.close()
    with world.services.db.read() as session:
        review = session.query(QAReview).one()
    ann_first = item.blind.external_ref == "img-a"  # ann removed img-a, bob allowed img-b
    assert (review.verdict, review.note) == ("remove", "left halfway")
    assert review.outcome == ("agree" if ann_first else "other")


def test_a_reviewer_who_is_no_lead_has_no_qa_queue_and_n_claims_as_ever(
    world: World, make_window: Any, qtbot: Any
) -> None:
    _qa_world(world)
    world.add_image("fresh", seed=5)
    window = make_window()  # rita, a reviewer
    assert window.qa_action is None and not window.qa.allowed
    window.toggle_qa()
    assert not window.qa.active and "for leads" in window.status_bar.currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is not None and window.session.item.external_ref == "fresh"


def test_f3_and_f4_are_on_the_sheet_and_f3_waits_for_an_open_review_item(
    world: World, make_window: Any, qtbot: Any
) -> None:
    lena, _decided = _qa_world(world)
    world.add_image("fresh", seed=5)
    world.reviewer = lena
    window = make_window()
    listed = {k for key in window.extra_keys() for k in key.keys}
    assert {"F3", "F4"} <= listed  # the shortcut sheet lists every key the window answers to
    qtbot.keyClick(window, Qt.Key.Key_N)  # an item of ordinary review is open
    assert window.session.item is not None and window.session.item.external_ref == "fresh"
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert not window.qa.active and "Decide or skip the open item first" in window.status_bar.currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_1)  # allow "fresh"; the queue has nothing more for lena
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.qa.active and not window.queue_box.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert not window.qa.active and window.queue_box.isEnabled()

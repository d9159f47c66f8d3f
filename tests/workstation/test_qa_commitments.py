"""A committed QA verdict binds the review (migration 0019), on SQLite and PostgreSQL (as the owner,
who acts for the named person): the same verdict is recorded, a different one or another lead is
refused and audited with nothing recorded, a sample is committed once, and a review without a
commitment (the CLI's blind ``qa review``) still works."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from tests.workstation.conftest import Core
from tests.workstation.test_qa_window_core import _world
from workstation.errors import InvalidInput
from workstation.models import AuditEvent, QACommitment, QAReview
from workstation.qa import QAService


@pytest.fixture
def qa(core: Core) -> QAService:
    return QAService(core.db, core.clock)


def _reviews(core: Core) -> int:
    with core.db.read() as session:
        return int(session.execute(select(func.count()).select_from(QAReview)).scalar_one())


def _refusals(core: Core) -> list[tuple[str, str]]:
    with core.db.read() as session:
        rows = session.execute(
            select(AuditEvent.subject, AuditEvent.details).where(AuditEvent.action == "refused")
        ).all()
    return [(str(s), str(d.get("why", ""))) for s, d in rows]


def test_commit_then_review_with_the_same_verdict_is_recorded(core: Core, qa: QAService) -> None:
    _ann, _bob, leo, _done = _world(core)
    item = qa.open_next(leo)
    assert item is not None
    sample = item.blind.sample_id
    qa.commit_verdict(leo, sample, "remove")
    with core.db.read() as session:
        (row,) = session.execute(select(QACommitment)).scalars().all()
        assert (row.sample_id, row.user_id, row.verdict) == (sample, leo.id, "remove")
        assert (
            session.execute(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "qa verdict committed")
            ).scalar_one()
            == 1
        )
    result = qa.review(leo, sample, "remove", "under-enforcement", "kept")
    assert result.qa_verdict == "remove" and _reviews(core) == 1


def test_a_different_verdict_after_the_commitment_is_refused_audited_and_not_recorded(
    core: Core, qa: QAService
) -> None:
    _ann, _bob, leo, _done = _world(core)
    item = qa.open_next(leo)
    assert item is not None
    sample = item.blind.sample_id
    qa.commit_verdict(leo, sample, "remove")
    with pytest.raises(InvalidInput, match=r"committed QA verdict .* is 'remove'; the review records it"):
        qa.review(leo, sample, "allow", "over-enforcement", "changed my mind")
    assert _reviews(core) == 0
    ((subject, why),) = _refusals(core)
    assert subject == "record a QA review" and "'remove'" in why
    qa.review(leo, sample, "remove")  # the committed verdict still goes through
    assert _reviews(core) == 1


def test_another_lead_cannot_review_a_sample_someone_committed(core: Core, qa: QAService) -> None:
    _ann, _bob, leo, _done = _world(core)
    lia = core.reviewer("lia", "lead")
    item = qa.open_next(leo)
    assert item is not None
    sample = item.blind.sample_id
    qa.commit_verdict(leo, sample, "remove")
    for verdict in ("remove", "allow"):  # neither the committed verdict nor another one
        with pytest.raises(InvalidInput, match="another lead committed the QA verdict"):
            qa.review(lia, sample, verdict)
    assert _reviews(core) == 0 and len(_refusals(core)) == 2
    # nor is it offered to her, in the window or the CLI
    opened = qa.open_next(lia)
    assert opened is None or opened.blind.sample_id != sample
    nxt = qa.next_item(lia)
    assert nxt is None or nxt.sample_id != sample


def test_a_sample_is_committed_once(core: Core, qa: QAService) -> None:
    _ann, _bob, leo, _done = _world(core)
    lia = core.reviewer("lia", "lead")
    item = qa.open_next(leo)
    assert item is not None
    sample = item.blind.sample_id
    qa.commit_verdict(leo, sample, "remove")
    for who, verdict in ((leo, "remove"), (leo, "allow"), (lia, "allow")):
        with pytest.raises(InvalidInput, match="already committed; it cannot be committed again"):
            qa.commit_verdict(who, sample, verdict)
    with core.db.read() as session:
        assert [(c.user_id, c.verdict) for c in session.execute(select(QACommitment)).scalars()] == [
            (leo.id, "remove")
        ]


def test_a_review_without_a_commitment_still_works(core: Core, qa: QAService) -> None:
    _ann, _bob, leo, _done = _world(core)
    item = qa.next_item(leo)
    assert item is not None
    qa.review(leo, item.sample_id, "allow")
    assert _reviews(core) == 1


def test_commitments_are_append_only(core: Core, qa: QAService) -> None:
    _ann, _bob, leo, _done = _world(core)
    item = qa.open_next(leo)
    assert item is not None
    qa.commit_verdict(leo, item.blind.sample_id, "remove")
    for sql in ("UPDATE qa_commitments SET verdict = 'allow'", "DELETE FROM qa_commitments"):
        with pytest.raises(Exception, match="append-only"), core.db.write() as session:
            session.execute(text(sql))

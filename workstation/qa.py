"""QA sampling, the blind second review, and the agreement figures (issue 16).

- ``sample``: a lead or admin selects a queue's decisions of a period for a second look, with
  ``qa_stats.stratified_sample`` (random, stratified by verdict, a minimum per reviewer, every
  urgent decision of a reviewer in their first two weeks). Audited.
- ``next_item``: what a QA reviewer receives for a sampled decision: the item, its queue and the
  queue's verdicts, **never the first verdict nor who gave it** (``BlindItem`` has no field for
  them). QA reviewers are the **leads** (the simplest sound rule: leads may already read every
  decision, so QA gives nobody new access), and never on their own decision.
- ``review``: records the QA reviewer's verdict, outcome and note, append-only and hash-chained on
  the ``qa`` chain; only the ``ReviewResult`` returned *after* recording carries the first verdict.
  The outcome follows the verdicts (``settle_outcome``) and is never refused on them, so a refusal
  cannot tell a blind reviewer the first verdict.
- ``open_next``, ``commit_verdict`` and ``my_reviews``: the same in the reviewer window (``ui/qa_review.py``):
  the sampled item with what the screen needs and still blind (``BlindScreenItem``), the QA verdict made
  final and audited before the first verdict is handed out (``FirstVerdict``), "My QA" with the notes.
- ``report`` and ``mine``: agreement %, Cohen's kappa per queue with its 95 % interval (only from
  n >= 30, ``qa_stats.MIN_N``), a confusion matrix per queue; a reviewer's own results. These read
  decisions, samples and reviews only: QA data is never joined with wellbeing data.

A committed verdict binds the review (migration 0019): only the lead who committed records the review
of that sample, and only with the committed verdict; a review without a commitment (the CLI's blind
``qa review``) is recorded as before.

On PostgreSQL the writes are ``ws_qa_sample``, ``ws_qa_review`` (migration 0016) and ``ws_qa_commit``
(migration 0019).
docs/policies-and-quality.md says how leads use it.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html import escape
from typing import Any

from sqlalchemy import ARRAY, Integer, Text, bindparam, exists, insert, select, text
from sqlalchemy.orm import Session, aliased

from wellbeing.clock import Clock
from wellbeing.phrases import QT_TRANSLATE_NOOP
from workstation import audit, ledger, pgfunc, qa_stats, taxonomy
from workstation.actor import Actor
from workstation.claims import MEDIA_COLUMNS, ClaimGate, MediaInfo, QueueRef
from workstation.db import Database
from workstation.errors import InvalidInput, NotFound, QueueLocked
from workstation.formats import PLAIN, Formats, Zone, html_document, zone_name
from workstation.golden import GoldenService, is_copy, ratings_by_golden
from workstation.models import (
    Decision,
    Incident,
    Item,
    MediaAsset,
    QACommitment,
    QAReview,
    QASample,
    Queue,
    Role,
    User,
)
from workstation.sla import html_table  # the one escaped table builder of the reports

QA = "qa"  # the hash chain of QA reviews (migration 0016)
OUTCOMES = ("agree", "over-enforcement", "under-enforcement", "other")
PERIODS = {"day": 1, "week": 7, "month": 30}
NOTE_MAX = 2000
NOT_SAMPLED = (taxonomy.UNDONE, taxonomy.APPEALED, taxonomy.ESCALATE)

_PG_SAMPLE = (
    text("SELECT ws_qa_sample(CAST(:p_actor AS integer), :p_ids, :p_why, CAST(:p_now AS timestamp))")
    .bindparams(bindparam("p_ids", type_=ARRAY(Integer)), bindparam("p_why", type_=ARRAY(Text)))
    .columns(ws_qa_sample=Integer)
)
_PG_REVIEW = text(
    "SELECT ws_qa_review(CAST(:p_actor AS integer), CAST(:p_sample AS integer), CAST(:p_verdict AS text), "
    "CAST(:p_outcome AS text), CAST(:p_note AS text), CAST(:p_now AS timestamp))"
).columns(ws_qa_review=Integer)
_PG_COMMIT = text(
    "SELECT ws_qa_commit(CAST(:p_actor AS integer), CAST(:p_sample AS integer), CAST(:p_verdict AS text), "
    "CAST(:p_now AS timestamp))"
).columns(ws_qa_commit=Integer)


def review_fields(
    *, decision: str, reviewer: str, verdict: str, outcome: str, note: str, at: datetime
) -> dict[str, Any]:
    """The fields a QA review's hash covers (``ws_qa_append`` builds the same)."""
    return {
        "decision": decision,
        "reviewer": reviewer,
        "verdict": verdict,
        "outcome": outcome,
        "note": note,
        "at": at,
    }


def settle_outcome(qa_verdict: str, first_verdict: str, given: str | None) -> str:
    """Equal verdicts are ``agree``; differing ones keep the reviewer's outcome, ``other`` when they
    gave none (or ``agree``, which the verdicts contradict)."""
    if qa_verdict == first_verdict:
        return "agree"
    return "other" if given in (None, "agree") else str(given)


def qa_records(session: Session) -> Iterator[tuple[dict[str, Any], str, str]]:
    """Every QA review as ``(hashed fields + seq, prev_hash, hash)`` in chain order (audit verify)."""
    rows = session.execute(
        select(QAReview, Decision.client_id, User.username)
        .join(QASample, QASample.id == QAReview.sample_id)
        .join(Decision, Decision.id == QASample.decision_id)
        .join(User, User.id == QAReview.reviewer_id)
        .order_by(QAReview.seq)
        .execution_options(yield_per=2000)
    )
    try:
        for r, client, username in rows:
            fields = review_fields(
                decision=client, reviewer=username, verdict=r.verdict, outcome=r.outcome, note=r.note, at=r.at
            )
            yield {**fields, "seq": r.seq}, r.prev_hash, r.hash
    finally:
        rows.close()


@dataclass(frozen=True)
class SampleResult:
    queue: str
    period_from: datetime
    period_to: datetime
    candidates: int  # decisions of the period that could be sampled
    sampled: int  # newly sampled now
    urgent: int  # of which, urgent decisions of reviewers in their first two weeks


@dataclass(frozen=True)
class BlindItem:
    """What a QA reviewer sees before deciding: deliberately no first verdict, reason or reviewer."""

    sample_id: int
    item_id: int
    external_ref: str
    queue: str
    item_reason: str  # why the item was escalated (from the import), not the first reviewer's reason
    verdicts: tuple[str, ...]  # the queue's verdict keys
    language: str | None = None  # the item's (from the import, migration 0020): the text is masked by it


@dataclass(frozen=True)
class ReviewResult:
    """The response after recording: now, and only now, the first verdict."""

    review_id: int
    sample_id: int
    external_ref: str
    qa_verdict: str
    outcome: str
    first_verdict: str
    first_reviewer: str


@dataclass(frozen=True)
class BlindScreenItem:
    """A sampled item as the reviewer window opens it (``open_next``): the ``BlindItem`` and what the
    screen needs, the queue's tier (QA time is exposure like any other), its verdicts with their labels
    and the media. Still no field for the first verdict, its reason, note or reviewer, nor any of the
    item's decisions."""

    blind: BlindItem
    severity_tier: int
    verdicts: tuple[taxonomy.Verdict, ...]
    media: tuple[MediaInfo, ...]
    priority: int


@dataclass(frozen=True)
class FirstVerdict:
    """Handed out by ``commit_verdict``, after the QA verdict is final: the first verdict and its
    reason (not who gave it), and ``settled`` = "agree" when the two are equal (else "": the QA
    reviewer chooses the outcome)."""

    sample_id: int
    qa_verdict: str
    first_verdict: str
    first_label: str
    first_reason: str
    settled: str


class _BindingRefused(InvalidInput):
    """A review that does not match its sample's commitment: audited as a refusal, then raised."""


def _binding_refusal(session: Session, actor: Actor, sample_id: int, verdict: str) -> str | None:
    """Why a review of ``sample_id`` by ``actor`` with ``verdict`` breaks the sample's commitment, or
    None (no commitment, or it matches). The same sentences as ``ws_qa_review`` (migration 0019)."""
    found = session.execute(
        select(QACommitment.user_id, QACommitment.verdict).where(QACommitment.sample_id == sample_id)
    ).first()
    if found is None:
        return None
    if found[0] != actor.id:
        return f"another lead committed the QA verdict on sample {sample_id}; only they record its review"
    if found[1] != verdict:
        return (
            f"your committed QA verdict on sample {sample_id} is {found[1]!r}; "
            f"the review records it, not {verdict!r}"
        )
    return None


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


class QAService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.golden = GoldenService(db, clock)  # golden items (workstation.golden)

    # -- sampling ---------------------------------------------------------------------------------------

    def sample(
        self,
        actor: Actor,
        queue: str,
        *,
        rate: float,
        min_per_reviewer: int,
        period: str = "week",
        seed: int | None = None,
    ) -> SampleResult:
        """Sample ``queue``'s decisions of the last ``period`` (leads and admins; audited). Decisions
        superseded, undone, appealed or escalated are not candidates; one sampled already stays sampled
        once (the same seed again adds nothing)."""
        audit.require(self.db, self.clock, actor, "sample decisions for QA", Role.LEAD, Role.ADMIN)
        if period not in PERIODS:
            raise InvalidInput(f"the period is {', '.join(PERIODS)}, not {period!r}")
        if not 0 < rate <= 1:
            raise InvalidInput(f"the rate is a share above 0 and at most 1 (0.05 is 5 %), not {rate}")
        if not 0 <= min_per_reviewer <= 10_000:
            raise InvalidInput(f"the minimum per reviewer is 0 to 10000, not {min_per_reviewer}")
        now = self.clock.now()
        start = now - timedelta(days=PERIODS[period])
        later = aliased(Decision)
        with self.db.read() as session:
            q = session.execute(select(Queue).where(Queue.name == queue)).scalar_one_or_none()
            if q is None:
                raise NotFound(f"no queue {queue!r}")
            rows = session.execute(
                select(
                    Decision.id,
                    User.username,
                    Decision.verdict,
                    Decision.decided_at,
                    User.created_at,
                    exists().where(Incident.decision_id == Decision.id),
                )
                .join(User, User.id == Decision.user_id)
                .where(
                    Decision.queue_id == q.id,
                    Decision.decided_at > start,
                    Decision.decided_at <= now,
                    Decision.verdict.not_in(NOT_SAMPLED),
                    ~exists().where(later.supersedes_id == Decision.id),
                    ~is_copy(Decision.item_id),  # golden copies are checked against their answer
                )
            ).all()
        candidates = [
            qa_stats.Candidate(
                decision_id=r[0],
                reviewer=r[1],
                verdict=r[2],
                urgent=bool(r[5]),
                reviewer_since=r[4].date(),
                decided_on=r[3].date(),
            )
            for r in rows
        ]
        chosen = qa_stats.stratified_sample(
            candidates, rate=rate, min_per_reviewer=min_per_reviewer, rng=random.Random(seed)
        )
        forced = {
            c.decision_id
            for c in candidates
            if c.urgent
            and c.reviewer_since is not None
            and c.decided_on is not None
            and c.decided_on < c.reviewer_since + timedelta(days=14)
        }
        why = ["new-reviewer-urgent" if d in forced else "stratified" for d in chosen]
        if self.db.dialect == "postgresql":
            params = {"p_actor": actor.id, "p_ids": chosen, "p_why": why, "p_now": _naive(now)}
            added = self.db.run_write(
                lambda s: int(pgfunc.call(s.connection(), _PG_SAMPLE, params).scalar_one())
            )
        else:

            def work(session: Session) -> int:
                taken = set(
                    session.execute(
                        select(QASample.decision_id).where(QASample.decision_id.in_(chosen))
                    ).scalars()
                )
                fresh = [(d, w) for d, w in zip(chosen, why, strict=True) if d not in taken]
                if fresh:
                    session.execute(
                        insert(QASample),
                        [
                            {"decision_id": d, "sampled_at": now, "sampled_by": actor.id, "why": w}
                            for d, w in fresh
                        ],
                    )
                audit.record(
                    session, now, actor.id, "qa sampled", queue, {"offered": len(chosen), "new": len(fresh)}
                )
                return len(fresh)

            added = self.db.run_write(work)
        return SampleResult(queue, start, now, len(candidates), added, sum(1 for d in chosen if d in forced))

    # -- the blind second review ----------------------------------------------------------------------

    def next_item(self, actor: Actor, queue: str | None = None) -> BlindItem | None:
        """The oldest sampled decision not yet reviewed and not the actor's own, blind (leads)."""
        audit.require(self.db, self.clock, actor, "review sampled decisions (QA)", Role.LEAD)
        with self.db.read() as session:
            stmt = (
                select(
                    QASample.id,
                    Item.id,
                    Item.external_ref,
                    Queue.name,
                    Item.reason,
                    Queue.taxonomy,
                    Item.language,
                )
                .join(Decision, Decision.id == QASample.decision_id)
                .join(Item, Item.id == Decision.item_id)
                .join(Queue, Queue.id == Decision.queue_id)
                .where(
                    Decision.user_id != actor.id,
                    ~exists().where(QAReview.sample_id == QASample.id),
                    # committed by another lead: only they record its review (migration 0019)
                    ~exists().where(QACommitment.sample_id == QASample.id, QACommitment.user_id != actor.id),
                )
                .order_by(QASample.sampled_at, QASample.id)
                .limit(1)
            )
            if queue is not None:
                stmt = stmt.where(Queue.name == queue)
            row = session.execute(stmt).first()
        if row is None:
            return None
        keys = tuple(v.key for v in taxonomy.parse(row[5], source=row[3]) if v.key not in taxonomy.RESERVED)
        return BlindItem(row[0], row[1], row[2], row[3], row[4] or "", keys, row[6])

    def review(
        self, actor: Actor, sample_id: int, verdict: str, outcome: str | None = None, note: str = ""
    ) -> ReviewResult:
        """Record the QA reviewer's verdict on sample ``sample_id`` and reveal the first verdict."""
        audit.require(self.db, self.clock, actor, "review sampled decisions (QA)", Role.LEAD)
        note = note.strip()
        if outcome is not None and outcome not in OUTCOMES:
            raise InvalidInput(f"the outcome is {', '.join(OUTCOMES)}, not {outcome!r}")
        if len(note) > NOTE_MAX:
            raise InvalidInput(f"the note has {len(note)} characters; at most {NOTE_MAX}")
        now = self.clock.now()
        if self.db.dialect == "postgresql":
            params = {
                "p_actor": actor.id,
                "p_sample": sample_id,
                "p_verdict": verdict,
                "p_outcome": outcome,
                "p_note": note,
                "p_now": _naive(now),
            }

            def pg(session: Session) -> ReviewResult:
                why = _binding_refusal(session, actor, sample_id, verdict)
                if why is not None:
                    raise _BindingRefused(why)
                new_id = int(pgfunc.call(session.connection(), _PG_REVIEW, params).scalar_one())
                return self._result(session, new_id)

            return self._bound(actor, sample_id, lambda: self.db.run_write(pg))

        def work(session: Session) -> ReviewResult:
            found = session.execute(
                select(QASample, Decision, Item.external_ref, Queue)
                .join(Decision, Decision.id == QASample.decision_id)
                .join(Item, Item.id == Decision.item_id)
                .join(Queue, Queue.id == Decision.queue_id)
                .where(QASample.id == sample_id)
                .with_for_update(of=QASample)
            ).first()
            if found is None:
                raise NotFound(f"no QA sample {sample_id}")
            _sample, first, ref, queue = found
            if first.user_id == actor.id:
                raise InvalidInput(f"QA sample {sample_id} is your own decision; another lead reviews it")
            if session.execute(select(QAReview.id).where(QAReview.sample_id == sample_id)).first():
                raise InvalidInput(f"QA sample {sample_id} was already reviewed")
            why = _binding_refusal(session, actor, sample_id, verdict)
            if why is not None:
                raise _BindingRefused(why)
            keys = {v.key for v in taxonomy.parse(queue.taxonomy, source=queue.name)}
            if verdict in taxonomy.RESERVED or verdict not in keys:
                raise InvalidInput(f"{verdict!r} is not a verdict of this item's queue")
            settled = settle_outcome(verdict, first.verdict, outcome)
            fields = review_fields(
                decision=first.client_id,
                reviewer=actor.username,
                verdict=verdict,
                outcome=settled,
                note=note,
                at=now,
            )
            session.flush()
            link = ledger.append(session, QA, fields)
            new_id = int(
                session.execute(
                    insert(QAReview).returning(QAReview.id),
                    {
                        "seq": link.seq,
                        "sample_id": sample_id,
                        "reviewer_id": actor.id,
                        "verdict": verdict,
                        "outcome": settled,
                        "note": note,
                        "at": now,
                        "prev_hash": link.prev_hash,
                        "hash": link.hash,
                    },
                ).scalar_one()
            )
            audit.record(
                session, now, actor.id, "qa reviewed", ref, {"sample": sample_id, "outcome": settled}
            )
            return self._result(session, new_id)

        return self._bound(actor, sample_id, lambda: self.db.run_write(work))

    def _bound(self, actor: Actor, sample_id: int, write: Callable[[], ReviewResult]) -> ReviewResult:
        """Run a review's write; a refusal by the sample's commitment rolled it back: audit it."""
        try:
            return write()
        except _BindingRefused as refusal:
            why = {"why": str(refusal), "sample": sample_id}
            audit.record_refusal(self.db, self.clock, actor, "record a QA review", why)
            raise InvalidInput(str(refusal)) from None

    @staticmethod
    def _result(session: Session, review_id: int) -> ReviewResult:
        r, s, d, ref, who = session.execute(
            select(QAReview, QASample.id, Decision.verdict, Item.external_ref, User.username)
            .join(QASample, QASample.id == QAReview.sample_id)
            .join(Decision, Decision.id == QASample.decision_id)
            .join(Item, Item.id == Decision.item_id)
            .join(User, User.id == Decision.user_id)
            .where(QAReview.id == review_id)
        ).one()
        return ReviewResult(review_id, s, ref, r.verdict, r.outcome, d, who)

    # -- figures ------------------------------------------------------------------------------------------

    def _pairs(self, session: Session, user_id: int | None = None) -> list[tuple[str, str, str, str, str]]:
        """(queue, first reviewer, first verdict, QA verdict, outcome) of every review (of one
        reviewer's decisions when ``user_id``). Decisions, samples and reviews only."""
        stmt = (
            select(Queue.name, User.username, Decision.verdict, QAReview.verdict, QAReview.outcome)
            .join(QASample, QASample.id == QAReview.sample_id)
            .join(Decision, Decision.id == QASample.decision_id)
            .join(Queue, Queue.id == Decision.queue_id)
            .join(User, User.id == Decision.user_id)
            .order_by(QAReview.seq)
        )
        if user_id is not None:
            stmt = stmt.where(Decision.user_id == user_id)
        return [tuple(r) for r in session.execute(stmt).all()]  # type: ignore[misc]

    def report(self, actor: Actor, by: str) -> list[dict[str, Any]]:
        """Agreement per reviewer, queue or first verdict (leads and admins). Per queue: Cohen's kappa
        with its 95 % interval (blank below n = 30), Fleiss' kappa over items more than two reviewers
        saw (blank below 30 such items), and the confusion matrix (first by QA verdict). Per reviewer
        and per queue: golden-item accuracy with its n."""
        audit.require(self.db, self.clock, actor, "read QA figures", Role.LEAD, Role.ADMIN)
        index = {"queue": 0, "reviewer": 1, "verdict": 2}
        if by not in index:
            raise InvalidInput(f"the report is by reviewer, queue or verdict, not {by!r}")
        with self.db.read() as session:
            pairs = self._pairs(session)
            golden = {a.key: a for a in self.golden.accuracy(session, by)} if by != "verdict" else {}
            many = self._many_ratings(session) if by == "queue" else {}
        groups: dict[str, list[tuple[str, str, str, str, str]]] = defaultdict(list)
        for p in pairs:
            groups[p[index[by]]].append(p)
        rows = []
        for key in sorted(set(groups) | set(golden)):
            row = _figures(by, key, groups[key], kappa=by == "queue")
            if by == "queue":
                f = qa_stats.fleiss(many.get(key, []))
                row.update(
                    fleiss_n=f.n,
                    fleiss_kappa=_r(f.kappa) if f.shown else "",
                    fleiss_low=_r(f.low) if f.shown else "",
                    fleiss_high=_r(f.high) if f.shown else "",
                    fleiss_shown=f.shown,
                )
            if by != "verdict":
                g = golden.get(key)
                row.update(
                    golden_n=g.n if g else 0,
                    golden_correct=g.correct if g else 0,
                    golden_accuracy_pct=g.pct if g and g.pct is not None else "",
                )
            rows.append(row)
        return rows

    def verdict_labels(self, actor: Actor) -> dict[str, dict[str, str]]:
        """Per queue name, each verdict key's label as the queue's taxonomy writes it (English): what
        the window translates (``resources/taxonomy_labels.toml``) to name a confusion matrix's rows
        and columns, where the command line keeps the keys. Leads and admins, like the report."""
        audit.require(self.db, self.clock, actor, "read QA figures", Role.LEAD, Role.ADMIN)
        with self.db.read() as session:
            queues = session.execute(select(Queue.name, Queue.taxonomy)).all()
        labels: dict[str, dict[str, str]] = {}
        for name, entries in queues:
            try:
                labels[name] = {v.key: v.label for v in taxonomy.parse(entries, source=name)}
            except InvalidInput:  # a queue whose stored taxonomy no longer parses: its keys are shown
                labels[name] = {}
        return labels

    def note_saved(self, actor: Actor, by: str, rows: int, name: str, fmt: str) -> None:
        """A QA report written to a file from the window is an export: audit it, as the dashboard's
        saved reports are (``report.saved``). Leads and admins, like the report itself."""
        audit.require(self.db, self.clock, actor, "save QA figures", Role.LEAD, Role.ADMIN)
        with self.db.write() as session:
            details = {"by": by, "rows": rows, "format": fmt}
            audit.record(session, self.clock.now(), actor.id, "qa report saved", name, details)

    def _many_ratings(self, session: Session) -> dict[str, list[list[str]]]:
        """Per queue, the verdicts of each item that more than two reviewers saw (for Fleiss' kappa):
        a golden item (every copy's current verdict), or a sampled item whose decisions by distinct
        people (a correction, an appeal's decision) and QA review make three or more."""
        out: dict[str, list[list[str]]] = defaultdict(list)
        for (queue, _golden), verdicts in sorted(ratings_by_golden(session).items()):
            if len(verdicts) > 2:
                out[queue].append(verdicts)
        sampled = select(Decision.item_id).join(QASample, QASample.decision_id == Decision.id)
        undo = aliased(Decision)
        per_item: dict[int, dict[int, str]] = defaultdict(dict)
        queue_of: dict[int, str] = {}
        for item_id, user_id, verdict, queue in session.execute(
            select(Decision.item_id, Decision.user_id, Decision.verdict, Queue.name)
            .join(Queue, Queue.id == Decision.queue_id)
            .where(
                Decision.item_id.in_(sampled),
                Decision.verdict.not_in(NOT_SAMPLED),
                ~exists().where(undo.supersedes_id == Decision.id, undo.verdict == taxonomy.UNDONE),
            )
            .order_by(Decision.id)
        ).all():
            per_item[item_id][user_id] = verdict  # a person's latest verdict on the item
            queue_of[item_id] = queue
        for item_id, user_id, verdict in session.execute(
            select(Decision.item_id, QAReview.reviewer_id, QAReview.verdict)
            .join(QASample, QASample.id == QAReview.sample_id)
            .join(Decision, Decision.id == QASample.decision_id)
            .order_by(QAReview.seq)
        ).all():
            per_item[item_id][-user_id] = verdict  # a QA review counts beside the person's own decision
        for item_id, ratings in sorted(per_item.items()):
            if len(ratings) > 2 and item_id in queue_of:
                out[queue_of[item_id]].append(list(ratings.values()))
        return dict(out)

    def mine(self, actor: Actor) -> dict[str, Any]:
        """The actor's own QA results: their agreement and each reviewed decision (the QA reviewer
        is not named: the result is about the decision, not about who looked), and their golden-item
        accuracy over decisions made before today (never which items were golden, nor their answer)."""
        with self.db.read() as session:
            pairs = self._pairs(session, actor.id)
            golden = self._golden_summary(session, actor)
        summary = _figures("reviewer", actor.username, pairs, kappa=False)
        summary["items"] = [
            {"queue": q, "your_verdict": first, "qa_verdict": second, "outcome": outcome}
            for q, _, first, second, outcome in pairs
        ]
        summary["golden"] = golden
        return summary

    def _golden_summary(self, session: Session, actor: Actor) -> dict[str, Any]:
        """The person's golden-item accuracy as ``mine`` and "My QA" show it (never which items)."""
        golden = self.golden.mine(session, actor)
        return {
            "n": golden.n,
            "correct": golden.correct,
            "accuracy_pct": golden.pct if golden.pct is not None else "",
            "counted": "decisions made before today (UTC)",
        }

    # -- the blind second review in the reviewer window (docs/policies-and-quality.md) ------------------

    def open_next(
        self,
        actor: Actor,
        queue: str | None = None,
        exclude: tuple[int, ...] = (),
        *,
        gate: ClaimGate | None = None,
        live_dose: float | None = None,
    ) -> BlindScreenItem | None:
        """``next_item`` for the reviewer window: the same blind choice (oldest unreviewed sample, never
        the actor's own), skipping the samples in ``exclude`` (skipped in this window), with what the
        screen needs (media, the queue's tier for the exposure meter, its verdicts). Leads.

        QA time is exposure like any other: ``gate`` (the claim gate, ``WellbeingRecords.gate``) with the
        window's ``live_dose`` skips samples of a tier today's spent budget closed; when every waiting
        sample is closed so, its refusal is raised (docs/wellbeing.md#what-is-measured)."""
        audit.require(self.db, self.clock, actor, "review sampled decisions (QA)", Role.LEAD)
        with self.db.read() as session:
            stmt = (
                select(
                    QASample.id,
                    Item.id,
                    Item.external_ref,
                    Queue.name,
                    Item.reason,
                    Queue.taxonomy,
                    Queue.severity_tier,
                    Item.priority,
                    Queue.id,
                    Queue.restricted,
                    Item.language,
                )
                .join(Decision, Decision.id == QASample.decision_id)
                .join(Item, Item.id == Decision.item_id)
                .join(Queue, Queue.id == Decision.queue_id)
                .where(
                    Decision.user_id != actor.id,
                    ~exists().where(QAReview.sample_id == QASample.id),
                    # committed already (a window closed before Enter): never offered again, as a
                    # second commitment is refused; the committing lead ends it with ``qa review``
                    ~exists().where(QACommitment.sample_id == QASample.id),
                )
                .order_by(QASample.sampled_at, QASample.id)
                .limit(1 if gate is None else 200)
            )
            if queue is not None:
                stmt = stmt.where(Queue.name == queue)
            if exclude:
                stmt = stmt.where(QASample.id.not_in(exclude))
            row, refusal = None, None
            for candidate in session.execute(stmt):
                if gate is not None:
                    ref = QueueRef(candidate[8], candidate[3], candidate[6], candidate[5], candidate[9])
                    try:
                        gate(session, actor, ref, live_dose)
                    except QueueLocked as locked:
                        refusal = refusal or locked
                        continue
                row = candidate
                break
            if row is None:
                if refusal is not None:
                    raise refusal
                return None
            media = session.execute(
                select(*MEDIA_COLUMNS).where(MediaAsset.item_id == row[1]).order_by(MediaAsset.position)
            ).all()
        verdicts = tuple(v for v in taxonomy.parse(row[5], source=row[3]) if v.key not in taxonomy.RESERVED)
        blind = BlindItem(
            row[0], row[1], row[2], row[3], row[4] or "", tuple(v.key for v in verdicts), row[10]
        )
        return BlindScreenItem(
            blind,
            int(row[6]),
            verdicts,
            tuple(MediaInfo(**m._asdict()) for m in media),
            int(row[7] or 0),
        )

    def commit_verdict(self, actor: Actor, sample_id: int, verdict: str) -> FirstVerdict:
        """The QA reviewer's verdict is final: store it (``qa_commitments``, which binds the review to
        this lead and verdict) with its audit event (``qa verdict committed``) in one transaction, then
        hand out the first verdict, so the window can ask for the outcome and note (``review`` records
        all three, with this verdict). Committed once per sample. Refused only for reasons that say
        nothing of the first verdict."""
        audit.require(self.db, self.clock, actor, "review sampled decisions (QA)", Role.LEAD)
        now = self.clock.now()

        def work(session: Session) -> FirstVerdict:
            found = session.execute(
                select(
                    Decision.user_id,
                    Decision.verdict,
                    Decision.reason,
                    Queue.taxonomy,
                    Queue.name,
                    Item.external_ref,
                )
                .select_from(QASample)
                .join(Decision, Decision.id == QASample.decision_id)
                .join(Item, Item.id == Decision.item_id)
                .join(Queue, Queue.id == Decision.queue_id)
                .where(QASample.id == sample_id)
            ).first()
            if found is None:
                raise NotFound(f"no QA sample {sample_id}")
            user_id, first, reason, tax, queue_name, ref = found
            if user_id == actor.id:
                raise InvalidInput(f"QA sample {sample_id} is your own decision; another lead reviews it")
            if session.execute(select(QAReview.id).where(QAReview.sample_id == sample_id)).first():
                raise InvalidInput(f"QA sample {sample_id} was already reviewed")
            verdicts = {v.key: v for v in taxonomy.parse(tax, source=queue_name)}
            if session.execute(
                select(QACommitment.sample_id).where(QACommitment.sample_id == sample_id)
            ).first():
                raise InvalidInput(
                    f"a QA verdict on sample {sample_id} was already committed; it cannot be committed again"
                )
            if verdict in taxonomy.RESERVED or verdict not in verdicts:
                raise InvalidInput(f"{verdict!r} is not a verdict of this item's queue")
            if self.db.dialect == "postgresql":
                params = {
                    "p_actor": actor.id,
                    "p_sample": sample_id,
                    "p_verdict": verdict,
                    "p_now": _naive(now),
                }
                pgfunc.call(session.connection(), _PG_COMMIT, params)
            else:
                session.add(QACommitment(sample_id=sample_id, user_id=actor.id, verdict=verdict, at=now))
                audit.record(
                    session,
                    now,
                    actor.id,
                    "qa verdict committed",
                    ref,
                    {"sample": sample_id, "verdict": verdict},
                )
            label = verdicts[first].label if first in verdicts else first
            return FirstVerdict(
                sample_id, verdict, first, label, reason or "", "agree" if verdict == first else ""
            )

        return self.db.run_write(work)

    def my_reviews(self, actor: Actor) -> dict[str, Any]:
        """ "My QA" in the window: ``mine``'s figures, and per reviewed decision (newest first) the item,
        the day decided, both verdicts (keys and their labels), the outcome and the QA reviewer's note
        (never their name)."""
        with self.db.read() as session:
            pairs = self._pairs(session, actor.id)
            golden = self._golden_summary(session, actor)
            rows = session.execute(
                select(
                    Queue.name,
                    Item.external_ref,
                    Decision.decided_at,
                    Decision.verdict,
                    QAReview.verdict,
                    QAReview.outcome,
                    QAReview.note,
                    QAReview.at,
                    Queue.taxonomy,
                )
                .select_from(QAReview)
                .join(QASample, QASample.id == QAReview.sample_id)
                .join(Decision, Decision.id == QASample.decision_id)
                .outerjoin(Queue, Queue.id == Decision.queue_id)
                .outerjoin(Item, Item.id == Decision.item_id)
                .where(Decision.user_id == actor.id)
                .order_by(QAReview.seq.desc())
            ).all()
        labels: dict[str, dict[str, str]] = {}
        for r in rows:
            if r[0] is not None and r[0] not in labels:
                labels[r[0]] = {v.key: v.label for v in taxonomy.parse(r[8], source=r[0])}
        summary = _figures("reviewer", actor.username, pairs, kappa=False)
        summary["golden"] = golden
        summary["items"] = [
            {
                "queue": r[0] or "",
                "item": r[1] or "",
                "decided_at": r[2],
                "your_verdict": r[3],
                "qa_verdict": r[4],
                "your_label": labels.get(r[0] or "", {}).get(r[3], r[3]),
                "qa_label": labels.get(r[0] or "", {}).get(r[4], r[4]),
                "outcome": r[5],
                "note": r[6] or "",
                "reviewed_at": r[7],
            }
            for r in rows
        ]
        return summary


def _r(value: float | None) -> float | str:
    return round(value, 3) if value is not None else ""


def _figures(
    by: str, key: str, pairs: list[tuple[str, str, str, str, str]], *, kappa: bool
) -> dict[str, Any]:
    verdicts = [(p[2], p[3]) for p in pairs]
    share = qa_stats.agreement(verdicts)
    outcomes = Counter(p[4] for p in pairs)
    row: dict[str, Any] = {
        by: key,
        "n": len(pairs),
        "agreement_pct": round(100 * share, 1) if share is not None else "",
        **{o: outcomes.get(o, 0) for o in OUTCOMES},
    }
    if kappa:
        k = qa_stats.cohen(verdicts)
        row.update(
            kappa=round(k.kappa, 3) if k.shown and k.kappa is not None else "",
            kappa_low=round(k.low, 3) if k.shown and k.low is not None else "",
            kappa_high=round(k.high, 3) if k.shown and k.high is not None else "",
            kappa_shown=k.shown,
        )
        labels, matrix = qa_stats.confusion(verdicts)
        row["confusion"] = {"labels": labels, "matrix": matrix}
    return row


# -- the report as HTML (the PDF's source; laid out by the frontend's write_html_pdf) -------------------

_HEADINGS = {
    "queue": QT_TRANSLATE_NOOP("QaReport", "Queue"),
    "reviewer": QT_TRANSLATE_NOOP("QaReport", "Reviewer (first decision)"),
    "verdict": QT_TRANSLATE_NOOP("QaReport", "First verdict"),
    "n": QT_TRANSLATE_NOOP("QaReport", "Items reviewed twice"),
    "agreement_pct": QT_TRANSLATE_NOOP("QaReport", "Agreement %"),
    "agree": QT_TRANSLATE_NOOP("QaReport", "Agree"),
    "over-enforcement": QT_TRANSLATE_NOOP("QaReport", "Over-enforcement"),
    "under-enforcement": QT_TRANSLATE_NOOP("QaReport", "Under-enforcement"),
    "other": QT_TRANSLATE_NOOP("QaReport", "Other"),
    "kappa": QT_TRANSLATE_NOOP("QaReport", "Cohen's kappa"),
    "kappa_ci": QT_TRANSLATE_NOOP("QaReport", "Cohen's kappa, 95 % interval"),
    "fleiss_n": QT_TRANSLATE_NOOP("QaReport", "Items seen by 3+ reviewers"),
    "fleiss_kappa": QT_TRANSLATE_NOOP("QaReport", "Fleiss' kappa"),
    "fleiss_ci": QT_TRANSLATE_NOOP("QaReport", "Fleiss' kappa, 95 % interval"),
    "golden_n": QT_TRANSLATE_NOOP("QaReport", "Golden items decided"),
    "golden_accuracy_pct": QT_TRANSLATE_NOOP("QaReport", "Golden accuracy %"),
}
_TITLES = {
    "queue": QT_TRANSLATE_NOOP("QaReport", "Quality review (QA) report, by queue"),
    "reviewer": QT_TRANSLATE_NOOP("QaReport", "Quality review (QA) report, by reviewer (first decision)"),
    "verdict": QT_TRANSLATE_NOOP("QaReport", "Quality review (QA) report, by first verdict"),
}

LEGEND = (
    (
        QT_TRANSLATE_NOOP("QaReport", "Agreement %"),
        QT_TRANSLATE_NOOP(
            "QaReport",
            "the share of sampled decisions on which the blind QA reviewer chose the same verdict.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("QaReport", "Cohen's kappa"),
        QT_TRANSLATE_NOOP(
            "QaReport",
            "agreement between the first reviewer and the QA reviewer beyond what chance alone would give: "
            "1 is perfect agreement, 0 is no better than chance, below 0 worse than chance.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("QaReport", "Fleiss' kappa"),
        QT_TRANSLATE_NOOP(
            "QaReport",
            "the same idea for items that more than two reviewers saw (golden items decided by many "
            "reviewers, or a sampled item that was also corrected or appealed).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("QaReport", "95 % interval"),
        QT_TRANSLATE_NOOP(
            "QaReport",
            "the range that holds the true kappa with 95 % confidence; a wide interval means few items.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("QaReport", "Shown from n ≥ 30"),
        QT_TRANSLATE_NOOP(
            "QaReport",
            "a kappa and its interval are shown only when at least 30 items stand behind them: below that "
            "they say more about chance than about reviewers, and the cell reads 'fewer than 30 items'.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("QaReport", "Golden accuracy %"),
        QT_TRANSLATE_NOOP(
            "QaReport",
            "the share of golden items (items whose right verdict a lead set) decided with that verdict, "
            "with the number decided. Reviewers cannot tell golden items from real ones.",
        ),
    ),
)
FEWER_THAN_30 = QT_TRANSLATE_NOOP("QaReport", "fewer than 30 items")
_INTRO = QT_TRANSLATE_NOOP(
    "QaReport",
    "Generated {time} {zone}. Each sampled decision was decided again, blind, by a lead; the legend on "
    "the last page explains each figure.",
)
_NOTHING = QT_TRANSLATE_NOOP("QaReport", "No QA review and no golden item yet.")
_AGREEMENT = QT_TRANSLATE_NOOP("QaReport", "Agreement")
_KAPPA_GOLDEN = QT_TRANSLATE_NOOP("QaReport", "Kappa and golden items")
_GOLDEN = QT_TRANSLATE_NOOP("QaReport", "Golden items")
_CONFUSION = QT_TRANSLATE_NOOP("QaReport", "Confusion matrix, queue {queue}")
_CONFUSION_AXES = QT_TRANSLATE_NOOP(
    "QaReport", "Rows: the first reviewer's verdict; columns: the QA reviewer's verdict."
)
_CORNER = QT_TRANSLATE_NOOP("QaReport", "First verdict \\ QA verdict")
_LEGEND = QT_TRANSLATE_NOOP("QaReport", "Legend")
_LEGEND_HEADER = (QT_TRANSLATE_NOOP("QaReport", "Figure"), QT_TRANSLATE_NOOP("QaReport", "What it means"))

#: How a verdict is named in a report: ``(queue or None, key) -> text``. The command line keeps the
#: key (``allow``); the window passes the label in the person's language (ui/qa_view.py).
VerdictLabel = Callable[[str | None, str], str]


def _key(_queue: str | None, key: str) -> str:
    return key


def _cell(value: Any, fmt: Formats = PLAIN) -> str:
    """A figure in the reader's digits; text as it is (a phrase stays one, for ``fmt.text``)."""
    if isinstance(value, str) and value != "":
        return value
    return fmt.figure(value) if isinstance(value, int | float) or value in ("", None) else str(value)


def _interval(row: dict[str, Any], prefix: str, fmt: Formats = PLAIN) -> str:
    shown = row.get(f"{prefix}_shown")
    if shown is None:
        return "–"
    if not shown:
        return FEWER_THAN_30
    low, high = row.get(f"{prefix}_low"), row.get(f"{prefix}_high")
    if low == "" or high == "":
        return "–"
    return QT_TRANSLATE_NOOP("QaReport", "{low} to {high}").format(low=fmt.figure(low), high=fmt.figure(high))


def report_html(
    rows: list[dict[str, Any]],
    by: str,
    generated: datetime,
    fmt: Formats = PLAIN,
    *,
    zone: Zone = "UTC",
    verdict_label: VerdictLabel = _key,
) -> str:
    """The QA report as simple HTML: a title, the figures table with spelled-out headings, per queue
    the confusion matrices, and a legend on its own page. Every word of ours goes through
    ``fmt.text`` and each verdict through ``verdict_label``: the command line's defaults write English,
    UTC and the verdicts' keys; the window, the person's language, zone and verdict labels."""
    agreement_keys = [by, "n", "agreement_pct", "agree", "over-enforcement", "under-enforcement", "other"]
    more_keys = [by]  # a second table: sixteen columns on one A4 line break words
    if by == "queue":
        more_keys += ["kappa", "kappa_ci", "fleiss_n", "fleiss_kappa", "fleiss_ci"]
    if by != "verdict":
        more_keys += ["golden_n", "golden_accuracy_pct"]
    cells = []
    for row in rows:
        cell = dict(row)
        cell["kappa_ci"] = _interval(row, "kappa", fmt)
        cell["fleiss_ci"] = _interval(row, "fleiss", fmt)
        if row.get("kappa_shown") is False:
            cell["kappa"] = FEWER_THAN_30
        if row.get("fleiss_shown") is False:
            cell["fleiss_kappa"] = FEWER_THAN_30
        if by == "verdict":
            cell[by] = verdict_label(None, str(row[by]))
        cells.append(cell)

    def table(keys: list[str]) -> str:
        return html_table(
            [_HEADINGS[k] for k in keys], ([_cell(c.get(k), fmt) for k in keys] for c in cells), fmt
        )

    def say(phrase: str) -> str:
        return escape(fmt.text(phrase))

    time = fmt.moment(generated, zone)
    parts = [
        f"<h1>{say(_TITLES[by])}</h1>",
        f"<p>{say(_INTRO.format(time=time, zone=zone_name(zone, generated)))}</p>",
    ]
    if not cells:
        parts.append(f"<p>{say(_NOTHING)}</p>")
    else:
        parts += [f"<h2>{say(_AGREEMENT)}</h2>", table(agreement_keys)]
        if len(more_keys) > 1:
            title = _KAPPA_GOLDEN if by == "queue" else _GOLDEN
            parts += [f"<h2>{say(title)}</h2>", table(more_keys)]
    for row in rows:
        confusion = row.get("confusion")
        if not confusion or not confusion["labels"]:
            continue
        queue = str(row[by])
        names = [verdict_label(queue, key) for key in confusion["labels"]]
        parts.append(f"<h2>{say(_CONFUSION.format(queue=queue))}</h2>")
        parts.append(f"<p>{escape(fmt.text(_CONFUSION_AXES), quote=False)}</p>")  # as it always was
        parts.append(
            html_table(
                [_CORNER, *names],
                (
                    [name, *map(fmt.figure, line)]
                    for name, line in zip(names, confusion["matrix"], strict=True)
                ),
                fmt,
            )
        )
    parts.append(f'<h2 style="page-break-before: always">{say(_LEGEND)}</h2>')
    parts.append(html_table(_LEGEND_HEADER, ([name, text_] for name, text_ in LEGEND), fmt))
    return html_document(parts, fmt)

"""Golden items on SQLite and PostgreSQL (the owner path; tests/reliability/test_pg_golden.py attacks
through real logins): adding and retiring them, copies mixed into imports that look like the batch in
everything a reviewer's claim returns, decisions on copies in the chain but out of the SLA and daily
figures, and accuracy in the QA report and in "My QA" (only over decisions before today)."""

from __future__ import annotations

import dataclasses
import json
import random
import re
from datetime import timedelta
from pathlib import Path

import cv2
import numpy as np
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from media.phash import MATCH_THRESHOLD
from tests.workstation.conftest import Core
from workstation import signing
from workstation.actor import Actor
from workstation.checkpoints import Checkpoints
from workstation.claims import ClaimedItem
from workstation.daily_report import DailyReports
from workstation.decisions import DecisionRequest
from workstation.errors import InvalidInput, NotFound, PermissionDenied
from workstation.exports import DecisionExports
from workstation.golden import GoldenService, lookalike_ref, scramble_hash
from workstation.history import earlier_decisions
from workstation.importer import Importer
from workstation.models import AuditEvent, GoldenInstance, Item, MediaAsset
from workstation.qa import QAService
from workstation.sla import OperationsSettings, SlaReports


def png(path: Path, seed: int) -> Path:
    """A synthetic picture with structure (blocks), so it has a reliable perceptual hash."""
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 255, (8, 8, 3), dtype=np.uint8)
    ok, buf = cv2.imencode(".png", cv2.resize(small, (128, 128), interpolation=cv2.INTER_NEAREST))
    assert ok
    path.write_bytes(buf.tobytes())
    return path


def batch(folder: Path, start: int, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(start, start + count):
        png(folder / f"img-{n:04d}.png", n)
    return folder


class World:
    def __init__(self, core: Core, tmp_path: Path, seed: int = 5) -> None:
        self.core = core
        core.queue()
        self.ada = core.reviewer("ada", "admin")
        self.leo = core.reviewer("leo", "lead", "reviewer")
        self.ann, self.bob, self.cat = core.reviewer("ann"), core.reviewer("bob"), core.reviewer("cat")
        self.golden = GoldenService(core.db, core.clock, random.Random(seed))
        self.importer = Importer(core.db, core.clock, golden=self.golden)
        self.qa = QAService(core.db, core.clock)
        self.qa.golden = self.golden
        self.tmp = tmp_path

    def import_batch(self, start: int, count: int) -> None:
        report = self.importer.run(self.leo, "general", [batch(self.tmp / f"b{start}", start, count)])
        assert report.items == count, report  # the import's own report counts the manifest, not copies

    def decide(self, who: Actor, verdict_for: dict[int, str] | None = None) -> list[ClaimedItem]:
        """``who`` claims and decides until the queue is empty; items in ``verdict_for`` get theirs."""
        seen = []
        while (claim := self.core.claims.claim_next(who, "general")) is not None:
            verdict = (verdict_for or {}).get(claim.item_id, "allow")
            reason = "" if verdict == "allow" else "spam"
            self.core.decisions.decide(who, DecisionRequest(claim.claim_id, verdict, reason=reason))
            seen.append(claim)
            self.core.clock.advance(20)
        return seen

    def copies(self) -> dict[int, int]:
        with self.core.db.read() as session:
            return dict(session.execute(select(GoldenInstance.item_id, GoldenInstance.golden_id)).all())


@pytest.fixture
def w(core: Core, tmp_path: Path) -> World:
    return World(core, tmp_path)


def test_adding_golden_items_is_checked_and_audited(w: World) -> None:
    w.import_batch(0, 3)
    with pytest.raises(PermissionDenied):
        w.golden.add(w.ann, "img-0000.png", "remove")
    with pytest.raises(NotFound, match="no item 'nope'"):
        w.golden.add(w.leo, "nope", "remove")
    with pytest.raises(InvalidInput, match="'nuke' is not a verdict of queue general"):
        w.golden.add(w.leo, "img-0000.png", "nuke")
    with pytest.raises(InvalidInput, match="not a verdict"):
        w.golden.add(w.leo, "img-0000.png", "escalate")  # a reserved key is no answer
    g = w.golden.add(w.leo, "img-0000.png", "remove")
    assert (g.external_ref, g.queue, g.expected, g.copies, g.retired_at) == (
        "img-0000.png",
        "general",
        "remove",
        0,
        None,
    )
    with pytest.raises(InvalidInput, match="already golden item"):
        w.golden.add(w.ada, "img-0000.png", "allow")
    assert [r.id for r in w.golden.listing(w.leo)] == [g.id]
    with pytest.raises(PermissionDenied):
        w.golden.listing(w.ann)
    with pytest.raises(PermissionDenied):
        w.golden.retire(w.ann, g.id)
    assert w.golden.retire(w.leo, g.id).retired_at is not None
    with pytest.raises(InvalidInput, match="already retired"):
        w.golden.retire(w.leo, g.id)
    with pytest.raises(NotFound):
        w.golden.retire(w.leo, 999)
    with pytest.raises(InvalidInput, match="retired"):
        w.golden.add(w.leo, "img-0000.png", "remove")
    assert w.golden.listing(w.leo) == [] and len(w.golden.listing(w.leo, retired=True)) == 1
    with w.core.db.read() as session:
        actions = session.execute(select(AuditEvent.action)).scalars().all()
    assert actions.count("golden added") == 1 and actions.count("golden retired") == 1


def test_the_rate_is_an_admins_setting_within_bounds(w: World) -> None:
    settings = OperationsSettings(w.core.db, w.core.clock)
    for absurd in (-0.1, 0.21, 1.0, 5.0, float("nan"), float("inf")):
        with pytest.raises(InvalidInput, match="golden-item rate"):
            settings.set_golden_rate(w.ada, absurd)
    with pytest.raises(PermissionDenied):
        settings.set_golden_rate(w.leo, 0.05)
    settings.set_golden_rate(w.ada, 0.0)
    settings.set_golden_rate(w.ada, 0.2)


def test_no_copies_without_a_rate_nor_after_retiring(w: World) -> None:
    w.import_batch(0, 2)
    g = w.golden.add(w.leo, "img-0000.png", "remove")
    w.import_batch(10, 20)  # the rate is off by default
    assert w.copies() == {}
    OperationsSettings(w.core.db, w.core.clock).set_golden_rate(w.ada, 0.2)
    w.golden.retire(w.leo, g.id)
    w.import_batch(40, 20)
    assert w.copies() == {}


def _shape(ref: str) -> str:
    return re.sub(r"[0-9]", "9", ref)


def test_copies_look_like_the_batch_in_everything_a_claim_returns(w: World) -> None:
    w.import_batch(0, 2)
    source = w.golden.add(w.leo, "img-0000.png", "remove")
    w.golden.add(w.leo, "img-0001.png", "allow")
    OperationsSettings(w.core.db, w.core.clock).set_golden_rate(w.ada, 0.2)
    w.decide(w.bob, {})  # the two sources are decided: a "decided before" would point at them
    w.core.clock.advance(600)
    w.import_batch(100, 60)
    copies = w.copies()
    assert 5 <= len(copies) <= 25, copies  # 60 items at 0.2 (seeded): 12 expected
    assert set(copies.values()) == {source.id, source.id + 1}  # both golden items are used, in turn
    with w.core.db.read() as session:
        rows = session.execute(select(Item).where(Item.created_at == w.core.clock.now())).scalars().all()
    ids = sorted(r.id for r in rows)
    real = [i for i in ids if i not in copies]
    # interleaved with the batch by id (not appended after it), the batch's import time and due times
    assert min(real) < min(copies) and max(copies) < max(real)
    by_id = {r.id: r for r in rows}
    real_due = {by_id[i].sla_due_at for i in real}
    assert all(by_id[c].sla_due_at in real_due for c in copies) or all(
        by_id[i].sla_due_at is None for i in ids
    )
    claims = w.decide(w.ann, {})
    assert len(claims) == len(rows)
    order = [c.item_id for c in claims]
    assert order == sorted(order)  # the claim order does not single copies out either
    fake = [c for c in claims if c.item_id in copies]
    genuine = [c for c in claims if c.item_id not in copies]

    def profile(c: ClaimedItem) -> tuple[object, ...]:
        """Which fields are set, with which types, and the shape of the reference."""
        fields = dataclasses.asdict(c)
        media = [
            tuple((k, type(v).__name__) for k, v in sorted(m.items()) if k != "id")
            for m in fields.pop("media")
        ]
        return (
            tuple((k, type(v).__name__) for k, v in sorted(fields.items())),
            tuple(media),
            _shape(c.external_ref),
            c.priority,
            c.reason,
            c.queue,
            c.claimed_at - c.lease_expires_at,
        )

    assert {profile(c) for c in fake} <= {profile(c) for c in genuine}
    with w.core.db.read() as session:  # as rows: no digest shared with the source, none missing
        rows_ = session.execute(select(MediaAsset.sha256, MediaAsset.content_key)).all()
    assert all(sha == key for sha, key in rows_) and len({sha for sha, _ in rows_}) == len(rows_)
    refs = {c.external_ref for c in claims}
    assert len(refs) == len(claims) and not refs & {"img-0000.png", "img-0001.png"}
    for c in fake:  # the perceptual hash no longer matches the source: "decided before" stays silent
        (m,) = c.media
        assert m.phash and len(m.phash) == len(genuine[0].media[0].phash or "")
        found = earlier_decisions(w.core.db, m, exclude_item_id=c.item_id)
        assert not {e.external_ref for e in found} & {"img-0000.png", "img-0001.png"}


def test_verdicts_on_copies_are_in_the_chain_but_not_in_sla_nor_daily_figures(w: World) -> None:
    w.import_batch(0, 1)
    w.golden.add(w.leo, "img-0000.png", "remove")
    w.decide(w.bob)
    OperationsSettings(w.core.db, w.core.clock).set_golden_rate(w.ada, 0.2)
    w.import_batch(100, 30)
    copies = w.copies()
    assert copies
    before = SlaReports(w.core.db, w.core.clock).report(w.leo).rows[0].decided
    decided = w.decide(w.ann)
    assert len(decided) == 30 + len(copies)
    (row,) = SlaReports(w.core.db, w.core.clock).report(w.leo).rows
    assert row.decided - before == 30  # only real items count
    day = DailyReports(w.core.db, w.core.clock).report(w.leo, w.core.clock.now().date())
    (queue_day,) = day.queues
    assert (queue_day.imported, queue_day.decided) == (31, 31)  # the source and the 30 real ones
    report = Checkpoints(w.core.db, w.core.clock).verify_database(w.leo)
    assert report.ok
    # an export feeds enforcement: it never carries a verdict on a copy, and still verifies
    exports = DecisionExports(w.core.db, w.core.clock, w.core.decisions)
    out = w.tmp / "decisions.jsonl"
    result = exports.export(w.leo, out, "jsonl", signer=signing.Signer(Ed25519PrivateKey.generate()))
    assert result.rows == 31
    refs = {json.loads(line).get("external_ref") for line in out.read_text().splitlines()[:-1]}
    copy_refs = {c.external_ref for c in decided if c.item_id in copies}
    assert copy_refs and not refs & copy_refs
    (chain,) = [c for c in report.chains if c.name.startswith("decisions/")]
    assert chain.report.checked == 31 + len(copies)  # every verdict on a copy is in the chain


def test_accuracy_per_reviewer_and_queue_and_in_my_qa_only_after_the_day(w: World) -> None:
    w.import_batch(0, 1)
    w.golden.add(w.leo, "img-0000.png", "remove")
    w.decide(w.bob)
    OperationsSettings(w.core.db, w.core.clock).set_golden_rate(w.ada, 0.2)
    w.import_batch(100, 40)
    copies = w.copies()
    n = len(copies)
    assert n >= 4
    wrong = sorted(copies)[:2]  # ann gets two wrong ("allow"), the rest right ("remove")
    w.decide(w.ann, {c: ("allow" if c in wrong else "remove") for c in copies})
    rows = {r["reviewer"]: r for r in w.qa.report(w.leo, "reviewer")}
    assert (rows["ann"]["golden_n"], rows["ann"]["golden_correct"]) == (n, n - 2)
    assert rows["ann"]["golden_accuracy_pct"] == round(100 * (n - 2) / n, 1)
    assert "bob" not in rows  # bob decided the source, no copy, and had no QA review
    (queue,) = w.qa.report(w.leo, "queue")
    assert (queue["golden_n"], queue["golden_correct"]) == (n, n - 2)
    assert w.qa.report(w.leo, "verdict") == []  # golden accuracy is per reviewer and per queue
    mine = w.qa.mine(w.ann)
    assert mine["golden"]["n"] == 0  # today's decisions are not counted yet: which one was a test?
    w.core.clock.advance(86400)
    mine = w.qa.mine(w.ann)
    assert (mine["golden"]["n"], mine["golden"]["correct"]) == (n, n - 2)
    assert "expected" not in str(mine) and "img-0000" not in str(mine)  # never the answer nor the item
    listed = {g.external_ref: g for g in w.golden.listing(w.leo)}
    assert (listed["img-0000.png"].copies, listed["img-0000.png"].decided) == (n, n)
    # a golden copy is never sampled for QA: its answer is known
    result = w.qa.sample(w.leo, "general", rate=1.0, min_per_reviewer=0, period="month")
    assert result.candidates == 41 - 0 and result.sampled == 41  # 40 real + the source, no copy


def test_fleiss_kappa_over_golden_items_seen_by_three_reviewers(w: World) -> None:
    """Thirty golden items each decided by three reviewers: Fleiss' kappa is shown, and equals the
    figure computed from the verdicts by hand; with 29 it is not shown."""
    w.import_batch(0, 30)
    for n in range(30):
        w.golden.add(w.leo, f"img-{n:04d}.png", "remove")
    w.decide(w.bob)
    OperationsSettings(w.core.db, w.core.clock).set_golden_rate(w.ada, 0.2)
    # each import of 150 items mixes in copies; keep importing until every golden item has three
    start = 1000
    while min(g.copies for g in w.golden.listing(w.leo)) < 3:
        w.import_batch(start, 150)
        start += 150
    copies = w.copies()
    verdict = {c: ("remove" if (c * 7) % 5 else "allow") for c in copies}
    for who in (w.ann, w.cat):
        w.decide(who, verdict)
        with w.core.db.read():
            pass
    (row,) = w.qa.report(w.leo, "queue")
    ratings: dict[int, list[str]] = {}
    for c, g in copies.items():
        ratings.setdefault(g, []).append(verdict[c])
    assert row["fleiss_n"] == 30 and row["fleiss_shown"] is True
    assert row["fleiss_kappa"] == pytest.approx(_fleiss_by_pairs(list(ratings.values())), abs=0.0005)


def _fleiss_by_pairs(items: list[list[str]]) -> float:
    """Fleiss' kappa by enumerating agreeing pairs of raters (independent of qa_stats)."""
    from itertools import combinations

    agree = [sum(a == b for a, b in combinations(r, 2)) / (len(r) * (len(r) - 1) / 2) for r in items]
    every = [v for r in items for v in r]
    pe = sum((every.count(k) / len(every)) ** 2 for k in set(every))
    return (sum(agree) / len(agree) - pe) / (1 - pe)


def test_lookalike_references_keep_the_batch_template() -> None:
    rng = random.Random(3)
    batch_refs = [f"REP-2026-11-30-{n:06d}" for n in range(120, 130)]
    for _ in range(50):
        ref = lookalike_ref(batch_refs[0], batch_refs, rng)
        assert re.fullmatch(r"REP-2026-11-30-00\d{4}", ref), ref
    numbered = [f"img-{n:04d}.png" for n in range(1300, 1450)]
    for _ in range(50):  # below the batch: a number the source system already handed out
        ref = lookalike_ref(numbered[7], numbered, rng)
        assert re.fullmatch(r"img-\d{4}\.png", ref) and ref < "img-1300.png", ref
    hexed = ["case-8f3a2c", "case-11bb2c", "case-0e9d4c"]
    assert re.fullmatch(r"case-[0-9a-z]{4}[0-9]c", lookalike_ref(hexed[0], hexed, rng))


def test_scrambled_hashes_are_beyond_the_match_threshold() -> None:
    rng = random.Random(1)
    for _ in range(100):
        h = f"{rng.getrandbits(256):064x}"
        s = scramble_hash(h, rng)
        assert s is not None and len(s) == 64
        assert (int(h, 16) ^ int(s, 16)).bit_count() > MATCH_THRESHOLD
    assert scramble_hash(None, rng) is None and scramble_hash("", rng) == ""


def test_golden_results_survive_a_copy_decided_then_undone(w: World) -> None:
    """An undone verdict on a copy does not count; the verdict given after the undo does."""
    w.import_batch(0, 1)
    w.golden.add(w.leo, "img-0000.png", "remove")
    w.decide(w.bob)
    OperationsSettings(w.core.db, w.core.clock).set_golden_rate(w.ada, 0.2)
    w.import_batch(100, 40)
    copies = w.copies()
    first = None
    while (claim := w.core.claims.claim_next(w.ann, "general")) is not None:
        if claim.item_id in copies and first is None:
            record = w.core.decisions.decide(w.ann, DecisionRequest(claim.claim_id, "allow"))
            w.core.decisions.undo(w.ann, record.id)
            first = claim.item_id
            continue
        verdict = "remove" if claim.item_id in copies else "allow"
        w.core.decisions.decide(
            w.ann, DecisionRequest(claim.claim_id, verdict, reason="spam" if verdict == "remove" else "")
        )
        w.core.clock.advance(5)
    rows = {r["reviewer"]: r for r in w.qa.report(w.leo, "reviewer")}
    assert (rows["ann"]["golden_n"], rows["ann"]["golden_correct"]) == (len(copies), len(copies))
    _ = timedelta

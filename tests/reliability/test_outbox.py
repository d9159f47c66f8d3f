"""The outbox: offline decisions are committed locally, survive a restart and are sent once, in
order; a replay the database refuses is kept, listed and audited, never dropped."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.reliability.faults import Outage
from tests.workstation.conftest import Core
from workstation import app
from workstation.claims import ClaimService
from workstation.db import Database
from workstation.decisions import DecisionRecord, DecisionRequest, DecisionService
from workstation.errors import DatabaseUnavailable, InvalidInput, LeaseLost
from workstation.models import AuditEvent, Decision
from workstation.outbox import (
    CONFLICT,
    DECISION,
    PENDING,
    SENT,
    Outbox,
    OutboxSync,
    database_identity,
    outbox_path_for,
)


def _decision_count(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(Decision)).scalar_one())


def test_offline_decision_survives_a_restart_and_is_sent_once(core: Core, outbox_path: Path) -> None:
    q = core.queue()
    core.items(q, 1)
    ann = core.reviewer("ann")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    request = DecisionRequest(claim.claim_id, "allow", handling_seconds=4.0)

    # First run of the app: the database goes away before the reviewer decides.
    first = Outbox(outbox_path)
    reliable = OutboxSync(core.decisions, first)
    with Outage(core.db):
        result = reliable.decide(ann, request)
        assert result.queued and result.record is None
        assert "saved on this workstation" in result.message
        assert "cannot reach the database" in result.message
        assert reliable.pending_count() == 1
        offline = reliable.sync()  # the scheduler tries again while still offline
        assert offline.offline and offline.sent == 0 and offline.pending == 1
    first.close()  # the app is closed (or killed) with the decision only in the outbox
    assert _decision_count(core.db) == 0
    decided_at = core.clock.now()
    core.clock.advance(30)  # still inside the lease

    # Second run: the outbox is read back from its file and sent once.
    second = Outbox(outbox_path)
    again = OutboxSync(core.decisions, second)
    assert again.pending_count() == 1
    assert again.sync().sent == 0  # nobody signed in yet: nothing is sent as anyone
    again.sign_in(ann)
    synced = again.sync()
    assert (synced.sent, synced.pending, synced.conflicts, synced.offline) == (1, 0, [], False)
    assert again.sync().sent == 0  # nothing left; a second sync sends nothing
    record = core.decisions.find(request.client_id)
    assert record is not None and record.verdict == "allow"
    assert record.decided_at == decided_at  # the time the reviewer decided, not the replay time
    assert _decision_count(core.db) == 1
    entry = second.get(request.client_id)
    assert entry is not None and entry.state == SENT and entry.attempts == 2
    second.close()
    assert core.decisions.verify().ok


def test_the_outbox_is_committed_before_decide_returns(core: Core, outbox_path: Path) -> None:
    q = core.queue()
    core.items(q, 1)
    ann = core.reviewer("ann")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    box = Outbox(outbox_path)
    with Outage(core.db):
        result = OutboxSync(core.decisions, box).decide(ann, DecisionRequest(claim.claim_id, "allow"))
    # Another process (the restarted app) sees the row at once: it was committed, not buffered.
    with sqlite3.connect(outbox_path) as other:
        rows = other.execute("SELECT client_id, state, kind FROM outbox").fetchall()
    other.close()
    box.close()
    assert rows == [(result.client_id, PENDING, DECISION)]


def test_replays_keep_the_order_decisions_were_made(core: Core, reliable: OutboxSync) -> None:
    q = core.queue()
    core.items(q, 3)
    ann, bob = core.reviewer("ann"), core.reviewer("bob")
    order = []
    claims = [core.claims.claim_next(ann, q), core.claims.claim_next(bob, q)]
    assert all(claims)
    with Outage(core.db) as outage:
        for actor, claim, verdict in ((bob, claims[1], "allow"), (ann, claims[0], "allow")):
            assert claim is not None
            core.clock.advance(1)
            res = reliable.decide(actor, DecisionRequest(claim.claim_id, verdict))
            assert res.queued
            order.append(res.client_id)
        assert outage.active
    assert reliable.pending_count() == 1  # ann's own; bob's waits for bob
    assert reliable.others_waiting() == 1
    # Each person's work is sent when they sign in, never under another person's identity.
    reliable.sign_in(bob)
    synced = reliable.sync()
    assert (synced.sent, synced.others) == (1, 1)
    reliable.sign_in(ann)
    assert reliable.sync().sent == 1
    # A third decision made after the connection returns goes behind the waiting ones.
    carl = core.reviewer("carl")
    third = core.claims.claim_next(carl, q)
    assert third is not None
    res = reliable.decide(carl, DecisionRequest(third.claim_id, "allow"))
    assert not res.queued and res.record is not None
    order.append(res.client_id)
    with core.db.read() as session:
        stored = list(session.execute(select(Decision.client_id).order_by(Decision.seq)).scalars())
    assert stored == order
    assert reliable.pending_count() == 0


def test_a_lost_acknowledgement_is_replayed_without_a_duplicate(core: Core, outbox_path: Path) -> None:
    """The commit reached the database but the answer did not: the replay finds it by client id."""

    class AnswerLost(DecisionService):
        def decide(self, actor: Any, request: DecisionRequest) -> DecisionRecord:
            super().decide(actor, request)
            raise DatabaseUnavailable("the connection dropped before the answer arrived")

    q = core.queue()
    core.items(q, 1)
    ann = core.reviewer("ann")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    with Outbox(outbox_path) as box:
        flaky = OutboxSync(AnswerLost(core.db, core.clock, core.claims), box)
        result = flaky.decide(ann, DecisionRequest(claim.claim_id, "allow"))
        assert result.queued
        replay = OutboxSync(core.decisions, box)
        replay.sign_in(ann)
        assert replay.sync().sent == 1
    assert _decision_count(core.db) == 1


def test_a_conflicting_replay_is_kept_listed_and_audited(core: Core, reliable: OutboxSync) -> None:
    q = core.queue()
    core.items(q, 1)
    ann, bob = core.reviewer("ann"), core.reviewer("bob")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    with Outage(core.db):
        queued = reliable.decide(ann, DecisionRequest(claim.claim_id, "allow", note="ann offline"))
    assert queued.queued
    # Ann's lease runs out while she is offline; Bob (another workstation, online) takes the item.
    core.clock.advance(120)
    bobs = core.claims.claim_next(bob, q)
    assert bobs is not None and bobs.item_id == claim.item_id
    core.decisions.decide(bob, DecisionRequest(bobs.claim_id, "allow"))

    result = reliable.sync()
    assert result.sent == 0 and result.pending == 0
    assert [c.client_id for c in result.conflicts] == [queued.client_id]
    (conflict,) = reliable.conflicts()
    assert conflict.state == CONFLICT
    assert "expired" in (conflict.conflict_reason or "") and "bob" in (conflict.conflict_reason or "")
    assert conflict.payload["request"]["note"] == "ann offline"  # kept in full, for the reviewer
    with core.db.read() as session:
        events = session.execute(select(AuditEvent).where(AuditEvent.action == "offline_conflict")).scalars()
        (event,) = list(events)
        assert event.actor_id == ann.id
        assert event.details["client_id"] == queued.client_id
        assert event.details["verdict"] == "allow"
        assert "expired" in event.details["reason"]
    reliable.sync()  # reported once, not on every sync
    with core.db.read() as session:
        count = select(func.count()).where(AuditEvent.action == "offline_conflict")
        assert session.execute(count).scalar_one() == 1
    assert _decision_count(core.db) == 1  # only Bob's


def test_a_conflict_found_while_offline_is_audited_once_the_database_is_back(
    core: Core, outbox_path: Path
) -> None:
    def refused(_payload: Any) -> None:
        raise LeaseLost("your claim expired and someone else decided it")

    q = core.queue()
    core.items(q, 1)
    ann = core.reviewer("ann")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    with Outbox(outbox_path) as box:
        reliable = OutboxSync(core.decisions, box)
        with Outage(core.db):
            reliable.decide(ann, DecisionRequest(claim.claim_id, "allow"))
            reliable.register(DECISION, refused)
            # refused on replay while the audit log is out of reach: kept, not yet reported
            result = reliable.sync()
            assert len(result.conflicts) == 1 and result.pending == 0
            assert len(box.unreported_conflicts()) == 1
        reliable.sync()
        assert box.unreported_conflicts() == []
    with core.db.read() as session:
        count = select(func.count()).where(AuditEvent.action == "offline_conflict")
        assert session.execute(count).scalar_one() == 1


def test_domain_refusals_are_raised_not_queued(core: Core, reliable: OutboxSync) -> None:
    q = core.queue()
    core.items(q, 1)
    ann = core.reviewer("ann")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    with pytest.raises(InvalidInput):
        reliable.decide(ann, DecisionRequest(claim.claim_id, "no-such-verdict"))
    assert reliable.pending_count() == 0 and reliable.conflicts() == []


def test_other_kinds_use_the_same_outbox_in_order(core: Core, reliable: OutboxSync) -> None:
    sent: list[str] = []
    online = {"up": False}

    def replay_span(payload: Any) -> None:
        if not online["up"]:
            raise DatabaseUnavailable("cannot reach the database")
        sent.append(payload["n"])

    ann = core.reviewer("ann")
    reliable.sign_in(ann)
    reliable.register("exposure_spans", replay_span)
    me = {"user_id": ann.id}
    assert reliable.send_or_queue("exposure_spans", "s1", {"n": "s1", **me}) is False
    assert reliable.send_or_queue("exposure_spans", "s2", {"n": "s2", **me}) is False
    assert reliable.pending_count() == 2
    online["up"] = True
    assert reliable.send_or_queue("exposure_spans", "s3", {"n": "s3", **me}) is True
    assert sent == ["s1", "s2", "s3"]
    assert reliable.send_or_queue("exposure_spans", "s4", {"n": "s4", **me}) is True  # direct now
    assert sent == ["s1", "s2", "s3", "s4"]
    assert reliable.pending_count() == 0


def test_an_unknown_kind_waits_in_place_and_holds_later_ones(tmp_path: Path, core: Core) -> None:
    ann = core.reviewer("ann")
    with Outbox(tmp_path / "o.db") as box:
        box.put("from_a_newer_version", "x1", {"user_id": ann.id})
        box.put("exposure_spans", "x2", {"user_id": ann.id})
        reliable = OutboxSync(core.decisions, box)
        reliable.sign_in(ann)
        seen: list[Any] = []
        reliable.register("exposure_spans", seen.append)
        result = reliable.sync()
        assert result.sent == 0 and result.pending == 2 and seen == []
        assert "from_a_newer_version" in (result.error or "")


def test_put_is_idempotent_on_the_client_id(tmp_path: Path) -> None:
    with Outbox(tmp_path / "o.db") as box:
        first = box.put("decision", "c1", {"a": 1})
        assert box.put("decision", "c1", {"a": 1}) == first
        assert box.pending_count() == 1
        with pytest.raises(ValueError, match="already in the outbox"):
            box.put("exposure_spans", "c1", {})


def test_each_database_has_its_own_outbox(tmp_path: Path) -> None:
    a = outbox_path_for(tmp_path, database_identity(f"sqlite:///{tmp_path / 'a.db'}"))
    b = outbox_path_for(tmp_path, database_identity(f"sqlite:///{tmp_path / 'demo.db'}"))
    assert a != b and a.parent == tmp_path
    assert a == outbox_path_for(tmp_path, database_identity(f"sqlite:///{tmp_path / 'x' / '..' / 'a.db'}"))


@pytest.mark.parametrize(
    "spelling",
    [
        "postgresql+psycopg://ann@localhost:15433/reviews",
        "postgresql+psycopg://ann:secret@LOCALHOST:15433/reviews?sslmode=disable",
        "postgresql+psycopg://ann@[::1]:15433/reviews?connect_timeout=3",
    ],
)
def test_one_database_spelt_differently_is_one_outbox(spelling: str) -> None:
    """Issue 13: two decisions queued under 127.0.0.1:15433 showed 0 waiting under localhost:15433 or
    with ?sslmode=disable: they were stranded in a file named after the URL's text."""
    reference = database_identity("postgresql+psycopg://ann@127.0.0.1:15433/reviews")
    assert database_identity(spelling) == reference
    assert "secret" not in database_identity(spelling)
    assert database_identity("postgresql+psycopg://ann@127.0.0.1:15433/other") != reference
    assert database_identity("postgresql+psycopg://ann@db.example.org:15433/reviews") != reference
    assert database_identity("postgresql+psycopg://ann@127.0.0.1/reviews") == database_identity(
        "postgresql+psycopg://ann@127.0.0.1:5432/reviews"
    )


def test_an_outbox_named_after_the_old_url_text_is_adopted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decisions waiting in a file an earlier version named after the URL text are not stranded by
    the upgrade: the first start adopts the file under the database's identity."""
    import hashlib

    monkeypatch.setenv("WORKSTATION_DATA_DIR", str(tmp_path))
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    legacy = tmp_path / f"outbox-{hashlib.sha256(url.encode()).hexdigest()[:12]}.db"
    with Outbox(legacy) as box:
        box.put("decision", "waiting-1", {"user_id": 1})
    services = app.build(url)
    try:
        assert services.outbox_sync.outbox.pending_count() == 1
        assert not legacy.exists()
    finally:
        services.close()


def test_the_composition_root_wires_the_outbox(tmp_path: Path) -> None:
    services = app.build(f"sqlite:///{tmp_path / 'ws.db'}", outbox_path=tmp_path / "box.db")
    try:
        assert services.outbox_sync.decisions is services.decisions
        assert services.outbox_sync.pending_count() == 0
        assert isinstance(services.claims, ClaimService)
    finally:
        services.close()
    assert (tmp_path / "box.db").exists()


def test_one_waiting_decision_per_claim(core: Core, reliable: OutboxSync) -> None:
    """Until its offline decision is sent the claim stays open, and claim_next hands the same item
    back: a second decision for it is refused, not queued behind the first."""
    q = core.queue()
    core.items(q, 2)
    ann = core.reviewer("ann")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    with Outage(core.db):
        first = reliable.decide(ann, DecisionRequest(claim.claim_id, "allow"))
    assert reliable.waiting_claims() == {claim.claim_id}
    again = core.claims.claim_next(ann, q)
    assert again is not None and again.claim_id == claim.claim_id
    with pytest.raises(InvalidInput, match="already waiting"):
        reliable.decide(ann, DecisionRequest(again.claim_id, "allow"))
    assert reliable.sync().sent == 1 and reliable.waiting_claims() == set()
    nxt = core.claims.claim_next(ann, q)
    assert nxt is not None and nxt.item_id != claim.item_id
    assert core.decisions.find(first.client_id) is not None


def test_sent_operations_are_pruned_after_a_week_never_pending_or_conflicts(
    core: Core, reliable: OutboxSync
) -> None:
    box = reliable.outbox
    now = core.clock.now()
    box.put("exposure_spans", "old", {}, now=now)
    box.mark_sent(box.put("exposure_spans", "old-sent", {}, now=now), now=now)
    box.mark_conflict(box.put("exposure_spans", "refused", {}, now=now), "taken")
    later = now + timedelta(days=8)
    assert box.prune_sent(later - timedelta(days=7)) == 1
    assert box.get("old-sent") is None
    assert box.get("old") is not None and box.get("refused") is not None


def test_a_record_the_database_refuses_for_its_data_never_blocks_the_ones_behind_it(
    core: Core, reliable: OutboxSync, outbox_path: Path
) -> None:
    """Issue 13: one decision saved offline with a NUL byte in its note (PostgreSQL refuses it), or a
    record this version cannot read, made every later sync raise: nothing behind it was sent and the
    window, which syncs before each claim, could claim nothing. Each becomes a kept conflict now."""
    q = core.queue()
    core.items(q, 1)
    ann = core.reviewer("ann")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    sent: list[str] = []
    reliable.register("note", lambda payload: sent.append(payload["text"]))
    with Outage(core.db):
        poisoned = reliable.decide(ann, DecisionRequest(claim.claim_id, "allow", note="nul \x00 byte"))
        assert poisoned.queued
        # Queued behind it: a record damaged on disk (a crash, an older version, an edit), then a good one.
        assert not reliable.send_or_queue("note", "damaged", {"user_id": ann.id})
        assert not reliable.send_or_queue("note", "good", {"user_id": ann.id, "text": "after"})
    synced = reliable.sync()
    assert not synced.offline and synced.error is None
    assert sent == ["after"]  # the last one got through
    conflicts = {c.client_id: c.conflict_reason or "" for c in synced.conflicts}
    assert "cannot be read by this version" in conflicts["damaged"]
    if core.db.is_sqlite:
        assert core.decisions.find(poisoned.client_id) is not None  # SQLite stores the NUL
    else:
        reason = conflicts[poisoned.client_id]
        assert "refused" in reason and "INSERT" not in reason and "SELECT" not in reason
    assert reliable.pending_count() == 0
    assert reliable.sync().conflicts == []  # kept and reported once, never a block again
    with core.db.read() as session:
        reported = session.execute(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "offline_conflict")
        ).scalar_one()
    assert reported == len(conflicts)

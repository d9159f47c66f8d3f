"""Many workstations at once: no item is ever held by two reviewers, no decision lost or doubled.

Threads here each use their own pooled connection, exactly as separate workstations do; the SQLite
variant shares one file, the PostgreSQL variant one server. Workers also retry decisions with the
same client id (as after a dropped connection), and skip some items, to exercise every path.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter

from sqlalchemy import func, select

from tests.workstation.conftest import Core
from workstation.decisions import DecisionRequest
from workstation.models import Claim, Decision, Item

WORKERS = 8
ITEMS = 160


def _open_claims(core: Core) -> int:
    with core.db.read() as session:
        return session.execute(
            select(func.count()).select_from(Claim).where(Claim.released_at.is_(None))
        ).scalar_one()


def test_concurrent_claim_and_decide_never_doubles_or_loses(core: Core) -> None:
    q = core.queue()
    core.items(q, ITEMS)
    actors = [core.reviewer(f"r{n}") for n in range(WORKERS)]
    held: dict[int, str] = {}
    violations: list[str] = []
    decided_by_worker: Counter[str] = Counter()
    lock = threading.Lock()
    errors: list[BaseException] = []

    def work(n: int) -> None:
        rng = random.Random(n)
        actor = actors[n]
        try:
            while True:
                claim = core.claims.claim_next(actor, q)
                if claim is None:
                    # Another worker may still skip what it holds, and a skip makes that item
                    # available to everyone else: like a real reviewer, wait for the queue to
                    # settle rather than leave while items are still in someone's hands.
                    if _open_claims(core) == 0:
                        return
                    time.sleep(0.005)
                    continue
                with lock:
                    if claim.item_id in held and held[claim.item_id] != actor.username:
                        violations.append(
                            f"item {claim.item_id} held by {held[claim.item_id]} and {actor.username}"
                        )
                    held[claim.item_id] = actor.username
                if rng.random() < 0.1:
                    with lock:
                        del held[claim.item_id]
                    core.claims.skip(actor, claim.claim_id)
                    continue
                request = DecisionRequest(claim.claim_id, "allow", handling_seconds=rng.random() * 30)
                with lock:
                    del held[claim.item_id]
                core.decisions.decide(actor, request)
                if rng.random() < 0.3:  # a retry after a "lost" acknowledgement
                    core.decisions.decide(actor, request)
                decided_by_worker[actor.username] += 1
        except BaseException as error:  # surfaced below, not swallowed
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=240)
    assert not errors, errors
    assert not violations, violations
    with core.db.read() as session:
        per_item = Counter(session.execute(select(Decision.item_id)).scalars())
        assert len(per_item) == ITEMS, "some items were never decided"
        assert set(per_item.values()) == {1}, "an item was decided twice"
        assert session.execute(select(func.count()).select_from(Decision)).scalar() == ITEMS
        assert sum(decided_by_worker.values()) == ITEMS
        assert session.execute(select(func.count()).where(Item.status != "decided")).scalar() == 0
        assert session.execute(select(func.count()).where(Claim.released_at.is_(None))).scalar() == 0
    assert core.decisions.verify().ok

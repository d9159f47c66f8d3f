"""The outbox replays only the signed-in person's own work (docs/architecture.md, invariant 7).

The outbox is a SQLite file in the data folder; whoever can edit it can change the actor id and roles
a queued decision names. Replays must be sent as the person who signed in, never as the payload says.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlalchemy import select

from tests.reliability.faults import Outage
from tests.workstation.conftest import Core, core  # noqa: F401  (fixture)
from workstation.decisions import DecisionRequest
from workstation.models import Decision
from workstation.outbox import PENDING, Outbox, OutboxSync


def _edit_payload(path: Path, client_id: str, **actor: object) -> None:
    with sqlite3.connect(path) as conn:
        (raw,) = conn.execute("SELECT payload FROM outbox WHERE client_id = ?", (client_id,)).fetchone()
        payload = json.loads(raw)
        payload["actor"].update(actor)
        conn.execute("UPDATE outbox SET payload = ? WHERE client_id = ?", (json.dumps(payload), client_id))
    conn.close()


def _decisions(core: Core) -> list[tuple[int, str, str]]:  # noqa: F811
    with core.db.read() as session:
        rows = session.execute(select(Decision.user_id, Decision.verdict, Decision.client_id)).all()
        return [(r[0], r[1], r[2]) for r in rows]


def test_an_edited_outbox_entry_is_never_sent_as_the_person_it_names(core: Core, tmp_path: Path) -> None:  # noqa: F811
    q = core.queue()
    core.items(q, 2)
    ann, leo = core.reviewer("ann"), core.reviewer("leo", "reviewer", "lead")
    leos_claim = core.claims.claim_next(leo, q)
    anns_claim = core.claims.claim_next(ann, q)
    assert leos_claim is not None and anns_claim is not None
    path = tmp_path / "outbox.db"
    with Outbox(path) as box:
        reliable = OutboxSync(core.decisions, box)
        with Outage(core.db):
            queued = reliable.decide(ann, DecisionRequest(anns_claim.claim_id, "allow"))
        assert queued.queued
    # ann rewrites her queued entry: leo's id, his claim, an admin's roles
    _edit_payload(path, queued.client_id, id=leo.id, username="leo", roles=["admin", "lead", "reviewer"])
    with sqlite3.connect(path) as conn:
        (raw,) = conn.execute("SELECT payload FROM outbox").fetchone()
        payload = json.loads(raw)
        payload["request"]["claim_id"] = leos_claim.claim_id
        payload["request"]["verdict"] = "remove"
        conn.execute("UPDATE outbox SET payload = ?", (json.dumps(payload),))
    conn.close()
    # ann's next run replays: nothing is recorded as leo; the entry stays queued and is reported
    with Outbox(path) as box:
        again = OutboxSync(core.decisions, box)
        again.sign_in(ann)
        result = again.sync()
        assert (result.sent, result.others, result.pending) == (0, 1, 0)
        assert again.others_waiting() == 1 and again.waiting_claims() == set()
        entry = box.get(queued.client_id)
        assert entry is not None and entry.state == PENDING
    assert _decisions(core) == []


def test_roles_in_the_payload_are_not_trusted(core: Core, tmp_path: Path) -> None:  # noqa: F811
    """An entry of ann's own, with an admin's roles written in: replayed with ann's real roles."""
    q = core.queue()
    core.items(q, 1)
    ann = core.reviewer("ann")
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    path = tmp_path / "outbox.db"
    with Outbox(path) as box, Outage(core.db):
        queued = OutboxSync(core.decisions, box).decide(ann, DecisionRequest(claim.claim_id, "allow"))
    _edit_payload(path, queued.client_id, roles=["admin", "lead", "reviewer"], username="root")
    # meanwhile ann was moved off reviewing: her real roles no longer let her decide
    core.directory.set_roles("ann", ["wellbeing"], by=None)
    now_ann = core.directory.sign_in("ann")
    with Outbox(path) as box:
        again = OutboxSync(core.decisions, box)
        again.sign_in(now_ann)
        result = again.sync()
        assert result.sent == 0 and len(result.conflicts) == 1
        assert "may not" in (result.conflicts[0].conflict_reason or "")
    assert _decisions(core) == []

"""The window's outbox status: a sync off the GUI thread, the count and offline state emitted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from tests.reliability.faults import Outage
from tests.workstation.conftest import Core
from ui.outbox_status import OutboxStatus, outbox_label
from ui.tasks import ImmediateRunner
from workstation.decisions import DecisionRequest
from workstation.outbox import Outbox, OutboxSync


class _Window:
    def __init__(self) -> None:
        self.counts: list[int] = []

    def set_outbox_count(self, n: int) -> None:
        self.counts.append(n)


def test_the_window_is_told_how_many_wait_and_when_they_are_sent(
    core: Core, tmp_path: Path, qtbot: QtBot
) -> None:
    q = core.queue()
    core.items(q, 2)
    ann = core.reviewer("ann")
    box = Outbox(tmp_path / "o.db")
    reliable = OutboxSync(core.decisions, box)
    status = OutboxStatus(reliable, ImmediateRunner())
    window = _Window()
    status.bind(window)
    seen: list[Any] = []
    status.changed.connect(lambda n, offline: seen.append((n, offline)))
    claim = core.claims.claim_next(ann, q)
    assert claim is not None
    with Outage(core.db):
        reliable.decide(ann, DecisionRequest(claim.claim_id, "allow"))
        status.sync_now()
    status.sync_now()
    status.stop()
    box.close()
    assert seen == [(1, True), (0, False)]
    assert window.counts == [1, 0]


def test_labels_say_what_happens_in_plain_words() -> None:
    assert outbox_label(0, False) == ""
    assert outbox_label(1, True) == (
        "Offline: 1 decision saved on this workstation, sent when the database is back"
    )
    assert outbox_label(3, False) == "Sending 3 decisions saved while offline…"

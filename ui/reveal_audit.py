"""Reveals become audit events: item, kind (full, spotlight, lowered filter) and duration.

Fed by the media view's ``screenStateChanged`` (the same state the paint and the top bar follow),
through ``media.reveal.RevealLog``, which turns state transitions into finished episodes. Each
episode is written by ``AuditService.record_reveal`` on a worker (``ui.tasks``), never on the GUI
thread. This is decision-quality data (how closely an item was looked at before it was decided),
not wellbeing data: exposure is measured by the exposure meter and never read from these events.
"""

from __future__ import annotations

import logging

from media.reveal import RevealEpisode, RevealLog, ScreenState
from ui.tasks import Runner
from wellbeing.clock import Clock
from workstation.actor import Actor
from workstation.audit import AuditService

log = logging.getLogger(__name__)
KEEP_ITEMS = 4  # keys remembered: the open item and the few just closed, whose episodes may still end


class RevealAudit:
    """Watches screen states; records each finished reveal episode of an open item."""

    def __init__(self, audit: AuditService, actor: Actor, runner: Runner, clock: Clock) -> None:
        self._audit = audit
        self._actor = actor
        self._runner = runner
        self._clock = clock
        self._logs: dict[str, RevealLog] = {}  # one per view: the media view, the text view
        self._items: dict[str, int] = {}  # screen key -> item id, for items opened and not yet audited

    def item_opened(self, key: str, item_id: int) -> None:
        """The window opens ``item_id`` under ``key`` (the media view's item key)."""
        self._items[key] = item_id
        for old in list(self._items)[:-KEEP_ITEMS]:
            del self._items[old]

    def observe(self, state: ScreenState, view: str = "media") -> None:
        log_ = self._logs.setdefault(view, RevealLog())
        for episode in log_.observe(state, self._clock.monotonic()):
            self._record(episode)

    def close(self) -> None:
        for log_ in self._logs.values():
            for episode in log_.close(self._clock.monotonic()):
                self._record(episode)

    def _record(self, episode: RevealEpisode) -> None:
        item_id = self._items.get(episode.item)
        if item_id is None:
            return
        audit, actor = self._audit, self._actor
        kind, seconds = episode.kind.value, episode.seconds
        self._runner.submit(
            lambda: audit.record_reveal(actor, item_id, kind, seconds),
            lambda _none: None,
            lambda error: log.warning("a reveal of item %s could not be audited: %s", item_id, error),
        )

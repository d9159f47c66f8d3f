"""The composition root: builds the engine, clock and services once, for the CLI and the window.

Nothing else constructs services; widgets and commands receive them through their constructors
(no globals, no service look-ups through ``QApplication.instance()``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wellbeing.clock import Clock, SystemClock
from workstation import config, signing
from workstation.care import SPANS_OUTBOX_KIND, CareService
from workstation.claims import ClaimService
from workstation.db import Database
from workstation.decisions import DecisionService
from workstation.directory import Directory
from workstation.outbox import (
    Outbox,
    OutboxSync,
    adopt_legacy_outbox,
    database_identity,
    outbox_path_for,
)


@dataclass
class Services:
    db: Database
    clock: Clock
    directory: Directory
    claims: ClaimService
    decisions: DecisionService
    care: CareService
    # Decisions and exposure spans through the local outbox (issue 7): what the window calls to decide
    # and to sync.
    outbox_sync: OutboxSync
    # Media files must resolve inside these folders (WORKSTATION_MEDIA_ROOTS); empty: no restriction.
    media_roots: tuple[Path, ...] = field(default_factory=tuple)
    # The signed-in person's private signing key (docs/signed-log.md): exports from the window use it.
    signing_key: Path | None = None

    def close(self) -> None:
        self.outbox_sync.outbox.close()
        self.db.dispose()


def build(
    database_url: str,
    *,
    clock: Clock | None = None,
    upgrade: bool = True,
    outbox_path: Path | None = None,
    database: Database | None = None,
) -> Services:
    """Open (and by default upgrade) the database and wire every service to one clock.

    The outbox is a file in the data folder named after the database's identity, not its URL text
    (``outbox_path`` overrides it);
    it is opened on first use. ``database``: one already signed in to ``database_url``
    (``workstation.credentials.open_database``), used instead of opening a new one.
    """
    clock = clock or SystemClock()
    db = database or Database(database_url)
    if upgrade:
        db.upgrade()
    else:
        db.check_not_newer()
    directory = Directory(db, clock)
    care = CareService(db, clock)
    # The daily exposure cap is enforced inside the claim transaction, not only hidden in the UI.
    claims = ClaimService(db, clock, gate=care.gate)
    decisions = DecisionService(db, clock, claims)
    if outbox_path is None:
        outbox_path = outbox_path_for(config.data_dir(), database_identity(database_url))
        adopt_legacy_outbox(config.data_dir(), db.safe_url, outbox_path)
    outbox = Outbox(outbox_path)
    outbox_sync = OutboxSync(decisions, outbox)
    # Exposure spans that cannot reach the database wait in the same outbox, in order.
    outbox_sync.register(SPANS_OUTBOX_KIND, care.replay_spans)
    return Services(
        db=db,
        clock=clock,
        directory=directory,
        claims=claims,
        decisions=decisions,
        care=care,
        outbox_sync=outbox_sync,
        media_roots=config.media_roots(),
        signing_key=signing.default_key_path(config.data_dir()),
    )

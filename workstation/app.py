"""The composition root: builds the engine, clock and services once, for the CLI and the window.

Nothing else constructs services; widgets and commands receive them through their constructors
(no globals, no service look-ups through ``QApplication.instance()``).
"""

from __future__ import annotations

from dataclasses import dataclass

from wellbeing.clock import Clock, SystemClock
from workstation.care import CareService
from workstation.claims import ClaimService
from workstation.db import Database
from workstation.decisions import DecisionService
from workstation.directory import Directory


@dataclass
class Services:
    db: Database
    clock: Clock
    directory: Directory
    claims: ClaimService
    decisions: DecisionService
    care: CareService

    def close(self) -> None:
        self.db.dispose()


def build(database_url: str, *, clock: Clock | None = None, upgrade: bool = True) -> Services:
    """Open (and by default upgrade) the database and wire every service to one clock."""
    clock = clock or SystemClock()
    db = Database(database_url)
    if upgrade:
        db.upgrade()
    else:
        db.check_not_newer()
    directory = Directory(db, clock)
    care = CareService(db, clock)
    # The daily exposure cap is enforced inside the claim transaction, not only hidden in the UI.
    claims = ClaimService(db, clock, gate=care.gate)
    decisions = DecisionService(db, clock, claims)
    return Services(db=db, clock=clock, directory=directory, claims=claims, decisions=decisions, care=care)

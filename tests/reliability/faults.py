"""Faults injected into a real database connection, for the reliability tests.

``Outage`` makes one :class:`Database` unable to reach its server (every new connection fails as if
the network were down, and pooled connections are dropped), while other ``Database`` objects on the
same URL (other workstations) keep working.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from workstation.db import Database


class _NetworkDown(Exception):
    pass


class Outage:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.active = False

    def _refuse(self, *_args: Any, **_kwargs: Any) -> None:
        raise OperationalError("connect", {}, _NetworkDown("connection refused (injected outage)"))

    def start(self) -> None:
        self.db.engine.dispose()
        event.listen(self.db.engine, "do_connect", self._refuse)
        self.active = True

    def stop(self) -> None:
        event.remove(self.db.engine, "do_connect", self._refuse)
        self.active = False

    def __enter__(self) -> Outage:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.active:
            self.stop()

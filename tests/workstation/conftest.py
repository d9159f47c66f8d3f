"""Fixtures for the core: services over a real database on both backends, driven by a fake clock."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import ClassVar

import pytest

from wellbeing.clock import FakeClock
from workstation import taxonomy
from workstation.actor import Actor
from workstation.claims import ClaimService
from workstation.db import Database
from workstation.decisions import DecisionService
from workstation.directory import Directory
from workstation.models import Item


@dataclass
class Core:
    db: Database
    clock: FakeClock
    directory: Directory
    claims: ClaimService
    decisions: DecisionService

    def reviewer(self, name: str, *roles: str, team: str = "blue") -> Actor:
        return self.directory.add_user(name, roles or ("reviewer",), team=team)

    def queue(self, name: str = "general", tier: int = 2, restricted: bool = False) -> str:
        self.directory.add_queue(
            name, severity_tier=tier, verdicts=taxonomy.builtin("general"), restricted=restricted
        )
        return name

    def items(self, queue: str, count: int, *, priority: int = 0, prefix: str = "ref") -> list[int]:
        info = self.directory.queue(queue)
        with self.db.write() as session:
            rows = [
                Item(
                    queue_id=info.id,
                    external_ref=f"{prefix}-{n}",
                    reason="escalated by a test",
                    priority=priority,
                    sla_due_at=self.clock.now() + timedelta(hours=n),
                    created_at=self.clock.now(),
                )
                for n in range(count)
            ]
            session.add_all(rows)
            session.flush()
            return [r.id for r in rows]


@pytest.fixture
def core(database: Database) -> Core:
    clock = FakeClock()
    directory = Directory(database, clock)
    claims = ClaimService(database, clock, lease_seconds=60)
    return Core(database, clock, directory, claims, DecisionService(database, clock, claims))


class Flaky(BaseHTTPRequestHandler):
    """Answers 503 to the first ``failures`` requests, then 204; keeps every body it was sent."""

    failures = 2
    fail_status = 503
    bodies: ClassVar[list[dict[str, object]]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        type(self).bodies.append(json.loads(self.rfile.read(length)))
        if len(type(self).bodies) <= type(self).failures:
            self.send_response(type(self).fail_status)
        else:
            self.send_response(204)
        self.end_headers()

    def log_message(self, *_args: object) -> None:  # quiet
        pass


@pytest.fixture
def flaky() -> Iterator[tuple[str, type[Flaky]]]:
    handler = type("Handler", (Flaky,), {"bodies": [], "failures": 2, "fail_status": 503})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/hook", handler
    finally:
        server.shutdown()
        server.server_close()
        thread.join()

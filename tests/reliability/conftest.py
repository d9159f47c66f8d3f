"""Fixtures of the reliability suite: the core services of tests/workstation, plus an outbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.pg_logins import world  # noqa: F401  (re-exported fixture)
from tests.workstation.conftest import Core, core  # noqa: F401  (re-exported fixture)
from workstation.outbox import Outbox, OutboxSync


@pytest.fixture
def outbox_path(tmp_path: Path) -> Path:
    return tmp_path / "outbox.db"


@pytest.fixture
def reliable(core: Core, outbox_path: Path) -> Iterator[OutboxSync]:  # noqa: F811
    box = Outbox(outbox_path)
    yield OutboxSync(core.decisions, box)
    box.close()

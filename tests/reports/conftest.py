"""Fixtures for reports and exports (the helpers live in reports_world.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reports_world import World, make_world, seed_log, seed_week

from tests.gui_db_guard import gui_thread_never_waits_on_database  # noqa: F401  (autouse: docs/architecture.md)
from workstation.db import Database


@pytest.fixture
def world(database: Database, tmp_path: Path) -> World:
    keys = tmp_path / "keys"
    keys.mkdir()
    return make_world(database, keys)


@pytest.fixture
def week(world: World) -> World:
    return seed_week(world)


@pytest.fixture
def logged(world: World) -> World:
    return seed_log(world)

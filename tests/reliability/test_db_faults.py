"""Faults of the database: SQLite "database is locked" retried with backoff; a PostgreSQL
connection dropped while pooled or mid-transaction survived; every failure said in plain words."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from tests.conftest import PG_ADMIN_URL
from tests.reliability.faults import Outage
from workstation.db import Database
from workstation.errors import DatabaseUnavailable


class _RetrySeen(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.seen = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if "retrying a write" in record.getMessage():
            self.seen.set()


def test_sqlite_locked_by_another_workstation_is_retried_with_backoff(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    db = Database(url, busy_timeout_s=0.05)  # give up on the lock quickly, so run_write retries
    db.upgrade()
    other = sqlite3.connect(tmp_path / "ws.db", isolation_level=None)  # another workstation's writer
    other.execute("BEGIN IMMEDIATE")
    watcher = _RetrySeen()
    logger = logging.getLogger("workstation.db")
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(watcher)
    result: list[object] = []
    try:
        writer = threading.Thread(
            target=lambda: result.append(
                db.run_write(lambda s: s.execute(text("INSERT INTO teams (name) VALUES ('t')")).rowcount)
            )
        )
        writer.start()
        assert watcher.seen.wait(30), "run_write never saw the lock"
        other.execute("COMMIT")  # the other workstation finishes; the retry gets through
        writer.join(30)
    finally:
        logger.removeHandler(watcher)
        logger.setLevel(level)
        other.close()
    assert result == [1]
    db.dispose()


def test_sqlite_locked_for_too_long_says_so_in_plain_words(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'ws.db'}", busy_timeout_s=0.01)
    db.upgrade()
    other = sqlite3.connect(tmp_path / "ws.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseUnavailable) as caught:
            db.run_write(lambda s: s.execute(text("INSERT INTO teams (name) VALUES ('t')")), attempts=2)
    finally:
        other.close()
        db.dispose()
    assert str(caught.value) == (
        "the database is busy (locked by another workstation) and stayed busy; try again in a moment"
    )


def test_an_unreachable_server_is_explained(database: Database) -> None:
    with Outage(database), pytest.raises(DatabaseUnavailable) as caught:
        database.run_write(lambda s: s.execute(text("SELECT 1")))
    message = str(caught.value)
    assert message.startswith("cannot reach the database at ")
    assert "Check that the server is running and the URL is right" in message


def _terminate(pid: int) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        # With a timeout it returns once the backend is gone, as after a restart (without one it
        # returns at once, and the next statement races the backend's exit).
        admin.execute("SELECT pg_terminate_backend(%s, 5000)", (pid,))


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_pooled_postgres_connection_killed_by_a_restart_is_replaced(database: Database) -> None:
    with database.read() as session:
        before = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
    _terminate(before)  # what a server restart does to every pooled connection
    with database.read() as session:  # pre-ping notices and reconnects: no error reaches the caller
        after = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
    assert after != before


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_postgres_connection_dropped_mid_transaction_is_retried(database: Database) -> None:
    attempts: list[int] = []

    def work(session: Session) -> int:
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        attempts.append(pid)
        session.execute(text("INSERT INTO teams (name) VALUES ('blue')"))
        if len(attempts) == 1:
            _terminate(pid)  # the connection drops after the insert, before the commit
            session.execute(text("SELECT 1"))
        return pid

    final = database.run_write(work)
    assert len(attempts) == 2 and final == attempts[1] != attempts[0]
    with database.read() as session:
        assert session.execute(text("SELECT count(*) FROM teams WHERE name = 'blue'")).scalar_one() == 1


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_long_idle_postgres_connection_is_pinged_and_kept_when_alive(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import workstation.db

    monkeypatch.setattr(workstation.db, "PING_IDLE_S", 0.0)  # every checkout counts as long idle
    with database.read() as session:
        before = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
    with database.read() as session:  # pinged, alive: the same backend, no transaction left over
        assert session.execute(text("SELECT pg_backend_pid()")).scalar_one() == before
    database.run_write(lambda s: s.execute(text("INSERT INTO teams (name) VALUES ('after-ping')")))
    with database.read() as session:
        assert session.execute(text("SELECT count(*) FROM teams")).scalar_one() == 1

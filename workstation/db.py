"""The shared database: engine set-up for SQLite and PostgreSQL, schema upgrades, unit of work.

SQLite runs in WAL with foreign keys and a busy timeout; write transactions start with
``BEGIN IMMEDIATE`` so two workstations on one file never deadlock upgrading a read lock.
PostgreSQL connections are checked on checkout (``_check_on_checkout``), so a restarted server costs
a reconnect, not an error.
"""

from __future__ import annotations

import functools
import logging
import select
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from wellbeing.phrases import QT_TRANSLATE_NOOP
from workstation.config import check_database_url, redact
from workstation.errors import DatabaseUnavailable, SchemaTooNew

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
T = TypeVar("T")


def _is_locked(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return "database is locked" in text or "database table is locked" in text


def _is_disconnect(error: BaseException) -> bool:
    return (isinstance(error, DBAPIError) and bool(error.connection_invalidated)) or isinstance(
        error, InterfaceError
    )


class Database:
    """One engine and the unit-of-work helpers every service uses."""

    def __init__(
        self, url: str, *, echo: bool = False, busy_timeout_s: float = 30.0, password: str | None = None
    ) -> None:
        """``busy_timeout_s``: how long SQLite waits for another workstation's write lock before a
        statement fails as locked (``run_write`` then retries the whole unit with backoff).
        ``password``: PostgreSQL, the person's password, handed to libpq as a connection argument
        so it never appears in the URL (workstation.credentials asks for it)."""
        check_database_url(url)
        self.url = url
        self.safe_url = redact(url)
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite:
            self.engine: Engine = create_engine(
                url, echo=echo, connect_args={"timeout": busy_timeout_s, "check_same_thread": False}
            )
            busy_ms = int(busy_timeout_s * 1000)
            event.listen(self.engine, "connect", lambda conn, rec: _sqlite_on_connect(conn, rec, busy_ms))
            event.listen(self.engine, "begin", _sqlite_on_begin)
        else:
            self.engine = create_engine(
                url,
                echo=echo,
                pool_size=5,
                max_overflow=10,
                connect_args={"connect_timeout": 5, **({"password": password} if password else {})},
            )
            event.listen(self.engine, "checkout", _check_on_checkout)
            event.listen(self.engine, "checkin", _note_checkin)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()

    def ping(self) -> None:
        """Connect once (authenticating), or raise :class:`DatabaseUnavailable` saying why."""
        with self.read() as session:
            session.connection().exec_driver_sql("SELECT 1")

    # -- unit of work -------------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction (deferred on SQLite, so it never blocks writers in WAL)."""
        with self._session(write=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction, committed on success and rolled back on any exception."""
        with self._session(write=True) as session:
            yield session

    def run_write(self, work: Callable[[Session], T], *, attempts: int = 6) -> T:
        """Run ``work`` in a write transaction, retrying with backoff while SQLite is locked or a
        PostgreSQL connection was dropped (the whole unit is re-run, so ``work`` must be idempotent
        up to its own writes, which roll back)."""
        delay = 0.05
        for attempt in range(1, attempts + 1):
            try:
                with self.write() as session:
                    return work(session)
            except DatabaseUnavailable as error:
                cause = error.__cause__
                retriable = cause is not None and (_is_locked(cause) or _is_disconnect(cause))
                if not retriable or attempt == attempts:
                    raise
                log.info("retrying a write after %s (attempt %d)", cause, attempt)
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
        raise AssertionError("unreachable")

    @contextmanager
    def _session(self, *, write: bool) -> Iterator[Session]:
        try:
            with self.engine.connect() as raw:
                conn = raw.execution_options(ws_write=write)
                with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                    yield session
        except (OperationalError, InterfaceError) as error:
            if _is_locked(error):
                raise DatabaseUnavailable(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the database is busy (locked by another workstation) and stayed busy; "
                        "try again in a moment",
                    )
                ) from error
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "cannot reach the database at {url}: {error}. "
                    "Check that the server is running and the URL is right "
                    "(WORKSTATION_DATABASE_URL or --database-url).",
                ).format(url=self.safe_url, error=_first_line(error))
            ) from error

    # -- schema -------------------------------------------------------------------------------

    def _alembic(self, connection: Connection) -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = connection
        return cfg

    def head_revision(self) -> str:
        head = _scripts().get_current_head()
        assert head is not None
        return head

    def current_revision(self) -> str | None:
        try:
            with self.engine.connect() as conn:
                return MigrationContext.configure(conn).get_current_revision()
        except (OperationalError, InterfaceError) as error:
            raise DatabaseUnavailable(
                f"cannot reach the database at {self.safe_url}: {_first_line(error)}"
            ) from error

    def check_not_newer(self) -> str | None:
        """Refuse a schema newer than this program knows; return the database's revision."""
        current = self.current_revision()
        if current is None:
            return None
        try:
            _scripts().get_revision(current)
        except CommandError as error:
            raise SchemaTooNew(
                f"the database at {self.safe_url} has schema revision {current}, written by a newer "
                f"version of Reviewer Workstation (this version knows up to {self.head_revision()}). "
                "Upgrade the app on this workstation; the database was left untouched."
            ) from error
        return current

    def upgrade(self) -> str:
        """Bring an empty or older database to the newest schema; refuse a newer one. A database
        already at the newest schema costs one query: every command and window start calls this."""
        head = self.head_revision()
        if self.check_not_newer() == head:
            return head
        try:
            with self.engine.begin() as conn:
                command.upgrade(self._alembic(conn), "head")
        except (OperationalError, InterfaceError) as error:
            raise DatabaseUnavailable(
                f"cannot upgrade the database at {self.safe_url}: {_first_line(error)}"
            ) from error
        return self.head_revision()


@functools.cache
def _scripts() -> ScriptDirectory:
    """The migration scripts, read once per process. Alembic compiles every script each time a
    ``ScriptDirectory`` reads them (no bytecode is kept where ``PYTHONDONTWRITEBYTECODE`` is set): a
    tenth of a second per read, and every command read them three times; the files do not change
    while the program runs."""
    return ScriptDirectory(str(MIGRATIONS))


# A pooled connection idle for longer than this is pinged with a round trip before use (a peer that
# vanished without closing the socket leaves nothing to read); a fresher one only has its socket
# checked, which costs no round trip.
PING_IDLE_S = 30.0


def _check_on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """Pessimistic disconnect handling without a round trip per transaction.

    A server that restarts or terminates a backend sends a FATAL message and closes the socket, so an
    idle pooled connection whose socket has anything to read is dead. ``pool_pre_ping`` would
    instead ping every checkout: one more round trip on every claim and decision, which under load
    costs a context switch on both sides. Raising ``DisconnectionError`` makes the pool replace the
    connection and try again.
    """
    try:
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
        if readable:
            raise DisconnectionError("the server closed this pooled connection")
        idle = time.monotonic() - record.info.get("ws_checked_in", time.monotonic())
        if idle > PING_IDLE_S:
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute("SELECT 1")
            finally:
                cursor.close()
            if dbapi_connection.info.transaction_status != 0:  # the ping left a transaction open
                dbapi_connection.rollback()
    except DisconnectionError:
        raise
    except Exception as error:  # a broken socket, a failed ping: replace the connection
        raise DisconnectionError(str(error)) from error


def _note_checkin(_dbapi_connection: Any, record: Any) -> None:
    record.info["ws_checked_in"] = time.monotonic()


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _sqlite_on_connect(dbapi_connection: Any, _record: Any, busy_ms: int = 30000) -> None:
    # Take transaction control from pysqlite so the "begin" hook below decides how to begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
    cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("ws_write", True)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

"""Test-wide setup. Qt must be told to render offscreen before any Qt module loads."""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")
# Keep tests from ever touching the real user's data folder or database.
os.environ.pop("WORKSTATION_DATABASE_URL", None)
os.environ.pop("WORKSTATION_USER", None)
# The window's language is English in tests whatever the machine's locale; tests/i18n switch it themselves.
os.environ["WORKSTATION_LANG"] = "en_US"
os.environ["WORKSTATION_DATA_DIR"] = tempfile.mkdtemp(prefix="ws-test-data-")

# Hypothesis profiles (docs/development.md, "Property tests"). "ci", the default chosen in
# pyproject.toml's addopts, derives every example from the test itself (derandomize) and stores no
# example database, so a run fails or passes the same way on every machine and every time; a test's
# own @settings(max_examples=...) still sets how many. "dev" (--hypothesis-profile=dev) explores with
# fresh random examples and remembers failing ones in .hypothesis/ to replay them.
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    max_examples=50,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=50, deadline=None)

QT_FIXTURES = {"qapp", "qtbot"}


def pytest_sessionstart(session: pytest.Session) -> None:
    """Stop at once, with the fix, when the compiled catalogues (``.qm``, built by ``tools/bootstrap``'s
    install) are older than their sources: every window test would otherwise run on the old words
    and the translation tests fail with English where a translation was just added."""
    folder = Path(__file__).resolve().parents[1] / "resources" / "translations"
    stale = [
        ts.name
        for ts in sorted(folder.glob("*.ts"))
        if not ts.with_suffix(".qm").exists() or ts.stat().st_mtime > ts.with_suffix(".qm").stat().st_mtime
    ]
    if stale:
        raise pytest.UsageError(
            f"the compiled translations are older than their sources ({', '.join(stale)}): "
            'run tools/bootstrap, which builds them again (docs/translations.md, "Updating a catalogue")'
        )


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto`` (the README's command): one worker more than the cores this process may use. Many
    tests wait (on PostgreSQL, on a program they started, on the X server); with one worker per core
    those waits left a core idle, and a third worker on this 2-core machine fills them
    (docs/development.md, "What the suite costs")."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores + 1  # sched_getaffinity: Linux; elsewhere every core counts


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked slow run first (in their own order, then the rest in theirs): with ``-n``, a
    40-second test picked up last kept one worker busy after the other had finished (docs/development.md,
    "What the suite costs"). The order is the same in every worker, as pytest-xdist requires."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)  # a stable sort


@pytest.fixture(autouse=True)
def no_leaks(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fails a test that leaves behind a thread or a child process (a decoder worker, a command it
    ran) and, in a Qt test (one using ``qapp`` or ``qtbot``), a top-level window on screen or a
    running timer of a window it made: each would run on into the next test and, in the app, past
    the window that owned it. Its teardown runs after the test's other fixtures' (it is set up
    first), so what they clean up is not reported (docs/development.md)."""
    from tests.leaks import leaks, snapshot

    app = request.getfixturevalue("qapp") if QT_FIXTURES & set(request.fixturenames) else None
    before = snapshot(app)
    yield
    found = leaks(app, before)
    if found:
        pytest.fail("the test leaked:\n  " + "\n  ".join(found), pytrace=False)


@pytest.fixture
def app_looks(qapp: Any) -> Iterator[None]:
    """For a test that changes the application's theme, font or palette on purpose, as the app does:
    they are put back after it (``no_leaks`` fails a test that leaves them changed: every later
    test's windows would look different, and pass or fail by the order the tests ran in)."""
    sheet, font, palette = qapp.styleSheet(), qapp.font(), qapp.palette()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)


@pytest.fixture(scope="session")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pseudo-locale catalogue (Esperanto, every string accented and longer), built once per run
    (``tools/translations pseudo``; docs/translations.md, "Tests")."""
    from tests.i18n.test_translations import TOOL

    folder = tmp_path_factory.mktemp("pseudo")
    TOOL.pseudo(folder)
    return folder


@pytest.fixture
def language(qapp: Any) -> Iterator[list[Any]]:
    """Languages a test installs (``ui.i18n.install``); every one is removed afterwards (English again)."""
    from ui import i18n

    installed: list[i18n.Language] = []
    yield installed
    for lang in installed:
        i18n.uninstall(qapp, lang)


@pytest.fixture
def fake_timers() -> Iterator[Any]:
    """Timers the test moves by hand (``fake_timers.advance(ms)``) instead of waiting: every widget
    made during the test gets its timers from here (``ui.tasks.timers``). Set ``.clock`` to a
    ``FakeClock`` to move it along with them (docs/development.md, "Fake timers")."""
    from ui.tasks import FakeTimers, use_timers

    fake = FakeTimers()
    previous = use_timers(fake)
    yield fake
    use_timers(previous)


# The server tests use; they create and drop their own database inside it and touch nothing else.
PG_ADMIN_URL = os.environ.get("WORKSTATION_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE_PG = os.environ.get("WORKSTATION_TEST_REQUIRE_POSTGRES", "") == "1" or os.environ.get("CI") == "true"


def require_tool(tool: str) -> str:
    """The path of a command a real-screen test needs (``xvfb-run``, ``xdotool``, ``import``...): a
    skip that says so on a developer's machine, a failure in CI, where the real screen must be checked."""
    import shutil

    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed (tools/bootstrap installs it); this real-screen check cannot run"
        if os.environ.get("CI") == "true" or REQUIRE_PG:
            pytest.fail(message + " and CI must not skip it")
        pytest.skip(message)
    return path


class _PgServer:
    """A throw-away database on the test server, created once per session and dropped at its end."""

    def __init__(self) -> None:
        self.error: str | None = None
        self.dbname = f"ws_test_{os.getpid()}_{secrets.token_hex(3)}"
        self.created = False
        self._free: list[str] = []  # migrated schemas put back as the migration left them
        self._seeds: dict[str, _Seed] = {}

    def start(self) -> None:
        import psycopg

        try:
            with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
                conn.execute(f'CREATE DATABASE "{self.dbname}"')
                # Our own throw-away database: a commit need not wait for the disk (every login the
                # tests make connects here, so this covers them too). Nothing else on the server changes.
                conn.execute(f'ALTER DATABASE "{self.dbname}" SET synchronous_commit TO off')
            self.created = True
        except psycopg.Error as error:
            self.error = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {error}".strip()

    def stop(self) -> None:
        if not self.created:
            return
        for schema in self._free:
            self.drop_schema(schema)
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.dbname}" WITH (FORCE)')

    def require(self, what: str) -> None:
        """Skip ``what`` when no server is reachable, saying so; fail instead in CI."""
        if not self.error:
            return
        if REQUIRE_PG:
            pytest.fail(f"{self.error} (CI requires PostgreSQL; {what} must not be skipped)")
        pytest.skip(f"{self.error}; {what} did not run")

    def url(self, schema: str | None = None) -> str:
        base = PG_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://", 1).rsplit("/", 1)[0]
        url = f"{base}/{self.dbname}"
        return url + (f"?options=-csearch_path%3D{schema}" if schema else "")

    def create_schema(self) -> str:
        import psycopg

        schema = f"t_{secrets.token_hex(4)}"
        conninfo = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{self.dbname}"
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        return schema

    # -- migrated schemas, reused ------------------------------------------------------------
    #
    # Migrating a schema costs about a second of server work (430 statements, the group roles
    # included), and a test of the database suite needs one each: a few hundred seconds a run. A
    # cloned database costs as much here (CREATE DATABASE ... TEMPLATE copies the whole catalogue),
    # so a migrated schema is reused instead: after each test it is put back to what the migration
    # left (every table emptied with triggers off, the migration's own rows and the sequences
    # restored, the logins the test made dropped) and checked against a fingerprint of everything
    # the migration made (tables, columns, constraints, functions, triggers and whether they are
    # enabled, policies, grants, row security, the group roles and their memberships). A test that
    # changed any of it gets its schema dropped, and the next test a freshly migrated one.

    def migrated_schema(self) -> str:
        """A schema at the newest migration with no rows but the migration's own; give it back with
        :meth:`release_schema`."""
        if self._free:
            return self._free.pop()
        schema = self.create_schema()
        from workstation.db import Database

        db = Database(self.url(schema))
        try:
            db.upgrade()
        finally:
            db.dispose()
        with self._connect() as conn:
            self._seeds[schema] = _Seed.take(conn, schema)
        return schema

    def release_schema(self, schema: str) -> None:
        seed = self._seeds.get(schema)
        try:
            if seed is not None:
                with self._connect() as conn:
                    if seed.restore(conn):
                        self._free.append(schema)
                        return
        except Exception:  # the schema is dropped instead; a migrated one replaces it
            pass
        self._seeds.pop(schema, None)
        self.drop_schema(schema)

    def _connect(self) -> Any:
        import psycopg

        return psycopg.connect(PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{self.dbname}", autocommit=True)

    def drop_schema(self, schema: str) -> None:
        """Drop the schema, then the roles its migration made (group roles and the logins named with
        its prefix: roles are cluster-wide, so nothing else on the server carries that prefix)."""
        import psycopg

        conninfo = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{self.dbname}"
        with psycopg.connect(conninfo, autocommit=True) as conn:
            roles = _schema_roles(conn, schema)
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            for role in roles:
                conn.execute(f'DROP OWNED BY "{role}"')
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')


_FINGERPRINT = """
SELECT md5(coalesce(string_agg(x, E'\\n' ORDER BY x), '')) FROM (
  SELECT 'class ' || c.relname || ' ' || c.relkind::text || ' ' || coalesce(c.relacl::text, '') || ' '
         || c.relrowsecurity || c.relforcerowsecurity || ' ' || pg_get_userbyid(c.relowner)
    FROM pg_class c WHERE c.relnamespace = %(ns)s::regnamespace
  UNION ALL
  SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
         || ' ' || a.attnotnull || ' ' || coalesce(a.attacl::text, '') || ' '
         || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE c.relnamespace = %(ns)s::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = %(ns)s::regnamespace
  UNION ALL
  SELECT 'function ' || p.oid::regprocedure::text || ' ' || md5(p.prosrc) || ' '
         || coalesce(array_to_string(p.proconfig, ','), '') || ' ' || coalesce(p.proacl::text, '')
         || ' ' || p.prosecdef || ' ' || pg_get_userbyid(p.proowner)
    FROM pg_proc p WHERE p.pronamespace = %(ns)s::regnamespace
  UNION ALL
  SELECT 'trigger ' || t.tgenabled::text || ' ' || pg_get_triggerdef(t.oid)
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = %(ns)s::regnamespace
  UNION ALL
  SELECT 'policy ' || c.relname || '.' || pol.polname || ' ' || pol.polcmd::text || ' ' || pol.polpermissive
         || ' ' || coalesce(pg_get_expr(pol.polqual, pol.polrelid), '') || ' '
         || coalesce(pg_get_expr(pol.polwithcheck, pol.polrelid), '') || ' ' || pol.polroles::text
    FROM pg_policy pol JOIN pg_class c ON c.oid = pol.polrelid WHERE c.relnamespace = %(ns)s::regnamespace
  UNION ALL
  SELECT 'schema ' || coalesce(nspacl::text, '') || ' ' || pg_get_userbyid(nspowner)
    FROM pg_namespace WHERE oid = %(ns)s::regnamespace
  UNION ALL
  SELECT 'role ' || r.rolname || ' ' || r.rolsuper || r.rolinherit || r.rolcreaterole || r.rolcreatedb
         || r.rolcanlogin || r.rolbypassrls || ' ' || coalesce(array_to_string(r.rolconfig, ','), '')
         || ' ' || coalesce((SELECT string_agg(pg_get_userbyid(m.roleid), ',' ORDER BY 1)
                               FROM pg_auth_members m WHERE m.member = r.oid), '')
    FROM pg_roles r WHERE r.rolname = ANY(%(groups)s)
) s(x)
"""


@dataclass
class _Seed:
    """What the migration left in a schema: the rows it wrote, the sequences, a fingerprint of the rest."""

    schema: str
    prefix: str
    groups: list[str]
    tables: list[str]
    rows: dict[str, list[tuple[Any, ...]]]
    columns: dict[str, list[str]]
    sequences: list[tuple[str, int | None]]
    fingerprint: str

    @classmethod
    def take(cls, conn: Any, schema: str) -> _Seed:
        roles = dict(conn.execute(f'SELECT name, role_name FROM "{schema}".db_roles').fetchall())
        groups = [role for name, role in roles.items() if name not in ("owner", "prefix")]
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT c.relname FROM pg_class c WHERE c.relnamespace = %s::regnamespace"
                " AND c.relkind IN ('r', 'p') ORDER BY 1",
                (f'"{schema}"',),
            )
        ]
        rows: dict[str, list[tuple[Any, ...]]] = {}
        columns: dict[str, list[str]] = {}
        for table in tables:
            cur = conn.execute(f'SELECT * FROM "{schema}"."{table}"')
            found = cur.fetchall()
            if found:
                rows[table] = found
                columns[table] = [d.name for d in cur.description]
        sequences = conn.execute(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = %s", (schema,)
        ).fetchall()
        seed = cls(schema, roles["prefix"], groups, tables, rows, columns, sequences, "")
        seed.fingerprint = seed.measure(conn)
        return seed

    def measure(self, conn: Any) -> str:
        return str(
            conn.execute(_FINGERPRINT, {"ns": f'"{self.schema}"', "groups": self.groups}).fetchone()[0]
        )

    def restore(self, conn: Any) -> bool:
        """Back to what the migration left; False when the schema itself was changed (drop it)."""
        q = f'"{self.schema}"'
        like = self.prefix.replace("_", "\\_") + "\\_%"
        logins = [
            r[0]
            for r in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s AND NOT rolname = ANY(%s)",
                (like, self.groups),
            )
        ]
        for login in logins:  # a person's login made by the test (pg_roles.create_login)
            conn.execute(f'DROP OWNED BY "{login}"')
            conn.execute(f'DROP ROLE "{login}"')
        with conn.transaction():
            conn.execute("SET LOCAL lock_timeout = '30s'")
            conn.execute("SET LOCAL synchronous_commit = off")  # a test database: no wait for the disk
            conn.execute("SET LOCAL session_replication_role = replica")  # append-only triggers off
            for table in self.tables:  # DELETE, not TRUNCATE: a few rows, and no new files to sync
                conn.execute(f'DELETE FROM {q}."{table}"')
            for table, found in self.rows.items():
                cols = ", ".join(f'"{c}"' for c in self.columns[table])
                marks = ", ".join(["%s"] * len(self.columns[table]))
                with conn.cursor() as cur:
                    cur.executemany(
                        f'INSERT INTO {q}."{table}" ({cols}) OVERRIDING SYSTEM VALUE VALUES ({marks})', found
                    )
            for name, last in self.sequences:
                if last is None:
                    conn.execute(f"SELECT setval('{q}.\"{name}\"', 1, false)")
                else:
                    conn.execute(f"SELECT setval('{q}.\"{name}\"', %s, true)", (last,))
        return self.measure(conn) == self.fingerprint


def _schema_roles(conn: Any, schema: str) -> list[str]:
    """The roles made for ``schema``: its group roles and every login named with its prefix (roles
    are cluster-wide and outlive the schema)."""
    if conn.execute("SELECT to_regclass(%s)", (f'"{schema}".db_roles',)).fetchone()[0] is None:
        return []
    row = conn.execute(f"SELECT role_name FROM \"{schema}\".db_roles WHERE name = 'prefix'").fetchone()
    if row is None:
        return []
    like = row[0].replace("_", "\\_") + "\\_%"
    rows = conn.execute(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY rolcanlogin DESC", (like,)
    ).fetchall()
    return [r[0] for r in rows]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[_PgServer]:
    server = _PgServer()
    server.start()
    yield server
    import time

    started = time.monotonic()
    server.stop()  # DROP DATABASE waits for a checkpoint: seconds on a busy server
    _session_teardown_s[0] += time.monotonic() - started


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database URL of the test's own: a SQLite file, or a schema in the test PostgreSQL
    database. Empty, unless the test also asks for ``migrated_url`` (or a fixture built on it, such
    as ``database``): then it is that same database, already at the newest schema."""
    migrated = "migrated_url" in request.fixturenames
    if migrated and request.param == "sqlite":
        path = tmp_path / "ws.db"
        request.getfixturevalue("migrated_sqlite")(path)
        yield f"sqlite:///{path}"
        return
    if not migrated:
        with empty_database(request, request.param, tmp_path) as url:
            yield url
        return
    server: _PgServer = request.getfixturevalue("pg_server")
    server.require("the PostgreSQL half of the database suite")
    schema = server.migrated_schema()
    yield server.url(schema)
    server.release_schema(schema)


@contextmanager
def empty_database(request: pytest.FixtureRequest, backend: str, folder: Path) -> Iterator[str]:
    """An empty database of the caller's own, for ``db_url`` and for a module-scoped fixture that
    seeds data once for several tests: a SQLite file in ``folder``, or a new schema in the test
    PostgreSQL database, dropped afterwards with the roles its migration made."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'ws.db'}"
        return
    server: _PgServer = request.getfixturevalue("pg_server")
    server.require("the PostgreSQL half of the database suite")
    schema = server.create_schema()
    try:
        yield server.url(schema)
    finally:
        server.drop_schema(schema)


MigratedSqlite = Callable[[Path], str]


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> MigratedSqlite:
    """Puts a SQLite database already at the newest schema at a path and returns its URL.

    Running the migration chain costs a few hundred milliseconds a database; it runs once per session
    into a template, which each test then copies (SQLite's backup API: a consistent copy whatever
    the template's journal holds). The copy is the test's own file, so tests stay isolated. The
    migrations themselves are tested from an empty file by tests/workstation/test_schema.py, which
    uses ``db_url`` (always empty)."""
    import sqlite3

    from workstation.db import Database

    template = tmp_path_factory.mktemp("schema") / "migrated.db"
    db = Database(f"sqlite:///{template}")
    db.upgrade()
    db.dispose()

    def copy_to(path: Path) -> str:
        with sqlite3.connect(template) as source, sqlite3.connect(path) as target:
            source.backup(target)
        source.close()
        target.close()
        return f"sqlite:///{path}"

    return copy_to


@pytest.fixture
def migrated_url(db_url: str) -> str:
    """``db_url`` at the newest schema, with no rows but the migration's own: a copy of the session's
    migrated SQLite file, or a reused PostgreSQL schema put back as the migration left it
    (``_PgServer.migrated_schema``). ``db_url`` sees it so (it makes it)."""
    return db_url


@pytest.fixture
def database(migrated_url: str) -> Iterator[object]:
    """An upgraded database on both backends."""
    from workstation.db import Database

    db = Database(migrated_url)
    db.upgrade()  # on SQLite, a check that the copy is at the newest schema
    yield db
    db.dispose()


# -- the time budget (docs/development.md, "Slow tests") -----------------------------------------

SLOW_S = 10.0  # a test longer than this (set-up, call and tear-down) is marked slow
_unmarked_slow: list[tuple[float, str]] = []
_durations: dict[str, float] = {}
_session_teardown_s = [0.0]  # the session's own clean-up, which the last test's tear-down carries


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    duration = report.duration
    if report.when == "teardown":
        duration -= _session_teardown_s[0]
        _session_teardown_s[0] = 0.0
    _durations[report.nodeid] = _durations.get(report.nodeid, 0.0) + duration
    if report.when == "teardown" and _durations[report.nodeid] > SLOW_S and "slow" not in report.keywords:
        _unmarked_slow.append((_durations[report.nodeid], report.nodeid))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Name the tests over the budget that are not marked ``slow`` (on a busy machine a test may
    pass it for want of a core: compare with ``--durations``)."""
    if _unmarked_slow:
        terminalreporter.section(f"over {SLOW_S:.0f} s and not marked slow")
        for seconds, nodeid in sorted(_unmarked_slow, reverse=True):
            terminalreporter.write_line(f"{seconds:6.1f}s {nodeid}")

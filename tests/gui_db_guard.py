"""The GUI thread never waits on the database: a guard that fails a test which makes it wait.

Hooks SQLAlchemy's ``before_cursor_execute`` (every statement) and the pool's ``checkout`` (a
connection taken, which on PostgreSQL may mean a network round trip) for every engine, and every
access to the local outbox file (``workstation.outbox.Outbox``). An event
counts as a violation when all of these hold:

- it happens on the Qt main (GUI) thread;
- a window exists (a top-level widget: the window is up or being built);
- the code that led to it passes through the ``ui`` package (a slot, a constructor, a timer);
- it is not inside a runner's task (``ui.tasks.running_task``: an ``ImmediateRunner`` or a test's
  manual runner runs tasks on the GUI thread by design).

So a test's own set-up and checks (``world.services...`` called from the test, seeding before or
after the window opens) stay allowed, and a widget that calls a service from a slot instead of
handing it to the runner fails the test that exercises it (docs/architecture.md, "Threads and
processes").
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool

from ui.tasks import in_task
from workstation.outbox import Outbox

#: ``ui`` modules that are not window code: the runner itself, and the program's entry point, which
#: runs the core's command line (a window it opens is found by the window's own frames).
_NOT_WINDOW_CODE = frozenset({"ui.tasks", "ui.launch", "ui.__main__"})


def _ui_frame(frame: FrameType | None) -> str | None:
    """The innermost frame of the ``ui`` package on the stack, as "ui/x.py:12 in f"."""
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("ui.") and module not in _NOT_WINDOW_CODE:
            code = frame.f_code
            return f"{module.replace('.', '/')}.py:{frame.f_lineno} in {code.co_name}"
        frame = frame.f_back
    return None


class GuiDatabaseGuard:
    """Collects the places where ui code made the GUI thread wait on the database."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self._places: set[str] = set()

    def _check(self, what: str) -> None:
        if threading.current_thread() is not threading.main_thread() or in_task():
            return
        app = QApplication.instance()
        if not isinstance(app, QApplication) or not app.topLevelWidgets():
            return
        where = _ui_frame(sys._getframe(2))
        if where is not None and where not in self._places:
            self._places.add(where)  # one line per place: its first statement
            self.found.append(f"{where}: {what}")

    def _on_statement(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self._check(" ".join(statement.split())[:90])

    def _on_checkout(self, *_args: Any) -> None:
        self._check("a database connection checked out")

    @contextmanager
    def watching(self) -> Iterator[GuiDatabaseGuard]:
        event.listen(Engine, "before_cursor_execute", self._on_statement)
        event.listen(Pool, "checkout", self._on_checkout)
        # The local outbox is an SQLite file of its own (plain sqlite3, a 30 s busy timeout): a
        # wait on it is a wait on a database too. Every access goes through ``_connect``.
        real_connect = Outbox._connect
        guard = self

        def connect(outbox: Outbox) -> sqlite3.Connection:
            guard._check("the local outbox file")
            return real_connect(outbox)

        Outbox._connect = connect  # type: ignore[method-assign]
        try:
            yield self
        finally:
            Outbox._connect = real_connect  # type: ignore[method-assign]
            event.remove(Engine, "before_cursor_execute", self._on_statement)
            event.remove(Pool, "checkout", self._on_checkout)

    def report(self) -> str:
        return "the GUI thread waited on the database (hand the call to a TaskRunner):\n  " + "\n  ".join(
            self.found
        )


@pytest.fixture(autouse=True)
def gui_thread_never_waits_on_database() -> Iterator[GuiDatabaseGuard]:
    """Autouse in the window suites (imported by their conftest): fails the test at its end,
    listing each place, when ui code ran a statement on the GUI thread outside a runner."""
    guard = GuiDatabaseGuard()
    with guard.watching():
        yield guard
    if guard.found:
        pytest.fail(guard.report(), pytrace=False)

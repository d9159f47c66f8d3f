"""Starting while the database cannot be reached (issue #13): the window opens, shows that the person's
saved work is safe without connecting, retries, and hands over to the normal start when it answers."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import _PgServer, require_tool
from ui.offline_start import OfflineStartWindow
from ui.tasks import ImmediateRunner
from wellbeing.clock import FakeClock
from workstation import cli, offline
from workstation.db import Database
from workstation.outbox import DECISION, Outbox, database_identity, outbox_path_for
from workstation.wellbeing_records import SPANS_OUTBOX_KIND

# The offscreen platform's note on a top-level window's size hints (tests/ui/conftest.py ignores it too).
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

URL = "postgresql+psycopg://ada@127.0.0.1:{port}/team"
SAVED = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)


def _closed_port() -> int:
    """A local port nothing listens on (bound then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _decision(user_id: int, username: str, verdict: str) -> dict[str, object]:
    return {
        "actor": {"id": user_id, "username": username, "display_name": username, "roles": ["reviewer"]},
        "request": {
            "claim_id": 7, "verdict": verdict, "reason": "", "note": "", "decided_at": SAVED.isoformat()
        },
    }


@pytest.fixture
def outbox_world(tmp_path: Path) -> tuple[str, Path]:
    """An outbox for URL holding ada's two decisions (one refused), her exposure batch, and bob's work."""
    url = URL.format(port=_closed_port())
    path = outbox_path_for(tmp_path, database_identity(url))
    with Outbox(path) as box:
        box.put(DECISION, "c1", _decision(3, "ada", "remove"), now=SAVED)
        refused = box.put(DECISION, "c2", _decision(3, "ada", "keep"), now=SAVED)
        box.mark_conflict(refused, "the claim was closed by a lead")
        box.put(DECISION, "c3", _decision(4, "bob", "remove"), now=SAVED)
        box.put(SPANS_OUTBOX_KIND, "s1", {"user_id": 3, "spans": []}, now=SAVED)
        box.put(SPANS_OUTBOX_KIND, "s2", {"user_id": 4, "spans": []}, now=SAVED)
    return url, tmp_path


def test_the_waiting_work_is_read_from_the_outbox_without_connecting(outbox_world: tuple[str, Path]) -> None:
    url, data_dir = outbox_world
    work = offline.waiting_work(url, "os-account", data_dir=data_dir)
    assert work.person == "ada"
    assert [d.verdict for d in work.decisions] == ["remove", "keep"]
    assert work.decisions[1].conflict == "the claim was closed by a lead"
    assert work.exposure_records == 1  # hers; bob's batch and decision are only counted
    assert work.others == 2
    # Another spelling of the same database finds the same outbox (database_identity).
    same = offline.waiting_work(url.replace("127.0.0.1", "localhost"), "x", data_dir=data_dir)
    assert len(same.decisions) == 2


def test_someone_else_on_the_workstation_sees_only_counts(outbox_world: tuple[str, Path]) -> None:
    url, data_dir = outbox_world
    work = offline.waiting_work(url.replace("ada@", "bob@"), "x", data_dir=data_dir)
    assert [d.verdict for d in work.decisions] == ["remove"]
    assert work.others == 3 and work.exposure_records == 1


def test_no_outbox_yet_means_nothing_waits(tmp_path: Path) -> None:
    work = offline.waiting_work(URL.format(port=5), "ada", data_dir=tmp_path)
    assert work.decisions == [] and work.others == 0 and work.path is None
    assert not list(tmp_path.iterdir()), "reading must not create an outbox file"


def test_sqlite_identity_is_the_os_account() -> None:
    assert offline.person_of("sqlite:////tmp/x.db", "carol") == "carol"
    assert offline.person_of("postgresql+psycopg://127.0.0.1/team", "carol") == "carol"


def test_a_closed_port_does_not_answer_and_a_live_server_does(pg_server: _PgServer) -> None:
    assert offline.server_answers(URL.format(port=_closed_port())) is False
    pg_server.require("the live-server half of this test")
    assert offline.server_answers(pg_server.url()) is True


def test_the_window_shows_the_safe_work_retries_and_hands_over(
    qtbot: QtBot, outbox_world: tuple[str, Path]
) -> None:
    url, data_dir = outbox_world
    work = offline.waiting_work(url, "x", data_dir=data_dir)
    answers = [False, True]
    asked: list[int] = []

    def probe() -> bool:
        asked.append(1)
        return answers.pop(0)

    window = OfflineStartWindow(
        "cannot reach the database at 127.0.0.1: connection refused",
        work,
        probe,
        runner=ImmediateRunner(),
        clock=FakeClock(SAVED),
        retry_ms=60_000,
    )
    qtbot.addWidget(window)
    window.show()
    assert window.reason.text().startswith("Cannot reach the database")
    assert "2 decisions are saved on this workstation" in window.summary.text()
    assert "exposure records waiting to be sent: 1." in window.summary.text()
    lines = [window.waiting.item(i).text() for i in range(window.waiting.count())]
    assert lines[0].startswith("remove, decided ")
    assert "refused by the database: the claim was closed by a lead" in lines[1]
    assert window.others.isVisibleTo(window) and window.others.text().startswith("2 more saved by other")
    window.attempt()
    assert "No answer at" in window.status.text() and window.isVisible()
    with qtbot.waitSignal(window.reachable, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert len(asked) == 2 and window.connected and not window.isVisible()


def test_escape_quits_without_handing_over(qtbot: QtBot, tmp_path: Path) -> None:
    work = offline.waiting_work(URL.format(port=5), "ada", data_dir=tmp_path)
    window = OfflineStartWindow("x", work, lambda: False, runner=ImmediateRunner(), clock=FakeClock(SAVED))
    qtbot.addWidget(window)
    window.show()
    assert window.summary.text().startswith("Nothing of yours waits")
    assert not window.waiting.isVisibleTo(window) and not window.others.isVisibleTo(window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible() and not window.connected


@pytest.mark.slow
def test_the_real_command_waits_on_the_x_screen_then_opens_when_the_server_answers(
    pg_server: _PgServer, tmp_path: Path
) -> None:
    """From outside: the installed ``workstation`` command, a port where no server listens yet, a real X
    screen. The waiting window appears (screenshot), the server comes back (a TCP relay to the test
    server opens on that port), F5 is pressed through the X server, and the normal window opens."""
    for tool in ("xvfb-run", "xdotool", "import"):
        require_tool(tool)
    pg_server.require("the offline start on the real screen")
    schema = pg_server.create_schema()
    try:
        db = Database(pg_server.url(schema))
        db.upgrade()
        db.dispose()
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(
            ["--database-url", pg_server.url(schema), "users", "add", "postgres", "--role", "admin"],
            out=out,
            err=err,
        )
        assert code == 0, err.getvalue()
        port = _closed_port()
        url = pg_server.url(schema).replace(":5432/", f":{port}/")
        run = subprocess.run(
            [
                "xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
                sys.executable, str(Path(__file__).with_name("offline_screen.py")),
                url, str(port), str(tmp_path),
            ],
            capture_output=True,
            text=True,
            timeout=240,
            env={**os.environ, "WORKSTATION_DATA_DIR": str(tmp_path / "data")},
        )
        assert run.returncode == 0, run.stderr
        seen = json.loads(run.stdout.strip().splitlines()[-1])
        assert seen["waiting_window"], seen["stderr"]
        assert seen["window_after"] and not seen["waiting_after"], seen["stderr"]
        assert "Traceback" not in seen["stderr"]
        offline_shot = Image.open(seen["offline_shot"]).convert("L")
        assert offline_shot.getextrema()[1] > 0, "the waiting window was not on the X screen"
    finally:
        pg_server.drop_schema(schema)

"""Run under Xvfb by tests/ui_wellbeing/test_break_killed.py: the real program takes a break by the
real key (Ctrl+Shift+B through the X server), is killed with SIGKILL during it, and starts again.

Usage: ``python break_kill_screen.py DATABASE_URL DATA_DIR SCREENSHOT_DIR``; prints one JSON line
with the break rows seen after the kill and after the restart."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text


def _rows(url: str) -> list[dict[str, Any]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            found = conn.execute(text("SELECT client_id, kind, started_at, ended_at, outcome FROM breaks"))
            return [{k: None if v is None else str(v) for k, v in row._mapping.items()} for row in found]
    finally:
        engine.dispose()


def _until(check: Callable[[], Any], seconds: float, what: str) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    raise SystemExit(f"timed out waiting for {what}")


def _start(url: str, data: str, log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "WORKSTATION_DATA_DIR": data,
        "QT_QPA_PLATFORM": "xcb",
        "QT_XCB_GL_INTEGRATION": "none",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "ui", "--database-url", url],
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )


def _window() -> str:
    def find() -> str:
        run = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Reviewer Workstation"],
            capture_output=True,
            text=True,
            check=False,
        )
        return run.stdout.split()[0] if run.stdout.split() else ""

    return str(_until(find, 60, "the reviewer window"))


def _kill(app: subprocess.Popen[bytes]) -> None:
    app.send_signal(signal.SIGKILL)
    app.wait(10)


def main() -> None:
    url, data, shots = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    app = _start(url, data, shots / "first.log")
    try:
        window = _window()
        subprocess.run(["xdotool", "windowactivate", "--sync", window], check=False)
        subprocess.run(["xdotool", "key", "--window", window, "ctrl+shift+b"], check=True)
        on_break = _until(lambda: _rows(url), 20, "the break to be stored")
        subprocess.run(["import", "-window", "root", str(shots / "on_break.png")], check=False)
    finally:
        _kill(app)  # kill -9 during the break: no exit handler runs
    after_kill = _rows(url)
    app = _start(url, data, shots / "second.log")
    try:
        _window()
        closed = _until(lambda: all(r["ended_at"] for r in _rows(url)) and _rows(url), 15, "the close")
        subprocess.run(["import", "-window", "root", str(shots / "restarted.png")], check=False)
    except SystemExit:
        closed = _rows(url)
    finally:
        _kill(app)
    print(json.dumps({"on_break": on_break, "after_kill": after_kill, "after_restart": closed}))


if __name__ == "__main__":
    main()

"""A break whose window is killed, from outside: the real program on a real X screen takes a break by
the real key, is killed with SIGKILL during it and started again; the stored break is then closed once
with an inferred end, and wellbeing staff's page says so (docs/wellbeing.md#a-break-whose-window-died).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MigratedSqlite, require_tool
from wellbeing.clock import SystemClock
from wellbeing.policy import load_policy
from workstation import config, taxonomy
from workstation.db import Database
from workstation.directory import Directory
from workstation.wellbeing_attention import WellbeingAttention

DRIVER = Path(__file__).with_name("break_kill_screen.py")


@pytest.mark.slow
def test_a_break_killed_with_sigkill_is_closed_on_the_next_start_and_shown_as_inferred(
    migrated_sqlite: MigratedSqlite, tmp_path: Path
) -> None:
    for tool in ("xvfb-run", "xdotool", "import"):
        require_tool(tool)
    url = migrated_sqlite(tmp_path / "workstation.db")
    db = Database(url)
    directory = Directory(db, SystemClock())
    me = config.os_account()  # on SQLite the window signs in the OS account
    directory.add_user(me, ["reviewer"], team="blue")
    wendy = directory.add_user("wendy", ["wellbeing"], team="blue")
    directory.add_queue("general", severity_tier=2, verdicts=taxonomy.builtin("general"))
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WORKSTATION_LANG")}
    run = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            sys.executable,
            str(DRIVER),
            url,
            str(tmp_path / "data"),
            str(tmp_path),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    [killed] = seen["after_kill"]
    assert (killed["kind"], killed["outcome"], killed["ended_at"]) == ("self", "taken", None)
    [closed] = seen["after_restart"]
    # Closed at the last evidence, its start: never longer than the records show.
    assert closed["ended_at"] == closed["started_at"] == killed["started_at"]

    page = WellbeingAttention(db, SystemClock(), load_policy()).person(wendy, me)
    [line] = page.breaks
    assert line.status == "taken, ended when the workstation stopped (time inferred)"
    assert (line.minutes, line.inferred) == (0.0, True)
    db.dispose()

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
from tests.ui_wellbeing.conftest import REVEALED
from ui.tasks import running_task
from wellbeing.clock import SystemClock
from wellbeing.policy import load_policy
from workstation import config, taxonomy
from workstation.db import Database
from workstation.directory import Directory
from workstation.errors import DatabaseUnavailable
from workstation.wellbeing_attention import WellbeingAttention

DRIVER = Path(__file__).with_name("break_kill_screen.py")


def test_the_next_start_closes_the_break_an_earlier_run_left_open_and_not_its_own(rig_factory) -> None:
    killed = rig_factory()  # a window that will die during its break: its flow never ends it
    killed.controller.take_break("self")
    [row] = killed.world.breaks()
    started = row.started_at
    assert (row.outcome, row.ended_at) == ("taken", None)
    killed.world.clock.advance(25 * 60)

    again = rig_factory()  # the person's next start: closed on the care lane, before anything else
    [row] = again.world.breaks()
    assert (row.started_at, row.ended_at) == (started, started)
    again.world.clock.advance(60)
    own = again.controller.take_break("self")
    again.world.clock.advance(60)
    rig_factory()  # a third start closes this one, once, and leaves the first as it was
    ends = {r.client_id: (r.started_at, r.ended_at) for r in again.world.breaks()}
    assert ends[row.client_id] == (started, started)
    assert ends[own.client_id] == (own.started_at, own.started_at)


def test_since_your_last_break_goes_on_after_a_break_killed_too_soon_to_count(world, rig_factory) -> None:
    killed = rig_factory()
    killed.meter.item_shown("x1", "general", 2, REVEALED)
    killed.work(20 * 60, check=False)  # 20 revealed minutes of a tier-2 queue: 20 weighted minutes
    with running_task():
        killed.controller.flush_spans()
    killed.meter.item_closed()
    killed.controller.take_break("self")
    world.clock.advance(120)  # killed two minutes into the break; started again at once

    again = rig_factory()
    assert again.meter.dose_since_break == pytest.approx(20)
    assert again.meter.continuous_seconds == pytest.approx(20 * 60)
    # A break's length later, the restart is a break in itself, as for a window left open.
    world.clock.advance(world.services.wellbeing.policy.breaks.break_minutes * 60)
    assert rig_factory().meter.dose_since_break == 0


def test_a_break_start_waiting_in_the_outbox_is_sent_and_closed_on_the_next_start(
    rig_factory, monkeypatch
) -> None:
    killed = rig_factory()
    care = killed.world.services.wellbeing
    real = care._record_break

    def away(*_args, **_kwargs):
        raise DatabaseUnavailable("cannot reach the database (test)")

    monkeypatch.setattr(care, "_record_break", away)
    session = killed.controller.take_break("self")
    outbox = killed.world.services.outbox_sync.outbox
    assert outbox.pending_count() == 1 and killed.world.breaks() == []  # only the file holds it
    monkeypatch.setattr(care, "_record_break", real)
    killed.world.clock.advance(10 * 60)

    rig_factory()  # the next start sends the waiting start first, then closes it
    assert outbox.pending_count() == 0
    [row] = killed.world.breaks()
    assert (row.client_id, row.started_at, row.ended_at) == (
        session.client_id,
        session.started_at,
        session.started_at,
    )


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

"""Fixtures for the wellbeing window parts: real services on SQLite and PostgreSQL over a fake clock,
a fake window with the four hooks, the real reviewer window, and immediate runners (no threads)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
from sqlalchemy import select

from tests.gui_db_guard import gui_thread_never_waits_on_database  # noqa: F401  (autouse: docs/architecture.md)
from ui.prefs import Preferences
from ui.tasks import ImmediateRunner
from ui.wellbeing_ui import WellbeingUi, install_wellbeing
from ui.window import ReviewerWindow, Runners
from wellbeing.clock import FakeClock
from wellbeing.exposure import ExposureMeter, ExposureSpan, ViewState
from workstation import taxonomy
from workstation.actor import Actor
from workstation.app import Services, build
from workstation.models import BreakRow, CheckIn, ExposureSpanRow, Item, MediaAsset

REVEALED = ViewState(media_visible=True, revealed=True)


@dataclass
class World:
    services: Services
    clock: FakeClock
    reviewer: Actor
    tmp: Path
    made: list[int] = field(default_factory=list)

    def add_image(self, ref: str, queue: str = "general", seed: int = 0) -> int:
        rng = np.random.default_rng(seed)
        pixels = rng.integers(0, 255, (600, 800, 3), dtype=np.uint8)
        pixels[::8, :, 0] = 255  # fine, colourful detail a blur must remove
        path = self.tmp / f"{ref}.jpg"
        Image.fromarray(pixels).save(path, quality=92)
        import hashlib

        info = self.services.directory.queue(queue)
        with self.services.db.write() as session:
            item = Item(
                queue_id=info.id, external_ref=ref, reason="reported", priority=0,
                sla_due_at=self.clock.now() + timedelta(hours=1), created_at=self.clock.now(),
            )
            session.add(item)
            session.flush()
            session.add(MediaAsset(
                item_id=item.id, position=0, path=str(path), kind="image", mime="image/jpeg",
                sha256=hashlib.sha256(path.read_bytes()).hexdigest(), width=800, height=600,
            ))
            self.made.append(item.id)
            return item.id

    def spans(self) -> list[ExposureSpanRow]:
        with self.services.db.read() as session:
            rows = session.execute(
                select(ExposureSpanRow).where(ExposureSpanRow.user_id == self.reviewer.id)
            ).scalars().all()
            session.expunge_all()
            return list(rows)

    def breaks(self) -> list[BreakRow]:
        with self.services.db.read() as session:
            rows = session.execute(select(BreakRow).order_by(BreakRow.id)).scalars().all()
            session.expunge_all()
            return list(rows)

    def checkins(self) -> list[CheckIn]:
        with self.services.db.read() as session:
            rows = session.execute(select(CheckIn).order_by(CheckIn.id)).scalars().all()
            session.expunge_all()
            return list(rows)

    def store_dose(self, dose: float, *, days_ago: int = 0, item: str = "earlier") -> None:
        """Spans seen earlier (today, or ``days_ago``): ``dose`` weighted minutes of revealed tier-2 work."""
        start = self.clock.now() - timedelta(days=days_ago, hours=1)
        seconds = dose * 60
        span = ExposureSpan(
            item_id=item, queue="general", tier=2, started_at=start,
            ended_at=start + timedelta(seconds=seconds), seconds=seconds, visibility_weight=1.0,
            severity_weight=1.0, dose=dose, revealed_seconds=seconds,
        )
        self.services.wellbeing.record_spans(self.reviewer, [span])


@pytest.fixture
def world(migrated_url: str, tmp_path: Path) -> Iterator[World]:
    clock = FakeClock()
    services = build(migrated_url, clock=clock, outbox_path=tmp_path / "outbox.db")
    directory = services.directory
    reviewer = directory.add_user("rita", ("reviewer",), team="blue", display_name="Rita Reviewer")
    services.outbox_sync.sign_in(reviewer)  # as the composition root does: the outbox replays rita's work
    directory.add_queue("spam", severity_tier=1, verdicts=taxonomy.builtin("general"))
    directory.add_queue("general", severity_tier=2, verdicts=taxonomy.builtin("general"))
    directory.add_queue("violence", severity_tier=4, verdicts=taxonomy.builtin("general"))
    yield World(services, clock, reviewer, tmp_path)
    services.close()


class FakeWindow(QMainWindow):
    """The hooks of the reviewer window, recorded, around a stand-in media area."""

    itemChanged = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.media = QLabel("MEDIA")
        self.setCentralWidget(self.media)
        self.hidden: set[str] = set()
        self.blocked: tuple[bool, str] = (False, "")
        self.resize(1280, 800)

    def hide_all_media(self, reason: str) -> None:
        self.hidden.add(reason)

    def restore_media(self, reason: str = "") -> None:
        self.hidden.discard(reason) if reason else self.hidden.clear()

    def set_decisions_blocked(self, blocked: bool, reason: str) -> None:
        self.blocked = (blocked, reason)

    def status_bar_add(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)


@dataclass
class Rig:
    """A window with the wellbeing parts installed, and a way to let time pass as the app would."""

    world: World
    window: Any
    ui: WellbeingUi
    meter: ExposureMeter

    @property
    def controller(self) -> Any:
        return self.ui.controller

    def work(self, seconds: float, *, step: float = 10.0, check: bool = True) -> None:
        """``seconds`` of present work: input every ``step`` s, a tick each step, break checks too."""
        done = 0.0
        while done < seconds - 1e-9:
            dt = min(step, seconds - done)
            self.world.clock.advance(dt)
            done += dt
            self.meter.user_input()
            self.controller.tick()
            if check:
                self.controller.check_breaks()


@pytest.fixture
def rig_factory(qtbot: Any, qapp: QApplication, world: World, tmp_path: Path) -> Iterator[Callable[..., Rig]]:
    made: list[Rig] = []

    def make(*, real: bool = False, **kwargs: Any) -> Rig:
        meter = ExposureMeter(world.services.wellbeing.policy, world.clock)
        window: Any
        if real:
            prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat), "rita")
            runner = ImmediateRunner()
            window = ReviewerWindow(
                world.services, world.reviewer, prefs,
                Runners(db=runner, media=runner, prefetch=runner, history=runner),
                meter=meter, app=qapp, prefetch=False,
                min_view_seconds=kwargs.pop("min_view_seconds", 0),  # the considered-press wait: off here
            )
        else:
            window = FakeWindow()
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        care_runner = kwargs.pop("care_runner", None) or ImmediateRunner()
        ui = install_wellbeing(
            window, world.services, world.reviewer, meter, runner=care_runner, start=False, **kwargs
        )
        ui.controller.tick()
        rig = Rig(world, window, ui, meter)
        made.append(rig)
        return rig

    yield make
    for rig in made:
        rig.ui.shutdown()  # before the services close: the last spans are written
        if isinstance(rig.window, ReviewerWindow):
            rig.window.shutdown()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin warns that it cannot propagate size hints (harmless); QtMultimedia
    # (loaded by the real window) probes for VA-API and audio devices there are none of.
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "does not support propagateSizeHints", "does not support raise",
                    r"Couldn't (load|resolve) va", "No audio device detected",
                )
            )

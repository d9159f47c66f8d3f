"""Fixtures for the reviewer window: real services on SQLite and PostgreSQL, a fake clock, immediate
workers, harmless generated media, and the window itself at 1280x800."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from ui_samples import save_detailed_jpeg, sha256

from tests.gui_db_guard import gui_thread_never_waits_on_database  # noqa: F401  (autouse: docs/architecture.md)
from ui.prefs import Preferences
from ui.tasks import ImmediateRunner
from ui.window import ReviewerWindow, Runners
from wellbeing.clock import FakeClock
from wellbeing.exposure import ExposureMeter
from wellbeing.policy import load_policy
from workstation import taxonomy
from workstation.actor import Actor
from workstation.app import Services, build
from workstation.models import Item, MediaAsset


@dataclass
class World:
    services: Services
    clock: FakeClock
    reviewer: Actor
    tmp: Path
    queue: str = "general"
    made: list[int] = field(default_factory=list)

    def add_item(
        self,
        ref: str,
        media: list[tuple[str, Path, dict[str, Any]]],
        *,
        priority: int = 0,
        language: str | None = None,
    ) -> int:
        info = self.services.directory.queue(self.queue)
        with self.services.db.write() as session:
            item = Item(
                queue_id=info.id,
                external_ref=ref,
                reason="reported by several users",
                priority=priority,
                sla_due_at=self.clock.now() + timedelta(minutes=45),
                created_at=self.clock.now(),
                language=language,
            )
            session.add(item)
            session.flush()
            for pos, (kind, path, extra) in enumerate(media):
                session.add(
                    MediaAsset(
                        item_id=item.id,
                        position=pos,
                        path=str(path),
                        sha256=sha256(path),
                        kind=kind,
                        mime=extra.pop("mime", ""),
                        **extra,
                    )
                )
            self.made.append(item.id)
            return item.id

    def add_image(
        self, ref: str, *, seed: int = 0, size: tuple[int, int] = (1200, 900), priority: int = 0, **extra: Any
    ) -> int:
        path = save_detailed_jpeg(self.tmp / f"{ref}.jpg", *size, seed=seed)
        asset = {"mime": "image/jpeg", "width": size[0], "height": size[1], **extra}
        return self.add_item(ref, [("image", path, asset)], priority=priority)


@pytest.fixture
def world(migrated_url: str, tmp_path: Path) -> Iterator[World]:
    """Services as the app builds them (``workstation.app.build``) over a fresh database on SQLite
    and PostgreSQL (``migrated_url``: ``db_url``, the backends' parameter, at the newest schema), on a
    fake clock."""
    clock = FakeClock()
    services = build(migrated_url, clock=clock)
    directory = services.directory
    reviewer = directory.add_user("rita", ("reviewer",), team="blue", display_name="Rita Reviewer")
    services.outbox_sync.sign_in(reviewer)  # as the composition root does: the outbox replays rita's work
    directory.add_queue("general", severity_tier=2, verdicts=taxonomy.builtin("general"))
    yield World(services, clock, reviewer, tmp_path)
    services.close()


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    store = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    return Preferences(store, "rita")


WindowFactory = Callable[..., ReviewerWindow]


@pytest.fixture
def make_window(qtbot: Any, qapp: QApplication, world: World, prefs: Preferences) -> Iterator[WindowFactory]:
    made: list[ReviewerWindow] = []

    def make(**kwargs: Any) -> ReviewerWindow:
        runner = kwargs.pop("runner", None) or ImmediateRunner()
        runners = kwargs.pop("runners", None) or Runners(
            db=runner, media=runner, prefetch=runner, history=runner
        )
        meter = kwargs.pop("meter", None)
        if meter is None:
            meter = ExposureMeter(load_policy(), world.clock)
        # The considered-press wait (docs/reviewer-keys.md) is off for the tests of other features,
        # which press keys as fast as a script can; tests/ui/test_ui_considered.py runs it as the
        # policy sets it (make_window(min_view_seconds=None)).
        kwargs.setdefault("min_view_seconds", 0)
        window = ReviewerWindow(
            world.services, world.reviewer, prefs, runners, meter=meter, app=qapp, **kwargs
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        made.append(window)
        return window

    yield make
    for window in made:
        window.shutdown()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin warns that it cannot propagate size hints: harmless here.
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            # QtMultimedia's FFmpeg backend probes for VA-API video acceleration; there is none here.
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "does not support propagateSizeHints",
                    r"Couldn't (load|resolve) va",
                    "No audio device detected",
                )
            )


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[float]:
    """The application font at 150 %, as a person with the system font scaled up has it."""
    font = qapp.font()
    size = font.pointSizeF()
    font.setPointSizeF(size * 1.5)
    qapp.setFont(font)
    yield size * 1.5
    font.setPointSizeF(size)
    qapp.setFont(font)

"""Child process of ``test_screen_tier2.py``, run on a real X server: the first tier escalates a
colourful synthetic image to a tier-2 queue; the tier-2 reviewer's real window opens it; the X
screen is captured with ImageMagick and the media view's rectangle written beside it.

    python tests/screen/tier2_screen.py OUT_DIR
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.screen.screen_world import QUEUE, make_media, make_world  # noqa: E402
from ui.prefs import Preferences  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from ui.window import ReviewerWindow, Runners  # noqa: E402
from workstation import taxonomy  # noqa: E402
from workstation.decisions import DecisionRequest  # noqa: E402


def wait(app: QApplication, condition: object, seconds: float = 30.0) -> bool:
    end = time.monotonic() + seconds
    tick = QTimer()
    tick.start(50)
    try:
        while not condition():  # type: ignore[operator]
            if time.monotonic() > end:
                return False
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return True
    finally:
        tick.stop()


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    world = make_world(out, make_media(out / "media", images=3))
    services = world.services
    d = services.directory
    d.add_queue("tier-2", severity_tier=4, verdicts=taxonomy.builtin("violence"), restricted=True)
    tina = d.add_user("tina", ("reviewer",), team="blue", display_name="Tina Tier-Two")
    admin = d.add_user("ada", ("admin",), team="blue")
    d.grant_queue("tina", "tier-2")
    services.escalations.set_routes(admin, QUEUE, ["tier-2"])
    while True:  # rita escalates the first image (the video comes first in claim order: skip it)
        claim = services.claims.claim_next(world.reviewer, QUEUE)
        assert claim is not None
        if claim.media and claim.media[0].kind == "image" and claim.media[0].readable:
            break
        services.claims.skip(world.reviewer, claim.claim_id)
    services.decisions.decide(
        world.reviewer, DecisionRequest(claim.claim_id, taxonomy.ESCALATE, note="needs a specialist")
    )
    services.outbox_sync.sign_in(tina)
    prefs = Preferences(QSettings(str(out / "prefs.ini"), QSettings.Format.IniFormat), "tina")
    runners = Runners(db=TaskRunner(1), media=TaskRunner(1), prefetch=TaskRunner(1), history=TaskRunner(1))
    window = ReviewerWindow(services, tina, prefs, runners, app=app, idle_seconds=600, min_view_seconds=0)
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    window.activateWindow()
    wait(app, window.isActiveWindow, 10)
    wait(app, lambda: window.queue_box.findData("tier-2") >= 0, 10)  # the queues load on the runner
    window.queue_box.setCurrentIndex(window.queue_box.findData("tier-2"))
    QTest.keyClick(window, Qt.Key.Key_N)
    ok = wait(app, lambda: window.session.item is not None and window.media_view.has_frame)
    wait(app, lambda: False, 1.0)  # let the X server show what was painted
    rect = window.media_view.image_rect()
    origin = window.media_view.mapToGlobal(window.media_view.rect().topLeft())
    facts = {
        "opened": ok and window.session.item is not None,
        "ref": window.session.item.external_ref if window.session.item else None,
        "escalated_ref": claim.external_ref,
        "history": window.details.history.text(),
        "rect": None
        if rect is None
        else [origin.x() + rect.left(), origin.y() + rect.top(), rect.width(), rect.height()],
    }
    subprocess.run(["/usr/bin/import", "-window", "root", str(out / "tier2.png")], check=True)
    (out / "tier2.json").write_text(json.dumps(facts))
    window.shutdown()
    window.close()
    for r in (runners.db, runners.media, runners.prefetch, runners.history):
        if r is not None:
            r.wait(5000)
    world.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
